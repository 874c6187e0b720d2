#!/usr/bin/env node
// `sertifikasi [pilihan]`: `npm start` without npm's banner on stdout (so `--json` is JSON only).
// Builds the letter templates first, as npm's prestart hook does, then runs sync/local/main.ts
// through tsx (https://tsx.is/dev-api/register-esm).
import { register } from "tsx/esm/api";

await import("../scripts/build-templates.mjs");
if (!process.exitCode) {
  register();
  const [{ main, HELP_HINT }, { runProcess }] = await Promise.all([import("../sync/local/main.ts"), import("../sync/local/cli-support.ts")]);
  runProcess(main, HELP_HINT);
}
