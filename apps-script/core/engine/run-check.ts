// The sweep: read the registers once, process every case (or the edited ones), write back in one batch.
import type { Role } from "../domain/reference";
import { readUnitResults, type UnitResult } from "../domain/unit-results";
import { recordLetters } from "../letters/issue";
import { COL, LETTER_STATUS, readLetterBook } from "../letters/letter-book";
import { LETTER_KINDS, LETTER_TYPE_CODES, letterTypeOf } from "../letters/letter-types";
import type { PreparedLetter } from "../letters/render";
import { type CellValue, dateCell, type RowPatch, type TableChanges } from "../ports";
import { CASE_STATUS_COLUMN, DOKUMEN_KASUS, HASIL_ASESMEN, PERMOHONAN, RECORDED_STATUS_COLUMN, RIWAYAT, SURAT } from "../registers/catalog";
import { cellDate, cellText, yesNoValue } from "../registers/cells";
import type { RegisterDef } from "../registers/schema";
import { registerProblems } from "../registers/required";
import { readRegister, type RegisterRow, type RegisterTable, rowWithId } from "../registers/table";
import { engineCells, engineText } from "../text/sanitize";
import { dateParts, type OfficeDateTime, toOfficeDateTime } from "../time/local-date";
import { newCodeFrom } from "./certificates";
import { COHORT_LETTERS, cohortsOf, type DependentIndex, dependentIndex, dependentRegisters, dependentsOf, type LetterContext, letterOffice } from "./case-letters";
import { caseKindOf, caseRegistersInUse, idPrefixOf } from "./case-kinds";
import { type MethodDecision, readMethodDecisions } from "./method-choice";
import { type AuditEntry, processCase } from "./case-step";
import { type OfficeConfig, loadConfig } from "./config";
import { type DueCase, dueCaseFrom } from "./digest";
import type { PendingLetter } from "./guards";
import { type CaseHistories, readHistories } from "./history";
import { CaseIdAllocator, eventId, firstFreeSequence } from "./ids";
import { screenRows } from "./row-screen";
import type { CheckOptions, CheckSummary, EngineDeps, RefusedMove, RowProblem, ServiceCounts } from "./types";

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
  const byEngine = entry.byEngine === true || (entry.from === "" && !entry.remark);
  return {
    "ID Riwayat": eventId("RWY", now, instant, sequence),
    Waktu: dateCell(now.date, now.minuteOfDay),
    "ID Permohonan": entry.caseId,
    Dari: entry.from === "" ? null : engineText(entry.from),
    Ke: engineText(entry.to),
    Oleh: byEngine ? "mesin" : (actor ?? "tidak dikenal"),
    Peran: byEngine ? null : (role ?? "-"),
    Hasil: entry.remark ? "Catatan" : entry.applied ? "Diterapkan" : "Ditolak",
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
  /** Case ID → the assessment method a Verifikator chose, as Riwayat records it. */
  readonly methodDecisions: ReadonlyMap<string, MethodDecision>;
  /** Case ID → the document codes its checklist has (Ada = Ya). */
  readonly documents: ReadonlyMap<string, ReadonlySet<string>>;
  /** The Surat tab has "Kode Verifikasi": certificates get their code when drafted. */
  readonly keepsVerificationCodes: boolean;
  /** Riwayat and Surat when they were searched for the edit's cases (a search might pass rows over). */
  readonly searched: ReadonlySet<string>;
}

/** Dokumen Kasus read into each case's present codes (upper case). */
function presentDocuments(table: RegisterTable | null): Map<string, Set<string>> {
  const byCase = new Map<string, Set<string>>();
  for (const row of table?.rows ?? []) {
    const caseId = cellText(row.get("ID Kasus"));
    const code = cellText(row.get("Kode Dokumen")).toUpperCase();
    if (caseId === "" || code === "" || yesNoValue(row.get("Ada"), false) !== true) continue;
    (byCase.get(caseId) ?? byCase.set(caseId, new Set()).get(caseId)!).add(code);
  }
  return byCase;
}

/** Whether any workflow of these registers checks documents (only then is Dokumen Kasus read). */
function checksDocuments(config: OfficeConfig, registers: readonly RegisterDef[]): boolean {
  const names = new Set(registers.map((r) => r.name));
  return [...config.workflows.values()].some((w) => names.has(w.register) && w.moves.some((m) => m.guards.some((g) => /^DOKUMEN_LENGKAP/i.test(g))));
}

/**
 * Whether some case asks for a move whose letters list a cohort: only then does an edit need
 * every application and every result (the cohort of a test date), loaded before any step runs.
 */
function needsCohorts(config: OfficeConfig, table: RegisterTable, histories: CaseHistories): boolean {
  for (const row of table.rows) {
    const asked = cellText(row.get(CASE_STATUS_COLUMN)).toLowerCase();
    const events = histories.get(row.id);
    const recorded = (events && events.length > 0 ? events[events.length - 1]!.to : cellText(row.get(RECORDED_STATUS_COLUMN))).toLowerCase();
    if (asked === "" || asked === recorded) continue;
    const kind = caseKindOf(config, PERMOHONAN, row);
    if ("problem" in kind) continue;
    if (kind.workflow.moves.some((m) => m.to.toLowerCase() === asked && m.letters.some((l) => COHORT_LETTERS.has(letterTypeOf(l) ?? l)))) return true;
  }
  return false;
}

/**
 * Checks every case of every case register a service uses (or `options.onlyIds` of one
 * register): validation, status moves, deadlines and flags. Everything a case step needs is
 * loaded first, each register read once; all changes are written with one `applyChanges` call.
 * A missing register or column stops it before anything is written.
 */
export function runCheck(deps: EngineDeps, options: CheckOptions = {}): CheckSummary {
  return deps.lock.runExclusive(() => {
    const { workbook } = deps;
    const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
    if (config.errors.length > 0) return emptySummary(config.errors, config.warnings);
    const target = options.register ?? PERMOHONAN.name;
    const edit = options.onlyIds !== undefined;
    const inUse = caseRegistersInUse(config);
    const registers = edit ? inUse.filter((r) => r.name === target) : inUse;
    if (registers.length === 0) return emptySummary(edit ? [`Register ${target} tidak dipakai layanan mana pun (register Layanan)`] : ["Tidak ada layanan yang sah di register Layanan"], config.warnings);
    const partial = edit && options.rowHints && options.rowHints.length > 0 ? { rows: options.rowHints } : undefined;
    const tables = new Map<string, RegisterTable | null>();
    for (const def of registers) tables.set(def.name, readRegister(workbook, def, def.name === target ? partial : undefined));
    // An edit needs only its cases' history, letters and results; a place may read just those rows.
    const theirs = partial ? { matching: { column: "ID Permohonan", values: options.onlyIds! } } : undefined;
    let audit = readRegister(workbook, RIWAYAT, theirs);
    const book = readRegister(workbook, SURAT, theirs);
    const withApplications = registers.some((r) => r.name === PERMOHONAN.name);
    let results = withApplications ? readRegister(workbook, HASIL_ASESMEN, theirs) : null;
    const withDocuments = checksDocuments(config, registers);
    const documentsTable = withDocuments ? readRegister(workbook, DOKUMEN_KASUS, partial ? { matching: { column: "ID Kasus", values: options.onlyIds! } } : undefined) : null;
    const missing = [
      ...registers.flatMap((def) => registerProblems(tables.get(def.name) ?? null, def)),
      ...registerProblems(audit, RIWAYAT), ...registerProblems(book, SURAT),
      ...(withApplications ? registerProblems(results, HASIL_ASESMEN) : []),
      ...(withDocuments ? registerProblems(documentsTable, DOKUMEN_KASUS) : []),
    ];
    if (missing.length > 0 || !book) return emptySummary(missing, config.warnings);
    const targetTable = tables.get(target);
    if (targetTable?.raw.partial && !hintsStillHold(targetTable, options)) tables.set(target, readRegister(workbook, config.caseRegisters.get(target)!)!);
    let histories = readHistories(audit);
    // Letters listing a cohort state every member's verdict: all applications and results, read
    // once before the steps when an edit asks for such a move.
    let cohortRows = tables.get(PERMOHONAN.name)?.rows ?? [];
    const applications = tables.get(PERMOHONAN.name);
    if (applications?.raw.partial && needsCohorts(config, applications, histories)) {
      cohortRows = readRegister(workbook, PERMOHONAN)?.rows ?? cohortRows;
      if (results?.raw.partial) results = readRegister(workbook, HASIL_ASESMEN);
    }
    // A `case` column (Banding → Permohonan) needs the IDs and history of the cases it names.
    const referenced = new Set(registers.flatMap((def) => Object.values(def.cases?.caseReferences ?? {})));
    const casesByRegister = new Map<string, ReadonlyMap<string, RegisterRow>>();
    for (const name of referenced) {
      const def = config.caseRegisters.get(name);
      const table = tables.get(name) && !tables.get(name)!.raw.partial ? tables.get(name)! : def ? readRegister(workbook, def) : null;
      casesByRegister.set(name, new Map((table?.rows ?? []).filter((r) => r.id !== "").map((r) => [r.id, r])));
    }
    // A case whose letters list the rows naming it (participants of a request) needs those registers whole.
    // Only letters of registers other than Permohonan read them (serviceLetterData).
    const dependentDefs = dependentRegisters(config, registers.filter((r) => r.name !== PERMOHONAN.name).map((r) => r.name));
    const dependentTables = new Map(dependentDefs.map((def) => {
      const table = tables.get(def.name);
      return [def.name, table && !table.raw.partial ? table : readRegister(workbook, def)] as const;
    }));
    // An edit's history is its cases' only; the cases they name need theirs too, read whole.
    const wholeHistories: CaseHistories | null = theirs && referenced.size > 0 ? readHistories(readRegister(workbook, RIWAYAT)) : null;
    const loaded: Omit<Loaded, "linkedHistories"> = { tables, cohortRows, casesByRegister, dependents: dependentIndex(dependentTables, dependentDefs) };
    // Riwayat and Surat as found by a search (an edit's, in a large tab): trusted until a case's
    // outcome rests on a row the search might have passed over, then read from the column.
    const searched = new Set([audit?.raw.searched ? RIWAYAT.name : null, book.raw.searched ? SURAT.name : null].filter((name): name is string => name !== null));
    let letterBook: RegisterTable = book;
    for (;;) {
      const records: CaseRecords = {
        usedIds: [...(audit?.rows ?? []), ...letterBook.rows].map((r) => r.id), histories, searched,
        methodDecisions: readMethodDecisions(audit), pendingLetters: pendingLettersByCase(letterBook), unitResults: readUnitResults(results), documents: presentDocuments(documentsTable),
        keepsVerificationCodes: letterBook.has(COL.verificationCode),
      };
      const outcome = sweep(deps, config, registers, { ...loaded, linkedHistories: wholeHistories ?? histories }, records, options);
      if (!("doubted" in outcome)) return outcome;
      for (const name of outcome.doubted) {
        searched.delete(name);
        const complete = { matching: { ...theirs!.matching, complete: true } };
        if (name === RIWAYAT.name) {
          audit = readRegister(workbook, RIWAYAT, complete);
          histories = readHistories(audit);
        } else {
          letterBook = readRegister(workbook, SURAT, complete) ?? letterBook;
        }
      }
    }
  });
}

interface Loaded {
  readonly tables: ReadonlyMap<string, RegisterTable | null>;
  readonly cohortRows: readonly RegisterRow[];
  readonly casesByRegister: ReadonlyMap<string, ReadonlyMap<string, RegisterRow>>;
  readonly linkedHistories: CaseHistories;
  readonly dependents: DependentIndex;
}

/**
 * What `sweep` answers, before writing anything, when a case's outcome rests on a searched tab: its
 * history disagreed with its cells (a missed line would make the engine rewrite good cells), or a
 * move was allowed because no letter of the case waits (a missed letter would let it through).
 */
interface SearchInDoubt {
  readonly doubted: readonly string[];
}

function sweep(deps: EngineDeps, config: OfficeConfig, registers: readonly RegisterDef[], loaded: Loaded, records: CaseRecords, options: CheckOptions): CheckSummary | SearchInDoubt {
  const instant = deps.clock.now();
  const now = toOfficeDateTime(instant, config.settings.timeZone);
  const currentYear = dateParts(now.date).year;
  const email = deps.actor.email;
  const role = resolveRole(config, email);
  const only = options.onlyIds ? new Set(options.onlyIds) : null;

  const changes: TableChanges[] = [];
  const audits: Record<string, CellValue>[] = [];
  const used = [...records.usedIds];
  const firstAudit = firstFreeSequence(used, "RWY", now, instant);
  const letters: PreparedLetter[] = [];
  const caseIds = new Map([...loaded.casesByRegister].map(([name, rows]) => [name, new Set(rows.keys())] as const));
  const letterContext: LetterContext = {
    config, now, office: letterOffice(config), cohorts: cohortsOf(loaded.cohortRows), unitResults: records.unitResults,
    casesById: (register, id) => loaded.casesByRegister.get(register)?.get(id), dependents: dependentsOf(loaded.dependents),
    ...(records.keepsVerificationCodes && deps.newUuid ? { newVerificationCode: newCodeFrom(deps.newUuid) } : {}),
  };
  const counts = new Map<string, number>();
  const byService = new Map<string, Map<string, number>>();
  const problems: RowProblem[] = [];
  const refusedMoves: RefusedMove[] = [];
  let dueSoon = 0, overdue = 0, movesApplied = 0, movesRefused = 0, idsAssigned = 0, cellsWritten = 0;
  let resumeAt: number | null = null;
  // Only a check of every case from the first knows them all (the daily digest's list).
  const due: DueCase[] | null = only === null && !(options.startAt && options.startAt > 0) ? [] : null;
  const total = registers.reduce((n, def) => n + (loaded.tables.get(def.name)?.rows.length ?? 0), 0);
  let seen = 0;
  // startAt counts cases over the registers in order, so a resumed sweep skips what it did.
  let skip = Math.max(0, options.startAt ?? 0);

  registers: for (const def of registers) {
    const table = loaded.tables.get(def.name)!;
    const patches: RowPatch[] = [];
    const allocators = new Map<string, CaseIdAllocator>();
    const screen = screenRows(table, records.histories);
    const rows = only ? table.rows.filter((r) => only.has(r.id)) : table.rows;
    const startAt = Math.min(skip, rows.length);
    skip -= startAt;
    seen += startAt;
    for (let index = startAt; index < rows.length; index += 1) {
      const row = rows[index]!;
      if (seen > (options.startAt ?? 0) && seen % STOP_CHECK_EVERY === 0 && options.shouldStop?.()) {
        resumeAt = seen;
        if (patches.length > 0) changes.push({ table: def.name, patches, appends: [] });
        break registers;
      }
      seen += 1;
      if (deps.onProgress && seen > 1 && seen % PROGRESS_EVERY === 0) deps.onProgress(seen, total, `Memeriksa ${seen} dari ${total} kasus`);
      const held = screen.get(row.rowIndex);
      if (held) {
        // Not processed until staff resolve it: no move, no ID, no audit; at most the reason on the row.
        problems.push({ table: def.name, id: row.id || `baris ${row.sheetRow}`, messages: [engineText(held.summary)] });
        if (held.cellNote !== null && held.cellNote !== row.get("Catatan Validasi")) {
          patches.push({ id: row.id, rowHint: row.rowIndex, values: engineCells({ [table.sheetHeader("Catatan Validasi")]: held.cellNote }) });
          cellsWritten += 1;
        }
        continue;
      }
      const kind = caseKindOf(config, def, row);
      if ("problem" in kind) {
        const note = `Layanan kasus ini tidak dapat ditentukan: ${kind.problem}`;
        problems.push({ table: def.name, id: row.id || `baris ${row.sheetRow}`, messages: [engineText(note)] });
        if (note !== row.get("Catatan Validasi")) {
          patches.push({ id: row.id, rowHint: row.rowIndex, values: engineCells({ [table.sheetHeader("Catatan Validasi")]: note }) });
          cellsWritten += 1;
        }
        continue;
      }
      const { workflow, service } = kind;
      let caseId = row.id;
      const values: Record<string, CellValue> = {};
      if (caseId === "") {
        const prefix = idPrefixOf(config, service);
        const allocator = allocators.get(prefix) ?? allocators.set(prefix, new CaseIdAllocator(prefix, table.rows.map((r) => r.id))).get(prefix)!;
        const received = cellDate(row.get(def.cases?.receivedColumn ?? "Tanggal Permohonan"));
        caseId = allocator.next(received ? dateParts(received).year : currentYear);
        values[table.sheetHeader(def.key[0]!)] = caseId;
        idsAssigned += 1;
      }
      const outcome = processCase(rowWithId(row, caseId), workflow, {
        config, now, actorEmail: email, role, currentYear, service, register: def, letters: letterContext, caseIds,
        history: records.histories.get(caseId) ?? [],
        unitResults: records.unitResults.get(caseId),
        pendingLetters: records.pendingLetters.get(caseId) ?? [],
        documents: records.documents.get(caseId) ?? NO_DOCUMENTS,
        methodDecision: records.methodDecisions.get(caseId) ?? null,
        linkedHistories: loaded.linkedHistories,
      });
      const doubted = [...(outcome.historyDisagreed ? [RIWAYAT.name] : []), ...(outcome.movedOnLetterBook ? [SURAT.name] : [])].filter((name) => records.searched.has(name));
      if (doubted.length > 0) return { doubted };
      for (const [header, value] of Object.entries(outcome.values)) values[table.sheetHeader(header)] = value;
      if (Object.keys(values).length > 0) {
        patches.push({ id: row.id, rowHint: row.rowIndex, values: engineCells(values) });
        cellsWritten += Object.keys(values).length;
      }
      outcome.audits.forEach((entry) => audits.push(auditRecord(entry, now, instant, firstAudit + audits.length, email, role)));
      letters.push(...outcome.letters);
      if (def.name === PERMOHONAN.name) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
      const perService = byService.get(service.code) ?? byService.set(service.code, new Map()).get(service.code)!;
      perService.set(outcome.status, (perService.get(outcome.status) ?? 0) + 1);
      if (due && (outcome.flag === "Terlambat" || outcome.flag === "Segera")) {
        const found = dueCaseFrom(config, kind, caseId, (header) => (header in outcome.values ? outcome.values[header] : row.get(header)), now.date);
        if (found) due.push(found);
      }
      if (outcome.flag === "Terlambat") overdue += 1;
      if (outcome.flag === "Segera") dueSoon += 1;
      if (outcome.moveApplied) movesApplied += 1;
      if (outcome.refused) {
        movesRefused += 1;
        refusedMoves.push({ id: caseId, from: outcome.refused.from, to: engineText(outcome.refused.to), reason: engineText(outcome.refused.reason) });
      }
      if (outcome.errors.length > 0) problems.push({ table: def.name, id: caseId, messages: outcome.errors.map(engineText) });
    }
    if (patches.length > 0) changes.push({ table: def.name, patches, appends: [] });
  }

  if (audits.length > 0) changes.push({ table: RIWAYAT.name, patches: [], appends: audits });
  if (letters.length > 0) changes.push(recordRunLetters(deps, letters, now, instant, config.settings.timeZone, firstFreeSequence(used, "SRT", now, instant)));
  const applied = changes.length > 0 ? deps.workbook.applyChanges(changes) : { skipped: [] };
  for (const skipped of applied.skipped) problems.push({ table: skipped.split(":")[0] ?? PERMOHONAN.name, id: skipped, messages: ["baris berpindah atau terhapus saat diperiksa; akan diulang pada pemeriksaan berikutnya"] });

  return {
    casesByStatus: orderedCounts(config, counts),
    casesByService: servicesSummary(config, byService),
    refusedMoves, dueSoon, overdue, movesApplied, movesRefused, idsAssigned, cellsWritten, problems,
    rowsWithErrors: problems.length,
    configErrors: [],
    warnings: calendarWarnings(config, now).map(engineText),
    resumeAt,
    ...(due && resumeAt === null ? { dueCases: due } : {}),
  };
}

const NO_DOCUMENTS: ReadonlySet<string> = new Set();

/** Per service (Layanan order): its name and status counts in its workflow's order. */
function servicesSummary(config: OfficeConfig, byService: ReadonlyMap<string, ReadonlyMap<string, number>>): ServiceCounts[] {
  const out: ServiceCounts[] = [];
  for (const service of config.services.values()) {
    const counts = byService.get(service.code);
    const workflow = config.workflows.get(service.code);
    if (!counts || !workflow) continue;
    const ordered: Record<string, number> = {};
    for (const state of workflow.states) if (counts.has(state.status)) ordered[state.status] = counts.get(state.status)!;
    for (const [status, count] of counts) if (!(status in ordered)) ordered[status] = count;
    out.push({ code: service.code, name: service.name, register: service.register, casesByStatus: ordered });
  }
  return out;
}
