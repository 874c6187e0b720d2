// The set-up job: create or upgrade every register, seed empty configuration, then lay out each
// tab (formats, dropdowns, protection, conditional formats). Resumable, one tab per step.
import { addLaterCaseColumns, laterColumnsMessage, migrateWorkbook, migrationMessage } from "../core/engine/migrate";
import { ensureRegisters, seedDefaults } from "../core/engine/setup";
import { parseSettings } from "../core/engine/settings";
import { PENGATURAN, REGISTERS } from "../core/registers/catalog";
import type { RegisterDef } from "../core/registers/schema";
import { readRegister } from "../core/registers/table";
import type { GasContext } from "./context";
import { ensureDashboard } from "./dashboard";
import type { JobStep } from "./jobs";
import { formatColumns, formatHeader } from "./setup-format";
import { applyConditionalFormats, applyProtection, applyValidation } from "./setup-rules";
import { readLayout } from "./sheet-layout";
import { isOfficeTimeZone } from "../core/time/zone-offset";

const ZONE_KEY = "Zona Waktu";

export function setupSteps(ctx: GasContext): JobStep[] {
  return [
    { label: "Membuat dan memperbarui register", run: () => createRegisters(ctx) },
    { label: "Memeriksa zona waktu", run: () => checkTimeZone(ctx) },
    ...REGISTERS.map((def) => ({ label: `Merapikan tab ${def.name}`, run: () => layOut(ctx, def) })),
    { label: "Membuat dasbor dan grafiknya", run: () => ctx.deps.lock.runExclusive(() => ensureDashboard(ctx)) },
  ];
}

function createRegisters(ctx: GasContext): void {
  ctx.deps.lock.runExclusive(() => {
    const migrated = [migrationMessage(migrateWorkbook(ctx.workbook, ctx.deps.clock)), laterColumnsMessage(addLaterCaseColumns(ctx.workbook))].filter((m) => m !== null).join(" ") || null; // a version-1 sheet first, as the daily sweep would; then the columns shipped case registers gained since
    const { created, upgraded } = ensureRegisters(ctx.workbook);
    const { seeded } = seedDefaults(ctx.workbook);
    if (seeded.includes(PENGATURAN.name)) adoptSpreadsheetZone(ctx);
    const parts = [
      created.length > 0 ? `dibuat: ${created.join(", ")}` : "",
      upgraded.length > 0 ? `ditambah kolom: ${upgraded.join(", ")}` : "",
      seeded.length > 0 ? `diisi contoh: ${seeded.join(", ")}` : "",
    ].filter((p) => p !== "");
    ctx.notify(`${migrated ? `${migrated} ` : ""}${parts.length > 0 ? `Register ${parts.join("; ")}.` : "Semua register sudah lengkap."}`);
  });
}

/** Freshly seeded settings take the spreadsheet's own zone when it is an Indonesian one. */
function adoptSpreadsheetZone(ctx: GasContext): void {
  const zone = ctx.spreadsheet.getSpreadsheetTimeZone();
  if (!isOfficeTimeZone(zone)) return;
  const table = readRegister(ctx.workbook, PENGATURAN);
  const row = table?.rows.find((r) => r.id === ZONE_KEY);
  if (!table || !row) return;
  ctx.workbook.applyChanges([{ table: PENGATURAN.name, patches: [{ id: ZONE_KEY, rowHint: row.rowIndex, values: { [table.sheetHeader("Nilai")]: zone } }], appends: [] }]);
}

/** Dates are read in the spreadsheet's zone and "today" in the office's: they must agree. */
function checkTimeZone(ctx: GasContext): void {
  const office = parseSettings(readRegister(ctx.workbook, PENGATURAN)).settings.timeZone;
  const sheetZone = ctx.spreadsheet.getSpreadsheetTimeZone();
  if (office !== sheetZone) {
    ctx.notify(`Zona waktu Pengaturan (${office}) berbeda dengan zona waktu spreadsheet (${sheetZone}). Samakan di File → Setelan atau di register Pengaturan.`);
  }
}

function layOut(ctx: GasContext, def: RegisterDef): void {
  const sheet = ctx.spreadsheet.getSheetByName(def.name);
  if (!sheet) return;
  const layout = readLayout(sheet, def);
  formatHeader(layout, def);
  formatColumns(layout, def);
  applyValidation(ctx.spreadsheet, layout, def);
  applyProtection(layout, def);
  applyConditionalFormats(layout);
}
