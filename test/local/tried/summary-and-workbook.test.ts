// Tried cases of issue 8 about what staff see: the run's summary, the audit trail's reasons, dropdowns in the workbook.
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { readWithExcelJs } from "../../office/exceljs-read";
import { closeLibreOffice, libreOfficeAvailable, readWithLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { freshWorkbook, pristineWorkbook, runStart, USERS } from "./harness";
import { historyOf } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const key = (value: string) => ({ header: "ID Permohonan", value });
const set = (caseId: string, header: string, string: string): Operation => ({ op: "set", sheet: "Permohonan", key: key(caseId), header, string });
/** The sample workflow's states in the order of Alur's Urutan column. */
const WORKFLOW_ORDER = ["Diterima", "Dikembalikan", "Verifikasi", "Perencanaan", "Uji Kompetensi", "Rapat Hasil", "Penetapan", "Penerbitan Sertifikat", "Penyerahan", "Selesai", "Ditolak", "Dibatalkan"];

/** The states listed under "Permohonan per tahap", in the order printed. */
function statesListed(output: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((l) => /Permohonan per tahap/.test(l));
  const listed: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+(\S.*?)\s+\d+\s*$/.exec(line);
    if (!match) break;
    listed.push(match[1]!);
  }
  return listed;
}

describe("with the run's summary", () => {
  it("names each refused move with its reason", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [set("PRM-2026-00001", "Status", "Penetapan")]);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(0);
    const line = run.output.split("\n").find((l) => l.includes("PRM-2026-00001") && /Penetapan/.test(l)) ?? "";
    expect(line, run.output).toMatch(/tidak boleh|langkah yang boleh/i);
  });

  it("lists 'Permohonan per tahap' in the workflow's order (Diterima, Dikembalikan, Verifikasi, …)", async () => {
    const { path } = await freshWorkbook();
    const run = await runStart(path, USERS.admin);
    const listed = statesListed(run.output);
    expect(listed.length, run.output).toBeGreaterThanOrEqual(5);
    expect(listed).toEqual(WORKFLOW_ORDER.filter((s) => listed.includes(s)));
  });
});

describe("with a dossier returned to the applicant", () => {
  it("Riwayat records the return's reason (the Catatan Petugas text) on the move to Dikembalikan", async () => {
    const { path } = await freshWorkbook();
    const reason = "Pasfoto 3x4 latar merah belum dilampirkan";
    await editWorkbook(path, [set("PRM-2026-00001", "Catatan Petugas", reason), set("PRM-2026-00001", "Status", "Dikembalikan")]);
    const run = await runStart(path, USERS.petugas);
    const move = (await historyOf(path, "PRM-2026-00001")).find((r) => r.Ke === "Dikembalikan" && r.Hasil === "Diterapkan");
    expect(move, run.output).toBeDefined();
    expect(String(move!.Keterangan ?? "")).toContain(reason);
  });
});

describe("with the sample workbook as `npm start` makes it", () => {
  it("has dropdowns (data validation) on Status, Golongan, Pendidikan Terakhir, Rekomendasi Asesor and Pengguna's Peran", async () => {
    const path = await pristineWorkbook();
    const read = libreOfficeAvailable() ? await readWithLibreOffice(path, ["Permohonan", "Pengguna"]) : await readWithExcelJs(path, ["Permohonan", "Pengguna"]);
    const permohonan = read.sheets.Permohonan!.validation;
    for (const header of ["Status", "Golongan", "Pendidikan Terakhir", "Rekomendasi Asesor"]) {
      expect(permohonan[header]?.type, header).toBe("LIST");
    }
    expect(read.sheets.Pengguna!.validation.Peran?.type).toBe("LIST");
  });
});
