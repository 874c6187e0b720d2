#!/usr/bin/env node
// `tenggat TANGGAL JUMLAH`: `npm run tenggat` without npm's banner on stdout.
import { register } from "tsx/esm/api";

register();
const [{ main }, { runProcess }] = await Promise.all([import("../sync/local/tenggat.ts"), import("../sync/local/cli-support.ts")]);
runProcess(main, "tenggat --help");
