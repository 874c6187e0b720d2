// Cell parsers as zod/mini schemas: typed sheet values in, domain values or an Indonesian message out.
import * as z from "zod/mini";
import { emailProblem } from "../domain/identity";
import { type CellValue, isDateCell } from "../ports";
import { controlCharacterNames, redactPersonalNumbers } from "../text/sanitize";
import { isRealDate, type LocalDate, localDate, parseLocalDate } from "../time/local-date";

type Ctx = { issues: { push(issue: { code: "custom"; message: string; input: unknown }): void } };

function fail(ctx: Ctx, input: unknown, message: string): never {
  ctx.issues.push({ code: "custom", message, input });
  return z.NEVER as never;
}

/** A cell's text as staff see it: trimmed strings, numbers without exponent, dates as YYYY-MM-DD. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  return value.date;
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === "";
}

/**
 * "berisi karakter kendali U+0007; hapus karakter itu" for a cell holding characters no file
 * can store (a pasted NUL or BEL), or null. Checked before any other rule, so the one message
 * a bad cell gets is the one that helps.
 */
export function controlCharacterProblem(value: CellValue | undefined): string | null {
  if (typeof value !== "string") return null;
  const names = controlCharacterNames(value);
  return names.length === 0 ? null : `berisi karakter kendali ${names.join(", ")}; hapus karakter itu`;
}

/** Staff text quoted in a message: trimmed, and never a NIK or NIP (staff paste them anywhere). */
export function quoted(value: CellValue | undefined | string): string {
  return `"${redactPersonalNumbers(typeof value === "string" ? value.trim() : cellText(value))}"`;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Reads a date cell, or text "YYYY-MM-DD" / "DD/MM/YYYY" (the Indonesian order), as a LocalDate. */
export function cellDate(value: CellValue | undefined): LocalDate | null {
  if (value === null || value === undefined) return null;
  if (isDateCell(value)) return value.date;
  if (typeof value !== "string") return null;
  const iso = parseLocalDate(value);
  if (iso) return iso;
  const dmy = DMY.exec(value.trim());
  if (!dmy) return null;
  const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  return isRealDate(y, m, d) ? localDate(y, m, d) : null;
}

const asCell = z.custom<CellValue | undefined>(() => true);

export const textCell = z.pipe(asCell, z.transform((v) => cellText(v)));

export const requiredText = z.pipe(
  asCell,
  z.transform((v, ctx) => cellText(v) || fail(ctx, v, "wajib diisi")),
);

const NOT_A_DATE = "bukan tanggal (gunakan format tanggal, mis. 2026-03-12)";

export const dateValue = z.pipe(
  asCell,
  z.transform((v, ctx) => cellDate(v) ?? fail(ctx, v, cellText(v) === "" ? "wajib diisi" : `${quoted(v)} ${NOT_A_DATE}`)),
);

export const optionalDate = z.pipe(
  asCell,
  z.transform((v, ctx): LocalDate | null => (cellText(v) === "" ? null : (cellDate(v) ?? fail(ctx, v, `${quoted(v)} ${NOT_A_DATE}`)))),
);

/** An integer in [min, max]; blank reads as null unless `required`. */
export function integerIn(min: number, max: number, required: boolean) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): number | null => {
      const text = cellText(v);
      if (text === "") return required ? fail(ctx, v, "wajib diisi") : null;
      if (!/^-?\d+$/.test(text)) return fail(ctx, v, `${quoted(v)} bukan bilangan bulat`);
      const n = Number(text);
      return n >= min && n <= max ? n : fail(ctx, v, `harus bilangan bulat ${min}–${max} (tertulis ${n})`);
    }),
  );
}

export const optionalInteger = integerIn(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, false);

export const requiredInteger = z.pipe(integerIn(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true), z.transform((n) => n ?? 0));

/** An e-mail address (lower-cased); blank reads as "" unless `required`. */
export function emailCell(required: boolean) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): string => {
      const text = cellText(v);
      if (text === "") return required ? fail(ctx, v, "wajib diisi") : "";
      const problem = emailProblem(text);
      return problem === null ? text.toLowerCase() : fail(ctx, v, `${quoted(v)}: ${problem}`);
    }),
  );
}

/** Reads "Ya"/"Tidak" (also TRUE/FALSE checkboxes); blank reads as `fallback`; null when neither. */
export function yesNoValue(v: CellValue | undefined, fallback: boolean): boolean | null {
  if (typeof v === "boolean") return v;
  const text = cellText(v).toLowerCase();
  if (text === "") return fallback;
  if (["ya", "y", "yes", "true", "1"].includes(text)) return true;
  if (["tidak", "t", "no", "false", "0"].includes(text)) return false;
  return null;
}

/** "Ya"/"Tidak" as a cell parser; blank reads as `fallback`. */
export function yesNo(fallback: boolean) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): boolean => yesNoValue(v, fallback) ?? fail(ctx, v, `${quoted(v)} harus Ya atau Tidak`)),
  );
}

/** One of the allowed values, matched without regard to case; returns the canonical spelling. */
export function choice(options: readonly string[]) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): string => {
      const text = cellText(v);
      const found = options.find((o) => o.toLowerCase() === text.toLowerCase());
      if (text === "") return fail(ctx, v, `wajib diisi; pilih salah satu: ${options.join(", ")}`);
      return found ?? fail(ctx, v, `${quoted(v)} tidak dikenal; pilih salah satu: ${options.join(", ")}`);
    }),
  );
}

/** One of the allowed values, or "" when blank. */
export function optionalChoice(options: readonly string[]) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): string => {
      const text = cellText(v);
      if (text === "") return "";
      const found = options.find((o) => o.toLowerCase() === text.toLowerCase());
      return found ?? fail(ctx, v, `${quoted(v)} tidak dikenal; pilih salah satu: ${options.join(", ")}`);
    }),
  );
}

/** Splits a comma list ("Petugas, Verifikator"), empty entries dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A comma list, possibly empty. */
export const commaList = z.pipe(asCell, z.transform((v) => splitList(cellText(v))));

/** A comma list with at least one entry. */
export const requiredList = z.pipe(
  asCell,
  z.transform((v, ctx): string[] => {
    const list = splitList(cellText(v));
    return list.length > 0 ? list : fail(ctx, v, "wajib diisi");
  }),
);
