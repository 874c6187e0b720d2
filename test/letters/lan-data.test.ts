// The LAN Penilaian Kompetensi letters built from real rows (seed 004): the invoice counts the
// Peserta Penilaian rows naming the case and prices them with the Pengaturan fee, in figures and
// words; blanks and a missing account refuse the letter with the field named; no NIP is printed.
import { describe, expect, it } from "vitest";
import { parseSettings, type Settings } from "../../apps-script/core/engine/settings";
import type { LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { serviceLetterData, type ServiceLetterInput } from "../../apps-script/core/letters/service-data";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import type { RegisterRow } from "../../apps-script/core/registers/table";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { dayCounter } from "../../apps-script/core/time/day-counter";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { caseRegisterRow, fakeNip, makeOffice, refusalOf } from "./fixtures";
import { textOf } from "./html-text";

const day = (iso: string) => dateCell(iso as LocalDate);
const ID = "PK-2026-00007";
const SAMPLE_SETTINGS = parseSettings(null).settings;
const WITH_ACCOUNT: Settings = { ...SAMPLE_SETTINGS, lanBankAccount: { bank: "Bank Contoh", number: "123-45-6789012-3", holder: "Bendahara Penerimaan Puslatbang PKASN" } };

const assessment = (overrides: Record<string, CellValue> = {}) => caseRegisterRow("Penilaian Kompetensi", {
  "ID Penilaian Kompetensi": ID, "Instansi Pemohon": "Pemerintah Kota Contoh", "Email Instansi": "bkpsdm@kota-contoh.go.id",
  "Alamat Instansi": "Jalan Sudirman Nomor 5, Kota Contoh", "Nomor Surat Permohonan": "800/77/BKPSDM/2026",
  "Tanggal Surat Permohonan": day("2026-10-05"), "Tujuan Penilaian": "Seleksi Jabatan", "Metode Intake": "Luring",
  Lokasi: "Aula Balai Kota Contoh", "Tanggal Penilaian": day("2026-11-10"), "Nomor SPK": "SPK-21/PKASN/XI/2026",
  "Tanggal SPK Ditandatangani": day("2026-11-02"), "Tanggal Intake Selesai": day("2026-11-12"), "Batas Pembayaran": day("2026-12-10"),
  Status: "Penagihan", ...overrides,
});

/** `count` Peserta Penilaian rows naming the case, each with a NIP the letters must not print. */
const participants = (count: number): RegisterRow[] => Array.from({ length: count }, (_, i) => caseRegisterRow("Peserta Penilaian", {
  "ID Peserta Penilaian": `PPK-2026-${String(i + 1).padStart(5, "0")}`, "ID Penilaian Kompetensi": ID, "Nama Peserta": `Peserta Nomor ${i + 1}`,
  Jabatan: "Analis Kebijakan", NIP: fakeNip(i + 1),
}));

function input(row: RegisterRow, people: readonly RegisterRow[], settings: Settings = WITH_ACCOUNT): ServiceLetterInput {
  return {
    row, caseId: row.id, service: { code: "PENILAIAN_KOMPETENSI", name: "Penilaian Kompetensi (LAN)", slaDays: null, dayUnit: "hari kerja" },
    now: { date: "2026-11-24" as LocalDate, minuteOfDay: 600 }, dueDate: null, linked: null, appealDeadlineDays: null,
    dependents: (register) => (register === "Peserta Penilaian" ? people : []), settings,
    workDays: dayCounter(new WorkingCalendar([]), "hari kerja"),
  };
}

const letter = (type: LetterTypeCode, i: ServiceLetterInput) => prepareLetter(type, serviceLetterData(type, i), { ...makeOffice(), caseId: i.caseId });

describe("INVOICE_PENILAIAN from the participant rows", () => {
  it.each([
    [1, "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah)"],
    [12, "Rp38.400.000,00 (tiga puluh delapan juta empat ratus ribu rupiah)"],
    [250, "Rp800.000.000,00 (delapan ratus juta rupiah)"],
  ])("%i participants: the total in figures and words", (count, total) => {
    const people = participants(count);
    const data = serviceLetterData("INVOICE_PENILAIAN", input(assessment(), people));
    expect(data).toMatchObject({ participantCount: count, feePerParticipant: 3_200_000, paymentDue: "2026-12-10", spk: { number: "SPK-21/PKASN/XI/2026" } });
    const text = textOf(letter("INVOICE_PENILAIAN", input(assessment(), people)).html);
    expect(text).toContain(`${count.toLocaleString("id-ID")} orang`);
    expect(text).toContain(total);
    expect(text).toContain("10 Desember 2026");
    expect(text).toContain("123-45-6789012-3");
    for (const p of people.slice(0, 3)) expect(text).not.toContain(String(p.get("NIP")));
  });

  it("prices with the office's fee from Pengaturan", () => {
    const text = textOf(letter("INVOICE_PENILAIAN", input(assessment(), participants(2), { ...WITH_ACCOUNT, lanFeePerParticipant: 3_500_000 })).html);
    expect(text).toContain("Rp7.000.000,00 (tujuh juta rupiah)");
  });

  it("counts only the participants of this case", () => {
    const i = input(assessment(), participants(3));
    expect(serviceLetterData("INVOICE_PENILAIAN", { ...i, dependents: () => [] })).toMatchObject({ participantCount: undefined });
    expect(refusalOf(() => letter("INVOICE_PENILAIAN", { ...i, dependents: () => [] })).message).toMatch(/jumlah peserta \(register Peserta Penilaian\) wajib diisi/);
  });

  it("is refused while Pengaturan has no Bendahara Penerima account, and with a blank due date", () => {
    const noAccount = refusalOf(() => letter("INVOICE_PENILAIAN", input(assessment(), participants(1), { ...SAMPLE_SETTINGS, lanBankAccount: null })));
    expect(noAccount.message).toMatch(/rekening Bendahara Penerima \(Pengaturan\) wajib diisi/);
    expect(noAccount.message).toContain(ID);
    const noDue = refusalOf(() => letter("INVOICE_PENILAIAN", input(assessment({ "Batas Pembayaran": null }), participants(1))));
    expect(noDue.message).toMatch(/batas pembayaran wajib diisi/);
  });
});

describe("the other letters from the case row", () => {
  it("the answer names the request and the fee", () => {
    const text = textOf(letter("JAWABAN_PERMOHONAN_PENILAIAN", input(assessment(), [])).html);
    expect(text).toContain("800/77/BKPSDM/2026");
    expect(text).toContain("5 Oktober 2026");
    expect(text).toContain("Rp3.200.000,00 (tiga juta dua ratus ribu rupiah) per peserta");
  });

  it("the SPK names both parties, the due date and the account", () => {
    const text = textOf(letter("SPK_PENILAIAN", input(assessment(), [])).html);
    for (const fact of ["Pemerintah Kota Contoh", "PIHAK PERTAMA", "Puslatbang PKASN", "PIHAK KEDUA", "10 Desember 2026", "Bank Contoh nomor 123-45-6789012-3"]) {
      expect(text).toContain(fact);
    }
  });

  it("the SPK states the agreed report date when the SPK names one", () => {
    const text = textOf(letter("SPK_PENILAIAN", input(assessment({ "Tenggat Laporan (SPK)": day("2027-01-15") }), [])).html);
    expect(text).toContain("paling lambat tanggal 15 Januari 2027 sesuai kesepakatan");
  });

  it("the intake notice lists the candidates without NIP, and daring names the technical team", () => {
    const people = participants(4);
    const row = assessment({ "Metode Intake": "Daring", "Tim Pendamping dan Teknis": "Tim TI Kota Contoh" });
    const text = textOf(letter("PEMBERITAHUAN_INTAKE", input(row, people)).html);
    expect(text).toContain("4 (empat) orang calon asesi");
    expect(text).toContain("Peserta Nomor 4");
    expect(text).toContain("e-registrasi");
    expect(text).toContain("Tim TI Kota Contoh");
    expect(text).not.toContain(String(people[0]!.get("NIP")));
  });

  it("the intake notice is refused without the SPK's number, naming it", () => {
    expect(refusalOf(() => letter("PEMBERITAHUAN_INTAKE", input(assessment({ "Nomor SPK": null }), []))).message).toMatch(/SPK \(Nomor SPK, Tanggal SPK Ditandatangani\) › nomor wajib diisi/);
  });
});

describe("PENGANTAR_LAPORAN_PENILAIAN", () => {
  const seleksi = (cells: Record<string, CellValue>) => assessment({ Status: "Laporan Lengkap", "Tanggal Laporan Ringkas": day("2026-11-23"), ...cells });

  it("covers the short report with its deadline: 10 working days from intake, on the office's side of the threshold", () => {
    const data = serviceLetterData("PENGANTAR_LAPORAN_PENILAIAN", input(seleksi({}), participants(13)));
    expect(data).toMatchObject({ report: "Laporan Ringkas", deliveredOn: "2026-11-23", participantCount: 13, reportDeadline: "2026-11-26" });
  });

  it("on the other side of the threshold, the deadline is the SPK's, or none when the SPK names none", () => {
    expect(serviceLetterData("PENGANTAR_LAPORAN_PENILAIAN", input(seleksi({}), participants(12)))).toMatchObject({ reportDeadline: undefined });
    expect(serviceLetterData("PENGANTAR_LAPORAN_PENILAIAN", input(seleksi({ "Tenggat Laporan (SPK)": day("2026-12-04") }), participants(12))))
      .toMatchObject({ reportDeadline: "2026-12-04" });
    const below: Settings = { ...WITH_ACCOUNT, lanReportRule: { threshold: 12, side: "kurang dari" } };
    expect(serviceLetterData("PENGANTAR_LAPORAN_PENILAIAN", input(seleksi({}), participants(11), below))).toMatchObject({ reportDeadline: "2026-11-26" });
  });

  it("covers the full report once Tanggal Laporan Akhir is in: 15 working days after the short one", () => {
    const data = serviceLetterData("PENGANTAR_LAPORAN_PENILAIAN", input(seleksi({ "Tanggal Laporan Akhir": day("2026-12-10") }), participants(13)));
    expect(data).toMatchObject({ report: "Laporan Lengkap dan Laporan Individual", deliveredOn: "2026-12-10", reportDeadline: "2026-12-14" });
  });

  it("covers the mapping report: 25 working days from intake", () => {
    const row = assessment({ "Tujuan Penilaian": "Pemetaan Jabatan", "Tanggal Laporan Akhir": day("2026-12-15") });
    const text = textOf(letter("PENGANTAR_LAPORAN_PENILAIAN", input(row, participants(20))).html);
    expect(text).toContain("Laporan Pemetaan Jabatan");
    expect(text).toContain("20 (dua puluh) orang asesi");
    expect(text).toContain("17 Desember 2026");
  });

  it("is refused before any report date is in, naming the columns", () => {
    expect(refusalOf(() => letter("PENGANTAR_LAPORAN_PENILAIAN", input(assessment(), participants(3)))).message)
      .toMatch(/tanggal laporan diserahkan \(Tanggal Laporan Ringkas atau Tanggal Laporan Akhir\) wajib diisi/);
  });
});
