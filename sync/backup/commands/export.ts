// export <source> <file.xlsx>: the whole spreadsheet (or --tab) as a new Excel workbook.
import { rename, rm, stat } from "node:fs/promises";
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { num } from "../format";
import { openPlace, parseLocation } from "../locations";
import { tabHeight } from "../model";
import { planReplace } from "../plan";
import { XlsxPlace } from "../places/xlsx-place";
import { key, positionals } from "./shared";

export async function exportXlsx(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [sourceText, file] = positionals(args, 2, "export <sumber> <berkas.xlsx>");
  if (!/\.xlsx$/i.test(file!)) throw new SyncError("BAD_ARGS", `Berkas tujuan harus berakhiran .xlsx: ${file}`);
  const exists = await stat(file!).then(() => true, () => false);
  if (exists && !options.yes) throw new SyncError("EXISTS", `${file} sudah ada; pakai --yes untuk menimpanya.`);
  const secret = await key(options, ctx);
  const source = openPlace(parseLocation(sourceText!), "read", ctx, secret);
  const data = await source.read({ ...(options.tabs ? { tabs: options.tabs } : {}), progress: ctx.progress });
  // A fresh workbook: planning against nothing writes every row of every tab.
  const writes = data.tabs.map((t) => planReplace(t, undefined)!);
  const staging = `${file}.ekspor.xlsx`;
  await rm(staging, { force: true });
  try {
    await new XlsxPlace(staging).write(writes, ctx.progress);
    // The new file replaces the old one only once it is complete.
    await rename(staging, file!);
  } finally {
    await rm(staging, { force: true });
  }
  const rows = data.tabs.reduce((n, t) => n + Math.max(0, tabHeight(t) - 1), 0);
  ctx.io.out(`Ekspor selesai: ${file} — ${num(data.tabs.length)} tab, ${num(rows)} baris data dari ${source.describe()}.`);
  return 0;
}
