// The office's document limit counts the Docs made in the last 24 hours, as Google's quota does
// ("reset 24 hours after the first request"), not those made since the office's midnight.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { STAFF, addApplications, application, expectOk, newOffice, put, rowOf } from "./office";

function setting(rt: GasRuntime, key: string, value: string): void {
  const at = rt.table("Pengaturan").findIndex((r) => r["Kunci"] === key);
  put(rt, "Pengaturan", at < 0 ? rt.sheet("Pengaturan").getLastRow() + 1 : at + 2, 1, [[key, value]]);
}

describe("with a limit of 6 Docs and letters made late in the office's evening", () => {
  it("the sweep after the office's midnight makes none until 24 hours have passed", async () => {
    // 23:00 in Makassar (UTC+8) on 2 March.
    const rt = await newOffice({ now: "2026-03-02T15:00:00Z" });
    addApplications(rt, Array.from({ length: 5 }, (_, i) => application(i)));
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    setting(rt, "Batas Dokumen Harian", "6");
    const results = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, "PRM-2026-00001"), rt.column("Permohonan", "Status"), Array.from({ length: 5 }, () => ["Verifikasi"]));
    for (const r of results) expectOk(r, "handleEdit");
    expect(rt.store.drive.docs()).toHaveLength(6);

    rt.store.clock += 6 * 3_600_000; // 05:00 the next office day: the daily sweep
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep after midnight");
    expect(rt.store.drive.docs()).toHaveLength(6);
    expect(rt.store.logs.join("\n")).toMatch(/Batas 6 dokumen Google dalam 24 jam tercapai/);

    rt.store.clock += 18 * 3_600_000; // 24 hours after the first six
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep a day later");
    expect(rt.store.drive.docs()).toHaveLength(10);
    expect(rt.table("Surat").every((r) => r["Tautan Dokumen"] !== "")).toBe(true);
  });
});
