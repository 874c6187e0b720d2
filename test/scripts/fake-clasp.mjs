#!/usr/bin/env node
// A stand-in for clasp 3 (node_modules/@google/clasp/build/src/commands/*.js) for the deploy tests,
// put in place by SERTIFIKASI_CLASP. The remote project is a folder (FAKE_CLASP_REMOTE); every call
// is appended to FAKE_CLASP_CALLS as one JSON line. Modelled, as clasp 3.4 behaves:
// - global options before the command: --json, -P/--project <file or folder with .clasp.json>;
// - push: sends the files of rootDir, replacing the whole remote project (Apps Script API
//   projects.updateContent, https://developers.google.com/apps-script/api/reference/rest/v1/projects/updateContent);
//   when appsscript.json differs from the remote one and --force is absent it asks, and without a
//   terminal takes the default "no": prints "Skipping push." and exits 0 (push.js confirmManifestUpdate);
//   nothing changed: "Script is already up to date.";
// - pull: writes the remote files into rootDir;
// - create-version [description]: a new version number, {"versionNumber": n} with --json;
// - an error: its message on stderr, exit 1 (index.js).
// Faults: FAKE_CLASP_FAIL=<command> fails that command; FAKE_CLASP_ALTER=<file> makes push store
// that file changed (someone else's push in between, or a push the API did not take whole).
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const args = process.argv.slice(2);
const env = process.env;
if (env.FAKE_CLASP_CALLS) appendFileSync(env.FAKE_CLASP_CALLS, `${JSON.stringify({ args, cwd: process.cwd() })}\n`);

let json = false;
let project = null;
while (args[0]?.startsWith("-")) {
  const option = args.shift();
  if (option === "--json") json = true;
  else if (option === "-P" || option === "--project") project = args.shift();
  else fail(`error: unknown option '${option}'`);
}
const [command, ...rest] = args;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const remote = env.FAKE_CLASP_REMOTE ?? fail("FAKE_CLASP_REMOTE is not set");
const remoteFiles = () => (existsSync(remote) ? readdirSync(remote).filter((f) => !f.startsWith(".")).sort() : []);

function contentDir() {
  let config = resolve(project ?? ".clasp.json");
  if (existsSync(config) && statSync(config).isDirectory()) config = join(config, ".clasp.json");
  if (!existsSync(config)) fail("Project settings not found.");
  const { rootDir = "." } = JSON.parse(readFileSync(config, "utf8"));
  return resolve(dirname(config), rootDir);
}

if (env.FAKE_CLASP_FAIL === command) fail(`${command} failed. Errors:\nSyntax error: Unexpected token line: 1 file: Code.gs`);

if (command === "push") {
  const force = rest.includes("--force") || rest.includes("-f");
  const dir = contentDir();
  const local = readdirSync(dir).filter((f) => f === "appsscript.json" || f.endsWith(".js")).sort();
  const changed = local.filter((f) => !existsSync(join(remote, f)) || !readFileSync(join(dir, f)).equals(readFileSync(join(remote, f))));
  if (changed.length === 0) {
    console.log(json ? "[]" : "Script is already up to date.");
    process.exit(0);
  }
  if (changed.includes("appsscript.json") && !force) {
    // Not interactive: the confirm prompt is skipped and its default (false) taken.
    if (!json) console.log("Skipping push.");
    process.exit(0);
  }
  rmSync(remote, { recursive: true, force: true });
  mkdirSync(remote, { recursive: true });
  for (const f of local) copyFileSync(join(dir, f), join(remote, f));
  if (env.FAKE_CLASP_ALTER) appendFileSync(join(remote, env.FAKE_CLASP_ALTER), "\n// changed\n");
  if (json) console.log(JSON.stringify(local.map((f) => join(dir, f)), null, 2));
  else console.log(`Pushed ${local.length} files at 10:00:00.\n${local.map((f) => `└─ ${f}`).join("\n")}`);
} else if (command === "pull") {
  const dir = contentDir();
  mkdirSync(dir, { recursive: true });
  const files = remoteFiles();
  for (const f of files) copyFileSync(join(remote, f), join(dir, f));
  console.log(json ? JSON.stringify({ pulledFiles: files, deletedFiles: [] }, null, 2) : `${files.map((f) => `└─ ${f}`).join("\n")}\nPulled ${files.length} files.`);
} else if (command === "create-version" || command === "version") {
  const store = join(dirname(remote), `${remote.split("/").pop()}.versions.json`);
  const versions = existsSync(store) ? JSON.parse(readFileSync(store, "utf8")) : [];
  versions.push({ description: rest[0] ?? "", files: Object.fromEntries(remoteFiles().map((f) => [f, readFileSync(join(remote, f), "utf8")])) });
  writeFileSync(store, JSON.stringify(versions));
  console.log(json ? JSON.stringify({ versionNumber: versions.length }, null, 2) : `Created version ${versions.length}`);
} else {
  fail(`error: unknown command '${command}'`);
}
