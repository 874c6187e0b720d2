// Sample LAN Penilaian Kompetensi cases (seed 004) for a new local workbook, at different steps,
// with their participants in Peserta Penilaian. Staff have set the Status of some to the next
// state, so the first `npm start` drafts the answer to a request, the invoice of an intake just
// held and the cover letter of a short report, and refuses the intake of an SPK signed only 4
// days before the assessment, naming the days. Every agency and person is fictional.
import { dateCell } from "../../apps-script/core/ports";
import { addCalendarDays, type LocalDate } from "../../apps-script/core/time/local-date";
import type { Row, SampleContext, SampleFamily } from "./sample-cases";

const REG = "Penilaian Kompetensi";
const PESERTA = "Peserta Penilaian";
const FIRST = ["Ahmad", "Dewi", "Fajar", "Indah", "Muhammad", "Nur", "Putu", "Sri", "Yohanes", "Wahyu", "Ratna", "Bayu", "Lina"];
const LAST = ["Hidayat", "Lestari", "Pratama", "Sari", "Rahman", "Kusuma", "Wijaya", "Anggraini", "Siregar", "Tanjung", "Purba"];
const POSITIONS = ["Kepala Bidang", "Kepala Subbagian", "Analis Kebijakan", "Kepala Seksi", "Pengawas Penyelenggaraan Urusan Pemerintahan"];

/** The latest working day `d`, on or before yesterday, whose day 4 calendar days later is a working day too. */
function fourDaysApart(context: SampleContext): { signed: LocalDate; assessment: LocalDate } {
  let signed = context.ago(1);
  while (!context.calendar.isWorkingDay(addCalendarDays(signed, 4))) signed = context.calendar.addWorkingDays(signed, -1);
  return { signed, assessment: addCalendarDays(signed, 4) };
}

export function lanSamples(context: SampleContext): SampleFamily {
  const { ago, at, id, midWay, calendar, today } = context;
  const ahead = (days: number) => calendar.addWorkingDays(today, days);
  const day = (d: LocalDate) => dateCell(d);
  const year = today.slice(0, 4);
  const agency = (name: string, city: string, n: number): Row => ({
    "Instansi Pemohon": name, "Email Instansi": `bkpsdm@${city.toLowerCase().replace(/\s+/g, "")}.contoh.go.id`,
    "Alamat Instansi": `Jalan Pahlawan Nomor ${n}, ${city}`, "Nomor Surat Permohonan": `800/${100 + n}/BKPSDM/${year}`,
  });
  const received = (d: LocalDate) => ({ "Tanggal Surat Permohonan": day(d) });
  const spk = fourDaysApart(context);

  const assessments: Row[] = [
    // A request received two days ago; the head has accepted it: the first run drafts the answer.
    { "ID Penilaian Kompetensi": id("PK", 1), ...agency("Pemerintah Kabupaten Contoh Utara", "Contoh Utara", 1), ...received(ago(2)),
      "Tujuan Penilaian": "Seleksi Jabatan", Status: "Koordinasi",
      ...midWay(id("PK", 1), { initial: "Permohonan Diterima", received: ago(2), receivedMinute: 0, recordedNote: "Permohonan kerja sama dicatat", path: [] }) },
    // SPK signed only 4 days before the assessment: the move into Intake Daring is refused, the days named.
    { "ID Penilaian Kompetensi": id("PK", 2), ...agency("Pemerintah Kota Contoh Barat", "Contoh Barat", 2), ...received(ago(20)),
      "Tujuan Penilaian": "Seleksi Jabatan", "Metode Intake": "Daring", Lokasi: "Laboratorium Komputer BKPSDM Kota Contoh Barat",
      "Tim Pendamping dan Teknis": "Tim TI BKPSDM Kota Contoh Barat (Andi Saputra, 0812-0000-0002)",
      "Tanggal Penilaian": day(spk.assessment), "Batas Pembayaran": day(ahead(25)), "Nomor SPK": `SPK-02/PKASN/${year}`,
      "Tanggal SPK Ditandatangani": day(spk.signed), Status: "Intake Daring",
      ...midWay(id("PK", 2), { initial: "Permohonan Diterima", received: ago(20), receivedMinute: 0, recordedNote: "Permohonan kerja sama dicatat",
        path: [["Koordinasi", ago(17)], ["Penyusunan SPK", ago(12)], ["SPK Ditandatangani", spk.signed], ["Persiapan Intake", spk.signed]] }) },
    // Intake held on site; staff set Status to Penagihan: the first run drafts the invoice for its 12 participants.
    { "ID Penilaian Kompetensi": id("PK", 3), ...agency("Pemerintah Provinsi Contoh", "Kota Contoh", 3), ...received(ago(35)),
      "Tujuan Penilaian": "Seleksi Jabatan", "Metode Intake": "Luring", Lokasi: "Aula Kantor Gubernur Provinsi Contoh",
      "Tanggal Penilaian": day(ago(6)), "Batas Pembayaran": day(ahead(15)), "Nomor SPK": `SPK-03/PKASN/${year}`,
      "Tanggal SPK Ditandatangani": day(ago(25)), "Tanggal Intake Selesai": day(ago(4)), Status: "Penagihan",
      ...midWay(id("PK", 3), { initial: "Permohonan Diterima", received: ago(35), receivedMinute: 0, recordedNote: "Permohonan kerja sama dicatat",
        path: [["Koordinasi", ago(32)], ["Penyusunan SPK", ago(29)], ["SPK Ditandatangani", ago(25)], ["Persiapan Intake", ago(20)], ["Intake Luring", ago(6)]] }) },
    // The short report was handed over; the verifier moves it on: the first run drafts its cover letter.
    { "ID Penilaian Kompetensi": id("PK", 4), ...agency("Pemerintah Kabupaten Contoh Selatan", "Contoh Selatan", 4), ...received(ago(45)),
      "Tujuan Penilaian": "Seleksi Jabatan", "Metode Intake": "Daring", Lokasi: "Gedung Diklat Kabupaten Contoh Selatan",
      "Tim Pendamping dan Teknis": "Tim Pendamping BKPSDM Kabupaten Contoh Selatan (Rina, 0812-0000-0004)",
      "Tanggal Penilaian": day(ago(16)), "Batas Pembayaran": day(ago(2)), "Nomor SPK": `SPK-04/PKASN/${year}`,
      "Tanggal SPK Ditandatangani": day(ago(30)), "Tanggal Intake Selesai": day(ago(14)), "Tanggal Bayar": day(ago(9)),
      "Nomor Invoice/ Bukti Bayar": `TRF-${year}-0417`, "Tanggal Laporan Ringkas": day(ago(5)), Status: "Laporan Lengkap",
      ...midWay(id("PK", 4), { initial: "Permohonan Diterima", received: ago(45), receivedMinute: 0, recordedNote: "Permohonan kerja sama dicatat",
        path: [["Koordinasi", ago(42)], ["Penyusunan SPK", ago(38)], ["SPK Ditandatangani", ago(30)], ["Persiapan Intake", ago(25)],
          ["Intake Daring", ago(16)], ["Penagihan", ago(14)], ["Laporan Ringkas", ago(9)]] }) },
    // A mapping of 4 officials, below the threshold: its report is due on the date the SPK agreed.
    { "ID Penilaian Kompetensi": id("PK", 5), ...agency("Sekretariat DPRD Kota Contoh Timur", "Contoh Timur", 5), ...received(ago(40)),
      "Tujuan Penilaian": "Pemetaan Jabatan", "Metode Intake": "Luring", Lokasi: "Ruang Rapat Sekretariat DPRD Kota Contoh Timur",
      "Tanggal Penilaian": day(ago(12)), "Batas Pembayaran": day(ago(1)), "Nomor SPK": `SPK-05/PKASN/${year}`,
      "Tanggal SPK Ditandatangani": day(ago(24)), "Tanggal Intake Selesai": day(ago(11)), "Tanggal Bayar": day(ago(6)),
      "Nomor Invoice/ Bukti Bayar": `TRF-${year}-0522`, "Tenggat Laporan (SPK)": day(ahead(10)), Status: "Laporan Pemetaan",
      ...midWay(id("PK", 5), { initial: "Permohonan Diterima", received: ago(40), receivedMinute: 0, recordedNote: "Permohonan kerja sama dicatat",
        path: [["Koordinasi", ago(37)], ["Penyusunan SPK", ago(33)], ["SPK Ditandatangani", ago(24)], ["Persiapan Intake", ago(20)],
          ["Intake Luring", ago(12)], ["Penagihan", ago(11)], ["Laporan Pemetaan", ago(6)]] }) },
  ];

  let n = 0;
  const participants: Row[] = [];
  const documents: Row[] = [];
  /** `count` participants of case `k`, registered on `on`; those assessed already are mid-way at Diases. */
  const enrol = (k: number, count: number, on: LocalDate, assessedOn: LocalDate | null) => {
    for (let i = 0; i < count; i++) {
      n += 1;
      const caseId = id("PPK", n);
      const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
      const base: Row = {
        "ID Peserta Penilaian": caseId, "ID Penilaian Kompetensi": id("PK", k), "Tanggal Daftar": day(on), "Nama Peserta": name,
        Jabatan: POSITIONS[n % POSITIONS.length]!, Email: `${name.toLowerCase().replace(/\s+/g, ".")}${n}@contoh.go.id`,
      };
      if (!assessedOn) {
        participants.push(base);
        continue;
      }
      participants.push({ ...base, Status: "Diases", ...midWay(caseId, { initial: "Terdaftar", received: on, receivedMinute: 0, recordedNote: "Calon asesi dicatat",
        path: [["Berkas Lengkap", calendar.addWorkingDays(on, 2)], ["Diases", assessedOn]] }) });
      documents.push(
        { "ID Kasus": caseId, "Kode Dokumen": "DRH", Ada: "Ya", Tanggal: day(on), Catatan: "Daftar Riwayat Hidup diunggah saat e-registrasi" },
        { "ID Kasus": caseId, "Kode Dokumen": "KUESIONER", Ada: "Ya", Tanggal: day(calendar.addWorkingDays(on, 1)), Catatan: "Kuesioner diisi" },
      );
    }
  };
  enrol(2, 3, spk.signed, null);
  enrol(3, 12, ago(24), ago(6));
  enrol(4, 13, ago(29), ago(16));
  enrol(5, 4, ago(22), ago(12));

  return { registers: [[REG, assessments], [PESERTA, participants]], documents };
}
