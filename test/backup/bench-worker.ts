// Runs one CLI command in its own process for the benchmark, against the loopback server whose
// URL it is given, and prints time and memory as JSON: the server's memory stays out of the figures.
import { auth } from "googleapis/build/src/apis/sheets/index.js";
import { performance } from "node:perf_hooks";
import { createSheetsClient } from "../../sync/backup/auth";
import { main } from "../../sync/backup/cli";
import { silentProgress } from "../../sync/backup/progress";
import { TOKENS } from "./fake-sheets/server";

const [rootUrl, ...argv] = process.argv.slice(2);
const lines: string[] = [];
let heapPeak = 0;
const sample = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20);
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const code = await main(argv, {
  io: { out: (l) => void lines.push(l), err: (l) => void lines.push(l) },
  progress: silentProgress,
  confirm: async () => false,
  sheets: async (access) => {
    const client = new auth.OAuth2();
    client.setCredentials({ access_token: access === "write" ? TOKENS.write : TOKENS.read });
    return createSheetsClient(client, { rootUrl: rootUrl!, timeoutMs: 120_000 });
  },
});
const ms = performance.now() - start;
clearInterval(sample);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
process.stdout.write(`${JSON.stringify({ code, ms, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024, heapPeak, lines })}\n`);
