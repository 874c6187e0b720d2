// Expiry reminders through the built bundle: the daily sweep finds the certificate at its 6-month
// point, queues one message to the holder (the e-mail of the case it came from) and one to the
// office in Kotak Surel, and MailApp sends each once even when the sweep runs twice that day.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, newOffice, put } from "./office";

const NUMBER = "SERT/0042/BPSDM/VIII/2023";

function issue(rt: GasRuntime, rows: readonly Record<string, unknown>[]): void {
  const sheet = rt.sheet("Sertifikat");
  const headers = Array.from({ length: sheet.getLastColumn() }, (_, c) => String(sheet._plain(1, c + 1)));
  put(rt, "Sertifikat", 2, 1, rows.map((row) => headers.map((h) => row[h] ?? "")));
}

function sweep(rt: GasRuntime): void {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
}

describe("certificate expiry reminders on Apps Script", () => {
  it("are queued by the sweep and sent by MailApp once, to the holder and the office", async () => {
    const rt = await newOffice(); // 2 March 2026
    const holder = application(0);
    addApplications(rt, [holder]);
    // Valid until 9 August 2026: its 6-month point (9 February) has passed, the 1-month one not.
    issue(rt, [{
      "Nomor Sertifikat": NUMBER, "Kode Verifikasi": "1Y62-N7HV-3Q3Y", "Nama Pemegang": holder["Nama"], "Kode Skema": "SS-05/LSP-BPSDM DKI/V/2022",
      "Nama Skema": "Pelayanan Publik", "Unit Kompetensi": "M.84PPP01.001.1", "Tanggal Terbit": "2023-08-10", "Berlaku Sampai": "2026-08-09",
      Status: "Aktif", "ID Kasus": holder["ID Permohonan"], "ID Surat": "SRT-000001",
    }]);
    const officeEmail = String(rt.table("Pengaturan").find((r) => r["Kunci"] === "Email Layanan")!["Nilai"]);
    const before = rt.store.mails.length;
    sweep(rt);
    sweep(rt); // the same day again
    // The sweep also sends the staff's daily digest: only the reminders are counted here.
    const sent = rt.store.mails.slice(before).filter((m) => m.subject.includes(NUMBER));
    expect(sent.map((m) => m.to)).toEqual([holder["Email"], officeEmail]);
    expect(sent[0]!.subject).toContain(NUMBER);
    expect(rt.table("Kotak Surel").filter((r) => String(r["Kunci"]).startsWith("KEDALUWARSA")).map((r) => [r["Kunci"], r["Status Kirim"]])).toEqual([
      [`KEDALUWARSA-6:${NUMBER}:pemegang`, "Terkirim"], [`KEDALUWARSA-6:${NUMBER}:kantor`, "Terkirim"],
    ]);
    const nip = String(holder["NIP"]).slice(1);
    for (const mail of sent) expect(JSON.stringify(mail)).not.toContain(nip);
    // A month before expiry, the second reminder, once.
    rt.store.clock = Date.parse("2026-07-09T01:00:00Z");
    sweep(rt);
    sweep(rt);
    expect(rt.store.mails.slice(before).filter((m) => m.subject.includes(NUMBER)).map((m) => m.to)).toEqual([holder["Email"], officeEmail, holder["Email"], officeEmail]);
    expect(rt.table("Kotak Surel").map((r) => r["Kunci"])).toContain(`KEDALUWARSA-1:${NUMBER}:pemegang`);
  });
});
