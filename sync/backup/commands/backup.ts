// backup <source> <folder>: copy a spreadsheet into a new verified snapshot, then apply retention.
import { basename } from "node:path";
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { bytes, duration, num, requests } from "../format";
import { openPlace, parseLocation } from "../locations";
import type { ManifestSource } from "../snapshot/manifest";
import { prune } from "../snapshot/retention";
import { looksLikeSnapshot } from "../snapshot/store";
import { writeSnapshot } from "../snapshot/write";
import { key, positionals, statsOf } from "./shared";

export async function backup(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [sourceText, folder] = positionals(args, 2, "backup <sumber> <folder-cadangan>");
  const location = parseLocation(sourceText!);
  if (await looksLikeSnapshot(folder!)) {
    throw new SyncError("BAD_ARGS", `${folder} adalah satu cadangan; berikan folder induknya (setiap cadangan dibuat sebagai subfolder baru).`);
  }
  const secret = await key(options, ctx);
  const place = openPlace(location, "read", ctx, secret);
  const startedAt = ctx.now();
  const data = await place.read({ ...(options.tabs ? { tabs: options.tabs } : {}), progress: ctx.progress });
  const source: ManifestSource =
    location.kind === "sheets"
      ? { kind: "sheets", spreadsheetId: location.id, ...(data.title ? { title: data.title } : {}) }
      : location.kind === "xlsx"
        ? { kind: "xlsx", file: basename(location.path), ...(data.title ? { title: data.title } : {}) }
        : { kind: "snapshot", ...(data.id ? { spreadsheetId: data.id } : {}), ...(data.title ? { title: data.title } : {}) };
  const stats = statsOf(place);
  const { dir, manifest } = await writeSnapshot(folder!, data, {
    source,
    startedAt,
    now: ctx.now,
    progress: ctx.progress,
    ...(secret ? { key: secret } : {}),
    ...(stats ? { requests: stats } : {}),
  });
  ctx.io.out(`Cadangan selesai: ${dir}`);
  ctx.io.out(
    `  ${num(manifest.tabs.length)} tab, ${num(manifest.totals.rows)} baris, ${bytes(manifest.totals.bytes)} ` +
      `(${bytes(manifest.totals.plainBytes)} sebelum dimampatkan)${secret ? ", terenkripsi AES-256-GCM" : ", TIDAK terenkripsi"}, ` +
      `${duration(manifest.durationMs)}${stats ? `, ${requests(stats)}` : ""}`,
  );

  const rules = { daily: options.keepDaily ?? 0, weekly: options.keepWeekly ?? 0, monthly: options.keepMonthly ?? 0 };
  if (rules.daily + rules.weekly + rules.monthly > 0) {
    const result = await prune(folder!, rules, { timeZone: options.timeZone, now: ctx.now(), dryRun: false });
    ctx.io.out(`Retensi: ${num(result.kept.length)} cadangan disimpan, ${num(result.removed.length)} dihapus${result.removed.length ? ` (${result.removed.map((s) => s.name).join(", ")})` : ""}.`);
  }
  return 0;
}
