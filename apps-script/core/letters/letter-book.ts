// The letter book (register Surat) read into records, and new rows for generated letters.
import type { CellValue } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import type { RegisterTable } from "../registers/table";
import type { LocalDate } from "../time/local-date";

export const LETTER_STATUS = {
  draft: "Draf",
  awaitingApproval: "Menunggu Persetujuan",
  approved: "Disetujui",
  needsRework: "Perlu Perbaikan",
  cancelled: "Batal",
} as const;

/** Header labels of the Surat register this module reads and writes. */
export const COL = {
  id: "ID Surat",
  type: "Jenis Surat",
  subject: "Perihal",
  to: "Tujuan",
  caseId: "ID Permohonan",
  status: "Status Surat",
  number: "Nomor Surat",
  date: "Tanggal Surat",
  series: "Seri Nomor",
  sequence: "Nomor Urut",
  docLink: "Tautan Dokumen",
  pdfLink: "Tautan PDF",
  created: "Dibuat",
  note: "Catatan",
  verificationCode: "Kode Verifikasi",
  mailSent: "Surel Terkirim",
} as const;

/** One row of the letter book, typed. `rowIndex` is the data-row index as read (0 = first row). */
export interface LetterRecord {
  readonly rowIndex: number;
  readonly id: string;
  readonly type: string;
  readonly caseId: string;
  readonly status: string;
  readonly number: string | null;
  readonly date: LocalDate | null;
  readonly series: string | null;
  readonly sequence: number | null;
  readonly docLink: string | null;
  /** A certificate's code given at drafting (null: drafted before codes were kept, or not a certificate). */
  readonly verificationCode: string | null;
}

const positiveInteger = (value: CellValue): number | null => {
  const n = typeof value === "number" ? value : Number(cellText(value) || Number.NaN);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** The Surat register as records; read it with `readRegister(workbook, SURAT)`. */
export function readLetterBook(table: RegisterTable | null): LetterRecord[] {
  if (!table) return [];
  return table.rows.map((row) => ({
    rowIndex: row.rowIndex,
    id: row.id,
    type: cellText(row.get(COL.type)),
    caseId: cellText(row.get(COL.caseId)),
    status: cellText(row.get(COL.status)),
    number: cellText(row.get(COL.number)) || null,
    date: cellDate(row.get(COL.date)),
    series: cellText(row.get(COL.series)) || null,
    sequence: positiveInteger(row.get(COL.sequence)),
    docLink: cellText(row.get(COL.docLink)) || null,
    verificationCode: (table.has(COL.verificationCode) ? cellText(row.get(COL.verificationCode)) : "") || null,
  }));
}

const ID_PATTERN = /^SRT-(\d+)$/;

/**
 * Letter IDs after the highest already in the book ("SRT-000042" → "SRT-000043", …).
 * Call under the engine's lock, with the book as read in the same run.
 */
export function nextLetterIds(records: readonly { readonly id: string }[], count: number): string[] {
  let highest = 0;
  for (const record of records) {
    const match = ID_PATTERN.exec(record.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return Array.from({ length: count }, (_, i) => `SRT-${String(highest + i + 1).padStart(6, "0")}`);
}

/** Rows whose letter the head sent back: the engine renders them again from the case's data. */
export function lettersNeedingRework(records: readonly LetterRecord[]): LetterRecord[] {
  return records.filter((r) => r.status === LETTER_STATUS.needsRework && r.id !== "");
}
