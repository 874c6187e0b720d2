// periksaPenerapan, the function run once from the editor after a deployment: what it prints
// about zones, the form, triggers and scopes, from the built bundle.
import { describe, expect, it } from "vitest";
import { LETTER_EDIT_CALLS, STATUS_EDIT_CALLS } from "../../apps-script/gas/call-budget";
import { expectOk, newOffice, put } from "./office";

describe("periksaPenerapan", () => {
  it("prints each zone's offset from Google beside the engine's, the form, the triggers with their installer, and the scopes", async () => {
    const rt = await newOffice();
    const run = rt.run("periksaPenerapan");
    expectOk(run, "periksaPenerapan");
    const lines = run.value as string[];
    expect(lines).toEqual(expect.arrayContaining([
      "Zona Pengaturan (Zona Waktu): Asia/Makassar, menurut Google +08:00, menurut mesin +08:00",
      "Zona Spreadsheet: Asia/Makassar, menurut Google +08:00, menurut mesin +08:00",
      "Zona Proyek skrip: Asia/Jakarta, menurut Google +07:00, menurut mesin +07:00",
      "Formulir: belum dibuat (Sertifikasi → Buat / perbarui formulir permohonan).",
      `Dijalankan oleh: ${rt.store.owner}; pemasang pemicu tercatat: ${rt.store.owner}.`,
    ]));
    expect(lines).toContain("Zona waktu belum sama: samakan di File → Setelan, Setelan proyek, dan tab Pengaturan.");
    expect(lines.find((l) => l.startsWith("Pemicu milik akun ini"))).toMatch(/handleEdit.*dailySweep.*processRequests|processRequests/);
    const manifest = JSON.parse(rt.bundle.manifest) as { oauthScopes: string[] };
    const scopes = lines.find((l) => l.startsWith("Cakupan izin"))!;
    for (const scope of manifest.oauthScopes) expect(scopes).toContain(scope.replace("https://www.googleapis.com/auth/", ""));
    expect(scopes.split(",")).toHaveLength(manifest.oauthScopes.length);
    expect(rt.store.logs).toEqual(expect.arrayContaining(lines));
    expect(lines.find((l) => l.startsWith("Aplikasi web:"))).toMatch(/Alamat Aplikasi Web belum diisi di Pengaturan; sertifikat dicetak dengan kode verifikasi saja/);
  });

  it("times one service call on the account and turns the bench's call counts into seconds", async () => {
    const rt = await newOffice();
    rt.store.callCostMs = 120; // what each call takes here (the fake advances its clock by it)
    const run = rt.run("periksaPenerapan");
    expectOk(run, "periksaPenerapan");
    const line = (run.value as string[]).find((l) => l.startsWith("Kecepatan:"))!;
    const seconds = (calls: number) => (Math.round((120 * calls) / 100) / 10).toFixed(1).replace(".", ",");
    expect(line).toBe(
      `Kecepatan: satu panggilan layanan rata-rata 120 md (10 kali membaca satu baris). ` +
        `Perkiraan: perubahan Status tanpa surat (${STATUS_EDIT_CALLS} panggilan) ${seconds(STATUS_EDIT_CALLS)} detik, ` +
        `dengan satu surat (${LETTER_EDIT_CALLS} panggilan) ${seconds(LETTER_EDIT_CALLS)} detik ditambah pembuatan dokumennya.`,
    );
    expect(line).toContain("3,5 detik"); // 29 × 120 ms
  });

  it("with the web app's address set, says certificates print it with its QR code", async () => {
    const rt = await newOffice();
    const url = "https://script.google.com/macros/s/AKfycbTest/exec";
    const rows = rt.table("Pengaturan");
    const at = rows.findIndex((r) => r["Kunci"] === "Alamat Aplikasi Web");
    put(rt, "Pengaturan", at < 0 ? rt.sheet("Pengaturan").getLastRow() + 1 : at + 2, 1, [["Alamat Aplikasi Web", url]]);
    const run = rt.run("periksaPenerapan");
    expectOk(run, "periksaPenerapan");
    expect(run.value as string[]).toContain(`Aplikasi web: sertifikat mencetak ${url}?kode=… dan kode QR-nya; buka alamat itu dari jendela samaran untuk mencoba.`);
  });

  it("run by another account, says whose triggers it cannot see; with a form, whether it is published", async () => {
    const rt = await newOffice();
    expectOk(rt.menu("menuCreateForm"), "menuCreateForm");
    const run = rt.run("periksaPenerapan", { user: "kepala@bkpsdm.go.id" });
    expectOk(run, "periksaPenerapan");
    const lines = run.value as string[];
    expect(lines).toContain("Akun ini tidak memiliki pemicu proyek ini.");
    expect(lines.join("\n")).toMatch(/Pemicu milik admin@bkpsdm\.go\.id hanya terlihat oleh akun itu/);
    expect(lines.find((l) => l.startsWith("Formulir:"))).toMatch(/^Formulir: terbit; menerima jawaban; tautan https:/);
    expect(lines.find((l) => l.startsWith("Formulir survei IKM:"))).toBe(`Formulir survei IKM: terbit; menerima jawaban; tautan ${rt.surveyForm().getPublishedUrl()}`);
  });
});
