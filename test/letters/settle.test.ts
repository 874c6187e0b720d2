import { describe, expect, it } from "vitest";
import { loadConfig } from "../../apps-script/core/engine/config";
import { replayHistory } from "../../apps-script/core/engine/history";
import { readHistories } from "../../apps-script/core/engine/history";
import { settleApprovals } from "../../apps-script/core/letters/settle";
import type { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { RIWAYAT, SURAT } from "../../apps-script/core/registers/catalog";
import { readRegister } from "../../apps-script/core/registers/table";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../factories";

const rows = (wb: MemoryWorkbook, name: string) => {
  const t = wb.readTable(name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
};

function bookWithApproval(): MemoryWorkbook {
  const wb = makeOffice([makeApplication()]);
  wb.applyChanges([{ table: SURAT.name, patches: [], appends: [
    { "ID Surat": "SRT-1", "Jenis Surat": "TANDA_TERIMA", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Disetujui", "Tautan Dokumen": "file:///tmp/a.html" },
  ] }]);
  return wb;
}
const settle = (wb: MemoryWorkbook, actor: string | null) =>
  settleApprovals({ workbook: wb, clock: clockAt("2026-11-04", "10:15"), lock: passThroughLock }, loadConfig(wb), { actorEmail: actor, ids: "all", markClaimed: false });

describe("approving letters in the letter book", () => {
  for (const actor of ["petugas@contoh.go.id", "orang.lain@contoh.go.id", null]) {
    it(`refuses an approval by ${actor ?? "an unknown user"}: no number, status put back, the attempt on record`, () => {
      const wb = bookWithApproval();
      const report = settle(wb, actor);
      expect(report.approved).toEqual([]);
      expect(report.refused).toEqual(["SRT-1"]);
      expect(rows(wb, SURAT.name)[0]).toMatchObject({ "Status Surat": "Menunggu Persetujuan", "Nomor Surat": null });
      expect(rows(wb, RIWAYAT.name).at(-1)).toMatchObject({ Hasil: "Ditolak", Oleh: actor ?? "tidak dikenal", "ID Permohonan": "PRM-2026-00001" });
    });
  }

  it("numbers an approval by the Kepala and records who approved and when", () => {
    const wb = bookWithApproval();
    const report = settle(wb, "kepala@contoh.go.id");
    expect(report.approved.map((a) => a.id)).toEqual(["SRT-1"]);
    expect(rows(wb, SURAT.name)[0]!["Nomor Surat"]).toMatch(/^800\/1\/BPSDM\/XI\/2026$/);
    expect(rows(wb, RIWAYAT.name).at(-1)).toMatchObject({
      Oleh: "kepala@contoh.go.id", Peran: "Kepala", Hasil: "Diterapkan", Waktu: { kind: "date", date: "2026-11-04", minuteOfDay: 615 },
      Keterangan: expect.stringMatching(/SRT-1 \(Tanda Terima Permohonan\) disetujui dengan nomor 800\/1\/BPSDM\/XI\/2026/),
    });
  });

  it("a letter event in Riwayat is not a move of the case", () => {
    const wb = bookWithApproval();
    settle(wb, "kepala@contoh.go.id");
    const histories = readHistories(readRegister(wb, RIWAYAT));
    const config = loadConfig(wb);
    expect(histories.get("PRM-2026-00001") ?? []).toEqual([]);
    expect(replayHistory([], config.workflows.get("SERTIFIKASI_PNS")!, config.calendar, 900)).toBeNull();
  });
});
