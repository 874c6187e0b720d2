// Process helpers for the tried cases: kill a run at a chosen moment, wait for a busy workbook, office lock files.
import { chmodSync, existsSync, readdirSync, watch, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { MAIN, type RunOptions, type RunResult, runStart, startNode, USERS } from "./harness";

/** LibreOffice's lock file beside an open document (".~lock.<name>#"), as Calc writes it. */
export function writeLibreOfficeLock(path: string): string {
  const lock = join(dirname(path), `.~lock.${basename(path)}#`);
  writeFileSync(lock, `,Petugas Layanan,kantor-pc,02.12.2026 09:58,file:///home/petugas/.config/libreoffice/4;`);
  return lock;
}

/**
 * Excel's owner file beside an open workbook: "~$" + the name, or for a name of more than
 * seven characters before the extension "~$" + the name without its first two characters.
 * The content is the user name in a fixed-size record (Excel's own layout; the engine only needs the name).
 */
export function writeExcelLock(path: string, variant: "full" | "short"): string {
  const name = basename(path);
  const lock = join(dirname(path), `~$${variant === "full" ? name : name.slice(2)}`);
  const user = "Petugas Layanan";
  const record = Buffer.alloc(165, 0x20);
  record[0] = user.length;
  record.write(user, 1, "latin1");
  record[54] = user.length;
  record.write(user, 56, "utf16le");
  writeFileSync(lock, record);
  return lock;
}

/** Entries beside the workbook that look like a temporary copy of it (not the workbook, its lock, or surat/). */
export function temporaryCopies(path: string): string[] {
  const name = basename(path);
  return readdirSync(dirname(path)).filter((entry) =>
    entry !== name && entry !== "surat" && !entry.endsWith(".lock") && (entry.startsWith(".") || entry.includes(name.replace(/\.xlsx$/, ""))));
}

/**
 * Starts `npm start` in its own process group and kills the whole group with SIGKILL as soon as
 * `when()` is true (checked on every change in the folders watched and on every output chunk).
 * Resolves with whether the kill happened before the run ended by itself.
 */
export async function killWhen(path: string, as: string, watchDirs: readonly string[], when: (output: string) => boolean, options: RunOptions = {}): Promise<{ killed: boolean; result: RunResult }> {
  const started = startNode(MAIN, ["--berkas", path, "--sebagai", as], { ...options, detached: true });
  let killed = false;
  const check = () => {
    if (killed || started.child.exitCode !== null) return;
    if (when(started.output())) {
      killed = true;
      process.kill(-started.child.pid!, "SIGKILL");
    }
  };
  const watchers = watchDirs.filter(existsSync).map((d) => watch(d, { recursive: true }, check));
  started.child.stdout!.on("data", check);
  started.child.stderr!.on("data", check);
  try {
    const result = await started.done;
    return { killed, result };
  } finally {
    watchers.forEach((w) => w.close());
  }
}

const BUSY_RETRY_MS = 60_000;

/**
 * `npm start`, repeated while it answers "workbook in use" (exit 3): after a killed run its lock
 * may count as held until the lock's staleness limit passes. Waits on the command, not a timer.
 */
export async function runStartWhenFree(path: string, as: string = USERS.admin, options: RunOptions = {}): Promise<RunResult> {
  const deadline = Date.now() + BUSY_RETRY_MS;
  for (;;) {
    const result = await runStart(path, as, [], options);
    if (result.code !== 3 || Date.now() > deadline) return result;
  }
}

/**
 * A Chromium that waits at a gate: the engine's PDF step (between reading the workbook and saving
 * it, today) blocks until the test opens the gate, then the real browser runs. `started` turns true
 * when the engine has launched it.
 */
export function gatedChromium(dir: string, real = "/usr/bin/chromium") {
  const script = join(dir, "chromium-gerbang.sh");
  const startedFile = join(dir, "gerbang-dimulai");
  const openFile = join(dir, "gerbang-dibuka");
  writeFileSync(script, `#!/bin/sh\ntouch '${startedFile}'\nwhile [ ! -e '${openFile}' ]; do sleep 0.05; done\nexec '${real}' "$@"\n`);
  chmodSync(script, 0o755);
  return {
    path: script,
    started: () => existsSync(startedFile),
    open: () => writeFileSync(openFile, ""),
  };
}

/** Resolves when `ready()` holds (checked on every change in `dir`) or `settled` resolves first. */
export async function untilChange(dir: string, ready: () => boolean, settled: Promise<unknown>): Promise<void> {
  if (ready()) return;
  await new Promise<void>((done) => {
    const watcher = watch(dir, () => {
      if (ready()) finish();
    });
    const finish = () => {
      watcher.close();
      done();
    };
    void settled.finally(finish);
  });
}
