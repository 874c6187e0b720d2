// A file LibreOffice wrote, edited by us, opened again by LibreOffice: no repair, same values.
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dateCell } from "../../../apps-script/core/ports";
import { PERMOHONAN, RIWAYAT } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { newWorkbookBytes } from "../../../sync/local/xlsx/new-workbook";
import { XlsxWorkbookFile } from "../../../sync/local/xlsx-workbook";
import { makeApplication, makeOffice } from "../../factories";
import { tempFile } from "./fixtures";
import { convertWithLibreOffice, hasLibreOffice } from "./libreoffice";

const replaceFile = async (path: string, data: Uint8Array) => writeFileSync(path, data);

describe.skipIf(!hasLibreOffice)("a LibreOffice workbook after our save", () => {
  it("converts again without error and LibreOffice reads what we wrote", async () => {
    const office = makeOffice(Array.from({ length: 12 }, (_, i) => makeApplication({ "ID Permohonan": `PRM-2026-${String(i + 1).padStart(5, "0")}`, Nama: `Peserta ${i + 1}` })));
    const tables = office.tableNames().filter((n) => n !== "Hasil Asesmen").map((n) => office.readTable(n)!);
    const base = tempFile(convertWithLibreOffice(tempFile(await newWorkbookBytes(tables)), "xlsx"), "dari-lo.xlsx");

    const file = await XlsxWorkbookFile.open(base, { replaceFile });
    file.workbook.applyChanges([
      {
        table: PERMOHONAN.name,
        patches: [
          { id: "PRM-2026-00001", rowHint: 0, values: { "Status Sejak": dateCell("2026-11-20" as LocalDate), "Catatan Validasi": "Nama: berisi karakter kendali\u0007 _x0041_", "Hari Jeda": 3 } },
          { id: "PRM-2026-00005", rowHint: 4, values: { "Diperiksa Mesin": dateCell("2026-11-20" as LocalDate, 615), Penanda: "Terlambat" } },
        ],
        appends: [{ "ID Permohonan": "PRM-2026-00013", Nama: "Baru & <Sekali>", "Tanggal Permohonan": dateCell("2026-11-19" as LocalDate) }],
      },
      { table: RIWAYAT.name, patches: [], appends: [{ "ID Riwayat": "RWY-1", Waktu: dateCell("2026-11-20" as LocalDate, 600), Hasil: "Diterapkan", Keterangan: "dicatat" }] },
    ]);
    file.workbook.ensureTable("Hasil Asesmen", ["ID Permohonan", "Kode Unit", "Hasil"]);
    expect(await file.save()).toBeGreaterThan(0);
    const ours = await XlsxWorkbookFile.open(base);

    const reopened = tempFile(convertWithLibreOffice(base, "xlsx"), "lagi.xlsx");
    const theirs = await XlsxWorkbookFile.open(reopened);
    for (const name of ours.workbook.tableNames()) {
      expect(theirs.workbook.readTable(name)?.rows, name).toEqual(ours.workbook.readTable(name)!.rows);
    }
    const row = ours.workbook.readTable(PERMOHONAN.name)!;
    expect(row.rows[0]![row.headers.indexOf("Catatan Validasi")]).toBe("Nama: berisi karakter kendali\u0007 _x0041_");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(base);
    expect(book.worksheets.map((w) => w.name)).toContain("Hasil Asesmen");
  });
});
