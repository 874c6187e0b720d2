// A workflow as data: states with SLAs and moves with roles, guards and letters, parsed from two registers.
import { ROLES, type Role } from "../domain/reference";

/** The Peran of a move the engine takes itself (case-step.ts: takeAutomaticMoves). */
export const AUTOMATIC_ROLE = "Otomatis";
import { splitGuard } from "../engine/guards";
import { commaList, integerIn, quoted, requiredInteger, requiredList, requiredText, textCell, yesNo } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import { headersOf, type RegisterDef } from "../registers/schema";
import { allRows, locate, parseRows, type RegisterRow, type RegisterTable } from "../registers/table";

export interface StateDef {
  readonly status: string;
  readonly order: number;
  readonly stage: string;
  /** Working days allowed in this state; null = no step deadline. */
  readonly slaDays: number | null;
  /**
   * A Permohonan date column the step deadline counts from instead of the day the case entered
   * the state; with a negative SLA the deadline falls before it (an agreement signed at least
   * 5 working days before the assessment).
   */
  readonly dueFrom: string | null;
  /** The service clock stops while a case is here (dossier returned to the applicant). */
  readonly clockStops: boolean;
  /** Entering this state starts the service deadline ("berkas dinyatakan lengkap dan benar"). */
  readonly startsService: boolean;
  readonly final: boolean;
  readonly expectedDocuments: readonly string[];
}

export interface MoveDef {
  readonly from: string;
  readonly to: string;
  readonly roles: readonly Role[];
  /** Peran "Otomatis": the engine takes this move itself right after the case enters `from`, when its guards hold. */
  readonly automatic: boolean;
  readonly requiredFields: readonly string[];
  /** Guard names as the registry spells them (engine/guards.ts), checked when the workflow loads. */
  readonly guards: readonly string[];
  readonly letters: readonly string[];
}

export interface WorkflowDef {
  readonly code: string;
  readonly states: readonly StateDef[];
  readonly moves: readonly MoveDef[];
  /** The state a new case starts in: the lowest Urutan. */
  readonly initial: string;
  /** The case register its cases live in (Layanan "Register Kasus"). */
  readonly register: string;
}

/** Names defined outside the workflow registers that a move may refer to. */
export interface KnownNames {
  /** Letter types templates exist for; unchecked when omitted. */
  readonly letters?: ReadonlySet<string>;
  readonly guards: ReadonlySet<string>;
  /** Checks a guard's argument, e.g. ISIAN(Ditujukan Kepada = Lisensi): a message, or null when fine. */
  readonly guardArgument?: (name: string, argument: string | null, register: RegisterDef) => string | null;
  /**
   * The case register a workflow's cases live in (Layanan); Permohonan when not known. null: a
   * register Layanan names that is not usable (reported there or in Kolom Kasus), whose columns
   * are then not judged, so a bad Kolom Kasus row does not make every column of its moves unknown.
   */
  readonly registerOf?: (code: string) => RegisterDef | null | undefined;
}

/** Workflow codes a Skema row may name: declared in Alur, or possibly so (a Kode Alur cell was bad). */
export interface WorkflowCodes {
  has(code: string): boolean;
}

const stateShape = {
  "Kode Alur": requiredText,
  Status: requiredText,
  Urutan: requiredInteger,
  Tahap: textCell,
  "SLA (hari kerja)": integerIn(-365, 365, false),
  "Dihitung Dari": textCell,
  "Jam Berhenti": yesNo(false),
  "Mulai Hitung Layanan": yesNo(false),
  "Status Akhir": yesNo(false),
  "Dokumen Diharapkan": commaList,
};

const moveShape = {
  "Kode Alur": requiredText,
  Dari: requiredText,
  Ke: requiredText,
  Peran: requiredList,
  "Wajib Diisi": commaList,
  Syarat: commaList,
  Surat: commaList,
};

type StateValue = Partial<{ [K in keyof typeof stateShape]: ReturnType<(typeof stateShape)[K]["parse"]> }>;

/** A status row as declared, with its good cells (a bad non-key cell still declares the status). */
interface Declared {
  readonly row: RegisterRow;
  readonly value: StateValue;
}

interface Group {
  /** Status (lower case) → its row. */
  readonly declared: Map<string, Declared>;
  /** A row of this workflow had a bad Status cell: an unknown status may be that one. */
  statusUnknown: boolean;
  readonly moves: MoveDef[];
  /** Alur Transisi rows naming this workflow, good or not. */
  moveRows: number;
  /** The case register its cases live in. */
  readonly register: RegisterDef;
  /** The register is not usable (already reported): its column names are not judged. */
  readonly columnsUnknown: boolean;
}

const headerCache = new WeakMap<RegisterDef, { headers: Map<string, string>; dates: string[] }>();
/** A register's headers (lower case → spelling) and its date columns, once per definition. */
function columnsOf(def: RegisterDef) {
  let cached = headerCache.get(def);
  if (!cached) {
    cached = {
      headers: new Map(headersOf(def).map((h) => [h.toLowerCase(), h])),
      dates: def.columns.filter((c) => c.type === "date" || c.type === "datetime").map((c) => c.header),
    };
    headerCache.set(def, cached);
  }
  return cached;
}

const list = (names: readonly string[]) => names.map((n) => quoted(n)).join(", ");

/**
 * Builds workflow definitions from the Alur and Alur Transisi registers. Every bad cell gets
 * exactly one message naming its row and cell, and causes no second one: a status row with a
 * bad cell still counts as declared, and a name that may be the one in a bad key cell is not
 * called unknown. A workflow with any problem is not returned (all-or-nothing).
 * `moves` null: the Alur Transisi tab is unusable (reported by the caller); states are checked alone.
 */
export function parseWorkflows(
  states: RegisterTable,
  moves: RegisterTable | null,
  known: KnownNames,
): { workflows: Map<string, WorkflowDef>; errors: string[]; declared: WorkflowCodes } {
  const parsedStates = parseRows(states, stateShape);
  const errors = [...parsedStates.errors];
  const groups = new Map<string, Group>();
  let anyCodeUnknown = false;
  const group = (code: string): Group => {
    let g = groups.get(code);
    if (!g) {
      const register = known.registerOf?.(code);
      groups.set(code, (g = { declared: new Map(), statusUnknown: false, moves: [], moveRows: 0, register: register ?? PERMOHONAN, columnsUnknown: register === null }));
    }
    return g;
  };

  for (const { row, value } of allRows(parsedStates)) {
    const code = value["Kode Alur"];
    if (code === undefined) {
      anyCodeUnknown = true;
      continue;
    }
    const g = group(code);
    if (value.Status === undefined) {
      g.statusUnknown = true;
      continue;
    }
    const key = value.Status.toLowerCase();
    if (g.declared.has(key)) {
      errors.push(`${locate(states, row, "Status")}: status ${quoted(value.Status)} tercantum dua kali untuk alur ${quoted(code)}`);
      continue;
    }
    g.declared.set(key, { row, value });
    errors.push(...stateProblems(states, row, value, g));
  }
  const declared: WorkflowCodes = { has: (code) => anyCodeUnknown || groups.has(code) };
  if (!moves) return { workflows: new Map(), errors, declared };

  const parsedMoves = parseRows(moves, moveShape);
  errors.push(...parsedMoves.errors);
  let anyMoveCodeUnknown = false;
  for (const { row, value } of allRows(parsedMoves)) {
    const code = value["Kode Alur"];
    if (code === undefined) {
      anyMoveCodeUnknown = true;
      continue;
    }
    const g = groups.get(code);
    if (!g) {
      if (!anyCodeUnknown) errors.push(`${locate(moves, row, "Kode Alur")}: alur ${quoted(code)} tidak punya status di register Alur`);
      continue;
    }
    g.moveRows += 1;
    const mayBeUnknown = anyCodeUnknown || g.statusUnknown;
    const end = (header: "Dari" | "Ke"): Declared | null | undefined => {
      const status = value[header];
      if (status === undefined) return undefined;
      const found = g.declared.get(status.toLowerCase());
      if (!found && !mayBeUnknown) errors.push(`${locate(moves, row, header)}: status ${quoted(status)} tidak ada di register Alur untuk ${quoted(code)}`);
      return found ?? null;
    };
    const from = end("Dari");
    const to = end("Ke");
    if (from?.value["Status Akhir"] === true) {
      errors.push(`${locate(moves, row, "Dari")}: ${quoted(from.value.Status!)} adalah status akhir, tidak boleh punya langkah keluar`);
    }
    // "Otomatis" is no one's role: it marks a move the engine takes by itself, so it stands alone.
    const automatic = (value.Peran ?? []).some((r) => r.trim().toLowerCase() === AUTOMATIC_ROLE.toLowerCase());
    const humanRoles = (value.Peran ?? []).filter((r) => r.trim().toLowerCase() !== AUTOMATIC_ROLE.toLowerCase());
    if (automatic && humanRoles.length > 0) errors.push(`${locate(moves, row, "Peran")}: "${AUTOMATIC_ROLE}" tidak boleh digabung dengan peran lain (${list(humanRoles)})`);
    const roles = humanRoles.length > 0 ? matchNames(humanRoles, ROLES) : { found: [], unknown: [] };
    if (roles.unknown.length > 0) errors.push(`${locate(moves, row, "Peran")}: peran ${list(roles.unknown)} tidak dikenal (${ROLES.join(", ")})`);
    const guards = parseGuards(value.Syarat ?? [], known, g.columnsUnknown ? null : g.register);
    if (guards.unknown.length > 0) errors.push(`${locate(moves, row, "Syarat")}: syarat ${list(guards.unknown)} tidak dikenal (${[...known.guards].join(", ")})`);
    for (const problem of guards.problems) errors.push(`${locate(moves, row, "Syarat")}: ${problem}`);
    const fields = value["Wajib Diisi"] ?? [];
    const caseHeaders = columnsOf(g.register).headers;
    const unknownFields = g.columnsUnknown ? [] : fields.filter((f) => !caseHeaders.has(f.toLowerCase()));
    if (unknownFields.length > 0) errors.push(`${locate(moves, row, "Wajib Diisi")}: kolom ${list(unknownFields)} tidak ada di ${g.register.name}`);
    const letters = value.Surat ?? [];
    const unknownLetters = known.letters ? letters.filter((l) => !known.letters!.has(l)) : [];
    if (unknownLetters.length > 0) errors.push(`${locate(moves, row, "Surat")}: jenis surat ${list(unknownLetters)} tidak dikenal`);
    if (!from || !to) continue;
    const [fromStatus, toStatus] = [from.value.Status!, to.value.Status!];
    if (g.moves.some((m) => m.from === fromStatus && m.to === toStatus)) {
      errors.push(`${locate(moves, row)}: langkah ${fromStatus} → ${toStatus} tercantum dua kali`);
      continue;
    }
    g.moves.push({
      from: fromStatus,
      to: toStatus,
      roles: automatic ? [] : (roles.found as Role[]),
      automatic,
      requiredFields: fields.map((f) => caseHeaders.get(f.toLowerCase()) ?? f),
      guards: guards.found,
      letters,
    });
  }
  // An empty Alur Transisi tab is the caller's one message; otherwise a workflow no row names.
  if (moves.rows.length > 0 && !anyMoveCodeUnknown) {
    for (const [code, g] of groups) {
      if (g.moveRows === 0) errors.push(`Alur ${quoted(code)}: belum ada langkah di register Alur Transisi`);
    }
  }
  return { workflows: errors.length === 0 ? assemble(groups) : new Map(), errors, declared };
}

/** Guard names (with arguments) of a move, matched against the registry. */
function parseGuards(items: readonly string[], known: KnownNames, register: RegisterDef | null): { found: string[]; unknown: string[]; problems: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  const problems: string[] = [];
  for (const item of items) {
    const { name, argument } = splitGuard(item);
    const match = [...known.guards].find((r) => r.toLowerCase() === name.toLowerCase());
    if (!match) {
      unknown.push(item);
      continue;
    }
    const problem = register ? (known.guardArgument?.(match, argument, register) ?? null) : null;
    if (problem) problems.push(`syarat ${match}: ${problem}`);
    found.push(argument === null ? match : `${match}(${argument})`);
  }
  return { found, unknown, problems };
}

/** Problems of one declared status row beyond its cells' own parsing. */
function stateProblems(table: RegisterTable, row: RegisterRow, value: StateValue, g: Group): string[] {
  const problems: string[] = [];
  const dateColumns = columnsOf(g.register).dates;
  const dueFromText = value["Dihitung Dari"];
  const dueFrom = dueFromText ? (dateColumns.find((h) => h.toLowerCase() === dueFromText.toLowerCase()) ?? null) : null;
  if (dueFromText && dueFrom === null && !g.columnsUnknown) {
    problems.push(`${locate(table, row, "Dihitung Dari")}: ${quoted(dueFromText)} bukan kolom tanggal ${g.register.name} (${dateColumns.join(", ")})`);
  }
  const sla = value["SLA (hari kerja)"];
  // A negative SLA needs a date to count back from; unjudged while Dihitung Dari is itself wrong.
  if (typeof sla === "number" && sla < 0 && dueFromText === "") {
    problems.push(`${locate(table, row, "SLA (hari kerja)")}: SLA negatif hanya boleh bersama kolom Dihitung Dari (mis. Jadwal Uji)`);
  }
  const order = value.Urutan;
  if (order !== undefined) {
    const twin = [...g.declared.values()].find((d) => d.row !== row && d.value.Urutan === order);
    if (twin) problems.push(`${locate(table, row, "Urutan")}: Urutan ${order} sudah dipakai status ${quoted(twin.value.Status!)}`);
  }
  return problems;
}

function assemble(groups: ReadonlyMap<string, Group>): Map<string, WorkflowDef> {
  const workflows = new Map<string, WorkflowDef>();
  for (const [code, g] of groups) {
    const states: StateDef[] = [...g.declared.values()].map(({ value: v }) => ({
      status: v.Status!,
      order: v.Urutan!,
      stage: v.Tahap!,
      slaDays: v["SLA (hari kerja)"] ?? null,
      dueFrom: v["Dihitung Dari"] ? (columnsOf(g.register).dates.find((h) => h.toLowerCase() === v["Dihitung Dari"]!.toLowerCase()) ?? null) : null,
      clockStops: v["Jam Berhenti"]!,
      startsService: v["Mulai Hitung Layanan"]!,
      final: v["Status Akhir"]!,
      expectedDocuments: v["Dokumen Diharapkan"]!,
    }));
    states.sort((a, b) => a.order - b.order);
    workflows.set(code, { code, states, moves: g.moves, initial: states[0]!.status, register: g.register.name });
  }
  return workflows;
}

/** Matches names case-insensitively against a registry, keeping its spelling. */
function matchNames(names: readonly string[], registry: readonly string[]): { found: string[]; unknown: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const match = registry.find((r) => r.toLowerCase() === name.toLowerCase());
    if (match) found.push(match);
    else unknown.push(name);
  }
  return { found, unknown };
}

export function stateOf(workflow: WorkflowDef, status: string): StateDef | undefined {
  const wanted = status.trim().toLowerCase();
  return workflow.states.find((s) => s.status.toLowerCase() === wanted);
}

export function movesFrom(workflow: WorkflowDef, status: string): MoveDef[] {
  return workflow.moves.filter((m) => m.from === status);
}
