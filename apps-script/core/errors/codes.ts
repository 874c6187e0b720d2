// One table of the project's error codes: what each means (Indonesian) and the process exit code
// it gives in each family of commands. The CLIs map every error through it (cli-support.ts for
// `npm start` and `npm run tenggat`, backup/errors.ts for `npm run sync`, scripts/deploy.ts for
// `npm run deploy`); bad arguments exit 64 (EX_USAGE) in all of them. The README's exit-code
// tables are tested against EXIT_STATUSES. Codes only Apps Script raises are listed too,
// without an exit code: there is no process there, the message goes to a dialog, toast or log.

/** `start`: npm start and npm run tenggat; `sync`: npm run sync; `deploy`: npm run deploy and build. Each has its own README table. */
export type CommandFamily = "start" | "sync" | "deploy";

interface CodeEntry {
  /** What the code means, in Indonesian. */
  readonly meaning: string;
  /** Exit code in npm start / npm run tenggat, where those commands raise the code themselves. */
  readonly start?: number;
  /** Exit code in npm run sync (Sheets API failures keep it in npm start --spreadsheet too). */
  readonly sync?: number;
  /** A local code the sync tool reports as this code of its own (the local file guard is shared). */
  readonly syncAs?: string;
  /** Exit code in npm run deploy (and npm run build, for the codes it raises). */
  readonly deploy?: number;
}

export const ERROR_CODES = {
  // Raised by the local commands (LocalFileError) and by the sync tool (SyncError) alike.
  BAD_ARGS: { meaning: "pilihan, argumen, atau nilai lingkungan salah", start: 64, sync: 64, deploy: 64 },
  NOT_FOUND: { meaning: "berkas, folder, tab, spreadsheet, atau cadangan tidak ada", start: 2, sync: 4 },
  NO_ACCESS: { meaning: "tidak ada izin: berkas atau folder tanpa hak tulis, atau kredensial tanpa akses ke spreadsheet", start: 4, sync: 3 },
  WRITE_FAILED: { meaning: "berkas tidak bisa ditulis (disk penuh, kesalahan penyimpanan); berkas lama tidak diubah", start: 4, sync: 14 },
  // The local commands and the local workbook (LocalFileError), and the engine's own failures there.
  INVALID: { meaning: "buku kerja, konfigurasi, atau jalur tidak sah; tidak ada yang diubah", start: 2, sync: 2, deploy: 2 },
  BUSY: { meaning: "proses lain sedang memegang kunci buku kerja", start: 3, syncAs: "IN_USE" },
  OPEN_IN_APP: { meaning: "buku kerja sedang dibuka di Excel atau LibreOffice", start: 3, syncAs: "IN_USE" },
  CHANGED: { meaning: "buku kerja berubah selama proses berjalan; hasilnya tidak disimpan", start: 3, syncAs: "CONFLICT" },
  READ_ONLY: { meaning: "buku kerja atau foldernya hanya-baca", start: 4, syncAs: "NO_ACCESS" },
  VERIFY_FAILED: { meaning: "penyimpanan ditolak pemeriksaan mandiri; berkas lama tetap", start: 5, syncAs: "WRITE_FAILED" },
  UNEXPECTED: { meaning: "galat tak terduga; SERTIFIKASI_DEBUG=1 menampilkan rinciannya", start: 1, deploy: 1 },
  // The sync tool (SyncError).
  NO_CREDENTIALS: { meaning: "kredensial Google tidak ada atau ditolak", sync: 3 },
  EXISTS: { meaning: "sasaran sudah ada dan tidak ditimpa", sync: 4 },
  CORRUPT: { meaning: "cadangan atau berkas rusak atau diubah", sync: 5 },
  WRONG_KEY: { meaning: "kunci enkripsi tidak membuka cadangan ini", sync: 5 },
  NO_KEY: { meaning: "cadangan terenkripsi dan kuncinya tidak diberikan", sync: 5 },
  QUOTA: { meaning: "kuota atau batas layanan Google habis", sync: 6 },
  UNAVAILABLE: { meaning: "layanan atau jaringan bermasalah setelah dicoba ulang", sync: 6 },
  CANCELLED: { meaning: "dibatalkan di konfirmasi", sync: 7 },
  PARTIAL_WRITE: { meaning: "penulisan berhenti di tengah; pesan menyebut yang sudah ditulis", sync: 8 },
  REJECTED: { meaning: "permintaan ditolak API sebagai tidak sah", sync: 9 },
  INTERNAL: { meaning: "kesalahan tak terduga; SYNC_DEBUG=1 menampilkan rinciannya", sync: 10 },
  CONFLICT: { meaning: "sheet atau berkas berubah sejak dibaca (diurutkan, ditambah baris, disimpan program lain); tidak ada yang ditulis", sync: 11 },
  IN_USE: { meaning: "berkas .xlsx sedang dipakai proses lain atau dibuka di Excel/LibreOffice", sync: 12 },
  NEWER_FORMAT: { meaning: "cadangan dibuat versi alat yang lebih baru", sync: 13 },
  // npm run deploy.
  CHECK_FAILED: { meaning: "pemeriksaan tipe, pengujian, atau build gagal; tidak ada yang dikirim", deploy: 3 },
  CLASP_FAILED: { meaning: "clasp gagal mengirim, membaca ulang, atau membuat versi", deploy: 4 },
  PUSH_MISMATCH: { meaning: "isi proyek Apps Script sesudah dikirim tidak sama dengan hasil build", deploy: 5 },
  // Only on Apps Script.
  SCHEDULE_LIMIT: { meaning: "lanjutan otomatis tidak dapat dijadwalkan: akun sudah memiliki 20 pemicu untuk skrip ini" },
} as const satisfies Record<string, CodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

type WithExit<F extends CommandFamily> = { [C in ErrorCode]: (typeof ERROR_CODES)[C] extends Record<F, number> ? C : never }[ErrorCode];

/** Codes the sync tool raises (SyncError). */
export type SyncCode = WithExit<"sync">;

/** Codes npm run deploy raises (DeployError); UNEXPECTED is what is left when none fits. */
export type DeployCode = Exclude<WithExit<"deploy">, "UNEXPECTED">;

/** Codes the local commands raise (LocalFileError); UNEXPECTED is what is left when none fits. */
export type LocalCode = Exclude<WithExit<"start">, "UNEXPECTED">;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/** The sync tool's code for a code raised elsewhere (the local file guard's BUSY is IN_USE there), or null. */
export function syncCodeOf(code: ErrorCode): SyncCode | null {
  const entry: CodeEntry = ERROR_CODES[code];
  const own = entry.sync !== undefined ? code : entry.syncAs;
  return own !== undefined && isErrorCode(own) && (ERROR_CODES[own] as CodeEntry).sync !== undefined ? (own as SyncCode) : null;
}

/** The exit code `code` gives in `family`, or null when that family never raises it. */
export function exitCodeOf(code: ErrorCode, family: CommandFamily): number | null {
  if (family === "start") return (ERROR_CODES[code] as CodeEntry).start ?? null;
  if (family === "deploy") return (ERROR_CODES[code] as CodeEntry).deploy ?? null;
  const own = syncCodeOf(code);
  return own === null ? null : ERROR_CODES[own].sync;
}

/**
 * Every exit status of each family with its meaning, exactly as the README's tables list them
 * (`npm start` under "Pilihan `npm start`", `npm run sync` under "Kode keluar", `npm run deploy`
 * under "Memasang di spreadsheet kantor").
 */
export const EXIT_STATUSES: Readonly<Record<CommandFamily, readonly (readonly [number, string])[]>> = {
  start: [
    [0, "selesai"],
    [1, "galat tak terduga — jalankan lagi dengan `SERTIFIKASI_DEBUG=1` dan laporkan rinciannya"],
    [2, "buku kerja atau konfigurasi tidak sah (tab/kolom hilang, sel konfigurasi salah), berkas tidak ada, atau jalurnya folder; tidak ada yang diubah"],
    [3, "buku kerja sedang dipakai (proses lain, dibuka di Excel/LibreOffice, atau berubah selama dijalankan)"],
    [4, "buku kerja tidak bisa ditulis (hanya-baca, tanpa izin, disk penuh)"],
    [5, "penyimpanan ditolak pemeriksaan mandiri; berkas lama tetap"],
    [64, "pilihan, argumen, atau nilai lingkungan salah (mis. `--berkass`, `SERTIFIKASI_SEKARANG=besok`)"],
  ],
  sync: [
    [0, "berhasil (diff: sama)"],
    [1, "diff: ada perbedaan"],
    [2, "berkas lokal tidak sah, mis. jalurnya folder atau bukan berkas biasa (`INVALID`)"],
    [3, "kredensial tidak ada/ditolak, atau tidak punya akses (`NO_CREDENTIALS`, `NO_ACCESS`); juga berkas `.xlsx` hanya-baca atau tanpa izin"],
    [4, "spreadsheet, tab, berkas atau cadangan tidak ada; berkas sudah ada (`NOT_FOUND`, `EXISTS`)"],
    [5, "cadangan rusak/diubah, kunci salah atau tidak ada (`CORRUPT`, `WRONG_KEY`, `NO_KEY`)"],
    [6, "kuota habis atau layanan/jaringan bermasalah setelah dicoba ulang (`QUOTA`, `UNAVAILABLE`)"],
    [7, "dibatalkan di konfirmasi (`CANCELLED`)"],
    [8, "penulisan berhenti di tengah; pesan menyebut yang sudah ditulis (`PARTIAL_WRITE`)"],
    [9, "permintaan ditolak API (`REJECTED`)"],
    [10, "kesalahan tak terduga (`INTERNAL`; `SYNC_DEBUG=1` menampilkan rinciannya)"],
    [11, "sheet atau berkas `.xlsx` berubah sejak dibaca (diurutkan, ditambah baris, atau disimpan program lain); tidak ada yang ditulis (`CONFLICT`)"],
    [12, "berkas `.xlsx` sedang dipakai: `npm start` atau proses lain memegang kuncinya, atau dibuka di Excel/LibreOffice (`IN_USE`)"],
    [13, "cadangan dibuat oleh versi alat yang lebih baru; tidak rusak, perbarui alat (`NEWER_FORMAT`)"],
    [14, "berkas lokal tidak bisa ditulis (disk penuh, kesalahan penyimpanan); berkas lama tidak diubah (`WRITE_FAILED`)"],
    [64, "argumen, opsi, atau nilai lingkungan salah (`BAD_ARGS`)"],
  ],
  deploy: [
    [0, "terkirim, isi Apps Script sama dengan hasil build, dan versinya dibuat"],
    [1, "galat tak terduga (`UNEXPECTED`); `SERTIFIKASI_DEBUG=1` menampilkan rinciannya"],
    [2, "`.clasp.json` belum diisi ID skrip kantor atau `rootDir`-nya bukan `dist/gas` (`INVALID`)"],
    [3, "pemeriksaan tipe, pengujian, atau build gagal; tidak ada yang dikirim (`CHECK_FAILED`)"],
    [4, "clasp gagal mengirim, membaca ulang, atau membuat versi; keluarannya dicetak (`CLASP_FAILED`)"],
    [5, "isi Apps Script sesudah dikirim tidak sama dengan `dist/gas`; tidak ada versi dibuat (`PUSH_MISMATCH`)"],
    [64, "zona waktu di SERTIFIKASI_TZ atau --time-zone= bukan zona Indonesia (mis. salah tulis Asia/Makasar), atau pilihan salah (`BAD_ARGS`)"],
  ],
};

/** Statuses that are not errors: success, and `diff` finding a difference (like diff(1)). */
export const EXIT_OK = 0;
export const EXIT_DIFFERENT = 1;
