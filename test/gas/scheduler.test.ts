// One-off triggers ("run this handler again in N minutes") through the Scheduler port on Apps
// Script (gas-scheduler.ts): one waiting run per handler however often a caller schedules it, the
// limit of 20 triggers per user reported in Indonesian, and each of the five callers through it.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FakeTrigger } from "./fake/store";
import type { GasRuntime } from "./harness";
import { GasRuntime as Runtime } from "./harness";
import { STAFF, addAdmin, addApplications, application, expectOk, formAnswers, newOffice, rowOf } from "./office";

const LIMIT_MESSAGE = /tidak dapat dijadwalkan: akun admin@bkpsdm\.go\.id sudah memiliki 20 pemicu untuk skrip ini/;

/** A one-off trigger an earlier run left behind: it fired, and stays listed like the real ones. */
function leftOver(rt: GasRuntime, handler: string, owner = rt.store.owner): void {
  const trigger: FakeTrigger = { id: `left-${handler}-${owner}`, handler, eventType: "CLOCK", source: "CLOCK", sourceId: null, at: rt.store.clock - 1, everyDays: null, owner };
  rt.store.triggers.push(trigger);
  rt.store.firedTriggers.add(trigger.id);
}

/** Other clock triggers of `owner` until they hold `count` triggers in all. */
function fillTriggers(rt: GasRuntime, owner: string, count: number): void {
  for (let i = rt.store.triggers.filter((t) => t.owner === owner).length; i < count; i += 1) {
    rt.store.triggers.push({ id: `other-${owner}-${i}`, handler: `lain${i}`, eventType: "CLOCK", source: "CLOCK", sourceId: null, at: null, everyDays: 7, owner });
  }
}

const listed = (rt: GasRuntime, handler: string) => rt.store.triggers.filter((t) => t.handler === handler);

async function officeWithCases(count: number): Promise<GasRuntime> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i)));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

function setStatus(rt: GasRuntime, user: string, id: string, status: string) {
  const results = rt.edit(user, "Permohonan", rowOf(rt, id), rt.column("Permohonan", "Status"), [[status]]);
  for (const r of results) expectOk(r, "handleEdit");
}

describe("every one-off trigger", () => {
  it("is made by the Scheduler adapter alone (the installer keeps its own installable triggers)", () => {
    const dir = new URL("../../apps-script/gas/", import.meta.url);
    const makers = readdirSync(dir).filter((name) => {
      const text = readFileSync(new URL(name, dir), "utf8");
      return /\.after\(/.test(text) || /ScriptApp\.(newTrigger|deleteTrigger)\(/.test(text);
    });
    expect(makers.sort()).toEqual(["gas-scheduler.ts", "triggers.ts"]);
    expect(readFileSync(new URL("triggers.ts", dir), "utf8")).not.toMatch(/\.after\(/);
  });
});

describe("each caller, with a fired one-off trigger of its handler still listed", () => {
  it("form intake: two submissions the lock turned away leave one retry, which records both", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    leftOver(rt, "retryPendingSubmissions");
    rt.store.lockHolder = 999;
    for (const i of [1, 2]) for (const run of rt.submitForm(formAnswers(i))) expectOk(run, "handleFormSubmit");
    expect(listed(rt, "retryPendingSubmissions")).toHaveLength(1);
    rt.store.lockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryPendingSubmissions");
    expect(rt.table("Permohonan")).toHaveLength(2);
    expect(listed(rt, "retryPendingSubmissions")).toHaveLength(0);
  });

  it("the edit trigger: two edits deferred by a busy lock leave one retry, which applies both in their editor's name", async () => {
    const rt = await officeWithCases(2);
    leftOver(rt, "retryDeferredEdits");
    rt.store.lockHolder = 999;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    setStatus(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    expect(listed(rt, "retryDeferredEdits")).toHaveLength(1);
    // The retry meets the lock still busy: it schedules itself again, still one.
    expect(rt.runDueOneOffTriggers(3 * 60_000).map((r) => r.error)).toEqual([null]);
    expect(listed(rt, "retryDeferredEdits").filter((t) => !rt.store.firedTriggers.has(t.id))).toHaveLength(1);
    expect(listed(rt, "retryDeferredEdits")).toHaveLength(1);
    rt.store.lockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryDeferredEdits");
    expect(rt.table("Permohonan").map((r) => r["Status Tercatat"])).toEqual(["Verifikasi", "Verifikasi"]);
    expect(listed(rt, "retryDeferredEdits")).toHaveLength(0);
  });

  it("the daily sweep: stopped by the time limit, it leaves one continuation", async () => {
    const rt = await newOffice();
    addApplications(rt, Array.from({ length: 1_200 }, (_, i) => application(i)));
    leftOver(rt, "continueSweep");
    // Reading Permohonan takes 200 s of virtual time: past the sweep's stop mark, inside the 6 minutes.
    let slowed = false;
    rt.store.onServiceCall = (_execution, _name, target) => {
      const sheet = (target as { name?: unknown; sheet?: { name?: unknown } } | undefined);
      if (slowed || (sheet?.name !== "Permohonan" && sheet?.sheet?.name !== "Permohonan")) return;
      slowed = true;
      rt.store.clock += 200_000;
    };
    expectOk(rt.runDailyTriggers()[0]!, "dailySweep");
    rt.store.onServiceCall = null;
    expect(rt.store.properties.document.has("sertifikasi.sweepResumeAt")).toBe(true);
    expect(listed(rt, "continueSweep")).toHaveLength(1);
    expect(rt.store.firedTriggers.has(listed(rt, "continueSweep")[0]!.id)).toBe(false);
  });

  it("set-up: stopped by the time limit, it leaves one resumption", async () => {
    const rt = await Runtime.create();
    rt.open();
    leftOver(rt, "resumeJobs");
    rt.store.callCostMs = 600;
    expectOk(rt.menu("menuSetup"), "menuSetup");
    expect(rt.store.alerts.at(-1)).toMatch(/dilanjutkan otomatis/);
    expect(listed(rt, "resumeJobs")).toHaveLength(1);
    expect(rt.store.firedTriggers.has(listed(rt, "resumeJobs")[0]!.id)).toBe(false);
  });

  it("the letters' queue: a rate limit mid-batch leaves one continuation", async () => {
    const rt = await officeWithCases(3);
    leftOver(rt, "createQueuedDocuments");
    rt.store.drive.failConversion("User rate limit exceeded.", 1);
    const results = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, "PRM-2026-00001"), rt.column("Permohonan", "Status"), [["Verifikasi"], ["Verifikasi"], ["Verifikasi"]]);
    for (const r of results) expectOk(r, "handleEdit");
    expect(rt.table("Surat").filter((r) => r["Status Surat"] === "Draf").length).toBeGreaterThan(0); // queued behind the limit
    expect(listed(rt, "createQueuedDocuments")).toHaveLength(1);
    expect(rt.store.firedTriggers.has(listed(rt, "createQueuedDocuments")[0]!.id)).toBe(false);
  });
});

describe("at the limit of 20 triggers per user", () => {
  it("the 21st is refused in Indonesian, naming the account, where staff see it (set-up's dialog)", async () => {
    const rt = await Runtime.create();
    rt.open();
    fillTriggers(rt, rt.store.owner, 20);
    rt.store.callCostMs = 600;
    const run = rt.menu("menuSetup");
    expect(run.ok).toBe(true);
    expect(rt.store.alerts.at(-1)).toMatch(/^Penyiapan register\nGagal: Lanjutan otomatis \(resumeJobs\) /);
    expect(rt.store.alerts.at(-1)).toMatch(LIMIT_MESSAGE);
    expect(rt.store.triggers).toHaveLength(20);
    for (const text of [...rt.store.alerts, ...rt.store.logs]) expect(text).not.toMatch(/too many triggers/i);
  });

  it("a deferred edit tells the editor, in a toast, that it could not be scheduled", async () => {
    const rt = await officeWithCases(1);
    fillTriggers(rt, rt.store.owner, 20); // the installed edit trigger runs as the owner: theirs count
    rt.store.lockHolder = 999;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    expect(rt.store.toasts.at(-1)!.message).toMatch(/ulangi perubahan ini beberapa menit lagi/);
    expect(rt.store.toasts.at(-1)!.message).toMatch(LIMIT_MESSAGE);
    expect(listed(rt, "retryDeferredEdits")).toHaveLength(0);
  });

  it("counts only the running user's own triggers", async () => {
    const rt = await officeWithCases(1);
    fillTriggers(rt, STAFF.kepala, 20);
    rt.store.lockHolder = 999;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    expect(rt.store.toasts.at(-1)!.message).toMatch(/diperiksa otomatis beberapa menit lagi/);
    expect(listed(rt, "retryDeferredEdits").map((t) => t.owner)).toEqual([rt.store.owner]);
  });

  it("turns the platform's English refusal into the same Indonesian one when another run took the last place meanwhile", async () => {
    const rt = await officeWithCases(1);
    rt.store.lockHolder = 999;
    rt.store.onServiceCall = (_execution, name) => {
      if (name === "TriggerBuilder.create") fillTriggers(rt, rt.store.owner, 20);
    };
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    rt.store.onServiceCall = null;
    expect(rt.store.toasts.at(-1)!.message).toMatch(LIMIT_MESSAGE);
    expect(rt.store.logs.join("\n")).not.toMatch(/too many triggers/i);
  });
});

const SECOND_ADMIN = "admin2@bkpsdm.go.id";

/** Pending (not yet fired) one-offs of a handler, whoever owns them. */
const pending = (rt: GasRuntime, handler: string) => listed(rt, handler).filter((t) => !rt.store.firedTriggers.has(t.id));

describe("with two admins", () => {
  it("a second admin's installation adds no second set, so refused submissions in a row leave one retry", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    addAdmin(rt, SECOND_ADMIN);
    expectOk(rt.menu("menuInstallTriggers", SECOND_ADMIN), "second admin installs");
    for (const run of rt.runMinuteTriggers()) expectOk(run, "processRequests"); // the request, run by the installer
    expect(rt.store.triggers.filter((t) => t.owner === SECOND_ADMIN)).toHaveLength(0);
    rt.store.lockHolder = 999;
    for (let i = 0; i < 8; i += 1) for (const run of rt.submitForm(formAnswers(i))) expectOk(run, "handleFormSubmit");
    expect(pending(rt, "retryPendingSubmissions")).toHaveLength(1);
    expect(rt.store.triggers.filter((t) => t.owner === rt.store.owner)).toHaveLength(6); // edit, form, survey form, daily, requests, the retry
    rt.store.lockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryPendingSubmissions");
    expect(rt.table("Permohonan")).toHaveLength(8);
    // The one-off cleared its record when it ran: the next refusal schedules a new one.
    expect([...rt.store.properties.document.keys()].filter((k) => k.startsWith("sertifikasi.oneoff."))).toEqual([]);
    expect(listed(rt, "retryPendingSubmissions")).toHaveLength(0);
  });

  it("after a hand-over, while the old installer's set still runs, busy locks leave one retry per handler across both accounts", async () => {
    const rt = await officeWithCases(2);
    addAdmin(rt, SECOND_ADMIN);
    expectOk(rt.menu("menuTakeOverTriggers", SECOND_ADMIN), "take over");
    expectOk(rt.menu("menuSetup", SECOND_ADMIN), "set-up again: the engine's columns are now the new installer's");
    expect(rt.triggersFor("ON_EDIT", null).map((t) => t.owner).sort()).toEqual([SECOND_ADMIN, rt.store.owner].sort());
    rt.store.lockHolder = 999;
    for (let round = 0; round < 5; round += 1) {
      setStatus(rt, STAFF.petugas, "PRM-2026-00001", round % 2 === 0 ? "Verifikasi" : "Diterima");
    }
    expect(pending(rt, "retryDeferredEdits")).toHaveLength(1);
    // The retry, run as its owner, still finds the lock busy: it replaces itself, still one in all.
    expect(rt.runDueOneOffTriggers(3 * 60_000).map((r) => r.error)).toEqual([null]);
    expect(pending(rt, "retryDeferredEdits")).toHaveLength(1);
    setStatus(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    expect(pending(rt, "retryDeferredEdits")).toHaveLength(1);
    rt.store.lockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryDeferredEdits");
    expect(pending(rt, "retryDeferredEdits")).toHaveLength(0);
    expect(rt.table("Permohonan").map((r) => r["Status Tercatat"])).toEqual(["Verifikasi", "Verifikasi"]);
  });

  it("a one-off whose record outlived it by far (deleted by hand) is replaced", async () => {
    const rt = await officeWithCases(1);
    rt.store.lockHolder = 999;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    rt.store.triggers.splice(rt.store.triggers.findIndex((t) => t.handler === "retryDeferredEdits"), 1);
    rt.store.clock += 60 * 60_000;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    expect(pending(rt, "retryDeferredEdits")).toHaveLength(1);
  });
});
