// Converts between Apps Script cell values and the core's CellValue, in the spreadsheet's zone.
//
// Sheets store dates without a zone; Apps Script hands them over as Date objects at that wall
// time in the spreadsheet's time zone. So a Date becomes a DateCell by reading its wall clock in
// that zone, and a DateCell becomes the Date of that wall time there. Strings are written so
// Sheets can never turn them into formulas, numbers, booleans or dates.
import { type CellValue, type DateCell, dateCell, isDateCell, WorkbookError } from "../core/ports";
import { fromDayNumber, toDayNumber } from "../core/time/local-date";
import { zoneOffsetMinutes } from "../core/time/zone-offset";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** A value as Range.getValues returns it and Range.setValues accepts it. */
export type SheetValue = string | number | boolean | Date;

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Strings Sheets would parse instead of keeping: formulas (= + - @), numbers and dates (leading
 * digit, dot, bracket or currency sign), booleans, and a leading apostrophe (which Sheets would
 * swallow). Such strings get an apostrophe, which Sheets stores as "this is text".
 */
const NEEDS_TEXT_MARKER = /^\s*[=+\-@'\d.(]|^\s*(Rp|\$)\s*\d|^\s*(true|false)\s*$|^\s*(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?\s+\d/i;

export function literalText(text: string): string {
  return text !== "" && NEEDS_TEXT_MARKER.test(text) ? `'${text}` : text;
}

/**
 * Text as typed, when getValues hands the apostrophe text marker back with it ("'19850101…" for a
 * NIP typed as text): Apps Script usually drops it, but the reference does not promise so. Only
 * an apostrophe the writer would have put there is taken off (literalText's exact inverse), so
 * text that really starts with one, read back without its marker, keeps it.
 */
export function withoutTextMarker(text: string): string {
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return rest !== "" && literalText(rest) === text ? rest : text;
}

/** Converter bound to one spreadsheet zone; caches zone offsets by the hour (dates repeat a lot). */
export class SheetValueConverter {
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  private offsetMinutes(ms: number): number {
    const hour = Math.floor(ms / MS_PER_HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(this.timeZone, new Date(hour * MS_PER_HOUR));
      if (offset === undefined) throw new WorkbookError("INVALID", `Zona waktu spreadsheet tidak dikenal: ${this.timeZone}`);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** A cell as the core wants it: '' → null, Date → DateCell (with minutes when not midnight). */
  toCell(value: unknown, dateTime = false): CellValue {
    if (value === "" || value === null || value === undefined) return null;
    if (typeof value === "string") return withoutTextMarker(value);
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (isDate(value)) return this.toDateCell(value, dateTime);
    return String(value);
  }

  toDateCell(value: Date, dateTime = false): DateCell {
    const ms = value.getTime();
    const wall = ms + this.offsetMinutes(ms) * MS_PER_MINUTE;
    const day = Math.floor(wall / MS_PER_DAY);
    const minute = Math.floor((wall - day * MS_PER_DAY) / MS_PER_MINUTE);
    return dateTime || minute !== 0 ? dateCell(fromDayNumber(day), minute) : dateCell(fromDayNumber(day));
  }

  /** The Date Apps Script must write for a DateCell: that wall time in the spreadsheet's zone. */
  toDate(cell: DateCell): Date {
    const wall = toDayNumber(cell.date) * MS_PER_DAY + (cell.minuteOfDay ?? 0) * MS_PER_MINUTE;
    const first = wall - this.offsetMinutes(wall) * MS_PER_MINUTE;
    return new Date(wall - this.offsetMinutes(first) * MS_PER_MINUTE);
  }

  /** A value for Range.setValues; strings always stay literal text. */
  toSheet(value: CellValue | undefined): SheetValue {
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return literalText(value);
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new WorkbookError("INVALID", "Nilai angka tidak sah (bukan bilangan hingga)");
      return value;
    }
    if (typeof value === "boolean") return value;
    if (isDateCell(value)) return this.toDate(value);
    throw new WorkbookError("INVALID", "Nilai sel tidak dikenal");
  }
}
