// The dropdowns (data validation) a register tab gets locally, the same rules as the Google sheet
// (apps-script/gas/setup-rules.ts applyValidation): staff columns with options get a strict list;
// columns whose options live in another register (and Permohonan "Status", from Alur) get that
// register's column as a list that only warns, so a paste of a new code is not rejected.
import { ALUR, CASE_STATUS_COLUMN, PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import { columnLetters } from "../../../apps-script/core/registers/a1";
import type { RegisterDef } from "../../../apps-script/core/registers/schema";
import { normalizeHeader } from "../../../apps-script/core/registers/table";

export interface DropdownRule {
  /** 0-based column on the tab; the rule covers the data rows below the header. */
  readonly col: number;
  /** formula1 without "=": a quoted list ("\"Ya,Tidak\"") or a range formula. */
  readonly formula: string;
  /** true: values outside the list are refused ("stop"); false: only warned about. */
  readonly strict: boolean;
}

/** Excel's limit for a typed list (formula1 of a list rule) is 255 characters. */
const LIST_LIMIT = 255;

export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The source column's non-empty cells below its header, however long the list grows: rows 2 to
 * the last filled row, counted with COUNTA (works in Excel and LibreOffice).
 */
export function rangeFormula(register: string, col: number): string {
  const sheet = sheetReference(register);
  const letter = columnLetters(col);
  return `OFFSET(${sheet}!$${letter}$2,0,0,MAX(1,COUNTA(${sheet}!$${letter}:$${letter})-1),1)`;
}

/**
 * The rules for `def` laid out as `headers`. `locate` finds a header's 0-based column on another
 * register's tab (undefined when that tab or column does not exist: no dropdown then).
 */
export function dropdownRules(def: RegisterDef, headers: readonly string[], locate: (register: string, header: string) => number | undefined): DropdownRule[] {
  const rules: DropdownRule[] = [];
  headers.forEach((label, col) => {
    const column = def.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(label));
    if (!column || column.owner === "engine") return;
    const from = column.header === CASE_STATUS_COLUMN && def.name === PERMOHONAN.name ? { register: ALUR.name, column: "Status" } : column.optionsFrom;
    if (from) {
      const source = locate(from.register, from.column);
      if (source !== undefined) rules.push({ col, formula: rangeFormula(from.register, source), strict: false });
      return;
    }
    const options = column.options ?? [];
    if (options.length === 0 || options.some((o) => o.includes(",") || o.includes('"'))) return;
    const list = `"${options.join(",")}"`;
    if (list.length - 2 <= LIST_LIMIT) rules.push({ col, formula: list, strict: true });
  });
  return rules;
}
