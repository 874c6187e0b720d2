// The Apps Script summary in words: the applications' line first, then one line per other service.
import { describe, expect, it } from "vitest";
import type { CheckSummary, ServiceCounts } from "../../apps-script/core/engine/types";
import { summaryLines } from "../../apps-script/gas/summary-text";

function makeSummary(overrides: Partial<CheckSummary> = {}): CheckSummary {
  return {
    casesByStatus: { Diterima: 2, Verifikasi: 1 }, dueSoon: 0, overdue: 0, rowsWithErrors: 0, movesApplied: 0, movesRefused: 0, idsAssigned: 0,
    cellsWritten: 0, problems: [], configErrors: [], warnings: [], ...overrides,
  };
}

const service = (name: string, register: string, casesByStatus: Record<string, number>): ServiceCounts => ({ code: name.toUpperCase(), name, register, casesByStatus });

describe("with cases of several services", () => {
  it("gives each service beyond the applications one line, statuses in the order given", () => {
    const lines = summaryLines(makeSummary({
      casesByService: [
        service("Sertifikasi", "Permohonan", { Diterima: 2, Verifikasi: 1 }),
        service("Surat Masuk BNSP", "Surat Masuk", { Diterima: 1, Didisposisi: 2 }),
        service("Pengelolaan Pengaduan", "Pengaduan", { Dijawab: 1 }),
      ],
    }));
    expect(lines.slice(0, 3)).toEqual([
      "3 permohonan diperiksa: Diterima 2, Verifikasi 1.",
      "Surat Masuk BNSP: 3 kasus (Diterima 1, Didisposisi 2).",
      "Pengelolaan Pengaduan: 1 kasus (Dijawab 1).",
    ]);
  });

  it("names each service of the Permohonan register when there are several", () => {
    const lines = summaryLines(makeSummary({ casesByService: [service("Skema A", "Permohonan", { Diterima: 2 }), service("Skema B", "Permohonan", { Verifikasi: 1 })] }));
    expect(lines.slice(1, 3)).toEqual(["Skema A: 2 kasus (Diterima 2).", "Skema B: 1 kasus (Verifikasi 1)."]);
  });
});

describe("without services in the summary", () => {
  it("keeps the lines it always had", () => {
    expect(summaryLines(makeSummary())[1]).toMatch(/^Terlambat: 0/);
  });
});
