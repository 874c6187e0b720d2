// The subcommands by name, and the help text.
import type { Context, Options } from "../context";
import { backup } from "./backup";
import { diff } from "./diff";
import { exportXlsx } from "./export";
import { list } from "./list";
import { prune } from "./prune";
import { restore } from "./restore";
import { verify } from "./verify";

export type Command = (args: readonly string[], options: Options, ctx: Context) => Promise<number>;

export const COMMANDS: Readonly<Record<string, Command>> = {
  backup,
  verify,
  restore,
  diff,
  export: exportXlsx,
  list,
  prune,
};

export const HELP = `Pemakaian: npm run sync -- <perintah> [argumen] [opsi]

Tempat (sumber/target): sheets:<id-spreadsheet>, berkas .xlsx, atau folder cadangan.

Perintah:
  backup <sumber> <folder>      Buat cadangan baru (subfolder bertanggal) di <folder>
  verify <folder>               Periksa satu cadangan, atau semua cadangan di folder
  restore <sumber> <target>     Pulihkan ke sheets:<id> atau .xlsx (pratinjau + konfirmasi)
  diff <a> <b>                  Bandingkan dua tempat per ID baris (kode keluar 1 bila beda)
  export <sumber> <berkas.xlsx> Salin ke buku kerja Excel baru
  list <folder>                 Daftar cadangan dengan umur dan ukuran
  prune <folder>                Terapkan retensi tanpa membuat cadangan

Opsi:
  --tab NAMA            Hanya tab ini (boleh berulang)
  --id ID               restore: hanya kasus dengan ID ini (boleh berulang)
  --yes, -y             restore: tulis tanpa bertanya; export: timpa berkas yang ada
  --key-file BERKAS     Kunci enkripsi (64 heks atau base64 32 bayt)
  --key-env NAMA        Ambil kunci dari variabel lingkungan NAMA (bawaan: SYNC_BACKUP_KEY)
  --credentials BERKAS  Berkas kunci JSON akun layanan (bawaan: Application Default Credentials)
  --oauth-client BERKAS Masuk lewat peramban dengan klien OAuth "Desktop app"
  --keep-daily N        Retensi: simpan cadangan terbaru dari N hari terakhir
  --keep-weekly N       Retensi: ... dari N minggu terakhir
  --keep-monthly N      Retensi: ... dari N bulan terakhir
  --time-zone ZONA      Zona waktu batas hari untuk retensi (bawaan: Asia/Jakarta)
  --dry-run             prune: hanya tampilkan yang akan dihapus
  --quiet, -q           Tanpa bilah kemajuan
  --json                list, verify, diff: satu objek JSON di stdout (pakai npm run --silent)
  --help, -h            Bantuan ini
  --version             Nama dan versi alat
`;
