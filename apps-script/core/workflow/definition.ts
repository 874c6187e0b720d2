// A workflow as data: states with SLAs and moves with roles, guards and letters, parsed from two registers.
import * as z from "zod/mini";
import { ROLES, type Role } from "../domain/reference";
import { commaList, optionalInteger, requiredInteger, requiredText, textCell, yesNo } from "../registers/cells";
import { ALUR, ALUR_TRANSISI, PERMOHONAN } from "../registers/catalog";
import { headersOf } from "../registers/schema";
import { locate, parseRows, type RegisterTable } from "../registers/table";

/** Conditions a move may require, named by string so an office can attach them in a sheet. */
export const GUARDS = ["DATA_VALID", "BERKAS_LENGKAP", "MEMENUHI_SYARAT", "KOMPETEN", "BELUM_KOMPETEN"] as const;
export type GuardName = (typeof GUARDS)[number];

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
  readonly requiredFields: readonly string[];
  readonly guards: readonly GuardName[];
  readonly letters: readonly string[];
}

export interface WorkflowDef {
  readonly code: string;
  readonly states: readonly StateDef[];
  readonly moves: readonly MoveDef[];
  /** The state a new case starts in: the lowest Urutan. */
  readonly initial: string;
}

const stateRow = z.object({
  "Kode Alur": requiredText,
  Status: requiredText,
  Urutan: requiredInteger,
  Tahap: textCell,
  "SLA (hari kerja)": optionalInteger,
  "Dihitung Dari": textCell,
  "Jam Berhenti": yesNo(false),
  "Mulai Hitung Layanan": yesNo(false),
  "Status Akhir": yesNo(false),
  "Dokumen Diharapkan": commaList,
});

const moveRow = z.object({
  "Kode Alur": requiredText,
  Dari: requiredText,
  Ke: requiredText,
  Peran: commaList,
  "Wajib Diisi": commaList,
  Syarat: commaList,
  Surat: commaList,
});

const caseHeaders = new Set(headersOf(PERMOHONAN).map((h) => h.toLowerCase()));
const dateColumns = PERMOHONAN.columns.filter((c) => c.type === "date").map((c) => c.header);

/**
 * Builds workflow definitions from the Alur and Alur Transisi registers. Every problem is
 * reported with its row and cell; a workflow with any problem is not returned.
 * `knownLetters` lists the letter types templates exist for (unchecked when omitted).
 */
export function parseWorkflows(
  states: RegisterTable,
  moves: RegisterTable,
  knownLetters?: ReadonlySet<string>,
): { workflows: Map<string, WorkflowDef>; errors: string[] } {
  const parsedStates = parseRows(states, stateRow, headersOf(ALUR));
  const parsedMoves = parseRows(moves, moveRow, headersOf(ALUR_TRANSISI));
  const errors = [...parsedStates.errors, ...parsedMoves.errors];
  const byCode = new Map<string, { states: StateDef[]; moves: MoveDef[] }>();
  const entry = (code: string) => byCode.get(code) ?? byCode.set(code, { states: [], moves: [] }).get(code)!;

  for (const { row, value } of parsedStates.values) {
    const group = entry(value["Kode Alur"]);
    if (group.states.some((s) => s.status.toLowerCase() === value.Status.toLowerCase())) {
      errors.push(`${locate(states, row, "Status")}: status "${value.Status}" tercantum dua kali`);
      continue;
    }
    const sla = value["SLA (hari kerja)"];
    const dueFrom = value["Dihitung Dari"] === "" ? null : (dateColumns.find((h) => h.toLowerCase() === value["Dihitung Dari"].toLowerCase()) ?? null);
    if (value["Dihitung Dari"] !== "" && dueFrom === null) {
      errors.push(`${locate(states, row, "Dihitung Dari")}: "${value["Dihitung Dari"]}" bukan kolom tanggal Permohonan (${dateColumns.join(", ")})`);
    }
    if (sla !== null && (sla > 365 || sla < (dueFrom ? -365 : 0))) {
      errors.push(`${locate(states, row, "SLA (hari kerja)")}: harus ${dueFrom ? "-365–365" : "0–365 (negatif hanya bersama Dihitung Dari)"}`);
    }
    group.states.push({
      status: value.Status,
      order: value.Urutan,
      stage: value.Tahap,
      slaDays: sla,
      dueFrom,
      clockStops: value["Jam Berhenti"],
      startsService: value["Mulai Hitung Layanan"],
      final: value["Status Akhir"],
      expectedDocuments: value["Dokumen Diharapkan"],
    });
  }

  for (const { row, value } of parsedMoves.values) {
    const group = entry(value["Kode Alur"]);
    const known = (status: string) => group.states.find((s) => s.status.toLowerCase() === status.toLowerCase());
    const from = known(value.Dari);
    const to = known(value.Ke);
    if (!from) errors.push(`${locate(moves, row, "Dari")}: status "${value.Dari}" tidak ada di register Alur untuk ${value["Kode Alur"]}`);
    if (!to) errors.push(`${locate(moves, row, "Ke")}: status "${value.Ke}" tidak ada di register Alur untuk ${value["Kode Alur"]}`);
    if (from?.final) errors.push(`${locate(moves, row, "Dari")}: "${from.status}" adalah status akhir, tidak boleh punya langkah keluar`);
    const roles: Role[] = [];
    for (const role of value.Peran) {
      const match = ROLES.find((r) => r.toLowerCase() === role.toLowerCase());
      if (match) roles.push(match);
      else errors.push(`${locate(moves, row, "Peran")}: peran "${role}" tidak dikenal (${ROLES.join(", ")})`);
    }
    if (value.Peran.length === 0) errors.push(`${locate(moves, row, "Peran")}: wajib diisi`);
    const guards: GuardName[] = [];
    for (const guard of value.Syarat) {
      const match = GUARDS.find((g) => g === guard.toUpperCase());
      if (match) guards.push(match);
      else errors.push(`${locate(moves, row, "Syarat")}: syarat "${guard}" tidak dikenal (${GUARDS.join(", ")})`);
    }
    for (const field of value["Wajib Diisi"]) {
      if (!caseHeaders.has(field.toLowerCase())) errors.push(`${locate(moves, row, "Wajib Diisi")}: kolom "${field}" tidak ada di Permohonan`);
    }
    for (const letter of value.Surat) {
      if (knownLetters && !knownLetters.has(letter)) errors.push(`${locate(moves, row, "Surat")}: jenis surat "${letter}" tidak dikenal`);
    }
    if (from && to) {
      if (group.moves.some((m) => m.from === from.status && m.to === to.status)) {
        errors.push(`${locate(moves, row)}: langkah ${from.status} → ${to.status} tercantum dua kali`);
        continue;
      }
      group.moves.push({ from: from.status, to: to.status, roles, requiredFields: value["Wajib Diisi"], guards, letters: value.Surat });
    }
  }

  const workflows = new Map<string, WorkflowDef>();
  for (const [code, group] of byCode) {
    if (group.states.length === 0) {
      errors.push(`Alur Transisi: alur "${code}" tidak punya status di register Alur`);
      continue;
    }
    const sorted = [...group.states].sort((a, b) => a.order - b.order);
    workflows.set(code, { code, states: sorted, moves: group.moves, initial: sorted[0]!.status });
  }
  return { workflows: errors.length === 0 ? workflows : new Map(), errors };
}

export function stateOf(workflow: WorkflowDef, status: string): StateDef | undefined {
  const wanted = status.trim().toLowerCase();
  return workflow.states.find((s) => s.status.toLowerCase() === wanted);
}

export function movesFrom(workflow: WorkflowDef, status: string): MoveDef[] {
  return workflow.moves.filter((m) => m.from === status);
}
