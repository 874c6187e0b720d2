// Helpers for the .xlsx restore tests: fixture copies, "the backup" as a changed copy of a tab,
// and what changed between two versions of a file (zip entries, cells by their XML).
import { strFromU8, unzipSync } from "fflate";
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Cell, Tab } from "../../sync/backup/model";
import { XlsxPlace } from "../../sync/backup/places/xlsx-place";
import { writeSnapshot } from "../../sync/backup/snapshot/write";
import { cellsOf } from "../local/xlsx/fixtures";

const FIXTURES = join(import.meta.dirname, "../fixtures/office-files");

/** A file of test/fixtures/office-files copied into `dir` as sertifikasi.xlsx. */
export async function copyFixture(dir: string, file: string): Promise<string> {
  const path = join(dir, "sertifikasi.xlsx");
  await copyFile(join(FIXTURES, file), path);
  return path;
}

/** A tab of the file as the tool reads it, copied so a test can change it into "the backup". */
export async function tabOf(path: string, name: string): Promise<Tab> {
  const tab = (await new XlsxPlace(path).read({ tabs: [name] })).tabs[0]!;
  return { name, rows: tab.rows.map((r) => [...r]), formulas: new Map([...tab.formulas].map(([r, cols]) => [r, new Map(cols)])) };
}

export function put(tab: Tab, row: number, col: number, value: Cell): void {
  const cells = (tab.rows[row] ??= []);
  while (cells.length < col) cells.push(null);
  cells[col] = value;
}

let snapshots = 0;
/** A snapshot of `tabs` in `dir`/cadangan (each a second apart, so they never share a folder). */
export async function snapshotOf(dir: string, ...tabs: Tab[]): Promise<string> {
  const at = new Date(Date.UTC(2026, 0, 14, 2, 0, snapshots++));
  return (await writeSnapshot(join(dir, "cadangan"), { tabs }, { source: { kind: "xlsx" }, startedAt: at, now: () => at })).dir;
}

export const entriesOf = async (path: string): Promise<Record<string, Uint8Array>> => unzipSync(await readFile(path));

/** Names of the entries whose content differs (or that exist on one side only). */
export function changedEntries(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => !before[n] || !after[n] || Buffer.compare(Buffer.from(before[n]!), Buffer.from(after[n]!)) !== 0).sort();
}

export const partsText = (entries: Record<string, Uint8Array>): Record<string, string> => Object.fromEntries(Object.entries(entries).map(([n, d]) => [n, strFromU8(d)]));

/** References of the cells whose XML differs between the two versions of a sheet. */
export function changedCells(before: string, after: string): string[] {
  const a = cellsOf(before);
  const b = cellsOf(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((ref) => a.get(ref) !== b.get(ref)).sort();
}

/** The <xf> entries of styles.xml's cellXfs, in order. */
export const xfsOf = (styles: string): string[] => [...styles.match(/<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/)![1]!.matchAll(/<xf\b[\s\S]*?<\/xf>|<xf\b[^>]*\/>/g)].map((m) => m[0]);
