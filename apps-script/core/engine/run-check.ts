// The sweep: read the registers once, process every case (or the edited ones), write back in one batch.
import type { Role } from "../domain/reference";
import { readUnitResults, type UnitResult } from "../domain/unit-results";
import { recordLetters } from "../letters/issue";
import { LETTER_STATUS, readLetterBook } from "../letters/letter-book";
import { LETTER_KINDS, LETTER_TYPE_CODES, letterTypeOf } from "../letters/letter-types";
import type { PreparedLetter } from "../letters/render";
import { type CellValue, dateCell, type RowPatch, type TableChanges } from "../ports";
import { HASIL_ASESMEN, PERMOHONAN, RIWAYAT, SURAT } from "../registers/catalog";
import { cellDate } from "../registers/cells";
import { registerProblems } from "../registers/required";
import { readRegister, type RegisterTable, rowWithId } from "../registers/table";
import { engineCells, engineText } from "../text/sanitize";
import { dateParts, type OfficeDateTime, toOfficeDateTime } from "../time/local-date";
import { PROCESS_A_CODE } from "../workflow/process-a";
import { letterPreparer } from "./case-letters";
import { type AuditEntry, processCase } from "./case-step";
import { type OfficeConfig, loadConfig } from "./config";
import type { PendingLetter } from "./guards";
import { type CaseHistories, readHistories } from "./history";
import { CaseIdAllocator, eventId, firstFreeSequence } from "./ids";
import { screenRows } from "./row-screen";
import type { CheckOptions, CheckSummary, EngineDeps, RefusedMove, RowProblem } from "./types";

const PROGRESS_EVERY = 1000;
/** How often a long sweep asks whether it must stop (time limit). */
const STOP_CHECK_EVERY = 250;

/** The role an actor plays: from the Pengguna register, or the office's setting when unknown. */
export function resolveRole(config: OfficeConfig, email: string | null): Role | null {
  if (email === null || email === "") return config.settings.unknownUserRole;
  const user = config.users.get(email.toLowerCase());
  return user && user.active ? user.role : null;
}

function emptySummary(configErrors: readonly string[], warnings: readonly string[] = []): CheckSummary {
  return {
    casesByStatus: {}, refusedMoves: [], dueSoon: 0, overdue: 0, rowsWithErrors: 0, movesApplied: 0, movesRefused: 0, idsAssigned: 0, cellsWritten: 0,
    problems: [], configErrors: configErrors.map(engineText), warnings: warnings.map(engineText),
  };
}

/** Whether every edited case is still at one of the rows read in full (no sort in between). */
function hintsStillHold(table: RegisterTable, options: CheckOptions): boolean {
  const full = new Set(options.rowHints);
  const wanted = new Set(options.onlyIds);
  const found = table.rows.filter((r) => wanted.has(r.id));
  return found.length > 0 && found.every((r) => full.has(r.rowIndex)) && [...wanted].every((id) => id === "" || found.some((r) => r.id === id));
}

/** Notes about the configuration as of today, e.g. a year with no holidays listed. */
function calendarWarnings(config: OfficeConfig, now: OfficeDateTime): string[] {
  const year = dateParts(now.date).year;
  const listed = (y: number) => config.holidays.some((h) => dateParts(h.date).year === y);
  const warnings = [...config.warnings];
  if (!listed(year)) warnings.push(`Register Libur belum berisi hari libur tahun ${year}: tenggat dihitung tanpa libur nasional`);
  else if (now.date.slice(5) >= "10-01" && !listed(year + 1)) {
    warnings.push(`Register Libur belum berisi hari libur tahun ${year + 1}; tambahkan setelah SKB 3 Menteri terbit`);
  }
  return warnings;
}

function auditRecord(entry: AuditEntry, now: OfficeDateTime, instant: Date, sequence: number, actor: string | null, role: Role | null): Record<string, CellValue> {
  const byEngine = entry.from === "";
  return {
    "ID Riwayat": eventId("RWY", now, instant, sequence),
    Waktu: dateCell(now.date, now.minuteOfDay),
    "ID Permohonan": entry.caseId,
    Dari: entry.from === "" ? null : engineText(entry.from),
    Ke: engineText(entry.to),
    Oleh: byEngine ? "mesin" : (actor ?? "tidak dikenal"),
    Peran: byEngine ? null : (role ?? "-"),
    Hasil: entry.applied ? "Diterapkan" : "Ditolak",
    Keterangan: entry.note === "" ? null : engineText(entry.note),
  };
}

/** One document per letter, in "Surat/<tahun>/<jenis>", and their letter-book rows as one change. */
function recordRunLetters(deps: EngineDeps, letters: readonly PreparedLetter[], now: OfficeDateTime, instant: Date, timeZone: string, firstSequence: number): TableChanges {
  const year = dateParts(now.date).year;
  const appends = letters.flatMap((letter, i) =>
    recordLetters([letter], [eventId("SRT", now, instant, firstSequence + i)], { clock: deps.clock, documents: deps.documents }, { folder: `Surat/${year}/${letter.type}`, timeZone })
      .changes.appends,
  );
  return { table: SURAT.name, patches: [], appends };
}

/** Each case's letters not yet numbered and not cancelled: a case cannot be closed over them. */
function pendingLettersByCase(book: RegisterTable): Map<string, PendingLetter[]> {
  const byCase = new Map<string, PendingLetter[]>();
  for (const record of readLetterBook(book)) {
    if (record.caseId === "" || record.number || record.status === LETTER_STATUS.cancelled) continue;
    const type = letterTypeOf(record.type);
    const status = record.status === LETTER_STATUS.approved ? "disetujui, menunggu nomor" : record.status || "tanpa status";
    const letter = { id: record.id || `baris ${record.rowIndex + 2}`, label: type ? LETTER_KINDS[type].label : record.type, status };
    (byCase.get(record.caseId) ?? byCase.set(record.caseId, []).get(record.caseId)!).push(letter);
  }
  return byCase;
}

/** Status counts in the order of the workflows' states (Urutan), then any others. */
function orderedCounts(config: OfficeConfig, counts: ReadonlyMap<string, number>): Record<string, number> {
  const ordered: Record<string, number> = {};
  for (const workflow of config.workflows.values()) {
    for (const state of workflow.states) if (counts.has(state.status)) ordered[state.status] = counts.get(state.status)!;
  }
  for (const [status, count] of counts) if (!(status in ordered)) ordered[status] = count;
  return ordered;
}

interface CaseRecords {
  /** ID Riwayat and ID Surat already used, so this run's event IDs never repeat one. */
  readonly usedIds: Iterable<string>;
  readonly histories: CaseHistories;
  readonly pendingLetters: ReadonlyMap<string, readonly PendingLetter[]>;
  readonly unitResults: ReadonlyMap<string, ReadonlyMap<string, UnitResult>>;
  readonly allUnitResults: () => ReadonlyMap<string, ReadonlyMap<string, UnitResult>>;
}

/**
 * Checks every case (or `options.onlyIds`): validation, eligibility, status moves, deadlines and
 * flags. Reads each register once and writes all changes with one `applyChanges` call. A missing
 * register or column stops it before anything is written.
 */
export function runCheck(deps: EngineDeps, options: CheckOptions = {}): CheckSummary {
  return deps.lock.runExclusive(() => {
    const { workbook } = deps;
    const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
    if (config.errors.length > 0) return emptySummary(config.errors, config.warnings);
    const partial = options.onlyIds && options.rowHints && options.rowHints.length > 0 ? { rows: options.rowHints } : undefined;
    let table = readRegister(workbook, PERMOHONAN, partial);
    // An edit needs only its cases' history, letters and results; a place may read just those rows.
    const theirs = partial ? { matching: { column: "ID Permohonan", values: options.onlyIds! } } : undefined;
    const audit = readRegister(workbook, RIWAYAT, theirs);
    const book = readRegister(workbook, SURAT, theirs);
    const results = readRegister(workbook, HASIL_ASESMEN, theirs);
    const missing = [
      ...registerProblems(table, PERMOHONAN), ...registerProblems(audit, RIWAYAT),
      ...registerProblems(book, SURAT), ...registerProblems(results, HASIL_ASESMEN),
    ];
    if (missing.length > 0 || !table || !book) return emptySummary(missing, config.warnings);
    if (table.raw.partial && !hintsStillHold(table, options)) table = readRegister(workbook, PERMOHONAN)!;
    const unitResults = readUnitResults(results);
    let everyone: ReadonlyMap<string, ReadonlyMap<string, UnitResult>> | null = null;
    // Letters listing a cohort state every member's verdict: all results, read once if only some were.
    const allUnitResults = () => (results?.raw.partial ? (everyone ??= readUnitResults(readRegister(workbook, HASIL_ASESMEN))) : unitResults);
    const usedIds = [...(audit?.rows ?? []), ...book.rows].map((r) => r.id);
    return sweep(deps, config, table, { usedIds, histories: readHistories(audit), pendingLetters: pendingLettersByCase(book), unitResults, allUnitResults }, options);
  });
}

function sweep(deps: EngineDeps, config: OfficeConfig, table: RegisterTable, records: CaseRecords, options: CheckOptions): CheckSummary {
  const instant = deps.clock.now();
  const now = toOfficeDateTime(instant, config.settings.timeZone);
  const currentYear = dateParts(now.date).year;
  const email = deps.actor.email;
  const role = resolveRole(config, email);
  const only = options.onlyIds ? new Set(options.onlyIds) : null;
  const ids = new CaseIdAllocator(config.settings.caseIdPrefix, table.rows.map((r) => r.id));
  const fallbackWorkflow = config.workflows.get(PROCESS_A_CODE) ?? [...config.workflows.values()][0];
  if (!fallbackWorkflow) return emptySummary(["Tidak ada alur layanan yang sah di register Alur"]);

  const patches: RowPatch[] = [];
  const audits: Record<string, CellValue>[] = [];
  const used = [...records.usedIds];
  const firstAudit = firstFreeSequence(used, "RWY", now, instant);
  const letters: PreparedLetter[] = [];
  const prepareLetters = letterPreparer(deps.workbook, config, now, table, records.allUnitResults);
  const screen = screenRows(table, records.histories);
  const counts = new Map<string, number>();
  const problems: RowProblem[] = [];
  const refusedMoves: RefusedMove[] = [];
  let dueSoon = 0, overdue = 0, movesApplied = 0, movesRefused = 0, idsAssigned = 0, cellsWritten = 0;
  const rows = only ? table.rows.filter((r) => only.has(r.id)) : table.rows;
  const startAt = Math.min(Math.max(0, options.startAt ?? 0), rows.length);
  let resumeAt: number | null = null;

  for (let index = startAt; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (index > startAt && (index - startAt) % STOP_CHECK_EVERY === 0 && options.shouldStop?.()) {
      resumeAt = index;
      break;
    }
    if (deps.onProgress && index > 0 && index % PROGRESS_EVERY === 0) {
      deps.onProgress(index, rows.length, `Memeriksa ${index} dari ${rows.length} permohonan`);
    }
    const held = screen.get(row.rowIndex);
    if (held) {
      // Not processed until staff resolve it: no move, no ID, no audit; at most the reason on the row.
      problems.push({ table: PERMOHONAN.name, id: row.id || `baris ${row.sheetRow}`, messages: [engineText(held.summary)] });
      if (held.cellNote !== null && held.cellNote !== row.get("Catatan Validasi")) {
        patches.push({ id: row.id, rowHint: row.rowIndex, values: engineCells({ [table.sheetHeader("Catatan Validasi")]: held.cellNote }) });
        cellsWritten += 1;
      }
      continue;
    }
    const scheme = config.schemes.get(String(row.get("Kode Skema") ?? "").trim());
    const workflow = (scheme && config.workflows.get(scheme.workflowCode)) || fallbackWorkflow;
    let caseId = row.id;
    const values: Record<string, CellValue> = {};
    if (caseId === "") {
      const submitted = cellDate(row.get("Tanggal Permohonan"));
      caseId = ids.next(submitted ? dateParts(submitted).year : currentYear);
      values[table.sheetHeader("ID Permohonan")] = caseId;
      idsAssigned += 1;
    }
    const outcome = processCase(rowWithId(row, caseId), workflow, {
      config, now, actorEmail: email, role, currentYear, prepareLetters,
      history: records.histories.get(caseId) ?? [],
      unitResults: records.unitResults.get(caseId),
      pendingLetters: records.pendingLetters.get(caseId) ?? [],
    });
    for (const [header, value] of Object.entries(outcome.values)) values[table.sheetHeader(header)] = value;
    if (Object.keys(values).length > 0) {
      patches.push({ id: row.id, rowHint: row.rowIndex, values: engineCells(values) });
      cellsWritten += Object.keys(values).length;
    }
    outcome.audits.forEach((entry) => audits.push(auditRecord(entry, now, instant, firstAudit + audits.length, email, role)));
    letters.push(...outcome.letters);
    counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
    if (outcome.flag === "Terlambat") overdue += 1;
    if (outcome.flag === "Segera") dueSoon += 1;
    if (outcome.moveApplied) movesApplied += 1;
    if (outcome.refused) {
      movesRefused += 1;
      refusedMoves.push({ id: caseId, from: outcome.refused.from, to: engineText(outcome.refused.to), reason: engineText(outcome.refused.reason) });
    }
    if (outcome.errors.length > 0) problems.push({ table: PERMOHONAN.name, id: caseId, messages: outcome.errors.map(engineText) });
  }

  const changes: TableChanges[] = [];
  if (patches.length > 0) changes.push({ table: PERMOHONAN.name, patches, appends: [] });
  if (audits.length > 0) changes.push({ table: RIWAYAT.name, patches: [], appends: audits });
  if (letters.length > 0) changes.push(recordRunLetters(deps, letters, now, instant, config.settings.timeZone, firstFreeSequence(used, "SRT", now, instant)));
  const applied = changes.length > 0 ? deps.workbook.applyChanges(changes) : { skipped: [] };
  for (const skipped of applied.skipped) problems.push({ table: PERMOHONAN.name, id: skipped, messages: ["baris berpindah atau terhapus saat diperiksa; akan diulang pada pemeriksaan berikutnya"] });

  return {
    casesByStatus: orderedCounts(config, counts), refusedMoves, dueSoon, overdue, movesApplied, movesRefused, idsAssigned, cellsWritten, problems,
    rowsWithErrors: problems.length,
    configErrors: [],
    warnings: calendarWarnings(config, now).map(engineText),
    resumeAt,
  };
}
