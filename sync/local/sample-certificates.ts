// A certificate in the Sertifikat register of a new local workbook, issued almost three years ago
// from a finished case of its own, so the first run shows the expiry reminder the daily sweep
// queues (holder and office) in Kotak Surel. The holder is fictional.
import { berlakuSampai } from "../../apps-script/core/letters/format";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import type { Scheme } from "../../apps-script/core/domain/schemes";
import { PELAYANAN_PUBLIK_DOCUMENTS } from "../../apps-script/core/seed/scheme-pelayanan-publik";
import type { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { addCalendarDays, isoWeekday, type LocalDate } from "../../apps-script/core/time/local-date";
import type { SampleCaseHistory } from "./sample-history";

type Sample = Record<string, CellValue>;

export interface SampleCertificate {
  readonly application: Sample;
  readonly history: SampleCaseHistory;
  readonly certificate: Sample;
}

/**
 * Issued 3 years less 120 days before `today`: valid until about four months from now, inside the
 * default 6-month reminder, dated between the case's Penerbitan Sertifikat and Penyerahan moves.
 */
export function sampleCertificate(today: LocalDate, calendar: WorkingCalendar, scheme: Pick<Scheme, "code" | "name" | "units" | "validityYears">): SampleCertificate {
  const issued = addCalendarDays(today, -(scheme.validityYears * 365 - 120));
  // Every move on a working day a week apart, so the engine columns agree with the history the
  // engine would have written.
  const before = addCalendarDays(issued, -45);
  const submitted = calendar.nextWorkingDayFrom(addCalendarDays(before, 1 - isoWeekday(before)));
  const day = (weeks: number) => calendar.nextWorkingDayFrom(addCalendarDays(submitted, 7 * weeks));
  const id = `PRM-${issued.slice(0, 4)}-00031`;
  const number = `SERT/0031/BPSDM/${issued.slice(0, 4)}`;
  const path = [["Verifikasi", day(1)], ["Perencanaan", day(2)], ["Uji Kompetensi", day(3)], ["Rapat Hasil", day(4)],
    ["Penetapan", day(5)], ["Penerbitan Sertifikat", day(6)], ["Penyerahan", day(8)], ["Selesai", day(9)]] as const;
  return {
    application: {
      "ID Permohonan": id, "Tanggal Permohonan": dateCell(submitted), Nama: "Taufik Hidayat, S.AP.", NIP: "198203112006041002", NIK: "3171011103820013",
      Email: "taufik.hidayat@contoh.go.id", Telepon: "081234567891", Instansi: "Pemerintah Provinsi DKI Jakarta", "Unit Kerja": "Dinas Kependudukan dan Pencatatan Sipil",
      Jabatan: "Analis Pelayanan", Golongan: "III/c", "Pendidikan Terakhir": "S1", "Pengalaman Pelayanan Publik (tahun)": 8, "Kode Skema": scheme.code,
      "Dokumen Diserahkan": PELAYANAN_PUBLIK_DOCUMENTS.join(", "), Status: "Selesai", "Status Tercatat": "Selesai", "Status Sejak": dateCell(day(9)), "Mulai Layanan": dateCell(day(1)), "Rekomendasi Asesor": "K",
    },
    history: { id, initial: "Diterima", recordedOn: submitted, recordedNote: "Permohonan dicatat", path },
    certificate: {
      "Nomor Sertifikat": number, "Kode Verifikasi": "7K3M-Q9TP-2XWD", "Nama Pemegang": "Taufik Hidayat, S.AP.",
      "Kode Skema": scheme.code, "Nama Skema": scheme.name, "Unit Kompetensi": scheme.units.map((u) => u.code).join("; "),
      "Tanggal Terbit": dateCell(issued), "Berlaku Sampai": dateCell(berlakuSampai(issued, scheme.validityYears)), Status: "Aktif",
      "ID Kasus": id, "ID Surat": null,
    },
  };
}
