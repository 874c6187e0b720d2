// Letters still waiting for their document (daily cap, rate limit, time budget) and letters the
// head sent back ("Perlu Perbaikan"), rendered again from the case's data and given a document,
// oldest first, in chunks under the lock. Every place runs it through the office cycle.
import type { LetterFailure } from "../letters/issue";
import { COL, type LetterRecord, readLetterBook } from "../letters/letter-book";
import { type Clock, type DocumentSink, isDateCell, type Lock, type Workbook } from "../ports";
import { SURAT } from "../registers/catalog";
import { readRegister } from "../registers/table";
import { type OfficeDateTime, toOfficeDateTime } from "../time/local-date";
import { newCodeFrom } from "./certificates";
import { letterRenderer, type LetterRenderer, needsRendering, rerenderLetters } from "./letter-rerender";

/** Letters per hold of the lock: edits waiting for it get a turn between chunks. */
const CHUNK = 10;

export interface LetterQueueDeps {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly lock: Lock;
  readonly documents: DocumentSink;
  /** Random UUIDs (EngineDeps.newUuid): a certificate drawn again without a kept code gets one. */
  readonly newUuid?: () => string;
}

export interface RerenderReport {
  /** Letters given a new document in this run. */
  readonly created: number;
  /** Letters still without a document after this run. */
  readonly waiting: number;
  readonly failures: readonly LetterFailure[];
  readonly configErrors: readonly string[];
}

interface Round {
  /** Waiting letters not tried yet in this run, as read. */
  readonly queued: number;
  readonly picked: number;
  readonly created: number;
  readonly deferred: number;
  readonly failures: readonly LetterFailure[];
  readonly configErrors: readonly string[];
}

const NOTHING: Round = { queued: 0, picked: 0, created: 0, deferred: 0, failures: [], configErrors: [] };

/**
 * One chunk under the lock, the letter book read afresh (rows move, other runs add letters). A
 * letter is dated when it was made ("Dibuat"): a queued or corrected letter keeps the meeting and
 * decision dates it was requested with; without a stamp it is dated now.
 */
function renderChunk(deps: LetterQueueDeps, attempted: Set<string>, prepared: (keepsCodes: boolean) => LetterRenderer): Round {
  const surat = readRegister(deps.workbook, SURAT);
  const queued = readLetterBook(surat).filter((r) => needsRendering(r) && !attempted.has(r.id));
  if (!surat || queued.length === 0) return NOTHING;
  const renderer = prepared(surat.has(COL.verificationCode));
  const { config } = renderer;
  if (config.errors.length > 0) return { ...NOTHING, queued: queued.length, configErrors: config.errors };
  const stamps = new Map(surat.rows.map((row) => [row.id, row.get(COL.created)]));
  const madeAt = (record: LetterRecord): OfficeDateTime => {
    const stamp = stamps.get(record.id);
    return isDateCell(stamp) ? { date: stamp.date, minuteOfDay: stamp.minuteOfDay ?? 0 } : toOfficeDateTime(deps.clock.now(), config.settings.timeZone);
  };
  const chunk = queued.slice(0, CHUNK);
  for (const record of chunk) attempted.add(record.id);
  const { patches, failures, deferred } = rerenderLetters(chunk, renderer, { clock: deps.clock, documents: deps.documents }, madeAt);
  if (patches.length > 0) deps.workbook.applyChanges([{ table: SURAT.name, patches, appends: [] }]);
  return { queued: queued.length, picked: chunk.length, created: patches.length, deferred, failures, configErrors: [] };
}

/** Renders the waiting letters until none is left, the sink puts documents off, or time runs out. */
export function rerenderWaitingLetters(deps: LetterQueueDeps): RerenderReport {
  const attempted = new Set<string>();
  const failures: LetterFailure[] = [];
  let created = 0;
  let total: number | null = null;
  let read: LetterRenderer | null = null;
  const prepared = (keepsCodes: boolean) => (read ??= letterRenderer(deps.workbook, keepsCodes && deps.newUuid ? newCodeFrom(deps.newUuid) : undefined));
  for (;;) {
    const round = deps.lock.runExclusive(() => renderChunk(deps, attempted, prepared));
    total ??= round.queued;
    created += round.created;
    failures.push(...round.failures);
    // Rows that fail to render stay waiting (and counted) until their case is corrected.
    if (round.picked === 0 || round.deferred > 0) return { created, waiting: total - created, failures, configErrors: round.configErrors };
  }
}

/** Lines for the log, a dialog or a summary (IDs and messages, no personal data). */
export function rerenderLines(report: RerenderReport): string[] {
  const lines: string[] = [];
  if (report.created > 0) lines.push(`${report.created} dokumen surat yang antre telah dibuat.`);
  if (report.waiting > 0) lines.push(`${report.waiting} surat masih menunggu dokumennya; dilanjutkan otomatis.`);
  for (const failure of report.failures) lines.push(failure.message);
  for (const error of report.configErrors) lines.push(`Surat antre belum dibuat: ${error}`);
  return lines;
}
