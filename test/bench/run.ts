// `npm run bench`: runs every test/bench/*.bench.ts (each exports `run()`) and prints its figures.
// `-- --only NAME` (or a bare NAME) picks benches by file name; `-- --json` prints one JSON object
// of the figures the benches return, keyed by bench (a single bench's figures unwrapped, e.g.
// `--only gas --json` → {"editCalls": …}), and sends their tables to stderr.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes("--json");
const only = args.filter((a, i) => a !== "--json" && a !== "--only" && (args[i - 1] === "--only" || !a.startsWith("--")));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const figures: Record<string, unknown> = {};
const print = console.log;
if (json) console.log = (...parts: unknown[]) => console.error(...parts);
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run?: (options: { json?: boolean }) => Promise<unknown> };
  if (typeof module.run !== "function") throw new Error(`${file} tidak mengekspor run()`);
  const result = await module.run({ json });
  if (result !== undefined) figures[file.replace(/\.bench\.ts$/, "")] = result;
}
const ran = Object.keys(figures);
if (json) print(JSON.stringify(ran.length === 1 ? figures[ran[0]!] : figures));
