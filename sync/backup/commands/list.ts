// list <folder>: snapshots with age, size and contents, newest first; unfinished ones noted, and
// every folder that is not a readable snapshot named with its problem.
import { basename } from "node:path";
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { age, bytes, num } from "../format";
import { describeSnapshot, listSnapshots, looksLikeSnapshot, type SnapshotEntry } from "../snapshot/store";
import { positionals, printJson } from "./shared";

function line(s: SnapshotEntry, now: Date): string {
  if (!s.manifest) {
    const label = s.problemCode === "NEWER_FORMAT" ? "VERSI LEBIH BARU" : "TIDAK TERBACA";
    return `${s.name}  ${age(s.time, now)}  ${bytes(s.bytes)}  ${label}: ${s.problem ?? "manifest rusak"}`;
  }
  const m = s.manifest;
  const rows = m.tabs.reduce((n, t) => n + t.rows, 0);
  const source = m.source.spreadsheetId ? `sheets:${m.source.spreadsheetId}` : (m.source.file ?? m.source.kind);
  const title = m.source.title ? `"${m.source.title}" ` : "";
  return [
    s.name,
    age(s.time, now),
    bytes(s.bytes),
    `${num(m.tabs.length)} tab`,
    `${num(rows)} baris`,
    m.encryption ? "terenkripsi" : "tidak terenkripsi",
    `${title}(${source})`,
  ].join("  ");
}

/** One snapshot for `--json`: what the line says, as fields (sizes in bytes, times ISO 8601). */
function entryJson(s: SnapshotEntry): Record<string, unknown> {
  const m = s.manifest;
  return {
    name: s.name,
    time: s.time.toISOString(),
    bytes: s.bytes,
    ...(m
      ? {
          complete: true,
          tabs: m.tabs.length,
          rows: m.tabs.reduce((n, t) => n + t.rows, 0),
          encrypted: Boolean(m.encryption),
          source: m.source,
        }
      : { complete: false, problemCode: s.problemCode ?? "CORRUPT", problem: s.problem ?? "manifest rusak" }),
  };
}

export async function list(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [folder] = positionals(args, 1, "list <folder-cadangan>");
  const now = ctx.now();
  if (await looksLikeSnapshot(folder!)) {
    const entry = await describeSnapshot(folder!);
    if (options.json) printJson(ctx, { folder, snapshots: [entryJson(entry)], unfinished: [] });
    else ctx.io.out(line(entry, now));
    return 0;
  }
  const { snapshots, unfinished } = await listSnapshots(folder!);
  if (snapshots.length === 0 && unfinished.length === 0) throw new SyncError("NOT_FOUND", `Tidak ada cadangan di ${folder}.`);
  if (options.json) {
    printJson(ctx, { folder, snapshots: snapshots.map(entryJson), unfinished: unfinished.map((dir) => basename(dir)) });
    return 0;
  }
  ctx.io.out(`Cadangan di ${folder} (${num(snapshots.length)}), terbaru dahulu:`);
  for (const s of snapshots) ctx.io.out(`  ${line(s, now)}`);
  for (const dir of unfinished) ctx.io.out(`  ${basename(dir)}  TIDAK LENGKAP (cadangan yang terputus; diabaikan, dibersihkan oleh retensi setelah 24 jam)`);
  ctx.io.out("Ukuran dan isi dibaca dari manifest; jalankan verify untuk memeriksa sidik SHA-256.");
  return 0;
}
