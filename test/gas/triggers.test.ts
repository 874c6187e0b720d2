// Menu and triggers: the menu a simple onOpen may build, and an installer that is idempotent.
import { describe, expect, it } from "vitest";
import { STAFF, addAdmin, addApplications, application, expectOk, newOffice } from "./office";

describe("the trigger installer", () => {
  it("installs one edit, one daily, one every-minute (menu requests) and (with a form) one form trigger, however often it runs", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuInstallTriggers"), "again");
    expect(rt.store.triggers.map((t) => t.handler).sort()).toEqual(["dailySweep", "handleEdit", "processRequests"]);
    expectOk(rt.menu("menuCreateForm"), "form");
    expectOk(rt.menu("menuInstallTriggers"), "after form");
    expect(rt.store.triggers.map((t) => `${t.handler}:${t.eventType}`).sort()).toEqual([
      "dailySweep:CLOCK",
      "handleEdit:ON_EDIT",
      "handleFormSubmit:ON_FORM_SUBMIT",
      "handleFormSubmit:ON_FORM_SUBMIT", // the IKM survey form's, routed by its ID
      "processRequests:CLOCK",
    ]);
    expect(rt.triggersFor("ON_FORM_SUBMIT", rt.form().id)).toHaveLength(1);
    expect(rt.triggersFor("ON_FORM_SUBMIT", rt.surveyForm().id)).toHaveLength(1);
  });

  it("removes duplicates left by an earlier installation", async () => {
    const rt = await newOffice();
    rt.store.triggers.push({ ...rt.store.triggers[0]!, id: "trigger-copy" });
    expectOk(rt.menu("menuInstallTriggers"), "repair");
    expect(rt.store.triggers.filter((t) => t.handler === "handleEdit")).toHaveLength(1);
    expect(rt.store.alerts.at(-1)).toMatch(/Dihapus \(ganda\/usang\): 1/);
  });

  it("cannot be run from a simple trigger, which lacks authorisation", async () => {
    const rt = await newOffice({ installTriggers: false });
    const run = rt.run("menuInstallTriggers", { authMode: "LIMITED", interactive: true });
    expect(rt.store.triggers).toHaveLength(0);
    expect(run.ok).toBe(true);
    expect(rt.store.alerts.at(-1)).toMatch(/Gagal: .*permission/);
  });
});

describe("the menu", () => {
  it("is built by the simple onOpen trigger with the daily actions and set-up", async () => {
    const rt = await newOffice({ installTriggers: false });
    expect(rt.store.menu!.title).toBe("Sertifikasi");
    const fns = rt.store.menu!.items.map((i) => i.functionName);
    expect(fns).toEqual(expect.arrayContaining(["menuSetup", "menuInstallTriggers", "menuRunCheck", "menuCreateForm", "menuCheckSelection"]));
  });

  it("runs a check now and shows the summary", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuRunCheck"), "check");
    expect(rt.store.alerts.at(-1)).toMatch(/^Pemeriksaan\n0 permohonan diperiksa/);
  });

  it("checks the selected rows, shows the last sweep, the form link and help", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0), application(1), application(2)]);
    rt.store.spreadsheet.activeRange = rt.sheet("Permohonan")._range(3, 2, 2, 3);
    expectOk(rt.menu("menuCheckSelection"), "selection");
    expect(rt.store.alerts.at(-1)).toMatch(/2 permohonan diperiksa/);
    expectOk(rt.menu("menuLastSummary"), "last");
    expect(rt.store.alerts.at(-1)).toMatch(/Belum ada pemeriksaan/);
    rt.runDailyTriggers();
    expectOk(rt.menu("menuLastSummary"), "last");
    expect(rt.store.alerts.at(-1)).toMatch(/Pemeriksaan 2026-03-02 09:00\n3 permohonan diperiksa/);
    expectOk(rt.menu("menuShowFormLink"), "link");
    expect(rt.store.alerts.at(-1)).toMatch(/Belum ada formulir/);
    expectOk(rt.menu("menuHelp"), "help");
    expect(rt.store.alerts.at(-1)).toMatch(/TENGGAT\(A2; 10; Libur!A:A\)/);
  });
});

describe("with a second admin", () => {
  const second = "admin2@bkpsdm.go.id";

  it("installing adds no second set: the click becomes a request the installer's set carries out", async () => {
    const rt = await newOffice();
    addAdmin(rt, second);
    expectOk(rt.menu("menuInstallTriggers", second), "second admin installs");
    expect(rt.store.triggers.filter((t) => t.owner === second)).toHaveLength(0);
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat\. Pemicu otomatis milik admin@bkpsdm\.go\.id/);
    expect(rt.store.alerts.at(-1)).toMatch(/Ambil alih pemicu otomatis/);
    for (const run of rt.runMinuteTriggers()) expectOk(run, "processRequests");
    expect(rt.store.triggers.filter((t) => t.owner === second)).toHaveLength(0);
    expect(rt.store.triggers.filter((t) => t.owner === rt.store.owner).map((t) => t.handler).sort()).toEqual(["dailySweep", "handleEdit", "processRequests"]);
  });

  it("takes the set over explicitly; then the first admin's clicks are the requests", async () => {
    const rt = await newOffice();
    addAdmin(rt, second);
    expectOk(rt.menu("menuTakeOverTriggers", second), "take over");
    expect(rt.store.triggers.filter((t) => t.owner === second).map((t) => t.handler).sort()).toEqual(["dailySweep", "handleEdit", "processRequests"]);
    expect(rt.store.alerts.at(-1)).toMatch(/menggantikan admin@bkpsdm\.go\.id\. Minta admin@bkpsdm\.go\.id menghapus pemicunya/);
    expect(rt.store.alerts.at(-1)).toMatch(/Siapkan \/ perbarui register sekali lagi/);
    expectOk(rt.menu("menuInstallTriggers", second), "again");
    expect(rt.store.triggers.filter((t) => t.owner === second)).toHaveLength(3);
    expectOk(rt.menu("menuInstallTriggers"), "first admin again");
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat\. Pemicu otomatis milik admin2@bkpsdm\.go\.id/);
    expect(rt.store.triggers.filter((t) => t.owner === rt.store.owner)).toHaveLength(3);
  });

  it("a Petugas cannot take the set over", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuTakeOverTriggers", STAFF.petugas), "take over");
    expect(rt.store.triggers.filter((t) => t.owner === STAFF.petugas)).toHaveLength(0);
    expect(rt.store.alerts.at(-1)).toMatch(/Hanya pengguna berperan Admin/);
  });

  it("creating the form is carried out by the installer's set: no form trigger of theirs", async () => {
    const rt = await newOffice();
    addAdmin(rt, second);
    expectOk(rt.menu("menuCreateForm", second), "second admin creates the form");
    expect(rt.store.alerts.at(-1)).toMatch(/Permintaan dicatat/);
    for (const run of rt.runMinuteTriggers()) expectOk(run, "processRequests");
    expect(rt.store.triggers.filter((t) => t.owner === second)).toHaveLength(0);
    // One for the application form, one for the IKM survey form.
    expect(rt.store.triggers.filter((t) => t.owner === rt.store.owner && t.handler === "handleFormSubmit").map((t) => t.sourceId).sort()).toEqual([rt.form().id, rt.surveyForm().id].sort());
    expect(rt.form().published).toBe(true);
    expect(rt.surveyForm().published).toBe(true);
  });
});

