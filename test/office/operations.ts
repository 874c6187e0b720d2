// The staff actions a test can replay on a workbook, and what a read-back returns (LibreOffice or exceljs).

/** Where a single cell is: A1, or a row found by a key column's value plus a header. */
export type CellTarget =
  | { readonly cell: string }
  | { readonly key: KeyValue; readonly header: string }
  | { readonly row: number; readonly header: string }
  | { readonly row: number; readonly col: string };

/** The row whose `header` cell holds `value` (the first such row). */
export interface KeyValue {
  readonly header: string;
  readonly value: string | number;
}

/** A range: A1:B2, a whole column (header or letter), or a whole row (1-based number or key). */
export type RangeTarget =
  | { readonly range: string }
  | { readonly header: string }
  | { readonly col: string }
  | { readonly row: number }
  | { readonly key: KeyValue };

type Content =
  | { readonly string: string }
  | { readonly number: number }
  | { readonly formula: string }
  /** A date typed as staff do: a serial day with a date format (DD/MM/YYYY unless numberFormat). */
  | { readonly date: string }
  | { readonly clear: true };

export interface FormatProps {
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly background?: string;
  /** A number-format code, e.g. "0.00", "@", "DD/MM/YYYY". */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
}

export type Operation =
  | ({ readonly op: "set"; readonly sheet: string; readonly numberFormat?: string } & CellTarget & Content)
  | ({ readonly op: "format"; readonly sheet: string } & RangeTarget & FormatProps)
  /** Delete the contents of a range (the Delete key): formats stay. */
  | ({ readonly op: "clear"; readonly sheet: string } & RangeTarget)
  | ({ readonly op: "columnFormat"; readonly sheet: string; readonly numberFormat: string } & ({ readonly header: string } | { readonly col: string }))
  | { readonly op: "sort"; readonly sheet: string; readonly by: string; readonly range?: string; readonly descending?: boolean }
  | ({ readonly op: "insertColumns"; readonly sheet: string; readonly count?: number; readonly headers?: readonly string[] } & ({ readonly before: string } | { readonly beforeHeader: string }))
  | ({ readonly op: "deleteColumns"; readonly sheet: string; readonly count?: number } & ({ readonly header: string } | { readonly col: string }))
  | ({ readonly op: "insertRows"; readonly sheet: string; readonly count?: number } & ({ readonly before: number } | { readonly beforeKey: KeyValue }))
  | ({ readonly op: "deleteRows"; readonly sheet: string; readonly count?: number } & ({ readonly row: number } | { readonly key: KeyValue }))
  | { readonly op: "merge" | "unmerge"; readonly sheet: string; readonly range: string }
  /** Copy a whole row and paste it: "all" = values and formats (Ctrl+V), "values" = values only. */
  | ({ readonly op: "copyRow"; readonly sheet: string; readonly to: number | "end"; readonly mode?: "all" | "values" } & ({ readonly from: number } | { readonly fromKey: KeyValue }))
  | { readonly op: "renameSheet"; readonly sheet: string; readonly to: string }
  | { readonly op: "deleteSheet"; readonly sheet: string }
  | { readonly op: "read"; readonly sheets?: readonly string[]; readonly merged?: boolean };

/** One cell as read back: its kind, value (numbers as numbers, dates as serial days), formula and format code. */
export interface ReadCell {
  readonly t: "empty" | "value" | "text" | "formula";
  readonly v: string | number | null;
  readonly f?: string;
  readonly fmt: string | null;
}

export interface ReadSheet {
  readonly name: string;
  readonly headers: readonly string[];
  /** Row 0 is the header row. */
  readonly rows: readonly (readonly ReadCell[])[];
  /** Validation (dropdowns) on the first data row, by header: LibreOffice's ValidationType name. */
  readonly validation: Readonly<Record<string, { readonly type: string; readonly formula1: string }>>;
  readonly merged?: readonly string[];
}

export interface ReadBook {
  readonly sheetNames: readonly string[];
  /** null for a requested sheet the workbook does not have. */
  readonly sheets: Readonly<Record<string, ReadSheet | null>>;
}
