// The IKM survey through the built bundle: the form menu makes and publishes the survey form next
// to the application form, with its own form-submit trigger; a response lands in Survei IKM by
// element even with the questions reordered and one added; the same response twice is recorded
// once; a response whose trigger never ran is taken in by the sweep; a case that ends gets the
// survey mail with its prefilled link, once.
import { describe, expect, it } from "vitest";
import { IKM_ELEMENTS } from "../../apps-script/core/domain/ikm";
import { IKM_QUESTIONS } from "../../apps-script/core/engine/ikm-survey";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, newOffice, rowOf, STAFF } from "./office";

const SURVEY = "Survei IKM";

/** Answers by question title: element i gets the choice of score scores[i]. */
function surveyAnswers(caseId: string, scores: readonly number[], saran = ""): Record<string, string> {
  return {
    "ID Kasus": caseId,
    ...Object.fromEntries(IKM_QUESTIONS.map((q, i) => [q.element, q.choices[scores[i]! - 1]!])),
    ...(saran ? { Saran: saran } : {}),
  };
}

function sweep(rt: GasRuntime): void {
  for (const run of rt.runDailyTriggers()) expectOk(run, "dailySweep");
}

async function officeWithForms(): Promise<GasRuntime> {
  const rt = await newOffice({ now: "2026-07-15T01:00:00Z" });
  expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
  return rt;
}

describe("the IKM survey form", () => {
  it("is made and published by the form menu, with the nine elements, ID Kasus and Saran, and its own submit trigger", async () => {
    const rt = await officeWithForms();
    const survey = rt.surveyForm();
    expect(survey.id).not.toBe(rt.form().id);
    expect(survey.isPublished()).toBe(true);
    expect(survey.isAcceptingResponses()).toBe(true);
    expect(survey.items.map((i) => i.title)).toEqual(["ID Kasus", ...IKM_ELEMENTS, "Saran"]);
    for (const item of survey.items.filter((i) => i.kind === "MULTIPLE_CHOICE")) expect(item.choices).toHaveLength(4);
    expect(rt.triggersFor("ON_FORM_SUBMIT", survey.id)).toHaveLength(1);
    expect(rt.triggersFor("ON_FORM_SUBMIT", rt.form().id)).toHaveLength(1);
    expect(rt.store.alerts.at(-1)).toMatch(/Formulir survei sudah diterbitkan\./);
    expectOk(rt.menu("menuShowFormLink", STAFF.petugas), "menuShowFormLink");
    expect(rt.store.alerts.at(-1)).toContain(`Tautan survei kepuasan (IKM): ${survey.getPublishedUrl()}`);
    // Made again: the same form, still one trigger each, no second survey form.
    const forms = rt.store.forms.size;
    const ids = survey.items.map((i) => i.id);
    const link = rt.store.properties.document.get("sertifikasi.surveyLink");
    survey.items.find((i) => i.title === "Biaya/Tarif")!.setTitle("Biaya layanan").setChoiceValues(["Mahal", "Murah"]);
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm again");
    expect(rt.surveyForm().id).toBe(survey.id);
    expect(rt.store.forms.size).toBe(forms);
    // Items kept, not rebuilt: a survey link mailed before still prefills the case.
    expect(survey.items.map((i) => i.id)).toEqual(ids);
    expect(rt.store.properties.document.get("sertifikasi.surveyLink")).toBe(link);
    expect(rt.triggersFor("ON_FORM_SUBMIT", survey.id)).toHaveLength(1);
    // A question staff changed is brought back, in place.
    expect(survey.items.find((i) => i.title === "Biaya/Tarif")!.choices).toEqual(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]);
    // Installing the triggers again keeps one survey trigger.
    expectOk(rt.menu("menuInstallTriggers"), "menuInstallTriggers");
    expect(rt.triggersFor("ON_FORM_SUBMIT", survey.id)).toHaveLength(1);
  });

  it("records a response by element even with the questions reordered and one added; applications are untouched", async () => {
    const rt = await officeWithForms();
    addApplications(rt, [application(0)]);
    sweep(rt);
    const survey = rt.surveyForm();
    survey.moveItem(survey.items.length - 2, 1); // Sarana dan Prasarana asked first
    survey.moveItem(2, survey.items.length - 1); // Persyaratan asked last
    survey.addMultipleChoiceItem().setTitle("Usia").setChoiceValues(["< 30", "30–50", "> 50"]);
    survey.moveItem(survey.items.length - 1, 0);
    const scores = [1, 2, 3, 4, 4, 3, 2, 1, 2];
    for (const run of rt.submitForm({ ...surveyAnswers("PRM-2026-00001", scores, "Antrean diperpendek."), Usia: "30–50" }, survey)) expectOk(run, "handleFormSubmit");
    const rows = rt.table(SURVEY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ "ID Jawaban": survey.responses[0]!.id, "ID Kasus": "PRM-2026-00001", "Kode Layanan": "SERTIFIKASI_PNS", Saran: "Antrean diperpendek." });
    expect(IKM_ELEMENTS.map((e) => rows[0]![e])).toEqual(scores);
    expect(rt.table("Permohonan")).toHaveLength(1);
    expect(rt.store.mails.filter((m) => /Permohonan sertifikasi diterima/.test(m.subject))).toHaveLength(0);
  });

  it("a question staff retitled still lands on its element (the item ID recorded when it was made)", async () => {
    const rt = await officeWithForms();
    const survey = rt.surveyForm();
    const item = survey.items.find((i) => i.title === "Waktu Penyelesaian")!;
    item.setTitle("Seberapa cepat layanan kami?");
    const answers = surveyAnswers("", [4, 4, 1, 4, 4, 4, 4, 4, 4]);
    answers["Seberapa cepat layanan kami?"] = answers["Waktu Penyelesaian"]!;
    delete answers["Waktu Penyelesaian"];
    for (const run of rt.submitForm(answers, survey)) expectOk(run, "handleFormSubmit");
    expect(rt.table(SURVEY)[0]).toMatchObject({ "Waktu Penyelesaian": 1, Persyaratan: 4 });
  });

  it("records the same response once when its trigger runs twice, and the sweep adds nothing", async () => {
    const rt = await officeWithForms();
    const survey = rt.surveyForm();
    const [run] = rt.submitForm(surveyAnswers("", [4, 4, 4, 4, 4, 4, 4, 4, 4]), survey);
    expectOk(run!, "handleFormSubmit");
    // The platform delivers the same event again (a retried execution).
    const trigger = rt.triggersFor("ON_FORM_SUBMIT", survey.id)[0]!;
    const again = rt.run(trigger.handler, {
      user: "", effectiveUser: trigger.owner,
      event: { authMode: "FULL", triggerUid: trigger.id, source: survey, response: survey.getResponse(survey.responses[0]!.id) },
    });
    expectOk(again, "handleFormSubmit again");
    rt.store.clock += 3_600_000;
    sweep(rt);
    const rows = rt.table(SURVEY);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ "ID Kasus": "", "Kode Layanan": "" });
  });

  it("a response whose trigger never ran is taken in by the sweep, once; an unknown case ID is kept blank", async () => {
    const rt = await officeWithForms();
    const survey = rt.surveyForm();
    survey._submit(surveyAnswers("PRM-2099-99999", [3, 3, 3, 3, 3, 3, 3, 3, 3])); // no trigger ran
    expect(rt.table(SURVEY)).toHaveLength(0);
    rt.store.clock += 3_600_000;
    sweep(rt);
    expect(rt.table(SURVEY)).toEqual([expect.objectContaining({ "ID Jawaban": survey.responses[0]!.id, "ID Kasus": "", Persyaratan: 3 })]);
    rt.store.clock += 86_400_000;
    sweep(rt);
    expect(rt.table(SURVEY)).toHaveLength(1);
  });
});

describe("the survey mail", () => {
  it("goes once to the applicant of a case that reached a final state, with the link prefilled with the case", async () => {
    const rt = await officeWithForms();
    // Received yesterday: the case still open is within the survey's window, only its state keeps it out.
    const received = new Date(Date.UTC(2026, 6, 14, 2));
    addApplications(rt, [application(0, { "Tanggal Permohonan": received }), application(1, { "Tanggal Permohonan": received })]);
    sweep(rt);
    expect(rt.table("Kotak Surel").filter((r) => String(r["Kunci"]).startsWith("IKM:"))).toHaveLength(0);
    const row = rowOf(rt, "PRM-2026-00001");
    for (const r of rt.edit(STAFF.petugas, "Permohonan", row, rt.column("Permohonan", "Catatan Petugas"), [["Ditarik pemohon"]])) expectOk(r, "note");
    for (const r of rt.edit(STAFF.petugas, "Permohonan", row, rt.column("Permohonan", "Status"), [["Dibatalkan"]])) expectOk(r, "cancel");
    expect(rt.table("Permohonan")[row - 2]!["Status Tercatat"]).toBe("Dibatalkan");
    const before = rt.store.mails.length;
    rt.store.clock += 86_400_000;
    sweep(rt);
    const survey = rt.store.mails.slice(before).filter((m) => /Survei kepuasan/.test(m.subject));
    expect(survey).toHaveLength(1);
    expect(survey[0]!.to).toBe("pemohon1@contoh.go.id");
    const link = /https:\/\/\S+/.exec(survey[0]!.body)?.[0] ?? "";
    // The respondent opening the link finds the case filled in.
    expect(rt.surveyForm()._prefilledAnswers(link)).toEqual({ "ID Kasus": "PRM-2026-00001" });
    expect(rt.table("Kotak Surel").filter((r) => String(r["Kunci"]).startsWith("IKM:")).map((r) => r["Kunci"])).toEqual(["IKM:PRM-2026-00001"]);
    rt.store.clock += 86_400_000;
    sweep(rt);
    expect(rt.store.mails.filter((m) => /Survei kepuasan/.test(m.subject))).toHaveLength(1);
  });
});
