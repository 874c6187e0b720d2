// Compiles templates/ into a TS module of plain functions for the bundle; fails on unknown helpers or partials.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import Handlebars from "handlebars";
import { HELPER_NAMES } from "../apps-script/core/letters/helpers";
import { LETTER_KINDS } from "../apps-script/core/letters/letter-types";
import { describeError } from "../sync/local/cli-support";
import { CompactError, compactModule, compactTemplate } from "./compact-templates";
import { handlebarsProblem } from "./template-errors";
import { HASH_PREFIX, OUT_FILE, TEMPLATE_DIR, templateInputsHash } from "./templates-inputs.mjs";
const BUILT_IN_HELPERS = ["if", "unless", "each", "with", "lookup", "log"];

export class TemplateBuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Build templat gagal:\n- ${problems.join("\n- ")}`);
    this.name = "TemplateBuildError";
  }
}

interface Source {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

interface AstNode {
  readonly type?: string;
  readonly loc?: { readonly start: { readonly line: number } };
  readonly [key: string]: unknown;
}

const listFiles = (dir: string, ext: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];

function readSources(dir: string, ext: string, prefix = ""): Source[] {
  return listFiles(dir, ext).map((f) => ({
    name: prefix + basename(f, ext),
    file: join(dir, f),
    text: readFileSync(join(dir, f), "utf8"),
  }));
}

/** Walks a Handlebars AST and reports what the runtime could not resolve or must not do. */
function checkAst(source: Source, partials: ReadonlySet<string>, helpers: ReadonlySet<string>, root: string): string[] {
  const problems: string[] = [];
  const where = (node: AstNode) => `${relative(root, source.file)}:${node.loc?.start.line ?? "?"}`;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    const node = value as AstNode;
    switch (node.type) {
      case "PartialStatement":
      case "PartialBlockStatement": {
        const name = node.name as AstNode & { original?: unknown };
        if (name.type !== "PathExpression") problems.push(`${where(node)}: partial dinamis tidak diizinkan`);
        else if (name.original !== "@partial-block" && !partials.has(String(name.original))) {
          problems.push(`${where(node)}: partial "${String(name.original)}" tidak dikenal`);
        }
        break;
      }
      case "MustacheStatement":
        if (node.escaped === false) problems.push(`${where(node)}: keluaran tanpa escape ({{{ }}} atau {{& }}) tidak diizinkan`);
      // falls through: a mustache with arguments is a helper call
      case "BlockStatement":
      case "SubExpression": {
        const path = node.path as AstNode & { original?: unknown };
        const hasArgs = (node.params as unknown[] | undefined)?.length || node.hash;
        if ((hasArgs || node.type === "SubExpression") && !helpers.has(String(path.original))) {
          problems.push(`${where(node)}: helper "${String(path.original)}" tidak dikenal`);
        }
        break;
      }
      case "Decorator":
      case "DecoratorBlock":
        problems.push(`${where(node)}: decorator tidak diizinkan`);
        break;
    }
    for (const [key, child] of Object.entries(node)) if (key !== "loc") visit(child);
  };
  visit(Handlebars.parse(source.text));
  return problems;
}

/**
 * Style sheets without comments and layout whitespace (they are copied into every letter), by
 * esbuild's CSS minifier: it parses the sheet, so quoted strings (`content: "x  :  y"`) and
 * whatever else a regular expression would mistake for layout stay as written.
 */
export function minifyCss(css: string): string {
  // https://esbuild.github.io/api/#transform with loader "css"; logLevel silent: problems are thrown.
  return transformSync(css, { loader: "css", minify: true, logLevel: "silent" }).code.trim();
}

export interface BuildResult {
  readonly outFile: string;
  readonly letters: readonly string[];
  readonly partials: readonly string[];
  readonly changed: boolean;
}

/** Builds the module; throws `TemplateBuildError` listing every problem found. */
export function buildTemplates(templateDir = TEMPLATE_DIR, outFile = OUT_FILE): BuildResult {
  const letters = readSources(templateDir, ".hbs");
  const partials = [
    ...readSources(join(templateDir, "partials"), ".hbs"),
    ...readSources(join(templateDir, "styles"), ".css", "css-").map((css) => ({ ...css, text: minifyCss(css.text) })),
  ];
  const partialNames = new Set(partials.map((p) => p.name));
  const helperNames = new Set<string>([...HELPER_NAMES, ...BUILT_IN_HELPERS]);
  const problems: string[] = [];

  const letterNames = new Set(letters.map((l) => l.name));
  for (const [code, kind] of Object.entries(LETTER_KINDS)) {
    if (!letterNames.has(kind.template)) problems.push(`jenis surat ${code} memerlukan templates/${kind.template}.hbs`);
  }
  const used = new Set(Object.values(LETTER_KINDS).map((k) => k.template));
  for (const name of letterNames) if (!used.has(name)) problems.push(`templates/${name}.hbs tidak dipakai jenis surat mana pun`);

  const compile = (source: Source): { name: string; code: string } => {
    try {
      const found = checkAst(source, partialNames, helperNames, templateDir);
      problems.push(...found);
      // A template the checks refused is not compiled: one problem each, not the same one twice.
      return { name: source.name, code: found.length ? "null" : compactTemplate(source.text, new Set(HELPER_NAMES), partialNames) };
    } catch (error) {
      problems.push(
        error instanceof CompactError
          ? `${relative(templateDir, source.file)}:${error.line ?? "?"}: ${error.message}`
          : handlebarsProblem(relative(templateDir, source.file), error),
      );
      return { name: source.name, code: "null" };
    }
  };
  const body = [
    "// GENERATED by scripts/precompile-templates.ts from templates/: do not edit; rebuild with `npm run build:templates`.",
    // scripts/build-templates.mjs skips the build while this hash still matches the inputs.
    `${HASH_PREFIX}${templateInputsHash(templateDir)}`,
    "// @ts-nocheck",
    compactModule(letters.map(compile), partials.map(compile)),
  ].join("\n");
  if (problems.length > 0) throw new TemplateBuildError(problems);

  const changed = !existsSync(outFile) || readFileSync(outFile, "utf8") !== body;
  if (changed) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, body);
  }
  return { outFile, letters: letters.map((l) => l.name), partials: [...partialNames], changed };
}

/** Prints why the build failed, in Indonesian, and returns the exit code (1). */
export function reportBuildFailure(error: unknown): number {
  const text = error instanceof TemplateBuildError ? error.message : `Build templat gagal: ${describeError(error, { help: "npm run build:templates" }).message}`;
  console.error(text);
  return 1;
}

// Quiet on success: it runs before every `npm start`, `npm test` and `npm run bench`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    buildTemplates();
  } catch (error) {
    process.exitCode = reportBuildFailure(error);
  }
}
