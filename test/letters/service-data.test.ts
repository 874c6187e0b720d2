// Letters of Surat Masuk, Pengaduan and Banding built from their rows: read by header, blanks
// named by column, free text masked for NIK/NIP, and no applicant's NIP ever printed.
import { describe, expect, it } from "vitest";
import { parseSettings } from "../../apps-script/core/engine/settings";
import type { LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { dateTimeOf, serviceLetterData, type ServiceLetterInput } from "../../apps-script/core/letters/service-data";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { dayCounter } from "../../apps-script/core/time/day-counter";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { APPLICANT, caseRegisterRow, makeOffice, refusalOf, SCHEME } from "./fixtures";
import { textOf } from "./html-text";

const day = (iso: string) => iso as LocalDate;
const NOW = { date: day("2026-04-06"), minuteOfDay: 15 * 60 };

const SERVICES = {
  "Surat Masuk": { code: "SURAT_MASUK", name: "Surat Masuk BNSP", slaDays: null, dayUnit: "hari kerja" },
  Pengaduan: { code: "PENGADUAN", name: "Pengelolaan Pengaduan", slaDays: 3, dayUnit: "hari kerja" },
  Banding: { code: "BANDING", name: "Banding atas Keputusan Sertifikasi", slaDays: 14, dayUnit: "hari kerja" },
} as const;

function input(register: keyof typeof SERVICES, cells: Record<string, CellValue>, extra: Partial<ServiceLetterInput> = {}): ServiceLetterInput {
  const row = caseRegisterRow(register, cells);
  return {
    row, caseId: row.id, service: SERVICES[register], now: NOW, dueDate: null, linked: null, appealDeadlineDays: 14,
    dependents: () => [], settings: parseSettings(null).settings, workDays: dayCounter(new WorkingCalendar([]), "hari kerja"), ...extra,
  };
}

const letterOf = (type: LetterTypeCode, i: ServiceLetterInput) => prepareLetter(type, serviceLetterData(type, i), { ...makeOffice(), caseId: i.caseId });
const textFor = (type: LetterTypeCode, i: ServiceLetterInput) => textOf(letterOf(type, i).html);

const refusal = (type: LetterTypeCode, i: ServiceLetterInput) => refusalOf(() => letterOf(type, i));

const incoming = (overrides: Record<string, CellValue> = {}) => ({
  "ID Surat Masuk": "SM-2026-00017", "Waktu Diterima": dateCell(day("2026-04-06"), 14 * 60 + 20),
  "Nomor Surat Pengirim": "045/LSP-PP/IV/2026", "Tanggal Surat": dateCell(day("2026-04-02")), Pengirim: "LSP Pelayanan Publik Provinsi Contoh",
  Perihal: "Permohonan penyaksian uji kompetensi", "Ditujukan Kepada": "Ketua BNSP", "Disposisi Kepada": "Sekretaris BNSP",
  "Isi Disposisi": "Jadwalkan penyaksian", Status: "Didisposisi", "Tenggat Langkah": dateCell(day("2026-04-07")), ...overrides,
});

describe("with a Surat Masuk row", () => {
  it("builds the disposition sheet, due the same day (TS) by the engine's deadline", () => {
    const i = input("Surat Masuk", incoming(), { dueDate: day("2026-04-06") });
    expect(serviceLetterData("LEMBAR_DISPOSISI", i)).toEqual({
      agendaNumber: "SM-2026-00017", received: { date: "2026-04-06", time: "14.20" }, sender: "LSP Pelayanan Publik Provinsi Contoh",
      senderLetterNumber: "045/LSP-PP/IV/2026", senderLetterDate: "2026-04-02", subject: "Permohonan penyaksian uji kompetensi",
      addressedTo: "Ketua BNSP", forwardTo: "Sekretaris BNSP", routedStraight: false, instruction: "Jadwalkan penyaksian", dueDate: "2026-04-06",
    });
    expect(textFor("LEMBAR_DISPOSISI", i)).toContain("Batas waktu disposisi TS (tanggal yang sama), 6 April 2026");
  });

  it("takes Tenggat Langkah when the engine gives no deadline: a letter after the cut-off is due a later day", () => {
    const i = input("Surat Masuk", incoming({ "Waktu Diterima": dateCell(day("2026-04-06"), 15 * 60 + 40) }));
    expect(serviceLetterData("LEMBAR_DISPOSISI", i).dueDate).toBe("2026-04-07");
    const text = textFor("LEMBAR_DISPOSISI", i);
    expect(text).toContain("Batas waktu disposisi Selasa, 7 April 2026");
    expect(text).not.toContain("TS (tanggal yang sama)");
  });

  it("sends a letter for Lisensi or Asesor Kompetensi straight to that section", () => {
    const data = serviceLetterData("LEMBAR_DISPOSISI", input("Surat Masuk", incoming({ "Ditujukan Kepada": "asesor kompetensi", "Disposisi Kepada": null, "Isi Disposisi": null })));
    expect(data).toMatchObject({ forwardTo: "Asesor Kompetensi", routedStraight: true });
    expect(data.instruction).toBeUndefined();
  });

  it("names the column when nobody is named to receive the disposition", () => {
    const error = refusal("LEMBAR_DISPOSISI", input("Surat Masuk", incoming({ "Disposisi Kepada": null, Pengirim: "  " })));
    expect(error.fields).toEqual(expect.arrayContaining(["forwardTo", "sender"]));
    expect(error.message).toContain("Lembar Disposisi untuk surat masuk SM-2026-00017 tidak dibuat");
    expect(error.message).toContain("disposisi kepada wajib diisi");
    expect(error.message).toContain("pengirim wajib diisi");
    expect(error.message).not.toMatch(/forwardTo|sender/);
  });

  it.each([
    ["a typed date-time", dateCell(day("2026-04-06"), 8 * 60 + 5), { date: "2026-04-06", time: "08.05" }],
    ["text in Indonesian order", "06/04/2026 16.05", { date: "2026-04-06", time: "16.05" }],
    ["ISO text", "2026-04-06T16:05:00", { date: "2026-04-06", time: "16.05" }],
    ["a date alone", dateCell(day("2026-04-06")), { date: "2026-04-06" }],
    ["no date", "kemarin sore", {}],
  ])("reads Waktu Diterima from %s", (_, cell, expected) => {
    expect(dateTimeOf(cell)).toEqual(expected);
  });
});

const complaint = (overrides: Record<string, CellValue> = {}) => ({
  "ID Pengaduan": "ADU-2026-00003", "Waktu Diterima": dateCell(day("2026-04-06"), 9 * 60 + 15), Saluran: "E-mail Resmi",
  "Nama Pengadu": "Bambang Sutrisno", "Email Pengadu": "bambang.sutrisno@contoh.id",
  "Isi Pengaduan": "Hasil verifikasi atas NIK 7601014501900002 belum diterima", "ID Kasus Terkait": "PRM-2026-00021",
  "Tindak Lanjut": "Hasil verifikasi dikirim ulang", Status: "Dijawab", ...overrides,
});

describe("with a Pengaduan row", () => {
  it("builds the answer with the service's promise and masks a NIK pasted into the complaint", () => {
    const i = input("Pengaduan", complaint());
    const data = serviceLetterData("JAWABAN_PENGADUAN", i);
    expect(data).toMatchObject({ complaintId: "ADU-2026-00003", channel: "E-mail Resmi", responseDays: 3, dayUnit: "hari kerja", relatedCase: "PRM-2026-00021" });
    const text = textFor("JAWABAN_PENGADUAN", i);
    expect(text).toContain("melalui e-mail resmi unit layanan");
    expect(text).toContain("paling lama 3 (tiga) hari kerja");
    expect(text).toContain("NIK [angka disamarkan] belum diterima");
    expect(text).not.toContain("7601014501900002");
  });

  it("is refused naming the blank follow-up, and a channel the standard does not list", () => {
    const error = refusal("JAWABAN_PENGADUAN", input("Pengaduan", complaint({ "Tindak Lanjut": null, Saluran: "WhatsApp" })));
    expect(error.message).toContain("Surat Jawaban Pengaduan untuk pengaduan ADU-2026-00003 tidak dibuat");
    expect(error.message).toContain("tindak lanjut wajib diisi");
    expect(error.message).toContain("saluran harus salah satu dari: Langsung, E-mail Resmi, Helpdesk, SP4N-LAPOR!");
  });

  it("is refused when the service promises no follow-up time", () => {
    const i = input("Pengaduan", complaint(), { service: { ...SERVICES.Pengaduan, slaDays: null } });
    expect(refusal("JAWABAN_PENGADUAN", i).message).toContain("SLA layanan wajib diisi");
  });
});

const appealed = caseRegisterRow("Permohonan", {
  "ID Permohonan": "PRM-2026-00031", Nama: APPLICANT.name, NIP: APPLICANT.nip, NIK: "7601014501900002",
  Instansi: "Dinas Kesehatan Kabupaten Contoh", "Kode Skema": SCHEME.code,
});
const appeal = (overrides: Record<string, CellValue> = {}) => ({
  "ID Banding": "BDG-2026-00002", "Tanggal Banding": dateCell(day("2026-05-04")), "ID Permohonan": "PRM-2026-00031",
  "Nama Pemohon Banding": APPLICANT.name, "Alasan Banding": "Portofolio unit N.821100.048.01 tidak dipertimbangkan",
  "Anggota Panel": "Dr. Lina Marlina, S.Psi., M.Psi.; Hendra Gunawan, S.E., M.M.", "Putusan Panel": "Ditolak", Status: "Diputuskan", ...overrides,
});
const linked = { row: appealed, schemeName: SCHEME.name };

describe("with a Banding row", () => {
  it("builds the decision of the panel, its members split on semicolons only, without the applicant's NIP or NIK", () => {
    const i = input("Banding", appeal(), { linked });
    expect(serviceLetterData("PUTUSAN_BANDING", i)).toMatchObject({
      appealId: "BDG-2026-00002", appellant: { name: APPLICANT.name, agency: "Dinas Kesehatan Kabupaten Contoh" },
      application: { id: "PRM-2026-00031", scheme: SCHEME }, filedDate: "2026-05-04", decision: "Ditolak",
      panel: ["Dr. Lina Marlina, S.Psi., M.Psi.", "Hendra Gunawan, S.E., M.M."],
    });
    const html = letterOf("PUTUSAN_BANDING", i).html;
    expect(textOf(html)).toContain("keputusan sertifikasi semula atas permohonan PRM-2026-00031 tetap berlaku");
    for (const digits of [APPLICANT.nip, "19900115 201503 2 002", "7601014501900002"]) expect(html).not.toContain(digits);
  });

  it("refuses an appeal moved to Ditolak Administratif as filed too late, with the office's deadline", () => {
    const i = input("Banding", appeal({ Status: "Ditolak Administratif", "Putusan Panel": null, "Anggota Panel": null, "Catatan Petugas": "Diajukan 20 hari kerja setelah keputusan" }), { linked });
    expect(serviceLetterData("PUTUSAN_BANDING", i)).toMatchObject({ decision: "Tidak Dapat Diterima", deadlineDays: 14 });
    const text = textFor("PUTUSAN_BANDING", i);
    expect(text).toContain("tidak dapat diterima karena diajukan melewati batas waktu pengajuan banding, yaitu paling lama 14 (empat belas) hari kerja");
    expect(text).toContain("Diajukan 20 hari kerja setelah keputusan");
  });

  it("names the blank Putusan Panel, and the appealed application when it is not found", () => {
    const error = refusal("PUTUSAN_BANDING", input("Banding", appeal({ "Putusan Panel": null })));
    expect(error.message).toContain("Surat Putusan Banding untuk banding BDG-2026-00002 tidak dibuat");
    expect(error.message).toContain("putusan panel wajib diisi");
    expect(error.message).toContain("permohonan yang dibanding (ID Permohonan) › skema › nama wajib diisi");
  });

  it("asks for the panel when the panel decided", () => {
    const error = refusal("PUTUSAN_BANDING", input("Banding", appeal({ "Anggota Panel": null, "Putusan Panel": "Diterima" }), { linked }));
    expect(error.fields).toEqual(["panel"]);
    expect(error.message).toContain("anggota panel wajib diisi bila banding diperiksa panel");
  });
});

describe("with a letter of process A", () => {
  it("refuses it: those are built from a Permohonan row", () => {
    const error = refusalOf(() => serviceLetterData("TANDA_TERIMA", input("Pengaduan", complaint())));
    expect(error.message).toBe("Tanda Terima Permohonan untuk kasus ADU-2026-00003 tidak dibuat: surat ini dibuat dari register Permohonan, bukan dari Pengelolaan Pengaduan.");
  });
});
