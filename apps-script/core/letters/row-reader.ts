// Cell readings the letter builders share: blank text as missing (undefined) so that prepareLetter
// names it, lists of people split on ";" and lines (a name may hold commas: "Dr. Lina, M.Psi.").
import { type CellValue, isDateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import type { LocalDate } from "../time/local-date";

/** undefined for a blank text, so the letter's schema names the missing field. */
export const opt = (text: string): string | undefined => (text === "" ? undefined : text);

/** "Dr. Lina, M.Psi.; Ir. Made" → two names: people are split on semicolons and lines only. */
export const splitNames = (text: string): string[] => text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== "");

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}.${String(minute % 60).padStart(2, "0")}`;

/**
 * A date-time cell as the date and, when the cell holds one, the time: a typed date-time, or
 * text such as "2026-01-12 14:20" or "12/01/2026 14.20". Midnight reads as no time given.
 */
export function dateTimeOf(value: CellValue): { date?: LocalDate; time?: string } {
  if (isDateCell(value)) return value.minuteOfDay ? { date: value.date, time: clock(value.minuteOfDay) } : { date: value.date };
  const text = cellText(value);
  const withTime = /^(.+?)[\sT]+(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  const date = cellDate(withTime ? withTime[1]! : text) ?? undefined;
  if (!date) return {};
  const minute = withTime ? Number(withTime[2]) * 60 + Number(withTime[3]) : 0;
  return minute > 0 && minute < 24 * 60 ? { date, time: clock(minute) } : { date };
}
