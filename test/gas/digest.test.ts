// The daily digest through the built bundle: the sweep queues one message per person in Kotak
// Surel and sends it with MailApp in the same run; a second sweep the same day sends nothing more;
// the next office day each person gets that day's digest. No applicant's name or numbers in it.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, newOffice, STAFF } from "./office";

function sweep(rt: GasRuntime): void {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
}

const digests = (rt: GasRuntime) => rt.store.mails.filter((m) => m.subject.startsWith("Ringkasan harian"));

describe("the daily sweep with cases due today and long late", () => {
  it("mails each person one digest a day, however often it runs", async () => {
    // Monday 2 March 2026, 08:00 WIB (the harness's default instant).
    const rt = await newOffice();
    addApplications(rt, [
      application(0), // received 23 February: its 5 working days end today (due soon)
      application(1, { "Tanggal Permohonan": new Date(Date.UTC(2026, 1, 2) - 8 * 3_600_000) }), // due 9 February: late, escalated
    ]);
    sweep(rt);
    expect(digests(rt).map((m) => m.to).sort()).toEqual([STAFF.kepala, STAFF.petugas].sort());
    const petugas = digests(rt).find((m) => m.to === STAFF.petugas)!;
    expect(petugas.subject).toBe("Ringkasan harian 2 Maret 2026: 2 kasus, 1 terlambat");
    expect(petugas.body).toContain("- PRM-2026-00001 · Diterima · tenggat langkah 2 Maret 2026 · jatuh tempo hari ini");
    expect(petugas.body).toMatch(/- PRM-2026-00002 · Diterima · tenggat langkah 9 Februari 2026 · terlambat \d+ hari kerja/);
    const kepala = digests(rt).find((m) => m.to === STAFF.kepala)!;
    expect(kepala.body).toContain("Eskalasi: kasus yang terlambat lebih dari 3 hari kerja");
    expect(kepala.body).toContain("PRM-2026-00002");
    expect(kepala.body).not.toContain("PRM-2026-00001");
    const personal = [0, 1].flatMap((i) => [application(i)["Nama"], application(i)["NIP"], application(i)["NIK"], application(i)["Email"]].map((v) => String(v).replace(/^'/, "")));
    for (const mail of digests(rt)) for (const p of personal) expect(`${mail.subject}\n${mail.body}`).not.toContain(p);
    expect(rt.store.logs.join("\n")).toContain("Ringkasan harian: 2 surel diantre di tab Kotak Surel (Petugas 1, Kepala 1).");

    // The sweep again the same day (a continuation, a second trigger): nothing more.
    rt.store.clock += 3 * 3_600_000;
    sweep(rt);
    expect(digests(rt)).toHaveLength(2);
    expect(rt.table("Kotak Surel").filter((r) => String(r["Kunci"]).startsWith("RINGKASAN:"))).toHaveLength(2);

    // The next office day: that day's digest, once each.
    rt.store.clock += 21 * 3_600_000;
    sweep(rt);
    expect(digests(rt)).toHaveLength(4);
    expect(digests(rt).slice(2).map((m) => m.subject).sort()).toEqual([
      "Ringkasan harian 3 Maret 2026: 1 kasus, 1 terlambat",
      "Ringkasan harian 3 Maret 2026: 2 kasus, 2 terlambat",
    ]);
  });
});
