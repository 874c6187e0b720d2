// `npm start` as a real process: exit codes and stderr as a shell sees them, and a --help that
// loads neither googleapis nor Playwright.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const MAIN = join(ROOT, "sync/local/main.ts");
const TRACER = join(ROOT, "test/local/cli-trace-loads.mjs");
const ENGLISH = /Unknown option|Unexpected argument|argument missing|Corrupted zip|EISDIR|ENOENT|no such file|Invalid time|Error:|\n\s+at /;
const scratch = () => mkdtempSync(join(tmpdir(), "cli-proc-"));

function start(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const result = spawnSync(TSX, [MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, SERTIFIKASI_SEKARANG: "2026-11-20T03:00:00Z", SERTIFIKASI_BERKAS: "", ...options.env },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(ENGLISH);
  expect(output).not.toMatch(/\d{15}/);
  return result;
}

/** The npm packages a process loaded, by the preload tracer. */
function packagesLoaded(args: string[]): Set<string> {
  const file = join(scratch(), "loads.txt");
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", TRACER, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TRACE_LOADS_FILE: file } });
  expect(result.status, result.stderr).toBe(0);
  return new Set([...readFileSync(file, "utf8").matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1]!));
}

describe("npm start --help", () => {
  it("loads neither googleapis nor playwright-core (nor exceljs)", () => {
    const loaded = packagesLoaded([MAIN, "--help"]);
    expect(loaded.has("tsx")).toBe(true); // the tracer sees packages at all
    for (const heavy of ["googleapis", "googleapis-common", "google-auth-library", "playwright-core", "exceljs"]) expect(loaded).not.toContain(heavy);
  });

  it("is told apart from a process that does load them (the tracer can fail)", () => {
    const loaded = packagesLoaded(["--eval", 'await import("./sync/engine/sheets-place.ts"); await import("playwright-core");']);
    expect(loaded).toContain("googleapis");
    expect(loaded).toContain("playwright-core");
  });
});

describe("npm start errors as a shell sees them", () => {
  it("an unknown option: exit 64, one Indonesian line on stderr, nothing on stdout", () => {
    const r = start(["--berkass", "x.xlsx"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toBe("Pilihan tidak dikenal: --berkass. Mungkin maksudnya --berkas? Lihat `npm start -- --help`.\n");
    expect(r.stdout).toBe("");
  });

  it("a bad SERTIFIKASI_SEKARANG: exit 64 with an example, not 'Galat tak terduga'", () => {
    const r = start([], { env: { SERTIFIKASI_SEKARANG: "kemarin" } });
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^SERTIFIKASI_SEKARANG "kemarin" bukan waktu ISO 8601.*Contoh yang sah/);
  });

  it("a --berkas that does not exist, without a terminal: exit 2, the --buat hint, nothing created", () => {
    const path = join(scratch(), "salah.xlsx");
    const r = start(["--berkas", path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("jalankan lagi dengan --buat");
    expect(existsSync(path)).toBe(false);
  });

  it("a --berkas that is a folder: exit 2", () => {
    const r = start(["--berkas", scratch()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/adalah folder, bukan buku kerja/);
  });

  it.skipIf(!existsSync("/usr/bin/script"))("on a terminal it asks, and 'tidak' creates nothing (exit 2)", () => {
    const path = join(scratch(), "baru.xlsx");
    // script(1) gives the command a pseudo-terminal; -e passes on its exit code.
    const r = spawnSync("/usr/bin/script", ["-qec", `${TSX} ${MAIN} --berkas ${path}`, "/dev/null"], {
      cwd: ROOT,
      input: "tidak\n",
      encoding: "utf8",
      env: { ...process.env, SERTIFIKASI_SEKARANG: "2026-11-20T03:00:00Z" },
    });
    expect(r.stdout).toContain(`Berkas ${path} belum ada. Buat buku kerja contoh baru di sana? (ya/tidak)`);
    expect(r.stdout).toContain("Tidak ada yang dibuat");
    expect(r.status).toBe(2);
    expect(existsSync(path)).toBe(false);
  });
});

describe("npm start on the default path", () => {
  it("creates the demo workbook without asking (a newcomer's first run, CI), then reads it", () => {
    const cwd = scratch();
    const first = start([], { cwd });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("Buku kerja: data-lokal/sertifikasi.xlsx (baru dibuat dengan data contoh)");
    expect(existsSync(join(cwd, "data-lokal/sertifikasi.xlsx"))).toBe(true);
    const second = start(["--json"], { cwd });
    expect(second.status).toBe(0);
    const json = JSON.parse(second.stdout);
    expect(json).toMatchObject({ path: "data-lokal/sertifikasi.xlsx", created: false });
    expect(Object.values(json.summary.casesByStatus).reduce((a: number, b) => a + Number(b), 0)).toBeGreaterThan(0);
    expect(json.summary.refusedMoves).toEqual(expect.any(Array));
  });
});
