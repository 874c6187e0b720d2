// Pelatihan dan Asesmen Asesor Kompetensi (seed 003, lampiran V): its 32 D-codes each held by
// DOKUMEN_LENGKAP at the step that produces them, and its cases told apart from RCC's in the
// register both use (Permohonan Asesor) by Kode Alur.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import { DOKUMEN_KASUS } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, auditOf, caseOf, type Row, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { PELATIHAN_CODES } from "./shipped-cases-asesor";
import { serviceOf } from "./shipped-cases";

const R = "Permohonan Asesor";
const NOW = clockAt("2026-11-24", "10:00");
const training = serviceOf("PELATIHAN_ASESOR");

/** One training case asking for a move, with every D-code on file except `missing`. */
function ask(from: string, to: string, missing: readonly string[], role = ACTOR.Admin) {
  const workbook = serviceOffice({ withoutLetters: true });
  const id = "PAK-2026-00001";
  append(workbook, R, [{ ...training.complete, [`ID ${R}`]: id, "Status Tercatat": from, Status: to }]);
  append(workbook, DOKUMEN_KASUS.name, PELATIHAN_CODES.filter((c) => !missing.includes(c)).map((code) => ({ "ID Kasus": id, "Kode Dokumen": code, Ada: "Ya" })));
  runAs(workbook, NOW, role);
  return { row: caseOf(workbook, R, id), audit: auditOf(workbook, id) };
}

describe("the training's document checklist (Jenis Dokumen)", () => {
  const config = loadConfig(serviceOffice(), new Set(LETTER_TYPE_CODES));
  const workflow = config.workflows.get("PELATIHAN_ASESOR")!;

  it("holds D1–D28 with D5–D8 in A/B variants, 32 codes", () => {
    expect([...config.documentTypes.get("PELATIHAN_ASESOR")!.keys()]).toEqual(PELATIHAN_CODES);
  });

  it("expects each code at exactly one state that a DOKUMEN_LENGKAP move leaves", () => {
    const guarded = new Set(workflow.moves.filter((m) => m.guards.includes("DOKUMEN_LENGKAP")).map((m) => m.from));
    const expected = workflow.states.filter((s) => guarded.has(s.status)).flatMap((s) => s.expectedDocuments);
    expect([...expected].sort()).toEqual([...PELATIHAN_CODES].sort());
  });
});

describe("with a training document missing", () => {
  it("Pelatihan → Asesmen is refused while D13 and D14 are not in, the message naming both", () => {
    const { row, audit } = ask("Pelatihan", "Asesmen", ["D13", "D14"], ACTOR.Petugas);
    expect(row["Status Tercatat"]).toBe("Pelatihan");
    expect(row["Pesan Langkah"]).toBe("Langkah Pelatihan → Asesmen belum memenuhi syarat: dokumen belum ada di Dokumen Kasus: D13, D14");
    expect(audit.at(-1)).toMatchObject({ Dari: "Pelatihan", Ke: "Asesmen", Hasil: "Ditolak" });
  });

  it("a document of another step (D15, the assessment's) does not hold the training", () => {
    expect(ask("Pelatihan", "Asesmen", ["D15"], ACTOR.Petugas).row["Status Tercatat"]).toBe("Asesmen");
  });

  it("Asesmen → Pleno Komtek is refused without APL.02.ASKOM reviewed by the MA Penguji (D17)", () => {
    const { row } = ask("Asesmen", "Pleno Komtek", ["D17"], ACTOR.Petugas);
    expect(row["Status Tercatat"]).toBe("Asesmen");
    expect(row["Pesan Langkah"]).toContain("dokumen belum ada di Dokumen Kasus: D17");
  });

  it("a refused request is not closed before the signed refusal letter (D7B) is in", () => {
    const { row } = ask("Ditolak", "Ditutup", ["D7B"], ACTOR.Petugas);
    expect(row["Status Tercatat"]).toBe("Ditolak");
    expect(row["Pesan Langkah"]).toContain("dokumen belum ada di Dokumen Kasus: D7B");
  });
});

describe("training and RCC requests in the one register", () => {
  const fresh = (code: string, received: string): Row => ({
    "Kode Alur": code, "Tanggal Surat Permohonan": received, "Nomor Surat Permohonan": `B-1/${code}/2026`,
    Pemohon: "LSP P1 Politeknik Negeri Bandung", Skema: "Asesor Kompetensi",
  });

  it("each gets its own ID series and starts in Diterima", () => {
    const workbook = serviceOffice({ withoutLetters: true });
    append(workbook, R, [fresh("PELATIHAN_ASESOR", "2026-11-20"), fresh("RCC_ASESOR", "2026-11-20"), fresh("PELATIHAN_ASESOR", "2026-11-23")]);
    runAs(workbook, NOW, ACTOR.Petugas);
    const rows = rowsOf(workbook, R);
    expect(rows.map((r) => r[`ID ${R}`])).toEqual(["PAK-2026-00001", "RCC-2026-00001", "PAK-2026-00002"]);
    expect(rows.map((r) => r["Status Tercatat"])).toEqual(["Diterima", "Diterima", "Diterima"]);
  });

  it("a training case follows its own moves: Ditandatangani → Pelatihan, not RCC's Pelaksanaan RCC", () => {
    const { row } = ask("Ditandatangani", "Pelaksanaan RCC", [], ACTOR.Petugas);
    expect(row["Status Tercatat"]).toBe("Ditandatangani");
    expect(row["Pesan Langkah"]).toBe('Status "Pelaksanaan RCC" tidak dikenal. Langkah yang boleh dari Ditandatangani: Pelatihan');
  });
});
