// Register-shaped sample data for the tests: header labels from the catalog, fake people only.
import { PERMOHONAN, RIWAYAT, SKEMA } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";

/** Deterministic fake NIK (16 digits, stored as text so leading zeros survive). */
export const fakeNik = (i: number): string => `3171${String(100000000000 + i).slice(-12)}`;

export function permohonanRows(n: number): unknown[][] {
  const headers = headersOf(PERMOHONAN);
  const at = (h: string): number => headers.indexOf(h);
  const rows: unknown[][] = [headers];
  for (let i = 1; i <= n; i++) {
    const row: unknown[] = new Array(headers.length).fill(null);
    row[at("ID Permohonan")] = `P-2026-${String(i).padStart(4, "0")}`;
    row[at("Tanggal Permohonan")] = 46023 + i; // serial numbers, as the API returns dates
    row[at("Nama")] = `Peserta Uji ${i}`;
    row[at("NIP")] = `19800101200501${String(1000 + i).slice(-4)}`;
    row[at("NIK")] = fakeNik(i);
    row[at("Email")] = `peserta${i}@contoh.invalid`;
    row[at("Telepon")] = "0812000000";
    row[at("Instansi")] = "Pemerintah Provinsi Contoh";
    row[at("Golongan")] = "III/a";
    row[at("Pendidikan Terakhir")] = "S1";
    row[at("Pengalaman Pelayanan Publik (tahun)")] = (i % 7) + 1;
    row[at("Kode Skema")] = "SKM-UJI-01";
    row[at("Status")] = i % 3 === 0 ? "Verifikasi" : "Diterima";
    row[at("Hari Jeda")] = `=${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[at("Pengalaman Pelayanan Publik (tahun)")]}${i + 1}*2`;
    rows.push(row);
  }
  return rows;
}

export function riwayatRows(n: number): unknown[][] {
  const rows: unknown[][] = [headersOf(RIWAYAT)];
  for (let i = 1; i <= n; i++) {
    rows.push([`R-${String(i).padStart(5, "0")}`, 46023.5 + i, `P-2026-${String(((i - 1) % 10) + 1).padStart(4, "0")}`, "Diterima", "Verifikasi", "petugas@contoh.invalid", "Petugas", "Diterapkan", ""]);
  }
  return rows;
}

export function skemaRows(): unknown[][] {
  return [headersOf(SKEMA), ["SKM-UJI-01", "Pelayanan Publik (uji)", "ALUR-A", 3, "SKKNI 183/2016", "", "TUK-01", "Ya"]];
}
