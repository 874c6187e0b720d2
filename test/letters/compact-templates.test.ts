// The compiled templates (generated/templates.ts, what the bundle ships) print exactly what the real
// Handlebars prints from the template sources, for every letter and many views around the samples.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { PARTIALS, TEMPLATES } from "../../apps-script/core/letters/generated/templates";
import { HELPER_NAMES, handlebarsHelpers } from "../../apps-script/core/letters/helpers";
import { LETTER_TYPE_CODES, letterKind, type LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { letterView, type LetterContext } from "../../apps-script/core/letters/render";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { compactTemplate, CompactError } from "../../scripts/compact-templates";
import { minifyCss } from "../../scripts/precompile-templates";
import { makeOffice, sampleData } from "./fixtures";

const DIR = join(import.meta.dirname, "../../templates");
const read = (dir: string, ext: string) =>
  readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => ({ name: basename(f, ext), text: readFileSync(join(dir, f), "utf8") }));

/** The old pipeline's semantics: Handlebars itself, strict, known helpers only, our helpers and partials. */
function referenceRenderers(): Map<string, (view: unknown) => string> {
  const env = Handlebars.create();
  const options = { knownHelpers: Object.fromEntries(HELPER_NAMES.map((h) => [h, true])), knownHelpersOnly: true, strict: true };
  env.registerHelper(handlebarsHelpers());
  for (const p of read(join(DIR, "partials"), ".hbs")) env.registerPartial(p.name, env.compile(p.text, options));
  for (const css of read(join(DIR, "styles"), ".css")) env.registerPartial(`css-${css.name}`, env.compile(minifyCss(css.text), options));
  return new Map(read(DIR, ".hbs").map((t) => [t.name, env.compile(t.text, options)]));
}

type Outcome = { html: string } | { error: string };

/** HTML, or the error thrown; Handlebars appends " - line:col" to its own errors, which the build drops. */
function outcome(render: () => string): Outcome {
  try {
    return { html: render() };
  } catch (error) {
    const e = error as Error;
    return { error: `${e.constructor === TypeError ? "TypeError" : "Error"}: ${e.message.replace(/ - \d+:\d+$/, "")}` };
  }
}

const CONTEXT: LetterContext = { ...makeOffice(), caseId: "PRM-2026-0007" };
const ISSUED: LetterContext = { ...CONTEXT, issued: { number: "800/57/BPSDM/V/2026", date: "2026-05-04" as LocalDate } };
const PLAIN_OFFICE: LetterContext = {
  ...makeOffice({ letterhead: { agencyName: "Pemerintah Kota Contoh", unitName: "BKPSDM", address: "Jl. Merdeka 1", city: "Kota Contoh", logoUrl: "https://example.go.id/logo.png?a=1&b=\"2\"" } }),
  caseId: "PRM-2026-0100",
};

/** Values put in place of one field: the ones Handlebars treats specially (falsy, 0, empty, functions…). */
const REPLACEMENTS: readonly unknown[] = [
  undefined, null, "", 0, 1, -2.5, Number.NaN, false, true, "<b title=\"x\">A & B's `=`</b>", [], ["satu", "<dua>"],
  [{ name: "N", nip: "199001152015032002", result: "BK", code: "U1", title: "T", days: 0 }], {}, { a: "x", b: "y" },
  new Set(["s1", "s2"]), () => "dari fungsi", { toHTML: () => "<i>html</i>" },
];

/** Every path to a value in the view (arrays' items included), down to a few levels. */
function paths(value: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4 || value === null || typeof value !== "object") return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i).slice(0, 2) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...paths((value as Record<string | number, unknown>)[key], [...prefix, key], depth + 1)]);
}

/** A deep copy of `view` with the value at `path` replaced, or deleted when `replacement` is the DELETE marker. */
const DELETE = Symbol("delete");
function variant(view: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(view) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const reference = referenceRenderers();
const compiled = TEMPLATES as Record<string, (view: unknown) => string>;

describe("compiled templates against Handlebars", () => {
  it("covers every template the letter kinds name", () => {
    const names = LETTER_TYPE_CODES.map((code) => letterKind(code).template);
    expect(Object.keys(compiled).sort()).toEqual([...reference.keys()].sort());
    expect(Object.keys(compiled)).toEqual(expect.arrayContaining(names));
  });

  describe.each(LETTER_TYPE_CODES.map((code) => [code] as [LetterTypeCode]))("%s", (code) => {
    const template = letterKind(code).template;
    const views = [CONTEXT, ISSUED, PLAIN_OFFICE].map((context) => letterView(code, sampleData(code), context).view);

    it("prints the same letter from the sample data, with and without number, logo, phone", () => {
      for (const view of views) {
        const expected = outcome(() => reference.get(template)!(view));
        expect("html" in expected).toBe(true);
        expect(outcome(() => compiled[template]!(view))).toEqual(expected);
      }
    });

    it("prints the same, or fails the same way, with any one field changed or missing", () => {
      const base = views[0]!;
      let compared = 0;
      let failed = 0;
      for (const path of paths(base)) {
        for (const replacement of [DELETE, ...REPLACEMENTS]) {
          const view = variant(base, path, replacement);
          const expected = outcome(() => reference.get(template)!(view));
          const actual = outcome(() => compiled[template]!(view));
          if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ path, replacement: String(replacement), actual }).toEqual({ path, replacement: String(replacement), actual: expected });
          compared++;
          if ("error" in expected) failed++;
        }
      }
      // Both kinds of outcome were exercised: letters printed and letters refused.
      expect(compared).toBeGreaterThan(200);
      expect(failed).toBeGreaterThan(0);
      expect(failed).toBeLessThan(compared);
    });
  });

  it("ships the partials Handlebars would register", () => {
    expect(Object.keys(PARTIALS).sort()).toEqual(
      [...read(join(DIR, "partials"), ".hbs").map((p) => p.name), ...read(join(DIR, "styles"), ".css").map((c) => `css-${c.name}`)].sort(),
    );
  });
});

describe("compiling a template", () => {
  const helpers = new Set<string>(HELPER_NAMES);
  const partials = new Set(["kop"]);
  const compile = (source: string) => compactTemplate(source, helpers, partials);

  it.each([
    ["{{#unless a}}x{{/unless}}", /blok \{\{#unless\}\} tidak didukung/],
    ["{{#each xs as |x|}}{{x}}{{/each}}", /block params/],
    ["{{../a}}", /konteks luar/],
    ["{{tanggal}}", /tepat satu nilai/],
    ["{{tanggal a b}}", /tepat satu nilai/],
    ["{{> kop other}}", /konteks lain/],
    ["{{lookup}}", /tidak didukung sebagai keluaran/],
  ])("refuses what it does not model: %s", (source, message) => {
    expect(() => compile(source)).toThrow(CompactError);
    expect(() => compile(source)).toThrow(message);
  });

  it("names the line of what it refuses", () => {
    try {
      compile("a\nb\n{{#with x}}y{{/with}}");
      expect.unreachable();
    } catch (error) {
      expect((error as CompactError).line).toBe(3);
    }
  });
});
