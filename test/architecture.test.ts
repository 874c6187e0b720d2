// The shape of the house: the core imports nothing platform-bound, and its import graph has no cycles.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = resolve("apps-script/core");
const ALLOWED_PACKAGES = ["zod/mini", "date-fns", "@date-fns/tz", "lean-qr/nano"];

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

/** Imports that exist at run time: `import type` is erased by the build, so it cannot form a cycle. */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
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
    const graph = new Map(files.map((f) => [f, runtimeImportsOf(f).filter((s) => s.startsWith(".")).map((s) => resolveLocal(f, s))]));
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

  it("keeps the case step pure: processCase and the letters it prepares never reach the workbook", () => {
    // Everything a step needs is loaded before it runs (engine/run-check.ts); the step and the
    // letter data it builds take values, never a Workbook or a callback that reads one.
    for (const file of ["engine/case-step.ts", "engine/case-letters.ts", "engine/guards.ts", "workflow/transition.ts"]) {
      const text = readFileSync(join(CORE, file), "utf8");
      expect(text, file).not.toMatch(/\bWorkbook\b|\breadRegister\b|\breadTable\b/);
    }
    const context = readFileSync(join(CORE, "engine/case-step.ts"), "utf8").match(/export interface CaseContext \{([\s\S]*?)\n\}/)?.[1] ?? "";
    expect(context).not.toBe("");
    expect(context, "CaseContext members that are functions").not.toMatch(/:\s*\(/);
  });
});

