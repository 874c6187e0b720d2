// The new workbook's Survei IKM sample: answers of three services, a few blanks, each service's
// IKM computable and the services in different mutu bands, so the dashboard has something to show.
import { describe, expect, it } from "vitest";
import { computeIkm, IKM_ELEMENTS, type IkmResponse } from "../../apps-script/core/domain/ikm";
import { SURVEI_IKM } from "../../apps-script/core/engine/ikm-register";
import { RegisterTable } from "../../apps-script/core/registers/table";
import { sampleTables } from "../../sync/local/sample-workbook";

describe("the sample Survei IKM", () => {
  it("holds 20–40 answers over three services, with blanks, dated before today, each service's IKM computable", () => {
    const raw = sampleTables({ now: () => new Date("2026-11-23T03:00:00Z") }).find((t) => t.name === SURVEI_IKM.name)!;
    const table = new RegisterTable(SURVEI_IKM, raw);
    expect(table.rows.length).toBeGreaterThanOrEqual(20);
    expect(table.rows.length).toBeLessThanOrEqual(40);
    expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
    const byService = new Map<string, IkmResponse[]>();
    let blanks = 0;
    for (const row of table.rows) {
      const answers = Object.fromEntries(IKM_ELEMENTS.map((e) => [e, row.get(e)])) as IkmResponse;
      blanks += IKM_ELEMENTS.filter((e) => answers[e] === null).length;
      const code = String(row.get("Kode Layanan"));
      (byService.get(code) ?? byService.set(code, []).get(code)!).push(answers);
      expect((row.get("Tanggal Isi") as { date: string }).date < "2026-11-23").toBe(true);
    }
    expect(blanks).toBeGreaterThanOrEqual(2);
    expect([...byService.keys()].sort()).toEqual(["PELATIHAN_ASESOR", "PENGADUAN", "SERTIFIKASI_PNS"]);
    const mutu = [...byService.values()].map((responses) => {
      const outcome = computeIkm(responses);
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.result.mutu;
    });
    expect(new Set(mutu).size).toBe(3);
  });
});
