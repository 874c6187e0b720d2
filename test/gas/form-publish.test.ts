// The application form is published when made or rebuilt: forms a script creates after 30 June
// 2026 start unpublished and take no responses (the fake models the publish state).
import { describe, expect, it } from "vitest";
import { GasRuntime } from "./harness";
import { expectOk, formAnswers, newOffice } from "./office";

describe("the fake's Form", () => {
  it("starts unpublished when created after 30 June 2026, and then refuses submissions", async () => {
    const before = await GasRuntime.create({ now: "2026-06-30T12:00:00Z" });
    const after = await GasRuntime.create({ now: "2026-07-01T01:00:00Z" });
    expect(before.asScript(({ FormApp }) => FormApp.create("Uji").isPublished())).toBe(true);
    after.asScript(({ FormApp }) => {
      const form = FormApp.create("Uji");
      expect(form.isPublished()).toBe(false);
      expect(form.isAcceptingResponses()).toBe(false);
      expect(() => form._submit({})).toThrow(/belum diterbitkan/);
      form.setAcceptingResponses(true);
      expect(form.isAcceptingResponses()).toBe(false); // forced false while unpublished
      form.setPublished(true);
      expect(form.isAcceptingResponses()).toBe(true);
    });
  });
});

describe("with an office set up after 30 June 2026", () => {
  it("the form menu publishes the new form, says so, and submissions come in", async () => {
    const rt = await newOffice({ now: "2026-07-15T01:00:00Z" });
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    expect(rt.form().isPublished()).toBe(true);
    expect(rt.store.alerts.at(-1)).toMatch(/Formulir sudah diterbitkan dan menerima jawaban\./);
    for (const run of rt.submitForm(formAnswers(0))) expectOk(run, "handleFormSubmit");
    expect(rt.table("Permohonan")).toHaveLength(1);
  });

  it("rebuilding publishes a form an earlier version left unpublished", async () => {
    const rt = await newOffice({ now: "2026-07-15T01:00:00Z" });
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    rt.form().setPublished(false);
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm again");
    expect(rt.form().isPublished()).toBe(true);
    expect(rt.form().isAcceptingResponses()).toBe(true);
  });

  it("a form staff closed stays closed, and the menu says how to reopen it", async () => {
    const rt = await newOffice({ now: "2026-07-15T01:00:00Z" });
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    rt.form().setAcceptingResponses(false);
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm again");
    expect(rt.form().isAcceptingResponses()).toBe(false);
    expect(rt.store.alerts.at(-1)).toMatch(/tidak menerima jawaban \(ditutup\)/);
  });
});

describe("the form's description", () => {
  it("carries the maklumat pelayanan and the holder's obligations, as the core states them", async () => {
    const { KEWAJIBAN_PEMEGANG, MAKLUMAT_PELAYANAN } = await import("../../apps-script/core/domain/maklumat");
    const rt = await newOffice({ now: "2026-07-15T01:00:00Z" });
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    const description = rt.form().description;
    expect(description).toContain(MAKLUMAT_PELAYANAN);
    expect(description).toContain("Kewajiban Pemegang Sertifikat");
    for (const [i, duty] of KEWAJIBAN_PEMEGANG.entries()) expect(description).toContain(`${i + 1}. ${duty}`);
    expect(description).toMatch(/^.+Data Anda dijaga kerahasiaannya/); // the privacy line still first
  });
});
