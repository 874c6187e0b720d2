// The daily sweep: reconciles what the edit trigger never saw, keeps engine cells with their case
// when staff sort rows (between runs or during one), and costs a few calls per register at any size.
import { describe, expect, it } from "vitest";
import { SECTION_ROWS } from "../../apps-script/core/engine/dashboard-grid";
import type { FakeRange } from "./fake/range";
import { GasRuntime } from "./harness";
import { addApplications, application, caseRow, expectOk, newOffice, put, rowOf, sortAfterNextRead } from "./office";

/** Cases where every third one has a mistyped NIP (17 digits), so engine output differs per case. */
function cases(count: number) {
  return Array.from({ length: count }, (_, i) => application(i, i % 3 === 0 ? { NIP: `'${String(application(i)["NIP"]).slice(2)}` } : {}));
}

function sweep(rt: GasRuntime) {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
  return runs[0]!;
}

/** Engine cells must follow their case: flagged NIP problems only on the cases that have them. */
function expectAligned(rt: GasRuntime, count: number) {
  const rows = rt.table("Permohonan");
  expect(rows).toHaveLength(count);
  for (const row of rows) {
    const index = Number(String(row["ID Permohonan"]).slice(-5)) - 1;
    expect(String(row["Catatan Validasi"]).includes("NIP"), String(row["ID Permohonan"])).toBe(index % 3 === 0);
    expect(row["Status Tercatat"]).toBe(row["Status"]);
  }
}

describe("the daily sweep", () => {
  it("records new cases and flags invalid rows, without personal data in the log", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(12));
    sweep(rt);
    expectAligned(rt, 12);
    expect(rt.table("Riwayat").filter((r) => r["Ke"] === "Diterima")).toHaveLength(12);
    const nips = rt.table("Permohonan").map((r) => String(r["NIP"]));
    for (const line of rt.store.logs) for (const nip of nips) expect(line).not.toContain(nip);
    expect(rt.store.properties.document.get("sertifikasi.lastSweep")).toMatch(/12 permohonan diperiksa/);
  });

  it("decides a status change it finds by the unknown-user setting, never as the script's owner", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(3));
    sweep(rt);
    // A script or an API client changed the status: no edit trigger fired.
    put(rt, "Permohonan", rowOf(rt, "PRM-2026-00002"), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
    sweep(rt);
    expect(caseRow(rt, "PRM-2026-00002")["Status Tercatat"]).toBe("Diterima");
    expect(rt.table("Riwayat").at(-1)).toMatchObject({ "ID Permohonan": "PRM-2026-00002", Oleh: "tidak dikenal", Hasil: "Ditolak" });
  });
});

describe("when staff sort the rows", () => {
  it("between two sweeps, engine cells stay with their case", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(30));
    sweep(rt);
    rt.sheet("Permohonan").sort(rt.column("Permohonan", "Nama"), false);
    rt.store.clock += 24 * 3_600_000;
    sweep(rt);
    expectAligned(rt, 30);
  });

  it("while a sweep is running, its writes are re-located by ID", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(30));
    // Right after the sweep has read Permohonan (values, then formulas), staff sort it.
    const sort = sortAfterNextRead(rt, "NIK");
    sweep(rt);
    sort.done();
    expect(sort.sorted()).toBe(true);
    expectAligned(rt, 30);
  });
});

describe("the cost of a sweep", () => {
  it("grows by at most a few calls per register from 20 to 600 cases", async () => {
    const totals: number[] = [];
    for (const size of [20, 600]) {
      const rt = await newOffice();
      addApplications(rt, cases(size));
      const { calls } = sweep(rt);
      // Cases from before the status link get their random token once; two Utilities.getUuid
      // calls key them all (gas/random-uuids.ts), however many cases; the next sweep makes none.
      totals.push(calls.total);
      expect(calls.of("Utilities.getUuid")).toBe(2);
      const tokens = rt.table("Permohonan").map((row) => String(row["Kode Lacak"]));
      expect(tokens.every((t) => /^[0-9A-HJKMNP-TV-Z]{24}$/.test(t))).toBe(true);
      expect(new Set(tokens).size).toBe(size);
      const next = sweep(rt).calls;
      expect(next.of("Utilities.getUuid")).toBe(0);
      // The document properties store is looked up once, the form IDs and marks read in one call.
      expect(next.of("PropertiesService.getDocumentProperties")).toBe(1);
      expect(next.of("Properties.getProperty")).toBe(0);
    }
    expect(totals[1]! - totals[0]!).toBeLessThanOrEqual(13);
  });
});

describe("what a sweep reads", () => {
  it("reads Permohonan once: later phases (the Dasbor) take the check's own writes from what it read", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(3));
    sweep(rt);
    addApplications(rt, cases(5).slice(3)); // two new rows: the check gives them IDs and records them
    rt.store.clock += 24 * 3_600_000;
    const reads: string[] = [];
    const previous = rt.store.onServiceCall;
    rt.store.onServiceCall = (execution, name, target) => {
      previous?.(execution, name, target);
      if (/^Range\.get(Values|Formulas)$/.test(name) && (target as FakeRange | undefined)?.sheet?.name === "Permohonan") reads.push(name);
    };
    try {
      sweep(rt);
    } finally {
      rt.store.onServiceCall = previous;
    }
    // The data range once (values, formulas) and the ID column the write-back locates rows by.
    expect(reads.filter((name) => name === "Range.getFormulas")).toHaveLength(1);
    const recorded = rt.table("Permohonan").filter((row) => row["Status Tercatat"] === "Diterima").length;
    expect(recorded).toBe(5);
    expect(dashboardCount(rt, "Permohonan")).toBe(5);
  });
});

/** The Jumlah Kasus of a register's row in the Dasbor's cases-per-service section. */
function dashboardCount(rt: GasRuntime, register: string): unknown {
  const sheet = rt.sheet("Dasbor");
  for (let r = SECTION_ROWS.services + 1; r <= SECTION_ROWS.services + 30; r += 1) {
    if (sheet._plain(r, 6) === register) return sheet._plain(r, 3);
  }
  throw new Error(`no ${register} row on Dasbor`);
}

describe("a sweep that reaches the execution time limit", () => {
  it("writes what it checked, then a one-off trigger finishes the rest", async () => {
    const rt = await newOffice();
    addApplications(rt, cases(1_200));
    // Virtual time only moves with service calls. Reading Permohonan takes 200 s: past the sweep's
    // stop mark (70 % of the 4.5-minute budget), with room left to write back and schedule the
    // rest inside the 6-minute limit (at 1 s a call); the fake kills the execution if it overruns.
    let slowed = false;
    rt.store.onServiceCall = (_execution, _name, target) => {
      const sheet = target as { name?: unknown; sheet?: { name?: unknown } } | undefined;
      if (slowed || (sheet?.name !== "Permohonan" && sheet?.sheet?.name !== "Permohonan")) return;
      slowed = true;
      rt.store.clock += 200_000;
    };
    rt.store.callCostMs = 1_000;
    const first = rt.runDailyTriggers()[0]!;
    rt.store.onServiceCall = null;
    expect(first.error).toBeNull();
    const resumeAt = Number(rt.store.properties.document.get("sertifikasi.sweepResumeAt"));
    expect(resumeAt).toBeGreaterThan(0);
    expect(resumeAt).toBeLessThan(1_200);
    const recorded = rt.table("Permohonan").filter((r) => r["Status Tercatat"] !== "").length;
    expect(recorded).toBe(resumeAt); // the checked part is written, nothing beyond it
    expect(rt.store.triggers.filter((t) => t.handler === "continueSweep")).toHaveLength(1);

    rt.store.callCostMs = 0;
    for (const run of rt.runDueOneOffTriggers(60_000)) expect(run.error).toBeNull();
    expect(rt.store.properties.document.has("sertifikasi.sweepResumeAt")).toBe(false);
    expectAligned(rt, 1_200);
  });
});
