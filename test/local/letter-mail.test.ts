// An approved letter e-mailed in the local run: the head's run numbers it and prints its PDF
// (Chromium); the next run queues it in Kotak Surel for the case's address and writes the .eml
// with that PDF attached (parsed here: the attachment's bytes are the PDF's), and "Surel
// Terkirim" on the letter. Needs Chromium for the PDF, as the letters' flow test does.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHROMIUM_PATH } from "../../sync/letters/chromium";
import { EML_FOLDER } from "../../sync/local/eml-outbox";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";

async function rows(path: string, sheetName: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

async function edit(path: string, sheetName: string, id: string, header: string, value: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value === id) row.getCell(headers.indexOf(header)).value = value;
  });
  await book.xlsx.writeFile(path);
}

/** The base64 body of the .eml's application/pdf part, decoded, with its file name. */
function pdfPart(eml: string): { filename: string; bytes: Buffer } {
  const text = eml.replace(/\r\n/g, "\n");
  const boundary = /boundary="?([^";\n]+)"?/i.exec(text)?.[1];
  if (!boundary) throw new Error("not a multipart message");
  const part = text.split(`--${boundary}`).find((p) => /content-type:\s*application\/pdf/i.test(p));
  if (!part) throw new Error("no PDF part");
  const [head, ...body] = part.replace(/^\n/, "").split("\n\n");
  return { filename: /filename="?([^";\n]+)"?/i.exec(head!)?.[1] ?? "", bytes: Buffer.from(body.join("").replace(/\s+/g, ""), "base64") };
}

describe("an approved letter by e-mail in the local run", () => {
  it.skipIf(!existsSync(CHROMIUM_PATH))("is written as an .eml with its PDF attached, once, and Surel Terkirim is filled", async () => {
    const dir = mkdtempSync(join(tmpdir(), "surel-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
    await edit(path, "Permohonan", "PRM-2026-00001", "Status", "Verifikasi");
    await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-20T04:00:00Z") });
    const receipt = (await rows(path, "Surat")).find((r) => r["ID Permohonan"] === "PRM-2026-00001" && r["Jenis Surat"] === "TANDA_TERIMA")!;
    const id = String(receipt["ID Surat"]);
    await edit(path, "Surat", id, "Status Surat", "Disetujui");
    await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-23T02:00:00Z") });
    const numbered = (await rows(path, "Surat")).find((r) => r["ID Surat"] === id)!;
    const pdfPath = fileURLToPath(String(numbered["Tautan PDF"]));
    expect(existsSync(pdfPath)).toBe(true);
    const emlBefore = existsSync(join(dir, "surat", EML_FOLDER)) ? readdirSync(join(dir, "surat", EML_FOLDER)) : [];

    const next = await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-23T03:00:00Z") });
    const outbox = (await rows(path, "Kotak Surel")).filter((r) => r["Kunci"] === `SURAT:${id}`);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ Kepada: "rina.kartika@contoh.go.id", "Status Kirim": "Terkirim", Lampiran: id });
    expect((await rows(path, "Surat")).find((r) => r["ID Surat"] === id)!["Surel Terkirim"]).toBeInstanceOf(Date);
    const written = next.mails ?? [];
    const letterEmls = written.filter((p) => !emlBefore.includes(p.split("/").at(-1)!)).map((p) => readFileSync(p, "utf8")).filter((eml) => eml.includes("application/pdf"));
    expect(letterEmls).toHaveLength(1); // not in the approving run: its PDF was the draft's until printed again
    const { filename, bytes } = pdfPart(letterEmls[0]!);
    expect(filename).toBe(`${id}.pdf`);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.equals(readFileSync(pdfPath))).toBe(true);

    // The run after sends it no more.
    const again = await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-24T03:00:00Z") });
    expect((again.mails ?? []).map((p) => readFileSync(p, "utf8")).filter((eml) => eml.includes(`${id}.pdf`))).toEqual([]);
  }, 180_000);
});
