// The content hash of everything the template build reads, in plain JS so the `prestart` check
// runs on bare Node (no TypeScript loader) and answers in milliseconds when nothing changed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATE_DIR = join(ROOT, "templates");
export const OUT_FILE = join(ROOT, "apps-script/core/letters/generated/templates.ts");

/** The line of the generated module that records the hash of its inputs. */
export const HASH_PREFIX = "// Inputs sha256: ";

/** Every file under `dir`, recursively, sorted; `skip` names folders left out. */
function filesUnder(dir, skip = new Set()) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return skip.has(name) ? [] : filesUnder(path, skip);
      return [path];
    });
}

/**
 * SHA-256 over the templates, the build script, the letter code it validates against (helper
 * names, letter kinds, the template runtime and what they import) and the Handlebars and esbuild
 * versions: Handlebars' parser reads the templates and esbuild minifies the style sheets.
 * @param {string} [templateDir]
 * @returns {string}
 */
export function templateInputsHash(templateDir = TEMPLATE_DIR) {
  const hash = createHash("sha256");
  const add = (label, path) => hash.update(`${label}\0`).update(readFileSync(path)).update("\0");
  for (const path of filesUnder(templateDir)) add(`templates/${relative(templateDir, path)}`, path);
  const code = [
    join(ROOT, "scripts/precompile-templates.ts"),
    join(ROOT, "scripts/compact-templates.ts"),
    join(ROOT, "scripts/templates-inputs.mjs"),
    ...filesUnder(join(ROOT, "apps-script/core/letters"), new Set(["generated"])),
  ];
  for (const path of code) add(relative(ROOT, path), path);
  add("handlebars", join(ROOT, "node_modules/handlebars/package.json"));
  add("esbuild", join(ROOT, "node_modules/esbuild/package.json"));
  return hash.digest("hex");
}

/**
 * Whether `outFile` was built from exactly these inputs (its hash line matches).
 * @param {string} [outFile]
 * @param {string} [templateDir]
 * @returns {boolean}
 */
export function templatesFresh(outFile = OUT_FILE, templateDir = TEMPLATE_DIR) {
  if (!existsSync(outFile)) return false;
  const head = readFileSync(outFile, "utf8").slice(0, 400);
  return head.includes(`${HASH_PREFIX}${templateInputsHash(templateDir)}\n`);
}
