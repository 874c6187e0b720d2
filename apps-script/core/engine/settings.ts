// Office settings from the key/value Pengaturan register, validated with messages naming the key.
import { compactDigits, emailProblem } from "../domain/identity";
import { THRESHOLD_SIDES, type ReportRule } from "../domain/lan-reports";
import { ROLES, type Role } from "../domain/reference";
import { type LetterTypeCode, letterTypeOf } from "../letters/letter-types";
import { cellText, controlCharacterProblem, quoted } from "../registers/cells";
import { locate, normalizeHeader, type RegisterRow, type RegisterTable } from "../registers/table";
import { parseClockTime } from "../time/local-date";
import { isOfficeTimeZone } from "../time/zone-offset";

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
  /** Working days after a decision within which an appeal (banding) may be filed. */
  readonly appealDeadlineDays: number;
  /** LAN Penilaian Kompetensi (seed 004): the fee per participant, in rupiah. */
  readonly lanFeePerParticipant: number;
  /** The Bendahara Penerima account the invoice names; null while any of its three keys is blank. */
  readonly lanBankAccount: BankAccount | null;
  /** Which participant counts the seed's report deadlines apply to (the seed's threshold is garbled). */
  readonly lanReportRule: ReportRule;
  /** The deployed web app's address (…/exec): verification and status links; null while not set. */
  readonly webAppUrl: string | null;
  /** Months before a certificate's expiry at which the holder and the office are reminded, largest first. */
  readonly expiryReminderMonths: readonly number[];
  /** A case late by more than this many working days is reported to the head (Kepala). */
  readonly escalationDays: number;
  /** Pengaturan "Kirim Surel <JENIS>" rows: whether that letter type is e-mailed (absent: the kind's default). */
  readonly letterMail: ReadonlyMap<LetterTypeCode, boolean>;
  /** Every key/value as written, for letter templates that need more. */
  readonly raw: ReadonlyMap<string, string>;
}

export interface BankAccount {
  readonly bank: string;
  readonly number: string;
  readonly holder: string;
}

interface SettingSpec {
  readonly key: string;
  /** The sample office's value: seeded into a new workbook, never silently used for an existing one. */
  readonly fallback: string;
  readonly description: string;
  readonly check?: (value: string) => string | null;
  /** May be absent or blank (keys added after offices had set up, or truly optional ones). */
  readonly optional?: boolean;
}

const positiveInt = (max: number) => (v: string) => (/^\d+$/.test(v) && Number(v) >= 0 && Number(v) <= max ? null : `harus bilangan bulat 0–${max}`);

/** "3200000" or "3.200.000" (a sheet may also hold the number itself); null when not a positive amount. */
const rupiahValue = (v: string): number | null =>
  (/^(\d{1,12}|\d{1,3}(\.\d{3}){1,3})$/.test(v) && Number(v.replace(/\./g, "")) > 0 ? Number(v.replace(/\./g, "")) : null);

const accountNumber = (v: string) => (/^[0-9][0-9 .-]{4,30}[0-9]$/.test(v) ? null : "harus nomor rekening: angka, boleh dipisah spasi, titik atau tanda hubung");

/** The LAN keys (seed 004), all optional: workbooks made before them keep loading. */
export const LAN_KEYS = {
  fee: "Biaya Penilaian Kompetensi per Peserta",
  bank: "Bank Bendahara Penerima",
  account: "Nomor Rekening Bendahara Penerima",
  holder: "Nama Rekening Bendahara Penerima",
  threshold: "Ambang Jumlah Peserta Penilaian",
  side: "Sisi Ambang Peserta Penilaian",
} as const;

const LAN_SPECS: readonly SettingSpec[] = [
  { key: LAN_KEYS.fee, fallback: "3200000", description: "Penilaian Kompetensi LAN (seed 004): biaya per peserta dalam rupiah, mis. 3200000 (seed: Rp3.200.000,- per peserta).",
    check: (v) => (rupiahValue(v) ? null : "harus jumlah rupiah lebih dari 0, mis. 3200000 atau 3.200.000"), optional: true },
  { key: LAN_KEYS.bank, fallback: "Bank Contoh (contoh fiktif)", description: "Bank rekening Bendahara Penerima Puslatbang PKASN LAN untuk tagihan. Contoh fiktif: ganti dengan bank yang sebenarnya.", optional: true },
  { key: LAN_KEYS.account, fallback: "000-00-0000000-0", description: "Nomor rekening Bendahara Penerima. Contoh fiktif: ganti dengan nomor rekening yang sebenarnya.", check: accountNumber, optional: true },
  { key: LAN_KEYS.holder, fallback: "Bendahara Penerimaan Contoh (contoh fiktif)", description: "Nama pemilik rekening Bendahara Penerima. Contoh fiktif: ganti dengan nama rekening yang sebenarnya.", optional: true },
  { key: LAN_KEYS.threshold, fallback: "12", description: "Seed 004 menyebut ambang jumlah peserta secara rusak (\"< 12> 12 orang\"): ambang yang dipakai kantor untuk tenggat laporan.", check: positiveInt(10000), optional: true },
  { key: LAN_KEYS.side, fallback: "lebih dari", description: `Sisi ambang tempat tenggat laporan seed 004 berlaku: ${THRESHOLD_SIDES.map((s) => `"${s}"`).join(", ")}; di sisi lain berlaku Tenggat Laporan (SPK).`,
    check: (v) => (THRESHOLD_SIDES.some((s) => s === v) ? null : `harus salah satu: ${THRESHOLD_SIDES.join(", ")}`), optional: true },
];

const webAppUrl = (v: string) => (/^https:\/\/[^\s"'<>]+$/.test(v) ? null : "harus alamat https (alamat aplikasi web yang berakhir /exec)");

/** "6, 1": whole months, 1–24, each once. */
const monthList = (v: string): number[] | null => {
  const parts = v.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 24)) return null;
  const months = [...new Set(parts.map(Number))].sort((a, b) => b - a);
  return months.length === parts.length ? months : null;
};

/** Keys added with issue 12 (web app, reminders), all optional so earlier workbooks keep loading. */
export const NOTICE_KEYS = {
  webAppUrl: "Alamat Aplikasi Web",
  expiryReminders: "Pengingat Kedaluwarsa (bulan)",
  escalation: "Ambang Eskalasi (hari kerja)",
} as const;

const NOTICE_SPECS: readonly SettingSpec[] = [
  { key: NOTICE_KEYS.webAppUrl, fallback: "", description: "Alamat aplikasi web (Terapkan > Deployment baru > Aplikasi web, berakhir /exec): dicetak di sertifikat (kode QR verifikasi) dan di tautan status permohonan. Kosong: belum diterapkan.", check: webAppUrl, optional: true },
  { key: NOTICE_KEYS.expiryReminders, fallback: "6, 1", description: "Berapa bulan sebelum sertifikat habis berlaku pemegang dan kantor diingatkan, mis. \"6, 1\".",
    check: (v) => (monthList(v) ? null : "harus daftar bulan 1–24 dipisah koma, mis. 6, 1"), optional: true },
  { key: NOTICE_KEYS.escalation, fallback: "3", description: "Kasus yang terlambat lebih dari sekian hari kerja dilaporkan kepada Kepala dalam ringkasan harian.", check: positiveInt(60), optional: true },
];

/**
 * The IKM survey's address where the engine did not generate the form (the local workbook, a form
 * made elsewhere): "{ID Kasus}" in it is replaced by the case. Read as settings.raw (ikm-survey.ts).
 */
const SURVEY_SPECS: readonly SettingSpec[] = [
  { key: "Alamat Survei IKM", fallback: "", description: "Alamat formulir survei kepuasan (IKM) yang dikirim saat kasus selesai; {ID Kasus} diganti nomor kasus. Kosong di Apps Script: dipakai formulir survei yang dibuat menu. Kosong secara lokal: undangan survei tidak dikirim.",
    check: (v) => (/^https?:\/\/[^\s"'<>]+$/.test(v.split("{ID Kasus}").join("ID")) ? null : "harus alamat http(s)"), optional: true },
];

/** RCC Asesor Kompetensi (seed 003, lampiran IV): how long an assessor's certificate is valid. */
export const RCC_KEYS = { assessorValidity: "Masa Berlaku Sertifikat Asesor (tahun)" } as const;

const RCC_SPECS: readonly SettingSpec[] = [
  { key: RCC_KEYS.assessorValidity, fallback: "3", description: "Sertifikat asesor kompetensi (RCC) berlaku sekian tahun sejak disetujui Kepala; dicetak di sertifikat dan dicatat di tab Sertifikat.",
    check: (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10 ? null : "harus bilangan bulat 1–10"), optional: true },
];

/** The validity of an assessor's certificate in years: the setting, else 3 (its fallback). */
export function assessorValidityYears(settings: Pick<Settings, "raw">): number {
  const value = settings.raw.get(RCC_KEYS.assessorValidity) ?? "";
  return /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10 ? Number(value) : 3;
}

/** The keys an office sets, with the sample office's values and what each means. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  { key: "Nama Instansi", fallback: "Badan Pengembangan Sumber Daya Manusia Provinsi Contoh", description: "Nama instansi pada kop surat." },
  { key: "Nama Unit", fallback: "Bidang Sertifikasi Kompetensi", description: "Unit pelaksana layanan." },
  { key: "Alamat", fallback: "Jl. Contoh Raya No. 1", description: "Alamat pada kop surat." },
  { key: "Kota", fallback: "Jakarta", description: "Kota tempat surat ditandatangani." },
  { key: "Telepon", fallback: "(021) 000000", description: "Telepon layanan." },
  { key: "Email Layanan", fallback: "layanan@contoh.go.id", description: "E-mail resmi unit layanan.", check: emailProblem },
  { key: "Zona Waktu", fallback: "Asia/Jakarta", description: "Asia/Jakarta atau Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).",
    check: (v) => (isOfficeTimeZone(v) ? null : "zona waktu tidak dikenal; harus zona waktu Indonesia: Asia/Jakarta, Asia/Pontianak, Asia/Makassar atau Asia/Jayapura") },
  { key: "Jam Batas", fallback: "15:00", description: "Kejadian pada atau setelah jam ini dihitung mulai hari kerja berikutnya.",
    check: (v) => (parseClockTime(v) === null ? "harus jam dan menit, mis. 15:00" : null) },
  { key: "SLA Layanan (hari kerja)", fallback: "30", description: "Buku kerja versi 1 (sebelum register Layanan): batas seluruh layanan sejak berkas dinyatakan lengkap dan benar. Sejak versi 2 janji layanan ada di register Layanan.", check: positiveInt(365), optional: true },
  { key: "Ambang Segera (hari kerja)", fallback: "2", description: "Tandai 'Segera' bila tenggat tinggal sebanyak ini hari kerja.", check: positiveInt(30) },
  { key: "Prefiks ID Permohonan", fallback: "PRM", description: "Awalan ID permohonan, mis. PRM-2026-00001.",
    check: (v) => (/^[A-Z]{2,6}$/.test(v) ? null : "harus 2–6 huruf kapital") },
  { key: "Peran Pengguna Tak Dikenal", fallback: "Tolak", description: `Bila pengguna tidak dapat dikenali: "Tolak" (langkah dikembalikan) atau salah satu peran: ${ROLES.join(", ")}.`,
    check: (v) => (v === "Tolak" || ROLES.some((r) => r === v) ? null : `harus "Tolak" atau salah satu: ${ROLES.join(", ")}`) },
  { key: "Nama Penandatangan", fallback: "Nama Kepala Badan", description: "Nama pejabat penanda tangan surat." },
  { key: "Jabatan Penandatangan", fallback: "Kepala Badan", description: "Jabatan penanda tangan." },
  { key: "Pangkat Penandatangan", fallback: "Pembina Utama Muda (IV/c)", description: "Pangkat/golongan penanda tangan." },
  { key: "NIP Penandatangan", fallback: "197001011995031001", description: "NIP penanda tangan (18 digit), untuk blok tanda tangan. Contoh fiktif: ganti dengan NIP pejabat.",
    check: (v) => (/^\d{18}$/.test(compactDigits(v)) ? null : "harus 18 digit angka") },
  { key: "Format Nomor Surat", fallback: "800/{urut}/BPSDM/{bulan romawi}/{tahun}", description: "Pola nomor surat; {urut} diberikan saat disetujui. Pola khusus satu jenis: kunci \"Format Nomor Surat SK_PENETAPAN\"." },
  { key: "Logo Instansi", fallback: "", description: "Alamat gambar logo untuk kop surat (boleh kosong).", optional: true },
  { key: "Batas Pengajuan Banding (hari kerja)", fallback: "14", description: "Banding atas keputusan sertifikasi diajukan paling lambat sekian hari kerja setelah keputusan (ditetapkan kantor).", check: positiveInt(365), optional: true },
  { key: "Versi Buku Kerja", fallback: "2", description: "Versi susunan buku kerja; diisi mesin saat memperbarui. Jangan diubah.", check: positiveInt(1000), optional: true },
  { key: "Batas Dokumen Harian", fallback: "250", description: "Dokumen Google yang dibuat per hari: 250 untuk akun pribadi, 1500 untuk Google Workspace.", check: positiveInt(1500), optional: true },
  ...LAN_SPECS,
  ...NOTICE_SPECS,
  ...SURVEY_SPECS,
  ...RCC_SPECS,
];

/** "Kirim Surel SERTIFIKAT" = Ya/Tidak: whether approved letters of that type are e-mailed (letter-mail.ts). */
export const LETTER_MAIL_PREFIX = "Kirim Surel ";

/** Keys the engine writes or reads by prefix: per-type number formats, the letter counters, letter e-mail. */
const KEY_PREFIXES = ["Format Nomor Surat ", "Nomor Surat Terakhir", LETTER_MAIL_PREFIX];

/** A "Kirim Surel <JENIS>" row's letter type and choice, or the problem with its key or value. */
function letterMailRow(key: string, value: string): { code: LetterTypeCode; send: boolean } | { problem: string; cell: "Kunci" | "Nilai" } {
  const code = letterTypeOf(key.slice(LETTER_MAIL_PREFIX.length));
  if (!code) return { problem: `jenis surat ${quoted(key.slice(LETTER_MAIL_PREFIX.length).trim())} tidak dikenal; tulis kode jenis surat, mis. "${LETTER_MAIL_PREFIX}SERTIFIKAT"`, cell: "Kunci" };
  const answer = value.trim().toLowerCase();
  if (answer !== "ya" && answer !== "tidak") return { problem: "harus Ya atau Tidak", cell: "Nilai" };
  return { code, send: answer === "ya" };
}

const specByKey = new Map(SETTING_SPECS.map((s) => [normalizeHeader(s.key), s]));

/**
 * Parses the Pengaturan register. Every required key must be there with a valid value: a
 * missing one is an error, never quietly the sample office's value (those only fill `settings`
 * so callers that just need the time zone keep working). `null` (no tab) reports nothing here:
 * the caller names the missing tab (registers/required.ts).
 */
export function parseSettings(table: RegisterTable | null): { settings: Settings; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const raw = new Map<string, string>();
  const letterMail = new Map<LetterTypeCode, boolean>();
  const seen = new Set<string>();
  let keyUnknown = false;
  const cellProblem = (row: RegisterRow, header: string): boolean => {
    const problem = controlCharacterProblem(row.get(header));
    if (problem) errors.push(`${locate(table!, row, header)}: ${problem}`);
    return problem !== null;
  };
  if (table && table.rows.length === 0) errors.push("Tab Pengaturan kosong: isi kunci pengaturan kantor (nama instansi, zona waktu, penanda tangan …)");
  for (const row of table?.rows ?? []) {
    const badKey = cellProblem(row, "Kunci");
    const badValue = cellProblem(row, "Nilai");
    cellProblem(row, "Keterangan");
    const typed = cellText(row.get("Kunci"));
    const value = cellText(row.get("Nilai"));
    if (badKey || typed === "") {
      if (!badKey && value !== "") errors.push(`${locate(table!, row, "Kunci")}: wajib diisi (baris ini punya Nilai)`);
      keyUnknown ||= badKey || value !== "";
      continue;
    }
    const spec = specByKey.get(normalizeHeader(typed));
    const key = spec?.key ?? typed;
    if (seen.has(normalizeHeader(key))) {
      errors.push(`${locate(table!, row, "Kunci")}: kunci ${quoted(key)} tercantum dua kali`);
      continue;
    }
    seen.add(normalizeHeader(key));
    if (!spec && !KEY_PREFIXES.some((p) => key.startsWith(p))) warnings.push(`${locate(table!, row, "Kunci")}: kunci ${quoted(key)} tidak dipakai mesin`);
    if (badValue) continue;
    if (!spec && key.startsWith(LETTER_MAIL_PREFIX)) {
      if (value === "") continue;
      const parsed = letterMailRow(key, value);
      if ("problem" in parsed) errors.push(`${locate(table!, row, parsed.cell)}: ${parsed.problem}`);
      else if (letterMail.has(parsed.code)) errors.push(`${locate(table!, row, "Kunci")}: jenis surat ${parsed.code} sudah diatur di baris lain`);
      else letterMail.set(parsed.code, parsed.send);
      continue;
    }
    const problem = value === "" ? (spec && !spec.optional ? "wajib diisi" : null) : (spec?.check?.(value) ?? null);
    if (problem) errors.push(`${locate(table!, row, "Nilai")}: ${problem}`);
    else raw.set(key, value);
  }
  if (table && table.rows.length > 0 && !keyUnknown) {
    for (const spec of SETTING_SPECS) {
      if (spec.optional || seen.has(normalizeHeader(spec.key))) continue;
      errors.push(`Tab Pengaturan: kunci "${spec.key}" tidak ada; tambahkan baris dengan Kunci "${spec.key}" (${spec.description})`);
    }
  }
  const get = (key: string): string => {
    const value = raw.get(key);
    if (value !== undefined && value !== "") return value;
    return SETTING_SPECS.find((s) => s.key === key)?.fallback ?? "";
  };
  const cutOff = parseClockTime(get("Jam Batas")) ?? 15 * 60;
  const timeZone = isOfficeTimeZone(get("Zona Waktu")) ? get("Zona Waktu") : "Asia/Jakarta";
  const unknownRole = get("Peran Pengguna Tak Dikenal");
  const intOr = (key: string, fallback: number) => (/^\d+$/.test(get(key)) ? Number(get(key)) : fallback);
  // The account is never the sample's on a workbook that lacks the keys: the invoice is refused instead.
  const bank = raw.get(LAN_KEYS.bank) ?? "";
  const account = raw.get(LAN_KEYS.account) ?? "";
  const holder = raw.get(LAN_KEYS.holder) ?? "";
  const side = THRESHOLD_SIDES.find((s) => s === get(LAN_KEYS.side)) ?? "lebih dari";
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
    appealDeadlineDays: intOr("Batas Pengajuan Banding (hari kerja)", 14),
    lanFeePerParticipant: rupiahValue(get(LAN_KEYS.fee)) ?? 3_200_000,
    lanBankAccount: bank && account && holder ? { bank, number: account, holder } : null,
    lanReportRule: { threshold: intOr(LAN_KEYS.threshold, 12), side },
    webAppUrl: raw.get(NOTICE_KEYS.webAppUrl) || null,
    expiryReminderMonths: monthList(get(NOTICE_KEYS.expiryReminders)) ?? [6, 1],
    escalationDays: intOr(NOTICE_KEYS.escalation, 3),
    letterMail,
    raw,
  };
  return { settings, errors, warnings };
}
