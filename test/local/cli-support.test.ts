// describeError: each family of failure → one Indonesian message and the README's exit code.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { LockBusyError, WorkbookError } from "../../apps-script/core/ports";
import { SyncError } from "../../sync/backup/errors";
import { describeError, saysYes } from "../../sync/local/cli-support";
import { LocalFileError } from "../../sync/local/errors";

const NIK = "3174015502900002";
const context = { help: "npm start -- --help" };

/** The error a real call throws. */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** A system error as fs builds it, for the failures a test machine cannot cause (read-only disk). */
function systemError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation failed, open '${path}'`), { code, syscall: "open", path, errno: -1 });
}

describe("describeError with the project's own errors", () => {
  it.each([
    [new LocalFileError("VERIFY_FAILED", "Penyimpanan ditolak pemeriksaan."), 5, "Penyimpanan ditolak pemeriksaan."],
    [new LocalFileError("READ_ONLY", "Berkas hanya-baca."), 4, "Berkas hanya-baca."],
    [new WorkbookError("INVALID", "Tab Permohonan tidak ada."), 2, "Galat (INVALID): Tab Permohonan tidak ada."],
    [new LockBusyError("Berkas sedang dipakai proses lain."), 3, "Berkas sedang dipakai proses lain."],
    [new SyncError("CONFLICT", "Sheet berubah selama pemeriksaan."), 11, "Galat [CONFLICT]: Sheet berubah selama pemeriksaan."],
  ])("%s → exit %i", (error, exitCode, message) => {
    expect(describeError(error, context)).toMatchObject({ exitCode, message });
  });
});

describe("describeError with Node's file errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli-err-"));
  writeFileSync(join(dir, "berkas"), "x");

  it.each([
    ["ENOENT", () => readFileSync(join(dir, "tidak-ada.xlsx")), 2, /^Berkas atau folder tidak ditemukan: .*tidak-ada\.xlsx\. Periksa jalurnya\.$/],
    ["EISDIR", () => readFileSync(dir), 2, /adalah folder, padahal yang diperlukan sebuah berkas/],
    ["ENOTDIR", () => readFileSync(join(dir, "berkas", "k.xlsx")), 2, /salah satu bagiannya adalah berkas, bukan folder/],
    ["ENOSPC", () => writeFileSync("/dev/full", "x"), 4, /^Ruang penyimpanan tidak cukup untuk menulis /],
  ])("a real %s is plain Indonesian", (code, work, exitCode, message) => {
    const error = thrownBy(work);
    expect((error as NodeJS.ErrnoException).code).toBe(code);
    const described = describeError(error, context);
    expect(described.exitCode).toBe(exitCode);
    expect(described.message).toMatch(message);
    expect(described.message).not.toContain(code);
    expect(described.message).not.toMatch(/no such file|illegal operation|not a directory|no space/i);
  });

  it.each([
    ["EACCES", 4, "Tidak ada izin"],
    ["EPERM", 4, "tidak mengizinkan"],
    ["EROFS", 4, "hanya bisa dibaca"],
    ["EBUSY", 3, "sedang dikunci program lain"],
  ])("%s → exit %i", (code, exitCode, words) => {
    const described = describeError(systemError(code, "/data/kantor.xlsx"), context);
    expect(described).toMatchObject({ exitCode });
    expect(described.message).toContain(words);
    expect(described.message).toContain("/data/kantor.xlsx");
  });

  it("looks at the cause of a wrapper error", () => {
    const wrapped = new Error("save failed", { cause: systemError("EROFS", "/mnt/cd/kantor.xlsx") });
    expect(describeError(wrapped, context)).toMatchObject({ exitCode: 4, code: "READ_ONLY" });
  });

  it("masks a NIK in a path", () => {
    const message = describeError(systemError("ENOENT", `/data/${NIK}.xlsx`), context).message;
    expect(message).not.toContain(NIK);
    expect(message).toContain("[angka disamarkan]");
  });
});

describe("describeError with parseArgs errors", () => {
  const parse = (args: string[]) => thrownBy(() => parseArgs({ args, options: { berkas: { type: "string" }, json: { type: "boolean" } } }));

  it("words an unknown option as the README asks, exit 64", () => {
    expect(describeError(parse(["--berkass"]), context)).toEqual({
      message: "Pilihan tidak dikenal: --berkass. Lihat `npm start -- --help`.",
      exitCode: 64,
      code: "BAD_ARGS",
    });
  });

  it("names the help of the command that failed", () => {
    expect(describeError(parse(["--berkas"]), { help: "npm run --silent tenggat -- --help" }).message).toMatch(/^Pilihan --berkas perlu diikuti nilainya.*tenggat -- --help`\.$/);
  });
});

describe("describeError with anything else", () => {
  it("says only 'Galat tak terduga' and the error's class, exit 1", () => {
    const described = describeError(new TypeError(`Cannot read properties of undefined (reading '${NIK}')`), context);
    expect(described).toMatchObject({ exitCode: 1, code: "UNEXPECTED" });
    expect(described.message).toBe("Galat tak terduga (TypeError). Jalankan lagi dengan SERTIFIKASI_DEBUG=1 untuk rinciannya, lalu laporkan kepada pengelola aplikasi.");
  });

  it("adds the details with SERTIFIKASI_DEBUG=1, still masking a NIK", () => {
    const message = describeError(new RangeError(`bad value ${NIK}`, { cause: new Error("inner cause") }), { ...context, debug: true }).message;
    expect(message).toMatch(/^Galat tak terduga \(RangeError\)/);
    expect(message).toContain("Rincian (SERTIFIKASI_DEBUG=1):");
    expect(message).toContain("RangeError: bad value [angka disamarkan]");
    expect(message).toContain("Penyebab:\nError: inner cause");
    expect(message).not.toContain(NIK);
  });

  it("copes with a thrown non-error", () => {
    expect(describeError("teks", context)).toMatchObject({ exitCode: 1, message: expect.stringMatching(/^Galat tak terduga \(string\)/) });
  });
});

describe("a yes/no answer", () => {
  it.each([["ya", true], [" Y ", true], ["iya", true], ["tidak", false], ["", false], ["yes", false]])("%j → %s", (answer, yes) => {
    expect(saysYes(answer)).toBe(yes);
  });
});
