// Letter helpers for the tried cases: the Hasil Asesmen rows an assessor types, and the letters' text on disk.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Operation } from "../../office/operations";
import { lettersOf, readRegister } from "./registers";

/** The twelve units of the sample scheme (Unit Kompetensi register of the sample workbook). */
export const UNIT_CODES = [
  "N.821100.028.02", "N.821100.029.02", "N.821100.030.02", "N.821100.044.02", "N.821100.045.02", "N.821100.046.01",
  "N.821100.047.01", "N.821100.048.01", "N.821100.049.02", "N.821100.051.01", "N.821100.057.02", "N.821100.058.02",
];

/** Hasil Asesmen rows 2–13 for a case: K on every unit except those listed as BK. */
export function assessmentRows(caseId: string, bkUnits: readonly string[], date = "2026-12-01"): Operation[] {
  return UNIT_CODES.flatMap((code, i): Operation[] => {
    const row = i + 2;
    const cell = (header: string, string: string): Operation => ({ op: "set", sheet: "Hasil Asesmen", row, header, string });
    return [
      cell("ID Permohonan", caseId),
      cell("Kode Unit", code),
      cell("Hasil", bkUnits.includes(code) ? "BK" : "K"),
      cell("Asesor", "MET.000.000001 2026"),
      { op: "set", sheet: "Hasil Asesmen", row, header: "Tanggal Asesmen", date },
    ];
  });
}

/** Visible text of an HTML letter (tags dropped, entities for spaces and dashes decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&ndash;/g, "–")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

export interface LetterOnDisk {
  readonly kind: string;
  readonly status: string;
  readonly number: string | null;
  readonly text: string;
}

/** The case's letters from the Surat register, with the text of each HTML file the row links to. */
export async function caseLetters(workbook: string, caseId: string): Promise<LetterOnDisk[]> {
  return (await lettersOf(workbook, caseId)).map((row) => {
    const link = String(row["Tautan Dokumen"] ?? "");
    const file = link.startsWith("file:") ? fileURLToPath(link) : link;
    return {
      kind: String(row["Jenis Surat"]),
      status: String(row["Status Surat"]),
      number: row["Nomor Surat"] === null ? null : String(row["Nomor Surat"]),
      text: file && existsSync(file) ? htmlText(readFileSync(file, "utf8")) : "",
    };
  });
}

/**
 * Where the workbook's own workflow sends a case from `from` when `condition` holds (a Syarat of
 * Alur Transisi, e.g. BELUM_KOMPETEN): the office may route Belum Kompeten to Selesai or Penyerahan.
 */
export async function targetOf(workbook: string, from: string, condition: string): Promise<string> {
  const row = (await readRegister(workbook, "Alur Transisi")).rows.find((r) => r.Dari === from && String(r.Syarat ?? "").includes(condition));
  if (!row) throw new Error(`Alur Transisi has no move from ${from} with ${condition}`);
  return String(row.Ke);
}
