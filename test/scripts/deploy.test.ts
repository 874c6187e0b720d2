// `npm run deploy` against a fake clasp 3 (test/scripts/fake-clasp.mjs): it pushes for real (no
// "Skipping push." with exit 0), checks what Apps Script now holds, and makes a version.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKS, DeployError, deploy, main, type Runner } from "../../scripts/deploy";

const ROOT = resolve(import.meta.dirname, "../..");
const FAKE_CLASP = join(ROOT, "test/scripts/fake-clasp.mjs");

interface Project {
  readonly root: string;
  readonly remote: string;
  readonly env: NodeJS.ProcessEnv;
  /** The clasp commands run so far (global options left out). */
  claspCalls(): string[][];
}

/** A project folder with an office's .clasp.json and an empty remote Apps Script project. */
function project(env: NodeJS.ProcessEnv = {}): Project {
  const base = mkdtempSync(join(tmpdir(), "deploy-"));
  const root = join(base, "proyek");
  const remote = join(base, "remote");
  mkdirSync(root);
  writeFileSync(join(root, ".clasp.json"), JSON.stringify({ scriptId: "1TesSkripKantor_0000", rootDir: "dist/gas" }));
  const calls = join(base, "calls.jsonl");
  return {
    root,
    remote,
    env: { ...process.env, SERTIFIKASI_TZ: "", SERTIFIKASI_CLASP: FAKE_CLASP, FAKE_CLASP_REMOTE: remote, FAKE_CLASP_CALLS: calls, ...env },
    claspCalls: () =>
      existsSync(calls)
        ? readFileSync(calls, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { args: string[] }).args.filter((a, i, all) => !a.startsWith("-") && all[i - 1] !== "-P"))
        : [],
  };
}

/** Checks that pass, recording what was asked. */
function passingChecks(): { run: Runner; asked: string[] } {
  const asked: string[] = [];
  return { asked, run: async (step) => (asked.push([step.command, ...step.args].join(" ")), { status: 0, output: "" }) };
}

const quiet = () => {};

describe("with checks that pass and a clasp that works", () => {
  it("pushes, finds in Apps Script exactly the built files, and makes a version", async () => {
    const p = project({ SERTIFIKASI_TZ: "Asia/Makassar" });
    const done = await deploy({ root: p.root, env: p.env, runChecks: passingChecks().run, say: quiet, now: () => new Date("2026-12-02T15:00:00Z") });
    const built = join(p.root, "dist/gas");
    expect(readdirSync(p.remote).sort()).toEqual(["Code.js", "appsscript.json"]);
    for (const name of ["Code.js", "appsscript.json"]) expect(readFileSync(join(p.remote, name))).toEqual(readFileSync(join(built, name)));
    expect(JSON.parse(readFileSync(join(p.remote, "appsscript.json"), "utf8"))).toMatchObject({ timeZone: "Asia/Makassar" });
    expect(p.claspCalls()).toEqual([["push"], ["pull"], ["create-version", expect.stringMatching(/^sertifikasi-kompetensi 0\.1\.0.*2026-12-02T15:00:00\.000Z, Asia\/Makassar$/)]]);
    expect(done.versionNumber).toBe(1);
  });

  it("replaces a remote appsscript.json (a time-zone change) with --force, where clasp alone would skip", async () => {
    const p = project({ SERTIFIKASI_TZ: "Asia/Jayapura" });
    await deploy({ root: p.root, env: p.env, runChecks: passingChecks().run, say: quiet });
    // The same build pushed by plain `clasp push` after a zone change: clasp 3 skips and exits 0.
    const changed = project({ FAKE_CLASP_REMOTE: p.remote, SERTIFIKASI_TZ: "Asia/Jakarta" });
    await deploy({ root: changed.root, env: changed.env, runChecks: passingChecks().run, say: quiet });
    expect(JSON.parse(readFileSync(join(p.remote, "appsscript.json"), "utf8"))).toMatchObject({ timeZone: "Asia/Jakarta" });
    writeFileSync(join(changed.root, "dist/gas/appsscript.json"), readFileSync(join(changed.root, "dist/gas/appsscript.json"), "utf8").replace("Asia/Jakarta", "Asia/Pontianak"));
    const plain = spawnSync(FAKE_CLASP, ["push"], { cwd: changed.root, env: changed.env, encoding: "utf8" });
    expect(plain).toMatchObject({ status: 0, stdout: "Skipping push.\n" });
    expect(readFileSync(join(p.remote, "appsscript.json"), "utf8")).toContain("Asia/Jakarta");
  });

  it("runs the type check once, and the tests without a second one (not `npm test`)", async () => {
    const p = project();
    const checks = passingChecks();
    await deploy({ root: p.root, env: p.env, runChecks: checks.run, say: quiet });
    expect(checks.asked.filter((c) => c.includes("typecheck"))).toEqual(["npm run --silent typecheck"]);
    expect(checks.asked).toEqual(CHECKS.map((s) => [s.command, ...s.args].join(" ")));
    expect(checks.asked.some((c) => /\bnpm (run )?test\b|\btsc\b/.test(c))).toBe(false);
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["deploy"]).toBe("tsx scripts/deploy.ts");
    expect(scripts["predeploy"]).toBeUndefined();
  });
});

describe("a deploy that must stop", () => {
  it("stops when what Apps Script holds differs from the build, and makes no version", async () => {
    const p = project({ FAKE_CLASP_ALTER: "Code.js" });
    const run = deploy({ root: p.root, env: p.env, runChecks: passingChecks().run, say: quiet });
    await expect(run).rejects.toMatchObject({ code: "PUSH_MISMATCH", message: expect.stringContaining("Code.js berbeda dengan hasil build") });
    expect(p.claspCalls().map((c) => c[0])).toEqual(["push", "pull"]);
  });

  it("exits non-zero when push fails, with clasp's output under its label and nothing further run", async () => {
    const p = project({ FAKE_CLASP_FAIL: "push" });
    const lines: string[] = [];
    const code = await mainIn(p, lines);
    expect(code).toBe(4);
    expect(lines.join("\n")).toMatch(/Deploy berhenti: clasp gagal mengirim berkas \(kode 1\)\.\nkeluaran clasp \(juga di dist\/deploy-clasp\.log\):\npush failed\. Errors:/);
    expect(p.claspCalls().map((c) => c[0])).toEqual(["push"]);
    expect(readFileSync(join(p.root, "dist/deploy-clasp.log"), "utf8")).toContain("push failed");
  });

  it("exits non-zero when the version cannot be made, saying the code itself is in place", async () => {
    const p = project({ FAKE_CLASP_FAIL: "create-version" });
    await expect(deploy({ root: p.root, env: p.env, runChecks: passingChecks().run, say: quiet })).rejects.toMatchObject({ code: "CLASP_FAILED", message: expect.stringContaining("kode sudah terkirim") });
  });

  it("sends nothing when a check fails", async () => {
    const p = project();
    const failing: Runner = async (step) => ({ status: step.label === "Pengujian" ? 1 : 0, output: "FAIL test/x.test.ts" });
    const run = deploy({ root: p.root, env: p.env, runChecks: failing, say: quiet });
    await expect(run).rejects.toBeInstanceOf(DeployError);
    await expect(run).rejects.toMatchObject({ code: "CHECK_FAILED" });
    expect(p.claspCalls()).toEqual([]);
  });

  it("refuses an unknown SERTIFIKASI_TZ as a process: exit 64, Indonesian, before any check or clasp", () => {
    const p = project({ SERTIFIKASI_TZ: "Asia/Makasar" });
    const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/deploy.ts")], { cwd: ROOT, env: p.env, encoding: "utf8" });
    expect(result.status).toBe(64);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Deploy berhenti: Zona waktu SERTIFIKASI_TZ "Asia\/Makasar" tidak dikenal\./);
    expect(result.stderr).not.toMatch(/Pemeriksaan tipe|Error|at /);
    expect(p.claspCalls()).toEqual([]);
  });
});

/** The whole command, its lines collected, run in the project folder with passing checks. */
function mainIn(p: Project, lines: string[]): Promise<number> {
  return main([], p.env, (line) => lines.push(line), { root: p.root, runChecks: passingChecks().run });
}
