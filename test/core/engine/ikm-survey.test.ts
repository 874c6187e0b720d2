// The IKM survey's answers land by element (the question's title and the answer's words), not by
// position; a response is recorded once; a case ID no register knows is kept blank; the survey
// mail is queued once per ended case, only recently ended ones, only with a known address.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import {
  IKM_QUESTIONS, queueSurveyMails, recordSurveyResponses, SURVEI_IKM, surveyAnswersOf, surveyLinkFor, type SurveyItemAnswer,
} from "../../../apps-script/core/engine/ikm-survey";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import type { EngineDeps } from "../../../apps-script/core/engine/types";
import { IKM_ELEMENTS } from "../../../apps-script/core/domain/ikm";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { PENGATURAN } from "../../../apps-script/core/registers/catalog";
import { at, rewritten, rowsOf } from "../../case-factories";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../../factories";

/** Every element answered with its choice of that score (1–4), in the form's order. */
function items(scores: readonly number[], extra: SurveyItemAnswer[] = []): SurveyItemAnswer[] {
  return [
    { title: "ID Kasus", value: "PRM-2026-00001" },
    ...IKM_QUESTIONS.map((q, i) => ({ title: q.element, value: q.choices[scores[i]! - 1]! })),
    ...extra,
  ];
}

describe("surveyAnswersOf", () => {
  it("maps each answer by its title and its words, whatever the order", () => {
    const scores = [1, 2, 3, 4, 4, 3, 2, 1, 3];
    const inOrder = surveyAnswersOf(items(scores));
    const reversed = surveyAnswersOf([...items(scores)].reverse());
    expect(inOrder.answers).toEqual(Object.fromEntries(IKM_ELEMENTS.map((e, i) => [e, scores[i]])));
    expect(reversed.answers).toEqual(inOrder.answers);
    expect(inOrder.caseId).toBe("PRM-2026-00001");
  });

  it("ignores a question the office added, keeps Saran, reads a choice by its words in any case", () => {
    const parsed = surveyAnswersOf([
      { title: "Usia", value: "Sangat sesuai" },
      { title: "Biaya / tarif", value: "gratis" },
      { title: "Sarana dan Prasarana", value: "Cukup" },
      { title: "Saran", value: "  Ruang tunggu diperluas. " },
      { title: "ID Kasus", value: " prm-2026-00002 " },
    ]);
    expect(parsed.answers["Biaya/Tarif"]).toBe(4);
    expect(parsed.answers["Sarana dan Prasarana"]).toBe(2);
    expect(parsed.answers["Persyaratan"]).toBeNull();
    expect(parsed.suggestion).toBe("Ruang tunggu diperluas.");
    expect(parsed.caseId).toBe("PRM-2026-00002");
    expect(parsed.problems).toEqual([]);
  });

  it("the same words score differently per element (Sesuai is 3, Baik is 3, Cukup is 2), an unknown answer is a problem", () => {
    const parsed = surveyAnswersOf([
      { title: "Persyaratan", value: "Sesuai" },
      { title: "Perilaku Pelaksana", value: "Sangat sopan dan ramah" },
      { title: "Penanganan Pengaduan, Saran dan Masukan", value: "Ada tetapi tidak berfungsi" },
      { title: "Waktu Penyelesaian", value: "Lumayan" },
    ]);
    expect(parsed.answers["Persyaratan"]).toBe(3);
    expect(parsed.answers["Perilaku Pelaksana"]).toBe(4);
    expect(parsed.answers["Penanganan Pengaduan, Saran dan Masukan"]).toBe(2);
    expect(parsed.answers["Waktu Penyelesaian"]).toBeNull();
    expect(parsed.problems).toEqual([expect.stringMatching(/Waktu Penyelesaian/)]);
  });
});

const deps = (workbook: MemoryWorkbook, date = "2026-11-23", surveyUrl: string | null = "https://forms.example/viewform?entry.7=%7BID+Kasus%7D"): EngineDeps => ({
  workbook, clock: clockAt(date, "10:00"), lock: passThroughLock, actor: { email: null }, surveyUrl,
});

describe("recordSurveyResponses", () => {
  it("records a response once, with the case's service, and a case ID nobody knows kept blank", () => {
    const workbook = makeOffice([makeApplication({ Status: "Selesai" })]);
    const config = loadConfig(workbook);
    const first = { id: "R1", submittedAt: new Date("2026-11-23T02:00:00Z"), items: items([4, 4, 3, 3, 4, 4, 4, 3, 2], [{ title: "Saran", value: "Terima kasih" }]) };
    const stranger = { id: "R2", submittedAt: new Date("2026-11-23T18:00:00Z"), items: [{ title: "ID Kasus", value: "3174015502900002" }, { title: "Persyaratan", value: "Sesuai" }] };
    const report = recordSurveyResponses(deps(workbook), config, [first, stranger, first]);
    workbook.takeChanges();
    expect(report).toMatchObject({ recorded: 2, duplicates: 1, withoutCase: 1 });
    expect(recordSurveyResponses(deps(workbook), config, [first]).recorded).toBe(0);
    const rows = rowsOf(workbook, SURVEI_IKM.name);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ "ID Jawaban": "R1", "ID Kasus": "PRM-2026-00001", "Kode Layanan": "SERTIFIKASI_PNS", "Tanggal Isi": at("2026-11-23"), Persyaratan: 4, "Sarana dan Prasarana": 2, Saran: "Terima kasih" });
    // Submitted 01:00 the next day in Jakarta; the NIK typed as the case is not stored.
    expect(rows[1]).toMatchObject({ "ID Jawaban": "R2", "ID Kasus": null, "Kode Layanan": null, "Tanggal Isi": at("2026-11-24"), Persyaratan: 3, "Waktu Penyelesaian": null });
    expect(JSON.stringify(rows)).not.toContain("3174015502900002");
  });
});

describe("queueSurveyMails", () => {
  const office = (rows: Record<string, unknown>[]) =>
    makeOffice(rows.map((r, i) => makeApplication({ "ID Permohonan": `PRM-2026-0000${i + 1}`, Email: `pemohon${i + 1}@contoh.go.id`, ...r } as never)));

  it("queues IKM:<ID> for a case that ended recently, once, with the prefilled link; not for open or long-ended cases", () => {
    const workbook = office([
      { Status: "Selesai", "Status Sejak": at("2026-11-20") },
      { Status: "Verifikasi", "Status Sejak": at("2026-11-20") },
      { Status: "Ditolak", "Status Sejak": at("2026-09-01") },
      { Status: "Dibatalkan", "Status Sejak": at("2026-11-23"), Email: "" },
    ]);
    const config = loadConfig(workbook);
    expect(queueSurveyMails(deps(workbook), config).queued).toBe(1);
    workbook.takeChanges();
    expect(queueSurveyMails(deps(workbook, "2026-11-24"), config).queued).toBe(0);
    const rows = rowsOf(workbook, KOTAK_SUREL.name);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Kunci: "IKM:PRM-2026-00001", "ID Kasus": "PRM-2026-00001", Kepada: "pemohon1@contoh.go.id" });
    expect(String(rows[0]!["Isi"])).toContain("https://forms.example/viewform?entry.7=PRM-2026-00001");
    expect(String(rows[0]!["Isi"])).not.toMatch(/NIK|3174015502900002/);
  });

  it("queues nothing without a survey address; the Pengaturan address serves where no form was generated", () => {
    const blank = office([{ Status: "Selesai", "Status Sejak": at("2026-11-20") }]);
    expect(queueSurveyMails(deps(blank, "2026-11-23", null), loadConfig(blank)).queued).toBe(0);
    const url = "https://survei.contoh.go.id/ikm?kasus={ID Kasus}";
    const workbook = rewritten(blank, { [PENGATURAN.name]: (rows) => rows.map((r) => (r["Kunci"] === "Alamat Survei IKM" ? { ...r, Nilai: url } : r)) });
    const config = loadConfig(workbook);
    expect(config.errors).toEqual([]);
    expect(queueSurveyMails(deps(workbook, "2026-11-23", null), config).queued).toBe(1);
    expect(String(rowsOf(workbook, KOTAK_SUREL.name)[0]!["Isi"])).toContain("https://survei.contoh.go.id/ikm?kasus=PRM-2026-00001");
  });
});

describe("surveyLinkFor", () => {
  it("replaces the placeholder as written or as a prefilled link encodes it", () => {
    expect(surveyLinkFor("https://x/?a={ID Kasus}", "PRM-2026-00001")).toBe("https://x/?a=PRM-2026-00001");
    expect(surveyLinkFor("https://x/?usp=pp_url&entry.5=%7BID+Kasus%7D", "A B")).toBe("https://x/?usp=pp_url&entry.5=A%20B");
    expect(surveyLinkFor("https://x/viewform", "PRM-1")).toBe("https://x/viewform");
  });
});
