// Encryption at rest: round trip with the right key, refusal with a wrong or missing key, no
// personal data readable in the files, files bound to their place in the snapshot.
import { createHash, randomBytes } from "node:crypto";
import { chmod, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { restore } from "../../sync/backup/commands/restore";
import { verify } from "../../sync/backup/commands/verify";
import { SyncError } from "../../sync/backup/errors";
import { loadKey, parseKey } from "../../sync/backup/snapshot/crypto";
import type { FakeSheetsServer } from "./fake-sheets/server";
import { fakeNik, permohonanRows, riwayatRows } from "./fixtures";
import { FAKE_ID, FAKE_ID_2, options, testContext, withServerAndDir } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };
const key = randomBytes(32).toString("hex");
const env = { SYNC_BACKUP_KEY: key };

withServerAndDir((s, d) => {
  server = s;
  dir = d;
  server.add(FAKE_ID, "Register Uji", [
    { title: "Permohonan", rows: permohonanRows(20) },
    { title: "Riwayat", rows: riwayatRows(20) },
  ]);
});

async function encryptedSnapshot(): Promise<string> {
  const folder = join(dir.path, "cadangan");
  await backup([`sheets:${FAKE_ID}`, folder], options(), testContext(server, { env }).ctx);
  return join(folder, (await readdir(folder))[0]!);
}

const failure = async (run: Promise<number>): Promise<SyncError> => (await run.catch((e: unknown) => e)) as SyncError;

describe("encryption at rest", () => {
  it("round-trips with the key and records only a key check in the manifest", async () => {
    const snapshot = await encryptedSnapshot();
    const manifest = JSON.parse(await readFile(join(snapshot, "manifest.json"), "utf8")) as { encryption: { algorithm: string; keyCheck: string } };
    expect(manifest.encryption.algorithm).toBe("AES-256-GCM");
    expect(manifest.encryption.keyCheck).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(manifest)).not.toContain(key);
    server.add(FAKE_ID_2, "Target", [{ title: "Sheet1" }]);
    expect(await restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server, { env }).ctx)).toBe(0);
    expect(server.grid(FAKE_ID_2, "Permohonan")).toEqual(server.grid(FAKE_ID, "Permohonan"));
  });

  it("leaves no NIK readable in the stored files, even after gunzip", async () => {
    const snapshot = await encryptedSnapshot();
    for (const name of await readdir(join(snapshot, "tabs"))) {
      const data = await readFile(join(snapshot, "tabs", name));
      expect(data.includes(fakeNik(1))).toBe(false);
      expect(() => gunzipSync(data)).toThrow();
    }
    // Control: without a key the same NIK is in the (gzipped) file.
    const plain = join(dir.path, "polos");
    await backup([`sheets:${FAKE_ID}`, plain], options(), testContext(server).ctx);
    const file = join(plain, (await readdir(plain))[0]!, "tabs/001.values.jsonl.gz");
    expect(gunzipSync(await readFile(file)).includes(fakeNik(1))).toBe(true);
  });

  it("refuses a wrong key with WRONG_KEY and a missing key with NO_KEY", async () => {
    const snapshot = await encryptedSnapshot();
    const wrong = { SYNC_BACKUP_KEY: randomBytes(32).toString("base64") };
    server.add(FAKE_ID_2, "Target", [{ title: "Sheet1" }]);
    const a = await failure(restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server, { env: wrong }).ctx));
    expect(a.code).toBe("WRONG_KEY");
    const b = await failure(restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server).ctx));
    expect(b.code).toBe("NO_KEY");
    expect(server.requests.filter((r) => r.method === "POST")).toEqual([]);
  });

  it("verifies hashes without the key and everything with it", async () => {
    const snapshot = await encryptedSnapshot();
    const without = testContext(server);
    expect(await verify([snapshot], options(), without.ctx)).toBe(0);
    expect(without.out[0]).toContain("hanya sidik SHA-256");
    const withKey = testContext(server, { env });
    expect(await verify([snapshot], options(), withKey.ctx)).toBe(0);
    expect(withKey.out[0]).toContain("isi dibuka");
  });

  it("detects tab files swapped even when every hash is recomputed (each file is bound to its place)", async () => {
    const snapshot = await encryptedSnapshot();
    const a = join(snapshot, "tabs/001.values.jsonl.gz.enc");
    const b = join(snapshot, "tabs/002.values.jsonl.gz.enc");
    const [bytesA, bytesB] = [await readFile(a), await readFile(b)];
    await writeFile(a, bytesB);
    await writeFile(b, bytesA);
    await reseal(snapshot);
    const error = await failure(verify([snapshot], options(), testContext(server, { env }).ctx));
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toContain("gagal autentikasi AES-GCM");
    expect(error.message).toContain("tabs/001.values.jsonl.gz.enc");
  });
});

/** What a careful attacker does after editing files: recompute every hash and size. */
async function reseal(snapshot: string): Promise<void> {
  const sha = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");
  const manifest = JSON.parse(await readFile(join(snapshot, "manifest.json"), "utf8")) as {
    tabs: Record<"values" | "formulaFile", { path: string; sha256: string; bytes: number }>[];
  };
  const files = manifest.tabs.flatMap((t) => [t.values, t.formulaFile]);
  for (const f of files) {
    const data = await readFile(join(snapshot, f.path));
    f.sha256 = sha(data);
    f.bytes = data.length;
  }
  const text = JSON.stringify(manifest, null, 2) + "\n";
  await writeFile(join(snapshot, "manifest.json"), text);
  await writeFile(join(snapshot, "SHA256SUMS"), [`${sha(text)}  manifest.json`, ...files.map((f) => `${f.sha256}  ${f.path}`)].join("\n") + "\n");
}

describe("keys", () => {
  it("accepts 64 hex characters or base64 of 32 bytes, nothing else", () => {
    const raw = randomBytes(32);
    expect(parseKey(raw.toString("hex"), "uji").equals(raw)).toBe(true);
    expect(parseKey(raw.toString("base64"), "uji").equals(raw)).toBe(true);
    expect(() => parseKey("rahasia", "uji")).toThrow(SyncError);
    expect(() => parseKey(randomBytes(16).toString("hex"), "uji")).toThrow(/32 bayt/);
  });

  it("reads a key file and warns when others can read it", async () => {
    const file = join(dir.path, "kunci.txt");
    await writeFile(file, `${key}\n`);
    await chmod(file, 0o644);
    const loose = await loadKey({ keyFile: file }, {});
    expect(loose?.key.toString("hex")).toBe(key);
    expect(loose?.warning).toContain("chmod 600");
    await chmod(file, 0o600);
    expect((await loadKey({ keyFile: file }, {}))?.warning).toBeUndefined();
    await expect(loadKey({ keyEnv: "TIDAK_ADA" }, {})).rejects.toMatchObject({ code: "NO_KEY" });
    expect(await loadKey({}, {})).toBeUndefined();
  });
});
