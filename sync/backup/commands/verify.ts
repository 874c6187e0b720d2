// verify <folder>: check one snapshot, or every snapshot in a folder of snapshots — folders
// without a manifest included (reported damaged), newer-format ones reported as such.
import { basename } from "node:path";
import type { Context, Options } from "../context";
import { SyncError, asSyncError } from "../errors";
import { num } from "../format";
import { loadSnapshot, openManifest } from "../snapshot/read";
import { listSnapshots, looksLikeSnapshot } from "../snapshot/store";
import { key, positionals, printJson } from "./shared";

/** One snapshot's outcome, for `--json`. */
interface Checked {
  readonly name: string;
  readonly status: "UTUH" | "RUSAK" | "VERSI_LEBIH_BARU";
  readonly code?: string;
  readonly message?: string;
  readonly tabs?: number;
  readonly rows?: number;
  readonly checkedFiles?: number;
  /** Whether the contents were opened (decrypted, unzipped, counted), not only hashed. */
  readonly contentsOpened?: boolean;
}

export async function verify(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [folder] = positionals(args, 1, "verify <folder-cadangan>");
  const secret = await key(options, ctx);
  const single = await looksLikeSnapshot(folder!);
  const dirs = single ? [folder!] : (await listSnapshots(folder!)).snapshots.map((s) => s.dir);
  if (dirs.length === 0) throw new SyncError("NOT_FOUND", `Tidak ada cadangan di ${folder}.`);
  let bad = 0;
  let newer = 0;
  const checked: Checked[] = [];
  // With --json the lines are not printed; the one object follows, before any failure is thrown.
  const say = (text: string) => (options.json ? undefined : ctx.io.out(text));
  for (const dir of dirs) {
    try {
      const manifest = await openManifest(dir);
      // Without the key an encrypted snapshot can still be checked against its hashes.
      const decode = manifest.encryption && !secret ? "none" : "all";
      const loaded = await loadSnapshot(dir, { decode, ...(secret ? { key: secret } : {}) });
      const rows = manifest.tabs.reduce((n, t) => n + t.rows, 0);
      const depth = decode === "all" ? "isi dibuka dan dihitung ulang" : "hanya sidik SHA-256; berikan kunci untuk membuka isinya";
      checked.push({ name: basename(dir), status: "UTUH", tabs: manifest.tabs.length, rows, checkedFiles: loaded.checkedFiles, contentsOpened: decode === "all" });
      say(`UTUH  ${basename(dir)}: ${num(manifest.tabs.length)} tab, ${num(rows)} baris, ${num(loaded.checkedFiles)} berkas diperiksa (${depth})`);
    } catch (error) {
      const e = asSyncError(error);
      if (!["CORRUPT", "WRONG_KEY", "NO_KEY", "NEWER_FORMAT"].includes(e.code)) throw e;
      if (single && !options.json) throw e;
      if (e.code === "NEWER_FORMAT") {
        newer++;
        checked.push({ name: basename(dir), status: "VERSI_LEBIH_BARU", code: e.code, message: e.message });
        say(`VERSI LEBIH BARU ${basename(dir)}: ${e.message}`);
      } else {
        bad++;
        checked.push({ name: basename(dir), status: "RUSAK", code: e.code, message: e.message });
        say(`RUSAK ${basename(dir)}: ${e.message}`);
      }
    }
  }
  if (options.json) printJson(ctx, { folder, ok: bad === 0 && newer === 0, snapshots: checked });
  if (single && checked[0]?.code) throw new SyncError(checked[0].code as "CORRUPT", checked[0].message!);
  const newerNote = newer > 0 ? ` ${num(newer)} lainnya dibuat oleh versi alat yang lebih baru dan tidak diperiksa.` : "";
  if (bad > 0) throw new SyncError("CORRUPT", `${num(bad)} dari ${num(dirs.length)} cadangan gagal diperiksa.${newerNote}`);
  if (newer > 0) {
    throw new SyncError("NEWER_FORMAT", `${num(newer)} dari ${num(dirs.length)} cadangan dibuat oleh versi alat yang lebih baru dan tidak diperiksa; perbarui alat ini untuk memeriksanya.`);
  }
  return 0;
}
