// Puts rendered letters in front of the head: a document each, and a row in the letter book.
import type { CellValue, Clock, DocumentSink, Lock, RowPatch, TableChanges, Workbook } from "../ports";
import { dateCell, DocumentQuotaError } from "../ports";
import { SURAT } from "../registers/catalog";
import { readRegister } from "../registers/table";
import { engineText } from "../text/sanitize";
import { toOfficeDateTime } from "../time/local-date";
import { LetterDataError } from "./errors";
import { COL, LETTER_STATUS, type LetterRecord, nextLetterIds, readLetterBook } from "./letter-book";
import type { LetterTypeCode } from "./letter-types";
import type { Office } from "./office";
import { type PreparedLetter, prepareLetter } from "./render";

export interface RecordDeps {
  readonly clock: Clock;
  /** Google Docs in Apps Script, HTML files locally; without one, rows are recorded as Draf. */
  readonly documents?: DocumentSink;
}

export interface RecordOptions {
  /** Folder (Drive folder or local sub-folder) the documents go to. */
  readonly folder: string;
  readonly timeZone: string;
}

export interface RecordedLetter {
  readonly id: string;
  readonly type: LetterTypeCode;
  readonly caseId: string;
  readonly status: string;
  readonly documentId: string | null;
  readonly documentLink: string | null;
}

function stamp(clock: Clock, timeZone: string): CellValue {
  const now = toOfficeDateTime(clock.now(), timeZone);
  return dateCell(now.date, now.minuteOfDay);
}

/**
 * The letter's document, or null when the sink has put documents off (`DocumentQuotaError`):
 * the letter is then recorded as a queued "Draf" and a later run creates its document.
 */
function documentFor(sink: DocumentSink, letter: PreparedLetter, folder: string): { id: string; url: string } | null {
  try {
    return sink.createDocument({ title: letter.title, html: letter.html, folder, orientation: letter.orientation });
  } catch (error) {
    if (error instanceof DocumentQuotaError) return null;
    throw error;
  }
}

/**
 * Creates a document per prepared letter and the letter-book rows for them, without writing the
 * sheet: the engine adds the returned changes to its own single batch. `ids` are the new rows'
 * ID Surat, one per letter (the engine's event IDs, or `nextLetterIds` of the book as read).
 * A letter whose document the sink put off (quota) is recorded as "Draf" without a link.
 */
export function recordLetters(
  letters: readonly PreparedLetter[],
  ids: readonly string[],
  deps: RecordDeps,
  options: RecordOptions,
): { changes: TableChanges; recorded: RecordedLetter[] } {
  if (ids.length !== letters.length) throw new RangeError(`Jumlah ID Surat (${ids.length}) tidak sama dengan jumlah surat (${letters.length}).`);
  const created = stamp(deps.clock, options.timeZone);
  const recorded: RecordedLetter[] = [];
  const appends = letters.map((letter, i) => {
    const doc = deps.documents ? documentFor(deps.documents, letter, options.folder) : null;
    const status = doc ? LETTER_STATUS.awaitingApproval : LETTER_STATUS.draft;
    recorded.push({ id: ids[i]!, type: letter.type, caseId: letter.caseId, status, documentId: doc?.id ?? null, documentLink: doc?.url ?? null });
    return {
      [COL.id]: ids[i]!,
      [COL.type]: letter.type,
      // Subject and addressee carry staff text (a name): masked and cut to a cell like all engine text.
      [COL.subject]: engineText(letter.perihal),
      [COL.to]: engineText(letter.tujuan),
      [COL.caseId]: letter.caseId,
      [COL.status]: status,
      [COL.docLink]: doc?.url ?? null,
      [COL.created]: created,
      ...(letter.verificationCode ? { [COL.verificationCode]: letter.verificationCode } : {}),
    };
  });
  return { changes: { table: SURAT.name, patches: [], appends }, recorded };
}

export interface LetterRequest {
  readonly type: LetterTypeCode;
  readonly caseId: string;
  readonly data: unknown;
}

export interface LetterFailure {
  readonly type: string;
  readonly caseId: string;
  readonly message: string;
  readonly fields: readonly string[];
}

/**
 * Standalone issuing (a menu action, the local job): renders each request, creates the
 * documents and appends the rows in one batch under the lock. A request whose data is
 * incomplete makes no letter and is returned as a failure with its message.
 */
export function issueLetters(
  deps: RecordDeps & { readonly workbook: Workbook; readonly lock: Lock },
  office: Office,
  requests: readonly LetterRequest[],
  options: RecordOptions,
): { recorded: RecordedLetter[]; failures: LetterFailure[] } {
  const failures: LetterFailure[] = [];
  const prepared: PreparedLetter[] = [];
  for (const request of requests) {
    try {
      prepared.push(prepareLetter(request.type, request.data, { ...office, caseId: request.caseId }));
    } catch (error) {
      if (!(error instanceof LetterDataError)) throw error;
      failures.push({ type: request.type, caseId: request.caseId, message: error.message, fields: error.fields });
    }
  }
  if (prepared.length === 0) return { recorded: [], failures };
  return deps.lock.runExclusive(() => {
    const ids = nextLetterIds(readLetterBook(readRegister(deps.workbook, SURAT)), prepared.length);
    const { changes, recorded } = recordLetters(prepared, ids, deps, options);
    deps.workbook.applyChanges([changes]);
    return { recorded, failures };
  });
}

/**
 * Renders again the letters the head marked "Perlu Perbaikan" (after staff corrected the case),
 * or the queued letters still without a document: a new document, the link replaced, the status
 * back to "Menunggu Persetujuan". `render` builds the letter from the case's current data and may
 * throw `LetterDataError`, reported as a failure. When the sink puts documents off (quota) the
 * rest are left as they are and counted in `deferred`, for a later run.
 */
export function reworkLetters(
  records: readonly LetterRecord[],
  render: (record: LetterRecord) => PreparedLetter,
  deps: Required<RecordDeps>,
  options: RecordOptions,
): { changes: TableChanges; failures: LetterFailure[]; deferred: number } {
  const patches: RowPatch[] = [];
  const failures: LetterFailure[] = [];
  const created = stamp(deps.clock, options.timeZone);
  for (const [index, record] of records.entries()) {
    let letter: PreparedLetter;
    try {
      letter = render(record);
    } catch (error) {
      if (!(error instanceof LetterDataError)) throw error;
      failures.push({ type: record.type, caseId: record.caseId, message: error.message, fields: error.fields });
      continue;
    }
    const doc = documentFor(deps.documents, letter, options.folder);
    if (!doc) return { changes: { table: SURAT.name, patches, appends: [] }, failures, deferred: records.length - index };
    patches.push({
      id: record.id,
      rowHint: record.rowIndex,
      values: {
        [COL.docLink]: doc.url,
        [COL.subject]: engineText(letter.perihal),
        [COL.to]: engineText(letter.tujuan),
        [COL.status]: LETTER_STATUS.awaitingApproval,
        [COL.created]: created,
        // A certificate drafted before codes were kept gets its first one now (same code otherwise).
        ...(letter.verificationCode && letter.verificationCode !== record.verificationCode ? { [COL.verificationCode]: letter.verificationCode } : {}),
      },
    });
  }
  return { changes: { table: SURAT.name, patches, appends: [] }, failures, deferred: 0 };
}
