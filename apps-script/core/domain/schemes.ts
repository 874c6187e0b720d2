// Certification schemes as data: a Skema row, its units and its requirement rules.
import { choice, integerIn, quoted, requiredText, textCell, yesNo } from "../registers/cells";
import { REQUIREMENT_RULES, type RequirementRule } from "../registers/catalog";
import { allRows, locate, parseRows, type RegisterRow, type RegisterTable } from "../registers/table";
import { golonganRank, normalizeGolongan, normalizePendidikan, pendidikanRank } from "./reference";

export interface Requirement {
  readonly code: string;
  readonly kind: "Persyaratan Dasar" | "Bukti Administratif";
  readonly description: string;
  readonly rule: RequirementRule;
  readonly value: string;
}

export interface CompetencyUnit {
  readonly number: number;
  readonly code: string;
  readonly title: string;
}

export interface Scheme {
  readonly code: string;
  readonly name: string;
  readonly workflowCode: string;
  readonly validityYears: number;
  readonly standard: string;
  readonly description: string;
  readonly testSite: string;
  readonly active: boolean;
  readonly units: readonly CompetencyUnit[];
  readonly requirements: readonly Requirement[];
}

const schemeShape = {
  "Kode Skema": requiredText,
  "Nama Skema": requiredText,
  "Kode Alur": requiredText,
  "Masa Berlaku (tahun)": integerIn(1, 20, true),
  "Standar Kompetensi": textCell,
  Deskripsi: textCell,
  TUK: textCell,
  Aktif: yesNo(true),
};

const unitShape = {
  "Kode Skema": requiredText,
  No: integerIn(1, 999, true),
  "Kode Unit": requiredText,
  "Judul Unit": requiredText,
};

const requirementShape = {
  "Kode Skema": requiredText,
  "Kode Syarat": requiredText,
  Jenis: choice(["Persyaratan Dasar", "Bukti Administratif"]),
  Uraian: requiredText,
  Aturan: choice(REQUIREMENT_RULES),
  Nilai: textCell,
};

/** Checks a rule's Nilai makes sense for its Aturan; returns a message or null. */
function ruleValueProblem(rule: RequirementRule, value: string): string | null {
  switch (rule) {
    case "PENDIDIKAN_MIN":
      return pendidikanRank(value) < 0 ? `jenjang ${quoted(value)} tidak dikenal (mis. D-III, S1)` : null;
    case "GOLONGAN_MIN":
      return golonganRank(value) < 0 ? `golongan ${quoted(value)} tidak dikenal (I/a … IV/e)` : null;
    case "PENGALAMAN_MIN":
      return /^\d+(\.\d+)?$/.test(value) ? null : `${quoted(value)} harus jumlah tahun`;
    case "INSTANSI":
      return value === "" ? "isi teks nama instansi yang disyaratkan" : null;
    case "DOKUMEN":
      return null;
  }
}

const normalizedValue = (rule: RequirementRule, value: string): string =>
  rule === "PENDIDIKAN_MIN" ? (normalizePendidikan(value) ?? value) : rule === "GOLONGAN_MIN" ? (normalizeGolongan(value) ?? value) : value;

/**
 * Builds schemes from the Skema, Unit Kompetensi and Persyaratan registers (null: tab unusable,
 * reported by the caller). One message per bad cell and no follow-ons: a unit naming a scheme
 * whose row has a bad cell, or whose Kode Skema may be a bad key cell, is not called orphaned;
 * a scheme naming a workflow `workflowCodes` may hold is not called unknown.
 */
export function parseSchemes(
  schemes: RegisterTable,
  units: RegisterTable | null,
  requirements: RegisterTable | null,
  workflowCodes: { has(code: string): boolean },
): { schemes: Map<string, Scheme>; errors: string[] } {
  const s = parseRows(schemes, schemeShape);
  const u = units ? parseRows(units, unitShape) : null;
  const r = requirements ? parseRows(requirements, requirementShape) : null;
  const errors = [...s.errors, ...(u?.errors ?? []), ...(r?.errors ?? [])];
  const declared = new Set<string>();
  let codeUnknown = false;
  for (const { row, value } of allRows(s)) {
    const code = value["Kode Skema"];
    if (code === undefined) {
      codeUnknown = true;
      continue;
    }
    if (declared.has(code)) errors.push(`${locate(schemes, row, "Kode Skema")}: skema ${quoted(code)} tercantum dua kali`);
    declared.add(code);
    const workflow = value["Kode Alur"];
    if (workflow !== undefined && !workflowCodes.has(workflow)) {
      errors.push(`${locate(schemes, row, "Kode Alur")}: alur ${quoted(workflow)} tidak ada di register Alur`);
    }
  }
  // Rows naming a scheme Skema lacks, grouped: a renamed scheme is one message per tab, not one per unit.
  const orphans = new Map<RegisterTable, Map<string, RegisterRow[]>>();
  const orphan = (table: RegisterTable, row: RegisterRow, code: string | undefined) => {
    if (code === undefined || declared.has(code) || codeUnknown) return;
    const byCode = orphans.get(table) ?? orphans.set(table, new Map()).get(table)!;
    (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(row);
  };
  const unitsBy = new Map<string, CompetencyUnit[]>();
  const unitRows = new Map<CompetencyUnit, number>();
  for (const { row, value } of u ? allRows(u) : []) {
    orphan(units!, row, value["Kode Skema"]);
    const code = value["Kode Skema"];
    if (code === undefined) continue;
    const list = unitsBy.get(code) ?? unitsBy.set(code, []).get(code)!;
    const sameCode = value["Kode Unit"] === undefined ? undefined : list.find((x) => x.code === value["Kode Unit"]);
    const sameNo = value.No === undefined ? undefined : list.find((x) => x.number === value.No);
    if (sameCode) errors.push(`${locate(units!, row, "Kode Unit")}: unit ${quoted(sameCode.code)} sudah tercantum di baris ${unitRows.get(sameCode)} untuk skema ini`);
    else if (sameNo) errors.push(`${locate(units!, row, "No")}: No ${sameNo.number} sudah dipakai baris ${unitRows.get(sameNo)} untuk skema ini`);
    const unit = { number: value.No ?? 0, code: value["Kode Unit"] ?? "", title: value["Judul Unit"] ?? "" };
    unitRows.set(unit, row.sheetRow);
    list.push(unit);
  }
  const requirementsBy = new Map<string, Requirement[]>();
  for (const { row, value } of r ? allRows(r) : []) {
    orphan(requirements!, row, value["Kode Skema"]);
    const code = value["Kode Skema"];
    if (code === undefined) continue;
    const list = requirementsBy.get(code) ?? requirementsBy.set(code, []).get(code)!;
    if (value["Kode Syarat"] !== undefined && list.some((x) => x.code === value["Kode Syarat"])) {
      errors.push(`${locate(requirements!, row, "Kode Syarat")}: syarat ${quoted(value["Kode Syarat"])} tercantum dua kali untuk skema ini`);
    }
    const rule = value.Aturan as RequirementRule | undefined;
    const problem = rule !== undefined && value.Nilai !== undefined ? ruleValueProblem(rule, value.Nilai) : null;
    if (problem) errors.push(`${locate(requirements!, row, "Nilai")}: ${problem}`);
    list.push({
      code: value["Kode Syarat"] ?? "",
      kind: (value.Jenis ?? "Persyaratan Dasar") as Requirement["kind"],
      description: value.Uraian ?? "",
      rule: rule ?? "DOKUMEN",
      value: rule && value.Nilai !== undefined ? normalizedValue(rule, value.Nilai) : "",
    });
  }
  for (const [table, byCode] of orphans) {
    for (const [code, rows] of byCode) {
      const where = rows.length === 1 ? locate(table, rows[0]!, "Kode Skema") : `${table.def.name} baris ${rowRanges(rows.map((r) => r.sheetRow))}, kolom Kode Skema`;
      errors.push(`${where}: skema ${quoted(code)} tidak ada di register Skema`);
    }
  }
  const result = new Map<string, Scheme>();
  for (const { value } of s.values) {
    const code = value["Kode Skema"];
    if (result.has(code)) continue;
    result.set(code, {
      code,
      name: value["Nama Skema"],
      workflowCode: value["Kode Alur"],
      validityYears: value["Masa Berlaku (tahun)"]!,
      standard: value["Standar Kompetensi"],
      description: value.Deskripsi,
      testSite: value.TUK,
      active: value.Aktif,
      units: [...(unitsBy.get(code) ?? [])].sort((a, b) => a.number - b.number),
      requirements: requirementsBy.get(code) ?? [],
    });
  }
  return { schemes: result, errors };
}

/** "2–13, 15" for sheet rows 2…13 and 15. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
