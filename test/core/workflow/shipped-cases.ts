// The shipped services other than process A, written out independently of the seed rows: their
// states, legal moves (roles, required columns, guards), and one case of each register whose
// every column is filled so that no required column and no guard stands in a move's way.
import type { Role } from "../../../apps-script/core/domain/reference";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { DOKUMEN_KASUS, PERMOHONAN, RIWAYAT } from "../../../apps-script/core/registers/catalog";
import { append, at, type Row } from "../../case-factories";
import { makeApplication } from "../../factories";
import { SHIPPED_ASESOR } from "./shipped-cases-asesor";
import { SHIPPED_LAN } from "./shipped-cases-lan";
import { SHIPPED_LISENSI } from "./shipped-cases-lisensi";

export interface LegalMove {
  readonly to: string;
  readonly roles: readonly Role[];
  readonly required?: readonly string[];
  /** Cells this move's guards need that differ from the complete row: one branch chosen by a column (ISIAN). */
  readonly cells?: Row;
}

export interface ShippedService {
  readonly code: string;
  readonly register: string;
  readonly prefix: string;
  readonly states: readonly string[];
  readonly legal: Readonly<Record<string, readonly LegalMove[]>>;
  /** A case with every column filled: required columns present, guards met. */
  readonly complete: Row;
  /** Rows of other registers the cases name (a participant's assessment), added with them. */
  readonly companions?: Readonly<Record<string, readonly Row[]>>;
  /** Document codes marked present in Dokumen Kasus for each case (what DOKUMEN_LENGKAP reads). */
  readonly documents?: readonly string[];
}

const letterOut = (code: string): ShippedService => ({
  code, register: "Surat Keluar", prefix: code === "SURAT_KELUAR_ANGGOTA" ? "SKA" : "SKS",
  states: ["Konsep", "Diperiksa", "Ditandatangani", "Dikirim", "Dibatalkan"],
  legal: {
    Konsep: [{ to: "Diperiksa", roles: ["Petugas"] }, { to: "Dibatalkan", roles: ["Petugas"], required: ["Catatan Petugas"] }],
    Diperiksa: [{ to: "Konsep", roles: ["Verifikator", "Kepala"], required: ["Catatan Petugas"] }, { to: "Ditandatangani", roles: ["Kepala"], required: ["Nomor Surat Keluar"] }],
    Ditandatangani: [{ to: "Dikirim", roles: ["Petugas"], required: ["Tanggal Kirim"] }],
    Dikirim: [],
    Dibatalkan: [],
  },
  complete: {
    "Kode Alur": code, "Waktu Konsep": at("2026-11-16", "09:00"), Perihal: "Undangan rapat koordinasi LSP", Tujuan: "Ketua LSP BPSDM DKI",
    Konseptor: "Bagian Umum", "Nomor Surat Keluar": "B-55/BNSP/XI/2026", "Tanggal Kirim": at("2026-11-18"), "Catatan Petugas": "Perbaikan redaksi",
  },
});

export const APPEALED = "PRM-2026-00001";
/** The day the appealed application was decided (its last move in Riwayat). */
export const DECIDED_ON = "2026-11-16";

export const SHIPPED: readonly ShippedService[] = [
  ...SHIPPED_ASESOR, ...SHIPPED_LISENSI, ...SHIPPED_LAN,
  {
    code: "SURAT_MASUK", register: "Surat Masuk", prefix: "SM",
    states: ["Diterima", "Didisposisi", "Diteruskan ke Bagian", "Selesai"],
    legal: {
      Diterima: [{ to: "Didisposisi", roles: ["Kepala"], required: ["Disposisi Kepada"] }, { to: "Diteruskan ke Bagian", roles: ["Petugas"] }],
      Didisposisi: [{ to: "Selesai", roles: ["Petugas"] }],
      "Diteruskan ke Bagian": [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
    },
    complete: {
      "Waktu Diterima": at("2026-11-16", "09:00"), "Nomor Surat Pengirim": "B-101/LSP/XI/2026", "Tanggal Surat": at("2026-11-13"),
      Pengirim: "LSP BPSDM DKI", Perihal: "Permohonan perpanjangan lisensi", "Ditujukan Kepada": "Lisensi",
      "Disposisi Kepada": "Kepala Bagian Lisensi", "Isi Disposisi": "Tindak lanjuti", "Catatan Petugas": "Lengkap",
    },
  },
  letterOut("SURAT_KELUAR_SEKRETARIAT"),
  letterOut("SURAT_KELUAR_ANGGOTA"),
  {
    code: "PENGADUAN", register: "Pengaduan", prefix: "ADU",
    states: ["Diterima", "Ditindaklanjuti", "Dijawab"],
    legal: {
      Diterima: [{ to: "Ditindaklanjuti", roles: ["Petugas", "Verifikator"], required: ["Tindak Lanjut"] }],
      Ditindaklanjuti: [{ to: "Dijawab", roles: ["Verifikator", "Kepala"] }],
      Dijawab: [],
    },
    complete: {
      "Waktu Diterima": at("2026-11-16", "09:00"), Saluran: "Helpdesk", "Nama Pengadu": "Budi Santoso", "Email Pengadu": "budi@contoh.id",
      "Isi Pengaduan": "Jadwal uji kompetensi belum diumumkan", "Tindak Lanjut": "Jadwal diumumkan di laman LSP", "Catatan Petugas": "Selesai",
    },
  },
  {
    code: "BANDING", register: "Banding", prefix: "BDG",
    states: ["Diajukan", "Diperiksa Panel", "Diputuskan", "Selesai", "Ditolak Administratif"],
    legal: {
      Diajukan: [{ to: "Diperiksa Panel", roles: ["Verifikator"], required: ["Anggota Panel"] }, { to: "Ditolak Administratif", roles: ["Verifikator"], required: ["Catatan Petugas"] }],
      "Diperiksa Panel": [{ to: "Diputuskan", roles: ["Kepala", "Verifikator"], required: ["Putusan Panel"] }],
      Diputuskan: [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
      "Ditolak Administratif": [],
    },
    complete: {
      "Tanggal Banding": at("2026-11-20"), "ID Permohonan": APPEALED, "Nama Pemohon Banding": "Rina Kartika",
      "Alasan Banding": "Bukti portofolio unit 3 tidak dipertimbangkan", "Anggota Panel": "Dr. Lina, M.Psi.; Ahmad Fauzi",
      "Putusan Panel": "Ditolak", "Catatan Petugas": "Lewat batas",
    },
  },
];

export const serviceOf = (code: string): ShippedService => SHIPPED.find((s) => s.code === code)!;

export function caseId(service: ShippedService, n: number, year = 2026): string {
  return `${service.prefix}-${year}-${String(n).padStart(5, "0")}`;
}

/** "Didisposisi, Diteruskan ke Bagian" — the moves out of a state as refusals list them. */
export function allowedFrom(service: ShippedService, from: string): string {
  const targets = service.legal[from]!.map((m) => m.to);
  return targets.length === 0 ? "tidak ada (status akhir)" : targets.join(", ");
}

/**
 * Adds cases of the service, each already recorded in a state (Status Tercatat, adopted from the
 * row: no Riwayat yet) with the Status staff asked for; plus what their guards read: the
 * lembar disposisi of each Surat Masuk in Dokumen Kasus, and the appealed application decided
 * on DECIDED_ON in Riwayat.
 */
export function addCases(workbook: MemoryWorkbook, service: ShippedService, cases: readonly Row[], options: { documents?: boolean } = {}): void {
  append(workbook, service.register, cases.map((c) => ({ ...service.complete, ...c })));
  for (const [register, rows] of Object.entries(service.companions ?? {})) append(workbook, register, rows);
  if (service.code === "SURAT_MASUK" && options.documents !== false) {
    append(workbook, DOKUMEN_KASUS.name, cases.map((c) => ({ "ID Kasus": c[`ID ${service.register}`]!, "Kode Dokumen": "LD", Ada: "Ya" })));
  }
  if (service.documents && options.documents !== false) {
    const codes = service.documents;
    append(workbook, DOKUMEN_KASUS.name, cases.flatMap((c) => codes.map((code) => ({ "ID Kasus": c[`ID ${service.register}`]!, "Kode Dokumen": code, Ada: "Ya" }))));
  }
}

/** The application an appeal names, with its recording and its decision in Riwayat. */
export function addAppealedApplication(workbook: MemoryWorkbook, options: { decided?: boolean; recorded?: boolean } = {}): void {
  const { decided = true, recorded = true } = options;
  const status = decided ? "Penyerahan" : "Diterima";
  append(workbook, PERMOHONAN.name, [makeApplication({ "ID Permohonan": APPEALED, Status: status, "Status Tercatat": status })]);
  const event = (n: number, date: string, from: string | null, to: string): Row => ({
    "ID Riwayat": `RWY-${date.replaceAll("-", "")}-UJI00000-000${n}`, Waktu: at(date, "10:00"), "ID Permohonan": APPEALED,
    Dari: from, Ke: to, Oleh: from ? "kepala@contoh.go.id" : "mesin", Peran: from ? "Kepala" : null, Hasil: "Diterapkan", Keterangan: null,
  });
  append(workbook, RIWAYAT.name, [
    ...(recorded ? [event(1, "2026-11-02", null, "Diterima")] : []),
    ...(decided ? [event(2, DECIDED_ON, "Penetapan", "Penyerahan")] : []),
  ]);
}
