// The configuration tabs in the document cache: edits take them from it, an edit of any of them
// drops it, a change made outside the editor is seen within ten minutes (at once by the sweep),
// and nothing breaks when the cache forgets. Each tab is read at most once per execution.
import { describe, expect, it } from "vitest";
import type { Cell } from "./fake/cells";
import { GasRuntime } from "./harness";
import { STAFF, addApplications, application, caseRow, expectOk, newOffice, rowOf } from "./office";

/** Tabs an edit of a small office reads whole besides the configuration. */
const CASE_REGISTERS = 4;
const CONFIG_TABS = ["Pengaturan", "Libur", "Skema", "Unit Kompetensi", "Persyaratan", "Alur", "Alur Transisi", "Pengguna", "Asesor", "TUK", "Layanan", "Kolom Kasus", "Jenis Dokumen"];

async function office(count = 6): Promise<GasRuntime> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i)));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

/** Configuration tabs each edit made by `move` read from the sheet (getSheetValues or getDataRange on them). */
const configReads = new WeakMap<object, string[]>();

function move(rt: GasRuntime, user: string, id: string, status: string) {
  const tabs: string[] = [];
  rt.store.onServiceCall = (_execution, name, target) => {
    const tab = (target as { name?: string }).name ?? "";
    if ((name === "Sheet.getSheetValues" || name === "Sheet.getDataRange") && CONFIG_TABS.includes(tab)) tabs.push(tab);
  };
  let run;
  try {
    [run] = rt.edit(user, "Permohonan", rowOf(rt, id), rt.column("Permohonan", "Status"), [[status]]);
  } finally {
    rt.store.onServiceCall = null;
  }
  expectOk(run!, "edit");
  configReads.set(run!, tabs);
  return run!;
}

function configTabsRead(run: object): string[] {
  return configReads.get(run) ?? [];
}

/** Whole-tab reads an execution made (Sheet.getSheetValues and getDataRange, one each per tab). */
function tabReads(run: { calls: { of(name: string): number } }): number {
  return run.calls.of("Sheet.getSheetValues") + run.calls.of("Sheet.getDataRange");
}

/** Pengguna's row of that address, 2-based, as staff would find it. */
function userRow(rt: GasRuntime, email: string): number {
  const emails = rt.table("Pengguna").map((r) => r["Email"]);
  return emails.indexOf(email) + 2;
}

describe("an edit and the configuration tabs", () => {
  it("reads none of the thirteen configuration tabs when the cache holds them", async () => {
    const rt = await office();
    const run = move(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00002")["Status Tercatat"]).toBe("Verifikasi");
    expect(run.calls.of("Cache.getAll")).toBe(1);
    // Only the case's registers: Permohonan (the edited sheet comes with the event), Riwayat, Surat, Hasil Asesmen.
    expect(configTabsRead(run)).toEqual([]);
    expect(run.calls.of("Spreadsheet.getSheetByName")).toBe(CASE_REGISTERS - 1);
  });

  it("sees a role taken away in the editor at the next edit", async () => {
    const rt = await office();
    const [off] = rt.edit(STAFF.admin, "Pengguna", userRow(rt, STAFF.petugas), rt.column("Pengguna", "Aktif"), [["Tidak"]]);
    expectOk(off!, "Pengguna edit");
    const run = move(rt, STAFF.petugas, "PRM-2026-00003", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00003")["Status Tercatat"]).toBe("Diterima");
    expect(configTabsRead(run).length).toBeGreaterThanOrEqual(CONFIG_TABS.length - 1); // read again (a missing tab is asked, not read)
  });

  it("sees a change made outside the editor within ten minutes, and the sweep sees it at once", async () => {
    const rt = await office();
    // The Sheets API (or a restore) changes Pengguna: no edit trigger fires.
    const sheet = rt.sheet("Pengguna");
    sheet._writeCells(userRow(rt, STAFF.petugas), rt.column("Pengguna", "Aktif"), [["Tidak"]], (v) => v as Cell);
    rt.store.clock += 60_000;
    move(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Verifikasi"); // the cached role, one minute on

    rt.store.clock += 11 * 60_000;
    move(rt, STAFF.petugas, "PRM-2026-00004", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00004")["Status Tercatat"]).toBe("Diterima");

    // The sweep reads the tabs itself and stores them afresh.
    sheet._writeCells(userRow(rt, STAFF.petugas), rt.column("Pengguna", "Aktif"), [["Ya"]], (v) => v as Cell);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    move(rt, STAFF.petugas, "PRM-2026-00005", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00005")["Status Tercatat"]).toBe("Verifikasi");
  });

  it("works the same when the cache keeps nothing (CacheService promises nothing)", async () => {
    const rt = await office();
    rt.store.cacheEvicts = true;
    const run = move(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00002")["Status Tercatat"]).toBe("Verifikasi");
    expect(configTabsRead(run).length).toBeGreaterThanOrEqual(CONFIG_TABS.length - 1);
  });

  it("reads a configuration tab too large for one cache value from the sheet every time", async () => {
    const rt = await office();
    // 600 TUK rows of long addresses: well past the 100 KB a cache value may hold.
    const rows = Array.from({ length: 600 }, (_, i) => [`TUK-${String(i + 10).padStart(3, "0")}`, `TUK Cabang ${i}`, "Sewaktu", `Jl. ${"Panjang ".repeat(30)}${i}`, "Ya"]);
    const start = rt.sheet("TUK").getLastRow() + 1;
    rt.sheet("TUK")._writeCells(start, 1, rows, (v) => v as Cell);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    const run = move(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00002")["Status Tercatat"]).toBe("Verifikasi");
    expect(configTabsRead(run)).toEqual(["TUK"]);
  });
});

describe("one read of each tab per execution", () => {
  it("the daily sweep looks up and reads every tab at most once", async () => {
    const rt = await newOffice();
    addApplications(rt, Array.from({ length: 30 }, (_, i) => application(i)));
    const [run] = rt.runDailyTriggers();
    expectOk(run!, "sweep");
    const tabs = rt.store.spreadsheet.getSheets().length;
    expect(run!.calls.of("Spreadsheet.getSheetByName")).toBeLessThanOrEqual(tabs);
    expect(tabReads(run!)).toBeLessThanOrEqual(tabs);
  });
});

describe("the cache fake holds to the reference", () => {
  it("refuses keys over 250 characters, values over 100 KB and expirations over 6 hours; keeps the two caches apart", async () => {
    const rt = await GasRuntime.create();
    rt.asScript(({ CacheService }) => {
      const cache = CacheService.getDocumentCache();
      expect(() => cache.put("k".repeat(251), "v")).toThrow("Argument too large: key");
      expect(() => cache.put("k", "v".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
      expect(() => cache.put("k", "v", 21_601)).toThrow("Invalid argument: expirationInSeconds");
      cache.putAll({ a: "1", b: "2" }, 60);
      expect(cache.getAll(["a", "b", "c"])).toEqual({ a: "1", b: "2" });
      expect(CacheService.getScriptCache().get("a")).toBeNull();
    });
    rt.store.clock += 61_000;
    rt.asScript(({ CacheService }) => expect(CacheService.getDocumentCache().getAll(["a", "b"])).toEqual({}));
  });
});
