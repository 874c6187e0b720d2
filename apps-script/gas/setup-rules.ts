// Set-up of a register's rules: dropdowns, protection of engine-owned columns and of the audit
// register, and conditional formatting of overdue / due-soon / paused / invalid cases.
// Each is idempotent: our own protections and format rules are recognised and replaced, staff's kept.
import { ALUR, CASE_STATUS_COLUMN, registerNamed } from "../core/registers/catalog";
import type { RegisterDef } from "../core/registers/schema";
import { columnLetter, readLayout, runsBy, type SheetLayout } from "./sheet-layout";

const PROTECTION_PREFIX = "Sertifikasi:";
/** Marks our conditional-format formulas (N("…") is 0, so it changes nothing). */
const RULE_MARK = "sertifikasi:";

function sourceRange(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, register: string, header: string) {
  const def = registerNamed(register);
  const sheet = spreadsheet.getSheetByName(register);
  if (!def || !sheet) return null;
  const column = readLayout(sheet, def).columnOf(header);
  return column === undefined ? null : sheet.getRange(`${columnLetter(column)}2:${columnLetter(column)}`);
}

export function applyValidation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, layout: SheetLayout, def: RegisterDef): void {
  if (layout.maxRows < 2) return;
  for (const { def: column, column: at } of layout.columns) {
    if (column.owner === "engine") continue;
    const from = column.header === CASE_STATUS_COLUMN && def.name === "Permohonan" ? { register: ALUR.name, column: "Status" } : column.optionsFrom;
    let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
    if (from) {
      const range = sourceRange(spreadsheet, from.register, from.column);
      // Lists kept in another register: warn on unknown values rather than reject a paste.
      if (range) rule = SpreadsheetApp.newDataValidation().requireValueInRange(range, true).setAllowInvalid(true).build();
    } else if (column.options && column.options.length > 0) {
      rule = SpreadsheetApp.newDataValidation().requireValueInList([...column.options], true).setAllowInvalid(false).build();
    }
    if (rule) layout.sheet.getRange(2, at, layout.maxRows - 1, 1).setDataValidation(rule);
  }
}

interface WantedProtection {
  readonly description: string;
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly warningOnly: boolean;
}

/** Only the owner who ran set-up (and so the triggers, which run as them) may edit. */
function lockDown(protection: GoogleAppsScript.Spreadsheet.Protection): void {
  const me = Session.getEffectiveUser();
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

export function applyProtection(layout: SheetLayout, def: RegisterDef): void {
  const { sheet } = layout;
  if (def.appendOnly) {
    const description = `${PROTECTION_PREFIX} register audit ${def.name}, hanya mesin yang menulis`;
    const ours = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).filter((p) => p.getDescription() === description);
    if (ours.length === 0) lockDown(sheet.protect().setDescription(description));
    return;
  }
  const wanted: WantedProtection[] = runsBy(layout.columns, (c) => (c.def.owner === "engine" ? "engine" : null)).map((run) => {
    const letters = `${columnLetter(run.first)}:${columnLetter(run.first + run.count - 1)}`;
    return { description: `${PROTECTION_PREFIX} kolom mesin ${def.name} ${letters}`, range: sheet.getRange(letters), warningOnly: false };
  });
  wanted.push({
    description: `${PROTECTION_PREFIX} judul kolom ${def.name} (mesin membaca kolom menurut judulnya)`,
    range: sheet.getRange(1, 1, 1, layout.lastColumn),
    warningOnly: true,
  });
  const pending = new Map(wanted.map((w) => [`${w.description}@${w.range.getA1Notation()}`, w]));
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = protection.getDescription();
    if (!description.startsWith(PROTECTION_PREFIX)) continue;
    const key = `${description}@${protection.getRange().getA1Notation()}`;
    if (pending.has(key)) pending.delete(key);
    else protection.remove();
  }
  for (const w of pending.values()) {
    const protection = w.range.protect().setDescription(w.description);
    if (w.warningOnly) protection.setWarningOnly(true);
    else lockDown(protection);
  }
}

export function applyConditionalFormats(layout: SheetLayout): void {
  const flag = layout.columnOf("Penanda");
  const notes = layout.columnOf("Catatan Validasi");
  if (flag === undefined || notes === undefined || layout.maxRows < 2) return;
  const { sheet } = layout;
  const f = `$${columnLetter(flag)}2`;
  const n = `$${columnLetter(notes)}2`;
  const specs: [string, string][] = [
    [`=AND(N("${RULE_MARK}terlambat")=0,${f}="Terlambat")`, "#f4c7c3"],
    [`=AND(N("${RULE_MARK}segera")=0,${f}="Segera")`, "#fce8b2"],
    [`=AND(N("${RULE_MARK}jeda")=0,${f}="Jam Berhenti")`, "#e8eaed"],
    [`=AND(N("${RULE_MARK}tidak-valid")=0,LEN(${n})>0,LEFT(${n},11)<>"Peringatan:")`, "#fde0c5"],
  ];
  const range = sheet.getRange(2, 1, layout.maxRows - 1, layout.lastColumn);
  const ours = specs.map(([formula, color]) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(color).setRanges([range]).build(),
  );
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? "") : "";
    return !formula.includes(RULE_MARK);
  });
  sheet.setConditionalFormatRules([...ours, ...kept]);
}
