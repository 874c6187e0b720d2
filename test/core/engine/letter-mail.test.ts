// Approved letters e-mailed with their PDF: whether (Pengaturan "Kirim Surel <JENIS>" yes/no, else
// the kind's default), to whom (the case's e-mail column), once per letter whatever the runs, a
// case without an address shown and not queued, the PDF passed by reference and "Surel Terkirim"
// written on the letter when sent.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { letterMailed, letterMailLines, letterMailSettingRows, queueLetterMails } from "../../../apps-script/core/engine/letter-mail";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import { sendOutbox } from "../../../apps-script/core/engine/outbox-send";
import { ensureCaseRegisters } from "../../../apps-script/core/engine/setup";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { MailMessage, MailSender } from "../../../apps-script/core/ports";
import { PERMOHONAN, SURAT } from "../../../apps-script/core/registers/catalog";
import { readRegister } from "../../../apps-script/core/registers/table";
import { append, at, rowsOf } from "../../case-factories";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../../factories";
import { officeWithCell, rowWhere } from "../registers/office-edits";

const letter = (n: number, type: string, caseId: string, extra: Record<string, unknown> = {}) => ({
  "ID Surat": `SRT-00000${n}`, "Jenis Surat": type, Perihal: `Perihal ${n}`, Tujuan: "Sdr. Rina Kartika (Pemerintah Provinsi DKI Jakarta)", "ID Permohonan": caseId,
  "Status Surat": "Disetujui", "Nomor Surat": `800/${n}/BPSDM/XI/2026`, "Tanggal Surat": at("2026-11-20"), "Tautan Dokumen": `file:///surat/${n}.html`,
  "Tautan PDF": `file:///surat/${n}.pdf`, ...extra,
});

/** The sample office (or one with a cell changed) with two applications, the second without an address, and these letters. */
function office(letters: Record<string, unknown>[], workbook: MemoryWorkbook = makeOffice()): MemoryWorkbook {
  append(workbook, PERMOHONAN.name, [makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Email: "" })] as never);
  append(workbook, SURAT.name, letters as never);
  return workbook;
}

function sender(): MailSender & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, remainingQuota: () => 100, send: (m) => void sent.push(m) };
}

function run(workbook: MemoryWorkbook, mail = sender(), date = "2026-11-23") {
  const deps = { workbook, clock: clockAt(date, "10:15"), lock: passThroughLock, actor: { email: null }, mail };
  const report = queueLetterMails(deps, loadConfig(workbook), readRegister(workbook, SURAT));
  const sent = sendOutbox(deps, "Asia/Jakarta");
  workbook.takeChanges();
  return { report, sent, mail };
}

describe("which letters are e-mailed", () => {
  it("by default: decisions, answers and certificates to the applicant yes; internal letters no", () => {
    const defaults = { letterMail: new Map() };
    for (const code of ["PENOLAKAN", "PERSETUJUAN", "SERTIFIKAT", "SURAT_KETERANGAN", "JAWABAN_PENGADUAN", "SK_LISENSI", "INVOICE_PENILAIAN"] as const) expect(letterMailed(defaults, code)).toBe(true);
    for (const code of ["SURAT_TUGAS", "BERITA_ACARA", "DAFTAR_HADIR", "LEMBAR_DISPOSISI", "SK_PENETAPAN", "SPT_MASTER_ASESOR"] as const) expect(letterMailed(defaults, code)).toBe(false);
  });

  it("a new workbook shows one Pengaturan row per letter type with its default, and loads without warnings", () => {
    const rows = letterMailSettingRows();
    expect(rows.map((r) => r.Kunci)).toEqual(LETTER_TYPE_CODES.map((c) => `Kirim Surel ${c}`));
    const config = loadConfig(makeOffice());
    expect(config.errors).toEqual([]);
    expect(config.warnings.filter((w) => w.includes("Kirim Surel"))).toEqual([]);
    expect(config.settings.letterMail.get("SERTIFIKAT")).toBe(true);
    expect(config.settings.letterMail.get("SURAT_TUGAS")).toBe(false);
  });

  it("follows the office's Ya/Tidak and refuses other values or unknown types with the cell named", () => {
    const row = rowWhere("Pengaturan", "Kunci", "Kirim Surel SERTIFIKAT");
    const off = loadConfig(officeWithCell("Pengaturan", row, "Nilai", "tidak"));
    expect(off.errors).toEqual([]);
    expect(letterMailed(off.settings, "SERTIFIKAT")).toBe(false);
    const bad = loadConfig(officeWithCell("Pengaturan", row, "Nilai", "mungkin"));
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatch(/Pengaturan.*Nilai.*harus Ya atau Tidak|Pengaturan!C\d+.*harus Ya atau Tidak/);
    const unknown = loadConfig(officeWithCell("Pengaturan", row, "Kunci", "Kirim Surel SURAT_CINTA"));
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors[0]).toContain('jenis surat "SURAT_CINTA" tidak dikenal');
  });
});

describe("queuing and sending a finished letter", () => {
  it("queues it once for the case's address with its PDF by reference, sends it and writes Surel Terkirim", () => {
    const workbook = office([letter(1, "PENOLAKAN", "PRM-2026-00001")]);
    const first = run(workbook);
    expect(first.report).toMatchObject({ queued: 1, withoutAddress: [] });
    expect(first.mail.sent).toHaveLength(1);
    const [mail] = first.mail.sent;
    expect(mail).toMatchObject({ to: "rina@contoh.go.id", attachments: [{ name: "SRT-000001.pdf", link: "file:///surat/1.pdf" }] });
    expect(mail!.subject).toBe("Surat Penolakan Permohonan 800/1/BPSDM/XI/2026");
    expect(mail!.body).toContain("Yth. Sdr. Rina Kartika");
    expect(mail!.body).toContain("20 November 2026");
    expect(mail!.body).not.toMatch(/\d{16}/);
    expect(rowsOf(workbook, KOTAK_SUREL.name).map((r) => [r.Kunci, r["Status Kirim"], r.Lampiran])).toEqual([["SURAT:SRT-000001", "Terkirim", "SRT-000001"]]);
    expect(rowsOf(workbook, SURAT.name)[0]!["Surel Terkirim"]).toEqual(at("2026-11-23", "10:15"));
    // Later runs queue and send nothing again.
    const second = run(workbook);
    expect(second.report).toBeNull(); // Surel Terkirim is filled: not even Kotak Surel is read
    expect(second.mail.sent).toHaveLength(0);
    expect(rowsOf(workbook, KOTAK_SUREL.name)).toHaveLength(1);
  });

  it("leaves a letter numbered in this run for the next one (its PDF is printed again with the number)", () => {
    const workbook = office([letter(1, "PENOLAKAN", "PRM-2026-00001")]);
    const deps = { workbook, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null }, mail: sender() };
    expect(queueLetterMails(deps, loadConfig(workbook), readRegister(workbook, SURAT), new Set(["SRT-000001"]))).toBeNull();
    expect(queueLetterMails(deps, loadConfig(workbook), readRegister(workbook, SURAT))!.queued).toBe(1);
  });

  it("queues once even while the message still waits (the key is in Kotak Surel)", () => {
    const workbook = office([letter(1, "SERTIFIKAT", "PRM-2026-00001")]);
    const deps = { workbook, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null }, mail: sender() };
    expect(queueLetterMails(deps, loadConfig(workbook), readRegister(workbook, SURAT))!.queued).toBe(1);
    expect(queueLetterMails(deps, loadConfig(workbook), readRegister(workbook, SURAT))!.queued).toBe(0);
    expect(rowsOf(workbook, KOTAK_SUREL.name)).toHaveLength(1);
  });

  it("does not queue a letter without PDF, not approved, of a type not e-mailed, or switched off", () => {
    const workbook = office([
      letter(1, "PENOLAKAN", "PRM-2026-00001", { "Tautan PDF": null }),
      letter(2, "PENOLAKAN", "PRM-2026-00001", { "Status Surat": "Menunggu Persetujuan", "Nomor Surat": null }),
      letter(3, "SURAT_TUGAS", "PRM-2026-00001"),
      letter(4, "SERTIFIKAT", "PRM-2026-00001"),
      letter(5, "PENOLAKAN", "PRM-2026-00001", { "Tanggal Surat": at("2026-09-01") }), // long before: not mailed on upgrade
    ], officeWithCell("Pengaturan", rowWhere("Pengaturan", "Kunci", "Kirim Surel SERTIFIKAT"), "Nilai", "Tidak"));
    const { report, mail } = run(workbook);
    expect(report?.queued ?? 0).toBe(0);
    expect(mail.sent).toHaveLength(0);
  });

  it("sends an appeal's decision to the address of the application it refers to (Banding has no address column)", () => {
    const workbook = makeOffice();
    ensureCaseRegisters(workbook);
    append(workbook, "Banding", [{ "ID Banding": "BDG-2026-00001", "Tanggal Banding": at("2026-11-10"), "ID Permohonan": "PRM-2026-00001", "Nama Pemohon Banding": "Rina Kartika", "Alasan Banding": "Keberatan" }] as never);
    office([letter(1, "PUTUSAN_BANDING", "BDG-2026-00001")], workbook);
    const { report, mail } = run(workbook);
    expect(report).toMatchObject({ queued: 1, withoutAddress: [] });
    expect(mail.sent.map((m) => m.to)).toEqual(["rina@contoh.go.id"]);
  });

  it("shows a case without an address as 'tanpa alamat surel' and queues nothing for it", () => {
    const workbook = office([letter(1, "PENOLAKAN", "PRM-2026-00002"), letter(2, "PENOLAKAN", "PRM-2026-00099")]);
    const { report, mail } = run(workbook);
    expect(report).toMatchObject({ queued: 0, withoutAddress: ["SRT-000001 (PRM-2026-00002)", "SRT-000002 (PRM-2026-00099)"] });
    expect(letterMailLines(report!).join("\n")).toContain("2 surat tanpa alamat surel pada kasusnya, tidak dikirim: SRT-000001 (PRM-2026-00002), SRT-000002 (PRM-2026-00099)");
    expect(mail.sent).toHaveLength(0);
  });
});
