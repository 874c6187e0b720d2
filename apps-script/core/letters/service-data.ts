// Builds the data of a letter of a case register other than Permohonan (Surat Masuk, Pengaduan,
// Banding) from its row, read by header. Blank cells become missing fields, so prepareLetter
// names them; free text is masked for NIK/NIP, and no applicant's NIK or NIP is ever read.
import type { Settings } from "../engine/settings";
import { cellDate, cellText } from "../registers/cells";
import { normalizeHeader, type RegisterRow } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import type { DayCounter } from "../time/day-counter";
import type { LocalDate, OfficeDateTime } from "../time/local-date";
import { asesorLetterData } from "./asesor-data";
import { LetterDataError } from "./errors";
import { lanLetterData } from "./lan-data";
import { LETTER_KINDS, type LetterInput, type LetterTypeCode, type ServiceLetterType } from "./letter-types";
import { lisensiLetterData } from "./lisensi-data";
import { dateTimeOf, opt, splitNames } from "./row-reader";

export { dateTimeOf } from "./row-reader";

export interface ServiceLetterInput {
  /** The case row (Surat Masuk, Pengaduan, Banding), read by header. */
  readonly row: RegisterRow;
  readonly caseId: string;
  readonly service: { readonly code: string; readonly name: string; readonly slaDays: number | null; readonly dayUnit: "hari kerja" | "hari kalender" };
  readonly now: OfficeDateTime;
  /** The step deadline the engine computed (the disposition's due date). */
  readonly dueDate: LocalDate | null;
  /** Banding: the Permohonan appealed, with its scheme's name. */
  readonly linked: { readonly row: RegisterRow; readonly schemeName: string } | null;
  /** Banding: the office's deadline for filing an appeal, in working days. */
  readonly appealDeadlineDays: number | null;
  /**
   * The rows of another case register that name this case in a `case` column (the participants
   * of an RCC request or of a LAN assessment), in sheet order; [] when none.
   */
  readonly dependents: (register: string) => readonly RegisterRow[];
  /** Pengaturan, for letters whose figures are settings (the LAN fee per participant). */
  readonly settings: Settings;
  /** Working days of the office's calendar, for deadlines a letter states (LAN reports). */
  readonly workDays: DayCounter;
}

/** Sections an incoming letter goes to straight, without the head's disposition (seed 003). */
export const ROUTED_STRAIGHT_SECTIONS: readonly string[] = ["Lisensi", "Asesor Kompetensi"];

/** The Banding status of an appeal refused for being filed after the deadline (seed services). */
const LATE_APPEAL_STATUS = "Ditolak Administratif";

/**
 * The data `prepareLetter(type, …)` needs for a letter of a non-Permohonan case. Nothing is
 * invented: a blank cell leaves its field missing and the letter is refused with it named.
 */
export function serviceLetterData<C extends LetterTypeCode>(type: C, input: ServiceLetterInput): LetterInput<C> {
  const { row, caseId, linked } = input;
  const text = (header: string) => redactPersonalNumbers(cellText(row.get(header)));
  const date = (header: string) => cellDate(row.get(header)) ?? undefined;

  const data: { [K in ServiceLetterType]: () => unknown } = {
    ...asesorLetterData(input),
    ...lisensiLetterData(input),
    ...lanLetterData(input),
    LEMBAR_DISPOSISI: () => {
      const addressedTo = text("Ditujukan Kepada");
      const section = ROUTED_STRAIGHT_SECTIONS.find((s) => normalizeHeader(s) === normalizeHeader(addressedTo));
      const disposedTo = text("Disposisi Kepada");
      return {
        agendaNumber: caseId, received: dateTimeOf(row.get("Waktu Diterima")), sender: opt(text("Pengirim")),
        senderLetterNumber: opt(text("Nomor Surat Pengirim")), senderLetterDate: date("Tanggal Surat"), subject: opt(text("Perihal")),
        addressedTo: opt(addressedTo), forwardTo: opt(disposedTo) ?? section, routedStraight: disposedTo === "" && section !== undefined,
        instruction: opt(text("Isi Disposisi")), dueDate: input.dueDate ?? date("Tenggat Langkah"),
      };
    },
    JAWABAN_PENGADUAN: () => ({
      complaintId: caseId, complainant: { name: opt(text("Nama Pengadu")), email: opt(text("Email Pengadu")) },
      received: dateTimeOf(row.get("Waktu Diterima")), channel: opt(text("Saluran")), summary: opt(text("Isi Pengaduan")),
      followUp: opt(text("Tindak Lanjut")), relatedCase: opt(text("ID Kasus Terkait")),
      responseDays: input.service.slaDays ?? undefined, dayUnit: input.service.dayUnit,
    }),
    PUTUSAN_BANDING: () => {
      const late = normalizeHeader(text("Status")) === normalizeHeader(LATE_APPEAL_STATUS);
      const panel = splitNames(text("Anggota Panel"));
      const appealed = linked?.row;
      return {
        appealId: caseId,
        appellant: { name: opt(text("Nama Pemohon Banding")), agency: appealed ? opt(cellText(appealed.get("Instansi"))) : undefined },
        application: {
          id: opt(text("ID Permohonan")),
          scheme: { code: appealed ? opt(cellText(appealed.get("Kode Skema"))) : undefined, name: opt(linked?.schemeName ?? "") },
        },
        filedDate: date("Tanggal Banding"), reason: opt(text("Alasan Banding")),
        decision: late ? "Tidak Dapat Diterima" : opt(text("Putusan Panel")),
        panel: panel.length > 0 ? panel : undefined, deadlineDays: input.appealDeadlineDays ?? undefined,
        staffNote: opt(text("Catatan Petugas")),
      };
    },
  };
  const build = (data as Partial<Record<LetterTypeCode, () => unknown>>)[type];
  if (!build) {
    throw new LetterDataError(type, caseId, [], `${LETTER_KINDS[type].label} untuk kasus ${caseId} tidak dibuat: surat ini dibuat dari register Permohonan, bukan dari ${input.service.name}.`);
  }
  return build() as LetterInput<C>;
}
