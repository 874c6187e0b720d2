// export <source> <file.xlsx>: the whole spreadsheet (or --tab) as a new Excel workbook, written
// under the workbook's lock (as `npm start` takes it) and saved whole or not at all.
import { stat } from "node:fs/promises";
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { num } from "../format";
import { openPlace, parseLocation } from "../locations";
import { tabHeight } from "../model";
import { planReplace } from "../plan";
import { withXlsxLock, XlsxPlace } from "../places/xlsx-place";
import { key, positionals } from "./shared";

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

export async function exportXlsx(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [sourceText, file] = positionals(args, 2, "export <sumber> <berkas.xlsx>");
  if (!/\.xlsx$/i.test(file!)) throw new SyncError("BAD_ARGS", `Berkas tujuan harus berakhiran .xlsx: ${file}`);
  if ((await exists(file!)) && !options.yes) throw new SyncError("EXISTS", `${file} sudah ada; pakai --yes untuk menimpanya.`);
  const secret = await key(options, ctx);
  const source = openPlace(parseLocation(sourceText!), "read", ctx, secret);
  const data = await source.read({ ...(options.tabs ? { tabs: options.tabs } : {}), progress: ctx.progress });
  // A fresh workbook: planning against nothing writes every row of every tab.
  const writes = data.tabs.map((t) => planReplace(t, undefined)!);
  await withXlsxLock(file!, async () => {
    // Checked again under the lock: the file may have appeared while the source was read.
    if ((await exists(file!)) && !options.yes) throw new SyncError("EXISTS", `${file} sudah ada; pakai --yes untuk menimpanya.`);
    // A new file is private (0600: it holds NIK and NIP); one replaced keeps its permissions.
    await new XlsxPlace(file!, { fresh: true }).write(writes, ctx.progress);
  }, (m) => ctx.io.err(m));
  const rows = data.tabs.reduce((n, t) => n + Math.max(0, tabHeight(t) - 1), 0);
  ctx.io.out(`Ekspor selesai: ${file} — ${num(data.tabs.length)} tab, ${num(rows)} baris data dari ${source.describe()}.`);
  return 0;
}
