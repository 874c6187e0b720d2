// What a number format shows: a date, a date and time, a time, text ("@") or a plain number.
// Built-in ids as ECMA-376 Part 1 §18.8.30 lists them (14–22 and 45–47 are dates and times;
// 27–36 and 50–58 are the East Asian date formats Excel treats as dates), custom codes read the
// way SheetJS SSF's is_date does: quoted text, escapes, fills and [colour]/[$-locale] brackets
// are ignored, [h]/[m]/[s] count as time.

export type FormatKind = "date" | "datetime" | "time" | "text" | "number";

const BUILTIN_KIND: Record<number, FormatKind> = {
  14: "date", 15: "date", 16: "date", 17: "date", 18: "time", 19: "time", 20: "time", 21: "time", 22: "datetime",
  45: "time", 46: "time", 47: "time", 49: "text",
};
for (let id = 27; id <= 36; id += 1) BUILTIN_KIND[id] = "date";
for (let id = 50; id <= 58; id += 1) BUILTIN_KIND[id] = "date";

/** The kind of a built-in number format id, or undefined when the id is not built in. */
export function builtinKind(id: number): FormatKind | undefined {
  if (id >= 0 && id < 164 && BUILTIN_KIND[id] === undefined) return "number";
  return BUILTIN_KIND[id];
}

/**
 * The kind of a custom format code.
 * @example formatKind("dd/mm/yyyy") // "date"
 * @example formatKind("0.00E+00") // "number"
 */
export function formatKind(code: string): FormatKind {
  const first = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? "";
  const stripped = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/E[+-]/gi, "");
  if (stripped.includes("@")) return "text";
  const time = /[hs]|AM\/PM|A\/P/i.test(stripped);
  // "m" next to an hour or a second is minutes; otherwise a month.
  const withoutMinutes = stripped.replace(/h+[^a-z]*m+|m+[^a-z]*s+/gi, "h");
  const date = /[dye]|m/i.test(withoutMinutes.replace(/AM\/PM|A\/P/gi, ""));
  if (date && time) return "datetime";
  if (date) return "date";
  if (time) return "time";
  return "number";
}

export const DATE_FORMAT = "dd/mm/yyyy";
export const DATETIME_FORMAT = "dd/mm/yyyy hh:mm";
