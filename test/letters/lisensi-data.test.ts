// Letters of Lisensi LSP built from a case row (seed 003, lampiran VI): read by header, blanks
// named by column, lists split as their column notes say, and no personal number printed.
import { describe, expect, it } from "vitest";
import { parseSettings } from "../../apps-script/core/engine/settings";
import type { LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { serviceLetterData, type ServiceLetterInput } from "../../apps-script/core/letters/service-data";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { caseRegisterRow, makeOffice, refusalOf } from "./fixtures";
import { textOf } from "./html-text";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { dayCounter } from "../../apps-script/core/time/day-counter";

const R = "Lisensi LSP";
const on = (iso: string, minute?: number) => dateCell(iso as LocalDate, minute);
const SERVICE = { code: "LISENSI_LSP", name: "Lisensi LSP", slaDays: null, dayUnit: "hari kerja" } as const;

/** A candidate LSP with every column the letters read filled; overrides blank or change one. */
const candidate = (overrides: Record<string, CellValue> = {}) => ({
  "ID Lisensi LSP": "LIS-2026-00004", "Tanggal Pengajuan": on("2026-09-01"), "Nama LSP": "LSP Logistik Indonesia",
  "Alamat LSP": "Jl. Yos Sudarso No. 8, Jakarta Utara", "Skema Diajukan": "Operator Forklift, Staf Gudang Muda\nPengemudi Truk Logistik",
  "Tanggal Apresiasi": on("2026-09-15", 13 * 60 + 30), "Tempat Apresiasi": "Ruang Rapat BNSP, Jakarta",
  "Ketua Tim Asesor": "Ir. Bambang Sutrisno, M.T.", "Anggota Tim Asesor": "Dra. Sri Wahyuni; Agus Salim, S.Kom.",
  "Tanggal Asesmen Lengkap": on("2026-10-20"), "Tanggal Selesai Asesmen Lengkap": on("2026-10-22"), "Tanggal LKS Ditutup": on("2026-11-05"),
  "Tanggal Pleno": on("2026-11-12"), "Keputusan Pleno": "Direkomendasikan", "Nomor SK Lisensi": "KEP.1204/BNSP/XI/2026",
  "Tanggal SK Lisensi": on("2026-11-16"), "Nomor Sertifikat Lisensi": "BNSP-LSP-2051-ID", "Lisensi Berlaku Sampai": on("2031-11-15"),
  "Alasan Penolakan": "Sistem manajemen mutu belum diterapkan\nPengelola 3201010101900001 merangkap asesor",
  "Tanggal Penyaksian": on("2026-11-26"), Penyaksi: "Dr. Hendra Wijaya; Rina Kartika, S.T.", "Skema Penyaksian": "Operator Forklift",
  "TUK Penyaksian": "TUK Sewaktu Pelabuhan Tanjung Priok", Status: "Penerbitan Lisensi", ...overrides,
});

const input = (cells: Record<string, CellValue> = {}): ServiceLetterInput => {
  const row = caseRegisterRow(R, candidate(cells));
  return {
    row, caseId: row.id, service: SERVICE, now: { date: "2026-11-24" as LocalDate, minuteOfDay: 600 }, dueDate: null, linked: null,
    appealDeadlineDays: null, dependents: () => [], settings: parseSettings(null).settings, workDays: dayCounter(new WorkingCalendar([]), "hari kerja"),
  };
};
const data = <C extends LetterTypeCode>(type: C, cells: Record<string, CellValue> = {}) => serviceLetterData(type, input(cells));
const letterOf = (type: LetterTypeCode, cells: Record<string, CellValue> = {}) =>
  prepareLetter(type, data(type, cells), { ...makeOffice(), caseId: "LIS-2026-00004" });
const refusal = (type: LetterTypeCode, cells: Record<string, CellValue>) => refusalOf(() => letterOf(type, cells));

const SCHEMES = ["Operator Forklift", "Staf Gudang Muda", "Pengemudi Truk Logistik"];
const LSP = { name: "LSP Logistik Indonesia", address: "Jl. Yos Sudarso No. 8, Jakarta Utara" };

describe("the appreciation invitation (D4)", () => {
  it("reads the date, the time typed with it and the place; the schemes split on commas and lines", () => {
    expect(data("UNDANGAN_LISENSI")).toEqual({
      lsp: LSP, submittedDate: "2026-09-01", schemes: SCHEMES,
      appreciationDate: "2026-09-15", appreciationTime: "13.30", appreciationPlace: "Ruang Rapat BNSP, Jakarta",
    });
    expect(textOf(letterOf("UNDANGAN_LISENSI").html)).toContain("13.30 WITA s.d. selesai");
  });

  it("leaves the time out when the cell holds a date alone", () => {
    const text = textOf(letterOf("UNDANGAN_LISENSI", { "Tanggal Apresiasi": on("2026-09-15") }).html);
    expect(text).toContain("Selasa, 15 September 2026");
    expect(text).not.toContain("Pukul");
  });

  it("is refused naming Tempat Apresiasi and Skema Diajukan when blank", () => {
    const error = refusal("UNDANGAN_LISENSI", { "Tempat Apresiasi": null, "Skema Diajukan": " , " });
    expect(error.message).toContain("Surat Undangan Apresiasi Lisensi untuk lisensi LSP LIS-2026-00004 tidak dibuat");
    expect(error.message).toContain("Tempat Apresiasi wajib diisi");
    expect(error.message).toContain("skema wajib diisi");
  });
});

describe("the assignment letters (D12/D13, D29)", () => {
  it("name the lead first, then the members, over the assessment's days at the LSP", () => {
    expect(data("SURAT_TUGAS_ASESMEN_LISENSI")).toEqual({
      lsp: LSP, schemes: SCHEMES, team: ["Ir. Bambang Sutrisno, M.T.", "Dra. Sri Wahyuni", "Agus Salim, S.Kom."],
      start: "2026-10-20", end: "2026-10-22", place: LSP.address,
    });
    expect(textOf(letterOf("SURAT_TUGAS_ASESMEN_LISENSI").html)).toContain("20 Oktober 2026 s.d. 22 Oktober 2026");
  });

  it("hold one day when the last day is blank, and a team with members but no lead is missing", () => {
    expect(textOf(letterOf("SURAT_TUGAS_ASESMEN_LISENSI", { "Tanggal Selesai Asesmen Lengkap": null }).html)).toContain("pada tanggal 20 Oktober 2026 di");
    const error = refusal("SURAT_TUGAS_ASESMEN_LISENSI", { "Ketua Tim Asesor": null });
    expect(error.fields).toEqual(["team"]);
    expect(error.message).toContain("Ketua Tim Asesor");
  });

  it("assign the witnesses of the test at its TUK, for the scheme witnessed", () => {
    expect(data("SURAT_TUGAS_PENYAKSIAN")).toEqual({
      lsp: LSP, schemes: ["Operator Forklift"], team: ["Dr. Hendra Wijaya", "Rina Kartika, S.T."], start: "2026-11-26",
      place: "TUK Sewaktu Pelabuhan Tanjung Priok",
    });
    const error = refusal("SURAT_TUGAS_PENYAKSIAN", { Penyaksi: null, "TUK Penyaksian": "" });
    expect(error.fields).toEqual(expect.arrayContaining(["team", "place"]));
  });
});

describe("the licence (D23b, D23c)", () => {
  it("states the same licence in the SK and the certificate, which cites the SK by its columns", () => {
    const licence = { lsp: LSP, schemes: SCHEMES, plenaryDate: "2026-11-12", licenceNumber: "BNSP-LSP-2051-ID", validUntil: "2031-11-15" };
    expect(data("SK_LISENSI")).toEqual(licence);
    expect(data("SERTIFIKAT_LISENSI")).toEqual({ ...licence, decree: { number: "KEP.1204/BNSP/XI/2026", date: "2026-11-16" } });
    expect(textOf(letterOf("SERTIFIKAT_LISENSI").html)).toContain("3 (tiga) skema sertifikasi");
  });

  it("is refused naming Lisensi Berlaku Sampai and the SK number when blank", () => {
    const error = refusal("SERTIFIKAT_LISENSI", { "Lisensi Berlaku Sampai": null, "Nomor SK Lisensi": null });
    expect(error.fields).toEqual(expect.arrayContaining(["validUntil", "decree.number"]));
    expect(error.message).toContain("Lisensi Berlaku Sampai wajib diisi");
  });
});

describe("the refusal (D23a)", () => {
  it("lists a reason per line and masks a personal number typed into one", () => {
    const refused = data("PENOLAKAN_LISENSI");
    expect(refused.reasons).toEqual(["Sistem manajemen mutu belum diterapkan", "Pengelola [angka disamarkan] merangkap asesor"]);
    expect(letterOf("PENOLAKAN_LISENSI").html).not.toContain("3201010101900001");
  });

  it.each([
    ["on day 15, says nothing of the rule", "2026-11-04", 15, false],
    ["on day 16, says the plenary's discretion decided", "2026-11-05", 16, true],
  ])("with the LKS closed %s", (_, closed, days, late) => {
    const cells = { "Tanggal Asesmen Lengkap": on("2026-10-20"), "Tanggal LKS Ditutup": on(closed) };
    expect(data("PENOLAKAN_LISENSI", cells).lksDays).toBe(days);
    expect(textOf(letterOf("PENOLAKAN_LISENSI", cells).html).includes("kebijakan anggota pada rapat pleno")).toBe(late);
  });

  it("counts no days when the LKS is not closed yet, and is refused without a reason", () => {
    expect(data("PENOLAKAN_LISENSI", { "Tanggal LKS Ditutup": null }).lksDays).toBeUndefined();
    expect(refusal("PENOLAKAN_LISENSI", { "Alasan Penolakan": null }).message).toContain("alasan wajib diisi");
  });
});
