// The pure step of a workflow: given a case's recorded state and the state staff asked for,
// decide whether the move is legal and which effects it calls for. Performs none of them.
import { ADMIN_ROLE, type Role } from "../domain/reference";
import { type MoveDef, movesFrom, type StateDef, stateOf, type WorkflowDef } from "./definition";

export interface TransitionContext {
  /** The actor's role, or null when unknown / not registered. */
  readonly role: Role | null;
  /** For each guard named by the move, the reasons it fails (empty = satisfied). */
  readonly guardFailures: (guard: string) => readonly string[];
  /**
   * Why a column the move requires cannot be used: "belum diisi" when blank, or what is wrong with
   * what is there (an unknown TUK, an expired assessor); null when it is fine.
   */
  readonly fieldProblem: (header: string) => string | null;
  /** What a move into a final state needs besides its own guards (the case's letters settled). */
  readonly finalStateFailures?: () => readonly string[];
  /** The engine itself takes the move (an Otomatis move): no role is asked for, only such moves are legal. */
  readonly automatic?: boolean;
}

export type Effect =
  | { readonly kind: "enterState"; readonly state: StateDef }
  | { readonly kind: "startServiceClock" }
  | { readonly kind: "pauseClock" }
  | { readonly kind: "resumeClock" }
  | { readonly kind: "letter"; readonly letterType: string }
  | { readonly kind: "audit" };

/** What `fieldProblem` answers for a blank column. */
export const BLANK = "belum diisi";

export type TransitionResult =
  | { readonly ok: true; readonly move: MoveDef; readonly effects: readonly Effect[] }
  | { readonly ok: false; readonly reason: string };

/** "Verifikasi, Dikembalikan" — the moves out of a state, for messages. */
export function allowedTargets(workflow: WorkflowDef, from: string): string {
  const targets = movesFrom(workflow, from).map((m) => m.to);
  return targets.length === 0 ? "tidak ada (status akhir)" : targets.join(", ");
}

export function transition(
  workflow: WorkflowDef,
  recordedStatus: string,
  requestedStatus: string,
  context: TransitionContext,
): TransitionResult {
  const from = stateOf(workflow, recordedStatus);
  if (!from) return { ok: false, reason: `Status tercatat "${recordedStatus}" tidak ada di alur ${workflow.code}` };
  const to = stateOf(workflow, requestedStatus);
  if (!to) {
    return {
      ok: false,
      reason: `Status "${requestedStatus}" tidak dikenal. Langkah yang boleh dari ${from.status}: ${allowedTargets(workflow, from.status)}`,
    };
  }
  const move = movesFrom(workflow, from.status).find((m) => m.to === to.status);
  if (!move) {
    return {
      ok: false,
      reason: `Tidak boleh dari ${from.status} ke ${to.status}. Langkah yang boleh: ${allowedTargets(workflow, from.status)}`,
    };
  }
  if (move.automatic !== (context.automatic === true)) {
    return {
      ok: false,
      reason: move.automatic
        ? `Tidak dapat meminta ${from.status} → ${to.status}: langkah ini diambil mesin secara otomatis saat kasus masuk ${from.status} dan syaratnya terpenuhi`
        : `Langkah ${from.status} → ${to.status} dilakukan petugas, bukan langkah otomatis`,
    };
  }
  if (move.automatic) {
    // The engine acts for no one: roles are not asked, the rest (columns, guards) is.
  } else if (context.role === null) {
    return { ok: false, reason: `Pengguna tidak dikenal atau tidak aktif di register Pengguna; langkah ${from.status} → ${to.status} memerlukan peran ${move.roles.join("/")}` };
  } else if (context.role !== ADMIN_ROLE && !move.roles.includes(context.role)) {
    return { ok: false, reason: `Peran ${context.role} tidak boleh melakukan ${from.status} → ${to.status}; hanya ${move.roles.join("/")}` };
  }
  const fields = move.requiredFields.map((field) => [field, context.fieldProblem(field)] as const).filter(([, problem]) => problem !== null);
  const blank = fields.filter(([, problem]) => problem === BLANK).map(([field]) => field);
  if (fields.length > 0) {
    const wrong = fields.filter(([, problem]) => problem !== BLANK).map(([field, problem]) => `${field}: ${problem}`);
    const parts = [...(blank.length > 0 ? [`memerlukan kolom terisi: ${blank.join(", ")}`] : []), ...wrong];
    return { ok: false, reason: `Langkah ${from.status} → ${to.status} ${blank.length > 0 ? "" : "belum dapat dilakukan: "}${parts.join("; ")}` };
  }
  const failures = [...move.guards.flatMap((guard) => context.guardFailures(guard)), ...(to.final ? (context.finalStateFailures?.() ?? []) : [])];
  if (failures.length > 0) {
    return { ok: false, reason: `Langkah ${from.status} → ${to.status} belum memenuhi syarat: ${failures.join("; ")}` };
  }
  const effects: Effect[] = [{ kind: "enterState", state: to }];
  if (to.startsService) effects.push({ kind: "startServiceClock" });
  if (from.clockStops && !to.clockStops) effects.push({ kind: "resumeClock" });
  if (to.clockStops && !from.clockStops) effects.push({ kind: "pauseClock" });
  for (const letterType of move.letters) effects.push({ kind: "letter", letterType });
  effects.push({ kind: "audit" });
  return { ok: true, move, effects };
}
