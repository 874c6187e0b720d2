// Permohonan cells that name a row of another register (catalog `optionsFrom`): the row must
// exist, be active (an "Aktif" column) and be valid on the date that matters ("Berlaku Sampai").
import { tanggalPanjang } from "../letters/format";
import { cellDate, cellText, controlCharacterProblem, quoted, yesNoValue } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { locate, normalizeHeader, type RegisterRow, type RegisterTable } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import type { LocalDate } from "../time/local-date";

export const ACTIVE_COLUMN = "Aktif";
export const VALID_UNTIL_COLUMN = "Berlaku Sampai";
/** The case's date a reference must be valid on; today when blank or not a date. */
export const EVENT_DATE_COLUMN = "Jadwal Uji";
/** A referenced row limited to some schemes names them here (the Asesor register's MET scope). */
const SCHEME_COLUMN = "Kode Skema";
/** Checked by checkApplication already (one message per cell): Kode Skema against Skema. */
const CHECKED_ELSEWHERE: ReadonlySet<string> = new Set(["Kode Skema"]);

export interface ReferenceEntry {
  /** The key as the register writes it, e.g. "MET.000.000001 2026". */
  readonly key: string;
  /** The row's name ("Nama", "Nama TUK"), "" when the register has none. */
  readonly name: string;
  readonly active: boolean;
  readonly validUntil: LocalDate | null;
  /** The register row itself, for callers that need more of it (a TUK's address on a letter). */
  readonly row: RegisterRow;
}

/** One referenced register column, indexed for look-ups. */
export interface ReferenceIndex {
  readonly register: string;
  readonly column: string;
  readonly nameColumn: string | null;
  /** By normalised key (spaces and case do not matter). */
  readonly entries: ReadonlyMap<string, ReferenceEntry>;
  readonly byName: ReadonlyMap<string, ReferenceEntry>;
}

/** Permohonan header → the register column it refers to. */
export type OfficeReferences = ReadonlyMap<string, ReferenceIndex>;

/** The Permohonan columns with `optionsFrom`, each with its register's name and column. */
export function referenceColumns(def: RegisterDef = PERMOHONAN): { header: string; register: string; column: string }[] {
  return def.columns.flatMap((c) => (c.optionsFrom ? [{ header: c.header, register: c.optionsFrom.register, column: c.optionsFrom.column }] : []));
}

/** Indexes a register column; a key written twice is a configuration error naming the row. */
export function buildReferenceIndex(table: RegisterTable, column: string): { index: ReferenceIndex; errors: string[] } {
  const errors: string[] = [];
  const nameColumn = table.def.columns.find((c) => c.header !== column && /^nama\b/i.test(c.header))?.header ?? null;
  const entries = new Map<string, ReferenceEntry>();
  const byName = new Map<string, ReferenceEntry>();
  for (const row of table.rows) {
    const key = cellText(row.get(column));
    // Blank and control-character cells are reported by the register's own cell checks.
    if (key === "" || controlCharacterProblem(row.get(column))) continue;
    const normalized = normalizeHeader(key);
    if (entries.has(normalized)) {
      if (table.def.key.includes(column)) errors.push(`${locate(table, row, column)}: ${quoted(key)} tercantum dua kali`);
      continue;
    }
    const entry: ReferenceEntry = {
      key,
      name: nameColumn ? cellText(row.get(nameColumn)) : "",
      active: table.has(ACTIVE_COLUMN) ? (yesNoValue(row.get(ACTIVE_COLUMN), true) ?? true) : true,
      validUntil: table.has(VALID_UNTIL_COLUMN) ? cellDate(row.get(VALID_UNTIL_COLUMN)) : null,
      row,
    };
    entries.set(normalized, entry);
    if (entry.name !== "" && !byName.has(normalizeHeader(entry.name))) byName.set(normalizeHeader(entry.name), entry);
  }
  return { index: { register: table.def.name, column, nameColumn, entries, byName }, errors };
}

/**
 * Header → problem (without the header prefix) for every reference cell of the row that is
 * filled but unknown, inactive or expired. Staff text in messages is redacted (a NIK pasted
 * into Asesor is never echoed).
 * @example referenceProblems(row, config.references, today).get("Kode TUK") // '"TUK-99" tidak ada di register TUK (isi Kode TUK, mis. TUK-01)'
 */
export function referenceProblems(row: RegisterRow, references: OfficeReferences, today: LocalDate): ReadonlyMap<string, string> {
  const problems = new Map<string, string>();
  const eventDate = cellDate(row.get(EVENT_DATE_COLUMN));
  const on = eventDate ?? today;
  for (const [header, index] of references) {
    if (CHECKED_ELSEWHERE.has(header)) continue;
    const cell = row.get(header);
    const text = cellText(cell);
    // Control characters are checkApplication's one message for this cell.
    if (text === "" || controlCharacterProblem(cell)) continue;
    const entry = index.entries.get(normalizeHeader(text));
    if (!entry) {
      problems.set(header, unknownMessage(text, index));
      continue;
    }
    const who = `${quoted(entry.key)}${entry.name ? ` (${redactPersonalNumbers(entry.name)})` : ""}`;
    const schemes = schemeList(entry);
    const scheme = cellText(row.get(SCHEME_COLUMN));
    if (!entry.active) problems.set(header, `${who} tidak aktif di register ${index.register}`);
    else if (schemes.length > 0 && scheme !== "" && !schemes.includes(normalizeHeader(scheme))) {
      problems.set(header, `${who} tidak terdaftar untuk skema ${quoted(scheme)} di register ${index.register} (kolom ${SCHEME_COLUMN})`);
    }
    else if (entry.validUntil !== null && entry.validUntil < on) {
      const when = eventDate ? `sebelum ${EVENT_DATE_COLUMN} ${tanggalPanjang(eventDate)}` : `sudah lewat hari ini (${tanggalPanjang(today)})`;
      problems.set(header, `${who} berlaku sampai ${tanggalPanjang(entry.validUntil)} menurut register ${index.register}, ${when}`);
    }
  }
  return problems;
}

/** The schemes a referenced row is limited to (an assessor's "Kode Skema", comma-separated); [] = any. */
function schemeList(entry: ReferenceEntry): string[] {
  return cellText(entry.row.get(SCHEME_COLUMN)).split(/[,;\n]/).map((s) => normalizeHeader(s)).filter((s) => s !== "");
}

function unknownMessage(text: string, index: ReferenceIndex): string {
  const byName = index.byName.get(normalizeHeader(text));
  if (byName) {
    return `${quoted(text)} adalah ${index.nameColumn} di register ${index.register}, bukan ${index.column}: isi ${quoted(byName.key)}`;
  }
  const example = [...index.entries.values()].find((e) => e.active)?.key ?? [...index.entries.values()][0]?.key;
  const hint = example ? `isi ${index.column}, mis. ${example}` : `register ${index.register} masih kosong`;
  return `${quoted(text)} tidak ada di register ${index.register} (${hint})`;
}
