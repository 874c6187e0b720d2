// The style-sheet minifier of the template build: smaller sheets, the same meaning.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { minifyCss } from "../../scripts/precompile-templates";

const STYLES = join(import.meta.dirname, "../../templates/styles");

describe("minifyCss", () => {
  it("keeps the spaces inside a quoted string", () => {
    const css = '.ttd::after {\n  content: "x  :  y";\n}\n';
    expect(minifyCss(css)).toContain('"x  :  y"');
  });

  it("keeps a string with braces, semicolons and a comment marker inside", () => {
    const css = 'p::before { content: "a { b ; c } /* d */"; }';
    expect(minifyCss(css)).toContain('"a { b ; c } /* d */"');
  });

  it("drops comments and layout whitespace", () => {
    const out = minifyCss("/* kop */\n.kop  {\n  margin : 0 ;\n  font-size: 12pt;\n}\n");
    expect(out).not.toContain("kop */");
    expect(out).not.toMatch(/\n| {2}/);
    expect(out).toMatch(/^\.kop\{margin:0;font-size:12pt\}$/);
  });

  it.each(["surat.css", "sertifikat.css"])("makes the shipped %s smaller, keeping its @page rules", (name) => {
    const css = readFileSync(join(STYLES, name), "utf8");
    const out = minifyCss(css);
    expect(out.length).toBeLessThan(css.length);
    expect(out.match(/@page/g)?.length ?? 0).toBe(css.match(/@page/g)?.length ?? 0);
  });
});
