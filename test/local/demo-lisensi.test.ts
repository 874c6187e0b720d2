// The Lisensi LSP samples on the first `npm start` (in-process, fixed clock): LKS closed on day 16
// goes to Diskresi Pleno and on day 15 to Panel Teknis, by the engine, and the moves staff asked
// for draft their letters; nothing of the family is refused or rewritten from Riwayat.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { RIWAYAT, SURAT } from "../../apps-script/core/registers/catalog";
import { cellText } from "../../apps-script/core/registers/cells";
import { readRegister } from "../../apps-script/core/registers/table";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main } from "../../sync/local/main";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";

vi.setConfig({ testTimeout: 120_000 });

async function firstRun(now: string) {
  const path = join(mkdtempSync(join(tmpdir(), "demo-lisensi-")), "sertifikasi.xlsx");
  const io: CliIo = { out: () => {}, err: () => {}, interactive: false, ask: async () => "" };
  expect(await runCommand(main, ["--berkas", path, "--buat"], { SERTIFIKASI_SEKARANG: now }, io, "")).toBe(0);
  return (await XlsxWorkbookFile.open(path)).workbook;
}

describe.each([
  ["a Friday morning", "2026-11-20T03:00:00Z"],
  ["the Monday after Idulfitri", "2026-03-30T00:30:00Z"],
])("the Lisensi LSP samples on a first run on %s", (_when, now) => {
  it("route the LKS by the day it closed, draft the letters asked for, and agree with their history", async () => {
    const workbook = await firstRun(now);
    const year = now.slice(0, 4);
    const lis = (n: number) => `LIS-${year}-${String(n).padStart(5, "0")}`;
    const audit = readRegister(workbook, RIWAYAT)!.rows.filter((r) => cellText(r.get("ID Permohonan")).startsWith("LIS-"));
    const last = (n: number) => audit.filter((r) => cellText(r.get("ID Permohonan")) === lis(n)).at(-1)!;
    const fields = (r: (typeof audit)[number]) => ({ Dari: cellText(r.get("Dari")), Ke: cellText(r.get("Ke")), Oleh: cellText(r.get("Oleh")), Keterangan: cellText(r.get("Keterangan")) });

    expect(audit.filter((r) => cellText(r.get("Hasil")) !== "Diterapkan").map(fields)).toEqual([]);
    expect(fields(last(5))).toMatchObject({ Dari: "LKS Ditutup", Ke: "Diskresi Pleno", Oleh: "mesin", Keterangan: expect.stringContaining("16 hari kalender (> 15)") });
    expect(fields(last(6))).toMatchObject({ Dari: "LKS Ditutup", Ke: "Panel Teknis", Oleh: "mesin", Keterangan: expect.stringContaining("15 hari kalender (<= 15)") });
    expect(fields(last(1))).toMatchObject({ Dari: "", Ke: "Pemeriksaan Apresiasi", Oleh: "mesin" });

    const drafted = readRegister(workbook, SURAT)!.rows.filter((r) => cellText(r.get("ID Permohonan")).startsWith("LIS-"))
      .map((r) => [cellText(r.get("ID Permohonan")), cellText(r.get("Jenis Surat"))]);
    expect(drafted.sort()).toEqual([
      [lis(2), "UNDANGAN_LISENSI"], [lis(4), "SURAT_TUGAS_ASESMEN_LISENSI"], [lis(7), "SERTIFIKAT_LISENSI"], [lis(7), "SK_LISENSI"],
      [lis(8), "PENOLAKAN_LISENSI"], [lis(9), "SURAT_TUGAS_PENYAKSIAN"],
    ]);
  });
});
