// The assessment method of an application: the engine suggests one from the applicant's
// experience (seed 001); a Verifikator may set another with a reason. The choice is recorded in
// Riwayat (a "Catatan" row, Ke "Metode: …") and that record, not the cell, is what counts after.
import { ADMIN_ROLE, type Role } from "../domain/reference";
import { ASSESSMENT_METHODS, METHOD_CHOSEN_COLUMN, METHOD_REASON_COLUMN } from "../registers/catalog";
import { cellText } from "../registers/cells";
import type { RegisterRow, RegisterTable } from "../registers/table";

export const METHOD_EVENT_PREFIX = "Metode: ";
const CHOOSER_ROLES: readonly Role[] = ["Verifikator", ADMIN_ROLE];

export interface MethodDecision {
  readonly method: string;
  readonly eventId: string;
}

/** Each case's latest recorded method choice (Riwayat rows of Hasil "Catatan", Ke "Metode: …"). */
export function readMethodDecisions(table: RegisterTable | null): Map<string, MethodDecision> {
  const byCase = new Map<string, MethodDecision>();
  for (const row of table?.rows ?? []) {
    const to = cellText(row.get("Ke"));
    if (cellText(row.get("Hasil")) !== "Catatan" || !to.startsWith(METHOD_EVENT_PREFIX)) continue;
    const caseId = cellText(row.get("ID Permohonan"));
    const method = ASSESSMENT_METHODS.find((m) => m === to.slice(METHOD_EVENT_PREFIX.length).trim());
    const known = byCase.get(caseId);
    if (caseId !== "" && method && (!known || known.eventId < row.id)) byCase.set(caseId, { method, eventId: row.id });
  }
  return byCase;
}

export interface MethodOutcome {
  /** The method the case is assessed by: the recorded choice, else the engine's suggestion. */
  readonly method: string | null;
  readonly chosen: boolean;
  /** A new choice to record (its reason), when the cell asks for one and the actor may make it. */
  readonly record: { readonly method: string; readonly reason: string } | null;
  /** Why a choice in the cells was not taken (a warning on the row). */
  readonly problem: string | null;
}

/** Decides the method for one application; pure. */
export function chooseMethod(row: RegisterRow, suggested: string | null, decision: MethodDecision | null, role: Role | null): MethodOutcome {
  const current = decision?.method ?? suggested;
  const keep = (problem: string | null): MethodOutcome => ({ method: current, chosen: decision !== null, record: null, problem });
  const asked = cellText(row.get(METHOD_CHOSEN_COLUMN));
  if (asked === "") return keep(null);
  const method = ASSESSMENT_METHODS.find((m) => m.toLowerCase() === asked.toLowerCase());
  if (!method) return keep(`${METHOD_CHOSEN_COLUMN}: harus salah satu: ${ASSESSMENT_METHODS.join("; ")}`);
  if (decision?.method === method) return keep(null);
  const reason = cellText(row.get(METHOD_REASON_COLUMN));
  if (reason === "") return keep(`${METHOD_REASON_COLUMN}: wajib diisi bila ${METHOD_CHOSEN_COLUMN} diisi; metode belum diganti`);
  if (role === null || !CHOOSER_ROLES.includes(role)) {
    return keep(`${METHOD_CHOSEN_COLUMN}: hanya Verifikator (atau Admin) yang boleh menetapkan metode asesmen; metode belum diganti`);
  }
  return { method, chosen: true, record: { method, reason: reason.slice(0, 500) }, problem: null };
}
