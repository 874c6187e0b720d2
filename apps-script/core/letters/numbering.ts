// Letter numbers from an office's format, and their allocation: pure, never reusing a number.
import { dateParts, type LocalDate } from "../time/local-date";
import { LetterConfigError } from "./errors";
import { bulanRomawi } from "./format";
import { LETTER_KINDS, letterTypeOf } from "./letter-types";
import { PENGATURAN_KEYS } from "./office";

type Part =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "urut"; readonly pad: number }
  | { readonly kind: "bulanRomawi" | "bulan" | "tahun" | "jenis" };

export interface NumberFormat {
  readonly source: string;
  readonly parts: readonly Part[];
  /** Whether the format names the type ({jenis}), which gives each type its own sequence. */
  readonly perType: boolean;
}

/** The office's formats: one for all letters, and optionally one per letter type code. */
export interface NumberingSettings {
  readonly defaultFormat: string;
  readonly formatsByType?: Readonly<Partial<Record<string, string>>>;
}

const PLACEHOLDERS = "{urut}, {urut:3}, {bulan romawi}, {bulan}, {tahun}, {jenis}";

/**
 * Parses a format such as `800/{urut}/BPSDM/{bulan romawi}/{tahun}`. `{urut:3}` pads the
 * sequence to three digits; `{jenis}` is the type's short code and makes sequences per type.
 */
export function parseNumberFormat(source: string, settingKey: string = PENGATURAN_KEYS.numberFormat): NumberFormat {
  const parts: Part[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let last = 0;
  let sequences = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match.index > last) parts.push({ kind: "text", text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const name = match[1]!.trim().toLowerCase().replace(/\s+/g, " ");
    const urut = /^urut(?::(\d))?$/.exec(name);
    if (urut) {
      parts.push({ kind: "urut", pad: Number(urut[1] ?? 0) });
      sequences += 1;
    } else if (name === "bulan romawi") parts.push({ kind: "bulanRomawi" });
    else if (name === "bulan" || name === "tahun" || name === "jenis") parts.push({ kind: name });
    else throw new LetterConfigError([settingKey], `"${settingKey}" memakai {${match[1]}} yang tidak dikenal; gunakan ${PLACEHOLDERS}.`);
  }
  if (last < source.length) parts.push({ kind: "text", text: source.slice(last) });
  if (sequences !== 1) throw new LetterConfigError([settingKey], `"${settingKey}" harus memuat tepat satu {urut}: "${source}".`);
  if (/[{}]/.test(parts.filter((p) => p.kind === "text").map((p) => (p as { text: string }).text).join(""))) {
    throw new LetterConfigError([settingKey], `"${settingKey}" memuat kurung kurawal yang tidak berpasangan: "${source}".`);
  }
  return { source, parts, perType: parts.some((p) => p.kind === "jenis") };
}

/** The short code `{jenis}` prints: the type's own, or the raw text of an unknown type. */
export function shortCodeOf(type: string): string {
  const code = letterTypeOf(type);
  return code ? LETTER_KINDS[code].shortCode : type.trim();
}

/** Writes one number. */
export function formatLetterNumber(format: NumberFormat, sequence: number, date: LocalDate, type: string): string {
  const { year, month } = dateParts(date);
  return format.parts
    .map((part) => {
      switch (part.kind) {
        case "text": return part.text;
        case "urut": return String(sequence).padStart(part.pad, "0");
        case "bulanRomawi": return bulanRomawi(month);
        case "bulan": return String(month).padStart(2, "0");
        case "tahun": return String(year);
        case "jenis": return shortCodeOf(type);
      }
    })
    .join("");
}

/** Reads the sequence back out of a number written with `format`, or null when it does not match. */
export function sequenceIn(format: NumberFormat, number: string): number | null {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = format.parts
    .map((part) => {
      switch (part.kind) {
        case "text": return escape(part.text);
        case "urut": return "(\\d+)";
        case "bulanRomawi": return "[IVX]+";
        case "bulan": return "\\d{2}";
        case "tahun": return "\\d{4}";
        case "jenis": return "[^/\\s]+";
      }
    })
    .join("");
  const match = new RegExp(`^${source}$`).exec(number.trim());
  return match ? Number(match[1]) : null;
}

/** Resolves the format and sequence series of a letter type in a year. */
export class Numbering {
  private readonly parsed = new Map<string, NumberFormat>();

  constructor(private readonly settings: NumberingSettings) {
    this.formatOf("");
  }

  formatOf(type: string): NumberFormat {
    const code = letterTypeOf(type) ?? type.trim();
    const own = this.settings.formatsByType?.[code];
    const key = own ? code : "";
    let format = this.parsed.get(key);
    if (!format) {
      const settingKey = own ? `${PENGATURAN_KEYS.numberFormat} ${code}` : PENGATURAN_KEYS.numberFormat;
      format = parseNumberFormat(own ?? this.settings.defaultFormat, settingKey);
      this.parsed.set(key, format);
    }
    return format;
  }

  /**
   * The series a number counts in: the year, plus the type when the type has its own format or
   * the format names {jenis}. E.g. "2026" or "2026 SK_PENETAPAN".
   */
  seriesOf(type: string, year: number): string {
    const code = letterTypeOf(type) ?? type.trim();
    const ownSeries = Boolean(this.settings.formatsByType?.[code]) || this.formatOf(type).perType;
    return ownSeries ? `${year} ${code}` : String(year);
  }
}

export interface NumberRequest {
  readonly id: string;
  /** The Jenis Surat cell: a type code, or free text for letters staff added by hand. */
  readonly type: string;
  /** The approval date: it sets the year, the month and the series. */
  readonly date: LocalDate;
}

export interface NumberAssignment {
  readonly id: string;
  readonly series: string;
  readonly sequence: number;
  readonly number: string;
  readonly date: LocalDate;
}

/**
 * Gives each request the next number of its series, in order. `last` holds the highest
 * sequence ever used per series; `taken` every number already in the letter book, which are
 * skipped so a hand-typed number is never duplicated. Inputs are not modified.
 */
export function allocateNumbers(
  numbering: Numbering,
  last: ReadonlyMap<string, number>,
  taken: ReadonlySet<string>,
  requests: readonly NumberRequest[],
): { assignments: NumberAssignment[]; last: Map<string, number> } {
  const next = new Map(last);
  const used = new Set(taken);
  const assignments = requests.map((request) => {
    const series = numbering.seriesOf(request.type, dateParts(request.date).year);
    const format = numbering.formatOf(request.type);
    let sequence = (next.get(series) ?? 0) + 1;
    let number = formatLetterNumber(format, sequence, request.date, request.type);
    while (used.has(number)) {
      sequence += 1;
      number = formatLetterNumber(format, sequence, request.date, request.type);
    }
    next.set(series, sequence);
    used.add(number);
    return { id: request.id, series, sequence, number, date: request.date };
  });
  return { assignments, last: next };
}
