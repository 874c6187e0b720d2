// Sample applications for a new local workbook: valid cases at several stages (one belum
// kompeten, appealed in the Banding samples), bad data, and applicants who do not meet the
// scheme's requirements. All people are fictional.
import { dateCell, type CellValue } from "../../apps-script/core/ports";
import { PELAYANAN_PUBLIK_CODE, PELAYANAN_PUBLIK_DOCUMENTS } from "../../apps-script/core/seed/scheme-pelayanan-publik";
import type { WorkingCalendar } from "../../apps-script/core/time/calendar";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { PROCESS_A_CODE } from "../../apps-script/core/workflow/process-a";
import type { SampleCaseHistory, SamplePath } from "./sample-history";

const ALL_DOCUMENTS = PELAYANAN_PUBLIK_DOCUMENTS.join(", ");
const WITHOUT = (...codes: string[]) => PELAYANAN_PUBLIK_DOCUMENTS.filter((d) => !codes.includes(d)).join(", ");

type Sample = Record<string, CellValue>;

/** A cell formula to place after writing, to show how the engine treats a formula in a name field. */
export const FORMULA_SAMPLE = { id: "PRM-2026-00009", header: "Nama", formula: 'HYPERLINK("https://contoh.invalid/","Klik di sini")' };

function base(id: string, submitted: LocalDate, overrides: Sample): Sample {
  return {
    "ID Permohonan": id,
    "Tanggal Permohonan": dateCell(submitted),
    Nama: "Contoh",
    NIP: "198501012010011001",
    NIK: "3171010101850001",
    Email: "asesi@contoh.go.id",
    Telepon: "081234567890",
    Instansi: "Pemerintah Provinsi DKI Jakarta",
    "Unit Kerja": "Dinas Kependudukan dan Pencatatan Sipil",
    Jabatan: "Pengadministrasi Layanan",
    Golongan: "III/a",
    "Pendidikan Terakhir": "S1",
    "Pengalaman Pelayanan Publik (tahun)": 4,
    "Kode Skema": PELAYANAN_PUBLIK_CODE,
    "Dokumen Diserahkan": ALL_DOCUMENTS,
    Status: "Diterima",
    ...overrides,
  };
}

/** The belum-kompeten sample whose applicant appeals: its number, and how many working days ago it was decided. */
const APPEALED = { number: 15, name: "Nurul Hidayah, S.Sos.", decidedAgo: 6 } as const;

/** Engine columns as if an earlier run had recorded the case entering `status` on `since`. */
function recorded(status: string, since: LocalDate, serviceStart?: LocalDate): Sample {
  return {
    Status: status,
    "Status Tercatat": status,
    "Status Sejak": dateCell(since),
    ...(serviceStart ? { "Mulai Layanan": dateCell(serviceStart) } : {}),
  };
}

/** The history an earlier run left for the sample applications (recorded on their submission day). */
export function sampleApplicationHistories(today: LocalDate, calendar: WorkingCalendar): SampleCaseHistory[] {
  return samplePaths(today, calendar).map(({ id, submitted, path }) => ({
    id, initial: "Diterima", recordedOn: submitted, recordedNote: "Permohonan dicatat", path,
    noteOf: (to) => (to === "Dikembalikan" ? "Alasan: Sertifikat diklat dan pasfoto belum ada" : null),
  }));
}

/** The samples an earlier run recorded (the others are new: the first run records them). */
function samplePaths(today: LocalDate, calendar: WorkingCalendar): { id: string; submitted: LocalDate; path: SamplePath }[] {
  const ago = (days: number) => calendar.addWorkingDays(today, -days);
  const id = (n: number) => `PRM-${today.slice(0, 4)}-${String(n).padStart(5, "0")}`;
  const finished: SamplePath = [
    ["Verifikasi", ago(35)], ["Perencanaan", ago(30)], ["Uji Kompetensi", ago(25)], ["Rapat Hasil", ago(22)],
    ["Penetapan", ago(21)], ["Penerbitan Sertifikat", ago(20)], ["Penyerahan", ago(10)], ["Selesai", ago(5)],
  ];
  // Belum kompeten: the SK and the statement of results handed over; the applicant appeals (Banding).
  const notCompetent: SamplePath = [
    ["Verifikasi", ago(28)], ["Perencanaan", ago(24)], ["Uji Kompetensi", ago(14)], ["Rapat Hasil", ago(10)],
    ["Penetapan", ago(8)], ["Penyerahan", ago(APPEALED.decidedAgo)],
  ];
  return [
    { id: id(2), submitted: ago(20), path: [["Verifikasi", ago(12)]] },
    { id: id(3), submitted: ago(14), path: [["Verifikasi", ago(9)], ["Perencanaan", ago(4)]] },
    { id: id(4), submitted: ago(18), path: [["Verifikasi", ago(12)], ["Perencanaan", ago(6)], ["Uji Kompetensi", ago(1)]] },
    { id: id(5), submitted: ago(6), path: [["Dikembalikan", ago(3)]] },
    { id: id(12), submitted: ago(3), path: [] },
    { id: id(13), submitted: ago(40), path: finished },
    { id: id(APPEALED.number), submitted: ago(32), path: notCompetent },
  ];
}

/** The sample application whose applicant appeals, and the day of the decision appealed (its last move). */
export function appealedSample(today: LocalDate, calendar: WorkingCalendar): { id: string; name: string; decidedOn: LocalDate } {
  return { id: `PRM-${today.slice(0, 4)}-${String(APPEALED.number).padStart(5, "0")}`, name: APPEALED.name, decidedOn: calendar.addWorkingDays(today, -APPEALED.decidedAgo) };
}

/** The workflow the samples follow. */
export const SAMPLE_WORKFLOW = PROCESS_A_CODE;

export function sampleApplications(today: LocalDate, calendar: WorkingCalendar): Sample[] {
  const ago = (days: number) => calendar.addWorkingDays(today, -days);
  const year = today.slice(0, 4);
  const id = (n: number) => `PRM-${year}-${String(n).padStart(5, "0")}`;
  return [
    base(id(1), ago(1), { Nama: "Rina Kartika, S.Sos.", NIP: "199002152015032002", NIK: "3174015502900002", Email: "rina.kartika@contoh.go.id", Golongan: "III/b" }),
    base(id(2), ago(20), { Nama: "Budi Santoso, A.Md.", "Pendidikan Terakhir": "D-III", Golongan: "II/c", ...recorded("Verifikasi", ago(12), ago(12)) }),
    base(id(3), ago(14), { Nama: "Siti Rahmawati, S.E.", NIP: "198807222012122003", NIK: "3172016207880003", ...recorded("Perencanaan", ago(4), ago(9)) }),
    base(id(4), ago(18), { Nama: "Agus Prasetyo, S.Kom.", NIP: "198603102011011004", NIK: "3173011003860004", ...recorded("Uji Kompetensi", ago(1), ago(12)),
      "Jadwal Uji": dateCell(ago(1)), "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026" }),
    base(id(5), ago(6), { Nama: "Dewi Lestari", NIP: "199105052019032005", NIK: "3171044505910005", "Dokumen Diserahkan": WITHOUT("DIKLAT_PP", "PASFOTO"),
      ...recorded("Dikembalikan", ago(3)), "Jeda Sejak": dateCell(ago(3)), "Catatan Petugas": "Sertifikat diklat dan pasfoto belum ada" }),
    base(id(6), ago(2), { Nama: "Joko Susilo", "Pendidikan Terakhir": "SMA/SMK", Golongan: "II/a", "Pengalaman Pelayanan Publik (tahun)": 3 }),
    base(id(7), ago(2), { Nama: "Maria Ulfa, S.H.", NIP: "199208172020122006", NIK: "7601015708920006", Instansi: "Pemerintah Provinsi Sulawesi Barat", "Pengalaman Pelayanan Publik (tahun)": 1 }),
    base(id(8), ago(3), { Nama: "Hendra Wijaya", NIP: "19850101201001100", Email: "hendra(at)contoh.go.id" }),
    base(id(9), ago(3), { Nama: "(rumus)", NIK: "3171013201850009", Telepon: "12345" }),
    base(id(10), ago(2), { Nama: "Yusuf Maulana", "Kode Skema": "SKEMA-TIDAK-ADA", Golongan: "V/a" }),
    base("", ago(0), { Nama: "Lina Marlina", NIP: "199312012018012007", NIK: "3175014112930007", Status: null }),
    base(id(12), ago(3), { Nama: "Rudi Hartono", NIP: "198412122009011008", NIK: "3171011212840008", Status: "Penetapan", "Status Tercatat": "Diterima", "Status Sejak": dateCell(ago(3)) }),
    base(id(13), ago(40), { Nama: "Wahyuni, S.AP.", NIP: "198905052014022009", NIK: "3171014505890010", ...recorded("Selesai", ago(5), ago(35)), "Rekomendasi Asesor": "K" }),
    // A complete dossier the front desk checked: staff set Status to Verifikasi, the first run moves it and drafts the receipt.
    base(id(14), ago(1), { Nama: "Fajar Nugroho, S.IP.", NIP: "199106142016031003", NIK: "3171011406910011", Email: "fajar.nugroho@contoh.go.id", Status: "Verifikasi" }),
    base(id(APPEALED.number), ago(32), { Nama: APPEALED.name, NIP: "198711232012122004", NIK: "3172016311870012", Email: "nurul.hidayah@contoh.go.id",
      ...recorded("Penyerahan", ago(APPEALED.decidedAgo), ago(28)), "Jadwal Uji": dateCell(ago(11)), "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026", "Rekomendasi Asesor": "BK" }),
  ];
}
