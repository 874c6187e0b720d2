#!/usr/bin/env node
// `sertifikasi-sync <perintah> …`: `npm run sync` without npm's banner on stdout.
import { register } from "tsx/esm/api";

register();
const { runProcess } = await import("../sync/backup/cli.ts");
await runProcess();
