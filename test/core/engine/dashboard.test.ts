import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { COMPLAINT_SERVICE, dashboardFigures, monthsUpTo, NO_IKM_ANSWERS, quarterOf } from "../../../apps-script/core/engine/dashboard";
import { DASHBOARD_CHARTS, dashboardGrid, GRID_WIDTH, SECTION_ROWS } from "../../../apps-script/core/engine/dashboard-grid";
import { SURVEI_IKM } from "../../../apps-script/core/engine/ikm-register";
import { computeIkm, IKM_ELEMENTS, type IkmAnswer, type IkmResponse } from "../../../apps-script/core/domain/ikm";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { append, at, type Row } from "../../case-factories";
import { makeApplication, makeOffice } from "../../factories";

const TODAY = "2026-12-03" as LocalDate;

function permohonan(id: string, cells: Row): Row {
  return { ...makeApplication({ "ID Permohonan": id }), ...cells };
}

function complaint(id: string, received: Row[string], cells: Row = {}): Row {
  return { "ID Pengaduan": id, "Waktu Diterima": received, Saluran: "Langsung", "Nama Pengadu": "Budi", "Isi Pengaduan": "Lambat", ...cells };
}

function survey(id: string, service: string, date: string, answers: readonly (IkmAnswer | null)[]): Row {
  const row: Row = { "ID Jawaban": id, "Kode Layanan": service, "Tanggal Isi": at(date) };
  IKM_ELEMENTS.forEach((element, i) => (row[element] = answers[i] ?? null));
  return row;
}

function office(): MemoryWorkbook {
  const workbook = makeOffice();
  append(workbook, "Permohonan", [
    // Finished in October, one on each side of its promise.
    permohonan("PRM-2026-00001", { "Status Tercatat": "Selesai", "Status Sejak": at("2026-10-10"), "Tenggat Layanan": at("2026-10-15") }),
    permohonan("PRM-2026-00002", { "Status Tercatat": "Selesai", "Status Sejak": at("2026-10-20"), "Tenggat Layanan": at("2026-10-15") }),
    permohonan("PRM-2026-00003", { "Status Tercatat": "Verifikasi", "Status Sejak": at("2026-11-20"), Penanda: "Terlambat" }),
    permohonan("PRM-2026-00004", { "Status Tercatat": "Verifikasi", "Status Sejak": at("2026-12-01"), Penanda: "Segera" }),
    permohonan("PRM-2026-00005", { "Status Tercatat": "Verifikasi", "Status Sejak": at("2026-12-02") }),
  ]);
  append(workbook, "Pengaduan", [
    // Monday 2 November 10:00: Thursday is 3 working days on, Friday 4.
    complaint("ADU-2026-00001", at("2026-11-02", "10:00"), { "Status Tercatat": "Dijawab", "Status Sejak": at("2026-11-05") }),
    complaint("ADU-2026-00002", at("2026-11-02", "10:00"), { "Status Tercatat": "Dijawab", "Status Sejak": at("2026-11-06") }),
    complaint("ADU-2026-00003", at("2026-11-30", "10:00"), { "Status Tercatat": "Ditindaklanjuti", "Status Sejak": at("2026-12-01") }),
  ]);
  return workbook;
}

describe("dashboard figures", () => {
  describe("with cases in Permohonan and Pengaduan", () => {
    const workbook = office();
    const figures = dashboardFigures(loadConfig(workbook), workbook, TODAY);

    it("counts cases per service and state, with the engine's overdue and due-soon flags", () => {
      const prm = figures.services.find((s) => s.register === "Permohonan")!;
      expect(prm.total).toBe(5);
      expect(prm.byStatus).toEqual([{ status: "Verifikasi", count: 3 }, { status: "Selesai", count: 2 }]);
      expect([prm.overdue, prm.dueSoon]).toEqual([1, 1]);
      const adu = figures.services.find((s) => s.code === COMPLAINT_SERVICE)!;
      expect(adu.byStatus).toEqual([{ status: "Ditindaklanjuti", count: 1 }, { status: "Dijawab", count: 2 }]);
    });

    it("gives the share finished within the promise per month, a case on each side", () => {
      expect(figures.promise.map((m) => m.month)).toEqual(monthsUpTo(TODAY, 12));
      expect(figures.promise.find((m) => m.month === "2026-10")).toEqual({ month: "2026-10", finished: 2, withinPromise: 1, percent: 50 });
      expect(figures.promise.find((m) => m.month === "2026-11")!.percent).toBeNull();
    });

    it("counts a complaint answered in 3 working days as within and one in 4 as late", () => {
      expect(figures.complaints.find((m) => m.month === "2026-11")).toEqual({ month: "2026-11", received: 3, answeredWithin: 1, answeredLate: 1, open: 1, percent: 33.3 });
    });

    it("has no IKM figures when the Survei IKM tab is absent", () => {
      const tables = office().tableNames().filter((name) => name !== SURVEI_IKM.name).map((name) => office().readTable(name)!);
      const withoutTab = new MemoryWorkbook(tables);
      expect(withoutTab.readTable(SURVEI_IKM.name)).toBeNull();
      expect(figures.ikm).not.toBeNull(); // a new workbook has the tab (set-up makes it), with no answers
      expect(dashboardFigures(loadConfig(withoutTab), withoutTab, TODAY).ikm).toBeNull();
    });
  });

  describe("with survey answers", () => {
    const workbook = office();
    workbook.ensureTable(SURVEI_IKM.name, SURVEI_IKM.columns.map((c) => c.header));
    const rows = [
      survey("J1", "SERTIFIKASI_PNS", "2026-10-05", [4, 4, 3, 4, 3, 4, 4, 3, 4]),
      survey("J2", "SERTIFIKASI_PNS", "2026-11-05", [3, 3, null, 4, 3, 3, 4, 3, 2]),
      survey("J3", "SERTIFIKASI_PNS", "2026-12-01", [4, 3, 3, 4, 4, 4, 4, 4, 4]),
      survey("J4", "SERTIFIKASI_PNS", "2026-09-30", [1, 1, 1, 1, 1, 1, 1, 1, 1]), // last quarter: not counted
    ];
    append(workbook, SURVEI_IKM.name, rows);
    const config = loadConfig(workbook);
    const figures = dashboardFigures(config, workbook, TODAY);
    const code = [...config.services.values()].find((s) => s.register === "Permohonan")!.code;

    it("computes IKM per service for the quarter exactly as computeIkm does on the same rows", () => {
      const responses: IkmResponse[] = rows.slice(0, 3).map((r) => Object.fromEntries(IKM_ELEMENTS.map((e) => [e, r[e] as IkmAnswer | null])));
      const expected = computeIkm(responses);
      if (!expected.ok) throw new Error(expected.message);
      const prm = figures.ikm!.find((i) => i.code === code)!;
      expect(code).toBe("SERTIFIKASI_PNS");
      expect(prm).toMatchObject({ period: quarterOf(TODAY), value: expected.result.value, mutu: expected.result.mutu, words: expected.result.words, respondents: 3 });
    });

    it("counts a case answering twice as one respondent, its first answer", () => {
      const twice = office();
      twice.ensureTable(SURVEI_IKM.name, SURVEI_IKM.columns.map((c) => c.header));
      const first: Row = { ...survey("K1", "SERTIFIKASI_PNS", "2026-10-05", [4, 4, 4, 4, 4, 4, 4, 4, 4]), "ID Kasus": "PRM-2026-00001" };
      const again: Row = { ...survey("K2", "SERTIFIKASI_PNS", "2026-10-06", [1, 1, 1, 1, 1, 1, 1, 1, 1]), "ID Kasus": "PRM-2026-00001" };
      const other: Row = { ...survey("K3", "SERTIFIKASI_PNS", "2026-10-07", [3, 3, 3, 3, 3, 3, 3, 3, 3]), "ID Kasus": "PRM-2026-00002" };
      // Recorded out of date order: the earlier Tanggal Isi still wins.
      append(twice, SURVEI_IKM.name, [again, other, first]);
      const ikm = dashboardFigures(loadConfig(twice), twice, TODAY).ikm!.find((i) => i.code === "SERTIFIKASI_PNS")!;
      const expected = computeIkm([first, other].map((r) => Object.fromEntries(IKM_ELEMENTS.map((e) => [e, r[e] as IkmAnswer | null]))));
      if (!expected.ok) throw new Error(expected.message);
      expect(ikm).toMatchObject({ respondents: 2, value: expected.result.value });
    });

    it("shows a service with no answers as not yet answered", () => {
      const adu = figures.ikm!.find((i) => i.code === COMPLAINT_SERVICE)!;
      expect(adu).toMatchObject({ value: null, mutu: null, words: NO_IKM_ANSWERS, respondents: 0 });
    });
  });
});

describe("dashboard grid", () => {
  const workbook = office();
  const grid = dashboardGrid(dashboardFigures(loadConfig(workbook), workbook, TODAY));
  const cell = (a1: string): unknown => {
    const [, column, row] = /^([A-Z])(\d+)$/.exec(a1)!;
    return grid[Number(row) - 1]?.[column!.charCodeAt(0) - 65];
  };

  it("is a rectangle of the fixed width", () => {
    expect(grid.every((row) => row.length === GRID_WIDTH)).toBe(true);
  });

  it("puts each section's headers on its fixed row, so the charts' ranges hold", () => {
    expect(cell(`A${SECTION_ROWS.promise}`)).toBe("Bulan");
    expect(cell(`D${SECTION_ROWS.promise + 10}`)).toBe(50); // October is the 10th of the 12 months
    expect(cell(`F${SECTION_ROWS.complaints + 11}`)).toBe(33.3);
    expect(cell(`A${SECTION_ROWS.services}`)).toBe("Layanan");
    expect(cell(`A${SECTION_ROWS.ikm}`)).toBe("Layanan");
    expect(cell(`C${SECTION_ROWS.steps}`)).toBe("Jumlah");
    for (const chart of DASHBOARD_CHARTS) for (const range of chart.ranges) expect(cell(range.split(":")[0]!)).not.toBeNull();
  });
});
