// A burst of submissions past the platform's simultaneous-execution limit starts no trigger for
// some responses; the daily sweep reconciles the form's responses against Permohonan by response
// ID (ID Jawaban Formulir) and takes each missed one in exactly once.
import { describe, expect, it } from "vitest";
import { expectOk, formAnswers, newOffice } from "./office";

describe("a burst past the simultaneous-execution limit", () => {
  it("drops the triggers beyond it; the sweep takes those responses in once, a second sweep adds nothing", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    expect(rt.store.simultaneousExecutionsPerUser).toBe(30);
    rt.store.simultaneousExecutionsPerUser = 4; // a smaller burst, same rule
    const runs = rt.submitFormBurst(Array.from({ length: 7 }, (_, i) => formAnswers(i)));
    for (const run of runs) expectOk(run, "handleFormSubmit");
    expect(rt.store.droppedExecutions).toBe(3);
    expect(rt.table("Permohonan")).toHaveLength(4);

    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    const rows = rt.table("Permohonan");
    expect(rows.map((r) => r["Nama"]).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `Pemohon ${i + 1}`).sort());
    expect(new Set(rows.map((r) => r["ID Jawaban Formulir"]))).toEqual(new Set(rt.form().responses.map((r) => r.id)));
    expect(new Set(rows.map((r) => r["ID Permohonan"])).size).toBe(7);
    expect(rt.store.mails).toHaveLength(7); // each applicant got one receipt

    rt.store.clock += 86_400_000;
    for (const run of rt.runDailyTriggers()) expectOk(run, "second sweep");
    expect(rt.table("Permohonan")).toHaveLength(7);
    expect(rt.store.mails).toHaveLength(7);
  });

  it("a response brought twice (a retry and a late trigger) is recorded once", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    const [first] = rt.submitForm(formAnswers(0));
    expectOk(first!, "handleFormSubmit");
    const response = rt.form().responses[0]!;
    rt.store.properties.document.set(`sertifikasi.pending.${response.id}`, rt.form().id);
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    expect(rt.table("Permohonan")).toHaveLength(1);
    expect(rt.store.mails).toHaveLength(1);
  });

  it("a row staff deleted before the last reconciliation does not come back", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    for (const run of rt.submitForm(formAnswers(0))) expectOk(run, "handleFormSubmit");
    rt.store.clock += 3_600_000;
    for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
    rt.sheet("Permohonan").deleteRows(2, 1);
    expect(rt.table("Permohonan")).toHaveLength(0);
    rt.store.clock += 86_400_000;
    for (const run of rt.runDailyTriggers()) expectOk(run, "next sweep");
    expect(rt.table("Permohonan")).toHaveLength(0);
  });
});
