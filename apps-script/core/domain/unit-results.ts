// Per-unit assessment results (FR.AK.02) from the Hasil Asesmen register, and the one verdict on
// a case's competence that guards and letters share: when units are recorded they decide.
import { cellText } from "../registers/cells";
import type { RegisterTable } from "../registers/table";
import type { Scheme } from "./schemes";

export type UnitResult = "K" | "BK";

/** Case ID → unit code → result. Rows with an unknown result are left out (the sheet's dropdown guards them). */
export function readUnitResults(table: RegisterTable | null): Map<string, Map<string, UnitResult>> {
  const byCase = new Map<string, Map<string, UnitResult>>();
  for (const row of table?.rows ?? []) {
    const caseId = cellText(row.get("ID Permohonan"));
    const unit = cellText(row.get("Kode Unit"));
    const result = cellText(row.get("Hasil")).toUpperCase();
    if (caseId === "" || unit === "" || (result !== "K" && result !== "BK")) continue;
    (byCase.get(caseId) ?? byCase.set(caseId, new Map()).get(caseId)!).set(unit, result);
  }
  return byCase;
}

/**
 * Why a case is not yet competent on its scheme's units: units not assessed, and units BK.
 * A certificate needs K on every unit of the scheme.
 */
export function competenceGaps(scheme: Scheme, results: ReadonlyMap<string, UnitResult>): { unassessed: string[]; notCompetent: string[] } {
  const unassessed = scheme.units.filter((u) => !results.has(u.code)).map((u) => u.code);
  const notCompetent = scheme.units.filter((u) => results.get(u.code) === "BK").map((u) => u.code);
  return { unassessed, notCompetent };
}

/** The case's competence as every guard and letter must state it. */
export interface Competence {
  /** K or BK when settled; null while units are unassessed or nothing is recorded. */
  readonly verdict: UnitResult | null;
  /** Where the verdict comes from: the per-unit record, or the assessor's overall recommendation. */
  readonly source: "units" | "recommendation" | "none";
  /** Per-unit results when recorded (for the Surat Keterangan's table). */
  readonly units: ReadonlyMap<string, UnitResult>;
  readonly unassessed: readonly string[];
  readonly notCompetent: readonly string[];
  /** Contradictions between the record and Rekomendasi Asesor, as validation messages. */
  readonly problems: readonly string[];
}

const NO_UNITS: ReadonlyMap<string, UnitResult> = new Map();

/**
 * One source of truth: recorded units decide (K only when every unit of the scheme is K, BK as
 * soon as one is BK); without them, Rekomendasi Asesor does. A recommendation that disagrees
 * with the record is a validation problem, never silently preferred.
 */
export function assessCompetence(scheme: Scheme | undefined, results: ReadonlyMap<string, UnitResult> | undefined, recommendation: string): Competence {
  const recommended = recommendation.trim().toUpperCase();
  const overall: UnitResult | null = recommended === "K" || recommended === "BK" ? recommended : null;
  if (!scheme || !results || results.size === 0) {
    return { verdict: overall, source: overall ? "recommendation" : "none", units: NO_UNITS, unassessed: [], notCompetent: [], problems: [] };
  }
  const { unassessed, notCompetent } = competenceGaps(scheme, results);
  const verdict: UnitResult | null = notCompetent.length > 0 ? "BK" : unassessed.length > 0 ? null : "K";
  const problems: string[] = [];
  if (overall && verdict && overall !== verdict) {
    problems.push(
      verdict === "BK"
        ? `Rekomendasi Asesor: K bertentangan dengan Hasil Asesmen (BK pada ${notCompetent.length} unit: ${notCompetent.join(", ")})`
        : "Rekomendasi Asesor: BK bertentangan dengan Hasil Asesmen (K pada semua unit)",
    );
  } else if (overall === "K" && verdict === null) {
    problems.push(`Rekomendasi Asesor: K, tetapi Hasil Asesmen belum lengkap (belum dinilai: ${unassessed.join(", ")})`);
  }
  return { verdict, source: "units", units: results, unassessed, notCompetent, problems };
}
