// Core cell values ↔ the Sheets API's unformatted cells: dates are serial day numbers, blank is null.
import { type CellValue, dateCell, isDateCell } from "../../apps-script/core/ports";
import { fromDayNumber, toDayNumber } from "../../apps-script/core/time/local-date";
import type { Cell } from "../backup/model";
import { fixedBlock, type RowBlock, type WriteCell } from "../backup/places/types";

/** Sheets serial dates count days from 1899-12-30. */
const SERIAL_EPOCH_DAY = toDayNumber("1899-12-30" as Parameters<typeof toDayNumber>[0]);

export function serialToDateCell(serial: number, withTime: boolean): CellValue {
  const day = Math.floor(serial);
  const minute = Math.round((serial - day) * 1440);
  return withTime ? dateCell(fromDayNumber(day + SERIAL_EPOCH_DAY), Math.min(minute, 1439)) : dateCell(fromDayNumber(day + SERIAL_EPOCH_DAY));
}

export function toSheetCell(value: CellValue): Cell {
  if (!isDateCell(value)) return value === "" ? null : value;
  return toDayNumber(value.date) - SERIAL_EPOCH_DAY + (value.minuteOfDay ?? 0) / 1440;
}

/** Changed rows (0-based sheet rows, ascending) as blocks of consecutive rows, one range each. */
export function rowBlocks(rows: readonly { readonly index: number; readonly cells: readonly WriteCell[] }[]): RowBlock[] {
  const blocks: RowBlock[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.index === rows[j]!.index + 1) j += 1;
    blocks.push(fixedBlock(rows[i]!.index, rows.slice(i, j + 1).map((r) => r.cells)));
    i = j + 1;
  }
  return blocks;
}
