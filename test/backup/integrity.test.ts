// A flipped byte, an edited manifest or a missing file is detected and named; restore refuses a
// damaged snapshot before touching the target.
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { restore } from "../../sync/backup/commands/restore";
import { verify } from "../../sync/backup/commands/verify";
import { SyncError } from "../../sync/backup/errors";
import { startFakeSheets, type FakeSheetsServer } from "./fake-sheets/server";
import { permohonanRows, riwayatRows } from "./fixtures";
import { FAKE_ID, FAKE_ID_2, options, tempDir, testContext } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };
let snapshot: string;

beforeEach(async () => {
  server = await startFakeSheets();
  dir = await tempDir();
  server.add(FAKE_ID, "Register Uji", [
    { title: "Permohonan", rows: permohonanRows(25) },
    { title: "Riwayat", rows: riwayatRows(25) },
  ]);
  server.add(FAKE_ID_2, "Target", [{ title: "Permohonan", rows: permohonanRows(3) }]);
  await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server).ctx);
  snapshot = join(dir.path, (await readdir(dir.path))[0]!);
});
afterEach(async () => {
  await server.close();
  await dir.cleanup();
});

async function flipByte(path: string, at: number): Promise<void> {
  const data = await readFile(path);
  data[at % data.length] = data[at % data.length]! ^ 0x01;
  await writeFile(path, data);
}

async function failure(run: Promise<number>): Promise<SyncError> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe("snapshot integrity", () => {
  it("verifies a good snapshot", async () => {
    const t = testContext(server);
    expect(await verify([snapshot], options(), t.ctx)).toBe(0);
    expect(t.out[0]).toMatch(/^UTUH .* 2 tab, 52 baris, 4 berkas diperiksa/);
  });

  it.each([0, 17, 200])("detects a flipped bit at byte %i of a tab file and names the file", async (at) => {
    await flipByte(join(snapshot, "tabs/002.values.jsonl.gz"), at);
    const error = await failure(verify([snapshot], options(), testContext(server).ctx));
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toContain('tabs/002.values.jsonl.gz (tab "Riwayat")');
    expect(error.message).not.toContain("tabs/001");
  });

  it("detects an edited manifest", async () => {
    const path = join(snapshot, "manifest.json");
    await writeFile(path, (await readFile(path, "utf8")).replace('"rows": 26', '"rows": 27'));
    const error = await failure(verify([snapshot], options(), testContext(server).ctx));
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toContain("manifest.json");
  });

  it("detects a tab file replaced together with its hash in the manifest (SHA256SUMS disagrees)", async () => {
    // Tampering with the data and the manifest but not SHA256SUMS is still caught.
    const path = join(snapshot, "manifest.json");
    const manifest = JSON.parse(await readFile(path, "utf8")) as { tabs: { values: { sha256: string } }[] };
    manifest.tabs[0]!.values.sha256 = "0".repeat(64);
    await writeFile(path, JSON.stringify(manifest, null, 2) + "\n");
    const error = await failure(verify([snapshot], options(), testContext(server).ctx));
    expect(error.message).toContain("manifest.json");
  });

  it("detects a missing file", async () => {
    await rm(join(snapshot, "tabs/001.formulas.json.gz"));
    const error = await failure(verify([snapshot], options(), testContext(server).ctx));
    expect(error.message).toContain('tabs/001.formulas.json.gz (tab "Permohonan"): berkas tidak ada');
  });

  it("restore refuses a damaged snapshot and sends no write request", async () => {
    await flipByte(join(snapshot, "tabs/001.values.jsonl.gz"), 40);
    const before = server.grid(FAKE_ID_2, "Permohonan");
    const t = testContext(server);
    const error = await failure(restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true, tabs: ["Riwayat"] }), t.ctx));
    expect(error.code).toBe("CORRUPT");
    // Even restoring only the undamaged tab is refused: the snapshot as a whole is suspect.
    expect(error.message).toContain("tabs/001.values.jsonl.gz");
    expect(server.requests.filter((r) => r.method === "POST")).toEqual([]);
    expect(server.grid(FAKE_ID_2, "Permohonan")).toEqual(before);
  });

  it("verify of a folder reports each snapshot and fails if any is damaged", async () => {
    const nextDay = () => new Date(Date.UTC(2026, 0, 16, 2, 0, 0));
    await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server, { now: nextDay }).ctx);
    const names = (await readdir(dir.path)).sort();
    expect(names).toHaveLength(2);
    await flipByte(join(dir.path, names[1]!, "tabs/001.values.jsonl.gz"), 5);
    const t = testContext(server);
    const error = await failure(verify([dir.path], options(), t.ctx));
    expect(error.message).toContain("1 dari 2");
    expect(t.out.filter((l) => l.startsWith("UTUH"))).toHaveLength(1);
    expect(t.out.filter((l) => l.startsWith("RUSAK"))).toHaveLength(1);
  });
});
