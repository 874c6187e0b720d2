// Sample candidate LSPs of Lisensi LSP (seed 003, lampiran VI) at different steps: a new dossier,
// one invited to the appreciation, a desk audit under way, one assigned its full assessment, LKS
// closed on day 16 (the engine routes it to the plenary's discretion) and on day 15 (technical
// panel), a licence and a refusal decided, a witnessing assigned. Every name is fictional.
import { dateCell } from "../../apps-script/core/ports";
import { dayCounter } from "../../apps-script/core/time/day-counter";
import { addCalendarDays, type LocalDate } from "../../apps-script/core/time/local-date";
import type { Row, SampleContext, SampleFamily } from "./sample-cases";

const R = "Lisensi LSP";
/** The states in the seed's order, up to where each sample stands. */
const FLOW = ["Pemeriksaan Apresiasi", "Undangan Apresiasi", "Apresiasi", "Dokumen Lisensi", "Asesmen Kecukupan", "Penjadwalan Asesmen",
  "Penugasan Asesmen", "Asesmen Lengkap", "Perbaikan LKS", "LKS Ditutup", "Panel Teknis", "Perbaikan Panel Teknis", "Undangan Pleno",
  "Rapat Pleno", "Penerbitan Lisensi", "Serah Terima SK", "Pengajuan Penyaksian"] as const;
type Step = (typeof FLOW)[number];
/** The last D-code each state expects (services-lisensi.ts): a case past a state has its documents in. */
const LAST_CODE: Partial<Record<Step, number>> = {
  "Pemeriksaan Apresiasi": 1, "Undangan Apresiasi": 4, Apresiasi: 5, "Dokumen Lisensi": 7, "Asesmen Kecukupan": 10, "Penjadwalan Asesmen": 11,
  "Penugasan Asesmen": 13, "Asesmen Lengkap": 14, "Perbaikan LKS": 15, "Panel Teknis": 16, "Perbaikan Panel Teknis": 18, "Undangan Pleno": 20,
  "Rapat Pleno": 21, "Penerbitan Lisensi": 23, "Serah Terima SK": 25, "Pengajuan Penyaksian": 27,
};

export function lisensiSamples(context: SampleContext): SampleFamily {
  const { today, calendar, ago, id, midWay } = context;
  const day = (d: LocalDate) => dateCell(d);
  const documents: Row[] = [];
  const workingDays = dayCounter(calendar, "hari kerja");

  /** The latest working day `days` calendar days after a working day, both before today: the LKS rule counts calendar days. */
  const closedAfter = (days: number) => {
    for (let k = 1; ; k++) {
      const closed = ago(k);
      const assessed = addCalendarDays(closed, -days);
      if (calendar.isWorkingDay(assessed)) return { assessed, closed };
    }
  };

  /**
   * A candidate now standing in `at` since `since`, having passed the states before it two working
   * days apart (the full assessment on `assessed` when given; LKS Ditutup left the day it was
   * entered, as the engine does). `cells` gets the day it entered each state. Its documents up to
   * `at` are in Dokumen Kasus.
   */
  const candidate = (n: number, at: Step, since: LocalDate, cells: (entered: (s: Step) => LocalDate) => Row, assessed?: LocalDate): Row => {
    const caseId = id("LIS", n);
    const upTo = FLOW.indexOf(at);
    const dates = new Map<Step, LocalDate>();
    let on = since;
    for (let i = upTo; i >= 1; i--) {
      const state = FLOW[i]!;
      dates.set(state, on);
      if (state === "Perbaikan LKS" && assessed) on = assessed;
      else if (state !== "Panel Teknis") on = calendar.addWorkingDays(on, -2);
    }
    const received = on;
    const entered = (s: Step) => dates.get(s) ?? received;
    for (let code = 1; code <= (LAST_CODE[at] ?? 0); code++) {
      documents.push({ "ID Kasus": caseId, "Kode Dokumen": `D${code}`, Ada: "Ya", Tanggal: day(since), Catatan: null });
    }
    const path = FLOW.slice(1, upTo + 1).map((s) => [s, entered(s)] as const);
    // Dokumen Lisensi stops the service clock (the candidate completes its documents): the days it paused.
    const paused: Row = upTo > FLOW.indexOf("Dokumen Lisensi") ? { "Hari Jeda": workingDays.count(entered("Dokumen Lisensi"), entered("Asesmen Kecukupan")) } : {};
    return {
      [`ID ${R}`]: caseId, "Tanggal Pengajuan": day(received), ...cells(entered), ...paused,
      ...midWay(caseId, { initial: "Pemeriksaan Apresiasi", received, receivedMinute: 0, recordedNote: "Permohonan lisensi LSP dicatat", path }),
    };
  };

  const lsp = (name: string, address: string, schemes: string): Row => ({
    "Nama LSP": name, "Email LSP": `sekretariat@${name.toLowerCase().replace(/^lsp /, "").replace(/\s+/g, "-")}.contoh.id`, "Alamat LSP": address, "Skema Diajukan": schemes,
  });
  /** What the moves up to the full assessment filled in, from the days the case entered each state. */
  const assessed = (entered: (s: Step) => LocalDate, n: number): Row => ({
    "Tanggal Apresiasi": day(entered("Apresiasi")), "Tempat Apresiasi": "Ruang Rapat BNSP, Jakarta", "Kode Akses": `AKS-CONTOH-${String(n).padStart(2, "0")}`,
    "Tanggal Asesmen Kecukupan": day(entered("Asesmen Kecukupan")), "Ketua Tim Asesor": "Asesor Lisensi Contoh Satu",
    "Anggota Tim Asesor": "Asesor Lisensi Contoh Dua; Asesor Lisensi Contoh Tiga", "Tanggal Asesmen Lengkap": day(entered("Asesmen Lengkap")),
  });
  /** ... and up to the plenary: the LKS closed the day the case went on to Panel Teknis. */
  const plenary = (entered: (s: Step) => LocalDate, n: number): Row => ({
    ...assessed(entered, n), "Tanggal LKS Ditutup": day(entered("Panel Teknis")), "Tanggal Pleno": day(entered("Rapat Pleno")),
  });
  const late = closedAfter(16);
  const onTime = closedAfter(15);
  const year = today.slice(0, 4);

  const rows: Row[] = [
    // Just came in: the appreciation documents are being checked against the check list.
    { [`ID ${R}`]: id("LIS", 1), "Tanggal Pengajuan": day(ago(1)), ...lsp("LSP Contoh Pariwisata", "Jl. Contoh Wisata No. 1, Denpasar", "Pemandu Wisata, Pramusaji Muda"), Status: "Pemeriksaan Apresiasi" },
    // Checked and complete (D1): staff set the appreciation's day and place, so the invitation (D4) is drafted.
    { ...candidate(2, "Pemeriksaan Apresiasi", ago(2), () => ({ ...lsp("LSP Contoh Logistik", "Jl. Contoh Pelabuhan No. 8, Surabaya", "Operator Forklift, Staf Gudang Muda"),
      "Tanggal Apresiasi": day(calendar.addWorkingDays(today, 5)), "Tempat Apresiasi": "Ruang Rapat BNSP, Jakarta" })), Status: "Undangan Apresiasi" },
    // The desk audit is under way.
    { ...candidate(3, "Asesmen Kecukupan", ago(2), (e) => ({ ...lsp("LSP Contoh Konstruksi", "Jl. Contoh Beton No. 3, Bandung", "Juru Ukur, Pelaksana Lapangan Muda"),
      "Tanggal Apresiasi": day(e("Apresiasi")), "Tempat Apresiasi": "Ruang Rapat BNSP, Jakarta", "Kode Akses": "AKS-CONTOH-03", "Tanggal Asesmen Kecukupan": day(e("Asesmen Kecukupan")) })),
    Status: "Asesmen Kecukupan" },
    // Scheduled: the head sets the team and the days, so the notice and assignment (D12/D13) are drafted.
    { ...candidate(4, "Penjadwalan Asesmen", ago(1), (e) => ({ ...lsp("LSP Contoh Perkantoran", "Jl. Contoh Arsip No. 12, Yogyakarta", "Sekretaris Junior, Arsiparis Muda"),
      ...assessed(e, 4), "Tanggal Asesmen Lengkap": day(calendar.addWorkingDays(today, 10)), "Tanggal Selesai Asesmen Lengkap": day(calendar.addWorkingDays(today, 11)) })),
    Status: "Penugasan Asesmen" },
    // LKS closed 16 calendar days after the full assessment: the first run routes it to Diskresi Pleno.
    { ...candidate(5, "Perbaikan LKS", calendar.addWorkingDays(late.assessed, 1), (e) => ({ ...lsp("LSP Contoh Perhotelan", "Jl. Contoh Pantai No. 5, Mataram", "Resepsionis Hotel, Room Attendant"),
      ...assessed(e, 5), "Tanggal LKS Ditutup": day(late.closed) }), late.assessed), Status: "LKS Ditutup" },
    // Closed on day 15: the first run takes it on to Panel Teknis.
    { ...candidate(6, "Perbaikan LKS", calendar.addWorkingDays(onTime.assessed, 1), (e) => ({ ...lsp("LSP Contoh Digital", "Jl. Contoh Siber No. 21, Jakarta Selatan", "Junior Web Developer, Network Administrator Muda"),
      ...assessed(e, 6), "Tanggal LKS Ditutup": day(onTime.closed) }), onTime.assessed), Status: "LKS Ditutup" },
    // The plenary recommended the licence: the SK (D23b) and the certificate (D23c) are drafted.
    { ...candidate(7, "Rapat Pleno", ago(1), (e) => ({ ...lsp("LSP Contoh Kelistrikan", "Jl. Contoh Gardu No. 9, Semarang", "Teknisi Instalasi Listrik, Juru Ikat Kabel"),
      ...plenary(e, 7), "Keputusan Pleno": "Direkomendasikan", "Nomor SK Lisensi": `KEP.0101/BNSP-CONTOH/${year}`, "Tanggal SK Lisensi": day(today),
      "Nomor Sertifikat Lisensi": "BNSP-LSP-CONTOH-0101-ID", "Lisensi Berlaku Sampai": day(addCalendarDays(today, 5 * 365)) })), Status: "Penerbitan Lisensi" },
    // The plenary did not recommend it: the refusal with its reasons (D23a) is drafted.
    { ...candidate(8, "Rapat Pleno", ago(1), (e) => ({ ...lsp("LSP Contoh Agribisnis", "Jl. Contoh Sawah No. 2, Makassar", "Penyuluh Pertanian Muda"),
      ...plenary(e, 8), "Keputusan Pleno": "Tidak Direkomendasikan",
      "Alasan Penolakan": "Sistem manajemen mutu LSP belum diterapkan dan diaudit internal\nJumlah asesor kompetensi belum mencukupi untuk skema yang diajukan" })),
    Status: "Lisensi Ditolak" },
    // Licensed and asking for the witnessing of a test: the head assigns the witness (D29).
    { ...candidate(9, "Pengajuan Penyaksian", ago(1), (e) => ({ ...lsp("LSP Contoh Kesehatan", "Jl. Contoh Sehat No. 7, Medan", "Asisten Apoteker, Perekam Medis Muda"),
      ...plenary(e, 9), "Keputusan Pleno": "Direkomendasikan", "Nomor SK Lisensi": `KEP.0077/BNSP-CONTOH/${year}`, "Tanggal SK Lisensi": day(e("Penerbitan Lisensi")),
      "Nomor Sertifikat Lisensi": "BNSP-LSP-CONTOH-0077-ID", "Lisensi Berlaku Sampai": day(addCalendarDays(e("Penerbitan Lisensi"), 5 * 365)),
      "Tanggal Penyaksian": day(calendar.addWorkingDays(today, 7)), Penyaksi: "Penyaksi Uji Contoh", "Skema Penyaksian": "Asisten Apoteker",
      "TUK Penyaksian": "TUK Sewaktu Contoh, Jl. Contoh Sehat No. 7, Medan" })), Status: "Penugasan Penyaksian" },
  ];
  return { registers: [[R, rows]], documents };
}
