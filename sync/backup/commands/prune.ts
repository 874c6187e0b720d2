// prune <folder>: apply retention without taking a backup (--dry-run shows what would go).
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { num } from "../format";
import { prune as applyRetention } from "../snapshot/retention";
import { positionals } from "./shared";

export async function prune(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [folder] = positionals(args, 1, "prune <folder-cadangan> --keep-daily N --keep-weekly N --keep-monthly N [--dry-run]");
  const rules = { daily: options.keepDaily ?? 0, weekly: options.keepWeekly ?? 0, monthly: options.keepMonthly ?? 0 };
  if (rules.daily + rules.weekly + rules.monthly === 0) {
    throw new SyncError("BAD_ARGS", "Sebutkan aturan retensi: --keep-daily, --keep-weekly dan/atau --keep-monthly.");
  }
  const result = await applyRetention(folder!, rules, { timeZone: options.timeZone, now: ctx.now(), dryRun: options.dryRun });
  const verb = options.dryRun ? "akan dihapus" : "dihapus";
  for (const s of result.kept) ctx.io.out(`SIMPAN  ${s.name}`);
  for (const s of result.removed) ctx.io.out(`HAPUS   ${s.name}`);
  for (const s of result.skipped) ctx.io.out(`LEWATI  ${s.name} (${s.problem ?? "tidak terbaca"}; tidak pernah dihapus otomatis)`);
  for (const d of result.staleTemp) ctx.io.out(`SISA    ${d} (cadangan terputus, ${verb})`);
  ctx.io.out(`${num(result.kept.length)} disimpan, ${num(result.removed.length)} ${verb}.`);
  return 0;
}
