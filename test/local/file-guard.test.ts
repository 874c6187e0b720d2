// The file guard in one process, on real files: office lock files, permissions kept or refused,
// changed-under-the-run refused, temporary files never left behind.
import { chmod, chown, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalFileError } from "../../sync/local/errors";
import { fileSha256, officeAppLock, replaceFileDurably, sha256Hex, withWorkbookLock } from "../../sync/local/file-guard";

let dir: string;
let workbook: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "file-guard-uji-"));
  workbook = join(dir, "sertifikasi.xlsx");
  await writeFile(workbook, "isi asli");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;
const entries = async (): Promise<string[]> => (await readdir(dir)).sort();

async function refusal(promise: Promise<unknown>): Promise<LocalFileError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(LocalFileError);
  return error as LocalFileError;
}

describe("officeAppLock", () => {
  it("finds LibreOffice's .~lock.<name># beside the file", async () => {
    await writeFile(join(dir, ".~lock.sertifikasi.xlsx#"), ",Staf TU,pc-tu,15.01.2026 09:00,file:///home/tu/.config/libreoffice/4;");
    expect(officeAppLock(workbook)).toEqual({ app: "LibreOffice", lockFile: join(dir, ".~lock.sertifikasi.xlsx#") });
  });

  it("finds Excel's owner file with the whole name (short names)", async () => {
    const short = join(dir, "data.xlsx");
    await writeFile(join(dir, "~$data.xlsx"), "Staf TU");
    expect(officeAppLock(short)).toEqual({ app: "Excel", lockFile: join(dir, "~$data.xlsx") });
  });

  it("finds Excel's owner file that replaces the first two characters (longer names)", async () => {
    await writeFile(join(dir, "~$rtifikasi.xlsx"), "Staf TU");
    expect(officeAppLock(workbook)).toEqual({ app: "Excel", lockFile: join(dir, "~$rtifikasi.xlsx") });
  });

  it("is null without a lock file, and another document's lock file does not count", async () => {
    await writeFile(join(dir, "~$lain.xlsx"), "x");
    await writeFile(join(dir, ".~lock.lain.xlsx#"), "x");
    expect(officeAppLock(workbook)).toBeNull();
  });
});

describe("with an office app's lock file beside the workbook", () => {
  beforeEach(() => writeFile(join(dir, ".~lock.sertifikasi.xlsx#"), ",Staf TU,pc-tu;"));

  it("withWorkbookLock refuses with exit code 3, naming the app and the lock file, and runs nothing", async () => {
    let ran = false;
    const error = await refusal(withWorkbookLock(workbook, async () => void (ran = true)));
    expect(error.code).toBe("OPEN_IN_APP");
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain("LibreOffice");
    expect(error.message).toContain(join(dir, ".~lock.sertifikasi.xlsx#"));
    expect(ran).toBe(false);
    // The lock itself was released: once the app is closed the next run goes ahead.
    await rm(join(dir, ".~lock.sertifikasi.xlsx#"));
    expect(await withWorkbookLock(workbook, async () => "jalan")).toBe("jalan");
  });

  it("replaceFileDurably refuses and leaves the file as it was", async () => {
    const error = await refusal(replaceFileDurably(workbook, Buffer.from("baru")));
    expect(error.code).toBe("OPEN_IN_APP");
    expect(await readFile(workbook, "utf8")).toBe("isi asli");
    expect(await entries()).toEqual([".~lock.sertifikasi.xlsx#", "sertifikasi.xlsx"]);
  });

  it("an Excel owner file in the long form is refused as well", async () => {
    await rm(join(dir, ".~lock.sertifikasi.xlsx#"));
    await writeFile(join(dir, "~$rtifikasi.xlsx"), "Staf TU");
    const error = await refusal(withWorkbookLock(workbook, async () => undefined));
    expect(error.code).toBe("OPEN_IN_APP");
    expect(error.message).toContain("Excel");
    expect(error.message).toContain("~$rtifikasi.xlsx");
  });
});

describe("replaceFileDurably", () => {
  it.each([0o600, 0o640, 0o664])("keeps the file's mode %o", async (mode) => {
    await chmod(workbook, mode);
    await replaceFileDurably(workbook, Buffer.from("baru"));
    expect(await readFile(workbook, "utf8")).toBe("baru");
    expect(await modeOf(workbook)).toBe(mode);
  });

  it("creates a new file private (0600)", async () => {
    const fresh = join(dir, "baru.xlsx");
    await replaceFileDurably(fresh, Buffer.from("isi"));
    expect(await modeOf(fresh)).toBe(0o600);
    expect(await entries()).toEqual(["baru.xlsx", "sertifikasi.xlsx"]);
  });

  it("refuses a read-only file (exit code 4) and leaves its content and mode", async () => {
    await chmod(workbook, 0o444);
    const error = await refusal(replaceFileDurably(workbook, Buffer.from("baru")));
    expect(error.code).toBe("READ_ONLY");
    expect(error.exitCode).toBe(4);
    expect(error.message).toContain("hanya-baca");
    expect(await readFile(workbook, "utf8")).toBe("isi asli");
    expect(await modeOf(workbook)).toBe(0o444);
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });

  it.runIf(process.getuid?.() === 0)("keeps the file's owner and group when running as root", async () => {
    await chown(workbook, 4321, 4322);
    await replaceFileDurably(workbook, Buffer.from("baru"));
    const info = await stat(workbook);
    expect([info.uid, info.gid]).toEqual([4321, 4322]);
  });

  it("refuses a file that changed since it was read (CHANGED, exit code 3)", async () => {
    const readSha = sha256Hex(Buffer.from("isi asli"));
    await writeFile(workbook, "disimpan staf di tengah jalan");
    const error = await refusal(replaceFileDurably(workbook, Buffer.from("hasil mesin"), { expectedSha256: readSha }));
    expect(error.code).toBe("CHANGED");
    expect(error.exitCode).toBe(3);
    expect(await readFile(workbook, "utf8")).toBe("disimpan staf di tengah jalan");
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });

  it("notices a change made while the new content was being written", async () => {
    const readSha = (await fileSha256(workbook))!;
    const saving = replaceFileDurably(workbook, Buffer.alloc(64 * 1024 * 1024, 0x41), { expectedSha256: readSha });
    const outcome = saving.then(() => null, (e: unknown) => e as LocalFileError);
    // Staff save their copy while the engine's temporary file is still being written.
    while (!(await entries()).some((e) => e.endsWith(".tmp"))) await new Promise((r) => setImmediate(r));
    await writeFile(workbook, "disimpan staf");
    expect((await outcome)?.code).toBe("CHANGED");
    expect(await readFile(workbook, "utf8")).toBe("disimpan staf");
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });

  it("saves when the file is still the one read, and hands the new content's hash to beforeReplace", async () => {
    const seen: string[] = [];
    await replaceFileDurably(workbook, Buffer.from("hasil mesin"), {
      expectedSha256: (await fileSha256(workbook))!,
      beforeReplace: async (sha) => void seen.push(sha),
    });
    expect(seen).toEqual([sha256Hex(Buffer.from("hasil mesin"))]);
    expect(await readFile(workbook, "utf8")).toBe("hasil mesin");
  });

  it("removes its temporary file when the last step fails, and the old file stays", async () => {
    const error = await replaceFileDurably(workbook, Buffer.from("baru"), {
      beforeReplace: async () => {
        expect((await entries()).some((e) => /^\.sertifikasi\.xlsx\..+\.tmp$/.test(e))).toBe(true);
        throw new LocalFileError("VERIFY_FAILED", "uji");
      },
    }).then(() => null, (e: unknown) => e);
    expect((error as LocalFileError).code).toBe("VERIFY_FAILED");
    expect(await readFile(workbook, "utf8")).toBe("isi asli");
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });

  it("writes through a symlink: the link stays a link", async () => {
    const link = join(dir, "tautan.xlsx");
    await symlink(workbook, link);
    await replaceFileDurably(link, Buffer.from("lewat tautan"));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(workbook, "utf8")).toBe("lewat tautan");
  });

  it("names a missing folder in Indonesian, without the library's text", async () => {
    const error = await refusal(replaceFileDurably(join(dir, "tidak-ada", "buku.xlsx"), Buffer.from("x")));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("tidak ada");
    expect(error.message).not.toMatch(/no such file|ENOENT/);
  });

  it("refuses a folder given as the workbook", async () => {
    await mkdir(join(dir, "folder.xlsx"));
    expect((await refusal(replaceFileDurably(join(dir, "folder.xlsx"), Buffer.from("x")))).code).toBe("INVALID");
  });
});

describe("withWorkbookLock in one process", () => {
  it("removes temporary files earlier runs left, and says which", async () => {
    const leftovers = [".sertifikasi.xlsx.12345.tmp", ".sertifikasi.xlsx.a1b2c3d4e5f6.tmp", "sertifikasi.xlsx.0badf00d.tmp", "sertifikasi.xlsx.ekspor.xlsx"];
    for (const name of leftovers) await writeFile(join(dir, name), "salinan dengan NIK");
    await writeFile(join(dir, ".lain.xlsx.1.tmp"), "bukan milik buku kerja ini");
    const removed = await withWorkbookLock(workbook, async (lock) => lock.removedLeftovers);
    expect([...removed].sort()).toEqual([...leftovers].sort());
    expect(await entries()).toEqual([".lain.xlsx.1.tmp", "sertifikasi.xlsx"]);
  });

  it("holds the lock folder while working and removes it afterwards", async () => {
    await withWorkbookLock(workbook, async (lock) => {
      expect(lock.lockPath).toBe(`${workbook}.lock`);
      const owner = JSON.parse(await readFile(join(lock.lockPath, "pemilik.json"), "utf8"));
      expect(owner.pid).toBe(process.pid);
      await lock.assertHeld();
    });
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });

  it("refuses a second lock of the same workbook in the same process (BUSY)", async () => {
    await withWorkbookLock(workbook, async () => {
      const error = await refusal(withWorkbookLock(workbook, async () => undefined));
      expect(error.code).toBe("BUSY");
    });
  });

  it("takes over a lock file the old version left once it is stale", async () => {
    await writeFile(`${workbook}.lock`, "999999");
    const old = new Date(Date.now() - 3 * 3_600_000);
    await utimes(`${workbook}.lock`, old, old);
    expect(await withWorkbookLock(workbook, async () => "jalan")).toBe("jalan");
  });

  it("releases the lock when the work fails, and reports the work's error", async () => {
    const error = await withWorkbookLock(workbook, async () => {
      throw new Error("galat kerja");
    }).then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toBe("galat kerja");
    expect(await entries()).toEqual(["sertifikasi.xlsx"]);
  });
});
