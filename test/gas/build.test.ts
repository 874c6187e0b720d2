// The deployable bundle: small, free of Node built-ins, loads without eval, exposes its globals.
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { BUNDLE_BUDGET_BYTES, buildGasBundle, bundleReport, readEntries } from "../../scripts/build-gas";
import { GasRuntime, loadBundle } from "./harness";

describe("the built bundle", () => {
  it("stays under the size budget and has no require() or Node built-in imports", async () => {
    const { bundle } = await loadBundle();
    expect(bundle.bundleBytes).toBeLessThan(BUNDLE_BUDGET_BYTES);
    expect(bundle.code).not.toMatch(/\brequire\s*\(/);
    expect(bundle.code).not.toMatch(/from\s*["']node:/);
  });

  it("carries no template engine: the letters' templates are compiled to plain functions", async () => {
    const { bundle } = await loadBundle();
    const modules = Object.keys(bundle.metafile.inputs);
    expect(modules.filter((path) => path.includes("node_modules/handlebars"))).toEqual([]);
    expect(modules).toEqual(expect.arrayContaining([expect.stringMatching(/core\/letters\/template-runtime\.ts$/)]));
  });

  it("reports what weighs what, by package and folder and by module, adding up to the bundle", async () => {
    const { bundle } = await loadBundle();
    const report = bundleReport(bundle.metafile, 5).split("\n");
    expect(report[0]).toBe(`Bundle ${(bundle.bundleBytes / 1024).toFixed(1)} KB menurut paket dan folder:`);
    const groups = report.slice(1, report.indexOf("5 modul terbesar:"));
    expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^ +\d+\.\d KB {2}zod$/), expect.stringMatching(/KB {2}apps-script\/core\/engine$/)]));
    const sizes = groups.map((line) => Number(/([\d.]+) KB/.exec(line)![1]));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // Each group is rounded to 0.1 KB: the sum is within that of the modules' bytes, which the wrapper tops up.
    expect(Math.abs(sizes.reduce((a, b) => a + b, 0) * 1024 - bundle.bundleBytes)).toBeLessThan(2 * 1024);
    expect(report.slice(report.indexOf("5 modul terbesar:") + 1)).toHaveLength(5);
  });

  it("fails when any module on the way in imports a Node built-in", async () => {
    const entry = fileURLToPath(new URL("./fixtures/uses-node.ts", import.meta.url));
    await expect(buildGasBundle({ entry })).rejects.toThrow(/node:fs/);
  });

  it("loads in a sandbox without string code generation and makes no service call while loading", async () => {
    const rt = await GasRuntime.create();
    const result = rt.open();
    expect(result.error).toBeNull();
    expect(result.loadCalls).toBe(0);
  });

  it("exposes a global for every menu item, trigger handler and custom function", async () => {
    const rt = await GasRuntime.create();
    rt.open();
    const names = rt.bundle.entries.map((e) => e.name);
    for (const item of rt.store.menu!.items) expect(names).toContain(item.functionName);
    for (const handler of ["onOpen", "handleEdit", "handleFormSubmit", "dailySweep", "resumeJobs", "retryPendingSubmissions", "retryDeferredEdits"]) {
      expect(names).toContain(handler);
    }
    expect(names).not.toContain("onEdit"); // a simple onEdit would run beside the installable one
    for (const fn of ["TENGGAT", "HARIKERJA"]) {
      expect(rt.bundle.code).toMatch(new RegExp(`@customfunction\\s*\\*/\\s*function ${fn}\\(`));
    }
  });

  it("asks for the narrowest scopes: the current spreadsheet, and in Drive only the files it made", async () => {
    const { bundle } = await loadBundle();
    const manifest = JSON.parse(bundle.manifest) as { runtimeVersion: string; oauthScopes: string[]; dependencies: { enabledAdvancedServices: { userSymbol: string; version: string }[] } };
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(manifest.oauthScopes.filter((s) => s.includes("/auth/drive"))).toEqual(["https://www.googleapis.com/auth/drive.file"]);
    // Docs are written through the Docs API with drive.file: no scope over all of the user's Docs.
    expect(manifest.oauthScopes.filter((s) => s.includes("/auth/documents"))).toEqual([]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      expect.objectContaining({ userSymbol: "Drive", version: "v3" }),
      expect.objectContaining({ userSymbol: "Docs", serviceId: "docs", version: "v1" }),
    ]);
    expect(bundle.code).not.toMatch(/\bDocumentApp\b/);
    // Every DriveApp method needs the full drive scope: the bundle must not call it at all.
    expect(bundle.code).not.toMatch(/\bDriveApp\b/);
  });
});

describe("reading entry points", () => {
  it("keeps JSDoc and parameter names, and refuses re-exports that would lose them", () => {
    const entries = readEntries("/** Help.\n * @customfunction\n */\nexport function F(a: number, b: string) { return a; }\nfunction hidden() {}\n");
    expect(entries).toEqual([{ name: "F", params: ["a", "b"], jsdoc: "/** Help.\n * @customfunction\n */" }]);
    expect(() => readEntries('export { x } from "./x";')).toThrow(/export function/);
  });
});
