// Tried cases of issue 8 about the workbook's structure: deleted or renamed tabs and headers, bad workflow cells.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { freshWorkbook, runStart, USERS } from "./harness";
import { openBook } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

/** The lines of the "Konfigurasi belum sah" list in a run's output. */
function configMessages(output: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((l) => /Konfigurasi belum sah/.test(l));
  if (start < 0) return [];
  const list: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s+- /.test(line)) list.push(line.trim().slice(2));
    else if (list.length > 0 || line.trim() !== "") break;
  }
  return list;
}

const MOVE: Operation = { op: "set", sheet: "Permohonan", key: { header: "ID Permohonan", value: "PRM-2026-00001" }, header: "Status", string: "Verifikasi" };

/** A fresh workbook edited as staff did, then one run with a pending move (so a silent run would write). */
async function editedRun(operations: readonly Operation[], as: string = USERS.petugas) {
  const ws = await freshWorkbook();
  await editWorkbook(ws.path, [MOVE, ...operations]);
  const bytes = readFileSync(ws.path);
  const names = (await openBook(ws.path)).names;
  const run = await runStart(ws.path, as);
  return { ...ws, bytes, names, run, unchanged: () => readFileSync(ws.path).equals(bytes) };
}

describe("with a register tab deleted or renamed", () => {
  const cases = [
    { what: "Permohonan deleted", ops: [{ op: "deleteSheet", sheet: "Permohonan" }], tab: "Permohonan" },
    { what: "Permohonan renamed to 'Permohonan 2026'", ops: [{ op: "renameSheet", sheet: "Permohonan", to: "Permohonan 2026" }], tab: "Permohonan" },
    { what: "Alur deleted (the office's own workflow gone)", ops: [{ op: "deleteSheet", sheet: "Alur" }], tab: "Alur" },
    { what: "Alur Transisi deleted", ops: [{ op: "deleteSheet", sheet: "Alur Transisi" }], tab: "Alur Transisi" },
    { what: "Pengaturan deleted", ops: [{ op: "deleteSheet", sheet: "Pengaturan" }], tab: "Pengaturan" },
    { what: "Riwayat deleted", ops: [{ op: "deleteSheet", sheet: "Riwayat" }], tab: "Riwayat" },
  ] as const;
  it.each(cases)("$what: exit 2 naming the tab, nothing recreated, the file unchanged", async ({ ops, tab }) => {
    const { run, unchanged, path, names } = await editedRun(ops as readonly Operation[]);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toMatch(new RegExp(`(tab|register|lembar)[^\\n]*${tab}|${tab}[^\\n]*(tidak ada|hilang|tidak ditemukan)`, "i"));
    expect(unchanged()).toBe(true);
    expect((await openBook(path)).names).toEqual(names);
  });

  it("Alur deleted: a Petugas cannot make a move the office had limited to Verifikator", async () => {
    // The office limits Diterima → Verifikasi to Verifikator, then the Alur tab is deleted.
    const { run, path } = await editedRun([
      { op: "set", sheet: "Alur Transisi", row: 2, header: "Peran", string: "Verifikator" },
      { op: "deleteSheet", sheet: "Alur" },
    ]);
    expect(run.code, run.output).not.toBe(0);
    const permohonan = (await openBook(path)).register("Permohonan")!;
    expect(permohonan.rows.find((r) => r["ID Permohonan"] === "PRM-2026-00001")!["Status Tercatat"]).toBe("Diterima");
  });
});

describe("with a header renamed", () => {
  it("'Nama' renamed to 'Nama Lengkap': a 'column missing' message, exit 2, no column appended", async () => {
    const { run, path, unchanged } = await editedRun([{ op: "set", sheet: "Permohonan", cell: "C1", string: "Nama Lengkap" }]);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toMatch(/kolom .*tidak ada/i);
    expect(run.output).toMatch(/Nama/);
    expect(run.output).not.toMatch(/wajib diisi/);
    const headers = (await openBook(path)).register("Permohonan")!.headers;
    expect(headers.filter((h) => h === "Nama")).toEqual([]);
    expect(unchanged()).toBe(true);
  });

  it("a staff header typed as '  nip  ' (not bold) is never rewritten or made bold", async () => {
    const { path } = await editedRun([
      { op: "set", sheet: "Permohonan", cell: "D1", string: "  nip  " },
      { op: "format", sheet: "Permohonan", range: "D1", bold: false },
    ]);
    const cell = (await openBook(path)).raw.getWorksheet("Permohonan")!.getCell("D1");
    expect(cell.value).toBe("  nip  ");
    expect(Boolean(cell.font?.bold)).toBe(false);
  });
});

describe("with one bad cell in the workflow definition", () => {
  it("a bad SLA cell ('sepuluh'): exactly one configuration message naming its row and column, exit 2", async () => {
    const { run } = await editedRun([{ op: "set", sheet: "Alur", key: { header: "Status", value: "Verifikasi" }, header: "SLA (hari kerja)", string: "sepuluh" }]);
    expect(run.code, run.output).toBe(2);
    const messages = configMessages(run.output);
    expect(messages, run.output).toHaveLength(1);
    expect(messages[0]).toMatch(/Alur baris 4\b.*SLA \(hari kerja\)/);
  });

  it("an unknown role in Alur Transisi ('Lurah'): one message, no false follow-ons", async () => {
    const { run } = await editedRun([{ op: "set", sheet: "Alur Transisi", row: 7, header: "Peran", string: "Lurah" }]);
    expect(run.code, run.output).toBe(2);
    const messages = configMessages(run.output);
    expect(messages, run.output).toHaveLength(1);
    expect(messages[0]).toMatch(/Alur Transisi baris 7\b.*Peran.*Lurah/);
  });
});
