// Header-keyed records ↔ cell rows, for seeding registers and building tables from shipped data.
import { type CellValue, dateCell, type RawTable } from "../ports";
import { parseLocalDate } from "../time/local-date";
import type { RegisterDef } from "./schema";

export type PlainValue = string | number | boolean | null;

/** A record's value as a cell: ISO strings in date columns become date cells. */
export function toCell(def: RegisterDef, header: string, value: PlainValue | CellValue): CellValue {
  const column = def.columns.find((c) => c.header === header);
  if (typeof value === "string" && column && (column.type === "date" || column.type === "datetime")) {
    const date = parseLocalDate(value);
    if (date) return dateCell(date);
  }
  if (value === "") return null;
  return value as CellValue;
}

export function recordToCells(def: RegisterDef, record: Readonly<Record<string, PlainValue | CellValue>>): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(record)) cells[header] = toCell(def, header, value);
  return cells;
}

/** A RawTable with the register's headers, for parsing shipped rows exactly like sheet rows. */
export function tableFromRecords(def: RegisterDef, records: readonly Readonly<Record<string, PlainValue>>[]): RawTable {
  const headers = def.columns.map((c) => c.header);
  return {
    name: def.name,
    headers,
    rows: records.map((record) => headers.map((h) => toCell(def, h, record[h] ?? null))),
  };
}
