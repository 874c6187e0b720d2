// Under injected faults a backup either completes correctly or fails leaving no complete-looking
// snapshot; a restore survives lost answers and, if it must stop, says exactly what it wrote.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { list } from "../../sync/backup/commands/list";
import { restore } from "../../sync/backup/commands/restore";
import { SyncError } from "../../sync/backup/errors";
import { resolveSnapshot } from "../../sync/backup/snapshot/store";
import { writeSnapshot } from "../../sync/backup/snapshot/write";
import type { Tab } from "../../sync/backup/model";
import type { FakeSheetsServer } from "./fake-sheets/server";
import { permohonanRows, riwayatRows } from "./fixtures";
import { FAKE_ID, FAKE_ID_2, options, testContext, withServerAndDir } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };

withServerAndDir((s, d) => {
  server = s;
  dir = d;
  server.add(FAKE_ID, "Register Uji", [
    { title: "Permohonan", rows: permohonanRows(40) },
    { title: "Riwayat", rows: riwayatRows(60) },
  ]);
});

const visible = async (folder: string): Promise<string[]> =>
  (await readdir(folder).catch(() => [] as string[])).filter((n) => !n.startsWith("."));

async function restoredEqualsSource(snapshotFolder: string): Promise<void> {
  server.add(FAKE_ID_2, "Salinan", [{ title: "Sheet1" }]);
  await restore([snapshotFolder, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server).ctx);
  for (const tab of ["Permohonan", "Riwayat"]) {
    expect(server.grid(FAKE_ID_2, tab, "FORMULA")).toEqual(server.grid(FAKE_ID, tab, "FORMULA"));
  }
}

describe("backup under faults", () => {
  it("retries 429 (honouring Retry-After), 500, 503, a reset and a cut-off answer, then completes", async () => {
    server.faults.push(
      { op: "get", kind: "429", retryAfterSeconds: 7, times: 1 },
      { op: "get", kind: "503", times: 1 },
      { op: "batchGet", kind: "drop", times: 1 },
      { op: "batchGet", kind: "500", times: 1 },
      { op: "batchGet", kind: "reset", times: 1 },
      { op: "batchGet", kind: "429", times: 1 },
    );
    const t = testContext(server);
    expect(await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx)).toBe(0);
    // Retry-After: 7 s was waited (plus at most a quarter second of jitter).
    expect(t.clock.sleeps[0]).toBeGreaterThanOrEqual(7_000);
    expect(t.clock.sleeps[0]).toBeLessThan(7_300);
    expect(t.clock.sleeps).toHaveLength(6);
    expect(t.err.filter((l) => l.includes("mencoba lagi"))).toHaveLength(6);
    // 3 clean requests (get, formula read, value read) + 6 failed attempts.
    expect(server.count()).toBe(9);
    const names = await visible(dir.path);
    expect(names).toHaveLength(1);
    await restoredEqualsSource(join(dir.path, names[0]!));
  });

  it("abandons a slow answer after the request timeout and retries", async () => {
    server.faults.push({ op: "batchGet", kind: "slow", delayMs: 1_000, times: 1 });
    const t = testContext(server, { timeoutMs: 250 });
    expect(await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx)).toBe(0);
    expect(server.requests.filter((r) => r.op === "batchGet" && r.fault === "slow")).toHaveLength(1);
    expect(t.clock.sleeps).toHaveLength(1);
    await restoredEqualsSource(join(dir.path, (await visible(dir.path))[0]!));
  });

  it("gives up after about a minute of 429s, leaving no snapshot", async () => {
    server.faults.push({ op: "batchGet", kind: "429", times: Infinity });
    const t = testContext(server);
    const error = await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe("QUOTA");
    const waited = t.clock.sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThan(30_000);
    expect(waited).toBeLessThanOrEqual(60_000);
    expect(await readdir(dir.path).catch(() => [])).toEqual([]);
  });

  it("fails on persistent 500s with UNAVAILABLE and no snapshot", async () => {
    server.faults.push({ kind: "500", times: Infinity });
    const error = await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server).ctx).catch((e: unknown) => e);
    expect((error as SyncError).code).toBe("UNAVAILABLE");
    expect(await visible(dir.path)).toEqual([]);
  });

  it("removes its temporary folder when writing the snapshot fails part-way", async () => {
    const good: Tab = { name: "A", rows: [["x"]], formulas: new Map() };
    const bad = { name: "B", formulas: new Map(), get rows(): never { throw new Error("disk penuh (simulasi)"); } } as unknown as Tab;
    const now = () => new Date(Date.UTC(2026, 0, 15));
    await expect(writeSnapshot(dir.path, { tabs: [good, bad] }, { source: { kind: "xlsx" }, startedAt: now(), now })).rejects.toThrow("disk penuh");
    expect(await readdir(dir.path)).toEqual([]);
  });

  it("never treats an interrupted backup (a leftover temp folder) as a snapshot", async () => {
    const t = testContext(server);
    await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx);
    const [complete] = await visible(dir.path);
    // What a killed process leaves behind: files, even a manifest, in a hidden temp folder.
    const leftover = join(dir.path, ".tmp-terputus");
    await mkdir(join(leftover, "tabs"), { recursive: true });
    await writeFile(join(leftover, "manifest.json"), "{}");
    expect((await resolveSnapshot(dir.path)).dir).toBe(join(dir.path, complete!));
    const shown = testContext(server);
    await list([dir.path], options(), shown.ctx);
    expect(shown.out.some((l) => l.includes(".tmp-terputus") && l.includes("TIDAK LENGKAP"))).toBe(true);
    expect(shown.out.filter((l) => l.includes(complete!))).toHaveLength(1);
  });
});

describe("restore under faults", () => {
  it("survives answers lost after the server applied a write (addSheet and values)", async () => {
    await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server).ctx);
    server.add(FAKE_ID_2, "Salinan", [{ title: "Sheet1" }]);
    server.faults.push(
      { op: "batchUpdate", kind: "drop", times: 1 },
      { op: "valuesBatchUpdate", kind: "drop", times: 2 },
      { op: "batchClear", kind: "503", times: 1 },
    );
    const t = testContext(server, { sheets: { maxBytesPerWrite: 4_000 } });
    expect(await restore([dir.path, `sheets:${FAKE_ID_2}`], options({ yes: true }), t.ctx)).toBe(0);
    // The retried addSheet was planned again from fresh metadata: each tab exists exactly once.
    expect(server.book(FAKE_ID_2).sheets.map((s) => s.title)).toEqual(["Sheet1", "Permohonan", "Riwayat"]);
    for (const tab of ["Permohonan", "Riwayat"]) {
      expect(server.grid(FAKE_ID_2, tab, "FORMULA")).toEqual(server.grid(FAKE_ID, tab, "FORMULA"));
    }
  });

  it("reports exactly what it wrote when it has to stop", async () => {
    await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server).ctx);
    server.add(FAKE_ID_2, "Salinan", [{ title: "Sheet1" }]);
    server.faults.push({ op: "valuesBatchUpdate", kind: "500", times: Infinity, skip: 2 });
    const t = testContext(server, { sheets: { maxBytesPerWrite: 3_000 } });
    const error = (await restore([dir.path, `sheets:${FAKE_ID_2}`], options({ yes: true }), t.ctx).catch((e: unknown) => e)) as SyncError;
    expect(error.code).toBe("PARTIAL_WRITE");
    // Rebuild the claimed rows from the two requests that succeeded and compare with the target.
    const written = server.grid(FAKE_ID_2, "Permohonan", "FORMULA");
    const claimed = /Permohonan: nilai baris 1–(\d+)/.exec(error.message);
    expect(claimed).not.toBeNull();
    const lastRow = Number(claimed![1]);
    expect(written).toHaveLength(lastRow);
    expect(written).toEqual(server.grid(FAKE_ID, "Permohonan", "FORMULA").slice(0, lastRow).map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : v)).filter((_, i, r) => r.slice(i).some((x) => x !== "")),
    ));
    expect(error.message).toContain("Permohonan: tab baru dibuat");
    expect(error.message).not.toContain("Riwayat: nilai");
    // Running the same restore again finishes the job.
    server.faults.length = 0;
    expect(await restore([dir.path, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server).ctx)).toBe(0);
    expect(server.grid(FAKE_ID_2, "Permohonan", "FORMULA")).toEqual(server.grid(FAKE_ID, "Permohonan", "FORMULA"));
  });
});
