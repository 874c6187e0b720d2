// Form intake: the generated form, submissions arriving together, neutralised input, the e-mail.
import { describe, expect, it } from "vitest";
import { SCHEME, expectOk, formAnswers, interleave, newOffice } from "./office";

async function officeWithForm() {
  const rt = await newOffice();
  expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
  return rt;
}

describe("creating the form", () => {
  it("asks the applicant's Permohonan columns with the current schemes, links it, and installs its trigger", async () => {
    const rt = await officeWithForm();
    const form = rt.form();
    const titles = form.items.map((i) => i.title);
    expect(titles).toContain("NIP");
    expect(titles).not.toContain("Status");
    expect(titles).not.toContain("ID Permohonan");
    const scheme = form.items.find((i) => i.title === "Kode Skema")!;
    expect(scheme.choices).toEqual([SCHEME]);
    expect(form.items.find((i) => i.title === "NIP")!.validation?.pattern).toBe("\\d{18}");
    expect(form.items.find((i) => i.title === "Dokumen Diserahkan")!.kind).toBe("CHECKBOX");
    expect(form.destinationId).toBe(rt.store.spreadsheet.id);
    expect(rt.triggersFor("ON_FORM_SUBMIT", form.id)).toHaveLength(1);
    expect(rt.store.alerts.at(-1)).toContain(form.getPublishedUrl());

    expectOk(rt.menu("menuCreateForm"), "again");
    // The application form and the IKM survey form (ikm-survey.test.ts), each once, each with one trigger.
    expect(rt.store.forms.size).toBe(2);
    expect(form.items.map((i) => i.title)).toEqual(titles);
    expect(rt.store.triggers.filter((t) => t.eventType === "ON_FORM_SUBMIT").map((t) => t.sourceId).sort()).toEqual([form.id, rt.surveyForm().id].sort());
  });
});

describe("with 50 submissions arriving at once", () => {
  it("gives each a unique ID, loses none, and mails each applicant their number", async () => {
    const rt = await officeWithForm();
    const results: { ok: boolean; error: string | null }[] = [];
    // Spawn points within the calls a submission makes (fewer since a register is read in one call).
    const { overlapped } = interleave(rt, Array.from({ length: 50 }, (_, i) => () => results.push(...rt.submitForm(formAnswers(i)))), 7, 60);
    expect(overlapped).toBeGreaterThan(40); // most submissions started while another was running
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const rows = rt.table("Permohonan");
    expect(rows).toHaveLength(50);
    const ids = rows.map((r) => r["ID Permohonan"]);
    expect(new Set(ids).size).toBe(50);
    expect(new Set(rows.map((r) => r["Nama"])).size).toBe(50);
    expect(rt.store.mails).toHaveLength(50);
    for (const row of rows) {
      const mail = rt.store.mails.find((m) => m.to === row["Email"])!;
      expect(mail.subject).toContain(String(row["ID Permohonan"]));
      expect(mail.body).not.toContain(String(row["NIP"]));
    }
    expect(rt.table("Form Responses 1")).toHaveLength(50);
  });

  it("would hand out duplicate IDs or lose rows without the lock (the test can fail)", async () => {
    const rt = await officeWithForm();
    rt.store.lockDisabled = true;
    interleave(rt, Array.from({ length: 50 }, (_, i) => () => void rt.submitForm(formAnswers(i))));
    const rows = rt.table("Permohonan");
    const unique = new Set(rows.map((r) => r["ID Permohonan"])).size;
    console.log(`without the lock: ${rows.length} rows kept of 50, ${unique} distinct IDs`);
    expect(unique < 50 || rows.length < 50).toBe(true);
  });
});

describe("with hostile or fragile input", () => {
  it("keeps formulas as text and all 18 NIP digits", async () => {
    const rt = await officeWithForm();
    const [run] = rt.submitForm(formAnswers(0, { Nama: '=HYPERLINK("http://x.test","klik")', Jabatan: "@SUM(1)", "Unit Kerja": "+62 Biro" }));
    expect(run!.error).toBeNull();
    const sheet = rt.sheet("Permohonan");
    for (let c = 1; c <= sheet.getLastColumn(); c += 1) expect(sheet._hasFormula(2, c)).toBe(false);
    const [row] = rt.table("Permohonan");
    expect(row!["Nama"]).toBe('=HYPERLINK("http://x.test","klik")');
    expect(row!["NIP"]).toBe(String(formAnswers(0)["NIP"]));
    expect(typeof row!["NIP"]).toBe("string");
    expect(String(row!["Catatan Validasi"])).toMatch(/Nama: tidak boleh diawali/);
    const personal = [String(formAnswers(0)["NIP"]), String(formAnswers(0)["NIK"])];
    for (const text of [...rt.store.logs, ...rt.store.toasts.map((t) => t.message)]) for (const p of personal) expect(text).not.toContain(p);
  });

  it("queues a submission it cannot record and records it on the retry", async () => {
    const rt = await officeWithForm();
    rt.store.lockHolder = 999; // another execution holds the lock for the whole wait
    const [first] = rt.submitForm(formAnswers(3));
    expect(first!.ok).toBe(true);
    expect(rt.table("Permohonan")).toHaveLength(0);
    rt.store.lockHolder = null;
    const retries = rt.runDueOneOffTriggers(3 * 60_000);
    expect(retries.map((r) => r.error)).toEqual([null]);
    expect(rt.table("Permohonan")).toHaveLength(1);
    expect(rt.store.mails).toHaveLength(1);
  });
});
