// Builds what `clasp push` sends: dist/gas/Code.js (one minified bundle + global stubs) and appsscript.json.
//
// Apps Script has no modules: it sees only top-level functions. The bundle is an IIFE assigned to
// one global; for every function exported by apps-script/gas/main.ts a stub
// `function onOpen(e) { return Sertifikasi.onOpen(e); }` is generated, carrying the function's
// JSDoc so custom functions (@customfunction) show their help in Sheets.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GAS_ENTRY = join(ROOT, "apps-script/gas/main.ts");
export const GAS_MANIFEST = join(ROOT, "apps-script/appsscript.json");
export const GLOBAL_NAME = "Sertifikasi";
/**
 * Size the bundle must stay under. The 150 KB held until letters: they add ~105 KB
 * (precompiled templates ~42 KB after slimming, zod/mini ~24 KB, handlebars/runtime ~17 KB, letter
 * kinds, numbering and the Google Docs side ~22 KB). The data-safety rules (history replay, row
 * screening, references, approvals on record, stricter validation) add ~22 KB more. Case kinds
 * (services, case registers as data, guard registry) took it to ~282 KB; the six letters of steps
 * 1, 5 and 9 and of Surat Masuk, Pengaduan and Banding add ~35 KB (templates ~23 KB). Cold load
 * stays ~15 ms in V8. Cutting back towards 150 KB (templates, zod's schema building) is its own work.
 * Triggers across admins, form publishing and reconciliation of lost submissions add ~4 KB.
 */
export const BUNDLE_BUDGET_BYTES = 322 * 1024;

export interface GasEntry {
  readonly name: string;
  readonly params: readonly string[];
  readonly jsdoc: string | null;
}

export interface GasBundle {
  /** Code.js exactly as written to dist/gas. */
  readonly code: string;
  readonly manifest: string;
  /** Minified bundle alone, without the stubs. */
  readonly bundleBytes: number;
  readonly entries: readonly GasEntry[];
}

export interface GasBuildOptions {
  /** The office's time zone for appsscript.json (default: the manifest's own). */
  readonly timeZone?: string;
  /** Another entry module (tests use it to prove the guards fail). */
  readonly entry?: string;
}

/** Exported functions of the entry module, with parameter names and JSDoc, read with the TS parser. */
export function readEntries(source: string, fileName = GAS_ENTRY): GasEntry[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const entries: GasEntry[] = [];
  for (const statement of file.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement)) {
      throw new Error(`${fileName}: declare entry points as \`export function\` (re-exports lose their JSDoc and parameters).`);
    }
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(`${fileName}: only functions may be exported from the Apps Script entry.`);
    }
    const comments = ts.getLeadingCommentRanges(source, statement.getFullStart()) ?? [];
    const doc = comments.filter((c) => source.startsWith("/**", c.pos)).pop();
    entries.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(file)),
      jsdoc: doc ? source.slice(doc.pos, doc.end) : null,
    });
  }
  return entries;
}

function stubFor(entry: GasEntry): string {
  const params = entry.params.join(", ");
  const doc = entry.jsdoc ? `${entry.jsdoc}\n` : "";
  return `${doc}function ${entry.name}(${params}) {\n  return ${GLOBAL_NAME}.${entry.name}(${params});\n}\n`;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function assertNoNodeBuiltins(inputs: Record<string, { imports: readonly { path: string }[] }>, code: string): void {
  const offenders = Object.entries(inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => NODE_BUILTINS.has(i.path) || i.path.startsWith("node:")).map((i) => `${file} → ${i.path}`),
  );
  if (/\brequire\s*\(/.test(code)) offenders.push("the bundle calls require()");
  if (offenders.length > 0) throw new Error(`Node built-ins are not available in Apps Script:\n  ${offenders.join("\n  ")}`);
}

/** Bundles in memory; `writeGasBundle` writes the same bytes to disk. */
export async function buildGasBundle(options: GasBuildOptions = {}): Promise<GasBundle> {
  const entry = options.entry ?? GAS_ENTRY;
  const source = await readFile(entry, "utf8");
  const entries = readEntries(source, entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName: GLOBAL_NAME,
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    target: "es2019",
    minify: true,
    charset: "utf8",
    legalComments: "eof",
    metafile: true,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const bundle = result.outputFiles[0]!.text;
  assertNoNodeBuiltins(result.metafile.inputs, bundle);
  const header = "// Generated by scripts/build-gas.ts — do not edit. Source: apps-script/gas and apps-script/core.\n";
  const code = `${header}${bundle}\n${entries.map(stubFor).join("\n")}`;
  const manifest = JSON.parse(await readFile(GAS_MANIFEST, "utf8")) as Record<string, unknown>;
  if (options.timeZone) manifest["timeZone"] = options.timeZone;
  return { code, manifest: `${JSON.stringify(manifest, null, 2)}\n`, bundleBytes: Buffer.byteLength(bundle), entries };
}

export async function writeGasBundle(outDir = join(ROOT, "dist/gas"), options: GasBuildOptions = {}): Promise<GasBundle> {
  const bundle = await buildGasBundle(options);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "Code.js"), bundle.code);
  await writeFile(join(outDir, "appsscript.json"), bundle.manifest);
  return bundle;
}

const SCRIPT_ID_PLACEHOLDER = "GANTI_DENGAN_SCRIPT_ID";

/** Before `clasp push`: .clasp.json must name the office's own script, not the placeholder. */
async function assertScriptIdSet(): Promise<void> {
  const clasp = JSON.parse(await readFile(join(ROOT, ".clasp.json"), "utf8")) as { scriptId?: string; rootDir?: string };
  if (!clasp.scriptId || clasp.scriptId === SCRIPT_ID_PLACEHOLDER) {
    throw new Error("scriptId di .clasp.json masih contoh: isi dengan ID skrip spreadsheet kantor Anda (lihat docs/DEPLOY.md langkah 4).");
  }
  if (clasp.rootDir !== "dist/gas") throw new Error('rootDir di .clasp.json harus "dist/gas" (folder hasil build).');
}

async function main(): Promise<void> {
  if (process.argv.includes("--for-deploy")) await assertScriptIdSet();
  const tzArg = process.argv.find((a) => a.startsWith("--time-zone="));
  const timeZone = tzArg?.slice("--time-zone=".length) ?? process.env["SERTIFIKASI_TZ"];
  // Letter templates are precompiled into a TS module the core imports (no eval on Apps Script).
  const templates = (await import("./precompile-templates")) as { buildTemplates?: () => unknown };
  templates.buildTemplates?.();
  const bundle = await writeGasBundle(undefined, timeZone ? { timeZone } : {});
  const kb = (bundle.bundleBytes / 1024).toFixed(1);
  console.log(`dist/gas/Code.js: bundle ${kb} KB minified, ${bundle.entries.length} global functions`);
  console.log(`dist/gas/appsscript.json: time zone ${(JSON.parse(bundle.manifest) as { timeZone: string }).timeZone}`);
  if (bundle.bundleBytes > BUNDLE_BUDGET_BYTES) {
    console.warn(`Peringatan: bundle melebihi ${BUNDLE_BUDGET_BYTES / 1024} KB.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
