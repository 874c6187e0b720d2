// `npm run deploy`: one guarded chain — settings, type check (once), tests, build, `clasp push
// --force`, read the project back and compare it with dist/gas, then a version to roll back to.
// clasp's English goes to dist/deploy-clasp.log and is shown only on failure, under "keluaran clasp:".
import { spawn } from "node:child_process";
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type DeployCode, exitCodeOf } from "../apps-script/core/errors/codes";
import { VERSION_LINE } from "../sync/backup/version";
import { assertScriptIdSet, buildForClasp, GasBuildInputError, requestedTimeZone } from "./build-gas";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export class DeployError extends Error {
  override readonly name = "DeployError";
  constructor(
    readonly code: DeployCode,
    message: string,
    /** Output of the failed program, shown under its label. */
    readonly output?: { readonly label: string; readonly text: string },
  ) {
    super(message);
  }
}

/** A program the chain runs: what staff see while it runs, and the command. */
export interface Step {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

export interface Ran {
  readonly status: number | null;
  readonly output: string;
}

/** Runs one program in `cwd`, stdout and stderr together, stdin closed (nothing may prompt). */
export type Runner = (step: Step, cwd: string, env: NodeJS.ProcessEnv) => Promise<Ran>;

export const spawnRunner: Runner = (step, cwd, env) =>
  new Promise((done) => {
    const child = spawn(step.command, [...step.args], { cwd, stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error: NodeJS.ErrnoException) => done({ status: null, output: `${output}${error.code ?? error.name}` }));
    child.on("close", (status) => done({ status, output }));
  });

const BIN = (name: string) => join(ROOT, "node_modules/.bin", name);

/**
 * The checks before anything is built: the type check once (its pre-hook builds the templates),
 * then Vitest directly — `npm test` would type-check a second time.
 */
export const CHECKS: readonly Step[] = [
  { label: "Pemeriksaan tipe", command: "npm", args: ["run", "--silent", "typecheck"] },
  { label: "Pengujian", command: BIN("vitest"), args: ["run"] },
];

/** clasp as a command: SERTIFIKASI_CLASP (tests put a fake there), else the installed clasp 3. */
export function claspCommand(env: NodeJS.ProcessEnv): { command: string; prefix: string[] } {
  const own = env["SERTIFIKASI_CLASP"]?.trim();
  if (own) return { command: own, prefix: [] };
  return { command: process.execPath, prefix: [join(ROOT, "node_modules/@google/clasp/build/src/index.js")] };
}

export interface DeployOptions {
  /** Folder with .clasp.json; dist/gas is built inside it. */
  readonly root?: string;
  readonly argv?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Progress lines (stderr). */
  readonly say?: (line: string) => void;
  /** Runs the checks (tests pass a recorder); clasp always runs through spawnRunner. */
  readonly runChecks?: Runner;
  readonly now?: () => Date;
}

export interface Deployed {
  readonly files: readonly string[];
  readonly versionNumber: number | null;
  readonly description: string;
}

/** Files of a folder (not recursive, dot files left out), sorted. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name).sort();
}

/** What differs between the built folder and the one pulled back; empty when they are the same bytes. */
export async function compareFolders(built: string, pulled: string): Promise<string[]> {
  const [mine, theirs] = await Promise.all([filesOf(built), filesOf(pulled)]);
  const problems: string[] = [];
  for (const name of mine) {
    if (!theirs.includes(name)) problems.push(`${name} tidak ada di Apps Script`);
    else if (!(await readFile(join(built, name))).equals(await readFile(join(pulled, name)))) problems.push(`${name} berbeda dengan hasil build`);
  }
  for (const name of theirs) if (!mine.includes(name)) problems.push(`${name} ada di Apps Script tetapi tidak di hasil build`);
  return problems;
}

async function packageVersion(root: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
  const commit = await spawnRunner({ label: "git", command: "git", args: ["rev-parse", "--short", "HEAD"] }, root, process.env);
  return `${pkg.name} ${pkg.version}${commit.status === 0 ? ` (${commit.output.trim()})` : ""}`;
}

export async function deploy(options: DeployOptions = {}): Promise<Deployed> {
  const root = options.root ?? ROOT;
  const env = options.env ?? process.env;
  const say = options.say ?? ((line: string) => console.error(line));
  const runChecks = options.runChecks ?? spawnRunner;
  const now = options.now ?? (() => new Date());
  const log = join(root, "dist/deploy-clasp.log");

  const unknown = (options.argv ?? []).filter((a) => !a.startsWith("--time-zone="));
  if (unknown.length > 0) {
    throw new GasBuildInputError(`Pilihan tidak dikenal: ${unknown.join(" ")}. npm run deploy hanya menerima --time-zone=ZONA (atau SERTIFIKASI_TZ) dan --version.`, "BAD_ARGS");
  }
  say("Memeriksa pengaturan (zona waktu, .clasp.json) …");
  const timeZone = requestedTimeZone(options.argv ?? [], env);
  await assertScriptIdSet(root);
  const { scriptId } = JSON.parse(await readFile(join(root, ".clasp.json"), "utf8")) as { scriptId: string };

  for (const step of CHECKS) {
    say(`${step.label} …`);
    const ran = await runChecks(step, root, env);
    if (ran.status !== 0) {
      throw new DeployError("CHECK_FAILED", `${step.label} gagal; tidak ada yang dikirim ke Apps Script.`, { label: `keluaran ${step.label.toLowerCase()}`, text: ran.output });
    }
  }

  say("Build ke dist/gas …");
  try {
    await buildForClasp(timeZone, root, (line) => say(`  ${line}`));
  } catch (error) {
    if (error instanceof GasBuildInputError) throw error;
    throw new DeployError("CHECK_FAILED", `Build gagal; tidak ada yang dikirim ke Apps Script.`, { label: "keluaran build", text: error instanceof Error ? error.message : String(error) });
  }
  const built = join(root, "dist/gas");

  await mkdir(dirname(log), { recursive: true });
  await writeFile(log, `# npm run deploy ${now().toISOString()}\n`);
  const clasp = claspCommand(env);
  const runClasp = async (what: string, args: string[], cwd: string): Promise<string> => {
    const ran = await spawnRunner({ label: "clasp", command: clasp.command, args: [...clasp.prefix, ...args] }, cwd, env);
    await appendFile(log, `\n$ clasp ${args.join(" ")}\n${ran.output}`);
    if (ran.status !== 0) throw new DeployError("CLASP_FAILED", `clasp gagal ${what} (kode ${ran.status ?? "tidak ada"}).`, { label: "keluaran clasp (juga di dist/deploy-clasp.log)", text: ran.output });
    return ran.output;
  };

  say("Mengirim ke Apps Script (clasp push --force) …");
  // --force: without it clasp asks before replacing a changed appsscript.json, and with no
  // terminal answers "no" itself, prints "Skipping push." and exits 0 — a deploy that sent nothing.
  await runClasp("mengirim berkas", ["--json", "push", "--force"], root);

  say("Membaca ulang proyek Apps Script dan membandingkannya dengan dist/gas …");
  const pulled = await mkdtemp(join(tmpdir(), "sertifikasi-pull-"));
  try {
    await writeFile(join(pulled, ".clasp.json"), `${JSON.stringify({ scriptId, rootDir: "." })}\n`);
    await runClasp("membaca ulang proyek", ["--json", "-P", pulled, "pull"], pulled);
    const problems = await compareFolders(built, pulled);
    if (problems.length > 0) {
      throw new DeployError(
        "PUSH_MISMATCH",
        `Isi Apps Script tidak sama dengan hasil build (${problems.join("; ")}). Tidak ada versi yang dibuat; jalankan lagi npm run deploy, dan bila tetap berbeda periksa apakah orang lain mengubah proyek skrip yang sama.`,
      );
    }
  } finally {
    await rm(pulled, { recursive: true, force: true });
  }

  const description = `${await packageVersion(root)}, ${now().toISOString()}${timeZone ? `, ${timeZone}` : ""}`;
  say("Membuat versi untuk kembali bila perlu (clasp create-version) …");
  const versionOutput = await runClasp("membuat versi (kode sudah terkirim dan sama dengan hasil build)", ["--json", "create-version", description], root);
  const versionNumber = (() => {
    try {
      const n = (JSON.parse(versionOutput) as { versionNumber?: unknown }).versionNumber;
      return typeof n === "number" ? n : null;
    } catch {
      return null;
    }
  })();
  return { files: await filesOf(built), versionNumber, description };
}

/** The whole command: progress and messages on stderr, exit code from the one table. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  err: (line: string) => void = (l) => console.error(l),
  override: Pick<DeployOptions, "root" | "runChecks"> = {},
): Promise<number> {
  if (argv.includes("--version")) {
    process.stdout.write(`${VERSION_LINE}\n`);
    return 0;
  }
  try {
    const done = await deploy({ argv, env, say: err, ...override });
    const version = done.versionNumber !== null ? `versi ${done.versionNumber}` : "versi baru";
    err(`Selesai: ${done.files.join(", ")} terkirim dan sama dengan hasil build; ${version} dibuat ("${done.description}").`);
    err("Untuk kembali ke versi sebelumnya lihat docs/DEPLOY.md, bagian \"Kembali ke versi sebelumnya\".");
    return 0;
  } catch (error) {
    if (error instanceof DeployError || error instanceof GasBuildInputError) {
      err(`Deploy berhenti: ${error.message}`);
      if (error instanceof DeployError && error.output) err(`${error.output.label}:\n${error.output.text.trimEnd()}`);
      return exitCodeOf(error.code, "deploy") ?? 1;
    }
    const name = error instanceof Error ? error.name : typeof error;
    err(`Deploy berhenti: galat tak terduga (${name}).${env["SERTIFIKASI_DEBUG"] === "1" && error instanceof Error ? `\n${error.stack}` : " SERTIFIKASI_DEBUG=1 menampilkan rinciannya."}`);
    return exitCodeOf("UNEXPECTED", "deploy") ?? 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
