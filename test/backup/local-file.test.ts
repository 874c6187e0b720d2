// restore and export into a local .xlsx take the engine's lock and save through the file guard:
// refused while `npm start` (another process) holds it or an office app has the file open, and
// vice versa; permissions kept, read-only refused, a file changed under the run refused.
import ExcelJS from "exceljs";
import { fork, type ChildProcess } from "node:child_process";
import { chmod, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../sync/backup/cli";
import { exportXlsx } from "../../sync/backup/commands/export";
import { restore } from "../../sync/backup/commands/restore";
import { SyncError } from "../../sync/backup/errors";
import { writeSnapshot } from "../../sync/backup/snapshot/write";
import { localContext, options, tempDir } from "./helpers";

const CHILD = fileURLToPath(new URL("../local/file-guard-child.ts", import.meta.url));
const HEADER = ["ID Permohonan", "Nama"];

let dir: { path: string; cleanup: () => Promise<void> };
let snapshot: string;
let target: string;
const children: ChildProcess[] = [];

async function writeWorkbook(path: string, rows: string[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Permohonan").addRows(rows);
  await book.xlsx.writeFile(path);
}

async function names(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const values: string[] = [];
  book.getWorksheet("Permohonan")!.eachRow((row, n) => void (n > 1 && values.push(String(row.getCell(2).value))));
  return values;
}

function startChild(mode: string): { child: ChildProcess; next: (event: string) => Promise<Record<string, unknown>> } {
  const child = fork(CHILD, [mode, target, "2000", "1000"], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  children.push(child);
  const inbox: Record<string, unknown>[] = [];
  const waiters: ((m: Record<string, unknown>) => void)[] = [];
  child.on("message", (m: Record<string, unknown>) => (waiters.length ? waiters.shift()!(m) : inbox.push(m)));
  const next = async (event: string) => {
    const message = inbox.shift() ?? (await new Promise<Record<string, unknown>>((resolve) => waiters.push(resolve)));
    expect(message["event"]).toBe(event);
    return message;
  };
  return { child, next };
}

beforeEach(async () => {
  dir = await tempDir();
  const at = new Date(Date.UTC(2026, 0, 14, 2));
  const rows = [HEADER, ["PRM-1", "Asli Satu"], ["PRM-2", "Asli Dua"]];
  snapshot = (await writeSnapshot(join(dir.path, "cadangan"), { tabs: [{ name: "Permohonan", rows, formulas: new Map() }] }, { source: { kind: "xlsx" }, startedAt: at, now: () => at })).dir;
  target = join(dir.path, "sertifikasi.xlsx");
  await writeWorkbook(target, [HEADER, ["PRM-1", "Salah Tempel"], ["PRM-2", "Asli Dua"]]);
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await dir.cleanup();
});

describe("with the workbook locked by another process (npm start running)", () => {
  it("restore is refused with IN_USE (exit code 12) and the file is left as it was", async () => {
    const holder = startChild("hold");
    await holder.next("held");
    const before = await readFile(target);
    const t = localContext();
    expect(await main(["restore", snapshot, target, "--yes", "--quiet"], t.ctx)).toBe(12);
    expect(t.err.join("\n")).toMatch(/IN_USE.*sedang dipakai proses lain \(PID \d+/);
    expect(await readFile(target)).toEqual(before);
    holder.child.send({ kind: "release" });
    await holder.next("done");
    // Once the engine is done, the same restore goes through.
    expect(await main(["restore", snapshot, target, "--yes", "--quiet"], localContext().ctx)).toBe(0);
    expect(await names(target)).toEqual(["Asli Satu", "Asli Dua"]);
  });

  it("export over it is refused too", async () => {
    const holder = startChild("hold");
    await holder.next("held");
    const error = await exportXlsx([snapshot, target], options({ yes: true }), localContext().ctx).catch((e: unknown) => e as SyncError);
    expect(error).toMatchObject({ code: "IN_USE" });
    expect(await names(target)).toEqual(["Salah Tempel", "Asli Dua"]);
  });
});

describe("with a restore holding the workbook (waiting at its confirmation)", () => {
  it("the engine's lock is refused (BUSY) until the restore is done", async () => {
    let attempt: Record<string, unknown> | undefined;
    const t = localContext(async () => {
      const other = startChild("try");
      attempt = await other.next("refused");
      return true;
    });
    expect(await restore([snapshot, target], options(), t.ctx)).toBe(0);
    expect(attempt).toMatchObject({ code: "BUSY" });
    expect(await names(target)).toEqual(["Asli Satu", "Asli Dua"]);
    const after = startChild("try");
    await after.next("acquired");
  });
});

describe("with an office app's lock file beside the workbook", () => {
  it.each([
    ["LibreOffice", ".~lock.sertifikasi.xlsx#"],
    ["Excel", "~$rtifikasi.xlsx"],
  ])("restore names %s and writes nothing", async (app, lockFile) => {
    await writeFile(join(dir.path, lockFile), "Staf TU");
    const t = localContext();
    expect(await main(["restore", snapshot, target, "--yes", "--quiet"], t.ctx)).toBe(12);
    expect(t.err.join("\n")).toContain(app);
    expect(t.err.join("\n")).toContain(lockFile);
    expect(await names(target)).toEqual(["Salah Tempel", "Asli Dua"]);
  });
});

describe("permissions of the workbook", () => {
  it("restore keeps 0640 and 0600", async () => {
    for (const mode of [0o640, 0o600]) {
      await chmod(target, mode);
      await writeWorkbook(target, [HEADER, ["PRM-1", `Salah ${mode}`]]);
      expect(await restore([snapshot, target], options({ yes: true }), localContext().ctx)).toBe(0);
      expect((await stat(target)).mode & 0o777).toBe(mode);
    }
  });

  it("restore refuses a read-only workbook (NO_ACCESS, exit code 3) and leaves it", async () => {
    await chmod(target, 0o444);
    const t = localContext();
    expect(await main(["restore", snapshot, target, "--yes", "--quiet"], t.ctx)).toBe(3);
    expect(t.err.join("\n")).toContain("hanya-baca");
    expect(await names(target)).toEqual(["Salah Tempel", "Asli Dua"]);
    expect((await stat(target)).mode & 0o777).toBe(0o444);
  });

  it("export makes a new file private (0600) and keeps the mode of one it replaces", async () => {
    const fresh = join(dir.path, "ekspor.xlsx");
    expect(await exportXlsx([snapshot, fresh], options(), localContext().ctx)).toBe(0);
    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    await chmod(fresh, 0o640);
    expect(await exportXlsx([snapshot, fresh], options({ yes: true }), localContext().ctx)).toBe(0);
    expect((await stat(fresh)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir.path)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$|\.ekspor\.xlsx$/)]));
  });
});

describe("with a workbook changed while the restore waited for its confirmation", () => {
  it("nothing is written (CONFLICT) and the staff's version stays", async () => {
    const t = localContext(async () => {
      await writeWorkbook(target, [HEADER, ["PRM-1", "Disimpan Staf"]]); // a save that ignores the lock
      return true;
    });
    const error = await restore([snapshot, target], options(), t.ctx).catch((e: unknown) => e as SyncError);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(await names(target)).toEqual(["Disimpan Staf"]);
  });
});

describe("with leftovers of a killed run beside the workbook", () => {
  it("restore removes them under the lock and says so", async () => {
    await writeFile(join(dir.path, ".sertifikasi.xlsx.4242.tmp"), "salinan lama dengan NIK");
    await writeFile(join(dir.path, "sertifikasi.xlsx.0badf00d.tmp"), "salinan lama dengan NIK");
    const t = localContext();
    expect(await restore([snapshot, target], options({ yes: true }), t.ctx)).toBe(0);
    expect(t.err.join("\n")).toMatch(/sisa proses yang terhenti dihapus: .*\.sertifikasi\.xlsx\.4242\.tmp/);
    expect((await readdir(dir.path)).sort()).toEqual(["cadangan", "sertifikasi.xlsx"]);
  });
});
