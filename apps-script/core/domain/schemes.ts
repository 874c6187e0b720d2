// Certification schemes as data: a Skema row, its units and its requirement rules.
import * as z from "zod/mini";
import { choice, requiredInteger, requiredText, textCell, yesNo } from "../registers/cells";
import { PERSYARATAN, REQUIREMENT_RULES, type RequirementRule, SKEMA, UNIT_KOMPETENSI } from "../registers/catalog";
import { headersOf } from "../registers/schema";
import { locate, parseRows, type RegisterTable } from "../registers/table";
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

const schemeRow = z.object({
  "Kode Skema": requiredText,
  "Nama Skema": requiredText,
  "Kode Alur": requiredText,
  "Masa Berlaku (tahun)": requiredInteger,
  "Standar Kompetensi": textCell,
  Deskripsi: textCell,
  TUK: textCell,
  Aktif: yesNo(true),
});

const unitRow = z.object({
  "Kode Skema": requiredText,
  No: requiredInteger,
  "Kode Unit": requiredText,
  "Judul Unit": requiredText,
});

const requirementRow = z.object({
  "Kode Skema": requiredText,
  "Kode Syarat": requiredText,
  Jenis: choice(["Persyaratan Dasar", "Bukti Administratif"]),
  Uraian: requiredText,
  Aturan: choice(REQUIREMENT_RULES),
  Nilai: textCell,
});

/** Checks a rule's Nilai makes sense for its Aturan; returns a message or null. */
function ruleValueProblem(rule: RequirementRule, value: string): string | null {
  switch (rule) {
    case "PENDIDIKAN_MIN":
      return pendidikanRank(value) < 0 ? `jenjang "${value}" tidak dikenal (mis. D-III, S1)` : null;
    case "GOLONGAN_MIN":
      return golonganRank(value) < 0 ? `golongan "${value}" tidak dikenal (I/a … IV/e)` : null;
    case "PENGALAMAN_MIN":
      return /^\d+(\.\d+)?$/.test(value) ? null : `"${value}" harus jumlah tahun`;
    case "INSTANSI":
      return value === "" ? "isi teks nama instansi yang disyaratkan" : null;
    case "DOKUMEN":
      return null;
  }
}

export function parseSchemes(
  schemes: RegisterTable,
  units: RegisterTable | null,
  requirements: RegisterTable | null,
  workflowCodes: ReadonlySet<string>,
): { schemes: Map<string, Scheme>; errors: string[] } {
  const s = parseRows(schemes, schemeRow, headersOf(SKEMA));
  const u = units ? parseRows(units, unitRow, headersOf(UNIT_KOMPETENSI)) : { values: [], errors: [] };
  const r = requirements ? parseRows(requirements, requirementRow, headersOf(PERSYARATAN)) : { values: [], errors: [] };
  const errors = [...s.errors, ...u.errors, ...r.errors];
  const result = new Map<string, Scheme>();
  for (const { row, value } of s.values) {
    const code = value["Kode Skema"];
    if (result.has(code)) {
      errors.push(`${locate(schemes, row, "Kode Skema")}: skema "${code}" tercantum dua kali`);
      continue;
    }
    if (!workflowCodes.has(value["Kode Alur"])) {
      errors.push(`${locate(schemes, row, "Kode Alur")}: alur "${value["Kode Alur"]}" tidak ada di register Alur`);
    }
    const schemeUnits = u.values
      .filter((x) => x.value["Kode Skema"] === code)
      .map((x) => ({ number: x.value.No, code: x.value["Kode Unit"], title: x.value["Judul Unit"] }))
      .sort((a, b) => a.number - b.number);
    const schemeRequirements: Requirement[] = [];
    for (const x of r.values.filter((y) => y.value["Kode Skema"] === code)) {
      const rule = x.value.Aturan as RequirementRule;
      const problem = ruleValueProblem(rule, x.value.Nilai);
      if (problem) errors.push(`${locate(requirements!, x.row, "Nilai")}: ${problem}`);
      const normalized = rule === "PENDIDIKAN_MIN" ? (normalizePendidikan(x.value.Nilai) ?? x.value.Nilai)
        : rule === "GOLONGAN_MIN" ? (normalizeGolongan(x.value.Nilai) ?? x.value.Nilai) : x.value.Nilai;
      schemeRequirements.push({
        code: x.value["Kode Syarat"],
        kind: x.value.Jenis as Requirement["kind"],
        description: x.value.Uraian,
        rule,
        value: normalized,
      });
    }
    result.set(code, {
      code,
      name: value["Nama Skema"],
      workflowCode: value["Kode Alur"],
      validityYears: value["Masa Berlaku (tahun)"],
      standard: value["Standar Kompetensi"],
      description: value.Deskripsi,
      testSite: value.TUK,
      active: value.Aktif,
      units: schemeUnits,
      requirements: schemeRequirements,
    });
  }
  for (const { row, value } of [...u.values, ...r.values]) {
    if (!result.has(value["Kode Skema"]) && !s.values.some((x) => x.value["Kode Skema"] === value["Kode Skema"])) {
      const table = u.values.some((x) => x.row === row) ? units! : requirements!;
      errors.push(`${locate(table, row, "Kode Skema")}: skema "${value["Kode Skema"]}" tidak ada di register Skema`);
    }
  }
  return { schemes: result, errors };
}
