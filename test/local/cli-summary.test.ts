// The printed summary: refused moves with reasons (at most LIST_LIMIT lines), statuses unsorted.
import { describe, expect, it } from "vitest";
import type { CheckSummary, RefusedMove } from "../../apps-script/core/engine/types";
import { formatSheetsSummary, formatSummary, jsonSummary, LIST_LIMIT, toJson } from "../../sync/local/cli-summary";
import type { LocalJobResult } from "../../sync/local/main-job";

function makeSummary(overrides: Partial<CheckSummary> = {}): CheckSummary {
  return {
    casesByStatus: { Diterima: 3 },
    dueSoon: 0,
    overdue: 0,
    rowsWithErrors: 0,
    movesApplied: 0,
    movesRefused: 0,
    idsAssigned: 0,
    cellsWritten: 0,
    problems: [],
    configErrors: [],
    warnings: [],
    ...overrides,
  };
}

function makeResult(summary: CheckSummary): LocalJobResult {
  return { created: false, summary, role: "Admin", cellsSaved: 4, letters: { created: 0, reworked: 0, approved: 0, pdfs: 0, note: null, lines: [] }, removedLeftovers: [] };
}

const refused = (n: number): RefusedMove[] =>
  Array.from({ length: n }, (_, i) => ({ id: `PRM-2026-${String(i + 1).padStart(5, "0")}`, from: "Diterima", to: "Penetapan", reason: "Tidak boleh dari Diterima ke Penetapan" }));

describe("the summary with refused moves", () => {
  it("lists each with its statuses and reason", () => {
    const text = formatSummary(makeResult(makeSummary({ movesRefused: 1, refusedMoves: refused(1) })), "k.xlsx", "admin@contoh.go.id");
    expect(text).toContain("Langkah ditolak (Status dikembalikan; alasan juga di kolom Pesan Langkah):\n  PRM-2026-00001 (Diterima → Penetapan): Tidak boleh dari Diterima ke Penetapan");
  });

  it(`stops after ${LIST_LIMIT} lines with "… dan N lainnya"`, () => {
    const text = formatSummary(makeResult(makeSummary({ movesRefused: 25, refusedMoves: refused(25) })), "k.xlsx", "admin@contoh.go.id");
    const lines = text.split("\n").filter((l) => l.includes("→ Penetapan"));
    expect(lines).toHaveLength(LIST_LIMIT);
    expect(text).toContain("  … dan 5 lainnya");
  });

  it("lists them for a live spreadsheet too, with the move counts", () => {
    const text = formatSheetsSummary(makeSummary({ movesApplied: 2, movesRefused: 1, refusedMoves: refused(1) }), "Google Sheets X", 7);
    expect(text).toContain("Langkah diterapkan: 2   Langkah ditolak: 1   ID baru: 0   Sel ditulis: 7");
    expect(text).toContain("PRM-2026-00001 (Diterima → Penetapan)");
  });

  it("masks a NIP that slipped into a reason", () => {
    const move = { id: "PRM-2026-00001", from: "Diterima", to: "Verifikasi", reason: "NIP 199002152015032002 tidak cocok" };
    const text = formatSummary(makeResult(makeSummary({ refusedMoves: [move] })), "k.xlsx", null);
    expect(text).not.toMatch(/\d{15}/);
    expect(toJson(jsonSummary(makeSummary({ refusedMoves: [move] })))).not.toMatch(/\d{15}/);
  });
});

describe("the cases per status", () => {
  it("keeps the order the summary gives (the workflow's), not the alphabet's", () => {
    const casesByStatus = { Permohonan: 1, Verifikasi: 2, "Uji Kompetensi": 3, Penetapan: 4, Dikembalikan: 5 };
    const text = formatSummary(makeResult(makeSummary({ casesByStatus })), "k.xlsx", null);
    const listed = text.split("\n").filter((l) => /^ {2}\S.*\s\d+$/.test(l)).map((l) => l.trim().replace(/\s+\d+$/, ""));
    expect(listed).toEqual(Object.keys(casesByStatus));
    expect(formatSheetsSummary(makeSummary({ casesByStatus }), "X", 0).indexOf("Verifikasi")).toBeLessThan(formatSheetsSummary(makeSummary({ casesByStatus }), "X", 0).indexOf("Dikembalikan"));
  });
});

describe("the JSON summary", () => {
  it("always carries refusedMoves, empty when the engine gave none", () => {
    const parsed = JSON.parse(toJson({ summary: jsonSummary(makeSummary()) }));
    expect(parsed.summary.refusedMoves).toEqual([]);
    expect(parsed.summary.casesByStatus).toEqual({ Diterima: 3 });
  });
});
