// Tried cases of issue 8 about rows and the engine's own columns: pasted IDs, typed-over state, merges, formulas.
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice } from "../../office/libreoffice";
import type { KeyValue, Operation } from "../../office/operations";
import { freshWorkbook, runStart, USERS } from "./harness";
import { caseRow, historyOf, openBook, readRegister, rowsWith } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const id = (value: string): KeyValue => ({ header: "ID Permohonan", value });
const set = (caseId: string, header: string, string: string): Operation => ({ op: "set", sheet: "Permohonan", key: id(caseId), header, string });
const applied = (rows: readonly Record<string, unknown>[]) => rows.filter((r) => r.Hasil === "Diterapkan");
/** Case IDs as the pristine sample has them (PRM-2026-00016 is the row typed without an ID). */
// The sample workbook's IDs, with the finished 2024 case whose certificate nears its expiry.
const SAMPLE_IDS = [...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16].map((n) => `PRM-2026-${String(n).padStart(5, "0")}`), "PRM-2024-00031"];

describe("with a row pasted that keeps its ID", () => {
  it("both rows get a duplicate-ID message and neither moves", async () => {
    const { path } = await freshWorkbook();
    const before = applied(await historyOf(path, "PRM-2026-00001")).length;
    await editWorkbook(path, [
      set("PRM-2026-00001", "Status", "Verifikasi"),
      { op: "copyRow", sheet: "Permohonan", fromKey: id("PRM-2026-00001"), to: 15 },
      { op: "set", sheet: "Permohonan", row: 15, header: "Nama", string: "Rina Kartika (salinan)" },
    ]);
    const run = await runStart(path, USERS.petugas);
    const rows = rowsWith(await readRegister(path, "Permohonan"), "ID Permohonan", "PRM-2026-00001");
    expect(rows, run.output).toHaveLength(2);
    for (const row of rows) {
      expect(String(row["Catatan Validasi"] ?? ""), run.output).toMatch(/dipakai .*lebih dari satu baris|ganda|duplikat/i);
      expect(row["Status Tercatat"]).toBe("Diterima");
    }
    expect(applied(await historyOf(path, "PRM-2026-00001"))).toHaveLength(before);
  });
});

describe("with an engine column typed over", () => {
  it("'Selesai' typed into Status Tercatat of an overdue case is put back from Riwayat, deadlines and Terlambat kept", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [set("PRM-2026-00001", "Status", "Verifikasi")]);
    expect((await runStart(path, USERS.petugas)).code).toBe(0);
    const later = "2026-12-28T03:00:00Z"; // past the 10 working days of Verifikasi
    expect((await runStart(path, USERS.petugas, [], { now: later })).code).toBe(0);
    const overdue = await caseRow(path, "PRM-2026-00001");
    expect(overdue.Penanda).toBe("Terlambat");
    await editWorkbook(path, [set("PRM-2026-00001", "Status Tercatat", "Selesai")]);
    const run = await runStart(path, USERS.petugas, [], { now: later });
    const row = await caseRow(path, "PRM-2026-00001");
    const lastMove = applied(await historyOf(path, "PRM-2026-00001")).at(-1)!;
    expect(row["Status Tercatat"], run.output).toBe(lastMove.Ke);
    expect(row["Status Tercatat"]).toBe("Verifikasi");
    expect(row.Status).toBe("Verifikasi");
    expect(row["Tenggat Langkah"]).toBe(overdue["Tenggat Langkah"]);
    expect(row["Tenggat Layanan"]).toBe(overdue["Tenggat Layanan"]);
    expect(row.Penanda).toBe("Terlambat");
    expect(`${run.output}\n${row["Catatan Validasi"] ?? ""}\n${row["Pesan Langkah"] ?? ""}`).toMatch(/Riwayat/);
  });

  it("a cell merged over an engine column is never written through, and the run reports it", async () => {
    const { path } = await freshWorkbook();
    const note = "Menunggu konfirmasi instansi";
    expect((await caseRow(path, "PRM-2026-00001"))._row).toBe(2);
    // Catatan Petugas (U) merged with Status Tercatat and Status Sejak (V, W) on the case's row.
    await editWorkbook(path, [set("PRM-2026-00001", "Catatan Petugas", note), { op: "merge", sheet: "Permohonan", range: "U2:W2" }, set("PRM-2026-00001", "Status", "Verifikasi")]);
    const run = await runStart(path, USERS.petugas);
    const book = await openBook(path);
    const sheet = book.raw.getWorksheet("Permohonan")!;
    expect(sheet.getCell("U2").value, run.output).toBe(note);
    expect(sheet.getCell("V2").isMerged).toBe(true);
    expect(run.output).toMatch(/digabung|gabungan|merge/i);
  });

  it("a formula typed into Status is kept (not replaced by text) and reported", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [{ op: "set", sheet: "Permohonan", key: id("PRM-2026-00001"), header: "Status", formula: '="Penetapan"' }]);
    const run = await runStart(path, USERS.petugas);
    const row = await caseRow(path, "PRM-2026-00001");
    expect(row.Status, run.output).toMatchObject({ formula: expect.stringContaining("Penetapan") });
    expect(`${run.output}\n${row["Catatan Validasi"] ?? ""}\n${row["Pesan Langkah"] ?? ""}`).toMatch(/rumus/i);
  });
});

describe("with the ID column damaged", () => {
  it("a deleted ID cell of a running case is not renumbered: a message, its history kept", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [set("PRM-2026-00001", "Status", "Verifikasi")]);
    expect((await runStart(path, USERS.petugas)).code).toBe(0);
    const history = await historyOf(path, "PRM-2026-00001");
    expect(applied(history).length).toBeGreaterThanOrEqual(2);
    await editWorkbook(path, [{ op: "set", sheet: "Permohonan", row: 2, header: "ID Permohonan", clear: true }]);
    const run = await runStart(path, USERS.petugas);
    const permohonan = await readRegister(path, "Permohonan");
    const row = permohonan.rows.find((r) => r.Nama === "Rina Kartika, S.Sos.")!;
    expect([null, "PRM-2026-00001"], run.output).toContain(row["ID Permohonan"]);
    expect(permohonan.rows.map((r) => r["ID Permohonan"]).filter((v) => v !== null && !SAMPLE_IDS.includes(String(v)))).toEqual([]);
    expect(applied(await historyOf(path, "PRM-2026-00001"))).toEqual(applied(history));
    expect(`${run.output}\n${row["Catatan Validasi"] ?? ""}`).toMatch(/ID Permohonan/);
  });

  it("an ID cell merged over two rows is reported and neither row is processed", async () => {
    const { path } = await freshWorkbook();
    expect([(await caseRow(path, "PRM-2026-00006"))._row, (await caseRow(path, "PRM-2026-00007"))._row]).toEqual([7, 8]);
    await editWorkbook(path, [
      set("PRM-2026-00006", "Status", "Verifikasi"),
      set("PRM-2026-00007", "Status", "Verifikasi"),
      { op: "set", sheet: "Permohonan", cell: "A8", clear: true },
      { op: "merge", sheet: "Permohonan", range: "A7:A8" },
    ]);
    const run = await runStart(path, USERS.petugas);
    const permohonan = await readRegister(path, "Permohonan");
    const rows = permohonan.rows.filter((r) => r._row === 7 || r._row === 8);
    expect(rows.map((r) => r["Status Tercatat"]), run.output).toEqual(["Diterima", "Diterima"]);
    expect(permohonan.rows.map((r) => r["ID Permohonan"]).filter((v) => v !== null && !SAMPLE_IDS.includes(String(v)))).toEqual([]);
    expect(applied(await historyOf(path, "PRM-2026-00006")).filter((r) => r.Ke === "Verifikasi")).toEqual([]);
    expect(run.output).toMatch(/digabung|gabungan|merge/i);
  });
});
