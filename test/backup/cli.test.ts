// The command line in-process: parsing, help, exit codes, and the messages for missing access,
// unknown spreadsheets and bad arguments.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../sync/backup/cli";
import { startFakeSheets, TOKENS, type FakeSheetsServer } from "./fake-sheets/server";
import { riwayatRows } from "./fixtures";
import { FAKE_ID, tempDir, testContext, type TestContext } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  server = await startFakeSheets();
  dir = await tempDir();
  server.add(FAKE_ID, "Register Uji", [{ title: "Riwayat", rows: riwayatRows(8) }]);
});
afterEach(async () => {
  await server.close();
  await dir.cleanup();
});

async function run(argv: string[], t: TestContext = testContext(server)): Promise<{ code: number; out: string; err: string }> {
  const code = await main(argv, t.ctx);
  return { code, out: t.out.join("\n"), err: t.err.join("\n") };
}

describe("cli", () => {
  it("prints help, and exit code 64 (EX_USAGE) without a command", async () => {
    expect((await run(["--help"])).code).toBe(0);
    expect((await run(["--help"])).out).toContain("Pemakaian: npm run sync -- <perintah>");
    expect((await run([])).code).toBe(64);
  });

  it.each([
    [["hapus-semua"], "Perintah tidak dikenal: hapus-semua"],
    [["backup", "--paksa"], "Opsi tidak dikenal atau tanpa nilai: --paksa"],
    [["backup", "sheets:x"], "Pemakaian: npm run sync -- backup <sumber> <folder-cadangan>"],
    [["backup", "sheets:pendek", "c"], 'ID spreadsheet "pendek" tidak sah'],
    [["prune", "c", "--keep-daily", "tujuh"], "--keep-daily harus bilangan bulat"],
    [["list", "c", "--time-zone", "Asia/Bandung"], "Zona waktu tidak dikenal: Asia/Bandung"],
  ])("rejects %j with exit code 64", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(64);
    expect(result.err).toContain("Galat [BAD_ARGS]");
    expect(result.err).toContain(message);
  });

  it("maps an unknown spreadsheet to NOT_FOUND (4)", async () => {
    const result = await run(["backup", "sheets:UJI-tidak-ada-sama-sekali", dir.path]);
    expect(result.code).toBe(4);
    expect(result.err).toContain("Galat [NOT_FOUND]: spreadsheet UJI-tidak-ada-sama-sekali tidak ditemukan");
  });

  it("maps a spreadsheet not shared with the account to NO_ACCESS (3) with the sharing hint", async () => {
    const result = await run(["backup", `sheets:${FAKE_ID}`, dir.path], testContext(server, { tokens: { read: TOKENS.stranger } }));
    expect(result.code).toBe(3);
    expect(result.err).toContain("Galat [NO_ACCESS]");
    expect(result.err).toContain("client_email");
  });

  it("maps a read-only token used for restore to NO_ACCESS naming the scope", async () => {
    await run(["backup", `sheets:${FAKE_ID}`, dir.path]);
    const t = testContext(server, { tokens: { write: TOKENS.read } });
    server.book(FAKE_ID).sheets[0]!.cells[2]![3] = "Berubah";
    const result = await run(["restore", dir.path, `sheets:${FAKE_ID}`, "--yes", "--quiet"], t);
    expect(result.code).toBe(3);
    expect(result.err).toContain("https://www.googleapis.com/auth/spreadsheets");
  });

  it("maps rejected credentials to NO_CREDENTIALS (3)", async () => {
    const result = await run(["backup", `sheets:${FAKE_ID}`, dir.path], testContext(server, { tokens: { read: "token-kedaluwarsa" } }));
    expect(result.code).toBe(3);
    expect(result.err).toContain("Galat [NO_CREDENTIALS]");
    expect(result.err).toContain("--credentials");
  });

  it("runs backup, list, verify and diff end to end with their exit codes", async () => {
    expect((await run(["backup", `sheets:${FAKE_ID}`, dir.path, "-q"])).code).toBe(0);
    const listed = await run(["list", dir.path]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/2026-01-15T02-00-00Z {2}baru saja {2}[\d,]+ (B|KB) {2}1 tab {2}9 baris {2}tidak terenkripsi {2}"Register Uji" \(sheets:UJI-spreadsheet-palsu-0001\)/);
    expect((await run(["verify", dir.path])).code).toBe(0);
    expect((await run(["diff", dir.path, `sheets:${FAKE_ID}`])).code).toBe(0);
    server.book(FAKE_ID).sheets[0]!.cells[2]![3] = "Berubah";
    const changed = await run(["diff", dir.path, `sheets:${FAKE_ID}`]);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('Tab "Riwayat": 1 baris berubah');
    expect(changed.out).toContain("R-00002 (Dari)");
  });

  it("refuses to restore without --yes when nobody can confirm", async () => {
    await run(["backup", `sheets:${FAKE_ID}`, dir.path]);
    server.book(FAKE_ID).sheets[0]!.cells[2]![3] = "Berubah";
    const result = await run(["restore", dir.path, `sheets:${FAKE_ID}`]);
    expect(result.code).toBe(7);
    expect(result.err).toContain("Galat [CANCELLED]");
    expect(server.count("valuesBatchUpdate")).toBe(0);
  });
});
