// Folders in a backup collection that are not readable snapshots are reported, never skipped or
// pruned; a snapshot of a newer format is called that, not "corrupt".
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../sync/backup/cli";
import { list } from "../../sync/backup/commands/list";
import { prune } from "../../sync/backup/commands/prune";
import { restore } from "../../sync/backup/commands/restore";
import { verify } from "../../sync/backup/commands/verify";
import type { Context } from "../../sync/backup/context";
import { SyncError } from "../../sync/backup/errors";
import { defaultSheetsOptions } from "../../sync/backup/places/sheets-api";
import { silentProgress } from "../../sync/backup/progress";
import { MANIFEST, SUMS } from "../../sync/backup/snapshot/manifest";
import { writeSnapshot } from "../../sync/backup/snapshot/write";
import { options, tempDir } from "./helpers";

let dir: { path: string; cleanup: () => Promise<void> };
let collection: string;

function localContext(now = new Date(Date.UTC(2026, 2, 20, 2))) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context = {
    io: { out: (l) => void out.push(l), err: (l) => void err.push(l) },
    env: {},
    now: () => now,
    progress: silentProgress,
    sheetsOptions: defaultSheetsOptions(),
    sheets: async () => expect.unreachable("no Sheets access in these tests"),
    confirm: async () => true,
  };
  return { ctx, out, err };
}

async function snapshotAt(iso: string, name = "Asli"): Promise<string> {
  const at = new Date(iso);
  const rows = [["ID Permohonan", "Nama"], ["PRM-1", name]];
  return (await writeSnapshot(collection, { tabs: [{ name: "Permohonan", rows, formulas: new Map() }] }, { source: { kind: "xlsx" }, startedAt: at, now: () => at })).dir;
}

/** Rewrites the manifest's format as a newer tool would, with SHA256SUMS kept consistent. */
async function makeNewerFormat(snapshot: string, format = "sertifikasi-cadangan/2"): Promise<void> {
  const manifest = JSON.parse(await readFile(join(snapshot, MANIFEST), "utf8"));
  const text = JSON.stringify({ ...manifest, format, newField: { added: "in format 2" } }, null, 2) + "\n";
  await writeFile(join(snapshot, MANIFEST), text);
  const sums = (await readFile(join(snapshot, SUMS), "utf8")).split("\n").map((line) =>
    line.endsWith(`  ${MANIFEST}`) ? `${createHash("sha256").update(text).digest("hex")}  ${MANIFEST}` : line,
  );
  await writeFile(join(snapshot, SUMS), sums.join("\n"));
}

beforeEach(async () => {
  dir = await tempDir();
  collection = join(dir.path, "cadangan");
});
afterEach(() => dir.cleanup());

describe("with a snapshot folder whose manifest.json is gone", () => {
  let broken: string;
  beforeEach(async () => {
    await snapshotAt("2026-03-01T02:00:00Z");
    broken = await snapshotAt("2026-03-10T02:00:00Z");
    await rm(join(broken, MANIFEST));
  });

  it("list names it with its problem", async () => {
    const t = localContext();
    expect(await list([collection], options(), t.ctx)).toBe(0);
    expect(t.out[0]).toContain("(2)");
    expect(t.out.find((l) => l.includes("2026-03-10T02-00-00Z"))).toMatch(/TIDAK TERBACA: manifest\.json tidak ada/);
  });

  it("verify of the collection reports it damaged and fails", async () => {
    const t = localContext();
    const error = (await verify([collection], options(), t.ctx).catch((e: unknown) => e)) as SyncError;
    expect(error).toMatchObject({ code: "CORRUPT" });
    expect(error.message).toContain("1 dari 2");
    expect(t.out.filter((l) => l.startsWith("RUSAK 2026-03-10T02-00-00Z"))).toHaveLength(1);
    expect(t.out.filter((l) => l.startsWith("UTUH"))).toHaveLength(1);
  });

  it("verify and list of the folder itself treat it as one broken snapshot", async () => {
    const error = (await verify([broken], options(), localContext().ctx).catch((e: unknown) => e)) as SyncError;
    expect(error).toMatchObject({ code: "CORRUPT" });
    expect(error.message).toContain("manifest.json tidak ada");
    const t = localContext();
    await list([broken], options(), t.ctx);
    expect(t.out).toHaveLength(1);
    expect(t.out[0]).toMatch(/^2026-03-10T02-00-00Z .*TIDAK TERBACA/);
  });

  it("prune never deletes it, even when the rules would, and says so", async () => {
    const t = localContext();
    expect(await prune([collection], options({ keepDaily: 1 }), t.ctx)).toBe(0);
    expect((await readdir(collection)).sort()).toEqual(["2026-03-01T02-00-00Z", "2026-03-10T02-00-00Z"]);
    expect(t.out).toContainEqual(expect.stringMatching(/^LEWATI  2026-03-10T02-00-00Z \(.*manifest\.json tidak ada.*tidak pernah dihapus otomatis\)/));
  });

  it("a folder that is no snapshot at all is reported as well, and kept", async () => {
    await mkdir(join(collection, "arsip-lain"));
    const t = localContext();
    await list([collection], options(), t.ctx);
    expect(t.out.find((l) => l.includes("arsip-lain"))).toMatch(/TIDAK TERBACA: manifest\.json tidak ada — cadangan tidak lengkap, atau folder ini bukan cadangan/);
    await prune([collection], options({ keepDaily: 1 }), localContext().ctx);
    expect(await readdir(collection)).toContain("arsip-lain");
  });
});

describe("with a snapshot made by a newer version of the tool", () => {
  let older: string;
  let newer: string;
  beforeEach(async () => {
    older = await snapshotAt("2026-03-01T02:00:00Z", "Versi Lama");
    newer = await snapshotAt("2026-03-10T02:00:00Z", "Versi Baru");
    await makeNewerFormat(newer);
  });

  it("verify says so with its format number, not corrupt (exit code 13)", async () => {
    const t = localContext();
    expect(await main(["verify", newer], t.ctx)).toBe(13);
    const text = t.err.join("\n");
    expect(text).toContain("NEWER_FORMAT");
    expect(text).toContain("dibuat oleh versi alat yang lebih baru");
    expect(text).toContain("sertifikasi-cadangan/2");
    expect(text).not.toContain("CORRUPT");
    expect(text).toContain("tidak rusak");
  });

  it("verify of the collection checks the others and names the newer one", async () => {
    const t = localContext();
    const error = (await verify([collection], options(), t.ctx).catch((e: unknown) => e)) as SyncError;
    expect(error).toMatchObject({ code: "NEWER_FORMAT" });
    expect(t.out.filter((l) => l.startsWith("UTUH"))).toHaveLength(1);
    expect(t.out.find((l) => l.startsWith("VERSI LEBIH BARU 2026-03-10T02-00-00Z"))).toContain("format sertifikasi-cadangan/2");
  });

  it("list labels it, and prune keeps it", async () => {
    const t = localContext();
    await list([collection], options(), t.ctx);
    expect(t.out.find((l) => l.includes("2026-03-10T02-00-00Z"))).toMatch(/VERSI LEBIH BARU: .*lebih baru/);
    await prune([collection], options({ keepDaily: 1 }), localContext().ctx);
    expect((await readdir(collection)).sort()).toEqual(["2026-03-01T02-00-00Z", "2026-03-10T02-00-00Z"]);
  });

  it("restore from it is refused as newer; from the collection the older one is used, with a notice", async () => {
    const target = join(dir.path, "pulih.xlsx");
    await expect(restore([newer, target], options({ yes: true }), localContext().ctx)).rejects.toMatchObject({ code: "NEWER_FORMAT" });
    const t = localContext();
    expect(await restore([collection, target], options({ yes: true }), t.ctx)).toBe(0);
    expect(t.err.join("\n")).toMatch(/Melewati 2026-03-10T02-00-00Z \(lebih baru, tetapi tidak bisa dipakai\)/);
    expect(t.err.join("\n")).toContain(`Memakai cadangan terbaru di ${collection}: ${older.split("/").pop()}`);
  });
});
