// Sample cases of the shipped services besides process A, for a new local workbook: incoming
// letters (Surat Masuk), outgoing letters of both workflows (Surat Keluar), complaints over each
// channel (Pengaduan) and an appeal (Banding), with their Dokumen Kasus rows and the history an
// earlier run left. On some rows staff have already set Status to the next state, so the first
// `npm start` moves them and drafts their letters. Every name and address is fictional.
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import type { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { dayCounter } from "../../apps-script/core/time/day-counter";
import { isoWeekday, type LocalDate } from "../../apps-script/core/time/local-date";
import { appealedSample } from "./sample-applications";
import { asesorSamples } from "./sample-cases-asesor";
import { lanSamples } from "./sample-cases-lan";
import { lisensiSamples } from "./sample-cases-lisensi";
import { pelatihanSamples } from "./sample-cases-pelatihan";
import type { SampleCaseHistory, SamplePath } from "./sample-history";

export type Row = Record<string, CellValue>;

export interface SampleCases {
  /** Case register name → its sample rows, header-keyed. */
  readonly registers: ReadonlyMap<string, readonly Row[]>;
  /** Dokumen Kasus rows the guards (DOKUMEN_LENGKAP) read. */
  readonly documents: readonly Row[];
  /** The history of the samples that are mid-way (Riwayat rows: sampleHistoryRows). */
  readonly histories: readonly SampleCaseHistory[];
}

/** A case an earlier run recorded (soon after it came in) and perhaps moved on since. */
export interface MidWay {
  readonly initial: string;
  /** When it came in (the register's Awal Hitung column); the earlier run recorded it then. */
  readonly received: LocalDate;
  readonly receivedMinute: number;
  readonly recordedNote: string;
  readonly path: SamplePath;
  /** The SLA of the state the case is in, when the sample needs its Tenggat Langkah (a letter states it). */
  readonly stepSla?: number;
}

/** The shipped flows' cut-off (Layanan Jam Batas, else the office's 15:00). */
const CUT_OFF_MINUTE = 15 * 60;

/**
 * The engine's columns as the earlier run left them: the state and since when; the service
 * clock of these flows runs from the day the case counts from (their first state starts it).
 */
function recorded(way: MidWay, calendar: WorkingCalendar): Row {
  const counts = dayCounter(calendar, "hari kerja");
  const countsFrom = counts.effectiveDate(way.received, way.receivedMinute, CUT_OFF_MINUTE);
  const [status, since] = way.path.at(-1) ?? [way.initial, countsFrom];
  return {
    "Status Tercatat": status, "Status Sejak": dateCell(since), "Mulai Layanan": dateCell(countsFrom),
    ...(way.stepSla !== undefined ? { "Tenggat Langkah": dateCell(counts.add(since, way.stepSla)) } : {}),
  };
}

/** The latest Friday before today that is a working day: a letter received there after 15:00 counts from Monday. */
function lastWorkingFriday(today: LocalDate, calendar: WorkingCalendar): LocalDate {
  let day = calendar.addWorkingDays(today, -1);
  while (isoWeekday(day) !== 5) day = calendar.addWorkingDays(day, -1);
  return day;
}

/** What every family of sample cases builds its rows with. */
export interface SampleContext {
  readonly today: LocalDate;
  readonly calendar: WorkingCalendar;
  /** The working day `days` working days before today. */
  readonly ago: (days: number) => LocalDate;
  /** A date-time cell. */
  readonly at: (day: LocalDate, hour: number, minute?: number) => CellValue;
  /** The case ID the engine would give: PREFIX-YYYY-NNNNN of this year. */
  readonly id: (prefix: string, n: number) => string;
  /** A row that is mid-way: its engine columns, and its Riwayat rows kept for the workbook. */
  readonly midWay: (caseId: string, way: MidWay) => Row;
}

/** A family's samples: its registers' rows and its Dokumen Kasus rows (histories go through midWay). */
export interface SampleFamily {
  readonly registers: readonly (readonly [register: string, rows: readonly Row[]])[];
  readonly documents: readonly Row[];
}

/** The families' rows by register, in order; two families may fill one (RCC and training share Permohonan Asesor). */
function byRegister(entries: readonly (readonly [string, readonly Row[]])[]): Map<string, readonly Row[]> {
  const rows = new Map<string, readonly Row[]>();
  for (const [register, more] of entries) rows.set(register, [...(rows.get(register) ?? []), ...more]);
  return rows;
}

export function sampleCases(today: LocalDate, calendar: WorkingCalendar): SampleCases {
  const ago = (days: number) => calendar.addWorkingDays(today, -days);
  const at = (day: LocalDate, hour: number, minute = 0) => dateCell(day, hour * 60 + minute);
  const year = today.slice(0, 4);
  const id = (prefix: string, n: number) => `${prefix}-${year}-${String(n).padStart(5, "0")}`;
  const histories: SampleCaseHistory[] = [];
  /** A row that is mid-way: its engine columns and its Riwayat rows. */
  const midWay = (caseId: string, way: MidWay): Row => {
    histories.push({ id: caseId, initial: way.initial, recordedOn: way.received, recordedMinute: Math.max(9 * 60, way.receivedMinute + 5), recordedNote: way.recordedNote, path: way.path });
    return recorded(way, calendar);
  };
  const context: SampleContext = { today, calendar, ago, at, id, midWay };
  const friday = lastWorkingFriday(today, calendar);
  const appealed = appealedSample(today, calendar);

  const suratMasuk: Row[] = [
    // Came in yesterday after 15:00, so it counts from today: the head disposes it today, on time ("TS").
    { "ID Surat Masuk": id("SM", 1), "Waktu Diterima": at(ago(1), 15, 20), "Nomor Surat Pengirim": `012/LSP-CONTOH/${year}`, "Tanggal Surat": dateCell(ago(3)),
      Pengirim: "LSP Contoh Pelayanan Publik", Perihal: "Permohonan penyaksian uji kompetensi skema Pelayanan Publik", "Ditujukan Kepada": "Ketua BNSP",
      "Disposisi Kepada": "Sekretariat", "Isi Disposisi": "Mohon dijadwalkan dan dikoordinasikan dengan LSP", Status: "Didisposisi",
      ...midWay(id("SM", 1), { initial: "Diterima", received: ago(1), receivedMinute: 15 * 60 + 20, recordedNote: "Surat Masuk dicatat", path: [], stepSla: 0 }) },
    // Came in on a Friday after 15:00: it counts from the next working day (Monday).
    { "ID Surat Masuk": id("SM", 2), "Waktu Diterima": at(friday, 16, 20), "Nomor Surat Pengirim": `045/BPSDM-CONTOH/${year}`, "Tanggal Surat": dateCell(calendar.addWorkingDays(friday, -1)),
      Pengirim: "BPSDM Provinsi Contoh", Perihal: "Usulan peserta sertifikasi kompetensi ASN", "Ditujukan Kepada": "Sekretariat", Status: "Diterima" },
    // Addressed to Lisensi: forwarded straight to that section, without the head's disposition.
    { "ID Surat Masuk": id("SM", 3), "Waktu Diterima": at(ago(1), 15, 45), "Nomor Surat Pengirim": `007/LSP-CONTOH-2/${year}`, "Tanggal Surat": dateCell(ago(4)),
      Pengirim: "LSP Contoh Administrasi Perkantoran", Perihal: "Permohonan perpanjangan lisensi LSP", "Ditujukan Kepada": "Lisensi", Status: "Diteruskan ke Bagian",
      ...midWay(id("SM", 3), { initial: "Diterima", received: ago(1), receivedMinute: 15 * 60 + 45, recordedNote: "Surat Masuk dicatat", path: [], stepSla: 0 }) },
    // Disposed two days ago; the signed disposition sheet is in Dokumen Kasus, so it can be closed.
    { "ID Surat Masuk": id("SM", 4), "Waktu Diterima": at(ago(3), 8, 40), "Nomor Surat Pengirim": `101/UNIV-CONTOH/${year}`, "Tanggal Surat": dateCell(ago(5)),
      Pengirim: "Universitas Contoh", Perihal: "Permohonan narasumber seminar sertifikasi profesi", "Ditujukan Kepada": "Ketua BNSP",
      "Disposisi Kepada": "Bagian Umum", "Isi Disposisi": "Siapkan jawaban", Status: "Selesai",
      ...midWay(id("SM", 4), { initial: "Diterima", received: ago(3), receivedMinute: 8 * 60 + 40, recordedNote: "Surat Masuk dicatat", path: [["Didisposisi", ago(2)]] }) },
    // Came in yesterday before 15:00: due for disposition that same day ("TS"), still waiting.
    { "ID Surat Masuk": id("SM", 5), "Waktu Diterima": at(ago(1), 10, 15), "Nomor Surat Pengirim": `088/LSP-CONTOH-3/${year}`, "Tanggal Surat": dateCell(ago(2)),
      Pengirim: "LSP Contoh Kearsipan", Perihal: "Laporan pelaksanaan uji kompetensi triwulan III", "Ditujukan Kepada": "Ketua BNSP", Status: "Diterima" },
  ];

  const suratKeluar: Row[] = [
    { "ID Surat Keluar": id("SKS", 1), "Kode Alur": "SURAT_KELUAR_SEKRETARIAT", "Waktu Konsep": at(ago(1), 14, 10), Perihal: "Undangan rapat koordinasi pengawasan LSP",
      Tujuan: "Para Ketua LSP (daftar terlampir)", Konseptor: "Bagian Umum", Status: "Diperiksa" },
    { "ID Surat Keluar": id("SKS", 2), "Kode Alur": "SURAT_KELUAR_SEKRETARIAT", "Waktu Konsep": at(ago(1), 15, 30), Perihal: "Penyampaian jadwal penyaksian uji kompetensi",
      Tujuan: "LSP Contoh Pelayanan Publik", Konseptor: "Bagian Lisensi", Status: "Konsep" },
    // Checked this morning; signed and numbered, so staff set Status to Ditandatangani.
    { "ID Surat Keluar": id("SKA", 1), "Kode Alur": "SURAT_KELUAR_ANGGOTA", "Waktu Konsep": at(ago(1), 8, 20), Perihal: "Tanggapan atas permohonan narasumber",
      Tujuan: "Rektor Universitas Contoh", Konseptor: "Anggota BNSP Bidang Contoh", "Nomor Surat Keluar": `B-0123/BNSP-CONTOH/${year}`, Status: "Ditandatangani",
      ...midWay(id("SKA", 1), { initial: "Konsep", received: ago(1), receivedMinute: 8 * 60 + 20, recordedNote: "Surat Keluar dicatat", path: [["Diperiksa", ago(1)]] }) },
  ];

  const pengaduan: Row[] = [
    { "ID Pengaduan": id("ADU", 1), "Waktu Diterima": at(ago(1), 11, 0), Saluran: "Langsung", "Nama Pengadu": "Sri Wulandari",
      "Isi Pengaduan": "Menanyakan jadwal uji kompetensi yang belum diumumkan", "Tindak Lanjut": "Jadwal dikonfirmasi kepada pengadu; pengumuman diunggah ke laman kantor",
      Status: "Ditindaklanjuti" },
    // Followed up yesterday; the answer is ready, so staff set Status to Dijawab and the letter is drafted.
    { "ID Pengaduan": id("ADU", 2), "Waktu Diterima": at(ago(2), 8, 45), Saluran: "E-mail Resmi", "Nama Pengadu": "Dewi Lestari", "Email Pengadu": "dewi.lestari@contoh.go.id",
      "Isi Pengaduan": "Berkas permohonan dikembalikan; mohon penjelasan dokumen yang kurang", "ID Kasus Terkait": `PRM-${year}-00005`,
      "Tindak Lanjut": "Dijelaskan bahwa sertifikat Diklat Pelayanan Prima dan pasfoto 3x4 latar merah belum dilampirkan; berkas dapat diserahkan kembali",
      Status: "Dijawab",
      ...midWay(id("ADU", 2), { initial: "Diterima", received: ago(2), receivedMinute: 8 * 60 + 45, recordedNote: "Pengaduan dicatat", path: [["Ditindaklanjuti", ago(1)]] }) },
    { "ID Pengaduan": id("ADU", 3), "Waktu Diterima": at(ago(1), 15, 40), Saluran: "Helpdesk", "Nama Pengadu": "Andi Saputra",
      "Isi Pengaduan": "Formulir permohonan daring tidak dapat dibuka", Status: "Diterima" },
    { "ID Pengaduan": id("ADU", 4), "Waktu Diterima": at(ago(2), 10, 5), Saluran: "SP4N-LAPOR!", "Nama Pengadu": "Pelapor SP4N-LAPOR! (identitas dirahasiakan)",
      "Isi Pengaduan": "Biaya uji kompetensi belum diumumkan di laman kantor", Status: "Diterima" },
  ];

  // Filed two working days after the decision (well within the office's limit); the panel has decided.
  const filed = calendar.addWorkingDays(appealed.decidedOn, 2);
  const banding: Row[] = [
    { "ID Banding": id("BDG", 1), "Tanggal Banding": dateCell(filed), "ID Permohonan": appealed.id, "Nama Pemohon Banding": appealed.name,
      "Alasan Banding": "Bukti portofolio unit melayani pelanggan belum dipertimbangkan asesor", "Anggota Panel": "Ketua Panel Contoh; Anggota Panel Contoh",
      "Putusan Panel": "Ditolak", Status: "Diputuskan",
      ...midWay(id("BDG", 1), { initial: "Diajukan", received: filed, receivedMinute: 0, recordedNote: "Banding dicatat", path: [["Diperiksa Panel", calendar.addWorkingDays(filed, 1)]] }) },
  ];

  const documents: Row[] = [
    { "ID Kasus": id("SM", 4), "Kode Dokumen": "LD", Ada: "Ya", Tanggal: dateCell(ago(2)), Catatan: "Lembar disposisi ditandatangani Ketua" },
    { "ID Kasus": id("BDG", 1), "Kode Dokumen": "FR.AK.04", Ada: "Ya", Tanggal: dateCell(filed), Catatan: "Formulir banding diisi asesi" },
  ];

  const families = [asesorSamples(context), pelatihanSamples(context), lisensiSamples(context), lanSamples(context)];
  return {
    registers: byRegister([["Surat Masuk", suratMasuk], ["Surat Keluar", suratKeluar], ["Pengaduan", pengaduan], ["Banding", banding], ...families.flatMap((f) => f.registers)]),
    documents: [...documents, ...families.flatMap((f) => f.documents)],
    histories,
  };
}
