// Breaking one configuration cell gives exactly one message, naming that row and column: no
// follow-on messages from rows that name the broken one.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import type { CellValue } from "../../../apps-script/core/ports";
import { ALUR, ALUR_TRANSISI, ASESOR, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, SKEMA, TUK, UNIT_KOMPETENSI } from "../../../apps-script/core/registers/catalog";
import type { ColumnDef, RegisterDef } from "../../../apps-script/core/registers/schema";
import { makeOffice } from "../../factories";
import { officeWithCell, rowWhere, sampleCell } from "../registers/office-edits";

const LETTERS = new Set<string>(LETTER_TYPE_CODES);
const messagesOf = (workbook: ReturnType<typeof makeOffice>) => {
  const config = loadConfig(workbook, LETTERS);
  return [...config.errors, ...config.warnings];
};

/** Values a column of this type refuses, beyond a control character (which every column refuses). */
function badValues(column: ColumnDef): CellValue[] {
  const values: CellValue[] = [];
  if (column.required && column.type !== "yesno") values.push(null);
  if (column.type === "integer") values.push("x");
  if (column.type === "yesno") values.push("mungkin");
  if (column.type === "choice") values.push("Lain-lain");
  if (column.type === "date") values.push("kemarin");
  if (column.type === "email") values.push("rina@contoh..go.id");
  return values;
}

/** The row broken in each register: one that other rows refer to, where there is one. */
const TARGETS: [RegisterDef, number, Record<string, CellValue[]>][] = [
  [ALUR, rowWhere("Alur", "Status", "Verifikasi"), { "SLA (hari kerja)": [400, -3], "Dihitung Dari": ["Tanggal Lahir"], Urutan: [1] }],
  [ALUR_TRANSISI, 0, { Dari: ["Entah"], Ke: ["Entah"], Peran: ["Lurah", "Petugas, Lurah, Camat"], Syarat: ["CUACA_CERAH"], "Wajib Diisi": ["Golongan Darah"], Surat: ["SURAT_CINTA"], "Kode Alur": ["ALUR_LAIN"] }],
  [SKEMA, 0, { "Kode Alur": ["ALUR_LAIN"], "Masa Berlaku (tahun)": [0] }],
  // Row 1 (sheet row 3) made a twin of row 0: the later row is the one reported.
  [UNIT_KOMPETENSI, 1, { No: [1], "Kode Unit": [String(sampleCell("Unit Kompetensi", 0, "Kode Unit"))], "Kode Skema": ["SKEMA-LAIN"] }],
  [PERSYARATAN, rowWhere("Persyaratan", "Aturan", "PENDIDIKAN_MIN"), { Nilai: ["Pesantren"], "Kode Skema": ["SKEMA-LAIN"] }],
  [PENGGUNA, 0, { Email: ["rina@", ".rina@contoh.go.id", "rina@-contoh.go.id"] }],
  [LIBUR, 0, {}],
  [PENGATURAN, rowWhere("Pengaturan", "Kunci", "Zona Waktu"), { Nilai: ["Mars/Olympus", null] }],
  [ASESOR, 0, { Email: ["asesor@contoh"] }],
  [TUK, 0, {}],
];

const cases = TARGETS.flatMap(([def, row, extra]) =>
  def.columns.flatMap((column) => {
    const current = sampleCell(def.name, row, column.header);
    const control = `${current === null ? "Teks" : String(typeof current === "object" ? current.date : current)}\u0007`;
    return [control, ...badValues(column), ...(extra[column.header] ?? [])].map((value) => [def.name, row, column.header, value] as const);
  }),
);

describe("the shipped configuration", () => {
  it("loads without a message", () => {
    expect(messagesOf(makeOffice())).toEqual([]);
  });
});

describe("with one configuration cell broken", () => {
  it("covers every column of every configuration register", () => {
    const covered = new Set(cases.map(([tab, , header]) => `${tab}!${header}`));
    for (const [def] of TARGETS) for (const c of def.columns) expect(covered).toContain(`${def.name}!${c.header}`);
    expect(cases.length).toBeGreaterThan(80);
  });

  it.each(cases)("%s row %i, %s = %j: exactly one message, naming row and column", (tab, row, header, value) => {
    const messages = messagesOf(officeWithCell(tab, row, header, value));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${tab} baris ${row + 2}\\b`));
    expect(messages[0]).toContain(`kolom ${header}:`);
    expect(messages[0]).not.toMatch(/[\u0000-\u0008]/);
  });
});
