// The attendance list of the test day and the receipt of step 9: their variants and refusals.
import { describe, expect, it } from "vitest";
import type { LetterTypeCode } from "../../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../../apps-script/core/letters/render";
import { fakeNip, makeOffice, refusalOf, sampleData } from "../fixtures";
import { textOf } from "../html-text";

const letter = (type: LetterTypeCode, data: unknown) => prepareLetter(type, data, { ...makeOffice(), caseId: "PRM-2026-00007" });
const render = (type: LetterTypeCode, data: unknown) => textOf(letter(type, data).html);

describe("an attendance list", () => {
  const base = sampleData("DAFTAR_HADIR");

  it("never prints a participant's NIP, even when the data carries one", () => {
    const participants = base.participants!.map((p, i) => ({ ...p, nip: fakeNip(i) }));
    const html = letter("DAFTAR_HADIR", { ...base, participants }).html;
    for (let i = 0; i < participants.length; i++) expect(html).not.toContain(fakeNip(i).slice(0, 8));
  });

  it("leaves one signature cell per participant, numbered", () => {
    const html = letter("DAFTAR_HADIR", base).html;
    expect([...html.matchAll(/<td class="paraf">(\d+)\.<\/td>/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("is refused without an assessor or a participant's application ID", () => {
    const participants = base.participants!.map((p, i) => (i === 1 ? { ...p, caseId: undefined } : p));
    const error = refusalOf(() => render("DAFTAR_HADIR", { ...base, assessors: [], participants }));
    expect(error.message).toContain("asesor minimal satu butir");
    expect(error.message).toContain("peserta ke-2 › ID permohonan wajib diisi");
  });
});

describe("a handover receipt", () => {
  const base = sampleData("TANDA_TERIMA_PENYERAHAN");

  it("for a participant not yet competent hands over the statement, not a certificate", () => {
    const items = [{ name: "Surat Keterangan Hasil Uji Kompetensi" }, { name: "Salinan Keputusan Penetapan Hasil Uji Kompetensi" }];
    const made = letter("TANDA_TERIMA_PENYERAHAN", { ...base, result: "BK", items });
    const text = textOf(made.html);
    expect(made.perihal).toBe("Tanda Terima Penyerahan Surat Keterangan Hasil Uji Kompetensi Skema Pelayanan Publik");
    expect(text).toContain("Tanda Terima Penyerahan Surat Keterangan Hasil Uji Kompetensi Nomor");
    expect(text).toContain("dengan hasil BELUM KOMPETEN , berupa 2 (dua) dokumen");
    expect(text).toContain("Surat Keterangan Hasil Uji Kompetensi sebagaimana tertera pada dokumen");
    expect(text).not.toContain("Sertifikat Kompetensi SERT");
  });

  it("leaves the officer's name to be written by hand when the officer is not known", () => {
    const { officer: _o, ...rest } = base;
    const text = render("TANDA_TERIMA_PENYERAHAN", rest);
    expect(text).toContain("Yang Menyerahkan, Petugas Badan Pengembangan Sumber Daya Manusia (....");
    expect(text).not.toContain("Siti Aminah");
  });

  it("is refused without documents, a result or the receiver's NIP", () => {
    const error = refusalOf(() => render("TANDA_TERIMA_PENYERAHAN", { ...base, items: [], result: "L", applicant: { ...base.applicant, nip: "" } }));
    expect(error.message).toContain("dokumen yang diserahkan minimal satu butir");
    expect(error.message).toContain("hasil (K/BK) harus salah satu dari: K, BK");
    expect(error.message).toContain("asesi › NIP harus 18 digit angka");
  });
});
