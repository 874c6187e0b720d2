// Kotak Surel sent by the built bundle's daily sweep through MailApp (the fake models its daily
// quota and its "Invalid email" refusal): each message once, the quota exhausted half-way leaving
// the rest waiting for the next day, a refused address retried and noted without the address.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { expectOk, newOffice, put } from "./office";

const OUTBOX = "Kotak Surel";

function queue(rt: GasRuntime, addresses: readonly string[]): void {
  const sheet = rt.sheet(OUTBOX);
  const headers = Array.from({ length: sheet.getLastColumn() }, (_, c) => String(sheet._plain(1, c + 1)));
  const rows = addresses.map((to, i) => {
    const record: Record<string, unknown> = {
      Kunci: `PERSETUJUAN_RCC:PRC-2026-0000${i + 1}`, "ID Kasus": `PRC-2026-0000${i + 1}`, Kepada: to, Perihal: `Akun PRC-2026-0000${i + 1}`,
      Isi: "Yth. Peserta, silakan isi APL.02.RCC.", "Status Kirim": "Menunggu", Percobaan: 0,
    };
    return headers.map((h) => record[h] ?? "");
  });
  put(rt, OUTBOX, Math.max(2, sheet.getLastRow() + 1), 1, rows);
}

function sweep(rt: GasRuntime): void {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
}

const sendStatus = (rt: GasRuntime) => rt.table(OUTBOX).map((r) => [r["Kunci"], r["Status Kirim"], r["Percobaan"]]);

describe("Kotak Surel on Apps Script", () => {
  it("is sent by the sweep with MailApp, once, and the rest waits when the quota runs out half-way", async () => {
    const rt = await newOffice();
    queue(rt, ["a@contoh.id", "b@contoh.id", "c@contoh.id", "d@contoh.id"]);
    rt.store.mailQuota = rt.store.mails.length + 2;
    sweep(rt);
    expect(rt.store.mails.map((m) => m.to)).toEqual(["a@contoh.id", "b@contoh.id"]);
    expect(sendStatus(rt).map((r) => r[1])).toEqual(["Terkirim", "Terkirim", "Menunggu", "Menunggu"]);
    expect(sendStatus(rt).map((r) => r[2])).toEqual([1, 1, 0, 0]);
    expect(rt.store.logs.join("\n")).toContain("2 surel masih menunggu");
    // The next day's quota: the two left go, the two sent do not go again.
    rt.store.mailQuota += 100;
    rt.store.clock += 24 * 3_600_000;
    sweep(rt);
    expect(rt.store.mails.map((m) => m.to)).toEqual(["a@contoh.id", "b@contoh.id", "c@contoh.id", "d@contoh.id"]);
    expect(sendStatus(rt).map((r) => r[1])).toEqual(["Terkirim", "Terkirim", "Terkirim", "Terkirim"]);
  });

  it("keeps a refused address waiting with the reason, not the address", async () => {
    const rt = await newOffice();
    queue(rt, ["bukan alamat", "b@contoh.id"]);
    sweep(rt);
    const [refused, sent] = rt.table(OUTBOX);
    expect(sent!["Status Kirim"]).toBe("Terkirim");
    expect(refused).toMatchObject({ "Status Kirim": "Menunggu", Percobaan: 1 });
    expect(String(refused!["Catatan Kirim"])).toContain("Percobaan 1 gagal: Invalid email");
    expect(rt.store.mails.map((m) => m.to)).toEqual(["b@contoh.id"]);
  });
});
