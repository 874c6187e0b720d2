// Which columns identify a row (the register catalog's key, matched by header label), and how a
// row is named in messages without showing personal data.
import { registerNamed } from "../../apps-script/core/registers/catalog";
import type { Cell } from "./model";

/** The column the case ID lives in on Permohonan, Riwayat and Surat. */
export const CASE_ID_HEADER = "ID Permohonan";

/** Column types whose values are personal data and must not appear in output. */
const PERSONAL_TYPES = new Set(["email", "digits", "phone", "nip", "nik"]);

export interface KeySpec {
  /** Column indexes (0-based) of the key, in key order. */
  readonly columns: readonly number[];
  /** Key values are personal (e.g. an e-mail): show row numbers instead. */
  readonly personal: boolean;
}

/** The key of a tab from its header row, or null when the tab has none we can find. */
export function keySpec(tabName: string, headers: readonly string[]): KeySpec | null {
  const register = registerNamed(tabName);
  const labels = register ? register.key : headers.includes(CASE_ID_HEADER) ? [CASE_ID_HEADER] : [];
  if (labels.length === 0) return null;
  const columns = labels.map((l) => headers.indexOf(l));
  if (columns.some((c) => c < 0)) return null;
  const personal = labels.some((l) => PERSONAL_TYPES.has(register?.columns.find((c) => c.header === l)?.type ?? ""));
  return { columns, personal };
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/** The key of a row as display text ("P-2026-0001", or "Skema-01 / U-03"); null when blank. */
export function keyOf(row: readonly Cell[] | undefined, spec: KeySpec): string | null {
  const parts = spec.columns.map((c) => text(row?.[c]));
  return parts.every((p) => p === "") ? null : parts.join(" / ");
}

export function rowLabel(row: number): string {
  return `baris ${row + 1}`;
}
