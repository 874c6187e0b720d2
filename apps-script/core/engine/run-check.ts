// The sweep: read the registers once, process every case (or the edited ones), write back in one batch.
import type { Role } from "../domain/reference";
import { type CellValue, dateCell, type RowPatch, type TableChanges } from "../ports";
import { cellDate } from "../registers/cells";
import { readUnitResults } from "../domain/unit-results";
import { HASIL_ASESMEN, PERMOHONAN, RIWAYAT, SURAT } from "../registers/catalog";
import { headersOf } from "../registers/schema";
import { readRegister, type RegisterTable } from "../registers/table";
import { dateParts, type OfficeDateTime, toOfficeDateTime } from "../time/local-date";
import { PROCESS_A_CODE } from "../workflow/process-a";
import { type OfficeConfig, loadConfig } from "./config";
import { recordLetters } from "../letters/issue";
import { LETTER_TYPE_CODES } from "../letters/letter-types";
import type { PreparedLetter } from "../letters/render";
import { letterPreparer } from "./case-letters";
import { type AuditEntry, processCase } from "./case-step";
import { CaseIdAllocator, eventId } from "./ids";
import type { CheckOptions, CheckSummary, EngineDeps, RowProblem } from "./types";

const PROGRESS_EVERY = 1000;
/** How often a long sweep asks whether it must stop (time limit). */
const STOP_CHECK_EVERY = 250;

/** The role an actor plays: from the Pengguna register, or the office's setting when unknown. */
export function resolveRole(config: OfficeConfig, email: string | null): Role | null {
  if (email === null || email === "") return config.settings.unknownUserRole;
  const user = config.users.get(email.toLowerCase());
  return user && user.active ? user.role : null;
}

function emptySummary(configErrors: string[], warnings: readonly string[] = []): CheckSummary {
  return { casesByStatus: {}, dueSoon: 0, overdue: 0, rowsWithErrors: 0, movesApplied: 0, movesRefused: 0, idsAssigned: 0, cellsWritten: 0, problems: [], configErrors, warnings };
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
  return {
    "ID Riwayat": eventId("RWY", now, instant, sequence),
    Waktu: dateCell(now.date, now.minuteOfDay),
    "ID Permohonan": entry.caseId,
    Dari: entry.from || null,
    Ke: entry.to,
    Oleh: entry.from === "" ? "mesin" : (actor ?? "tidak dikenal"),
    Peran: entry.from === "" ? null : (role ?? "-"),
    Hasil: entry.applied ? "Diterapkan" : "Ditolak",
    Keterangan: entry.note,
  };
}

/** One document per letter, in "Surat/<tahun>/<jenis>", and their letter-book rows as one change. */
function recordRunLetters(deps: EngineDeps, letters: readonly PreparedLetter[], now: OfficeDateTime, instant: Date, timeZone: string): TableChanges {
  const year = dateParts(now.date).year;
  const appends = letters.flatMap((letter, i) =>
    recordLetters([letter], [eventId("SRT", now, instant, i + 1)], { clock: deps.clock, documents: deps.documents }, { folder: `Surat/${year}/${letter.type}`, timeZone })
      .changes.appends,
  );
  return { table: SURAT.name, patches: [], appends };
}

/**
 * Checks every case (or `options.onlyIds`): validation, eligibility, status moves, deadlines and
 * flags. Reads each register once and writes all changes with one `applyChanges` call.
 */
export function runCheck(deps: EngineDeps, options: CheckOptions = {}): CheckSummary {
  return deps.lock.runExclusive(() => {
    const { workbook } = deps;
    const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
    if (config.errors.length > 0) return emptySummary([...config.errors], config.warnings);
    const partial = options.onlyIds && options.rowHints && options.rowHints.length > 0 ? { rows: options.rowHints } : undefined;
    let table = readRegister(workbook, PERMOHONAN, partial);
    if (!table) return emptySummary(["Register Permohonan belum ada: jalankan penyiapan register"]);
    if (table.missingHeaders.length > 0) {
      workbook.ensureTable(PERMOHONAN.name, headersOf(PERMOHONAN));
      table = readRegister(workbook, PERMOHONAN, partial)!;
    }
    if (table.raw.partial && !hintsStillHold(table, options)) table = readRegister(workbook, PERMOHONAN)!;
    workbook.ensureTable(RIWAYAT.name, headersOf(RIWAYAT));
    workbook.ensureTable(SURAT.name, headersOf(SURAT));
    return sweep(deps, config, table, options);
  });
}

function sweep(deps: EngineDeps, config: OfficeConfig, table: RegisterTable, options: CheckOptions): CheckSummary {
  const instant = deps.clock.now();
  const now = toOfficeDateTime(instant, config.settings.timeZone);
  const email = deps.actor.email;
  const role = resolveRole(config, email);
  const only = options.onlyIds ? new Set(options.onlyIds) : null;
  const ids = new CaseIdAllocator(config.settings.caseIdPrefix, table.rows.map((r) => r.id));
  const fallbackWorkflow = config.workflows.get(PROCESS_A_CODE) ?? [...config.workflows.values()][0];
  if (!fallbackWorkflow) return emptySummary(["Tidak ada alur layanan yang sah di register Alur"]);

  const patches: RowPatch[] = [];
  const audits: Record<string, CellValue>[] = [];
  const letters: PreparedLetter[] = [];
  // Read on first need only (a competence guard or a Surat Keterangan): most runs never ask.
  let results: ReturnType<typeof readUnitResults> | null = null;
  const unitResults = (caseId: string) => (results ??= readUnitResults(readRegister(deps.workbook, HASIL_ASESMEN))).get(caseId);
  const prepareLetters = letterPreparer(deps.workbook, config, now, table, unitResults);
  const casesByStatus: Record<string, number> = {};
  const problems: RowProblem[] = [];
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
    const scheme = config.schemes.get(String(row.get("Kode Skema") ?? "").trim());
    const workflow = (scheme && config.workflows.get(scheme.workflowCode)) || fallbackWorkflow;
    let caseId = row.id;
    const values: Record<string, CellValue> = {};
    if (caseId === "") {
      const submitted = cellDate(row.get("Tanggal Permohonan"));
      caseId = ids.next(submitted ? dateParts(submitted).year : dateParts(now.date).year);
      values[table.sheetHeader("ID Permohonan")] = caseId;
      idsAssigned += 1;
    }
    const outcome = processCase({ ...row, id: caseId }, workflow, {
      config, now, actorEmail: email, role, currentYear: dateParts(now.date).year, prepareLetters, unitResults,
    });
    for (const [header, value] of Object.entries(outcome.values)) values[table.sheetHeader(header)] = value;
    if (Object.keys(values).length > 0) {
      patches.push({ id: row.id, rowHint: row.rowIndex, values });
      cellsWritten += Object.keys(values).length;
    }
    outcome.audits.forEach((entry) => audits.push(auditRecord(entry, now, instant, audits.length + 1, email, role)));
    letters.push(...outcome.letters);
    casesByStatus[outcome.status] = (casesByStatus[outcome.status] ?? 0) + 1;
    if (outcome.flag === "Terlambat") overdue += 1;
    if (outcome.flag === "Segera") dueSoon += 1;
    if (outcome.moveApplied) movesApplied += 1;
    if (outcome.moveRefused) movesRefused += 1;
    if (outcome.errors.length > 0) problems.push({ table: PERMOHONAN.name, id: caseId, messages: outcome.errors });
  }

  const changes: TableChanges[] = [];
  if (patches.length > 0) changes.push({ table: PERMOHONAN.name, patches, appends: [] });
  if (audits.length > 0) changes.push({ table: RIWAYAT.name, patches: [], appends: audits });
  if (letters.length > 0) changes.push(recordRunLetters(deps, letters, now, instant, config.settings.timeZone));
  const applied = changes.length > 0 ? deps.workbook.applyChanges(changes) : { skipped: [] };
  for (const skipped of applied.skipped) problems.push({ table: PERMOHONAN.name, id: skipped, messages: ["baris berpindah atau terhapus saat diperiksa; akan diulang pada pemeriksaan berikutnya"] });

  return {
    casesByStatus, dueSoon, overdue, movesApplied, movesRefused, idsAssigned, cellsWritten, problems,
    rowsWithErrors: problems.length,
    configErrors: [],
    warnings: calendarWarnings(config, now),
    resumeAt,
  };
}
