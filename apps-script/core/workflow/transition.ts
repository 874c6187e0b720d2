// The pure step of a workflow: given a case's recorded state and the state staff asked for,
// decide whether the move is legal and which effects it calls for. Performs none of them.
import { ADMIN_ROLE, type Role } from "../domain/reference";
import { type GuardName, type MoveDef, movesFrom, type StateDef, stateOf, type WorkflowDef } from "./definition";

export interface TransitionContext {
  /** The actor's role, or null when unknown / not registered. */
  readonly role: Role | null;
  /** For each guard, the reasons it fails (empty = satisfied). */
  readonly guardFailures: (guard: GuardName) => readonly string[];
  /** Whether a Permohonan column holds a value. */
  readonly isFilled: (header: string) => boolean;
}

export type Effect =
  | { readonly kind: "enterState"; readonly state: StateDef }
  | { readonly kind: "startServiceClock" }
  | { readonly kind: "pauseClock" }
  | { readonly kind: "resumeClock" }
  | { readonly kind: "letter"; readonly letterType: string }
  | { readonly kind: "audit" };

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
  if (context.role === null) {
    return { ok: false, reason: `Pengguna tidak dikenal atau tidak aktif di register Pengguna; langkah ${from.status} → ${to.status} memerlukan peran ${move.roles.join("/")}` };
  }
  if (context.role !== ADMIN_ROLE && !move.roles.includes(context.role)) {
    return { ok: false, reason: `Peran ${context.role} tidak boleh melakukan ${from.status} → ${to.status}; hanya ${move.roles.join("/")}` };
  }
  const missing = move.requiredFields.filter((field) => !context.isFilled(field));
  if (missing.length > 0) {
    return { ok: false, reason: `Langkah ${from.status} → ${to.status} memerlukan kolom terisi: ${missing.join(", ")}` };
  }
  const failures = move.guards.flatMap((guard) => context.guardFailures(guard));
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
