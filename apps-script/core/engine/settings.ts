// Office settings from the key/value Pengaturan register, validated with messages naming the key.
import { ROLES, type Role } from "../domain/reference";
import { cellText } from "../registers/cells";
import { locate, type RegisterTable } from "../registers/table";
import { isKnownTimeZone, parseClockTime } from "../time/local-date";

export interface Settings {
  readonly officeName: string;
  readonly unitName: string;
  readonly address: string;
  readonly city: string;
  readonly phone: string;
  readonly serviceEmail: string;
  readonly timeZone: string;
  /** Minutes after midnight; an event at or after it counts from the next working day. */
  readonly cutOffMinute: number;
  readonly serviceSlaDays: number;
  /** A step is "due soon" when its deadline is at most this many working days away. */
  readonly dueSoonDays: number;
  readonly caseIdPrefix: string;
  /** Role given to an actor the platform cannot identify; null = refuse their moves. */
  readonly unknownUserRole: Role | null;
  readonly signatoryName: string;
  readonly signatoryTitle: string;
  readonly signatoryRank: string;
  readonly signatoryNip: string;
  readonly letterNumberFormat: string;
  /** Every key/value as written, for letter templates that need more. */
  readonly raw: ReadonlyMap<string, string>;
}

interface SettingSpec {
  readonly key: string;
  readonly fallback: string;
  readonly description: string;
  readonly check?: (value: string) => string | null;
}

const positiveInt = (max: number) => (v: string) => (/^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= max ? null : `harus bilangan bulat 0–${max}`);

/** The keys an office sets, with the sample office's values and what each means. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "Nama Instansi", fallback: "Badan Pengembangan Sumber Daya Manusia Provinsi Contoh", description: "Nama instansi pada kop surat." },
  { key: "Nama Unit", fallback: "Bidang Sertifikasi Kompetensi", description: "Unit pelaksana layanan." },
  { key: "Alamat", fallback: "Jl. Contoh Raya No. 1", description: "Alamat pada kop surat." },
  { key: "Kota", fallback: "Jakarta", description: "Kota tempat surat ditandatangani." },
  { key: "Telepon", fallback: "(021) 000000", description: "Telepon layanan." },
  { key: "Email Layanan", fallback: "layanan@contoh.go.id", description: "E-mail resmi unit layanan." },
  { key: "Zona Waktu", fallback: "Asia/Jakarta", description: "Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).",
    check: (v) => (isKnownTimeZone(v) ? null : "zona waktu tidak dikenal; contoh: Asia/Jakarta, Asia/Makassar, Asia/Jayapura") },
  { key: "Jam Batas", fallback: "15:00", description: "Kejadian pada atau setelah jam ini dihitung mulai hari kerja berikutnya.",
    check: (v) => (parseClockTime(v) === null ? "harus jam dan menit, mis. 15:00" : null) },
  { key: "SLA Layanan (hari kerja)", fallback: "30", description: "Batas seluruh layanan sejak berkas dinyatakan lengkap dan benar.", check: positiveInt(365) },
  { key: "Ambang Segera (hari kerja)", fallback: "2", description: "Tandai 'Segera' bila tenggat tinggal sebanyak ini hari kerja.", check: positiveInt(30) },
  { key: "Prefiks ID Permohonan", fallback: "PRM", description: "Awalan ID permohonan, mis. PRM-2026-00001.",
    check: (v) => (/^[A-Z]{2,6}$/.test(v) ? null : "harus 2–6 huruf kapital") },
  { key: "Peran Pengguna Tak Dikenal", fallback: "Tolak", description: `Bila pengguna tidak dapat dikenali: "Tolak" (langkah dikembalikan) atau salah satu peran: ${ROLES.join(", ")}.`,
    check: (v) => (v === "Tolak" || ROLES.some((r) => r === v) ? null : `harus "Tolak" atau salah satu: ${ROLES.join(", ")}`) },
  { key: "Nama Penandatangan", fallback: "Nama Kepala Badan", description: "Nama pejabat penanda tangan surat." },
  { key: "Jabatan Penandatangan", fallback: "Kepala Badan", description: "Jabatan penanda tangan." },
  { key: "Pangkat Penandatangan", fallback: "Pembina Utama Muda (IV/c)", description: "Pangkat/golongan penanda tangan." },
  { key: "NIP Penandatangan", fallback: "197001011995031001", description: "NIP penanda tangan (18 digit), untuk blok tanda tangan. Contoh fiktif: ganti dengan NIP pejabat." },
  { key: "Format Nomor Surat", fallback: "800/{urut}/BPSDM/{bulan romawi}/{tahun}", description: "Pola nomor surat; {urut} diberikan saat disetujui. Pola khusus satu jenis: kunci \"Format Nomor Surat SK_PENETAPAN\"." },
  { key: "Logo Instansi", fallback: "", description: "Alamat gambar logo untuk kop surat (boleh kosong)." },
  { key: "Batas Dokumen Harian", fallback: "250", description: "Dokumen Google yang dibuat per hari: 250 untuk akun pribadi, 1500 untuk Google Workspace.", check: positiveInt(1500) },
];

/** Keys the engine writes or reads by prefix: per-type number formats and the letter counters. */
const KEY_PREFIXES = ["Format Nomor Surat ", "Nomor Surat Terakhir"];

/** Parses the Pengaturan register; blank or missing keys take the sample office's values. */
export function parseSettings(table: RegisterTable | null): { settings: Settings; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const raw = new Map<string, string>();
  for (const row of table?.rows ?? []) {
    const key = cellText(row.get("Kunci"));
    if (key === "") continue;
    if (raw.has(key)) errors.push(`${locate(table!, row, "Kunci")}: kunci "${key}" tercantum dua kali`);
    const spec = SETTING_SPECS.find((s) => s.key === key);
    const value = cellText(row.get("Nilai"));
    if (!spec && !KEY_PREFIXES.some((p) => key.startsWith(p))) warnings.push(`${locate(table!, row, "Kunci")}: kunci "${key}" tidak dipakai mesin`);
    const problem = spec?.check && value !== "" ? spec.check(value) : null;
    if (problem) errors.push(`${locate(table!, row, "Nilai")}: ${key} ${problem}`);
    raw.set(key, value);
  }
  const get = (key: string): string => {
    const value = raw.get(key);
    if (value !== undefined && value !== "") return value;
    return SETTING_SPECS.find((s) => s.key === key)?.fallback ?? "";
  };
  const cutOff = parseClockTime(get("Jam Batas")) ?? 15 * 60;
  const timeZone = isKnownTimeZone(get("Zona Waktu")) ? get("Zona Waktu") : "Asia/Jakarta";
  const unknownRole = get("Peran Pengguna Tak Dikenal");
  const intOr = (key: string, fallback: number) => (/^\d+$/.test(get(key)) ? Number(get(key)) : fallback);
  const settings: Settings = {
    officeName: get("Nama Instansi"),
    unitName: get("Nama Unit"),
    address: get("Alamat"),
    city: get("Kota"),
    phone: get("Telepon"),
    serviceEmail: get("Email Layanan"),
    timeZone,
    cutOffMinute: cutOff,
    serviceSlaDays: intOr("SLA Layanan (hari kerja)", 30),
    dueSoonDays: intOr("Ambang Segera (hari kerja)", 2),
    caseIdPrefix: /^[A-Z]{2,6}$/.test(get("Prefiks ID Permohonan")) ? get("Prefiks ID Permohonan") : "PRM",
    unknownUserRole: ROLES.find((r) => r === unknownRole) ?? null,
    signatoryName: get("Nama Penandatangan"),
    signatoryTitle: get("Jabatan Penandatangan"),
    signatoryRank: get("Pangkat Penandatangan"),
    signatoryNip: get("NIP Penandatangan"),
    letterNumberFormat: get("Format Nomor Surat"),
    raw,
  };
  return { settings, errors, warnings };
}
