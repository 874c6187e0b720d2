// Per-unit assessment results (FR.AK.02) from the Hasil Asesmen register: K/BK for each unit of a case.
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
