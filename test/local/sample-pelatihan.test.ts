// The training samples of the demo workbook (seed 003, lampiran V) on the first run: the three
// whose Status staff changed move, the one still missing D13/D14 waits in Pelatihan and is held
// there when asked to move on, and the Dokumen Kasus rows cover every step each case has left.
import { describe, expect, it } from "vitest";
import { runCheck } from "../../apps-script/core/engine/run-check";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { DOKUMEN_KASUS } from "../../apps-script/core/registers/catalog";
import { serviceStateRows } from "../../apps-script/core/seed/services";
import { fixedClock } from "../../sync/local/node-ports";
import { sampleTables } from "../../sync/local/sample-workbook";
import { auditOf, caseOf, editCase, rowsOf } from "../case-factories";

const R = "Permohonan Asesor";
const ACTOR = { email: "admin@contoh.go.id" };
const run = (workbook: MemoryWorkbook, iso: string) => runCheck({ workbook, clock: fixedClock(iso), lock: { runExclusive: (f) => f() }, actor: ACTOR });

describe.each(["2026-11-20T03:00:00Z", "2026-03-30T00:30:00Z"])("the first run at %s", (now) => {
  const workbook = new MemoryWorkbook(sampleTables(fixedClock(now)));
  const year = now.slice(0, 4);
  const id = (n: number) => `PAK-${year}-0000${n}`;
  const summary = run(workbook, now);

  it("moves the cases staff moved and keeps the others where their history left them", () => {
    expect(summary.configErrors).toEqual([]);
    const status = (n: number) => caseOf(workbook, R, id(n))["Status Tercatat"];
    expect([1, 2, 3, 4, 5].map(status)).toEqual(["Diverifikasi", "Asesmen", "Pelatihan", "Ditolak", "Selesai"]);
    for (const n of [1, 2, 3, 4, 5]) {
      expect(caseOf(workbook, R, id(n))["Pesan Langkah"], id(n)).toBeNull();
      expect(auditOf(workbook, id(n)).every((a) => a.Hasil === "Diterapkan"), id(n)).toBe(true);
    }
    expect(summary.casesByService).toContainEqual(expect.objectContaining({ code: "PELATIHAN_ASESOR", casesByStatus: { Diverifikasi: 1, Asesmen: 1, Pelatihan: 1, Ditolak: 1, Selesai: 1 } }));
  });

  it("has on file the documents of every state each case has left", () => {
    const expected = new Map(serviceStateRows().filter((r) => r["Kode Alur"] === "PELATIHAN_ASESOR").map((r) => [r.Status, String(r["Dokumen Diharapkan"])]));
    const onFile = rowsOf(workbook, DOKUMEN_KASUS.name);
    for (const n of [2, 4, 5]) {
      const left = auditOf(workbook, id(n)).map((a) => a.Dari).filter((d) => d !== null);
      const codes = left.flatMap((state) => expected.get(String(state))!.split(", ").filter((c) => c !== ""));
      const present = onFile.filter((d) => d["ID Kasus"] === id(n) && d.Ada === "Ya").map((d) => d["Kode Dokumen"]);
      expect(present, id(n)).toEqual(expect.arrayContaining(codes));
    }
  });

  it("holds the case still in training when staff ask for Asesmen, naming D13 and D14", () => {
    editCase(workbook, R, id(3), { Status: "Asesmen", "Tanggal Asesmen": caseOf(workbook, R, id(2))["Tanggal Asesmen"]! });
    run(workbook, now.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, "0")}`));
    const row = caseOf(workbook, R, id(3));
    expect(row["Status Tercatat"]).toBe("Pelatihan");
    expect(row["Pesan Langkah"]).toBe("Langkah Pelatihan → Asesmen belum memenuhi syarat: dokumen belum ada di Dokumen Kasus: D13, D14");
  });
});
