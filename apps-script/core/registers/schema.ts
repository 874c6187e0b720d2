// The shape of a register definition: what set-up builds on a sheet and what the engine reads.
import type * as z from "zod/mini";
import { choice, dateValue, emailCell, integerIn, optionalChoice, optionalDate, requiredText, textCell, yesNo } from "./cells";

export type ColumnType =
  | "text"
  | "id"
  | "date"
  | "datetime"
  | "integer"
  | "number"
  | "yesno"
  | "choice"
  | "email"
  | "phone"
  | "digits"
  /** NIP or NI PPPK (18 digits), checked as one wherever it appears. */
  | "nip"
  /** NIK (16 digits). */
  | "nik"
  /** The ID of a case in another case register (Banding → Permohonan). */
  | "case";

/** Who may write a column: staff (and forms) or the engine alone (protected on the sheet). */
export type ColumnOwner = "staff" | "engine";

export interface ColumnDef {
  /** Header label on the sheet, Indonesian. Rows are read by this label, never by position. */
  readonly header: string;
  readonly type: ColumnType;
  readonly owner: ColumnOwner;
  readonly required?: boolean;
  /** Allowed values, for validation and sheet dropdowns. */
  readonly options?: readonly string[];
  /** Options taken from another register's column at set-up (e.g. scheme codes from Skema). */
  readonly optionsFrom?: { readonly register: string; readonly column: string };
  /** Help text shown as the header's note on the sheet. */
  readonly note?: string;
  /** Column width in pixels for set-up. */
  readonly width?: number;
  /**
   * Added after offices had set up (release 0.2): a workbook without it still runs, with the
   * feature it serves off; set-up and migration append it at the end of the tab.
   */
  readonly optional?: boolean;
}

export interface RegisterDef {
  /** Tab name on the spreadsheet. */
  readonly name: string;
  /** Header labels that together identify a row (usually one ID column). */
  readonly key: readonly string[];
  readonly columns: readonly ColumnDef[];
  /** Append-only for everyone but the engine (the audit trail). */
  readonly appendOnly?: boolean;
  /**
   * The engine checks this register's cells for formulas typed where text belongs (the case
   * register): places read formulas for it; for every other register the values are enough.
   */
  readonly formulasChecked?: boolean;
  /** One line for the set-up screen and the README. */
  readonly purpose: string;
  /** The workbook version that introduced this register (1 when absent); see WORKBOOK_VERSION. */
  readonly since?: number;
  /** A case register: its ID column and case ID prefix rules, and the column a new case counts from. */
  readonly cases?: CaseRegisterInfo;
}

export interface CaseRegisterInfo {
  readonly idColumn: string;
  /** The date or datetime column a new case's first state counts from (received, submitted). */
  readonly receivedColumn: string | null;
  /** The column naming the workflow when several share the register ("" = decided elsewhere). */
  readonly workflowColumn: string | null;
  /** For `case` columns: the register each refers to. */
  readonly caseReferences?: Readonly<Record<string, string>>;
}

export function columnOf(register: RegisterDef, header: string): ColumnDef {
  const column = register.columns.find((c) => c.header === header);
  if (!column) throw new Error(`Kolom "${header}" tidak ada dalam definisi register ${register.name}`);
  return column;
}

export function headersOf(register: RegisterDef): string[] {
  return register.columns.map((c) => c.header);
}

export function engineHeadersOf(register: RegisterDef): string[] {
  return register.columns.filter((c) => c.owner === "engine").map((c) => c.header);
}

/**
 * Cell parsers for a register read straight from its catalog definition (types, required,
 * options), for registers with no rules beyond that (Asesor, TUK). Id and engine columns are
 * read as text.
 */
export function catalogShape(register: RegisterDef): Record<string, z.ZodMiniType<unknown>> {
  const shape: Record<string, z.ZodMiniType<unknown>> = {};
  for (const c of register.columns) {
    const required = c.required === true;
    shape[c.header] =
      c.type === "date" ? (required ? dateValue : optionalDate)
      : c.type === "integer" ? integerIn(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, required)
      : c.type === "yesno" ? yesNo(true)
      : c.type === "choice" && c.options ? (required ? choice(c.options) : optionalChoice(c.options))
      : c.type === "email" ? emailCell(required)
      : required ? requiredText : textCell;
  }
  return shape;
}

/** A column staff fill in. */
export function staffColumn(header: string, type: ColumnDef["type"], extra: Partial<ColumnDef> = {}): ColumnDef {
  return { header, type, owner: "staff", ...extra };
}

/** A column only the engine writes. */
export function engineColumn(header: string, type: ColumnDef["type"], extra: Partial<ColumnDef> = {}): ColumnDef {
  return { header, type, owner: "engine", ...extra };
}
