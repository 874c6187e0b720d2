// The shape of the house: the core imports nothing platform-bound, and its import graph has no cycles.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = resolve("apps-script/core");
const ALLOWED_PACKAGES = ["zod/mini", "date-fns", "@date-fns/tz", "handlebars/runtime"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

function resolveLocal(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, "index.ts"), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return `${base}.ts`;
}

const files = sourceFiles(CORE);

describe("apps-script/core", () => {
  it("imports only its own files and the allowed pure packages", () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith(".")) {
          const target = resolveLocal(file, specifier);
          if (!target.startsWith(CORE)) offending.push(`${relative(CORE, file)} → ${specifier}`);
        } else if (!ALLOWED_PACKAGES.some((p) => specifier === p || specifier.startsWith(`${p}/`))) {
          offending.push(`${relative(CORE, file)} → ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("has no import cycles", () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith(".")).map((s) => resolveLocal(f, s))]));
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "visiting") {
        cycles.push([...path.slice(path.indexOf(node)), node].map((p) => relative(CORE, p)).join(" → "));
        return;
      }
      state.set(node, "visiting");
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
