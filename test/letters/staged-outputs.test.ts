// StagedOutputs in one process: nothing appears under a final name before the commit, the
// journal decides recovery, and a damaged or foreign journal cannot move other files.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { HtmlFileSink } from "../../sync/letters/html-file-sink";
import { finalizeApprovedLetters } from "../../sync/letters/local-letters";
import { JOURNAL } from "../../sync/letters/staged-journal";
import { recoverStagedOutputs, StagedOutputs } from "../../sync/letters/staged-outputs";
import { LocalFileError } from "../../sync/local/errors";
import { replaceFileDurably, sha256Hex } from "../../sync/local/file-guard";

let letters: string;

beforeEach(async () => {
  letters = await mkdtemp(join(tmpdir(), "surat-jurnal-"));
});
afterEach(() => rm(letters, { recursive: true, force: true }));

async function tree(): Promise<string[]> {
  const entries = await readdir(letters, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(letters, join(e.parentPath, e.name))).sort();
}
const visible = async (): Promise<string[]> => (await tree()).filter((f) => !f.split("/").pop()!.startsWith("."));
const letter = (title: string) => ({ title, html: `<p>${title}</p>`, folder: "Surat 2026" });

describe("with letters staged and the workbook not yet saved", () => {
  it("shows no file under its final name, and keeps names this run took", async () => {
    const outputs = await StagedOutputs.begin(letters);
    const sink = new HtmlFileSink(letters, outputs);
    const first = sink.createDocument(letter("Surat Tugas"));
    const second = sink.createDocument(letter("Surat Tugas"));
    expect([first.id, second.id]).toEqual([join("surat-2026", "surat-tugas.html"), join("surat-2026", "surat-tugas-2.html")]);
    expect(await visible()).toEqual([]);
    expect(await readFile(outputs.readPath(join(letters, first.id)), "utf8")).toBe("<p>Surat Tugas</p>");
  });

  it("commitAfter puts every file in place and removes the journal", async () => {
    const outputs = await StagedOutputs.begin(letters);
    new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas"));
    const { files } = await outputs.commitAfter(sha256Hex(Buffer.from("buku kerja")));
    expect(files).toEqual([join(letters, "surat-2026", "surat-tugas.html")]);
    expect(await tree()).toEqual([join("surat-2026", "surat-tugas.html")]);
  });

  it("discard gives the names up: the next run uses them again", async () => {
    const outputs = await StagedOutputs.begin(letters);
    new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas"));
    await outputs.discard();
    expect(await tree()).toEqual([]);
    const again = new HtmlFileSink(letters, await StagedOutputs.begin(letters)).createDocument(letter("Surat Tugas"));
    expect(again.id).toBe(join("surat-2026", "surat-tugas.html"));
  });

  it("a regenerated letter still gets a new name beside the one the head saw", async () => {
    await mkdir(join(letters, "surat-2026"));
    await writeFile(join(letters, "surat-2026", "surat-tugas.html"), "versi yang dilihat kepala");
    const outputs = await StagedOutputs.begin(letters);
    expect(new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas")).id).toBe(join("surat-2026", "surat-tugas-2.html"));
  });

  it("a numbered letter replaces the reviewed file only at the commit", async () => {
    const reviewed = join(letters, "persetujuan.html");
    await writeFile(reviewed, "<p>Nomor: [NOMOR SURAT]</p>");
    const outputs = await StagedOutputs.begin(letters);
    const approved = [{ id: "SRT-1", caseId: "PRM-1", type: "PERSETUJUAN", number: "800/1/BPSDM/V/2026", date: "2026-05-04" as LocalDate, documentLink: pathToFileURL(reviewed).href }];
    expect(finalizeApprovedLetters(approved, outputs)).toEqual([reviewed]);
    expect(await readFile(reviewed, "utf8")).toContain("[NOMOR SURAT]");
    await outputs.commitAfter(sha256Hex(Buffer.from("x")));
    expect(await readFile(reviewed, "utf8")).toContain("800/1/BPSDM/V/2026");
  });
});

describe("sealing with the workbook save", () => {
  it("seal runs inside replaceFileDurably, so commitAfter with the saved hash commits", async () => {
    const workbook = join(letters, "buku.xlsx");
    const outputs = await StagedOutputs.begin(letters);
    new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas"));
    const bytes = Buffer.from("buku kerja baru");
    await replaceFileDurably(workbook, bytes, { beforeReplace: (sha) => outputs.seal(sha) });
    expect((await readFile(join(letters, JOURNAL), "utf8")).trim().split("\n").map((l) => JSON.parse(l).kind)).toEqual(["begin", "file", "seal"]);
    await outputs.commitAfter(sha256Hex(bytes));
    expect(await visible()).toEqual(["buku.xlsx", join("surat-2026", "surat-tugas.html")]);
  });

  it("refuses to commit for a workbook other than the one sealed, keeping the journal", async () => {
    const outputs = await StagedOutputs.begin(letters);
    new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas"));
    await outputs.seal(sha256Hex(Buffer.from("a")));
    await expect(outputs.commitAfter(sha256Hex(Buffer.from("b")))).rejects.toThrow(/not the one sealed/);
    expect(await tree()).toContain(JOURNAL);
  });
});

describe("with a journal left in the letters folder", () => {
  it("begin refuses (BUSY) until it is recovered", async () => {
    const outputs = await StagedOutputs.begin(letters);
    new HtmlFileSink(letters, outputs).createDocument(letter("Surat Tugas"));
    const error = await StagedOutputs.begin(letters).then(() => null, (e: unknown) => e as LocalFileError);
    expect(error?.code).toBe("BUSY");
    expect(error?.message).toContain(JOURNAL);
  });

  it("recovery refuses a journal of a run still alive on this computer", async () => {
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      await writeFile(join(letters, JOURNAL), `${JSON.stringify({ kind: "begin", runId: "abcd", pid: sleeper.pid, host: hostname(), startedAt: "2026-01-15T02:00:00Z" })}\n`);
      const error = await recoverStagedOutputs(letters, null).then(() => null, (e: unknown) => e as LocalFileError);
      expect(error?.code).toBe("BUSY");
    } finally {
      sleeper.kill("SIGKILL");
    }
  });

  it("a torn last line and entries not shaped as staged names are ignored, other files are never touched", async () => {
    const keep = join(letters, "penting.xlsx");
    await writeFile(keep, "jangan dihapus");
    await writeFile(join(letters, ".abcd.surat.html"), "bertahap");
    const lines = [
      { kind: "begin", runId: "abcd", pid: 1, host: "pc-lain", startedAt: "2026-01-15T02:00:00Z" },
      { kind: "file", staged: keep, final: join(letters, "apa-saja.html") },
      { kind: "file", staged: join(letters, ".abcd.surat.html"), final: join(letters, "surat.html") },
    ];
    await writeFile(join(letters, JOURNAL), lines.map((l) => JSON.stringify(l)).join("\n") + '\n{"kind":"seal","workbo');
    const recovery = await recoverStagedOutputs(letters, sha256Hex(Buffer.from("x")));
    expect(recovery).toEqual({ action: "rolled-back", files: [join(letters, "surat.html")] });
    expect(await tree()).toEqual(["penting.xlsx"]);
  });
});
