// `npm start` in-process: every error path ends in Indonesian with the README's exit code.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main } from "../../sync/local/main";

const NOW = "2026-11-20T03:00:00Z";
const HINT = "npm start -- --help";
// Library English that once reached staff, and what a stack trace looks like.
const ENGLISH = /Unknown option|Unexpected argument|argument missing|does not take|Corrupted zip|central directory|EISDIR|ENOENT|no such file|Invalid time|\n\s+at /;

/** An io that records what the command says, answering questions from a list. */
function fakeIo(options: { interactive?: boolean; answers?: string[] } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const answers = [...(options.answers ?? [])];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    interactive: options.interactive ?? false,
    ask: async (q) => {
      asked.push(q);
      return answers.shift() ?? "";
    },
  };
  return { io, out, err, asked, text: () => [...out, ...err].join("\n") };
}

const scratch = () => mkdtempSync(join(tmpdir(), "cli-"));

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, io = fakeIo()) {
  const code = await runCommand(main, argv, { SERTIFIKASI_SEKARANG: NOW, ...env }, io.io, HINT);
  return { code, ...io, stderr: io.err.join("\n"), stdout: io.out.join("\n") };
}

describe("npm start arguments", () => {
  it("prints the help, naming --buat, and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pemakaian: npm start/);
    expect(r.stdout).toContain("--buat");
    expect(r.stdout).toContain("64 pilihan atau nilai lingkungan salah");
  });

  it("names an unknown option in Indonesian, suggests the near one, exit 64", async () => {
    const r = await run(["--berkass", "x.xlsx"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe("Pilihan tidak dikenal: --berkass. Mungkin maksudnya --berkas? Lihat `npm start -- --help`.");
  });

  it.each([
    [["--berkas"], /^Pilihan --berkas perlu diikuti nilainya/],
    [["--json=ya"], /^Pilihan --json tidak memakai nilai; tulis --json saja/],
    [["sertifikasi.xlsx"], /^Argumen tidak dikenal: sertifikasi\.xlsx\. Pilihan ditulis dengan awalan --/],
    [["--berkas", ""], /^Pilihan --berkas kosong/],
    [["--credentials", "k.json"], /^--credentials hanya dipakai bersama --spreadsheet/],
    [["--spreadsheet", "sheets:1AbCdEfGhIjKlMnOp", "--berkas", "a.xlsx", "--buat"], /^--berkas, --buat tidak dipakai bersama --spreadsheet/],
  ])("refuses %j with exit 64", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(HINT);
    expect(r.text()).not.toMatch(ENGLISH);
  });

  it("does not echo a NIP typed as an argument", async () => {
    const r = await run(["199002152015032002"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("[angka disamarkan]");
    expect(r.stderr).not.toMatch(/\d{15}/);
  });

  it("treats a malformed --spreadsheet as an argument error (64), before any API call", async () => {
    const r = await run(["--spreadsheet", "sheets:pendek"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/ID spreadsheet "pendek" tidak sah.*Lihat `npm start -- --help`\./);
  });
});

describe("with a bad SERTIFIKASI_SEKARANG", () => {
  it.each(["besok", "2026-02-30", "2026-11-20 10:00", "2026-11-20T24:00Z", "Nov 20 2026", "1"])("%j stops with an example of a good value, exit 64", async (value) => {
    const dir = scratch();
    const r = await run(["--berkas", join(dir, "k.xlsx"), "--buat"], { SERTIFIKASI_SEKARANG: value });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^SERTIFIKASI_SEKARANG ".*" .+\. Contoh yang sah: SERTIFIKASI_SEKARANG=2026-11-20T03:00:00Z/);
    expect(r.stderr).not.toMatch(/Galat tak terduga/);
    expect(existsSync(join(dir, "k.xlsx"))).toBe(false);
  });

  it("says the zone is missing when only the zone is", async () => {
    const r = await run([], { SERTIFIKASI_SEKARANG: "2026-11-20T10:00:00" });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("tidak menyebut zona waktu");
  });
});

describe("with a --berkas that does not exist", () => {
  it("refuses without a terminal, with the --buat hint, and creates nothing (exit 2)", async () => {
    const path = join(scratch(), "salah-ketik.xlsx");
    const r = await run(["--berkas", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Berkas ${path} (--berkas) belum ada. Periksa jalurnya; untuk membuat buku kerja contoh baru di sana, jalankan lagi dengan --buat.`);
    expect(existsSync(path)).toBe(false);
  });

  it("names SERTIFIKASI_BERKAS when the path came from there", async () => {
    const path = join(scratch(), "dari-env.xlsx");
    const r = await run([], { SERTIFIKASI_BERKAS: path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(SERTIFIKASI_BERKAS) belum ada");
  });

  it("asks on a terminal and creates nothing when the answer is not yes", async () => {
    const path = join(scratch(), "baru.xlsx");
    const r = await run(["--berkas", path], {}, fakeIo({ interactive: true, answers: ["tidak"] }));
    expect(r.asked).toEqual([`Berkas ${path} belum ada. Buat buku kerja contoh baru di sana? (ya/tidak) `]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Tidak ada yang dibuat/);
    expect(existsSync(path)).toBe(false);
  });

  it("refuses to create a workbook whose name does not end in .xlsx (exit 64)", async () => {
    const path = join(scratch(), "kantor.xslx");
    const r = await run(["--berkas", path, "--buat"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("harus berakhiran .xlsx");
    expect(existsSync(path)).toBe(false);
  });

  it("creates it after a yes on the terminal", async () => {
    const path = join(scratch(), "baru.xlsx");
    const r = await run(["--berkas", path], {}, fakeIo({ interactive: true, answers: ["Ya"] }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Buku kerja: ${path} (baru dibuat dengan data contoh)`);
    expect(existsSync(path)).toBe(true);
  });

  it("creates it without asking with --buat, and prints JSON with the refused moves", async () => {
    const path = join(scratch(), "skrip.xlsx");
    const r = await run(["--berkas", path, "--buat", "--json"], {}, fakeIo({ interactive: true }));
    expect(r.asked).toEqual([]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ path, created: true });
    expect(Array.isArray(json.summary.refusedMoves)).toBe(true);
    expect(r.stdout).not.toMatch(/\d{15}/);
  });
});

describe("with a path that is not a workbook", () => {
  it("says a folder is a folder (exit 2)", async () => {
    const dir = scratch();
    const r = await run(["--berkas", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${dir} adalah folder, bukan buku kerja. Tulis jalur berkasnya, mis. --berkas ${join(dir, "sertifikasi.xlsx")}.`);
  });

  it("says a --surat file is not a folder (exit 2)", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "surat"), "bukan folder");
    const r = await run(["--berkas", join(dir, "k.xlsx"), "--buat", "--surat", join(dir, "surat")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("adalah berkas, bukan folder");
    expect(existsSync(join(dir, "k.xlsx"))).toBe(false);
  });

  it("turns a path through a file (ENOTDIR) into Indonesian (exit 2)", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "berkas"), "x");
    const r = await run(["--berkas", join(dir, "berkas", "k.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak sah: salah satu bagiannya adalah berkas, bukan folder/);
    expect(r.text()).not.toMatch(ENGLISH);
  });

  it("reports a damaged .xlsx in Indonesian only (exit 2)", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "d"));
    const path = join(dir, "d", "rusak.xlsx");
    writeFileSync(path, "PK\u0003\u0004 bukan zip yang utuh");
    const r = await run(["--berkas", path]);
    expect(r.code).toBe(2);
    expect(r.text()).not.toMatch(ENGLISH);
  });
});
