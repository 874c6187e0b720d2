// The workbook rewrites engine cells between written rows unchanged (one setValues instead of
// several) from what it read. That is safe only under the same holding of the document lock: once
// it was let go (between the office cycle's phases), another execution may have moved a case, and
// a fill from the older read would put the case back. GasWorkbook and GasLock are run here from
// source against the fake services, made global as the Apps Script runtime makes them.
import { afterEach, describe, expect, it } from "vitest";
import type { TableChanges, RawTable } from "../../apps-script/core/ports";
import { addApplications, application, caseRow, expectOk, newOffice, put, rowOf } from "./office";

// Loaded by a computed path: the root type check has no Apps Script types for their sources (the
// Apps Script tsconfig checks them); only the parts used here are typed.
interface SourceWorkbook {
  readTable(name: string): RawTable | null;
  applyChanges(changes: readonly TableChanges[]): unknown;
}
interface SourceLock {
  runExclusive<T>(work: () => T): T;
}
const GAS = "../../apps-script/gas/";
const { GasWorkbook } = (await import(/* @vite-ignore */ `${GAS}gas-workbook`)) as { GasWorkbook: new (spreadsheet: unknown) => SourceWorkbook };
const { GasLock } = (await import(/* @vite-ignore */ `${GAS}gas-lock`)) as { GasLock: new (lock: unknown) => SourceLock };

const GLOBALS = ["Utilities", "LockService", "Session"] as const;
afterEach(() => {
  for (const name of GLOBALS) delete (globalThis as Record<string, unknown>)[name];
});

describe("filling the gaps between written rows", () => {
  it("uses no cell read before the lock was let go: a case moved meanwhile stays moved", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0), application(1), application(2)]);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    const [first, middle, last] = ["PRM-2026-00001", "PRM-2026-00002", "PRM-2026-00003"];
    const column = rt.column("Permohonan", "Status Tercatat");
    rt.asScript((services) => {
      for (const name of GLOBALS) (globalThis as Record<string, unknown>)[name] = services[name];
      const workbook = new GasWorkbook(services.SpreadsheetApp.getActiveSpreadsheet());
      const lock = new GasLock(services.LockService.getDocumentLock());
      const hints = lock.runExclusive(() => {
        workbook.readTable("Permohonan");
        return [first, last].map((id) => rowOf(rt, id) - 2);
      });
      // Another execution moves the middle case while this one does not hold the lock.
      put(rt, "Permohonan", rowOf(rt, middle), column, [["Verifikasi"]]);
      lock.runExclusive(() =>
        workbook.applyChanges([{
          table: "Permohonan", appends: [],
          patches: [{ id: first, rowHint: hints[0]!, values: { "Status Tercatat": "Dibatalkan" } }, { id: last, rowHint: hints[1]!, values: { "Status Tercatat": "Dibatalkan" } }],
        }]),
      );
    });
    expect(caseRow(rt, first)["Status Tercatat"]).toBe("Dibatalkan");
    expect(caseRow(rt, last)["Status Tercatat"]).toBe("Dibatalkan");
    expect(caseRow(rt, middle)["Status Tercatat"]).toBe("Verifikasi");
  });

  it("still fills under the same holding: the rows and the gap in one setValues", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0), application(1), application(2)]);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    const [first, middle, last] = ["PRM-2026-00001", "PRM-2026-00002", "PRM-2026-00003"];
    const calls = rt.asScript((services) => {
      for (const name of GLOBALS) (globalThis as Record<string, unknown>)[name] = services[name];
      const workbook = new GasWorkbook(services.SpreadsheetApp.getActiveSpreadsheet());
      const lock = new GasLock(services.LockService.getDocumentLock());
      const before = rt.store.stack.at(-1)!.calls.of("Range.setValues");
      lock.runExclusive(() => {
        workbook.readTable("Permohonan");
        workbook.applyChanges([{
          table: "Permohonan", appends: [],
          patches: [{ id: first, rowHint: rowOf(rt, first) - 2, values: { "Status Tercatat": "Dibatalkan" } }, { id: last, rowHint: rowOf(rt, last) - 2, values: { "Status Tercatat": "Dibatalkan" } }],
        }]);
      });
      return rt.store.stack.at(-1)!.calls.of("Range.setValues") - before;
    });
    expect(calls).toBe(1);
    expect(caseRow(rt, middle)["Status Tercatat"]).toBe("Diterima");
    expect(caseRow(rt, last)["Status Tercatat"]).toBe("Dibatalkan");
  });
});
