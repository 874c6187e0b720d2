// "Siapkan / perbarui register": builds every tab on an empty spreadsheet, upgrades a filled one
// without losing anything, and resumes when the execution time runs out.
import { describe, expect, it } from "vitest";
import { isBlankCell, plainOfCell } from "./fake/cells";
import { GasRuntime } from "./harness";
import { STAFF, addApplications, application, expectOk, newOffice, put } from "./office";

const REGISTERS = ["Permohonan", "Riwayat", "Surat", "Skema", "Unit Kompetensi", "Persyaratan", "Asesor", "TUK", "Pengguna", "Alur", "Alur Transisi", "Libur", "Pengaturan"];

/** Every non-blank cell of every tab, as plain values. */
function allCells(rt: GasRuntime): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of rt.store.spreadsheet.sheets) {
    sheet.rows.forEach((line, r) => line?.forEach((cell, c) => {
      if (!isBlankCell(cell)) cells.set(`${sheet.name}!R${r + 1}C${c + 1}`, plainOfCell(cell));
    }));
  }
  return cells;
}

describe("on an empty spreadsheet", () => {
  it("creates every register with headers, frozen header, formats, dropdowns, protection and colours", async () => {
    const rt = await newOffice({ installTriggers: false });
    for (const name of REGISTERS) expect(rt.sheet(name).frozenRows).toBe(1);
    const sheet = rt.sheet("Permohonan");
    const col = (h: string) => rt.column("Permohonan", h);
    expect(sheet._formatAt(2, col("NIP"))).toBe("@");
    expect(sheet._formatAt(500, col("NIK"))).toBe("@");
    expect(sheet._formatAt(2, col("Tanggal Permohonan"))).toBe("dd/mm/yyyy");
    expect(sheet.columnWidths.get(col("Nama"))).toBe(220);
    expect(sheet.notes.get(`1:${col("NIP")}`)).toMatch(/18 digit/);

    const validation = (h: string) => sheet._range(2, col(h), 1, 1).getDataValidation()!;
    expect(validation("Golongan").getCriteriaValues()[0]).toContain("II/b");
    const schemeSource = validation("Kode Skema").getCriteriaValues()[0] as { sheet: { name: string }; getA1Notation(): string };
    expect(schemeSource.sheet.name).toBe("Skema");
    const statusSource = validation("Status").getCriteriaValues()[0] as { sheet: { name: string } };
    expect(statusSource.sheet.name).toBe("Alur");

    expect(sheet.cfRules.map((r) => r.formula).join(" ")).toMatch(/Terlambat.*Segera.*Jam Berhenti.*LEN/);
    expect(() => rt.edit(STAFF.petugas, "Permohonan", 2, col("Tenggat Layanan"), [["2030-01-01"]])).toThrow(/protected/);
    expect(() => rt.edit(STAFF.petugas, "Permohonan", 2, col("Nama"), [["Budi"]])).not.toThrow();
    expect(() => rt.edit(STAFF.petugas, "Riwayat", 2, 1, [["palsu"]])).toThrow(/protected/);
  });
});

describe("on a filled spreadsheet", () => {
  it("runs again without losing or duplicating anything, and adds a missing column", async () => {
    const rt = await newOffice({ installTriggers: false });
    addApplications(rt, [application(0), application(1)]);
    const permohonan = rt.sheet("Permohonan");
    // An older version of the register: an engine column is missing and staff use its place for their own.
    const lastColumn = permohonan.getLastColumn();
    const engineColumn = rt.column("Permohonan", "Diperiksa Mesin");
    put(rt, "Permohonan", 1, engineColumn, [["Kolom Staf"]]);
    put(rt, "Permohonan", 2, engineColumn, [["catatan sendiri"]]);
    permohonan.setColumnWidth(rt.column("Permohonan", "Nama"), 400);
    const before = allCells(rt);
    const protections = permohonan.protections.filter((p) => !p.removed).length;
    const rules = permohonan.cfRules.length;

    expectOk(rt.menu("menuSetup"), "second set-up");

    const after = allCells(rt);
    for (const [key, value] of before) expect(after.get(key), key).toEqual(value);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added).toEqual([`Permohonan!R1C${lastColumn + 1}`]);
    expect(rt.sheet("Permohonan")._plain(1, lastColumn + 1)).toBe("Diperiksa Mesin");
    // The new column joins the engine block at the end (after ID Jawaban Formulir): protected, no new protection.
    expect(permohonan.protections.filter((p) => !p.removed).length).toBe(protections);
    expect(permohonan.protections.some((p) => !p.removed && p.blocks("petugas@bkpsdm.go.id", 2, lastColumn + 1))).toBe(true);
    expect(permohonan.cfRules.length).toBe(rules);
    expect(permohonan.columnWidths.get(rt.column("Permohonan", "Nama"))).toBe(400);
  });
});

describe("when the execution time runs out", () => {
  it("stops between tabs, schedules itself, and finishes in the next execution", async () => {
    const rt = await GasRuntime.create();
    rt.open();
    rt.store.callCostMs = 600; // ~950 calls would take 9.5 minutes in one go
    const first = rt.menu("menuSetup");
    expect(first.ok).toBe(true);
    expect(rt.store.alerts.at(-1)).toMatch(/dilanjutkan otomatis/);
    expect(rt.store.triggers.filter((t) => t.handler === "resumeJobs")).toHaveLength(1);

    let rounds = 0;
    while (rt.store.properties.document.has("sertifikasi.job.setup") && rounds < 5) {
      rounds += 1;
      for (const run of rt.runDueOneOffTriggers(60_000)) expect(run.error).toBeNull();
    }
    expect(rt.store.properties.document.has("sertifikasi.job.setup")).toBe(false);
    expect(rt.store.triggers.filter((t) => t.handler === "resumeJobs" && !rt.store.firedTriggers.has(t.id))).toHaveLength(0);
    expect(rt.sheet("Pengaturan").frozenRows).toBe(1);
    expect(rt.sheet("Permohonan").cfRules).toHaveLength(4);
  });
});
