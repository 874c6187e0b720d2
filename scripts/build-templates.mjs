// `npm run build:templates` and the pre-hooks of start/test/bench: quiet, and a no-op in
// milliseconds when the generated module already matches its inputs (content hash); otherwise
// the TypeScript build runs in this same process through tsx's API (no second tsx process).
import { templatesFresh } from "./templates-inputs.mjs";

const force = process.argv.includes("--paksa");
const verbose = process.argv.includes("--rinci");

if (force || !templatesFresh()) {
  // https://tsx.is/dev-api/ts-import: loads a TypeScript module without registering tsx globally.
  const { tsImport } = await import("tsx/esm/api");
  const { buildTemplates, reportBuildFailure } = await tsImport("./precompile-templates.ts", import.meta.url);
  try {
    const result = buildTemplates();
    if (verbose) console.error(`Templat: ${result.letters.length} surat, ${result.partials.length} partial (${result.changed ? "ditulis" : "tidak berubah"}).`);
  } catch (error) {
    process.exitCode = reportBuildFailure(error);
  }
} else if (verbose) {
  console.error("Templat: tidak berubah sejak build terakhir.");
}
