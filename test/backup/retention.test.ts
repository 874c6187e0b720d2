// Retention keeps the newest snapshot of each of the last N days, ISO weeks and months, counted
// in the office's time zone, and never touches unreadable snapshots or young temp folders.
import { mkdir, readdir, utimes } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { prune } from "../../sync/backup/commands/prune";
import { selectKeep } from "../../sync/backup/snapshot/retention";
import { snapshotName } from "../../sync/backup/snapshot/store";
import { writeSnapshot } from "../../sync/backup/snapshot/write";
import type { FakeSheetsServer } from "./fake-sheets/server";
import { riwayatRows } from "./fixtures";
import { FAKE_ID, options, testContext, withServerAndDir } from "./helpers";

/** A moment given as Jakarta wall-clock time (UTC+7, no daylight saving). */
const wib = (text: string): Date => new Date(`${text}:00+07:00`);

const SNAPSHOTS = [
  "2026-03-10T20:00", "2026-03-10T08:00", "2026-03-09T08:00", "2026-03-08T08:00", "2026-03-02T08:00",
  "2026-02-27T08:00", "2026-02-15T08:00", "2026-02-01T00:30", "2026-01-31T23:30", "2025-12-20T08:00",
].map((t) => ({ name: t, time: wib(t) }));

describe("selectKeep", () => {
  it("keeps the newest per day, ISO week and month in the office's zone", () => {
    const keep = selectKeep(SNAPSHOTS, { daily: 3, weekly: 2, monthly: 3 }, "Asia/Jakarta");
    // daily: 10, 9, 8 March; weekly: W11 (10 Mar), W10 (8 Mar, a Sunday); monthly: Mar, Feb (27th),
    // Jan (31st 23:30 — 1 Feb 00:30 WIB is February in Jakarta although January in UTC).
    expect([...keep].sort()).toEqual(["2026-01-31T23:30", "2026-02-27T08:00", "2026-03-08T08:00", "2026-03-09T08:00", "2026-03-10T20:00"]);
  });

  it("counts days in the given zone (UTC would put the 00:30 WIB snapshot in January)", () => {
    const keep = selectKeep(SNAPSHOTS, { daily: 0, weekly: 0, monthly: 3 }, "UTC");
    expect([...keep].sort()).toEqual(["2026-02-01T00:30", "2026-02-27T08:00", "2026-03-10T20:00"]);
  });

  it("always keeps the newest snapshot, even with all rules at zero", () => {
    expect([...selectKeep(SNAPSHOTS, { daily: 0, weekly: 0, monthly: 0 }, "Asia/Jakarta")]).toEqual(["2026-03-10T20:00"]);
  });
});

describe("retention on disk", () => {
  let server: FakeSheetsServer;
  let dir: { path: string; cleanup: () => Promise<void> };
  withServerAndDir((s, d) => {
    server = s;
    dir = d;
  });

  async function seed(times: string[]): Promise<void> {
    for (const t of times) {
      const at = wib(t);
      await writeSnapshot(dir.path, { tabs: [{ name: "A", rows: [["x"]], formulas: new Map() }] }, { source: { kind: "xlsx" }, startedAt: at, now: () => at });
    }
  }

  it("prune deletes what the rules do not keep, and --dry-run deletes nothing", async () => {
    await seed(["2026-03-10T08:00", "2026-03-10T20:00", "2026-03-09T08:00", "2026-03-01T08:00", "2026-02-10T08:00"]);
    const stale = join(dir.path, ".tmp-lama");
    const young = join(dir.path, ".tmp-sedang-berjalan");
    await mkdir(stale);
    await mkdir(young);
    const now = wib("2026-03-11T08:00");
    await utimes(stale, new Date(now.getTime() - 48 * 3600_000), new Date(now.getTime() - 48 * 3600_000));
    await utimes(young, new Date(now.getTime() - 3600_000), new Date(now.getTime() - 3600_000));
    const t = testContext(server, { now: () => now });

    await prune([dir.path], options({ keepDaily: 2, dryRun: true }), t.ctx);
    expect(await readdir(dir.path)).toHaveLength(7);

    await prune([dir.path], options({ keepDaily: 2, keepMonthly: 2 }), t.ctx);
    const left = (await readdir(dir.path)).sort();
    expect(left).toEqual([".tmp-sedang-berjalan", snapshotName(wib("2026-02-10T08:00")), snapshotName(wib("2026-03-09T08:00")), snapshotName(wib("2026-03-10T20:00"))].sort());
  });

  it("backup applies retention after a successful snapshot", async () => {
    server.add(FAKE_ID, "Register Uji", [{ title: "Riwayat", rows: riwayatRows(5) }]);
    await seed(["2026-01-10T08:00", "2026-01-11T08:00", "2026-01-12T08:00"]);
    const now = wib("2026-01-15T09:00");
    const t = testContext(server, { now: () => now });
    await backup([`sheets:${FAKE_ID}`, dir.path], options({ keepDaily: 2 }), t.ctx);
    expect((await readdir(dir.path)).sort()).toEqual([snapshotName(wib("2026-01-12T08:00")), snapshotName(now)].sort());
    expect(t.out.at(-1)).toContain("2 cadangan disimpan, 2 dihapus");
  });

  it("prune without rules is refused", async () => {
    await expect(prune([dir.path], options(), testContext(server).ctx)).rejects.toMatchObject({ code: "BAD_ARGS" });
  });
});
