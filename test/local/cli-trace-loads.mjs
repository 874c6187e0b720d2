// Preload (`node --import ./test/local/cli-trace-loads.mjs …`): at exit, writes every CommonJS
// module the process loaded to $TRACE_LOADS_FILE. googleapis, playwright-core and exceljs are
// CommonJS, and Node puts a CommonJS module imported from ESM into the same cache.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const target = process.env.TRACE_LOADS_FILE;
if (target) process.on("exit", () => writeFileSync(target, Object.keys(require.cache).join("\n")));
