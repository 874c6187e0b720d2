// Helpers the commands share: argument checks, the encryption key, request statistics.
import type { Context, Options } from "../context";
import { SyncError } from "../errors";
import { SheetsPlace } from "../places/sheets-place";
import type { Place } from "../places/types";
import { loadKey } from "../snapshot/crypto";
import { redactPersonalNumbers } from "../../../apps-script/core/text/sanitize";

export function positionals(args: readonly string[], count: number, usage: string): string[] {
  if (args.length !== count) throw new SyncError("BAD_ARGS", `Pemakaian: npm run sync -- ${usage}`);
  return [...args];
}

/** The encryption key, if one was given (or SYNC_BACKUP_KEY is set); prints its warning. */
export async function key(options: Options, ctx: Context): Promise<Buffer | undefined> {
  const loaded = await loadKey(
    { ...(options.keyFile ? { keyFile: options.keyFile } : {}), ...(options.keyEnv ? { keyEnv: options.keyEnv } : {}) },
    ctx.env,
  );
  if (loaded?.warning) ctx.io.err(loaded.warning);
  return loaded?.key;
}

export function statsOf(...places: Place[]): { reads: number; writes: number; retries: number } | undefined {
  const sheets = places.filter((p): p is SheetsPlace => p instanceof SheetsPlace);
  if (sheets.length === 0) return undefined;
  return sheets.reduce((t, p) => ({ reads: t.reads + p.stats.reads, writes: t.writes + p.stats.writes, retries: t.retries + p.stats.retries }), { reads: 0, writes: 0, retries: 0 });
}

/** `--json`: the command's one result object on stdout, every string through the NIK/NIP mask. */
export function printJson(ctx: Context, value: unknown): void {
  ctx.io.out(JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? redactPersonalNumbers(v) : v), 2));
}
