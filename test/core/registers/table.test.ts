import { describe, expect, it } from "vitest";
import { integerIn, requiredText, textCell } from "../../../apps-script/core/registers/cells";
import { SKEMA } from "../../../apps-script/core/registers/catalog";
import { headersOf } from "../../../apps-script/core/registers/schema";
import { parseRows, RegisterTable } from "../../../apps-script/core/registers/table";
import type { CellValue } from "../../../apps-script/core/ports";

const NIK = "3174015502900002";
const skema = (rows: CellValue[][]) => new RegisterTable(SKEMA, { name: SKEMA.name, headers: headersOf(SKEMA).slice(0, 4), rows });
const shape = { "Kode Skema": requiredText, "Nama Skema": requiredText, "Kode Alur": textCell, "Masa Berlaku (tahun)": integerIn(1, 20, true) };

describe("parseRows", () => {
  it("gives one message per bad cell and keeps the good cells of a rejected row", () => {
    const parsed = parseRows(skema([["S-1", "", "A", "tiga"], ["S-2", "Dua", "A", 3]]), shape);
    expect(parsed.errors).toEqual([
      "Skema baris 2 (S-1), kolom Nama Skema: wajib diisi",
      'Skema baris 2 (S-1), kolom Masa Berlaku (tahun): "tiga" bukan bilangan bulat',
    ]);
    expect(parsed.values.map((v) => v.value["Kode Skema"])).toEqual(["S-2"]);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rejected[0]!.value).toEqual({ "Kode Skema": "S-1", "Kode Alur": "A" });
    expect([...parsed.rejected[0]!.bad]).toEqual(["Nama Skema", "Masa Berlaku (tahun)"]);
  });

  it("reports a control character in any cell, even one no rule checks, naming it", () => {
    const parsed = parseRows(skema([["S-1", "Satu", "A\u0007", 3]]), shape);
    expect(parsed.errors).toEqual(["Skema baris 2 (S-1), kolom Kode Alur: berisi karakter kendali U+0007; hapus karakter itu"]);
  });

  it("never echoes a NIK pasted into a key or a checked cell", () => {
    const parsed = parseRows(skema([[NIK, "Satu", "A", NIK]]), shape);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).not.toContain(NIK);
    expect(parsed.errors[0]).toContain("[angka disamarkan]");
  });
});
