// Tried cases of issue 8 about the workbook file: office apps holding it, permissions, kills, restore races, bad paths.
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { filesUnder, freshWorkbook, MAIN, type RunResult, runNode, runStart, runSync, USERS } from "./harness";
import { gatedChromium, killWhen, runStartWhenFree, temporaryCopies, untilChange, writeExcelLock, writeLibreOfficeLock } from "./processes";
import { caseRow, readRegister } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const CASE = "PRM-2026-00001";
const moveTo = (status: string, id = CASE): Operation => ({ op: "set", sheet: "Permohonan", key: { header: "ID Permohonan", value: id }, header: "Status", string: status });
/** Library or runtime English that must never reach staff. */
const LIBRARY_ENGLISH = /Corrupted zip|central directory|EISDIR|ENOENT|EACCES|Unknown option|illegal operation|Cannot |Error:|TypeError|\bat .*\.ts:\d+/;

/** A fresh workbook with PRM-2026-00001 moved to Verifikasi (a move that also makes a receipt letter). */
async function withPendingMove() {
  const ws = await freshWorkbook();
  await editWorkbook(ws.path, [moveTo("Verifikasi")]);
  return ws;
}

describe("with an office app's lock file beside the workbook", () => {
  const locks = [
    { app: /LibreOffice/, name: "LibreOffice (.~lock.<name>#)", write: writeLibreOfficeLock },
    { app: /Excel/, name: "Excel (~$<name>)", write: (p: string) => writeExcelLock(p, "full") },
    { app: /Excel/, name: "Excel (~$ and the name without its first two characters)", write: (p: string) => writeExcelLock(p, "short") },
  ];
  it.each(locks)("$name: refused with exit 3 naming the app, the workbook byte-identical, no letters", async ({ app, write }) => {
    const { path, lettersDir } = await withPendingMove();
    write(path);
    const bytes = readFileSync(path);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(3);
    expect(run.output).toMatch(app);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(filesUnder(lettersDir)).toEqual([]);
  });
});

describe("with file permissions set by staff", () => {
  it("a read-only (0444) workbook is refused with exit 4 and left as it was", async () => {
    const { path } = await withPendingMove();
    chmodSync(path, 0o444);
    const bytes = readFileSync(path);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(4);
    expect(run.output).not.toMatch(LIBRARY_ENGLISH);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it("a private (0600) workbook holding NIK and NIP stays 0600 after a run that saves", async () => {
    const { path } = await withPendingMove();
    chmodSync(path, 0o600);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(0);
    expect((await caseRow(path, CASE))["Status Tercatat"]).toBe("Verifikasi"); // it did save
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe("with a run killed half-way", () => {
  it("kill -9 during the save: the next start leaves no temporary copy of the workbook beside it", async () => {
    let attempt = 0;
    let killedDuringSave = false;
    let path = "";
    while (!killedDuringSave && attempt < 3) {
      attempt += 1;
      const ws = await withPendingMove();
      path = ws.path;
      const { killed } = await killWhen(path, USERS.petugas, [ws.dir], () => temporaryCopies(path).length > 0);
      killedDuringSave = killed;
    }
    expect(killedDuringSave, "the run was never caught with a temporary file").toBe(true);
    const rerun = await runStartWhenFree(path, USERS.petugas);
    expect(rerun.code, rerun.output).toBe(0);
    expect(temporaryCopies(path)).toEqual([]);
  });

  it("kill while Chromium prints: after the rerun no orphan letter file and no -2.html", async () => {
    const ws = await withPendingMove();
    const { killed } = await killWhen(ws.path, USERS.petugas, [ws.dir], (output) => /Mencetak/.test(output) || filesUnder(ws.lettersDir).length > 0, { chromium: true });
    expect(killed, "the run ended before printing").toBe(true);
    const rerun = await runStartWhenFree(ws.path, USERS.petugas, { chromium: true });
    expect(rerun.code, rerun.output).toBe(0);
    const links = (await readRegister(ws.path, "Surat")).rows.flatMap((r) => [r["Tautan Dokumen"], r["Tautan PDF"]]).map(String).join("\n");
    const files = filesUnder(ws.lettersDir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => /-2\.(html|pdf)$/.test(f))).toEqual([]);
    // Every letter file is linked from Surat; the dashboard page (surat/dasbor.html) is no letter.
    expect(files.filter((f) => f.split("/").pop() !== "dasbor.html" && !links.includes(f.split("/").pop()!))).toEqual([]);
  });
});

describe("with a backup restored while the engine runs", () => {
  it("`sync restore --yes` while `npm start` holds the workbook: never both succeed with the restore overwritten", async () => {
    const marker = "DIPULIHKAN DARI CADANGAN";
    const { path, dir } = await withPendingMove();
    const backup = join(dir, "cadangan.xlsx");
    copyFileSync(path, backup);
    await editWorkbook(backup, [{ op: "set", sheet: "Permohonan", key: { header: "ID Permohonan", value: "PRM-2026-00003" }, header: "Catatan Petugas", string: marker }]);
    // The engine reads the workbook, then prints the receipt letter with Chromium; a gated
    // Chromium holds it there, so the restore runs exactly while the engine has its copy in memory.
    const gate = gatedChromium(dir);
    const engine = runStart(path, USERS.petugas, [], { chromium: true, env: { CHROMIUM_PATH: gate.path } });
    let restore: Promise<RunResult>;
    try {
      await untilChange(dir, gate.started, engine);
      restore = runSync(["restore", backup, path, "--yes"]);
      // A restore that waits for the engine's lock would wait for ever behind the gate: open it after 30 s.
      await Promise.race([restore, new Promise((done) => setTimeout(done, 30_000).unref())]);
    } finally {
      gate.open();
    }
    const [restored, ran] = await Promise.all([restore, engine]);
    const context = `${restored.output}\n${ran.output}`;
    // Refused because the workbook is in use: exit 3, or the sync tool's own "in use" code.
    const refusedBusy = (r: RunResult) => r.code !== 0 && r.code !== 1 && /sedang dipakai|dipakai proses lain|terkunci/i.test(r.output);
    expect(restored.code === 0 || refusedBusy(restored), context).toBe(true);
    expect(ran.code === 0 || refusedBusy(ran), context).toBe(true);
    if (restored.code === 0) expect((await caseRow(path, "PRM-2026-00003"))["Catatan Petugas"], context).toBe(marker);
  });
});

describe("with a mistyped path, a directory, a damaged file, or bad arguments", () => {
  it("an explicit --berkas that does not exist is not silently created when stdin is not a terminal (exit 2)", async () => {
    const { dir } = await freshWorkbook();
    const typo = join(dir, "sertifikat.xlsx");
    const run = await runStart(typo, USERS.admin);
    expect(run.code, run.output).toBe(2);
    expect(existsSync(typo)).toBe(false);
    expect(run.output).not.toMatch(LIBRARY_ENGLISH);
  });

  it("--berkas naming a folder: an Indonesian message, no EISDIR", async () => {
    const { dir } = await freshWorkbook();
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    const run = await runStart(folder, USERS.admin);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).not.toMatch(/Galat tak terduga/);
    expect(run.output).not.toMatch(LIBRARY_ENGLISH);
  });

  it("a file that is not a zip: exit 2 in Indonesian, no 'Corrupted zip', the file unchanged", async () => {
    const { path } = await freshWorkbook();
    writeFileSync(path, "ini bukan buku kerja\n");
    const run = await runStart(path, USERS.admin);
    expect(run.code, run.output).toBe(2);
    expect(run.output).not.toMatch(LIBRARY_ENGLISH);
    expect(readFileSync(path, "utf8")).toBe("ini bukan buku kerja\n");
  });

  it("an unknown option (--berkass): exit 64, Indonesian, no 'Unknown option'", async () => {
    const { path } = await freshWorkbook();
    const run = await runNode(MAIN, ["--berkass", path]);
    expect(run.code, run.output).toBe(64);
    expect(run.output).toMatch(/berkass/);
    expect(run.output).not.toMatch(LIBRARY_ENGLISH);
  });

  it("a bad SERTIFIKASI_SEKARANG: exit 64 with an Indonesian message, not 'Galat tak terduga'", async () => {
    const { path } = await freshWorkbook();
    const bytes = readFileSync(path);
    const run = await runStart(path, USERS.admin, [], { now: "2026-13-45T99:00:00Z" });
    expect(run.code, run.output).toBe(64);
    expect(run.output).toMatch(/SERTIFIKASI_SEKARANG/);
    expect(run.output).not.toMatch(/Galat tak terduga/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
