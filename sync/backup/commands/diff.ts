// diff <a> <b>: what differs between two places, by row ID; exit code 1 when anything does.
import type { Context, Options } from "../context";
import { diffSpreadsheets, hasChanges } from "../diff";
import { renderDiff } from "../diff-render";
import { EXIT_DIFFERENT } from "../errors";
import { openPlace, parseLocation } from "../locations";
import { key, positionals, printJson } from "./shared";

export async function diff(args: readonly string[], options: Options, ctx: Context): Promise<number> {
  const [aText, bText] = positionals(args, 2, "diff <a> <b> [--tab NAMA]");
  const secret = await key(options, ctx);
  const a = openPlace(parseLocation(aText!), "read", ctx, secret);
  const b = openPlace(parseLocation(bText!), "read", ctx, secret);
  const tabs = options.tabs ? { tabs: options.tabs } : {};
  const left = await a.read({ ...tabs, progress: ctx.progress });
  const right = await b.read({ ...tabs, progress: ctx.progress });
  const diffs = diffSpreadsheets(left, right, options.tabs);
  const different = diffs.some(hasChanges);
  if (options.json) {
    // Rows are named as in the text: by ID, or by row number when the key is personal data.
    printJson(ctx, { a: a.describe(), b: b.describe(), different, tabs: diffs.map((d) => ({ ...d, different: hasChanges(d) })) });
    return different ? EXIT_DIFFERENT : 0;
  }
  ctx.io.out(`A = ${a.describe()}`);
  ctx.io.out(`B = ${b.describe()}`);
  for (const line of renderDiff(diffs)) ctx.io.out(line);
  ctx.io.out(different ? "Ada perbedaan (perubahan dari A ke B)." : "Tidak ada perbedaan.");
  return different ? EXIT_DIFFERENT : 0;
}
