// A fresh clone has no generated template module (it is ignored by git): the type check, and so
// `npm run deploy`, must build it first instead of failing with TS2307.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const GENERATED = "apps-script/core/letters/generated/templates.ts";
const clones: string[] = [];

/** The files a clone would have (tracked, plus new ones not ignored), with node_modules linked. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), "klon-"));
  clones.push(dir);
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of listed.stdout.split("\0")) {
    if (file === "" || file === "node_modules" || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

afterAll(() => {
  for (const dir of clones.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a fresh clone, before any npm test or npm start", () => {
  it("has no generated templates, and `npm run typecheck` builds them and passes", () => {
    const dir = freshClone();
    expect(existsSync(join(dir, GENERATED))).toBe(false);
    const result = spawnSync("npm", ["run", "--silent", "typecheck"], { cwd: dir, encoding: "utf8" });
    expect(result.stdout + result.stderr).not.toContain("TS2307");
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(dir, GENERATED))).toBe(true);
  }, 300_000);
});
