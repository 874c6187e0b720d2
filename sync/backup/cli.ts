// Entry point: `npm run sync -- <command> …`. Parses arguments, runs one command, and maps every
// error to its exit code in this one place.
import { realpathSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ERROR_CODES } from "../../apps-script/core/errors/codes";
import { defaultSheetsFactory } from "./auth";
import { COMMANDS, HELP } from "./commands/index";
import type { Context, Io, Options } from "./context";
import { SyncError, asSyncError } from "./errors";
import { defaultSheetsOptions } from "./places/sheets-api";
import { silentProgress, terminalProgress } from "./progress";
import { VERSION_LINE } from "./version";

const OPTIONS = {
  tab: { type: "string", multiple: true, short: "t" },
  id: { type: "string", multiple: true },
  yes: { type: "boolean", short: "y" },
  "key-file": { type: "string" },
  "key-env": { type: "string" },
  credentials: { type: "string" },
  "oauth-client": { type: "string" },
  "keep-daily": { type: "string" },
  "keep-weekly": { type: "string" },
  "keep-monthly": { type: "string" },
  "time-zone": { type: "string" },
  "dry-run": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** The commands whose result a script would read; --json elsewhere is an argument error. */
const JSON_COMMANDS: ReadonlySet<string> = new Set(["list", "verify", "diff"]);

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new SyncError("BAD_ARGS", `--${name} harus bilangan bulat ≥ 0, bukan "${value}".`);
  return Number(value);
}

function parse(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^']*)'/.exec(String((error as Error).message))?.[1];
    throw new SyncError("BAD_ARGS", option ? `Opsi tidak dikenal atau tanpa nilai: ${option}. Lihat --help.` : "Argumen tidak sah. Lihat --help.");
  }
  const v = parsed.values;
  const timeZone = v["time-zone"] ?? "Asia/Jakarta";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new SyncError("BAD_ARGS", `Zona waktu tidak dikenal: ${timeZone} (contoh: Asia/Jakarta, Asia/Makassar).`);
  }
  const options: Options = {
    yes: v.yes ?? false,
    dryRun: v["dry-run"] ?? false,
    json: v.json ?? false,
    timeZone,
    ...(v.tab ? { tabs: v.tab } : {}),
    ...(v.id ? { ids: v.id } : {}),
    ...(v["key-file"] ? { keyFile: v["key-file"] } : {}),
    ...(v["key-env"] ? { keyEnv: v["key-env"] } : {}),
    ...(v["keep-daily"] !== undefined ? { keepDaily: count(v["keep-daily"], "keep-daily") } : {}),
    ...(v["keep-weekly"] !== undefined ? { keepWeekly: count(v["keep-weekly"], "keep-weekly") } : {}),
    ...(v["keep-monthly"] !== undefined ? { keepMonthly: count(v["keep-monthly"], "keep-monthly") } : {}),
  };
  const [command, ...rest] = parsed.positionals;
  return { command, args: rest, options, values: v };
}

const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

async function askOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    processIo.err("Tidak ada terminal untuk meminta konfirmasi; tambahkan --yes bila memang ingin menulis.");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} Ketik "ya" untuk melanjutkan: `);
    return ["ya", "y", "yes"].includes(answer.trim().toLowerCase());
  } finally {
    rl.close();
  }
}

/** Runs the CLI with `argv` (without node and script); returns the exit code. Tests pass a
 * context override (loopback Sheets client, captured output, fixed clock). */
export async function main(argv: readonly string[], override: Partial<Context> = {}): Promise<number> {
  const io = override.io ?? processIo;
  const env = override.env ?? process.env;
  try {
    const { command, args, options, values } = parse(argv);
    if (values.version) {
      io.out(VERSION_LINE);
      return 0;
    }
    if (values.help || command === "help") {
      io.out(HELP);
      return 0;
    }
    if (command === undefined) {
      // A usage error: the help goes with the other messages, stdout stays for results.
      io.err(HELP);
      return ERROR_CODES.BAD_ARGS.sync;
    }
    const run = COMMANDS[command];
    if (!run) throw new SyncError("BAD_ARGS", `Perintah tidak dikenal: ${command}. Lihat --help.`);
    if (options.json && !JSON_COMMANDS.has(command)) throw new SyncError("BAD_ARGS", `--json hanya untuk ${[...JSON_COMMANDS].join(", ")}, bukan ${command}.`);
    const ctx: Context = {
      io,
      env,
      now: () => new Date(),
      confirm: askOnTerminal,
      progress: values.quiet || options.json ? silentProgress : terminalProgress(),
      sheets: defaultSheetsFactory({
        ...(values.credentials ? { credentialsFile: values.credentials } : {}),
        ...(values["oauth-client"] ? { oauthClientFile: values["oauth-client"] } : {}),
      }),
      sheetsOptions: defaultSheetsOptions({ onRetry: (m) => io.err(m) }),
      ...override,
    };
    return await run(args, options, ctx);
  } catch (error) {
    const e = asSyncError(error);
    io.err(`Galat [${e.code}]: ${e.message}`);
    if (env["SYNC_DEBUG"]) io.err(String((e.cause as Error | undefined)?.stack ?? e.stack));
    return e.exitCode;
  }
}

/** Runs the tool as this process (the entry point, or bin/sertifikasi-sync.mjs). */
export async function runProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2));
}

const entry = process.argv[1] ? realpathSync(process.argv[1]) : "";
if (entry === realpathSync(fileURLToPath(import.meta.url))) await runProcess();
