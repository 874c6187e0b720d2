// Where LockService.getDocumentLock() returns null, the engine locks with the script lock.
import { describe, expect, it } from "vitest";
import { STAFF, addApplications, application, expectOk, newOffice, rowOf } from "./office";

describe("when getDocumentLock() returns null", () => {
  it("edits are checked under the script lock: turned away while another run holds it, applied once it is free", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0)]);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    rt.store.documentLockNull = true;
    rt.store.scriptLockHolder = 999;
    const edit = () => rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, "PRM-2026-00001"), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
    for (const r of edit()) expectOk(r, "handleEdit");
    expect(rt.table("Permohonan")[0]!["Status Tercatat"]).not.toBe("Verifikasi");
    rt.store.scriptLockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryDeferredEdits");
    expect(rt.table("Permohonan")[0]!["Status Tercatat"]).toBe("Verifikasi");
    expectOk(rt.menu("menuRunCheck"), "menuRunCheck");
    expect(rt.store.alerts.at(-1)).toMatch(/^Pemeriksaan\n1 permohonan diperiksa/);
  });
});
