// Cell parsers as zod/mini schemas: typed sheet values in, domain values or an Indonesian message out.
import * as z from "zod/mini";
import { type CellValue, isDateCell } from "../ports";
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

export const dateValue = z.pipe(
  asCell,
  z.transform((v, ctx) => cellDate(v) ?? fail(ctx, v, `"${cellText(v)}" bukan tanggal (gunakan format tanggal, mis. 2026-03-12)`)),
);

export const optionalInteger = z.pipe(
  asCell,
  z.transform((v, ctx): number | null => {
    const text = cellText(v);
    if (text === "") return null;
    if (!/^-?\d+$/.test(text)) return fail(ctx, v, `"${text}" bukan bilangan bulat`);
    return Number(text);
  }),
);

export const requiredInteger = z.pipe(
  asCell,
  z.transform((v, ctx): number => {
    const text = cellText(v);
    if (!/^-?\d+$/.test(text)) return fail(ctx, v, text === "" ? "wajib diisi" : `"${text}" bukan bilangan bulat`);
    return Number(text);
  }),
);

/** "Ya"/"Tidak" (also TRUE/FALSE checkboxes); blank reads as `fallback`. */
export function yesNo(fallback: boolean) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): boolean => {
      if (typeof v === "boolean") return v;
      const text = cellText(v).toLowerCase();
      if (text === "") return fallback;
      if (["ya", "y", "yes", "true", "1"].includes(text)) return true;
      if (["tidak", "t", "no", "false", "0"].includes(text)) return false;
      return fail(ctx, v, `"${cellText(v)}" harus Ya atau Tidak`);
    }),
  );
}

/** One of the allowed values, matched without regard to case; returns the canonical spelling. */
export function choice(options: readonly string[]) {
  return z.pipe(
    asCell,
    z.transform((v, ctx): string => {
      const text = cellText(v);
      const found = options.find((o) => o.toLowerCase() === text.toLowerCase());
      return found ?? fail(ctx, v, `"${text}" tidak dikenal; pilih salah satu: ${options.join(", ")}`);
    }),
  );
}

/** A comma list ("Petugas, Verifikator"), empty entries dropped. */
export const commaList = z.pipe(
  asCell,
  z.transform((v) =>
    cellText(v)
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  ),
);
