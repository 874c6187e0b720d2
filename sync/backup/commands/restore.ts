// restore <source> <target>: verify the source, show what would change, confirm, then write only
// what differs — whole tabs, chosen tabs (--tab) or chosen cases (--id). A local .xlsx target is
// locked as `npm start` locks it, from reading the target to the last write.
import type { Context, Options } from "../context";
import { diffSpreadsheets } from "../diff";
import { RESTORE_WORDS, renderDiff } from "../diff-render";
import { SyncError } from "../errors";
import { num, requests } from "../format";
import { CASE_ID_HEADER } from "../keys";
import { describeLocation, openPlace, parseLocation } from "../locations";
import { headersOf, type Spreadsheet } from "../model";
import { planReplace, planRows } from "../plan";
import { SnapshotPlace } from "../places/snapshot-place";
import { isWritable, type Place, type TabWrite, type WritablePlace } from "../places/types";
import { withXlsxLock } from "../places/xlsx-place";
import { summariseParts } from "../write-log";
import { key, positionals, statsOf } from "./shared";

interface Planned {
  readonly writes: TabWrite[];
  readonly preview: string[];
}

function planWholeTabs(source: Spreadsheet, current: Spreadsheet): Planned {
  const names = source.tabs.map((t) => t.name);
  const writes = source.tabs
    .map((t) => planReplace(t, current.tabs.find((c) => c.name === t.name)))
    .filter((w): w is TabWrite => w !== null);
  return { writes, preview: renderDiff(diffSpreadsheets(current, source, names), RESTORE_WORDS) };
}

function planCases(source: Spreadsheet, current: Spreadsheet, ids: readonly string[], explicitTabs: boolean): Planned {
  const wanted = new Set(ids.map((i) => i.trim()));
  const found = new Set<string>();
  const writes: TabWrite[] = [];
  const preview: string[] = [];
  // Without --tab: every tab that records a case ID (Permohonan, Riwayat, Surat …).
  const tabs = explicitTabs ? source.tabs : source.tabs.filter((t) => headersOf(t).includes(CASE_ID_HEADER));
  for (const tab of tabs) {
    const plan = planRows(tab, current.tabs.find((c) => c.name === tab.name), wanted);
    plan.found.forEach((id) => found.add(id));
    preview.push(...plan.warnings);
    if (!plan.write) {
      if (plan.found.size > 0) preview.push(`Tab "${tab.name}": baris yang dipilih sudah sama`);
      continue;
    }
    writes.push(plan.write);
    const parts = [
      plan.overwritten.length ? `${num(plan.overwritten.length)} baris diubah (${plan.overwritten.join(", ")})` : "",
      plan.appended.length ? `${num(plan.appended.length)} baris ditambahkan (${plan.appended.join(", ")})` : "",
    ].filter(Boolean);
    preview.push(`Tab "${tab.name}": ${parts.join(", ")}`);
  }
  const missing = [...wanted].filter((id) => !found.has(id));
  if (missing.length > 0) preview.push(`Tidak ada di sumber: ${missing.join(", ")}`);
  return { writes, preview };
}

export async function restore(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [fromText, toText] = positionals(args, 2, "restore <sumber> <target> [--tab NAMA] [--id ID] [--yes]");
  const from = parseLocation(fromText!);
  const to = parseLocation(toText!);
  if (to.kind === "snapshot") {
    throw new SyncError("BAD_ARGS", "Cadangan tidak pernah ditimpa. Target pemulihan adalah sheets:<id> atau berkas .xlsx; untuk membuat cadangan pakai perintah backup.");
  }
  const secret = await key(options, ctx);
  const source = openPlace(from, "read", ctx, secret);
  const target = openPlace(to, "write", ctx);
  if (!isWritable(target)) throw new SyncError("INTERNAL", "Target tidak bisa ditulis.");

  // Everything is read and checked before the target is touched.
  const data = await source.read({ ...(options.tabs ? { tabs: options.tabs } : {}), progress: ctx.progress });
  if (source instanceof SnapshotPlace && source.loaded) {
    const enc = source.loaded.manifest.encryption ? " dan autentikasi AES-GCM" : "";
    ctx.io.err(`Cadangan diperiksa: utuh (${num(source.loaded.checkedFiles)} berkas cocok dengan SHA-256${enc}).`);
  }
  // A local workbook is locked for the whole read-plan-write, as `npm start` locks it: the plan
  // must not go stale, and the engine must not save an older copy over the restored values.
  const writeStep = () => planAndWrite(data, target, options, ctx, { source, where: to.kind === "sheets" ? "" : ` (${describeLocation(to)})` });
  return to.kind === "xlsx" ? withXlsxLock(to.path, writeStep, (m) => ctx.io.err(m)) : writeStep();
}

async function planAndWrite(
  data: Spreadsheet,
  target: WritablePlace,
  options: Options,
  ctx: Context,
  shown: { readonly source: Place; readonly where: string },
): Promise<number> {
  const current = await target.read({ tabs: data.tabs.map((t) => t.name), missingOk: true, progress: ctx.progress });
  const planned = options.ids?.length
    ? planCases(data, current, options.ids, Boolean(options.tabs))
    : planWholeTabs(data, current);

  ctx.io.out(`Pemulihan dari ${shown.source.describe()} ke ${target.describe()}${shown.where}:`);
  for (const line of planned.preview) ctx.io.out(`  ${line}`);
  if (planned.writes.length === 0) {
    ctx.io.out("Target sudah sama dengan sumber; tidak ada yang ditulis.");
    return 0;
  }
  if (!options.yes && !(await ctx.confirm("Tulis perubahan ini ke target?"))) {
    throw new SyncError("CANCELLED", "Dibatalkan; target tidak diubah.");
  }
  const parts = await target.write(planned.writes, ctx.progress);
  ctx.io.out("Pemulihan selesai. Yang ditulis:");
  for (const line of summariseParts(parts)) ctx.io.out(`  - ${line}`);
  const stats = statsOf(shown.source, target);
  if (stats) ctx.io.out(`  (${requests(stats)})`);
  return 0;
}
