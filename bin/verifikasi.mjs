#!/usr/bin/env node
// `verifikasi KODE`: `npm run verifikasi` without npm's banner on stdout.
import { register } from "tsx/esm/api";

register();
const [{ main }, { runProcess }] = await Promise.all([import("../sync/local/verifikasi.ts"), import("../sync/local/cli-support.ts")]);
runProcess(main, "verifikasi --help");
