// The bundled letters render where string code generation is forbidden, as in Apps Script.
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { LETTER_TYPE_CODES } from "../../apps-script/core/letters/letter-types";
import { makeOffice, sampleData } from "./fixtures";

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL("../../apps-script/core/letters/index.ts", import.meta.url).pathname],
    bundle: true,
    format: "iife",
    globalName: "Letters",
    platform: "neutral",
    mainFields: ["main", "module"],
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("letters bundled for a sandbox without eval", () => {
  it("renders every letter type with eval and new Function disabled", async () => {
    const code = await bundle();
    expect(code).not.toMatch(/new Function\(|\beval\(/);
    const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
    expect(() => runInContext("new Function('return 1')", context)).toThrow(/Code generation from strings disallowed/);
    runInContext(`${code}; globalThis.Letters = Letters;`, context);
    const letters = (context as { Letters: typeof import("../../apps-script/core/letters/index") }).Letters;
    for (const type of LETTER_TYPE_CODES) {
      const letter = letters.prepareLetter(type, sampleData(type), { ...makeOffice(), caseId: "PRM-2026-0001" });
      expect(letter.html).toContain("Badan Pengembangan Sumber Daya Manusia");
    }
  });
});
