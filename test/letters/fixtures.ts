// Fictional office, people and cases for letter tests: small factories with overrides.
import { pelayananPublikUnitRows } from "../../apps-script/core/seed/scheme-pelayanan-publik";
import { asesorSampleData } from "./fixtures-asesor";
import { lanSampleData } from "./fixtures-lan";
import { lisensiSampleData } from "./fixtures-lisensi";
import { LetterDataError } from "../../apps-script/core/letters/errors";
import type { LetterInput, LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import type { Office } from "../../apps-script/core/letters/office";
import type { CellValue } from "../../apps-script/core/ports";
import { type RegisterRow, RegisterTable } from "../../apps-script/core/registers/table";

export function makeOffice(overrides: Partial<Office> = {}): Office {
  return {
    letterhead: {
      agencyName: "Pemerintah Provinsi Sulawesi Barat",
      unitName: "Badan Pengembangan Sumber Daya Manusia",
      address: "Jalan Contoh Raya Nomor 10",
      city: "Mamuju",
      phone: "(0426) 555-0100",
      email: "sertifikasi@bpsdm.example.go.id",
    },
    signatory: {
      name: "Dr. Arif Budiman Saleh, S.STP., M.Si.",
      position: "Kepala Badan Pengembangan Sumber Daya Manusia",
      rank: "Pembina Utama Muda (IV/c)",
      nip: "197203152000031004",
    },
    timeZone: "Asia/Makassar",
    ...overrides,
  };
}

export const APPLICANT = {
  name: "Rina Wulandari, S.Sos.",
  nip: "199001152015032002",
  rank: "Penata Muda Tk. I (III/b)",
  position: "Analis Pelayanan Publik",
  agency: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Contoh",
};

/** The Pelayanan Publik scheme's units (seed 001), as the scheme register ships them. */
export const UNITS = pelayananPublikUnitRows().map((u) => ({ code: String(u["Kode Unit"]), title: String(u["Judul Unit"]) }));

export const SCHEME = { code: "SS-05/LSP-BPSDM DKI/V/2022", name: "Pelayanan Publik" };
export const TUK = { name: "TUK Sewaktu BPSDM", address: "Jalan Contoh Raya Nomor 10, Mamuju" };

const FIRST = ["Ahmad", "Dewi", "Fajar", "Indah", "Muhammad", "Nur", "Putu", "Sri", "Yohanes", "Wahyu"];
const LAST = ["Hidayat", "Lestari", "Pratama", "Sari", "Rahman", "Kusuma", "Wijaya", "Anggraini", "Siregar", "Tanjung"];

/** A well-formed fictional NIP: birth date, TMT, gender, sequence (never 000). */
export function fakeNip(i: number): string {
  const year = 1975 + (i % 20);
  const month = String((i % 12) + 1).padStart(2, "0");
  const day = String((i % 28) + 1).padStart(2, "0");
  const tmt = `${2000 + (i % 20)}${String(((i + 3) % 12) + 1).padStart(2, "0")}`;
  return `${year}${month}${day}${tmt}${(i % 2) + 1}${String((i % 998) + 1).padStart(3, "0")}`;
}

export function makeParticipants(count: number, bkEvery = 4) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
    nip: fakeNip(i),
    agency: i % 2 ? "Dinas Kesehatan Kabupaten Contoh" : "Badan Pendapatan Daerah Provinsi Contoh",
    result: (bkEvery > 0 && i % bkEvery === bkEvery - 1 ? "BK" : "K") as "K" | "BK",
  }));
}

/** A realistic data set for each letter type. */
export function sampleData<C extends LetterTypeCode>(type: C): LetterInput<C> {
  const base = { applicant: APPLICANT, scheme: SCHEME, applicationDate: "2026-03-02" };
  const samples: { [K in LetterTypeCode]: LetterInput<K> } = {
    TANDA_TERIMA: { ...base, receivedDocuments: ["Formulir APL.01", "Fotokopi SK pangkat terakhir", "Pasfoto 3x4 latar merah"], serviceDays: 14 },
    PENGEMBALIAN_BERKAS: { ...base, missingDocuments: ["Surat rekomendasi pimpinan unit kerja", "Sertifikat Diklat Fungsional Pelayanan Prima"], resubmitDays: 10 },
    PERSETUJUAN: { ...base, assessmentMethod: "Asesmen portofolio dan wawancara" },
    PENOLAKAN: { ...base, reasons: ["Golongan III/a belum memenuhi batas minimal", "Pengalaman pelayanan publik 1 tahun, minimal 2 tahun"], appealDays: 14 },
    SURAT_TUGAS: {
      assessor: { name: "Hendra Gunawan, S.E., M.M.", registrationNumber: "MET.000.001234 2021", nip: "198011202005011003" },
      scheme: SCHEME, schedule: { date: "2026-04-14", tuk: TUK }, participants: makeParticipants(6, 0),
    },
    UNDANGAN_UJI: {
      applicant: APPLICANT, scheme: SCHEME, schedule: { date: "2026-04-14", time: "08.00", tuk: TUK },
      bring: ["Kartu identitas (KTP)", "Portofolio bukti kompetensi asli", "Alat tulis"],
      fee: { amount: 3_200_000, payer: "instansi pengusul" },
    },
    SK_PENETAPAN: { scheme: SCHEME, assessmentDate: "2026-04-14", tuk: TUK, participants: makeParticipants(8) },
    BERITA_ACARA: {
      scheme: SCHEME, meeting: { date: "2026-04-15", time: "09.00", place: "Ruang Rapat BPSDM" }, assessmentDate: "2026-04-14", tuk: TUK,
      assessors: [{ name: "Hendra Gunawan, S.E., M.M.", registrationNumber: "MET.000.001234 2021" }, { name: "Lina Marlina, S.Psi.", registrationNumber: "MET.000.005678 2022" }],
      participants: makeParticipants(8),
    },
    SERTIFIKAT: { applicant: { name: APPLICANT.name, nip: APPLICANT.nip, agency: APPLICANT.agency }, scheme: { ...SCHEME, units: UNITS }, decisionDate: "2026-04-20", validityYears: 3 },
    SURAT_KETERANGAN: {
      applicant: APPLICANT, scheme: SCHEME, assessmentDate: "2026-04-14", tuk: TUK, result: "K",
      units: UNITS.map((u) => ({ ...u, result: "K" as const })),
    },
    INFORMASI_SERTIFIKASI: {
      applicant: APPLICANT,
      scheme: {
        ...SCHEME, standard: "SKKNI Keputusan Menteri Ketenagakerjaan Nomor 183 Tahun 2016", units: UNITS,
        requirements: ["Pendidikan minimal DIII atau sederajat", "Golongan minimal Pengatur Muda Tk.I (II/b)", "Telah lulus Diklat Fungsional Pelayanan Prima"],
        documents: ["Fotokopi KTP", "Daftar riwayat hidup (CV)", "Pasfoto 3x4 sebanyak 3 lembar dengan latar belakang merah"],
      },
      validityYears: 3,
      steps: [
        { title: "Pemeriksaan kelengkapan berkas", days: 5 }, { title: "Verifikasi persyaratan", days: 10 },
        { title: "Pelaksanaan uji kompetensi", days: 3 }, { title: "Penyerahan sertifikat" },
      ],
      serviceDays: 30, assessmentMethod: "Asesmen Portofolio dan Pertanyaan Wawancara", appealDays: 14,
    },
    DAFTAR_HADIR: {
      scheme: SCHEME, schedule: { date: "2026-04-14", time: "08.00", tuk: TUK },
      assessors: [{ name: "Hendra Gunawan, S.E., M.M.", registrationNumber: "MET.000.001234 2021" }, { name: "Lina Marlina, S.Psi.", registrationNumber: "MET.000.005678 2022" }],
      participants: makeParticipants(6, 0).map(({ name, agency }, i) => ({ name, agency, caseId: `PRM-2026-${String(i + 1).padStart(5, "0")}` })),
    },
    TANDA_TERIMA_PENYERAHAN: {
      applicant: { name: APPLICANT.name, nip: APPLICANT.nip, agency: APPLICANT.agency, position: APPLICANT.position },
      scheme: SCHEME, result: "K", handoverDate: "2026-04-27",
      items: [
        { name: "Sertifikat Kompetensi", number: "SERT/0042/BPSDM/IV/2026" }, { name: "Surat Keterangan Hasil Uji Kompetensi", number: "800/61/BPSDM/IV/2026" },
        { name: "Salinan Keputusan Penetapan Hasil Uji Kompetensi" },
      ],
      officer: { name: "Siti Aminah, A.Md.", position: "Pengelola Layanan Sertifikasi" },
    },
    LEMBAR_DISPOSISI: {
      agendaNumber: "SM-2026-00017", received: { date: "2026-04-06", time: "14.20" }, sender: "LSP Pelayanan Publik Provinsi Contoh",
      senderLetterNumber: "045/LSP-PP/IV/2026", senderLetterDate: "2026-04-02", subject: "Permohonan penyaksian uji kompetensi",
      addressedTo: "Ketua BNSP", forwardTo: "Sekretaris BNSP", routedStraight: false,
      instruction: "Agar dijadwalkan penyaksian uji kompetensi dan disiapkan surat tugas.", dueDate: "2026-04-06",
    },
    JAWABAN_PENGADUAN: {
      complaintId: "ADU-2026-00003", complainant: { name: "Bambang Sutrisno", email: "bambang.sutrisno@contoh.id" },
      received: { date: "2026-04-06", time: "09.15" }, channel: "SP4N-LAPOR!",
      summary: "Pemberitahuan hasil verifikasi permohonan belum diterima setelah sepuluh hari kerja.",
      followUp: "Hasil verifikasi telah dikirim ulang melalui pos-el dan petugas menghubungi pengadu melalui telepon.",
      relatedCase: "PRM-2026-00021", responseDays: 3, dayUnit: "hari kerja",
    },
    PUTUSAN_BANDING: {
      appealId: "BDG-2026-00002", appellant: { name: "Yohanes Siregar", agency: "Dinas Kesehatan Kabupaten Contoh" },
      application: { id: "PRM-2026-00031", scheme: SCHEME }, filedDate: "2026-05-04",
      reason: "Bukti portofolio unit N.821100.048.01 tidak dipertimbangkan asesor.",
      decision: "Diterima", panel: ["Dr. Lina Marlina, S.Psi., M.Psi.", "Hendra Gunawan, S.E., M.M.", "Ir. Made Suarta"], deadlineDays: 14,
    },
    ...asesorSampleData(),
    ...lisensiSampleData(),
    ...lanSampleData(),
  };
  return samples[type];
}

/**
 * One row of a case register (Surat Masuk, Pengaduan, Banding, …) as the engine reads it: its ID
 * column, the cells given, and the columns every case row has (Status, Catatan Petugas, engine).
 */
export function caseRegisterRow(register: string, cells: Record<string, CellValue>): RegisterRow {
  const idColumn = `ID ${register}`;
  const headers = [...new Set([idColumn, ...Object.keys(cells), "Status", "Catatan Petugas", "Status Tercatat", "Tenggat Langkah"])];
  const def = { name: register, purpose: "", key: [idColumn], columns: headers.map((header) => ({ header, type: "text" as const, owner: "staff" as const })) };
  return new RegisterTable(def, { name: register, headers, rows: [headers.map((h) => cells[h] ?? null)] }).rows[0]!;
}

/** The LetterDataError a call raises; fails the test when it raises none or another error. */
export function refusalOf(call: () => unknown): LetterDataError {
  try {
    call();
  } catch (error) {
    if (error instanceof LetterDataError) return error;
    throw error;
  }
  throw new Error("tidak ada galat");
}
