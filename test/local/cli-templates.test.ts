// The template build before `npm start`: silent, skipped while its inputs are unchanged, loud
// (in Indonesian) when a template is broken.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTemplates, TemplateBuildError } from "../../scripts/precompile-templates";
import { handlebarsProblem } from "../../scripts/template-errors";
import { HASH_PREFIX, templateInputsHash, templatesFresh } from "../../scripts/templates-inputs.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

function copy(): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "templat-cli-"));
  cpSync(join(ROOT, "templates"), join(root, "templates"), { recursive: true });
  return { dir: join(root, "templates"), out: join(root, "generated", "templates.ts") };
}

describe("the freshness check", () => {
  it("is stale without a module, fresh after a build, stale again after a template changes", () => {
    const { dir, out } = copy();
    expect(templatesFresh(out, dir)).toBe(false);
    buildTemplates(dir, out);
    expect(readFileSync(out, "utf8").split("\n")[1]).toBe(`${HASH_PREFIX}${templateInputsHash(dir)}`);
    expect(templatesFresh(out, dir)).toBe(true);
    appendFileSync(join(dir, "partials", "ttd.hbs"), "\n");
    expect(templatesFresh(out, dir)).toBe(false);
    buildTemplates(dir, out);
    expect(templatesFresh(out, dir)).toBe(true);
  });
});

describe("the pre-hook as a process", () => {
  /** Runs scripts/build-templates.mjs; `loads` lists the CommonJS modules it loaded. */
  function hook(args: string[] = []) {
    const file = join(mkdtempSync(join(tmpdir(), "loads-")), "loads.txt");
    const result = spawnSync(process.execPath, ["--import", join(ROOT, "test/local/cli-trace-loads.mjs"), join(ROOT, "scripts/build-templates.mjs"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, TRACE_LOADS_FILE: file },
    });
    return { ...result, loads: readFileSync(file, "utf8") };
  }

  it("prints nothing, and when nothing changed loads no Handlebars (the build is skipped)", () => {
    expect(hook()).toMatchObject({ status: 0, stdout: "", stderr: "" }); // builds if needed
    const again = hook();
    expect(again).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(again.loads).not.toContain("node_modules/handlebars/");
  });

  it("builds in the same process when asked (--paksa), still silently", () => {
    const forced = hook(["--paksa"]);
    expect(forced).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(forced.loads).toContain("node_modules/handlebars/");
  });
});

describe("a broken template", () => {
  it("fails the build naming file and line in Indonesian", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "penolakan.hbs"), "\n{{#if alasan}}tidak ditutup\n");
    const error = (() => {
      try {
        buildTemplates(dir, out);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TemplateBuildError);
    expect((error as TemplateBuildError).message).toMatch(/^Build templat gagal:\n- penolakan\.hbs:\d+: sintaks Handlebars salah: templat berakhir sebelum bloknya ditutup/);
    expect((error as TemplateBuildError).message).not.toMatch(/Parse error|Expecting/);
  });

  it("words a mismatched block and a half-written tag", () => {
    const problem = (text: string) => handlebarsProblem("x.hbs", new Error(text));
    expect(problem("each doesn't match if - 3:4")).toBe("x.hbs:3: blok {{#each}} ditutup dengan {{/if}}; penutupnya harus {{/each}}");
    expect(problem("Parse error on line 1:\n{{foo\n--^\nExpecting 'ID', got 'INVALID'")).toBe("x.hbs:1: sintaks Handlebars salah: tanda {{ }} tidak lengkap atau salah tulis\n    {{foo\n    --^");
  });
});
