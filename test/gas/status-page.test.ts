// The applicant's status link through the built bundle: a form submission's receipt carries
// `<Alamat Aplikasi Web>?status=<Kode Lacak>` (or a sentence when the web app is not deployed);
// doGet with `status` answers that case's step only, a wrong, malformed or empty token alike, and
// writes and logs nothing of it; the daily sweep gives cases from before the link their token;
// `kode` still reaches the certificate verification.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, formAnswers, newOffice, put } from "./office";

const WEB_APP = "https://script.google.com/macros/s/AKfycbTEST/exec";

function setting(rt: GasRuntime, key: string, value: string): void {
  const at = rt.table("Pengaturan").findIndex((r) => r["Kunci"] === key);
  put(rt, "Pengaturan", at < 0 ? rt.sheet("Pengaturan").getLastRow() + 1 : at + 2, 1, [[key, value]]);
}

async function officeWithForm(webAppUrl: string | null) {
  const rt = await newOffice();
  expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
  if (webAppUrl) setting(rt, "Alamat Aplikasi Web", webAppUrl);
  return rt;
}

function page(rt: GasRuntime, parameter: Record<string, string>, title = "Status Permohonan"): string {
  const run = rt.webGet(parameter);
  expect(run.ok, run.error ?? "").toBe(true);
  const output = run.value as { getContent(): string; getTitle(): string };
  expect(output.getTitle()).toBe(title);
  return output.getContent();
}

const snapshot = (rt: GasRuntime) => JSON.stringify(["Permohonan", "Riwayat", "Pengaturan"].map((t) => rt.table(t)));

describe("the status link", () => {
  it("comes in the receipt of a form submission and shows that case's step only", async () => {
    const rt = await officeWithForm(WEB_APP);
    const answers = formAnswers(0);
    for (const run of rt.submitForm(answers)) expect(run.error).toBeNull();
    const [row] = rt.table("Permohonan");
    const token = String(row!["Kode Lacak"]);
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    const mail = rt.store.mails.at(-1)!;
    expect(mail.to).toBe(answers["Email"]);
    expect(mail.body).toContain(`${WEB_APP}?status=${token}`);
    expect(mail.body).not.toContain(String(answers["NIP"]));

    const before = snapshot(rt);
    const logsBefore = rt.store.logs.length;
    const valid = page(rt, { status: token });
    expect(valid).toContain("Layanan: Sertifikasi Kompetensi bagi PNS");
    expect(valid).toContain("Tahap saat ini: Diterima");
    expect(valid).toMatch(/Sejak: \d{1,2} \w+ 2026/);
    expect(valid).toContain("Tenggat janji layanan:");
    for (const hidden of [String(row!["ID Permohonan"]), String(answers["Nama"]), String(answers["NIP"]), String(answers["NIK"]), String(answers["Email"]), token]) {
      expect(valid).not.toContain(hidden);
    }
    expect(page(rt, { status: token.toLowerCase() })).toBe(valid);

    const unknown = page(rt, { status: token.slice(0, -1) + (token.endsWith("0") ? "1" : "0") });
    expect(unknown).toContain("Tautan status tidak dikenali");
    for (const parameter of [{ status: "" }, { status: "<script>alert(1)</script>" }, { status: String(row!["ID Permohonan"]) }, { status: `${token}X` }, { status: "x".repeat(10_000) }]) {
      expect(page(rt, parameter)).toBe(unknown);
    }
    // Reading is all: nothing written, no token in the logs.
    expect(snapshot(rt)).toBe(before);
    for (const line of rt.store.logs.slice(logsBefore)) expect(line).not.toContain(token);
    // The same deployment still verifies certificates by `kode`.
    expect(page(rt, { kode: "1Y62-N7HV-3Q3Y" }, "Verifikasi Sertifikat")).toContain("Kode verifikasi tidak ditemukan");
  });

  it("is replaced by a sentence in the receipt while the web app has no address", async () => {
    const rt = await officeWithForm(null);
    for (const run of rt.submitForm(formAnswers(1))) expect(run.error).toBeNull();
    const body = rt.store.mails.at(-1)!.body;
    expect(body).not.toContain("?status=");
    expect(body).toContain("Kami akan memberi tahu Anda perkembangan permohonan ini");
    expect(String(rt.table("Permohonan")[0]!["Kode Lacak"])).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/); // the link can be sent later
  });

  it("is made by the daily sweep for cases that have none, once, without logging it", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0), application(1)]);
    expect(rt.table("Permohonan").map((r) => r["Kode Lacak"])).toEqual(["", ""]);
    for (const run of rt.runDailyTriggers()) expect(run.error).toBeNull();
    const tokens = rt.table("Permohonan").map((r) => String(r["Kode Lacak"]));
    expect(tokens).toEqual([expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{24}$/), expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{24}$/)]);
    expect(new Set(tokens).size).toBe(2);
    for (const line of rt.store.logs) for (const token of tokens) expect(line).not.toContain(token);
    for (const run of rt.runDailyTriggers()) expect(run.error).toBeNull();
    expect(rt.table("Permohonan").map((r) => String(r["Kode Lacak"]))).toEqual(tokens);
    expect(page(rt, { status: tokens[1]! })).toContain("Tahap saat ini: Diterima");
  });
});
