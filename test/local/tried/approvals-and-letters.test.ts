// Tried cases of issue 8 about letters: who may approve locally, contradictory results, dates out of order.
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { freshWorkbook, NOW, type RunResult, runStart, USERS } from "./harness";
import { assessmentRows, caseLetters, targetOf, UNIT_CODES } from "./letters";
import { caseRow, historyOf, lettersOf, readRegister } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const key = (value: string) => ({ header: "ID Permohonan", value });
const set = (caseId: string, header: string, string: string): Operation => ({ op: "set", sheet: "Permohonan", key: key(caseId), header, string });

/** Edit, then one run as `as`; the run must not crash (exit 0). */
async function step(path: string, operations: readonly Operation[], as: string): Promise<RunResult> {
  await editWorkbook(path, operations);
  const run = await runStart(path, as);
  expect(run.code, run.output).toBe(0);
  return run;
}

/** Status Surat = Disetujui on every letter of the case still waiting for approval. */
async function approveAll(path: string, caseId: string): Promise<Operation[]> {
  return (await lettersOf(path, caseId))
    .filter((r) => r["Status Surat"] === "Menunggu Persetujuan")
    .map((r) => ({ op: "set", sheet: "Surat", row: r._row, header: "Status Surat", string: "Disetujui" }));
}

describe("with a letter waiting for approval in the local Surat tab", () => {
  /** PRM-2026-00001 moved to Verifikasi, which makes its receipt letter; then marked Disetujui. */
  async function approvedBy(as: string) {
    const { path } = await freshWorkbook();
    await step(path, [set("PRM-2026-00001", "Status", "Verifikasi")], USERS.petugas);
    const [letter] = await caseLetters(path, "PRM-2026-00001");
    expect(letter).toMatchObject({ kind: "TANDA_TERIMA", status: "Menunggu Persetujuan" });
    const auditBefore = (await readRegister(path, "Riwayat")).rows.length;
    await editWorkbook(path, [{ op: "set", sheet: "Surat", key: key("PRM-2026-00001"), header: "Status Surat", string: "Disetujui" }]);
    const run = await runStart(path, as);
    const [after] = await caseLetters(path, "PRM-2026-00001");
    const newAudit = (await readRegister(path, "Riwayat")).rows.slice(auditBefore);
    return { run, letter: after!, newAudit };
  }

  it.each([
    { who: "a Petugas", as: USERS.petugas },
    { who: "an unknown e-mail", as: "tamu@contoh.go.id" },
  ])("approved by $who: no number, back to Menunggu Persetujuan, the output says who may approve", async ({ as }) => {
    const { run, letter } = await approvedBy(as);
    expect(letter.number ?? "", run.output).not.toMatch(/\d+\/BPSDM/);
    expect(letter.status).toBe("Menunggu Persetujuan");
    expect(run.output).toMatch(/Kepala|Admin/);
  });

  it("approved by the Kepala: a number, and Riwayat records who approved, with the role and the time", async () => {
    const { run, letter, newAudit } = await approvedBy(USERS.kepala);
    expect(letter.number, run.output).toMatch(/^800\/\d+\/BPSDM\/XII\/2026$/);
    const approval = newAudit.find((r) => r.Oleh === USERS.kepala);
    expect(approval, JSON.stringify(newAudit)).toBeDefined();
    expect(approval!.Peran).toBe("Kepala");
    expect(String(approval!.Waktu)).toMatch(/^2026-12-02/);
  });
});

describe("with 11 K and 1 BK in Hasil Asesmen", () => {
  const BK_UNIT = UNIT_CODES[6]!;

  /** PRM-2026-00004 (Uji Kompetensi, tested 1 December) taken to Penetapan with Rekomendasi Asesor K. */
  async function atPenetapan() {
    const { path } = await freshWorkbook();
    await step(path, [set("PRM-2026-00004", "Status", "Rapat Hasil")], USERS.asesor);
    await step(path, [set("PRM-2026-00004", "Status", "Penetapan"), set("PRM-2026-00004", "Rekomendasi Asesor", "K")], USERS.asesor);
    expect((await caseRow(path, "PRM-2026-00004"))["Status Tercatat"]).toBe("Penetapan");
    // The assessor's record arrives after the meeting: one unit Belum Kompeten.
    await editWorkbook(path, assessmentRows("PRM-2026-00004", [BK_UNIT]));
    return path;
  }

  it("and Rekomendasi Asesor K: a validation message names the contradiction", async () => {
    const path = await atPenetapan();
    const run = await runStart(path, USERS.kepala);
    const note = String((await caseRow(path, "PRM-2026-00004"))["Catatan Validasi"] ?? "");
    expect(note, run.output).toMatch(/Rekomendasi Asesor/);
    expect(note).toMatch(/Hasil Asesmen/);
  });

  it("Penetapan → Selesai and Penetapan → Penerbitan Sertifikat are both refused (and the Belum Kompeten route)", async () => {
    const path = await atPenetapan();
    const notYetRoute = await targetOf(path, "Penetapan", "BELUM_KOMPETEN");
    for (const target of new Set(["Selesai", "Penerbitan Sertifikat", notYetRoute])) {
      await editWorkbook(path, [set("PRM-2026-00004", "Status", target)]);
      const run = await runStart(path, USERS.kepala);
      const row = await caseRow(path, "PRM-2026-00004");
      expect(row["Status Tercatat"], `${target}\n${run.output}`).toBe("Penetapan");
      expect(String(row["Pesan Langkah"] ?? "")).not.toBe("");
    }
    expect((await historyOf(path, "PRM-2026-00004")).filter((r) => r.Hasil === "Diterapkan" && r.Dari === "Penetapan")).toEqual([]);
  });

  it("no letter says KOMPETEN next to a BK, and the SK's BK count agrees with the register", async () => {
    const path = await atPenetapan();
    const notYetRoute = await targetOf(path, "Penetapan", "BELUM_KOMPETEN");
    await step(path, [set("PRM-2026-00004", "Status", notYetRoute)], USERS.kepala);
    // Staff then make the recommendation agree with the record, the head approves the letters
    // still waiting (the minutes), and the case takes the Belum Kompeten route with its letters.
    await step(path, [set("PRM-2026-00004", "Rekomendasi Asesor", "BK")], USERS.kepala);
    await step(path, await approveAll(path, "PRM-2026-00004"), USERS.kepala);
    await step(path, [set("PRM-2026-00004", "Status", notYetRoute)], USERS.kepala);
    expect((await caseRow(path, "PRM-2026-00004"))["Status Tercatat"]).toBe(notYetRoute);
    const letters = await caseLetters(path, "PRM-2026-00004");
    for (const letter of letters) expect(letter.text, letter.kind).not.toMatch(/dengan hasil KOMPETEN|telah dinyatakan KOMPETEN/);
    const sk = letters.filter((l) => l.kind === "SK_PENETAPAN");
    expect(sk.length).toBeGreaterThan(0);
    for (const letter of sk) expect(letter.text).toMatch(/Belum Kompeten \(BK\): (1 \(satu\)|satu) orang/);
    const statement = letters.filter((l) => l.kind === "SURAT_KETERANGAN");
    expect(statement.length).toBeGreaterThan(0);
    for (const letter of statement) expect(letter.text).toMatch(/dengan hasil BELUM KOMPETEN/);
  });
});

describe("with dates out of order", () => {
  /** PRM-2026-00003 (Perencanaan) scheduled for a test on Thursday 10 December; today is 2 December. */
  async function scheduled() {
    const { path } = await freshWorkbook();
    await step(path, [
      { op: "set", sheet: "Permohonan", key: key("PRM-2026-00003"), header: "Jadwal Uji", date: "2026-12-10" },
      set("PRM-2026-00003", "Kode TUK", "TUK-01"),
      set("PRM-2026-00003", "Asesor", "MET.000.000001 2026"),
      set("PRM-2026-00003", "Status", "Uji Kompetensi"),
    ], USERS.petugas);
    expect((await caseRow(path, "PRM-2026-00003"))["Status Tercatat"]).toBe("Uji Kompetensi");
    return path;
  }

  it("a case tested on 10 December cannot move past Uji Kompetensi on 2 December: refused with a reason about the date", async () => {
    const path = await scheduled();
    expect(NOW.startsWith("2026-12-02")).toBe(true);
    await editWorkbook(path, [set("PRM-2026-00003", "Status", "Rapat Hasil")]);
    const run = await runStart(path, USERS.asesor);
    const row = await caseRow(path, "PRM-2026-00003");
    expect(row["Status Tercatat"], run.output).toBe("Uji Kompetensi");
    expect(String(row["Pesan Langkah"] ?? "")).toMatch(/Jadwal Uji|tanggal|10 Desember|2026-12-10|10\/12\/2026/i);
  });

  it("no letter states the test as past before its date", async () => {
    const path = await scheduled();
    const notYetRoute = await targetOf(path, "Penetapan", "BELUM_KOMPETEN");
    for (const [operations, as] of [
      [[set("PRM-2026-00003", "Status", "Rapat Hasil")], USERS.asesor],
      [[set("PRM-2026-00003", "Status", "Penetapan"), set("PRM-2026-00003", "Rekomendasi Asesor", "BK")], USERS.asesor],
      [[set("PRM-2026-00003", "Status", notYetRoute)], USERS.kepala],
    ] as const) await step(path, operations, as);
    for (const letter of await caseLetters(path, "PRM-2026-00003")) {
      expect(letter.text, letter.kind).not.toMatch(/telah (mengikuti|dilaksanakan)[^.]{0,400}10 Desember 2026/);
    }
  });

  it("a case cannot reach Selesai while its letters wait for approval: refused, naming them", async () => {
    const { path } = await freshWorkbook();
    const messages: string[] = [];
    for (const [operations, as] of [
      [[set("PRM-2026-00004", "Status", "Rapat Hasil")], USERS.asesor],
      [[set("PRM-2026-00004", "Status", "Penetapan"), set("PRM-2026-00004", "Rekomendasi Asesor", "K")], USERS.asesor],
      [[set("PRM-2026-00004", "Status", "Penerbitan Sertifikat")], USERS.kepala],
      [[set("PRM-2026-00004", "Status", "Penyerahan")], USERS.petugas],
      [[set("PRM-2026-00004", "Status", "Selesai")], USERS.petugas],
    ] as const) {
      const run = await step(path, operations, as);
      messages.push(String((await caseRow(path, "PRM-2026-00004"))["Pesan Langkah"] ?? ""), ...run.output.split("\n").filter((l) => l.includes("PRM-2026-00004")));
    }
    const waiting = (await caseLetters(path, "PRM-2026-00004")).filter((l) => l.status === "Menunggu Persetujuan");
    expect(waiting.map((l) => l.kind)).toEqual(expect.arrayContaining(["SERTIFIKAT"]));
    expect((await caseRow(path, "PRM-2026-00004"))["Status Tercatat"]).not.toBe("Selesai");
    expect(messages.join("\n")).toMatch(/(menunggu persetujuan|belum disetujui)[^\n]*(SERTIFIKAT|Sertifikat|surat)|(SERTIFIKAT|Sertifikat|surat)[^\n]*(menunggu persetujuan|belum disetujui)/i);
  });
});
