// The assessor's certificate after an RCC through the built bundle: the head's move of a
// participant to Kompeten drafts SERTIFIKAT_ASESOR with its verification code; the head's approval
// numbers it, the Sertifikat register records it with the old number typed on Peserta RCC as
// Menggantikan, the old certificate becomes Diganti, and the web app answers for the new code.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { expectOk, newOffice, put, STAFF } from "./office";

const OLD = "MET.000.001234 2023";
const OLD_CODE = "1Y62-N7HV-3Q3Y";

/** Rows typed onto a tab below its headers, by header. */
function rows(rt: GasRuntime, tab: string, records: readonly Record<string, unknown>[]): void {
  const sheet = rt.sheet(tab);
  const headers = Array.from({ length: sheet.getLastColumn() }, (_, c) => String(sheet._plain(1, c + 1)));
  put(rt, tab, Math.max(2, sheet.getLastRow() + 1), 1, records.map((row) => headers.map((h) => row[h] ?? "")));
}

describe("an RCC assessor certificate on Apps Script", () => {
  it("is drafted on the move to Kompeten, recorded on approval as the renewal of the old one, and verifiable", async () => {
    const rt = await newOffice(); // 2 March 2026
    rows(rt, "Permohonan Asesor", [{
      "ID Permohonan Asesor": "RCC-2026-00001", "Kode Alur": "RCC_ASESOR", "Tanggal Surat Permohonan": "2026-01-12", "Nomor Surat Permohonan": "B-12/LSP-JKN/I/2026",
      Pemohon: "LSP Jasa Konstruksi Nusantara", Skema: "Asesor Kompetensi", "Nomor SK": "KEP.0420/BNSP/II/2026", Status: "SK Ditetapkan", "Status Tercatat": "SK Ditetapkan",
    }]);
    rows(rt, "Peserta RCC", [{
      "ID Peserta RCC": "PRC-2026-00001", "ID Permohonan Asesor": "RCC-2026-00001", "Nama Peserta": "Sari Wulandari", "Email Peserta": "sari@contoh.id",
      "Tanggal Akun": "2026-01-20", "Nomor Registrasi Asesor": "MET.000.004321 2026", "Nomor Sertifikat Lama": OLD,
      Status: "Dikaji MA Penguji", "Status Tercatat": "Dikaji MA Penguji",
    }]);
    rows(rt, "Sertifikat", [{
      "Nomor Sertifikat": OLD, "Kode Verifikasi": OLD_CODE, "Nama Pemegang": "Sari Wulandari", "Kode Skema": "ASKOM", "Nama Skema": "Asesor Kompetensi",
      "Tanggal Terbit": "2023-03-10", "Berlaku Sampai": "2026-03-09", Status: "Aktif", "ID Kasus": "PRC-2023-00004", "ID Surat": "SRT-000900",
    }]);

    for (const r of rt.edit(STAFF.kepala, "Peserta RCC", 2, rt.column("Peserta RCC", "Status"), [["Kompeten"]])) expectOk(r, "handleEdit");
    expect(rt.table("Peserta RCC")[0]).toMatchObject({ "Status Tercatat": "Kompeten", "Pesan Langkah": "" });
    const letters = rt.table("Surat");
    expect(letters.map((r) => [r["Jenis Surat"], r["ID Permohonan"], r["Status Surat"]])).toEqual([["SERTIFIKAT_ASESOR", "PRC-2026-00001", "Menunggu Persetujuan"]]);
    const code = String(letters[0]!["Kode Verifikasi"]);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    for (const r of rt.edit(STAFF.kepala, "Surat", 2, rt.column("Surat", "Status Surat"), [["Disetujui"]])) expectOk(r, "handleEdit");
    const number = String(rt.table("Surat")[0]!["Nomor Surat"]);
    expect(number).not.toBe("");
    const register = rt.table("Sertifikat");
    expect(register).toHaveLength(2);
    expect(register[1]).toMatchObject({
      "Nomor Sertifikat": number, "Kode Verifikasi": code, "Nama Pemegang": "Sari Wulandari", "Kode Skema": "ASKOM", "Nama Skema": "Asesor Kompetensi",
      "Tanggal Terbit": "2026-03-02", "Berlaku Sampai": "2029-03-01", Status: "Aktif", "ID Kasus": "PRC-2026-00001", Menggantikan: OLD,
    });
    expect(register[0]!["Status"]).toBe("Diganti");

    const answer = (kode: string) => (rt.webGet({ kode }).value as { getContent(): string }).getContent();
    expect(answer(code)).toContain("Asesor Kompetensi (ASKOM)");
    expect(answer(code)).toContain("AKTIF");
    expect(answer(OLD_CODE)).toContain("DIGANTI");

    // The daily sweep reconciles again: nothing recorded twice, the link kept.
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    expect(rt.table("Sertifikat")).toHaveLength(2);
    expect(rt.table("Sertifikat")[1]!["Menggantikan"]).toBe(OLD);
  });
});
