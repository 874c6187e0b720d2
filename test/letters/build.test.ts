// The template build: succeeds on the shipped templates, fails on unknown helpers and partials.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LETTER_KINDS } from "../../apps-script/core/letters/letter-types";
import { buildTemplates, TemplateBuildError } from "../../scripts/precompile-templates";

const TEMPLATES = join(import.meta.dirname, "../../templates");
const dirs: string[] = [];

/** A copy of templates/ to break, and where its module would go. */
function copy(): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "templat-"));
  dirs.push(root);
  cpSync(TEMPLATES, join(root, "templates"), { recursive: true });
  return { dir: join(root, "templates"), out: join(root, "generated", "templates.ts") };
}

function problemsOf(dir: string, out: string): string[] {
  try {
    buildTemplates(dir, out);
  } catch (error) {
    if (error instanceof TemplateBuildError) return [...error.problems];
    throw error;
  }
  return [];
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("building templates", () => {
  it("compiles every letter and partial into a module of plain functions, without string code generation at runtime", () => {
    const { dir, out } = copy();
    const result = buildTemplates(dir, out);
    // One template per letter kind (the families' letters included).
    expect(result.letters).toHaveLength(new Set(Object.values(LETTER_KINDS).map((k) => k.template)).size);
    expect(result.partials).toEqual(expect.arrayContaining(["kop", "ttd", "halaman", "css-surat", "css-sertifikat"]));
    const module = readFileSync(out, "utf8");
    expect(module).toMatch(/^\/\/ GENERATED/);
    expect(module).not.toMatch(/new Function|eval\(/);
    // Only the small template runtime and the helpers: no template engine at run time.
    expect([...module.matchAll(/from "([^"]+)"/g)].map((m) => m[1])).toEqual(["../template-runtime", "../helpers"]);
    expect(buildTemplates(dir, out).changed).toBe(false);
  });

  it("fails on a helper it does not know, naming file and line", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "penolakan.hbs"), "\n{{tanggalHijriah applicationDate}}\n");
    expect(problemsOf(dir, out)).toEqual(expect.arrayContaining([expect.stringMatching(/penolakan\.hbs:\d+: helper "tanggalHijriah" tidak dikenal/)]));
  });

  it("fails on a helper used as a block or a sub-expression", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "sertifikat.hbs"), "\n{{#ifEquals a b}}x{{/ifEquals}}{{kapital (huruf x)}}\n");
    const problems = problemsOf(dir, out);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/"ifEquals" tidak dikenal/), expect.stringMatching(/"huruf" tidak dikenal/)]));
  });

  it("fails on a Handlebars form the compiled templates do not model, naming file and line", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "penolakan.hbs"), "\n{{#unless appealDays}}tanpa banding{{/unless}}\n");
    expect(problemsOf(dir, out)).toEqual([expect.stringMatching(/penolakan\.hbs:\d+: blok \{\{#unless\}\} tidak didukung/)]);
  });

  it("fails on a partial it does not know", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "undangan-uji.hbs"), "\n{{> kop-lama}}\n");
    expect(problemsOf(dir, out)).toEqual([expect.stringMatching(/undangan-uji\.hbs:\d+: partial "kop-lama" tidak dikenal/)]);
  });

  it("fails on output that would bypass escaping", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "persetujuan.hbs"), "\n{{{applicant.name}}}\n");
    expect(problemsOf(dir, out)).toEqual([expect.stringMatching(/tanpa escape/)]);
  });

  it("fails when a letter type has no template, or a template no letter type", () => {
    const { dir, out } = copy();
    rmSync(join(dir, "berita-acara.hbs"));
    writeFileSync(join(dir, "nota-dinas.hbs"), "{{#> halaman}}x{{/halaman}}");
    expect(problemsOf(dir, out)).toEqual(expect.arrayContaining([
      expect.stringMatching(/BERITA_ACARA memerlukan templates\/berita-acara\.hbs/),
      expect.stringMatching(/nota-dinas\.hbs tidak dipakai/),
    ]));
  });

  it("writes nothing when the build fails", () => {
    const { dir, out } = copy();
    appendFileSync(join(dir, "penolakan.hbs"), "{{> tidak-ada}}");
    expect(() => buildTemplates(dir, out)).toThrow(/Build templat gagal/);
    expect(() => readFileSync(out)).toThrow();
  });
});
