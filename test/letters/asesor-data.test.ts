// Letters of a Permohonan Asesor row (RCC Asesor Kompetensi, seed 003, lampiran IV): read by header,
// the service named from Layanan, participants by name only, blanks refused by column.
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

const day = (iso: string) => iso as LocalDate;
const RCC = { code: "RCC_ASESOR", name: "RCC Asesor Kompetensi", slaDays: null, dayUnit: "hari kerja" } as const;

const request = (overrides: Record<string, CellValue> = {}): Record<string, CellValue> => ({
  "ID Permohonan Asesor": "RCC-2026-00004", "Kode Alur": "RCC_ASESOR", "Tanggal Surat Permohonan": dateCell(day("2026-03-16")),
  "Nomor Surat Permohonan": "B-12/LSP-JKN/III/2026", Pemohon: "LSP Jasa Konstruksi Nusantara", "Email Pemohon": "lsp@jkn.contoh.id",
  Skema: "Asesor Kompetensi", "Jumlah Peserta Diusulkan": "3", "Keputusan Koordinator": "Disetujui",
  "Peserta Disetujui": "Sari Wulandari, S.T. <sari@contoh.id>\nHendra Gunawan, S.E., M.M. <hendra@contoh.id>\nMade Suarta",
  "Master Asesor Pelatih": "Dr. Dewi Anggraini, M.Pd.", "Master Asesor Penguji": "Ir. Rudi Hartono, M.T.; Lina Marlina, S.Psi.",
  "Tanggal Pelaksanaan": dateCell(day("2026-04-13")), "Alasan Penolakan": null, Status: "Disetujui", ...overrides,
});

function input(cells: Record<string, CellValue>, service: ServiceLetterInput["service"] = RCC): ServiceLetterInput {
  const row = caseRegisterRow("Permohonan Asesor", cells);
  return {
    row, caseId: row.id, service, now: { date: day("2026-03-20"), minuteOfDay: 10 * 60 }, dueDate: null, linked: null,
    appealDeadlineDays: 14, dependents: () => [], settings: parseSettings(null).settings, workDays: dayCounter(new WorkingCalendar([]), "hari kerja"),
  };
}

const letterOf = (type: LetterTypeCode, i: ServiceLetterInput) => prepareLetter(type, serviceLetterData(type, i), { ...makeOffice(), caseId: i.caseId });
const refusal = (type: LetterTypeCode, i: ServiceLetterInput) => refusalOf(() => letterOf(type, i));

describe("the approval of an RCC request (PERSETUJUAN_RCC)", () => {
  it("lists the approved participants by name only, the MA, the date and the self-assessment form", () => {
    const i = input(request());
    expect(serviceLetterData("PERSETUJUAN_RCC", i)).toEqual({
      requestId: "RCC-2026-00004", serviceName: "RCC Asesor Kompetensi", requester: "LSP Jasa Konstruksi Nusantara",
      requestLetter: { number: "B-12/LSP-JKN/III/2026", date: "2026-03-16" }, scheme: "Asesor Kompetensi",
      approvedParticipants: ["Sari Wulandari, S.T.", "Hendra Gunawan, S.E., M.M.", "Made Suarta"],
      trainers: ["Dr. Dewi Anggraini, M.Pd."], examiners: ["Ir. Rudi Hartono, M.T.", "Lina Marlina, S.Psi."], rccDate: "2026-04-13",
      selfAssessmentForm: "APL.02.RCC",
    });
    const letter = letterOf("PERSETUJUAN_RCC", i);
    const text = textOf(letter.html);
    expect(text).toContain("3 (tiga) orang peserta");
    expect(text).toContain("Hendra Gunawan, S.E., M.M.");
    expect(text).not.toContain("sari@contoh.id");
    expect(letter.tujuan).toBe("Pimpinan LSP Jasa Konstruksi Nusantara");
  });

  it("names the service from Layanan: the training flow (lampiran V) reads as its own, with APL.02.ASKOM", () => {
    const i = input(request({ "ID Permohonan Asesor": "PAK-2026-00001", "Kode Alur": "PELATIHAN_ASESOR" }), { code: "PELATIHAN_ASESOR", name: "Pelatihan dan Asesmen Asesor Kompetensi", slaDays: null, dayUnit: "hari kerja" });
    const letter = letterOf("PERSETUJUAN_RCC", i);
    expect(letter.perihal).toBe("Persetujuan Permohonan Pelatihan dan Asesmen Asesor Kompetensi Nomor B-12/LSP-JKN/III/2026");
    expect(textOf(letter.html)).toContain("APL.02.ASKOM");
    expect(textOf(letter.html)).not.toContain("RCC");
  });

  it("is refused, naming the column, when a fact is blank: nothing is invented", () => {
    expect(refusal("PERSETUJUAN_RCC", input(request({ "Peserta Disetujui": "  " }))).message).toContain("peserta disetujui");
    expect(refusal("PERSETUJUAN_RCC", input(request({ "Tanggal Pelaksanaan": null }))).message).toContain("tanggal pelaksanaan");
    expect(refusal("PERSETUJUAN_RCC", input(request({ "Master Asesor Penguji": "" }))).message).toContain("master asesor penguji");
    expect(refusal("PERSETUJUAN_RCC", input(request({ "Nomor Surat Permohonan": "" }))).message).toContain("surat permohonan");
  });

  it("is refused for a flow whose self-assessment form the seed does not name", () => {
    const other = { code: "ASESOR_LAIN", name: "Asesor Lain", slaDays: null, dayUnit: "hari kerja" } as const;
    expect(refusal("PERSETUJUAN_RCC", input(request(), other)).message).toContain("formulir asesmen mandiri");
  });
});

describe("the refusal of an RCC request (PENOLAKAN_RCC)", () => {
  it("states the reason from Alasan Penolakan, masked for personal numbers", () => {
    const i = input(request({ Status: "Tidak Disetujui", "Alasan Penolakan": "Peserta NIP 199001152015032002 belum memiliki sertifikat asesor." }));
    const text = textOf(letterOf("PENOLAKAN_RCC", i).html);
    expect(text).toContain("tidak dapat disetujui");
    expect(text).toContain("belum memiliki sertifikat asesor");
    expect(text).not.toContain("199001152015032002");
  });

  it("is refused without a reason", () => {
    expect(refusal("PENOLAKAN_RCC", input(request({ "Alasan Penolakan": "" }))).message).toContain("alasan penolakan");
  });
});

describe("the assignment of the Master Asesor (SPT_MASTER_ASESOR)", () => {
  it("names each MA with the role, in the order pelatih then penguji, and counts the participants", () => {
    const data = serviceLetterData("SPT_MASTER_ASESOR", input(request()));
    expect(data.masters).toEqual([
      { name: "Dr. Dewi Anggraini, M.Pd.", role: "Pelatih" }, { name: "Ir. Rudi Hartono, M.T.", role: "Penguji" }, { name: "Lina Marlina, S.Psi.", role: "Penguji" },
    ]);
    expect(data.approvedCount).toBe(3);
    const text = textOf(letterOf("SPT_MASTER_ASESOR", input(request())).html);
    expect(text).toContain("3 Lina Marlina, S.Psi. Master Asesor Penguji");
    expect(text).toContain("Senin, 13 April 2026");
  });

  it("is refused with no MA named or no participant approved", () => {
    expect(refusal("SPT_MASTER_ASESOR", input(request({ "Master Asesor Pelatih": "", "Master Asesor Penguji": "" }))).message).toContain("master asesor pelatih/penguji");
    expect(refusal("SPT_MASTER_ASESOR", input(request({ "Peserta Disetujui": "" }))).message).toContain("jumlah peserta disetujui");
  });
});
