// Approved letters e-mailed with their PDF, through the built bundle: the head approves, the
// letters are finished (PDF in Drive), the daily sweep queues one message per letter in Kotak
// Surel and sends it through MailApp with the PDF fetched from Drive attached; "Surel Terkirim"
// is written on the letter; the quota exhausted half-way leaves the rest for the next day; a
// letter type the office switched off (Pengaturan "Kirim Surel <JENIS>" = Tidak) is not sent.
import { describe, expect, it } from "vitest";
import { GasRuntime } from "./harness";
import { STAFF, addApplications, application, expectOk, newOffice, put, rowOf } from "./office";

const caseId = (i: number) => `PRM-2026-${String(i + 1).padStart(5, "0")}`;

async function officeWithApprovedLetters(cases: number): Promise<GasRuntime> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: cases }, (_, i) => application(i)));
  sweep(rt);
  // Diterima → Verifikasi makes the receipt and the scheme information for each case.
  for (const r of rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, caseId(0)), rt.column("Permohonan", "Status"), Array.from({ length: cases }, () => ["Verifikasi"]))) expectOk(r, "handleEdit");
  const letters = rt.table("Surat").length;
  for (const r of rt.edit(STAFF.kepala, "Surat", 2, rt.column("Surat", "Status Surat"), Array.from({ length: letters }, () => ["Disetujui"]))) expectOk(r, "handleEdit");
  expect(rt.table("Surat").every((r) => String(r["Tautan PDF"]).startsWith("https://drive.google.com/file/d/"))).toBe(true);
  return rt;
}

function sweep(rt: GasRuntime): void {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
}

function setting(rt: GasRuntime, key: string, value: string): void {
  const at = rt.table("Pengaturan").findIndex((r) => r["Kunci"] === key);
  expect(at).toBeGreaterThanOrEqual(0); // the new workbook shows the row
  put(rt, "Pengaturan", at + 2, 2, [[value]]);
}

const letterMails = (rt: GasRuntime) => rt.store.mails.filter((m) => (m.attachments?.length ?? 0) > 0);
/** The letters' rows of Kotak Surel (the sweep also queues the staff's daily digest there). */
const letterRows = (rt: GasRuntime) => rt.table("Kotak Surel").filter((r) => String(r["Kunci"] ?? "").startsWith("SURAT:"));

describe("approved letters by e-mail on Apps Script", () => {
  it("are sent by the sweep once each, to the case's address, with the PDF from Drive attached, and logged in Surat", async () => {
    const rt = await officeWithApprovedLetters(1);
    expect(letterMails(rt)).toHaveLength(0); // the edit trigger does not send
    expect(rt.table("Surat").map((r) => r["Surel Terkirim"] ?? "")).toEqual(["", ""]);
    sweep(rt);
    const sent = letterMails(rt);
    expect(sent.map((m) => m.to)).toEqual(["pemohon1@contoh.go.id", "pemohon1@contoh.go.id"]);
    const book = rt.table("Surat");
    for (const [i, mail] of sent.entries()) {
      expect(mail.subject).toContain(String(book[i]!["Nomor Surat"]));
      expect(mail.attachments).toHaveLength(1);
      const [pdf] = mail.attachments!;
      expect(pdf!.name).toBe(`${String(book[i]!["ID Surat"])}.pdf`);
      expect(pdf!.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
      expect(pdf!.bytes.toString("utf8")).toContain(String(book[i]!["Nomor Surat"]));
      expect(mail.body).not.toMatch(/\d{16}/); // no NIK/NIP
    }
    expect(book.every((r) => String(r["Surel Terkirim"] ?? "") !== "")).toBe(true);
    expect(letterRows(rt).map((r) => [r["Kunci"], r["Status Kirim"], r["Lampiran"]])).toEqual(book.map((r) => [`SURAT:${String(r["ID Surat"])}`, "Terkirim", r["ID Surat"]]));
    // The next day's sweep sends nothing again.
    rt.store.clock += 24 * 3_600_000;
    sweep(rt);
    expect(letterMails(rt)).toHaveLength(2);
    expect(letterRows(rt)).toHaveLength(2);
  });

  it("when the quota runs out half-way, the rest wait and go the next day, none twice", async () => {
    const rt = await officeWithApprovedLetters(3);
    rt.store.mailQuota = rt.store.mails.length + 2;
    sweep(rt);
    expect(letterMails(rt)).toHaveLength(2);
    expect(letterRows(rt).map((r) => r["Status Kirim"])).toEqual(["Terkirim", "Terkirim", "Menunggu", "Menunggu", "Menunggu", "Menunggu"]);
    expect(rt.table("Surat").filter((r) => String(r["Surel Terkirim"] ?? "") !== "")).toHaveLength(2);
    expect(rt.store.logs.join("\n")).toContain("4 surel masih menunggu");
    rt.store.mailQuota += 100;
    rt.store.clock += 24 * 3_600_000;
    sweep(rt);
    const sent = letterMails(rt);
    expect(sent).toHaveLength(6);
    expect(new Set(sent.map((m) => m.attachments![0]!.name)).size).toBe(6);
    expect(rt.table("Surat").every((r) => String(r["Surel Terkirim"] ?? "") !== "")).toBe(true);
  });

  it("on tabs set up before issue 12 (no Lampiran, no Surel Terkirim), adds the two headers and sends", async () => {
    const rt = await officeWithApprovedLetters(1);
    for (const [tab, header] of [["Kotak Surel", "Lampiran"], ["Surat", "Surel Terkirim"]] as const) {
      const column = rt.column(tab, header);
      expect(column).toBe(rt.sheet(tab).getLastColumn()); // the last one: blanking it makes the older layout
      put(rt, tab, 1, column, [[""]]);
      expect(rt.sheet(tab).getLastColumn()).toBe(column - 1);
    }
    sweep(rt);
    expect(letterMails(rt)).toHaveLength(2);
    expect(letterRows(rt).map((r) => r["Lampiran"])).toEqual(rt.table("Surat").map((r) => r["ID Surat"]));
    expect(rt.table("Surat").every((r) => String(r["Surel Terkirim"] ?? "") !== "")).toBe(true);
  });

  it("leaves a letter type the office switched off unsent, and a case without an address shown in the log", async () => {
    const rt = await officeWithApprovedLetters(2);
    setting(rt, "Kirim Surel INFORMASI_SERTIFIKASI", "Tidak");
    put(rt, "Permohonan", rowOf(rt, caseId(1)), rt.column("Permohonan", "Email"), [[""]]);
    sweep(rt);
    const book = rt.table("Surat");
    const receipt = book.find((r) => r["Jenis Surat"] === "TANDA_TERIMA" && r["ID Permohonan"] === caseId(0))!;
    expect(letterMails(rt).map((m) => m.attachments![0]!.name)).toEqual([`${String(receipt["ID Surat"])}.pdf`]);
    // The log masks long numbers (IDs included): the letter is named, the case's address asked for.
    expect(rt.store.logs.join("\n")).toMatch(/1 surat tanpa alamat surel pada kasusnya, tidak dikirim: SRT-[^\n]*\(PRM-[^\n]*\)\. Isi alamat surel/);
    expect(letterRows(rt)).toHaveLength(1);
  });
});
