// What a written value reads back as, so "did this cell change?" and "did the save keep it?"
// ask the same question: "" is a blank, a date in a non-date column is its serial number, a
// number in a date column is a serial date, a date column keeps no time of day.
import { type CellValue, dateCell, isDateCell } from "../../../apps-script/core/ports";
import { dateToSerial, serialToDate, type ColumnKind } from "./serial-date";

export function storedValue(value: CellValue | undefined, kind: ColumnKind, date1904: boolean): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (isDateCell(value)) {
    if (kind === "other") return dateToSerial(value, date1904) ?? value;
    if (kind === "date" || !value.minuteOfDay) return dateCell(value.date);
    return value;
  }
  if (typeof value === "number" && kind !== "other") return serialToDate(value, date1904, kind);
  return value;
}

/** Cell equality as the engine sees cells (a date with no time equals the same date at 00:00). */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (isDateCell(x) || isDateCell(y)) {
    return isDateCell(x) && isDateCell(y) && x.date === y.date && (x.minuteOfDay ?? 0) === (y.minuteOfDay ?? 0);
  }
  return x === y;
}
