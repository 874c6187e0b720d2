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
import { build, type Metafile } from "esbuild";
import ts from "typescript";
import { exitCodeOf } from "../apps-script/core/errors/codes";
import { isOfficeTimeZone } from "../apps-script/core/time/zone-offset";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GAS_ENTRY = join(ROOT, "apps-script/gas/main.ts");
export const GAS_MANIFEST = join(ROOT, "apps-script/appsscript.json");
export const GLOBAL_NAME = "Sertifikasi";
/**
 * Size the bundle must stay under, just above what it weighs (`npm run build -- --rinci` shows
 * the breakdown). The issue's 150 KB held until letters. Today, of ~265 KB: the engine ~50 KB,
 * apps-script/gas ~44 KB, letter code ~39 KB, the letter templates ~37 KB (compiled to plain
 * functions at build time, no Handlebars runtime: ~49 KB less than precompiled specs plus the
 * runtime), zod/mini ~25 KB (the registers' cell parsing and the letters' data schemas), registers
 * ~22 KB (the catalog's column notes ~13 KB), domain ~19 KB, seed ~14 KB (holidays as lines).
 * Menu requests for every editor, the Docs advanced service, triggers across admins, form publishing,
 * reconciliation of lost submissions and the configuration cache add ~14 KB (~279 KB in all).
 * Further towards 150 KB needs zod out of the core or smaller letters, not a tighter build.
 * Cold load: ~33 ms CPU in a fresh V8 context (was ~59 before the letters' schemas were built on
 * first use instead of at load).
 */
// Issue 11 (four BNSP/LAN services with 14 letters) and issue 12's first parts (Kotak Surel's
// sender, the Sertifikat register, the verification page) took it to ~366 KB: templates ~57 KB,
// seed rows ~42 KB. The budget follows so a regression shows; the 150 KB target is issue 10's.
// The dashboard (figures, the Dasbor grid and its charts) adds ~6.6 KB; the certificate's QR code
// ~9.3 KB (lean-qr/nano 3.7 KB, the PNG writer, the maklumat text and the back page ~5.6 KB); letters by e-mail
// (per-type setting, queueing, PDF attachments) ~6 KB; the daily digest, the IKM survey form and
// the status link the rest: 417.7 KB measured after issue 12's second part.
// Issue 10's smaller-bundle pass, measured with `npm run --silent bench -- --only gas`: target
// ES2020 (`?.`/`??` not lowered) 427,445 → 416,427 bytes; compiled templates passing the context
// once and dropping unused block parameters → 415,053; helpers and partials called by names the
// minifier shortens → 413,084 (403.4 KB). Of that, ~175 KB is string literals (letter text
// ~47 KB, register notes, seed rows, settings' descriptions, messages) which no build option
// shrinks; the 150 KB target would need zod out of the core (~25 KB plus the schemas' code) and
// letters or seed data moved out of the script, not a tighter build.
// Status tokens and verification codes from HMAC-SHA256 keyed by two Utilities.getUuid calls
// (gas/random-uuids.ts, @noble/hashes: 7.3 KB) instead of one call per case.
// The edit's bounded reads (issue 10, "a tenth of the calls": edited rows alone, TextFinder
// look-ups, writes with the header known) add ~4.3 KB.
// The RCC assessor certificate (letter kind, template, register source, renewal link) ~5.3 KB:
// 420.8 KB measured after all three (session 13 merge). The searched tabs' size hints in the
// document cache (an edit asks no tab its size: 32 -> 29 calls) ~0.9 KB: 423.3 KB.
export const BUNDLE_BUDGET_BYTES = 424 * 1024;

/** A build input that cannot be right (an unknown time zone, a placeholder script ID): exit 64 or 2. */
export class GasBuildInputError extends Error {
  override readonly name = "GasBuildInputError";
  constructor(
    message: string,
    readonly code: "BAD_ARGS" | "INVALID",
  ) {
    super(message);
  }
}

/**
 * The office's zone for appsscript.json, refused unless it is an Indonesian zone: Apps Script
 * would take a misspelt "Asia/Makasar" and run the office's triggers and dates in another zone.
 */
export function checkTimeZone(timeZone: string, source: string): string {
  if (isOfficeTimeZone(timeZone)) return timeZone;
  throw new GasBuildInputError(
    `Zona waktu ${source} "${timeZone}" tidak dikenal. Pakai salah satu zona Indonesia: Asia/Jakarta atau Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).`,
    "BAD_ARGS",
  );
}

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
  /** esbuild's record of what each module put in the bundle (for `bundleReport`). */
  readonly metafile: Metafile;
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
    // ES2020 keeps `?.` and `??` as written instead of lowering each to a temporary and a
    // `== null` test (~11 KB); the Apps Script V8 runtime runs modern ECMAScript syntax
    // (https://developers.google.com/apps-script/guides/v8-runtime, "Modern ECMAScript syntax").
    target: "es2020",
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
  if (options.timeZone) manifest["timeZone"] = checkTimeZone(options.timeZone, "build");
  return { code, manifest: `${JSON.stringify(manifest, null, 2)}\n`, bundleBytes: Buffer.byteLength(bundle), entries, metafile: result.metafile };
}

export async function writeGasBundle(outDir = join(ROOT, "dist/gas"), options: GasBuildOptions = {}): Promise<GasBundle> {
  const bundle = await buildGasBundle(options);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "Code.js"), bundle.code);
  await writeFile(join(outDir, "appsscript.json"), bundle.manifest);
  return bundle;
}

/** Where a module's bytes are counted: its package, or its folder of apps-script (generated code on its own). */
function moduleGroup(path: string): string {
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const parts = path.replace(/^(\.\.\/)+/, "").split("/");
  return parts.includes("generated") ? parts.join("/") : parts.slice(0, Math.min(3, parts.length - 1)).join("/");
}

/**
 * What weighs what in the minified bundle, by package and by folder, largest first, then the
 * `top` heaviest modules (`npm run build -- --rinci`).
 */
export function bundleReport(metafile: Metafile, top = 15): string {
  const output = Object.values(metafile.outputs)[0];
  if (!output) return "";
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
  const modules = Object.entries(output.inputs).map(([path, input]) => ({ path, bytes: input.bytesInOutput }));
  const groups = new Map<string, number>();
  for (const m of modules) groups.set(moduleGroup(m.path), (groups.get(moduleGroup(m.path)) ?? 0) + m.bytes);
  const byGroup = [...groups].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${kb(bytes)}  ${name}`);
  const byModule = modules.sort((a, b) => b.bytes - a.bytes).slice(0, top).map((m) => `${kb(m.bytes)}  ${m.path.replace(/^.*?(?=node_modules\/)|^(\.\.\/)+/, "")}`);
  return [`Bundle ${kb(output.bytes).trim()} menurut paket dan folder:`, ...byGroup, `${top} modul terbesar:`, ...byModule].join("\n");
}

const SCRIPT_ID_PLACEHOLDER = "GANTI_DENGAN_SCRIPT_ID";

/** Before `clasp push`: .clasp.json must name the office's own script, not the placeholder. */
export async function assertScriptIdSet(root = ROOT): Promise<void> {
  let clasp: { scriptId?: string; rootDir?: string };
  try {
    clasp = JSON.parse(await readFile(join(root, ".clasp.json"), "utf8")) as typeof clasp;
  } catch {
    throw new GasBuildInputError(".clasp.json tidak ada atau bukan JSON yang sah: salin contohnya dari repositori dan isi ID skrip kantor (docs/DEPLOY.md langkah 4).", "INVALID");
  }
  if (!clasp.scriptId || clasp.scriptId === SCRIPT_ID_PLACEHOLDER) {
    throw new GasBuildInputError("scriptId di .clasp.json masih contoh: isi dengan ID skrip spreadsheet kantor Anda (lihat docs/DEPLOY.md langkah 4).", "INVALID");
  }
  if (clasp.rootDir !== "dist/gas") throw new GasBuildInputError('rootDir di .clasp.json harus "dist/gas" (folder hasil build).', "INVALID");
}

/** The zone asked for: `--time-zone=ZONA`, else SERTIFIKASI_TZ, else none (the manifest's own); checked. */
export function requestedTimeZone(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const tzArg = argv.find((a) => a.startsWith("--time-zone="));
  if (tzArg !== undefined) return checkTimeZone(tzArg.slice("--time-zone=".length), "--time-zone");
  const fromEnv = env["SERTIFIKASI_TZ"]?.trim();
  return fromEnv ? checkTimeZone(fromEnv, "SERTIFIKASI_TZ") : undefined;
}

/** Templates, then the bundle, into `<root>/dist/gas`; prints what it wrote (to stderr when `quiet`). */
export async function buildForClasp(timeZone: string | undefined, root = ROOT, say: (line: string) => void = console.log): Promise<GasBundle> {
  // Letter templates are precompiled into a TS module the core imports (no eval on Apps Script).
  const templates = (await import("./precompile-templates")) as { buildTemplates?: () => unknown };
  templates.buildTemplates?.();
  const bundle = await writeGasBundle(join(root, "dist/gas"), timeZone ? { timeZone } : {});
  const kb = (bundle.bundleBytes / 1024).toFixed(1);
  say(`dist/gas/Code.js: bundel ${kb} KB (diperkecil), ${bundle.entries.length} fungsi global`);
  say(`dist/gas/appsscript.json: zona waktu ${(JSON.parse(bundle.manifest) as { timeZone: string }).timeZone}`);
  if (bundle.bundleBytes > BUNDLE_BUDGET_BYTES) say(`Peringatan: bundel melebihi ${BUNDLE_BUDGET_BYTES / 1024} KB.`);
  return bundle;
}

async function main(): Promise<void> {
  const timeZone = requestedTimeZone(process.argv, process.env);
  if (process.argv.includes("--for-deploy")) await assertScriptIdSet();
  const bundle = await buildForClasp(timeZone);
  if (process.argv.includes("--rinci")) console.log(bundleReport(bundle.metafile));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof GasBuildInputError) {
      console.error(error.message);
      process.exit(exitCodeOf(error.code, "deploy") ?? 1);
    }
    console.error(`Build Apps Script gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
