// The daily digest: a case is reported to the roles of the moves out of its recorded state when it
// is due soon or late (not when on time, paused or closed); inactive users and Admin (no move names
// Admin) get nothing; the head also gets the cases late beyond Ambang Eskalasi; one message per
// person per office day, queued once however often the sweep runs, with no applicant's data.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { dueCases, digestKey, digestLines, queueDigests } from "../../../apps-script/core/engine/digest-mail";
import { planDigests } from "../../../apps-script/core/engine/digest";
import { runOfficeCycle } from "../../../apps-script/core/engine/office-cycle";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import { NOTICE_KEYS } from "../../../apps-script/core/engine/settings";
import { ensureCaseRegisters } from "../../../apps-script/core/engine/setup";
import type { EngineDeps } from "../../../apps-script/core/engine/types";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { CellValue, MailMessage, MailSender } from "../../../apps-script/core/ports";
import { append, at, rowsOf } from "../../case-factories";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../../factories";

/** Monday 23 November 2026: no holiday in the weeks around it. */
const TODAY = "2026-11-23";

/** A case as the check left it: recorded state and deadlines; only what matters is given. */
function caseIn(n: number, state: string, stepDue: string | null, extra: Record<string, CellValue> = {}): Record<string, CellValue> {
  return makeApplication({
    "ID Permohonan": `PRM-2026-${String(n).padStart(5, "0")}`, Nama: `Pemohon Rahasia ${n}`, NIK: `31740155029000${String(n).padStart(2, "0")}`,
    Status: state, "Status Tercatat": state, "Tenggat Langkah": stepDue ? at(stepDue) : null, ...extra,
  });
}

const CASES = [
  caseIn(1, "Verifikasi", "2026-11-24"), // due soon (1 working day left): Verifikator
  caseIn(2, "Diterima", "2026-11-17"), // late 4 working days (> 3): Petugas, and the head's escalation
  caseIn(3, "Diterima", "2026-11-19"), // late 2 working days: Petugas only
  caseIn(4, "Diterima", "2026-12-10"), // on time: nobody
  caseIn(5, "Penetapan", "2026-11-16"), // late 5, waits on Kepala: in the head's own list, not twice
  caseIn(6, "Perencanaan", "2026-11-23"), // due today: Petugas and Verifikator (the move names both)
  caseIn(7, "Dikembalikan", "2026-11-10"), // clock stopped: nobody
  caseIn(8, "Selesai", "2026-11-10"), // closed: nobody
  caseIn(9, "Uji Kompetensi", "2026-12-10", { "Tenggat Layanan": at("2026-11-20") }), // the service promise is late: Asesor
];

function office(): MemoryWorkbook {
  const workbook = makeOffice(CASES);
  ensureCaseRegisters(workbook);
  append(workbook, "Pengguna", [{ Email: "petugas.lama@contoh.go.id", Nama: "Petugas Lama", Peran: "Petugas", Aktif: "Tidak" }]);
  return workbook;
}

function setEscalation(workbook: MemoryWorkbook, days: string): void {
  const rowHint = rowsOf(workbook, "Pengaturan").findIndex((r) => r.Kunci === NOTICE_KEYS.escalation);
  workbook.applyChanges([{ table: "Pengaturan", patches: [{ id: NOTICE_KEYS.escalation, rowHint, values: { Nilai: days } }], appends: [] }]);
  workbook.takeChanges();
}

const deps = (workbook: MemoryWorkbook, date = TODAY, mail?: MailSender): EngineDeps => ({ workbook, clock: clockAt(date, "06:00"), lock: passThroughLock, actor: { email: null }, ...(mail ? { mail } : {}) });

function plan(workbook: MemoryWorkbook) {
  const config = loadConfig(workbook);
  expect(config.errors).toEqual([]);
  const digests = planDigests(config, dueCases(deps(workbook), config, TODAY as never));
  return Object.fromEntries(digests.map((d) => [d.user.email, { waiting: d.waiting.map((c) => c.caseId.slice(-2)), escalated: d.escalated.map((c) => c.caseId.slice(-2)) }]));
}

function queue(workbook: MemoryWorkbook, date = TODAY) {
  const report = queueDigests(deps(workbook, date), loadConfig(workbook));
  workbook.takeChanges();
  return report;
}

const outbox = (workbook: MemoryWorkbook) => rowsOf(workbook, KOTAK_SUREL.name);

describe("with cases due soon, late, on time, paused and closed", () => {
  it("tells each active role of the cases waiting on it, and the head of those late beyond the threshold", () => {
    expect(plan(office())).toEqual({
      "petugas@contoh.go.id": { waiting: ["02", "03", "06"], escalated: [] },
      "verifikator@contoh.go.id": { waiting: ["06", "01"], escalated: [] },
      "asesor@contoh.go.id": { waiting: ["09"], escalated: [] },
      "kepala@contoh.go.id": { waiting: ["05"], escalated: ["02"] },
    });
  });

  it("escalates only what is late by more than Ambang Eskalasi", () => {
    const workbook = office();
    setEscalation(workbook, "4");
    expect(plan(workbook)["kepala@contoh.go.id"]).toEqual({ waiting: ["05"], escalated: [] });
    // 4 days late is not more than 4; with 1, case 9 (1 day late) stays out, 3 (2 days) comes in.
    setEscalation(workbook, "1");
    expect(plan(workbook)["kepala@contoh.go.id"]).toEqual({ waiting: ["05"], escalated: ["02", "03"] });
  });

  it("says how late or how soon, by service, without the applicant's name or numbers", () => {
    const workbook = office();
    expect(queue(workbook)).toEqual({ queued: 4, byRole: { Petugas: 1, Verifikator: 1, Asesor: 1, Kepala: 1 }, problems: [] });
    const rows = outbox(workbook);
    const petugas = rows.find((r) => r.Kepada === "petugas@contoh.go.id")!;
    expect(petugas.Kunci).toBe("RINGKASAN:2026-11-23:petugas@contoh.go.id");
    expect(petugas.Perihal).toBe("Ringkasan harian 23 November 2026: 3 kasus, 2 terlambat");
    const body = String(petugas.Isi);
    expect(body).toContain("Yth. Petugas Layanan,");
    expect(body).toContain("Sertifikasi Kompetensi bagi PNS\n- PRM-2026-00002 · Diterima · tenggat langkah 17 November 2026 · terlambat 4 hari kerja");
    expect(body).toContain("- PRM-2026-00006 · Perencanaan · tenggat langkah 23 November 2026 · jatuh tempo hari ini");
    const kepala = String(rows.find((r) => r.Kepada === "kepala@contoh.go.id")!.Isi);
    expect(kepala).toContain("Eskalasi: kasus yang terlambat lebih dari 3 hari kerja (semua layanan):");
    expect(kepala.split("PRM-2026-00005")).toHaveLength(2);
    expect(String(rows.find((r) => r.Kepada === "asesor@contoh.go.id")!.Isi)).toContain("tenggat layanan 20 November 2026 · terlambat 1 hari kerja");
    const all = rows.map((r) => `${r.Perihal}\n${r.Isi}`).join("\n");
    expect(all).not.toMatch(/Pemohon Rahasia|\d{16}|rina@contoh/);
    expect(rows.map((r) => r.Kepada)).not.toContain("petugas.lama@contoh.go.id");
    expect(rows.map((r) => r.Kepada)).not.toContain("admin@contoh.go.id");
    expect(digestLines(queue(office()))).toEqual(["Ringkasan harian: 4 surel diantre di tab Kotak Surel (Petugas 1, Verifikator 1, Asesor 1, Kepala 1)."]);
  });

  it("queues one message per person per office day, however often it runs", () => {
    const workbook = office();
    expect(queue(workbook).queued).toBe(4);
    expect(queue(workbook)).toEqual({ queued: 0, byRole: {}, problems: [] });
    expect(digestLines(queue(workbook))).toEqual([]);
    expect(outbox(workbook)).toHaveLength(4);
    expect(queue(workbook, "2026-11-24").queued).toBe(4);
    expect(outbox(workbook).map((r) => r.Kunci)).toContain(digestKey("2026-11-24" as never, "kepala@contoh.go.id"));
    expect(outbox(workbook)).toHaveLength(8);
  });
});

describe("with nothing due", () => {
  it("queues nothing", () => {
    const workbook = makeOffice([caseIn(1, "Diterima", "2026-12-10")]);
    ensureCaseRegisters(workbook);
    expect(queue(workbook)).toEqual({ queued: 0, byRole: {}, problems: [] });
    expect(outbox(workbook)).toEqual([]);
  });
});

describe("in the office cycle", () => {
  const sender = (): MailSender & { sent: MailMessage[] } => {
    const sent: MailMessage[] = [];
    return { sent, remainingQuota: () => 100 - sent.length, send: (m) => void sent.push(m) };
  };
  const cycle = (workbook: MemoryWorkbook, mail: MailSender, reconcileAll: boolean, date = TODAY) =>
    runOfficeCycle(deps(workbook, date, mail), { finisher: { finish: () => ({ lines: [] }) } }, { check: null, rerender: false, approvals: { actorEmail: null, ids: new Set(), markClaimed: false }, reconcileAll });

  it("sends the day's digest in the daily run that queued it, once a day", () => {
    const workbook = office();
    const mail = sender();
    expect(cycle(workbook, mail, true).letters!.lines).toContain("Ringkasan harian: 4 surel diantre di tab Kotak Surel (Petugas 1, Verifikator 1, Asesor 1, Kepala 1).");
    expect(mail.sent.map((m) => m.to).sort()).toEqual(["asesor@contoh.go.id", "kepala@contoh.go.id", "petugas@contoh.go.id", "verifikator@contoh.go.id"]);
    cycle(workbook, mail, true);
    expect(mail.sent).toHaveLength(4);
    cycle(workbook, mail, true, "2026-11-24");
    expect(mail.sent).toHaveLength(8);
  });

  it("queues none from an edit or a menu action (no reconcileAll)", () => {
    const workbook = office();
    const mail = sender();
    expect(cycle(workbook, mail, false).letters!.digest).toBeNull();
    expect(mail.sent).toEqual([]);
    expect(outbox(workbook)).toEqual([]);
  });
});

describe("with the check's own list", () => {
  const byId = (cases: readonly { caseId: string }[]) => [...cases].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));

  it("is what reading the registers after the check gives, so the daily run reads them once", () => {
    const workbook = office();
    const summary = runCheck(deps(workbook));
    workbook.takeChanges();
    const config = loadConfig(workbook);
    expect(summary.dueCases!.length).toBeGreaterThan(0);
    // Every case the check flags "Segera" or "Terlambat" is on the list: the two judge alike.
    expect(summary.dueCases!.length).toBe(summary.dueSoon + summary.overdue);
    expect(byId(summary.dueCases!)).toEqual(byId(dueCases(deps(workbook), config, TODAY as never)));
  });

  it("is not given by an edit's check or a resumed sweep (they do not see every case)", () => {
    expect(runCheck(deps(office()), { onlyIds: ["PRM-2026-00001"] }).dueCases).toBeUndefined();
    expect(runCheck(deps(office()), { startAt: 3 }).dueCases).toBeUndefined();
  });
});
