// Every register (tab) of an office's spreadsheet: headers, types, owners and keys.
import { GOLONGAN_CODES, NO, PENDIDIKAN, ROLES, YES } from "../domain/reference";
import { GUARD_DESCRIPTIONS } from "../engine/guards";
import { type ColumnDef, engineColumn, type RegisterDef, staffColumn } from "./schema";

const YES_NO = [YES, NO] as const;
const staff = staffColumn;
const engine = engineColumn;

export const PENGATURAN: RegisterDef = {
  name: "Pengaturan",
  purpose: "Pengaturan kantor: nama instansi, zona waktu, jam batas, SLA layanan, format nomor surat.",
  key: ["Kunci"],
  columns: [
    staff("Kunci", "text", { required: true, width: 220 }),
    staff("Nilai", "text", { width: 320 }),
    staff("Keterangan", "text", { width: 420 }),
  ],
};

export const LIBUR: RegisterDef = {
  name: "Libur",
  purpose: "Hari libur nasional, cuti bersama dan libur daerah: hari yang bukan hari kerja.",
  key: ["Tanggal"],
  columns: [
    staff("Tanggal", "date", { required: true, width: 110 }),
    staff("Jenis", "choice", { required: true, options: ["Libur Nasional", "Cuti Bersama", "Libur Daerah"], width: 130 }),
    staff("Keterangan", "text", { width: 320 }),
    staff("Dasar Hukum", "text", { width: 280 }),
  ],
};

export const SKEMA: RegisterDef = {
  name: "Skema",
  purpose: "Skema sertifikasi yang dilayani kantor ini.",
  key: ["Kode Skema"],
  columns: [
    staff("Kode Skema", "text", { required: true, width: 220 }),
    staff("Nama Skema", "text", { required: true, width: 220 }),
    staff("Kode Alur", "text", { required: true, width: 150, optionsFrom: { register: "Alur", column: "Kode Alur" } }),
    staff("Masa Berlaku (tahun)", "integer", { required: true, width: 90 }),
    staff("Standar Kompetensi", "text", { width: 320 }),
    staff("Deskripsi", "text", { width: 320 }),
    staff("TUK", "text", { width: 260 }),
    staff("Aktif", "yesno", { required: true, options: YES_NO, width: 70 }),
  ],
};

export const UNIT_KOMPETENSI: RegisterDef = {
  name: "Unit Kompetensi",
  purpose: "Unit kompetensi setiap skema, berurutan.",
  key: ["Kode Skema", "Kode Unit"],
  columns: [
    staff("Kode Skema", "text", { required: true, width: 220, optionsFrom: { register: "Skema", column: "Kode Skema" } }),
    staff("No", "integer", { required: true, width: 50 }),
    staff("Kode Unit", "text", { required: true, width: 150 }),
    staff("Judul Unit", "text", { required: true, width: 360 }),
  ],
};

export const REQUIREMENT_RULES = ["INSTANSI", "PENDIDIKAN_MIN", "GOLONGAN_MIN", "PENGALAMAN_MIN", "DOKUMEN"] as const;
export type RequirementRule = (typeof REQUIREMENT_RULES)[number];

export const PERSYARATAN: RegisterDef = {
  name: "Persyaratan",
  purpose: "Persyaratan skema sebagai aturan yang dicek mesin (pendidikan, golongan, pengalaman, dokumen).",
  key: ["Kode Skema", "Kode Syarat"],
  columns: [
    staff("Kode Skema", "text", { required: true, width: 220, optionsFrom: { register: "Skema", column: "Kode Skema" } }),
    staff("Kode Syarat", "text", { required: true, width: 170 }),
    staff("Jenis", "choice", { required: true, options: ["Persyaratan Dasar", "Bukti Administratif"], width: 150 }),
    staff("Uraian", "text", { required: true, width: 420 }),
    staff("Aturan", "choice", { required: true, options: REQUIREMENT_RULES, width: 140,
      note: "INSTANSI: teks yang harus ada di kolom Instansi. PENDIDIKAN_MIN / GOLONGAN_MIN: jenjang minimal. PENGALAMAN_MIN: tahun minimal. DOKUMEN: kode dokumen yang harus ada di kolom Dokumen Diserahkan." }),
    staff("Nilai", "text", { width: 170 }),
  ],
};

export const ALUR: RegisterDef = {
  name: "Alur",
  purpose: "Status setiap alur layanan dengan SLA (hari kerja). Wajib diisi: mesin tidak memakai alur bawaan untuk buku kerja yang sudah ada.",
  key: ["Kode Alur", "Status"],
  columns: [
    staff("Kode Alur", "text", { required: true, width: 150 }),
    staff("Status", "text", { required: true, width: 170 }),
    staff("Urutan", "integer", { required: true, width: 70 }),
    staff("Tahap", "text", { width: 360 }),
    staff("SLA (hari kerja)", "integer", { width: 90, note: "Kosong: tanpa tenggat langkah. Negatif bersama 'Dihitung Dari': hari kerja sebelum tanggal itu." }),
    staff("Dihitung Dari", "text", { width: 130, note: "Kosong: sejak kasus masuk status ini. Atau kolom tanggal Permohonan, mis. Jadwal Uji (SPK paling lambat 5 hari kerja sebelum asesmen: SLA -5)." }),
    staff("Jam Berhenti", "yesno", { options: YES_NO, width: 90, note: "Ya: waktu layanan berhenti selama kasus di status ini (berkas dikembalikan)." }),
    staff("Mulai Hitung Layanan", "yesno", { options: YES_NO, width: 110, note: "Ya: tenggat layanan dihitung sejak kasus masuk status ini (berkas lengkap dan benar)." }),
    staff("Status Akhir", "yesno", { options: YES_NO, width: 90 }),
    staff("Dokumen Diharapkan", "text", { width: 260 }),
  ],
};

/** Header note of Alur Transisi "Syarat": each guard of engine/guards.ts with what it checks. */
export const SYARAT_NOTE = ["Nama syarat, dipisah koma:", ...Object.entries(GUARD_DESCRIPTIONS).map(([name, what]) => `${name}: ${what}`)].join("\n");

export const ALUR_TRANSISI: RegisterDef = {
  name: "Alur Transisi",
  purpose: "Langkah yang sah antar status, peran yang boleh, kolom wajib, syarat, dan surat yang dibuat.",
  key: ["Kode Alur", "Dari", "Ke"],
  columns: [
    staff("Kode Alur", "text", { required: true, width: 150 }),
    staff("Dari", "text", { required: true, width: 170 }),
    staff("Ke", "text", { required: true, width: 170 }),
    staff("Peran", "text", { required: true, width: 170, note: `Satu atau lebih, dipisah koma: ${ROLES.join(", ")}.` }),
    staff("Wajib Diisi", "text", { width: 220, note: "Kolom Permohonan yang harus terisi, dipisah koma." }),
    staff("Syarat", "text", { width: 200, note: SYARAT_NOTE }),
    staff("Surat", "text", { width: 220, note: "Jenis surat yang dibuat saat langkah ini, dipisah koma." }),
  ],
};

export const PENGGUNA: RegisterDef = {
  name: "Pengguna",
  purpose: "Siapa boleh memindahkan kasus: e-mail dan peran.",
  key: ["Email"],
  columns: [
    staff("Email", "email", { required: true, width: 240 }),
    staff("Nama", "text", { required: true, width: 200 }),
    staff("Peran", "choice", { required: true, options: ROLES, width: 120 }),
    staff("Aktif", "yesno", { required: true, options: YES_NO, width: 70 }),
  ],
};

export const ASESOR: RegisterDef = {
  name: "Asesor",
  purpose: "Asesor kompetensi dengan nomor registrasi MET BNSP.",
  key: ["No. Registrasi"],
  columns: [
    staff("No. Registrasi", "text", { required: true, width: 170 }),
    staff("Nama", "text", { required: true, width: 220 }),
    staff("Email", "email", { width: 220 }),
    staff("Kode Skema", "text", { width: 220 }),
    staff("Berlaku Sampai", "date", { width: 110 }),
    staff("Aktif", "yesno", { options: YES_NO, width: 70 }),
  ],
};

export const TUK: RegisterDef = {
  name: "TUK",
  purpose: "Tempat Uji Kompetensi.",
  key: ["Kode TUK"],
  columns: [
    staff("Kode TUK", "text", { required: true, width: 120 }),
    staff("Nama TUK", "text", { required: true, width: 260 }),
    staff("Jenis", "choice", { options: ["Sewaktu", "Tempat Kerja", "Mandiri"], width: 110 }),
    staff("Alamat", "text", { width: 320 }),
    staff("Aktif", "yesno", { options: YES_NO, width: 70 }),
  ],
};

export const CASE_STATUS_COLUMN = "Status";
export const RECORDED_STATUS_COLUMN = "Status Tercatat";
/** A Verifikator's choice of assessment method over the engine's suggestion, and why (process A). */
export const METHOD_CHOSEN_COLUMN = "Metode Ditetapkan";
export const METHOD_REASON_COLUMN = "Alasan Metode";
/** The form response a Permohonan row came from (FormResponse.getId()): how intake knows it took one in. */
export const FORM_RESPONSE_COLUMN = "ID Jawaban Formulir";
/**
 * The secret of a case's status link (engine/status-link.ts): random, made when the case is taken
 * in or by the next sweep. Staff see it; it never goes to logs or summaries.
 */
export const STATUS_TOKEN_COLUMN = "Kode Lacak";

/** The status-link column, appended at the end of every case register (optional: older workbooks gain it). */
export function statusTokenColumn(): ColumnDef {
  return engineColumn(STATUS_TOKEN_COLUMN, "text", {
    width: 200, optional: true,
    note: "Diisi mesin: kode rahasia tautan status untuk pemohon (hanya untuk melihat status). Jangan diubah dan jangan dibagikan selain kepada pemohon.",
  });
}
/** The methods of seed 001 (DKI scheme): experienced applicants, and not experienced ones. */
export const ASSESSMENT_METHODS = ["Asesmen Portofolio dan Pertanyaan Wawancara", "Observasi Demonstrasi dan Pertanyaan Lisan"] as const;

/** Where staff give the reason a move asks for (returns, refusals); every case register has it. */
export const STAFF_NOTE_COLUMN = "Catatan Petugas";

/**
 * The engine-owned columns every case register carries, declared once: the recorded state (a
 * cache of Riwayat), deadlines, flags and messages. `domain` are a register's own engine columns
 * (Permohonan: Kelayakan, Metode Asesmen), kept in their place before the validation notes.
 */
export function caseEngineColumns(domain: readonly ColumnDef[] = []): ColumnDef[] {
  return [
    engine(RECORDED_STATUS_COLUMN, "text", { width: 160 }),
    engine("Status Sejak", "date", { width: 110 }),
    engine("Tenggat Langkah", "date", { width: 110 }),
    engine("Mulai Layanan", "date", { width: 110, note: "Tanggal layanan mulai dihitung (mis. berkas dinyatakan lengkap dan benar)." }),
    engine("Tenggat Layanan", "date", { width: 110 }),
    engine("Hari Jeda", "integer", { width: 70, note: "Hari saat jam layanan berhenti (mis. berkas dikembalikan)." }),
    engine("Jeda Sejak", "date", { width: 110 }),
    engine("Penanda", "choice", { options: ["Terlambat", "Segera", "Jam Berhenti"], width: 120 }),
    engine("Pesan Langkah", "text", { width: 360, note: "Alasan langkah terakhir yang ditolak mesin; hilang setelah langkah sah berikutnya." }),
    ...domain,
    engine("Catatan Validasi", "text", { width: 360 }),
    engine("Diperiksa Mesin", "datetime", { width: 140 }),
  ];
}

export const PERMOHONAN: RegisterDef = {
  name: "Permohonan",
  purpose: "Permohonan sertifikasi: satu baris satu asesi. Petugas mengubah Status; mesin mencatat dan menghitung tenggat.",
  formulasChecked: true,
  key: ["ID Permohonan"],
  // The workflow of an application comes from its scheme (Skema → Kode Alur).
  cases: { idColumn: "ID Permohonan", receivedColumn: "Tanggal Permohonan", workflowColumn: null },
  columns: [
    staff("ID Permohonan", "id", { width: 140, note: "Diisi mesin bila kosong. Jangan diubah." }),
    staff("Tanggal Permohonan", "date", { required: true, width: 110 }),
    staff("Nama", "text", { required: true, width: 220 }),
    staff("NIP", "nip", { required: true, width: 160, note: "18 digit, tanpa spasi." }),
    staff("NIK", "nik", { required: true, width: 150, note: "16 digit." }),
    staff("Email", "email", { required: true, width: 220 }),
    staff("Telepon", "phone", { required: true, width: 130 }),
    staff("Instansi", "text", { required: true, width: 240 }),
    staff("Unit Kerja", "text", { width: 220 }),
    staff("Jabatan", "text", { width: 200 }),
    staff("Golongan", "choice", { required: true, options: GOLONGAN_CODES, width: 80 }),
    staff("Pendidikan Terakhir", "choice", { required: true, options: PENDIDIKAN, width: 100 }),
    staff("Pengalaman Pelayanan Publik (tahun)", "number", { required: true, width: 110 }),
    staff("Kode Skema", "text", { required: true, width: 220, optionsFrom: { register: "Skema", column: "Kode Skema" } }),
    staff("Dokumen Diserahkan", "text", { width: 300, note: "Kode dokumen dari register Persyaratan, dipisah koma." }),
    staff(CASE_STATUS_COLUMN, "choice", { width: 160, note: "Ubah untuk memindahkan kasus. Langkah yang tidak sah dikembalikan mesin." }),
    staff("Jadwal Uji", "date", { width: 110 }),
    staff("Kode TUK", "text", { width: 110, optionsFrom: { register: "TUK", column: "Kode TUK" } }),
    staff("Asesor", "text", { width: 170, optionsFrom: { register: "Asesor", column: "No. Registrasi" } }),
    staff("Rekomendasi Asesor", "choice", { options: ["K", "BK"], width: 90 }),
    staff(STAFF_NOTE_COLUMN, "text", { width: 260 }),
    ...caseEngineColumns([
      engine("Kelayakan", "text", { width: 320 }),
      engine("Metode Asesmen", "text", { width: 260 }),
    ]),
    // Added in release 0.2: at the end, so every column an office already has keeps its place.
    staff(METHOD_CHOSEN_COLUMN, "choice", { width: 260, optional: true, options: ASSESSMENT_METHODS,
      note: "Diisi Verifikator bila metode asesmen yang disarankan mesin (kolom Metode Asesmen) perlu diganti; wajib dengan Alasan Metode. Dicatat di Riwayat." }),
    staff(METHOD_REASON_COLUMN, "text", { width: 260, optional: true }),
    // Added in release 0.3, at the end like the two above.
    engine(FORM_RESPONSE_COLUMN, "text", { width: 200, optional: true, note: "Diisi mesin: ID jawaban formulir asal permohonan ini. Jangan diubah." }),
    // Added for the status link (issue 12), at the end like the columns above.
    statusTokenColumn(),
  ],
};

export const HASIL_ASESMEN: RegisterDef = {
  name: "Hasil Asesmen",
  purpose: "Rekaman asesmen (FR.AK.02): K/BK per unit kompetensi per asesi, diisi asesor.",
  key: ["ID Permohonan", "Kode Unit"],
  columns: [
    staff("ID Permohonan", "text", { required: true, width: 140 }),
    staff("Kode Unit", "text", { required: true, width: 150, optionsFrom: { register: "Unit Kompetensi", column: "Kode Unit" } }),
    staff("Hasil", "choice", { required: true, options: ["K", "BK"], width: 70 }),
    staff("Asesor", "text", { width: 170, optionsFrom: { register: "Asesor", column: "No. Registrasi" } }),
    staff("Tanggal Asesmen", "date", { width: 110 }),
    staff("Catatan", "text", { width: 260 }),
  ],
};

export const RIWAYAT: RegisterDef = {
  name: "Riwayat",
  purpose: "Jejak audit setiap perpindahan status (tanpa NIK/NIP). Hanya mesin yang menulis.",
  key: ["ID Riwayat"],
  appendOnly: true,
  columns: [
    engine("ID Riwayat", "id", { width: 150 }),
    engine("Waktu", "datetime", { width: 140 }),
    engine("ID Permohonan", "text", { width: 140, note: "ID kasus: permohonan, surat masuk, pengaduan, banding, …" }),
    engine("Dari", "text", { width: 160 }),
    engine("Ke", "text", { width: 160 }),
    engine("Oleh", "text", { width: 220 }),
    engine("Peran", "text", { width: 100 }),
    engine("Hasil", "choice", { options: ["Diterapkan", "Ditolak", "Catatan"], width: 100, note: "Diterapkan: langkah sah. Ditolak: langkah dikembalikan. Catatan: keterangan tanpa langkah (mis. putusan banding atas kasus ini)." }),
    engine("Keterangan", "text", { width: 420 }),
  ],
};

export const SURAT: RegisterDef = {
  name: "Surat",
  purpose: "Buku surat: setiap surat yang dibuat, statusnya, dan nomor yang diberikan saat disetujui.",
  key: ["ID Surat"],
  columns: [
    engine("ID Surat", "id", { width: 140 }),
    engine("Jenis Surat", "text", { width: 180 }),
    engine("Perihal", "text", { width: 300 }),
    engine("Tujuan", "text", { width: 220 }),
    engine("ID Permohonan", "text", { width: 140 }),
    staff("Status Surat", "choice", {
      options: ["Draf", "Menunggu Persetujuan", "Disetujui", "Perlu Perbaikan", "Batal"],
      width: 170,
    }),
    engine("Nomor Surat", "text", { width: 220 }),
    engine("Tanggal Surat", "date", { width: 110 }),
    engine("Seri Nomor", "text", { width: 150, note: "Urutan nomor yang dipakai: tahun, dan jenis surat bila formatnya memuat {jenis}." }),
    engine("Nomor Urut", "integer", { width: 80, note: "Nomor urut dalam seri. Tidak pernah dipakai ulang." }),
    engine("Tautan Dokumen", "text", { width: 260 }),
    engine("Tautan PDF", "text", { width: 260 }),
    engine("Dibuat", "datetime", { width: 140 }),
    staff("Catatan", "text", { width: 260 }),
    // Optional: a workbook set up before it keeps working, its certificates coded at numbering.
    engine("Kode Verifikasi", "text", { width: 150, optional: true, note: "Sertifikat: kode verifikasi yang tercetak (dengan kode QR) sejak surat dibuat; dicatat di tab Sertifikat saat disetujui." }),
    // Issue 12: appended to the tab by set-up, or by the first mail of a letter (outbox-send.ts).
    engine("Surel Terkirim", "datetime", { width: 140, optional: true, note: "Diisi mesin: kapan PDF surat ini dikirim lewat surel ke alamat pada kasusnya (tab Kotak Surel). Kosong: belum dikirim atau tidak dikirim." }),
  ],
};

export const DAY_UNIT_OPTIONS = ["Hari Kerja", "Hari Kalender"] as const;

export const LAYANAN: RegisterDef = {
  name: "Layanan",
  purpose: "Layanan yang dijalankan kantor: alurnya, register kasusnya, dan janji layanannya (SLA, satuan hari, jam batas).",
  key: ["Kode Alur"],
  since: 2,
  columns: [
    staff("Kode Alur", "text", { required: true, width: 200, optionsFrom: { register: "Alur", column: "Kode Alur" } }),
    staff("Nama Layanan", "text", { required: true, width: 280 }),
    staff("Register Kasus", "text", { required: true, width: 160, note: "Tab tempat kasus layanan ini dicatat: Permohonan, atau register yang dijabarkan di Kolom Kasus." }),
    staff("Prefiks ID", "text", { width: 90, note: "Awalan ID kasus, 2–6 huruf kapital (mis. SM → SM-2026-00001). Kosong untuk Permohonan: kunci Prefiks ID Permohonan di Pengaturan." }),
    staff("SLA Layanan", "integer", { width: 90, note: "Batas seluruh layanan sejak status bertanda Mulai Hitung Layanan. Kosong: tanpa tenggat layanan." }),
    staff("Satuan Hari", "choice", { required: true, options: DAY_UNIT_OPTIONS, width: 120, note: "Hari Kerja (Senin–Jumat tanpa libur) atau Hari Kalender (bila dasar hukumnya menyebut \"hari\" saja). Berlaku untuk SLA layanan dan SLA setiap status alur ini." }),
    staff("Jam Batas", "text", { width: 90, note: "Kosong: Jam Batas di Pengaturan. Kejadian pada atau setelah jam ini dihitung mulai hari kerja berikutnya (BNSP: 15:00)." }),
    staff("Dasar", "text", { width: 320, note: "Dasar janji layanan (peraturan, SOP, standar pelayanan)." }),
  ],
};

export const CASE_COLUMN_TYPES = ["text", "date", "datetime", "integer", "number", "yesno", "choice", "email", "phone", "nip", "nik", "case"] as const;

export const KOLOM_KASUS: RegisterDef = {
  name: "Kolom Kasus",
  purpose: "Kolom setiap register kasus selain Permohonan (Surat Masuk, Pengaduan, …): nama, jenis isian, wajib atau tidak.",
  key: ["Register", "Kolom"],
  since: 2,
  columns: [
    staff("Register", "text", { required: true, width: 160 }),
    staff("Kolom", "text", { required: true, width: 220 }),
    staff("Tipe", "choice", { required: true, options: CASE_COLUMN_TYPES, width: 100,
      note: "text, date, datetime (tanggal dan jam), integer, number, yesno (Ya/Tidak), choice (pilihan di kolom Pilihan), email, phone, nip (NIP/NI PPPK 18 digit), nik (16 digit), case (ID kasus register lain; nama register di kolom Pilihan)." }),
    staff("Wajib", "yesno", { options: YES_NO, width: 70 }),
    staff("Pilihan", "text", { width: 260, note: "Untuk choice: pilihan dipisah koma. Untuk case: nama register yang dirujuk (mis. Permohonan)." }),
    staff("Awal Hitung", "yesno", { options: YES_NO, width: 90, note: "Ya pada satu kolom date/datetime: waktu kasus diterima, sejak kapan langkah pertamanya dihitung." }),
    staff("Keterangan", "text", { width: 320 }),
  ],
};

export const JENIS_DOKUMEN: RegisterDef = {
  name: "Jenis Dokumen",
  purpose: "Dokumen yang dikenal setiap alur (mis. D1–D33 BNSP, 12 berkas BKPSDM): kode dan uraiannya.",
  key: ["Kode Alur", "Kode Dokumen"],
  since: 2,
  columns: [
    staff("Kode Alur", "text", { required: true, width: 200, optionsFrom: { register: "Alur", column: "Kode Alur" } }),
    staff("Kode Dokumen", "text", { required: true, width: 120 }),
    staff("Uraian", "text", { required: true, width: 420 }),
    staff("Keterangan", "text", { width: 260 }),
  ],
};

export const DOKUMEN_KASUS: RegisterDef = {
  name: "Dokumen Kasus",
  purpose: "Daftar periksa dokumen setiap kasus: dokumen mana yang sudah ada, tautannya, dan tanggalnya.",
  key: ["ID Kasus", "Kode Dokumen"],
  since: 2,
  columns: [
    staff("ID Kasus", "text", { required: true, width: 150 }),
    staff("Kode Dokumen", "text", { required: true, width: 120 }),
    staff("Ada", "yesno", { required: true, options: YES_NO, width: 70 }),
    staff("Tautan", "text", { width: 280 }),
    staff("Tanggal", "date", { width: 110 }),
    staff("Catatan", "text", { width: 260 }),
  ],
};

/** Every register in the order set-up creates the tabs. */
export const REGISTERS: readonly RegisterDef[] = [
  PERMOHONAN, HASIL_ASESMEN, RIWAYAT, SURAT, DOKUMEN_KASUS, SKEMA, UNIT_KOMPETENSI, PERSYARATAN, ASESOR, TUK,
  PENGGUNA, LAYANAN, ALUR, ALUR_TRANSISI, JENIS_DOKUMEN, KOLOM_KASUS, LIBUR, PENGATURAN,
];

/** The workbook layout this release writes (Pengaturan "Versi Buku Kerja"); 1 = before Layanan. */
export const WORKBOOK_VERSION = 2;
export const WORKBOOK_VERSION_KEY = "Versi Buku Kerja";

/** Registers a workbook of this version must have (a newer register is added once, by migration). */
export function registersOfVersion(version: number): RegisterDef[] {
  return REGISTERS.filter((r) => (r.since ?? 1) <= version);
}

export function registerNamed(name: string): RegisterDef | undefined {
  return REGISTERS.find((r) => r.name === name);
}
