// The conventions every command keeps, as real processes: `--version`, exit 64 for bad arguments
// (one table), `--json` that leaves nothing but JSON on stdout, and no English from Node or a library.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSnapshot } from "../../sync/backup/snapshot/write";

const ROOT = resolve(import.meta.dirname, "../..");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; bin: Record<string, string> };
const TSX = join(ROOT, "node_modules/.bin/tsx");
const ENGLISH = /Unknown option|Unexpected argument|argument missing|ENOENT|no such file|Error:|\n\s+at |TypeError|Cannot /;

/** Each command as a shell user runs it: the npm script's entry through tsx, and its bin/ wrapper. */
const COMMANDS = {
  "npm start": [TSX, join(ROOT, "sync/local/main.ts")],
  "npm run sync": [TSX, join(ROOT, "sync/backup/cli.ts")],
  "npm run tenggat": [TSX, join(ROOT, "sync/local/tenggat.ts")],
  "npm run verifikasi": [TSX, join(ROOT, "sync/local/verifikasi.ts")],
  "npm run deploy": [TSX, join(ROOT, "scripts/deploy.ts")],
  sertifikasi: [join(ROOT, PKG.bin["sertifikasi"]!)],
  "sertifikasi-sync": [join(ROOT, PKG.bin["sertifikasi-sync"]!)],
  tenggat: [join(ROOT, PKG.bin["tenggat"]!)],
  verifikasi: [join(ROOT, PKG.bin["verifikasi"]!)],
} as const;

type Name = keyof typeof COMMANDS;

function run(name: Name, args: string[]) {
  const [command, ...prefix] = COMMANDS[name];
  const result = spawnSync(command, [...prefix, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, SERTIFIKASI_BERKAS: "", SERTIFIKASI_TZ: "" } });
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(ENGLISH);
  return result;
}

let dir: string;
let folder: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "konvensi-"));
  folder = join(dir, "cadangan");
  const at = new Date(Date.UTC(2026, 0, 14, 2));
  const rows = [["ID Permohonan", "Nama"], ["PRM-1", "Satu"], ["PRM-2", "Dua"]];
  await writeSnapshot(folder, { tabs: [{ name: "Permohonan", rows, formulas: new Map() }] }, { source: { kind: "xlsx" }, startedAt: at, now: () => at });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--version", () => {
  it.each(Object.keys(COMMANDS) as Name[])("%s prints the package's name and version, exit 0", (name) => {
    const result = run(name, ["--version"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${PKG.name} ${PKG.version}\n`);
  }, 60_000);
});

describe("bad arguments exit 64 in every command, with an Indonesian message on stderr", () => {
  it.each([
    ["npm start", ["--berkass", "x.xlsx"]],
    ["npm run sync", ["backup", "--paksa"]],
    ["npm run sync", []],
    ["npm run sync", ["backup", "--json", "a", "b"]],
    ["npm run tenggat", ["2026-03-12"]],
    ["npm run verifikasi", []],
    ["npm run verifikasi", ["--status", "X", "KODE"]],
    ["npm run deploy", ["--paksa"]],
    ["sertifikasi-sync", ["hapus-semua"]],
  ] as [Name, string[]][])("%s %j", (name, args) => {
    const result = run(name, args);
    expect(result.status).toBe(64);
    expect(result.stderr.length).toBeGreaterThan(0);
    expect(result.stdout).toBe("");
  }, 60_000);
});

describe("--json: one JSON object on stdout, nothing else", () => {
  it("sync list", () => {
    const result = run("sertifikasi-sync", ["list", folder, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { folder: string; snapshots: { name: string; tabs: number; rows: number; encrypted: boolean; complete: boolean }[] };
    expect(json.folder).toBe(folder);
    expect(json.snapshots).toEqual([expect.objectContaining({ name: "2026-01-14T02-00-00Z", tabs: 1, rows: 3, encrypted: false, complete: true, time: "2026-01-14T02:00:00.000Z" })]);
  }, 60_000);

  it("sync verify, also when a snapshot is damaged (the report, then exit 5)", () => {
    const ok = run("sertifikasi-sync", ["verify", folder, "--json"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, snapshots: [{ status: "UTUH", tabs: 1, rows: 3, contentsOpened: true }] });
    const damaged = join(dir, "rusak");
    spawnSync("cp", ["-r", folder, damaged]);
    const snapshot = join(damaged, "2026-01-14T02-00-00Z");
    writeFileSync(join(snapshot, "manifest.json"), readFileSync(join(snapshot, "manifest.json"), "utf8").replace(/"rows":\s*3/, '"rows": 4'));
    const bad = run("sertifikasi-sync", ["verify", damaged, "--json"]);
    expect(bad.status).toBe(5);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, snapshots: [{ status: "RUSAK", code: "CORRUPT" }] });
    expect(bad.stderr).toContain("Galat [CORRUPT]");
  }, 60_000);

  it("sync diff: exit 1 when different, the rows named by ID", () => {
    const same = run("sertifikasi-sync", ["diff", folder, folder, "--json"]);
    expect(same.status, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ different: false, tabs: [{ name: "Permohonan", different: false }] });
    const other = join(dir, "lain");
    const at = new Date(Date.UTC(2026, 0, 15, 2));
    const rows = [["ID Permohonan", "Nama"], ["PRM-1", "Satu"], ["PRM-3", "Tiga"]];
    return writeSnapshot(other, { tabs: [{ name: "Permohonan", rows, formulas: new Map() }] }, { source: { kind: "xlsx" }, startedAt: at, now: () => at }).then(() => {
      const different = run("sertifikasi-sync", ["diff", folder, other, "--json"]);
      expect(different.status, different.stderr).toBe(1);
      expect(JSON.parse(different.stdout)).toMatchObject({ different: true, tabs: [{ name: "Permohonan", added: ["PRM-3"], removed: ["PRM-2"], different: true }] });
    });
  }, 60_000);

  it("through npm, with --silent as the README says (without it npm's banner comes first)", () => {
    const silent = spawnSync("npm", ["run", "--silent", "sync", "--", "list", folder, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(silent.status, silent.stderr).toBe(0);
    expect(() => JSON.parse(silent.stdout)).not.toThrow();
    const loud = spawnSync("npm", ["run", "sync", "--", "list", folder, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(loud.stdout).toMatch(/^\s*> sertifikasi-kompetensi/);
  }, 60_000);
});
