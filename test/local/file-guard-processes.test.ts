// The workbook lock between real processes: a run killed with SIGKILL mid-save, two processes
// racing for a stale lock, a long run keeping its lock, a stalled run that lost it.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalFileError } from "../../sync/local/errors";
import { fileSha256, replaceFileDurably, withWorkbookLock } from "../../sync/local/file-guard";

const CHILD = fileURLToPath(new URL("./file-guard-child.ts", import.meta.url));
const FAST = { staleMs: 2_000, updateMs: 1_000 };

interface Child {
  readonly process: ChildProcess;
  next(event: string): Promise<Record<string, unknown>>;
  send(message: Record<string, unknown>): void;
  kill(): Promise<void>;
}

const children: ChildProcess[] = [];

function start(mode: string, path: string, timing = FAST): Child {
  const child = fork(CHILD, [mode, path, String(timing.staleMs), String(timing.updateMs)], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  children.push(child);
  const inbox: Record<string, unknown>[] = [];
  const waiting: { event: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  child.on("message", (message: Record<string, unknown>) => {
    const i = waiting.findIndex((w) => w.event === message["event"] || w.event === "*");
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(message);
    else inbox.push(message);
  });
  return {
    process: child,
    next: (event) => {
      const i = inbox.findIndex((m) => event === "*" || m["event"] === event);
      if (i >= 0) return Promise.resolve(inbox.splice(i, 1)[0]!);
      return new Promise((resolve) => waiting.push({ event, resolve }));
    },
    send: (message) => void child.send(message),
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

let dir: string;
let workbook: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "file-guard-proses-"));
  workbook = join(dir, "sertifikasi.xlsx");
  await writeFile(workbook, "isi asli dengan NIK dan NIP");
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

const temporaries = async (): Promise<string[]> => (await readdir(dir)).filter((e) => e.endsWith(".tmp"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("with a run killed by SIGKILL in the middle of a save", () => {
  it.each([
    ["after the temporary copy was complete, before the rename", "kill-before-rename", "temp-complete"],
    ["while the temporary copy was being written", "kill-writing", "writing"],
  ])("%s: the original is intact and the next run removes the copy and goes ahead", async (_label, mode, event) => {
    const original = await fileSha256(workbook);
    const child = start(mode, workbook, { staleMs: 120_000, updateMs: 5_000 });
    await child.next(event);
    if (mode === "kill-writing") while ((await temporaries()).length === 0) await sleep(2);
    await child.kill();
    const left = await temporaries();
    expect(left).toHaveLength(1); // the half-made copy (it holds the NIK and NIP)
    expect(await fileSha256(workbook)).toBe(original);
    // The dead run's lock is recognised by its pid at once: no waiting for the stale time.
    const removed = await withWorkbookLock(workbook, async (lock) => lock.removedLeftovers, { timing: { staleMs: 120_000, updateMs: 5_000 } });
    expect(removed).toEqual(left);
    expect(await temporaries()).toEqual([]);
    expect(await readdir(dir)).toEqual(["sertifikasi.xlsx"]);
  });
});

async function plantStaleLock(round: number): Promise<void> {
  const lock = `${workbook}.lock`;
  await mkdir(lock);
  if (round % 2 === 0) {
    // A run on this computer that died: pid gone, lock still fresh.
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => dead.once("exit", resolve));
    await writeFile(join(lock, "pemilik.json"), JSON.stringify({ token: `mati-${round}`, pid: dead.pid, host: hostname(), since: new Date().toISOString() }));
  } else {
    // A run on another computer that stopped refreshing its lock an hour ago.
    await writeFile(join(lock, "pemilik.json"), JSON.stringify({ token: `lama-${round}`, pid: 1, host: "pc-lain", since: "2026-01-15T01:00:00.000Z" }));
    const old = new Date(Date.now() - 3_600_000);
    await utimes(lock, old, old);
  }
}

describe("with two processes racing for a stale lock", () => {
  it("exactly one of them gets it, every time", async () => {
    const a = start("race", workbook);
    const b = start("race", workbook);
    const rounds = 24;
    let winsA = 0;
    for (let round = 0; round < rounds; round += 1) {
      await plantStaleLock(round);
      // Both see the stale lock, then wait a little before claiming it: the window where a
      // stat-rmdir-mkdir takeover lets both in.
      a.send({ kind: "go", delayMs: round % 3 === 0 ? 0 : Math.floor(Math.random() * 15) });
      b.send({ kind: "go", delayMs: round % 3 === 0 ? 0 : Math.floor(Math.random() * 15) });
      const [first, second] = await Promise.all([a.next("*"), b.next("*")]);
      const events = [first["event"], second["event"]].sort();
      expect(events, `round ${round}: ${JSON.stringify([first, second])}`).toEqual(["refused", "won"]);
      const loser = first["event"] === "refused" ? first : second;
      expect(loser["code"]).toBe("BUSY");
      const winner = first["event"] === "won" ? a : b;
      if (winner === a) winsA += 1;
      winner.send({ kind: "release" });
      await winner.next("released");
      await expect(stat(`${workbook}.lock`)).rejects.toMatchObject({ code: "ENOENT" });
    }
    expect(winsA).toBeGreaterThan(0);
    expect(winsA).toBeLessThan(rounds);
  });
});

describe("with a long run", () => {
  it("keeps its lock well past the stale time while its process is alive", async () => {
    const holder = start("hold", workbook);
    await holder.next("held");
    for (const wait of [3_000, 1_500]) {
      await sleep(wait);
      const error = await withWorkbookLock(workbook, async () => "masuk", { timing: FAST }).then(() => null, (e: unknown) => e as LocalFileError);
      expect(error?.code).toBe("BUSY");
      expect(error?.message).toContain(`PID ${holder.process.pid}`);
    }
    holder.send({ kind: "release", save: "disimpan setelah 4,5 detik" });
    await holder.next("done");
    expect(await readFile(workbook, "utf8")).toBe("disimpan setelah 4,5 detik");
  });

  it("a run that stalled past the stale time and lost its lock never saves", async () => {
    const stalled = start("stall", workbook);
    await stalled.next("held");
    stalled.send({ kind: "stall", delayMs: 5_000 }); // its event loop is blocked: no refresh
    // proper-lockfile's first mtime is rounded up to the next second: stale 2 s after that.
    await sleep(3_600);
    await withWorkbookLock(workbook, async (lock) => {
      await replaceFileDurably(workbook, Buffer.from("dari proses yang mengambil alih"));
      const outcome = await stalled.next("*");
      expect(outcome).toMatchObject({ event: "refused", code: "BUSY" });
      await stalled.next("finished");
      // Its cleanup on the way out left our lock alone.
      const owner = JSON.parse(await readFile(join(lock.lockPath, "pemilik.json"), "utf8"));
      expect(owner.pid).toBe(process.pid);
      await lock.assertHeld();
    }, { timing: FAST });
    expect(await readFile(workbook, "utf8")).toBe("dari proses yang mengambil alih");
  });
});
