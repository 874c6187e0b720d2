// Every letter type rendered from a realistic case and checked for its required parts.
import { describe, expect, it } from "vitest";
import { LetterConfigError, LetterDataError } from "../../apps-script/core/letters/errors";
import { LETTER_TYPE_CODES, type LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { DATE_PLACEHOLDER, fillIssued, NUMBER_PLACEHOLDER, prepareLetter, VERIFICATION_PLACEHOLDER } from "../../apps-script/core/letters/render";
import { qrPngDataUrl, verificationAddress } from "../../apps-script/core/letters/qr";
import { KEWAJIBAN_PEMEGANG, MAKLUMAT_PELAYANAN } from "../../apps-script/core/domain/maklumat";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { APPLICANT, makeOffice, makeParticipants, sampleData, UNITS } from "./fixtures";
import { ASESOR_REQUIRED } from "./fixtures-asesor";
import { LAN_REQUIRED } from "./fixtures-lan";
import { LISENSI_REQUIRED } from "./fixtures-lisensi";
import { inOrder, sectionOf, textOf } from "./html-text";
import type { LetterRequirement } from "./requirement";

const CASE = "PRM-2026-0007";
const ISSUED = { number: "800/57/BPSDM/V/2026", date: "2026-05-04" as LocalDate };
const TO_APPLICANT = [`Yth. Sdr. ${APPLICANT.name}`, APPLICANT.position, APPLICANT.agency, "di tempat"];
const participants = makeParticipants(8);

/** What each letter must say, beyond the letterhead, number, date and signature. */
const REQUIRED: Record<LetterTypeCode, LetterRequirement> = {
  ...ASESOR_REQUIRED,
  ...LISENSI_REQUIRED,
  ...LAN_REQUIRED,
  TANDA_TERIMA: {
    addressee: TO_APPLICANT,
    facts: ["Pelayanan Publik (SS-05/LSP-BPSDM DKI/V/2022)", "2 Maret 2026", CASE, "NIP 19900115 201503 2 002",
      "Formulir APL.01", "Pasfoto 3x4 latar merah", "14 (empat belas) hari kerja sejak berkas dinyatakan lengkap dan benar"],
  },
  PENGEMBALIAN_BERKAS: {
    addressee: TO_APPLICANT,
    facts: ["Surat rekomendasi pimpinan unit kerja", "Sertifikat Diklat Fungsional Pelayanan Prima", "10 (sepuluh) hari kerja", "2 Maret 2026", CASE],
  },
  PERSETUJUAN: {
    addressee: TO_APPLICANT,
    facts: ["memenuhi persyaratan", "Asesmen portofolio dan wawancara", "19900115 201503 2 002", "Penata Muda Tk. I (III/b)"],
  },
  PENOLAKAN: {
    addressee: TO_APPLICANT,
    facts: ["Golongan III/a belum memenuhi batas minimal", "Pengalaman pelayanan publik 1 tahun, minimal 2 tahun", "banding", "14 (empat belas) hari kerja"],
  },
  SURAT_TUGAS: {
    addressee: ["Kepada", "Hendra Gunawan, S.E., M.M.", "MET.000.001234 2021", "19801120 200501 1 003"],
    facts: ["Selasa, 14 April 2026", "TUK Sewaktu BPSDM", "6 (enam) orang peserta", "Ahmad Hidayat", "19750101 200004 1 001", "Nur Hidayat"],
  },
  UNDANGAN_UJI: {
    addressee: TO_APPLICANT,
    facts: ["Selasa, 14 April 2026", "08.00 WITA", "Jalan Contoh Raya Nomor 10, Mamuju", "Portofolio bukti kompetensi asli",
      "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah)", "instansi pengusul"],
  },
  SK_PENETAPAN: {
    addressee: ["Menimbang", "Mengingat", "Memutuskan", "Menetapkan", "KESATU", "KEDUA", "KETIGA", "KEEMPAT"],
    facts: ["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara", "14 April 2026", "LAMPIRAN KEPUTUSAN",
      participants[0]!.name, "19780404 200307 2 004", "BK (Belum Kompeten)", "K (Kompeten)", "Kompeten (K): 6 (enam) orang", "Belum Kompeten (BK): 2 (dua) orang",
      "3 (tiga) tahun"],
  },
  BERITA_ACARA: {
    addressee: ["Pada hari ini Rabu tanggal lima belas bulan April tahun dua ribu dua puluh enam"],
    facts: ["Ruang Rapat BPSDM", "Lina Marlina, S.Psi.", "MET.000.005678 2022", "8 (delapan) orang", "6 (enam) orang Kompeten (K)",
      "2 (dua) orang Belum Kompeten (BK)", participants[7]!.name],
  },
  SERTIFIKAT: {
    addressee: [APPLICANT.name, "NIP 19900115 201503 2 002"],
    facts: ["SERTIFIKAT KOMPETENSI", "KOMPETEN", "12 (dua belas) unit kompetensi", ...UNITS.map((u) => u.code), UNITS[11]!.title,
      "3 (tiga) tahun sejak 4 Mei 2026 sampai dengan 3 Mei 2029"],
  },
  SURAT_KETERANGAN: {
    addressee: [APPLICANT.name, "19900115 201503 2 002"],
    facts: ["14 April 2026", "TUK Sewaktu BPSDM", "KOMPETEN", ...UNITS.map((u) => u.code), "sampai diterbitkannya Sertifikat Kompetensi"],
  },
  INFORMASI_SERTIFIKASI: {
    addressee: TO_APPLICANT,
    facts: [CASE, "SS-05/LSP-BPSDM DKI/V/2022", "SKKNI Keputusan Menteri Ketenagakerjaan Nomor 183 Tahun 2016", "12 (dua belas) unit kompetensi",
      ...UNITS.map((u) => u.code), UNITS[11]!.title, "Golongan minimal Pengatur Muda Tk.I (II/b)", "Pasfoto 3x4 sebanyak 3 lembar",
      "Pemeriksaan kelengkapan berkas (5 (lima) hari kerja)", "Verifikasi persyaratan (10 (sepuluh) hari kerja)",
      "paling lama 30 (tiga puluh) hari kerja sejak berkas dinyatakan lengkap dan benar", "Asesmen Portofolio dan Pertanyaan Wawancara",
      "mengajukan banding terhadap keputusan sertifikasi (formulir FR.AK.04) paling lama 14 (empat belas) hari kerja", "3 (tiga) tahun"],
  },
  DAFTAR_HADIR: {
    addressee: ["Daftar Hadir Peserta Uji Kompetensi", "Pelayanan Publik (SS-05/LSP-BPSDM DKI/V/2022)", "Selasa, 14 April 2026", "08.00 WITA", "TUK Sewaktu BPSDM"],
    facts: ["Hendra Gunawan, S.E., M.M. (No. Reg. MET.000.001234 2021); Lina Marlina, S.Psi.", "6 (enam) orang", "Tanda Tangan",
      "1 Ahmad Hidayat Badan Pendapatan Daerah Provinsi Contoh PRM-2026-00001 1.", "Nur Hidayat", "PRM-2026-00006", "Mengetahui"],
  },
  TANDA_TERIMA_PENYERAHAN: {
    addressee: ["Tanda Terima Penyerahan Sertifikat Kompetensi", APPLICANT.name, "19900115 201503 2 002", APPLICANT.agency],
    facts: ["Senin, 27 April 2026", CASE, "KOMPETEN", "3 (tiga) dokumen", "Sertifikat Kompetensi SERT/0042/BPSDM/IV/2026",
      "Surat Keterangan Hasil Uji Kompetensi 800/61/BPSDM/IV/2026", "Salinan Keputusan Penetapan Hasil Uji Kompetensi",
      "Yang Menerima", "Yang Menyerahkan, Pengelola Layanan Sertifikasi Siti Aminah, A.Md.", "Mengetahui"],
  },
  LEMBAR_DISPOSISI: {
    addressee: ["Ditujukan kepada Ketua BNSP", "Diteruskan kepada Sekretaris BNSP"],
    facts: ["Surat dari LSP Pelayanan Publik Provinsi Contoh", "Nomor surat 045/LSP-PP/IV/2026", "Nomor agenda SM-2026-00017",
      "Tanggal surat 2 April 2026", "Senin, 6 April 2026, pukul 14.20 WITA", "Perihal Permohonan penyaksian uji kompetensi",
      "Agar dijadwalkan penyaksian uji kompetensi", "TS (tanggal yang sama), 6 April 2026"],
  },
  JAWABAN_PENGADUAN: {
    addressee: ["Yth. Sdr. Bambang Sutrisno", "bambang.sutrisno@contoh.id", "di tempat"],
    facts: ["Senin, 6 April 2026 pukul 09.15 WITA melalui SP4N-LAPOR!", "ADU-2026-00003", "PRM-2026-00021",
      "belum diterima setelah sepuluh hari kerja", "paling lama 3 (tiga) hari kerja", "Hasil verifikasi telah dikirim ulang"],
  },
  PUTUSAN_BANDING: {
    addressee: ["Yth. Sdr. Yohanes Siregar", "Dinas Kesehatan Kabupaten Contoh", "di tempat"],
    facts: ["4 Mei 2026", "BDG-2026-00002", "FR.AK.04", "PRM-2026-00031", "Pelayanan Publik (SS-05/LSP-BPSDM DKI/V/2022)",
      "tidak dipertimbangkan asesor", "Dr. Lina Marlina, S.Psi., M.Psi.", "Ir. Made Suarta", "diterima", "asesmen ulang"],
  },
};

/** Letters whose subject is not the scheme's: they belong to another case register. */
const PERIHAL: Partial<Record<LetterTypeCode, RegExp>> = {
  LEMBAR_DISPOSISI: /^Disposisi Surat LSP Pelayanan Publik Provinsi Contoh Nomor 045\/LSP-PP\/IV\/2026 Hal Permohonan penyaksian/,
  JAWABAN_PENGADUAN: /^Jawaban atas Pengaduan Nomor ADU-2026-00003$/,
};

const render = (type: LetterTypeCode, issued = true, data: unknown = sampleData(type)) =>
  prepareLetter(type, data, { ...makeOffice(), caseId: CASE, ...(issued ? { issued: ISSUED } : {}) });

describe.each(LETTER_TYPE_CODES)("letter %s", (type) => {
  const letter = render(type);
  const text = textOf(letter.html);

  it("carries the letterhead, the number and the date", () => {
    expect(text).toContain("Pemerintah Provinsi Sulawesi Barat");
    expect(text).toContain("Badan Pengembangan Sumber Daya Manusia");
    expect(text).toContain(ISSUED.number);
    expect(text).toContain("4 Mei 2026");
    expect(letter.html).not.toContain(NUMBER_PLACEHOLDER);
    expect(letter.html).not.toContain(DATE_PLACEHOLDER);
  });

  it("names its addressee and states the facts of the case", () => {
    expect(inOrder(text, REQUIRED[type].addressee)).toBe(true);
    for (const fact of REQUIRED[type].facts) expect(text).toContain(fact);
  });

  it("ends with a signature block: position, name, rank, NIP with spaces", () => {
    const block = textOf(sectionOf(letter.html, type === "BERITA_ACARA" ? "ttd-banyak" : "ttd"));
    expect(inOrder(block, ["Kepala Badan Pengembangan Sumber Daya Manusia", "Dr. Arif Budiman Saleh, S.STP., M.Si.", "Pembina Utama Muda (IV/c)", "NIP 19720315 200003 1 004"])).toBe(true);
  });

  it("is a whole HTML document with the subject and addressee for the letter book", () => {
    expect(letter.html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(letter.perihal).toMatch(REQUIRED[type].perihal ?? PERIHAL[type] ?? /Pelayanan Publik/);
    expect(letter.tujuan.length).toBeGreaterThan(3);
    expect(letter.title).toContain(CASE);
    expect(letter.title).not.toContain(APPLICANT.name);
  });

  it("shows placeholders for the head's review until numbered, then takes the number", () => {
    const draft = render(type, false);
    expect(draft.html).toContain(NUMBER_PLACEHOLDER);
    expect(draft.html).toContain(DATE_PLACEHOLDER);
    expect(fillIssued(draft.html, ISSUED)).toBe(letter.html);
  });
});

describe("a certificate's validity", () => {
  it("counts from the date the head approves it, not from the day it was drafted", () => {
    const draft = render("SERTIFIKAT", false, { ...sampleData("SERTIFIKAT"), decisionDate: "2026-04-20", validityYears: 5 });
    expect(textOf(draft.html)).toContain("berlaku 5 (lima) tahun sejak [TANGGAL SURAT] sampai dengan [BERLAKU SAMPAI: 5 TAHUN SEJAK TANGGAL SURAT]");
    expect(textOf(draft.html)).toContain("Kode verifikasi [KODE VERIFIKASI]");
    const approved = fillIssued(draft.html, { number: "SERT/0042/BPSDM/II/2028", date: "2028-02-29" as LocalDate, verificationCode: "1Y62-N7HV-3Q3Y" });
    expect(textOf(approved)).toContain("berlaku 5 (lima) tahun sejak 29 Februari 2028 sampai dengan 28 Februari 2033");
    expect(textOf(approved)).toContain("Kode verifikasi 1Y62-N7HV-3Q3Y");
    expect(approved).not.toMatch(/BERLAKU SAMPAI|KODE VERIFIKASI/);
  });
});

describe("a certificate drafted with its verification code", () => {
  const CODE = "7K2M-9Q4R-XT3V";
  const URL = "https://script.google.com/macros/s/AKfycbTest123/exec";
  const drafted = (webAppUrl: string | null) =>
    prepareLetter("SERTIFIKAT", sampleData("SERTIFIKAT"), { ...makeOffice(), caseId: CASE, verification: { code: CODE, webAppUrl } });

  it("prints the code, the verification address and its QR code as a PNG at once", () => {
    const letter = drafted(URL);
    expect(letter.verificationCode).toBe(CODE);
    expect(textOf(letter.html)).toContain(`Kode verifikasi ${CODE}`);
    expect(textOf(letter.html)).toContain(`${URL}?kode=${CODE}`);
    const img = /<img class="sert-qr" src="([^"]+)"/.exec(letter.html);
    expect(img).not.toBeNull();
    // The template runtime escapes "=" in the attribute; a browser and the Docs import read it back.
    const src = img![1]!.replace(/&#x3D;/g, "=");
    expect(src).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(qrPngDataUrl(verificationAddress(URL, CODE)!)).toBe(src);
    expect(letter.html).not.toContain(VERIFICATION_PLACEHOLDER);
  });

  it("prints the code alone when the web app's address is not set, as before", () => {
    const letter = drafted(null);
    expect(textOf(letter.html)).toContain(`Kode verifikasi ${CODE}`);
    expect(letter.html).not.toContain("<img");
    expect(letter.html).not.toContain("?kode=");
    expect(textOf(letter.html)).toContain("periksa keabsahannya pada laman verifikasi");
  });

  it("a certificate drafted without a code keeps the placeholder and no QR (filled at finishing)", () => {
    const letter = render("SERTIFIKAT", false);
    expect(letter.verificationCode).toBeUndefined();
    expect(letter.html).toContain(VERIFICATION_PLACEHOLDER);
    expect(letter.html).not.toContain("<img");
  });

  it("has a back page with the holder's obligations and the maklumat pelayanan", () => {
    const html = drafted(URL).html;
    const back = html.slice(html.indexOf('class="sert-belakang"'));
    expect(back).toMatch(/page-break-before: always/);
    const text = textOf(back);
    expect(inOrder(text, ["Kewajiban Pemegang Sertifikat", ...KEWAJIBAN_PEMEGANG, "Maklumat Pelayanan", MAKLUMAT_PELAYANAN])).toBe(true);
    // The front is untouched: the obligations are on the back only.
    expect(textOf(html.slice(0, html.indexOf('class="sert-belakang"')))).not.toContain(KEWAJIBAN_PEMEGANG[0]);
  });
});

describe("escaping", () => {
  it("prints a name with < and & as text, in the body and the letterhead", () => {
    const name = `Budi <b>"Jr"</b> & Sons`;
    const office = makeOffice();
    const letter = prepareLetter("PENOLAKAN", { ...sampleData("PENOLAKAN"), applicant: { ...APPLICANT, name }, reasons: ["<script>alert(1)</script>"] }, {
      ...office, letterhead: { ...office.letterhead, unitName: "Badan A & B <Unit>" }, caseId: CASE,
    });
    expect(letter.html).not.toContain("<b>\"Jr\"</b>");
    expect(letter.html).not.toContain("<script>");
    expect(letter.html).toContain("Budi &lt;b&gt;&quot;Jr&quot;&lt;/b&gt; &amp; Sons");
    expect(letter.html).toContain("Badan A &amp; B &lt;Unit&gt;");
    expect(textOf(letter.html)).toContain(name);
  });

  it("escapes the number put in after approval", () => {
    const draft = render("PERSETUJUAN", false);
    expect(fillIssued(draft.html, { number: "B-1/<X>&Y/2026", date: ISSUED.date })).toContain("B-1/&lt;X&gt;&amp;Y/2026");
  });
});

describe("with missing or invalid data", () => {
  const fail = (type: LetterTypeCode, data: unknown): LetterDataError => {
    try {
      render(type, false, data);
    } catch (error) {
      if (error instanceof LetterDataError) return error;
      throw error;
    }
    throw new Error("tidak ada galat");
  };

  it("names the case and the missing field instead of leaving a blank", () => {
    const { nip: _nip, ...applicant } = APPLICANT;
    const error = fail("PERSETUJUAN", { ...sampleData("PERSETUJUAN"), applicant });
    expect(error.fields).toEqual(["applicant.nip"]);
    expect(error.caseId).toBe(CASE);
    expect(error.message).toContain(CASE);
    expect(error.message).toContain("Surat Persetujuan Permohonan");
    expect(error.message).toContain("asesi › NIP wajib diisi");
    expect(error.message).not.toContain("applicant"); // no English paths for staff
  });

  it("reports every problem at once, in Indonesian", () => {
    const data = { ...sampleData("SK_PENETAPAN"), assessmentDate: "2026-02-30", participants: [{ ...participants[0]!, nip: "12345", result: "L" }] };
    const error = fail("SK_PENETAPAN", data);
    expect(error.fields).toEqual(expect.arrayContaining(["assessmentDate", "participants.0.nip", "participants.0.result"]));
    expect(error.message).toContain("tanggal uji harus tanggal yang valid");
    expect(error.message).toContain("peserta ke-1 › NIP harus 18 digit angka");
    expect(error.message).not.toMatch(/assessmentDate|participants/);
    expect(error.message).toMatch(/harus salah satu dari: K, BK/);
  });

  it("refuses a refusal without reasons and a blank name", () => {
    const error = fail("PENOLAKAN", { ...sampleData("PENOLAKAN"), reasons: [], applicant: { ...APPLICANT, name: "   " } });
    expect(error.fields).toEqual(expect.arrayContaining(["reasons", "applicant.name"]));
    expect(error.message).toContain("alasan minimal satu butir");
  });

  it("tells a wrong kind of value from a missing one", () => {
    const error = fail("TANDA_TERIMA", { ...sampleData("TANDA_TERIMA"), serviceDays: "14" });
    expect(error.message).toContain("SLA layanan (hari kerja) harus berupa angka");
    expect(error.message).not.toContain("serviceDays");
  });

  it("refuses data that is not an object", () => {
    expect(fail("SERTIFIKAT", null).message).toMatch(/Sertifikat Kompetensi untuk permohonan PRM-2026-0007 tidak dibuat/);
  });

  it("names the Pengaturan key when the office settings are incomplete", () => {
    const office = makeOffice();
    const call = () => prepareLetter("PERSETUJUAN", sampleData("PERSETUJUAN"), { ...office, signatory: { ...office.signatory, nip: "" }, caseId: CASE });
    expect(call).toThrow(LetterConfigError);
    expect(call).toThrow(/"NIP Penandatangan" harus 18 digit angka/);
  });
});

describe("a refusal", () => {
  it("lists the engine's reasons in order, one item each", () => {
    const reasons = ["Pendidikan SMA/SMK di bawah minimal D-III", "Dokumen REKOMENDASI belum diserahkan", "Golongan II/a di bawah minimal II/b"];
    const letter = render("PENOLAKAN", true, { ...sampleData("PENOLAKAN"), reasons });
    const items = [...letter.html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual(reasons);
  });
});

describe("an SK with only competent participants", () => {
  it("has no item about re-assessment and numbers the items on", () => {
    const letter = render("SK_PENETAPAN", true, { ...sampleData("SK_PENETAPAN"), participants: makeParticipants(3, 0) });
    const text = textOf(letter.html);
    expect(text).not.toContain("Belum Kompeten (BK) dapat mengikuti asesmen ulang");
    expect(text).toContain("KETIGA : Keputusan ini mulai berlaku");
    expect(text).not.toContain("KEEMPAT");
  });
});
