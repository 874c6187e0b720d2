// The engine against a live spreadsheet from Node (place 2): every register read in one batch
// through the Sheets API, the core run on an in-memory copy, and only the changed cells written
// back (values RAW, so text never turns into a formula). Before writing, the ID columns are read
// again: if staff sorted or added rows meanwhile, nothing is written and the run says so. Tab
// Dasbor is refreshed in the same value write (sheets-dashboard.ts).
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { migrateWorkbook, migrationMessage } from "../../apps-script/core/engine/migrate";
import { type FinishReport, type LetterFinisher, runOfficeCycle } from "../../apps-script/core/engine/office-cycle";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import { currentDashboard, type DashboardFigures } from "../../apps-script/core/engine/dashboard";
import { DASHBOARD_TAB, dashboardGrid } from "../../apps-script/core/engine/dashboard-grid";
import { SURVEI_IKM } from "../../apps-script/core/engine/ikm-register";
import type { CellValue, Clock, RawTable } from "../../apps-script/core/ports";
import { KOLOM_KASUS, REGISTERS, registerNamed } from "../../apps-script/core/registers/catalog";
import { parseCaseRegisters, registerResolver } from "../../apps-script/core/registers/case-registers";
import type { RegisterDef } from "../../apps-script/core/registers/schema";
import { RegisterTable } from "../../apps-script/core/registers/table";
import { cellText } from "../../apps-script/core/registers/cells";
import { SyncError } from "../backup/errors";
import type { Tab } from "../backup/model";
import type { SheetsPlace } from "../backup/places/sheets-place";
import type { TabWrite, WriteCell } from "../backup/places/types";
import { inProcessLock } from "../local/node-ports";
import { dashboardWrite } from "./sheets-dashboard";
import { rowBlocks, serialToDateCell, toSheetCell } from "./sheet-cells";

export { serialToDateCell } from "./sheet-cells";

/** A tab as the core reads it: register date columns as calendar dates, formulas kept aside. */
export function tabToRawTable(tab: Tab, defOf: (name: string) => RegisterDef | undefined = registerNamed): RawTable {
  const headers = (tab.rows[0] ?? []).map((h) => (h === null ? "" : String(h)));
  const def = defOf(tab.name);
  const kind = headers.map((h) => def?.columns.find((c) => c.header.toLowerCase() === h.trim().toLowerCase())?.type);
  const rows = tab.rows.slice(1).map((row) =>
    headers.map((_, i): CellValue => {
      const cell = row[i] ?? null;
      const type = kind[i];
      return typeof cell === "number" && (type === "date" || type === "datetime") ? serialToDateCell(cell, type === "datetime") : cell;
    }),
  );
  const formulas = new Map<number, Map<number, string>>();
  for (const [row, cols] of tab.formulas) if (row > 0) formulas.set(row - 1, cols);
  return { name: tab.name, headers, rows, formulas };
}

/** Only the cells that differ between what was read and what the engine left, as row blocks. */
export function changedCells(before: RawTable | null, after: RawTable): TabWrite | null {
  const rowsOut: { index: number; cells: WriteCell[] }[] = [];
  const headerChanged = !before || after.headers.some((h, i) => before.headers[i] !== h);
  if (headerChanged) rowsOut.push({ index: 0, cells: after.headers.map((h, i) => (before?.headers[i] === h ? undefined : h)) });
  after.rows.forEach((row, r) => {
    const old = before?.rows[r];
    let changed = false;
    const cells = row.map((value, c): WriteCell => {
      const next = toSheetCell(value);
      const previous = old ? toSheetCell(old[c] ?? null) : null;
      if (old && before!.formulas?.get(r)?.has(c) && value === (old[c] ?? null)) return undefined;
      if (next === previous && old) return undefined;
      if (next === null && !old) return undefined;
      changed = true;
      return next;
    });
    if (changed) rowsOut.push({ index: r + 1, cells });
  });
  if (rowsOut.length === 0) return null;
  return { name: after.name, create: before === null, rows: after.rows.length + 1, columns: after.headers.length, blocks: rowBlocks(rowsOut), formulas: [] };
}

/** IDs per row position, to see whether a tab moved between read and write. */
function keyColumn(table: RawTable): string[] {
  const def = registerNamed(table.name) ?? { key: [table.headers.find((h) => h.startsWith("ID ")) ?? ""] };
  const index = table.headers.findIndex((h) => h.trim().toLowerCase() === (def?.key[0] ?? table.headers[0] ?? "").toLowerCase());
  return table.rows.map((r) => cellText(r[index] ?? null));
}

export interface SheetsJobResult {
  readonly summary: CheckSummary;
  readonly cellsWritten: number;
  readonly tabsWritten: readonly string[];
  /** The dashboard's figures after this run (tab Dasbor's); null while the configuration is not valid. */
  readonly dashboard: DashboardFigures | null;
}

/** The letters' Google Docs are Apps Script's: this runner leaves them to the sweep there. */
const NO_FINISHING: LetterFinisher<FinishReport> = { finish: () => ({ lines: [] }) };

/**
 * The office cycle as this runner can take part in it: the check only. It has no document sink
 * (Docs are made on Apps Script) and settles no approvals: it cannot tell who typed "Disetujui" in
 * the live sheet, nor see the approvals Apps Script still holds for a busy lock (document
 * properties), so judging them here could put back the head's own approval. The sweep settles them.
 */
function officeCycle(workbook: MemoryWorkbook, options: { actorEmail: string | null; clock: Clock }): CheckSummary {
  const deps = { workbook, clock: options.clock, lock: inProcessLock, actor: { email: options.actorEmail } };
  return runOfficeCycle(deps, { finisher: NO_FINISHING }, { approvals: null }).check!;
}

export async function runSheetsJob(place: SheetsPlace, options: { actorEmail: string | null; clock: Clock; onProgress?: (message: string) => void }): Promise<SheetsJobResult> {
  options.onProgress?.(`Membaca register dari ${place.describe()} …`);
  // The survey register and the Dasbor tab come in the same batch: the dashboard's inputs and its last figures.
  const names = [...REGISTERS.map((r) => r.name), SURVEI_IKM.name, DASHBOARD_TAB];
  const read = await place.read({ tabs: names, missingOk: true });
  const dashboardTab = read.tabs.find((t) => t.name === DASHBOARD_TAB) ?? null;
  const surveyTab = read.tabs.find((t) => t.name === SURVEI_IKM.name) ?? null;
  const before = new Map(read.tabs.filter((t) => t !== dashboardTab && t !== surveyTab).map((t) => [t.name, tabToRawTable(t)]));
  // Case registers declared as data (Kolom Kasus): a second batch, converted by their own columns.
  const defOf = registerResolver(before.get(KOLOM_KASUS.name) ?? null);
  const declared = parseCaseRegisters(before.has(KOLOM_KASUS.name) ? new RegisterTable(KOLOM_KASUS, before.get(KOLOM_KASUS.name)!) : null).registers;
  if (declared.size > 0) {
    const more = await place.read({ tabs: [...declared.keys()], missingOk: true, sameTabsAsLastRead: true });
    for (const tab of more.tabs) before.set(tab.name, tabToRawTable(tab, defOf));
  }
  // A tab staff deleted or renamed is reported by the engine, never recreated on the live sheet.
  const workbook = new MemoryWorkbook([...before.values()]);
  const migrated = migrationMessage(migrateWorkbook(workbook, options.clock)); // new tabs are written below, without layout: set-up lays them out
  if (migrated) options.onProgress?.(migrated);
  const summary = officeCycle(workbook, options);
  const writes = workbook.tableNames().map((name) => changedCells(before.get(name) ?? null, workbook.readTable(name)!)).filter((w): w is TabWrite => w !== null);
  // The figures this run leaves behind, as the sweep and the local run compute them. The survey is
  // only read (this runner sends no survey), so it joins the registers after the cycle.
  const dashboard = currentDashboard(surveyTab ? new MemoryWorkbook([...workbook.tableNames().map((n) => workbook.readTable(n)!), tabToRawTable(surveyTab, () => SURVEI_IKM)]) : workbook, options.clock);
  const dashboardChange = dashboard ? dashboardWrite(dashboardTab, dashboardGrid(dashboard)) : null;
  if (dashboardChange) writes.push(dashboardChange);
  if (writes.length === 0) return { summary, cellsWritten: 0, tabsWritten: [], dashboard };

  // Registers only: the Dasbor tab is the engine's; a cell typed there meanwhile is put right by the next run.
  const recheck = writes.map((w) => w.name).filter((n) => before.has(n));
  const again = recheck.length > 0 ? (await place.read({ tabs: recheck, missingOk: true })).tabs : [];
  for (const tab of again) {
    const then = before.get(tab.name)!;
    if (keyColumn(tabToRawTable(tab)).join("\n") !== keyColumn(then).join("\n")) {
      throw new SyncError("CONFLICT", `Tab ${tab.name} diubah (diurutkan atau ditambah baris) selama pemeriksaan; tidak ada yang ditulis. Jalankan lagi.`);
    }
  }
  options.onProgress?.(`Menulis perubahan ke ${writes.length} tab …`);
  await place.write(writes);
  let cellsWritten = 0;
  for (const write of writes) {
    for (const block of write.blocks) {
      for (let i = 0; i < block.length; i += 1) cellsWritten += block.row(i).filter((c) => c !== undefined).length;
    }
  }
  return { summary, cellsWritten, tabsWritten: writes.map((w) => w.name), dashboard };
}
