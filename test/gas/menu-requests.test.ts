// Menu items clicked by staff who did not install the triggers: the engine's columns and Riwayat
// are protected against them, so the click records a request that the installer's every-minute
// trigger carries out in the requester's name; a check never credits the clicker with changes
// someone else made.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { STAFF, addApplications, application, caseRow, expectOk, newOffice, put, rowOf } from "./office";

async function officeWithCases(count: number): Promise<GasRuntime> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i)));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

function processRequests(rt: GasRuntime): void {
  const runs = rt.runMinuteTriggers();
  expect(runs.length).toBe(1);
  for (const run of runs) expectOk(run, "processRequests");
}

const audit = (rt: GasRuntime, id: string) => rt.table("Riwayat").filter((r) => r["ID Permohonan"] === id);

describe("a Petugas who is not the installer", () => {
  it("asks for a check of every case: queued, then carried out by the installer's trigger", async () => {
    const rt = await officeWithCases(2);
    addApplications(rt, [application(5, { "ID Permohonan": "" })]);
    expectOk(rt.menu("menuRunCheck", STAFF.petugas), "menuRunCheck");
    expect(rt.store.alerts.at(-1)).toMatch(/^Pemeriksaan\nPermintaan dicatat.*dalam satu menit/s);
    expect(rt.table("Permohonan")[2]!["ID Permohonan"]).toBe("");

    processRequests(rt);
    expect(rt.table("Permohonan")[2]!["ID Permohonan"]).toMatch(/^PRM-2026-\d{5}$/);
    expectOk(rt.menu("menuLastSummary", STAFF.petugas), "menuLastSummary");
    expect(rt.store.alerts.at(-1)).toMatch(/^Ringkasan pemeriksaan terakhir\nPemeriksaan \S+ \S+ atas permintaan petugas@bkpsdm\.go\.id\n3 permohonan diperiksa/);
    processRequests(rt); // done once: nothing left to carry out
    expect(rt.store.logs.filter((l) => /atas permintaan/.test(l))).toHaveLength(1);
  });

  it("a request is carried out once: a run that finds another still at work leaves the queue to it, a busy document lock keeps it for the next minute", async () => {
    const rt = await officeWithCases(1);
    addApplications(rt, [application(5, { "ID Permohonan": "" })]);
    expectOk(rt.menu("menuRunCheck", STAFF.petugas), "menuRunCheck");
    rt.store.scriptLockHolder = 999; // an earlier processRequests still running
    processRequests(rt);
    expect(rt.table("Permohonan")[1]!["ID Permohonan"]).toBe("");
    rt.store.scriptLockHolder = null;
    rt.store.lockHolder = 999; // a sweep holds the document lock
    processRequests(rt);
    expect(rt.table("Permohonan")[1]!["ID Permohonan"]).toBe("");
    rt.store.lockHolder = null;
    processRequests(rt);
    expect(rt.table("Permohonan")[1]!["ID Permohonan"]).toMatch(/^PRM-2026-\d{5}$/);
    expect([...rt.store.properties.document.keys()].some((k) => k.startsWith("sertifikasi.request."))).toBe(false);
  });

  it("asks for a check of the selected rows", async () => {
    const rt = await officeWithCases(3);
    rt.store.spreadsheet.activeRange = rt.sheet("Permohonan")._range(3, 2, 2, 3);
    expectOk(rt.menu("menuCheckSelection", STAFF.petugas), "menuCheckSelection");
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat/);
    processRequests(rt);
    expect(rt.store.logs.join("\n")).toMatch(/atas permintaan petugas@bkpsdm\.go\.id[^\n]*\n?2 permohonan diperiksa|2 permohonan diperiksa/);
  });

  it("may not ask for set-up or triggers (Admin only): refused at once, nothing queued", async () => {
    const rt = await officeWithCases(1);
    expectOk(rt.menu("menuSetup", STAFF.petugas), "menuSetup");
    expect(rt.store.alerts.at(-1)).toMatch(/Hanya pengguna berperan Admin/);
    expectOk(rt.menu("menuInstallTriggers", STAFF.petugas), "menuInstallTriggers");
    expect(rt.store.alerts.at(-1)).toMatch(/Hanya pengguna berperan Admin/);
    expect([...rt.store.properties.document.keys()].some((k) => k.startsWith("sertifikasi.request."))).toBe(false);
  });

  it("someone not in Pengguna cannot queue anything", async () => {
    const rt = await officeWithCases(1);
    rt.store.spreadsheetEditors.push("tamu@bkpsdm.go.id");
    expectOk(rt.menu("menuRunCheck", "tamu@bkpsdm.go.id"), "menuRunCheck");
    expect(rt.store.alerts.at(-1)).toMatch(/tidak terdaftar aktif di tab Pengguna/);
  });
});

describe("an Admin who is not the installer", () => {
  it("asks for set-up and a new form: both carried out by the installer's trigger; the form's link shows without opening the form", async () => {
    const rt = await officeWithCases(1);
    const admin2 = "admin2@bkpsdm.go.id";
    rt.store.spreadsheetEditors.push(admin2);
    put(rt, "Pengguna", rt.sheet("Pengguna").getLastRow() + 1, 1, [[admin2, "Admin Kedua", "Admin", "Ya"]]);
    expectOk(rt.menu("menuSetup", admin2), "menuSetup");
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat/);
    expectOk(rt.menu("menuCreateForm", admin2), "menuCreateForm");
    expect(rt.store.forms.size).toBe(0);
    processRequests(rt);
    expect(rt.store.logs.join("\n")).toMatch(/Semua register siap/);
    expect(rt.store.forms.size).toBe(2); // the application form and the IKM survey form
    const link = rt.menu("menuShowFormLink", STAFF.petugas);
    expectOk(link, "menuShowFormLink");
    expect(rt.store.alerts.at(-1)).toMatch(/Tautan untuk pemohon: https:/);
    expect(link.calls.of("FormApp.openById")).toBe(0);
  });
});

describe("a check from the menu and pending status changes", () => {
  it("does not apply a change nobody can vouch for in the clicker's name: refused as the sweep does", async () => {
    const rt = await officeWithCases(2);
    // A status typed while no trigger saw it (e.g. pasted by a script): unattributed.
    put(rt, "Permohonan", rowOf(rt, "PRM-2026-00001"), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
    expectOk(rt.menu("menuRunCheck"), "menuRunCheck by the installer");
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Diterima");
    expect(audit(rt, "PRM-2026-00001").at(-1)).toMatchObject({ Ke: "Verifikasi", Oleh: "tidak dikenal", Hasil: "Ditolak" });
    expect(rt.table("Riwayat").some((r) => r["Oleh"] === STAFF.admin)).toBe(false);
  });

  it("settles an edit that waited for the lock first, in its own editor's name", async () => {
    const rt = await officeWithCases(2);
    rt.store.lockHolder = 999;
    const results = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, "PRM-2026-00001"), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
    for (const r of results) expectOk(r, "handleEdit");
    rt.store.lockHolder = null;
    expectOk(rt.menu("menuRunCheck", STAFF.kepala), "menuRunCheck");
    processRequests(rt);
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Verifikasi");
    expect(audit(rt, "PRM-2026-00001").at(-1)).toMatchObject({ Ke: "Verifikasi", Oleh: STAFF.petugas, Hasil: "Diterapkan" });
    expect(rt.table("Riwayat").some((r) => r["Oleh"] === STAFF.kepala)).toBe(false);
  });
});
