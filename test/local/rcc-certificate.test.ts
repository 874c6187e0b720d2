// The RCC assessor certificate in the local product: on the sample workbook a participant is
// reviewed, found competent with the number of the old certificate typed, and the head approves
// the drafted certificate in Surat; the run records it in Sertifikat with Menggantikan, says once
// in its summary that the old number is not in the register, and writes the letter's file.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";

const NOW = "2026-11-20T03:00:00Z"; // Friday 10:00 WIB
const PARTICIPANT = "PRC-2026-00003"; // Yohanes Tanjung, APL.02.RCC filled in
const OLD = "MET.000.007788 2023";

/** Staff edit cells of one row, found by its ID in the first column, in the .xlsx file. */
async function edit(path: string, tab: string, id: string, values: Record<string, ExcelJS.CellValue>): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(tab)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  let found = false;
  sheet.eachRow((row, n) => {
    if (n === 1 || row.getCell(1).value !== id) return;
    found = true;
    for (const [header, value] of Object.entries(values)) row.getCell(headers.indexOf(header) + 1).value = value;
  });
  if (!found) throw new Error(`${id} not in ${tab}`);
  await book.xlsx.writeFile(path);
}

async function rows(path: string, tab: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(tab)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe("an RCC participant's certificate in the local run", () => {
  it("is drafted on Kompeten, recorded on the head's approval with the old number as Menggantikan, and reported once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sertifikasi-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock(NOW) });
    expect((await rows(path, "Peserta RCC"))[0]).toHaveProperty("Nomor Sertifikat Lama");

    await edit(path, "Peserta RCC", PARTICIPANT, { Status: "Dikaji MA Penguji" });
    await runLocalJob({ path, actorEmail: "verifikator@contoh.go.id", clock: fixedClock("2026-11-23T02:00:00Z") });
    await edit(path, "Peserta RCC", PARTICIPANT, { Status: "Kompeten", "Nomor Registrasi Asesor": "MET.000.004321 2026", "Nomor Sertifikat Lama": OLD });
    const decided = await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-24T02:00:00Z") });
    expect(decided.summary.movesApplied).toBe(1);
    const drafted = (await rows(path, "Surat")).find((r) => r["Jenis Surat"] === "SERTIFIKAT_ASESOR")!;
    expect(drafted["ID Permohonan"]).toBe(PARTICIPANT);
    const code = String(drafted["Kode Verifikasi"]);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    await edit(path, "Surat", String(drafted["ID Surat"]), { "Status Surat": "Disetujui" });
    const approved = await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-25T02:00:00Z") });
    const letter = (await rows(path, "Surat")).find((r) => r["ID Surat"] === drafted["ID Surat"])!;
    const number = String(letter["Nomor Surat"]);
    expect(letter["Status Surat"]).toBe("Disetujui");
    const certificate = (await rows(path, "Sertifikat")).find((r) => r["Nomor Sertifikat"] === number)!;
    expect(certificate).toMatchObject({
      "Kode Verifikasi": code, "Nama Pemegang": "Yohanes Tanjung", "Kode Skema": "ASKOM", "Nama Skema": "Asesor Kompetensi",
      Status: "Aktif", "ID Kasus": PARTICIPANT, Menggantikan: OLD,
    });
    const note = `Sertifikat ${number} menggantikan ${OLD}, yang tidak ada di tab Sertifikat`;
    expect(approved.letters.lines.filter((l) => l.startsWith(note))).toHaveLength(1);
    expect(existsSync(join(dir, "surat"))).toBe(true);

    const again = await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-26T02:00:00Z") });
    expect(again.letters.lines.join("\n")).not.toContain(OLD);
    expect((await rows(path, "Sertifikat")).filter((r) => r["Nomor Sertifikat"] === number)).toHaveLength(1);
  });
});
