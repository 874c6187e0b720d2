// Letter files of a run killed with SIGKILL: rolled back when the workbook was not saved (names
// free again, no "-2"), rolled forward when it was, whatever moment the kill came.
import { fork, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NUMBER_PLACEHOLDER } from "../../apps-script/core/letters/render";
import { findChromium } from "../../sync/letters/chromium";
import { HtmlFileSink } from "../../sync/letters/html-file-sink";
import { recoverStagedOutputs, StagedOutputs } from "../../sync/letters/staged-outputs";
import { fileSha256 } from "../../sync/local/file-guard";

const CHILD = fileURLToPath(new URL("./staged-child.ts", import.meta.url));
const NEW_WORKBOOK = "buku kerja versi 2 (mencatat surat baru dan nomor surat)";

let root: string;
let letters: string;
let workbook: string;
let reviewed: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "surat-bertahap-"));
  letters = join(root, "surat");
  workbook = join(root, "sertifikasi.xlsx");
  reviewed = join(letters, "surat-2026", "persetujuan-prm-0.html");
  await mkdir(join(letters, "surat-2026"), { recursive: true });
  await writeFile(workbook, "buku kerja versi 1");
  await writeFile(reviewed, `<p>Nomor: ${NUMBER_PLACEHOLDER}</p>`);
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await rm(root, { recursive: true, force: true });
});

/** Runs the child until it reports `event` (and `until` holds), then kills it with SIGKILL. */
async function killAt(stage: string, event: string, until?: () => Promise<boolean>): Promise<void> {
  const child = fork(CHILD, [stage, letters, workbook, reviewed], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  children.push(child);
  const message = await new Promise<Record<string, unknown>>((resolve) => child.on("message", (m: Record<string, unknown>) => m["event"] === event || m["event"] === "error" ? resolve(m) : undefined));
  expect(message).toEqual({ event });
  while (until && !(await until())) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGKILL");
  });
}

/** Every file under the letters folder, hidden ones included, relative to it. */
async function tree(): Promise<string[]> {
  const entries = await readdir(letters, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(letters, join(e.parentPath, e.name))).sort();
}

const NEW_LETTERS = [join("surat-2026", "surat-tugas-asesor-prm-1.html"), join("surat-2026", "surat-tugas-asesor-prm-2.html")];

describe("with a run killed after staging its letters, before the workbook save", () => {
  it("rolls back: staged files deleted, the reviewed letter untouched, and the rerun reuses the names", async () => {
    await killAt("staged", "staged");
    expect((await tree()).some((f) => f.endsWith(".surat-jurnal.jsonl"))).toBe(true);
    expect(await tree()).not.toContain(NEW_LETTERS[0]);

    const recovery = await recoverStagedOutputs(letters, await fileSha256(workbook));
    expect(recovery.action).toBe("rolled-back");
    expect(recovery.files.map((f) => relative(letters, f)).sort()).toEqual([...NEW_LETTERS, join("surat-2026", "persetujuan-prm-0.html")].sort());
    expect(await tree()).toEqual([join("surat-2026", "persetujuan-prm-0.html")]);
    expect(await readFile(reviewed, "utf8")).toContain(NUMBER_PLACEHOLDER);

    // The rerun makes the same letters under the same names: no "-2".
    const outputs = await StagedOutputs.begin(letters);
    const sink = new HtmlFileSink(letters, outputs);
    const ids = ["Surat Tugas Asesor - PRM-1", "Surat Tugas Asesor - PRM-2"].map((title) => sink.createDocument({ title, html: "<p>lagi</p>", folder: "Surat 2026" }).id);
    expect(ids).toEqual(NEW_LETTERS);
    await outputs.commitAfter((await fileSha256(workbook))!);
    expect(await tree()).toEqual([...NEW_LETTERS, join("surat-2026", "persetujuan-prm-0.html")].sort());
  });
});

describe("with a run killed after sealing the journal, before the workbook's rename", () => {
  it("rolls back, since the workbook on disk is still the old one", async () => {
    await killAt("sealed", "sealed");
    expect(await readFile(workbook, "utf8")).toBe("buku kerja versi 1");
    const recovery = await recoverStagedOutputs(letters, await fileSha256(workbook));
    expect(recovery.action).toBe("rolled-back");
    expect(await tree()).toEqual([join("surat-2026", "persetujuan-prm-0.html")]);
    expect(await readFile(reviewed, "utf8")).toContain(NUMBER_PLACEHOLDER);
  });
});

describe("with a run killed after the workbook save, before its letters were committed", () => {
  it("rolls forward: the letters the saved workbook records are put in place", async () => {
    await killAt("saved", "saved");
    expect(await readFile(workbook, "utf8")).toBe(NEW_WORKBOOK);
    expect(await tree()).not.toContain(NEW_LETTERS[0]);

    const recovery = await recoverStagedOutputs(letters, await fileSha256(workbook));
    expect(recovery.action).toBe("rolled-forward");
    expect(await tree()).toEqual([...NEW_LETTERS, join("surat-2026", "persetujuan-prm-0.html")].sort());
    expect(await readFile(join(letters, NEW_LETTERS[1]!), "utf8")).toBe("<p>surat tugas PRM-2</p>");
    expect(await readFile(reviewed, "utf8")).toContain("800/7/BPSDM/V/2026");
    // Nothing left to recover the next time.
    expect((await recoverStagedOutputs(letters, await fileSha256(workbook))).action).toBe("none");
  });
});

describe.runIf(findChromium() !== null)("with a run killed while Chromium prints", () => {
  it("leaves no orphan PDF or letter, and the rerun reuses the names", async () => {
    // Killed once the first letter's PDF exists (staged), while the second one is printed.
    await killAt("printing", "printing", async () => (await tree()).some((f) => f.endsWith(".pdf")));
    expect((await tree()).filter((f) => f.endsWith(".pdf")).every((f) => f.split("/").pop()!.startsWith("."))).toBe(true);
    const recovery = await recoverStagedOutputs(letters, await fileSha256(workbook));
    expect(recovery.action).toBe("rolled-back");
    expect(await tree()).toEqual([join("surat-2026", "persetujuan-prm-0.html")]);
    const sink = new HtmlFileSink(letters, await StagedOutputs.begin(letters));
    expect(sink.createDocument({ title: "Surat Tugas Asesor - PRM-1", html: "<p/>", folder: "Surat 2026" }).id).toBe(NEW_LETTERS[0]);
  });
});
