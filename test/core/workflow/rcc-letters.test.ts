// The RCC Asesor Kompetensi moves (seed 003, lampiran IV) on the shipped seed: the approval drafts
// the approval letter and the SPT, the refusal its letter; a letter that cannot state a fact refuses
// the move; and the numbered approval opens one Peserta RCC case per approved person, once.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import { reconcileSpawns } from "../../../apps-script/core/engine/spawn-cases";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { SURAT } from "../../../apps-script/core/registers/catalog";
import { ACTOR, at, caseOf, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt, passThroughLock } from "../../factories";
import { addCases, serviceOf } from "./shipped-cases";

const ID = "RCC-2026-00001";
const letters = (workbook: MemoryWorkbook) => rowsOf(workbook, SURAT.name).map((r) => [r["Jenis Surat"], r["ID Permohonan"], r["Status Surat"]]);

function verified(to: string, cells: Record<string, unknown> = {}) {
  const workbook = serviceOffice();
  addCases(workbook, serviceOf("RCC_ASESOR"), [{ "ID Permohonan Asesor": ID, "Status Tercatat": "Diverifikasi", Status: to, ...cells } as never]);
  runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Kepala);
  return workbook;
}

describe("an RCC request leaving Diverifikasi", () => {
  it("Disetujui drafts the approval letter and the SPT of the Master Asesor", () => {
    const workbook = verified("Disetujui");
    expect(caseOf(workbook, "Permohonan Asesor", ID)).toMatchObject({ "Status Tercatat": "Disetujui", "Pesan Langkah": null });
    expect(letters(workbook)).toEqual([["PERSETUJUAN_RCC", ID, "Draf"], ["SPT_MASTER_ASESOR", ID, "Draf"]]);
  });

  it("Tidak Disetujui drafts the refusal letter", () => {
    const workbook = verified("Tidak Disetujui");
    expect(caseOf(workbook, "Permohonan Asesor", ID)).toMatchObject({ "Status Tercatat": "Tidak Disetujui", "Pesan Langkah": null });
    expect(letters(workbook)).toEqual([["PENOLAKAN_RCC", ID, "Draf"]]);
  });

  it("is refused when the letter cannot name the requester: nothing is drafted", () => {
    const workbook = verified("Tidak Disetujui", { Skema: null, Pemohon: "   " });
    const row = caseOf(workbook, "Permohonan Asesor", ID);
    expect(row["Status Tercatat"]).toBe("Diverifikasi");
    expect(row["Pesan Langkah"]).toBe("Langkah Diverifikasi → Tidak Disetujui belum dapat membuat suratnya: Surat Tidak Persetujuan Permohonan Asesor untuk permohonan asesor RCC-2026-00001 tidak dibuat: data belum lengkap atau tidak valid — pemohon wajib diisi; skema wajib diisi.");
    expect(letters(workbook)).toEqual([]);
  });
});

describe("the numbered approval letter of an RCC request (the shipped spawn rule)", () => {
  it("opens one Peserta RCC case per approved person, each told once in Kotak Surel, and nothing more when settled again", () => {
    const workbook = verified("Disetujui");
    const letter = rowsOf(workbook, SURAT.name).find((r) => r["Jenis Surat"] === "PERSETUJUAN_RCC")!;
    const rowHint = rowsOf(workbook, SURAT.name).indexOf(letter);
    workbook.applyChanges([{ table: SURAT.name, patches: [{ id: String(letter["ID Surat"]), rowHint, values: { "Status Surat": "Disetujui", "Nomor Surat": "B-70/BNSP/XI/2026", "Tanggal Surat": at("2026-11-25") } }], appends: [] }]);
    workbook.takeChanges();
    const settle = () => {
      const report = reconcileSpawns({ workbook, clock: clockAt("2026-11-25", "11:00"), lock: passThroughLock, actor: { email: null } }, loadConfig(workbook, new Set(LETTER_TYPE_CODES)));
      workbook.takeChanges();
      return report;
    };
    expect(settle().problems).toEqual([]);
    expect(rowsOf(workbook, "Peserta RCC").map((r) => [r["ID Peserta RCC"], r["ID Permohonan Asesor"], r["Nama Peserta"], r["Email Peserta"]])).toEqual([
      ["PRC-2026-00001", ID, "Sari Wulandari", "sari@contoh.id"],
      ["PRC-2026-00002", ID, "Hendra, S.T.", "hendra@contoh.id"],
    ]);
    expect(rowsOf(workbook, KOTAK_SUREL.name).map((r) => [r.Kepada, String(r.Perihal)])).toEqual([
      ["sari@contoh.id", expect.stringContaining("APL.02.RCC")], ["hendra@contoh.id", expect.stringContaining("APL.02.RCC")],
    ]);
    expect(settle()).toEqual({ created: [], queued: 0, problems: [] });
    expect(rowsOf(workbook, "Peserta RCC")).toHaveLength(2);
  });
});

describe("a training request (PELATIHAN_ASESOR, lampiran V) on the same letters", () => {
  const PAK = "PAK-2026-00001";
  function training(to: string) {
    const workbook = serviceOffice();
    addCases(workbook, serviceOf("PELATIHAN_ASESOR"), [{ "ID Permohonan Asesor": PAK, "Status Tercatat": "Diverifikasi", Status: to } as never]);
    runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Kepala);
    return workbook;
  }

  it("drafts the approval and the SPT of the Master Asesor; the refusal its letter", () => {
    const approved = training("Disetujui");
    expect(caseOf(approved, "Permohonan Asesor", PAK)).toMatchObject({ "Status Tercatat": "Disetujui", "Pesan Langkah": null });
    expect(letters(approved)).toEqual([["PERSETUJUAN_RCC", PAK, "Draf"], ["SPT_MASTER_ASESOR", PAK, "Draf"]]);
    expect(letters(training("Tidak Disetujui"))).toEqual([["PENOLAKAN_RCC", PAK, "Draf"]]);
  });

  it("opens no participant case when its approval is numbered: the accounts are the RCC's (lampiran IV, D7A)", () => {
    const workbook = training("Disetujui");
    const letter = rowsOf(workbook, SURAT.name).find((r) => r["Jenis Surat"] === "PERSETUJUAN_RCC")!;
    workbook.applyChanges([{ table: SURAT.name, patches: [{ id: String(letter["ID Surat"]), rowHint: rowsOf(workbook, SURAT.name).indexOf(letter), values: { "Status Surat": "Disetujui", "Nomor Surat": "B-71/BNSP/XI/2026", "Tanggal Surat": at("2026-11-25") } }], appends: [] }]);
    workbook.takeChanges();
    const report = reconcileSpawns({ workbook, clock: clockAt("2026-11-25", "11:00"), lock: passThroughLock, actor: { email: null } }, loadConfig(workbook, new Set(LETTER_TYPE_CODES)));
    expect(report).toEqual({ created: [], queued: 0, problems: [] });
    expect(rowsOf(workbook, "Peserta RCC")).toEqual([]);
  });
});
