// Builds the Lisensi LSP letters (seed 003, lampiran VI) from the case row, read by header. Blank
// cells leave their field missing so the letter is refused with it named; nothing is invented.
import { cellDate, cellText } from "../registers/cells";
import { redactPersonalNumbers } from "../text/sanitize";
import { toDayNumber } from "../time/local-date";
import type { LISENSI_LETTER_TYPES } from "./kinds/lisensi-letters";
import { dateTimeOf, opt, splitNames } from "./row-reader";
import type { ServiceLetterInput } from "./service-data";

type LisensiLetterType = (typeof LISENSI_LETTER_TYPES)[number];

/** "Skema A, Skema B" → two schemes (the column note says to separate them with commas); lines and ";" too. */
export const splitSchemes = (text: string): string[] => text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== "");

const nonEmpty = <T>(items: readonly T[]): T[] | undefined => (items.length > 0 ? [...items] : undefined);

/** The data builders of these letters, by type: each reads the case row by header. */
export function lisensiLetterData(input: ServiceLetterInput): { [K in LisensiLetterType]: () => unknown } {
  const { row } = input;
  const text = (header: string) => redactPersonalNumbers(cellText(row.get(header)));
  const date = (header: string) => cellDate(row.get(header)) ?? undefined;
  const lsp = () => ({ name: opt(text("Nama LSP")), address: opt(text("Alamat LSP")) });
  const schemes = (header: string) => nonEmpty(splitSchemes(text(header)));
  const licence = () => ({
    lsp: lsp(), schemes: schemes("Skema Diajukan"), plenaryDate: date("Tanggal Pleno"),
    licenceNumber: opt(text("Nomor Sertifikat Lisensi")), validUntil: date("Lisensi Berlaku Sampai"),
  });
  /** Calendar days from the full assessment to the LKS closed (D15), when both dates are there and in order. */
  const lksDays = () => {
    const [assessed, closed] = [date("Tanggal Asesmen Lengkap"), date("Tanggal LKS Ditutup")];
    const days = assessed && closed ? toDayNumber(closed) - toDayNumber(assessed) : -1;
    return days >= 0 ? days : undefined;
  };

  return {
    UNDANGAN_LISENSI: () => {
      const at = dateTimeOf(row.get("Tanggal Apresiasi"));
      return {
        lsp: lsp(), submittedDate: date("Tanggal Pengajuan"), schemes: schemes("Skema Diajukan"),
        appreciationDate: at.date, appreciationTime: at.time, appreciationPlace: opt(text("Tempat Apresiasi")),
      };
    },
    SURAT_TUGAS_ASESMEN_LISENSI: () => ({
      lsp: lsp(), schemes: schemes("Skema Diajukan"),
      // The lead first: without one the team is missing, whoever else is named.
      team: text("Ketua Tim Asesor") ? [text("Ketua Tim Asesor"), ...splitNames(text("Anggota Tim Asesor"))] : undefined,
      start: date("Tanggal Asesmen Lengkap"), end: date("Tanggal Selesai Asesmen Lengkap"),
      // The full assessment visits the candidate LSP (seed 003: "asesmen penuh" after the desk audit).
      place: opt(text("Alamat LSP")),
    }),
    SK_LISENSI: licence,
    SERTIFIKAT_LISENSI: () => ({ ...licence(), decree: { number: opt(text("Nomor SK Lisensi")), date: date("Tanggal SK Lisensi") } }),
    PENOLAKAN_LISENSI: () => ({
      lsp: lsp(), submittedDate: date("Tanggal Pengajuan"), schemes: schemes("Skema Diajukan"),
      reasons: nonEmpty(splitNames(text("Alasan Penolakan"))), plenaryDate: date("Tanggal Pleno"), lksDays: lksDays(),
    }),
    SURAT_TUGAS_PENYAKSIAN: () => ({
      lsp: lsp(), schemes: schemes("Skema Penyaksian"), team: nonEmpty(splitNames(text("Penyaksi"))),
      start: date("Tanggal Penyaksian"), place: opt(text("TUK Penyaksian")),
    }),
  };
}
