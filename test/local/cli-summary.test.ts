// The printed summary: refused moves with reasons (at most LIST_LIMIT lines), statuses unsorted.
import { describe, expect, it } from "vitest";
import type { CheckSummary, RefusedMove, ServiceCounts } from "../../apps-script/core/engine/types";
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

const service = (name: string, register: string, casesByStatus: Record<string, number>): ServiceCounts => ({ code: name.toUpperCase(), name, register, casesByStatus });

describe("with cases of several services", () => {
  const casesByService = [
    service("Sertifikasi", "Permohonan", { Diterima: 3 }),
    service("Surat Masuk BNSP", "Surat Masuk", { Diterima: 1, Didisposisi: 2, "Diteruskan ke Bagian": 1 }),
    service("Pengaduan", "Pengaduan", { Dijawab: 1 }),
  ];

  it("keeps 'Permohonan per tahap' and lists every service after it, statuses in the order given", () => {
    const text = formatSummary(makeResult(makeSummary({ casesByService })), "k.xlsx", null);
    expect(text).toContain("Permohonan per tahap:\n  Diterima    3\n\nLayanan per tahap:\n");
    expect(text).toContain('  Sertifikasi (Permohonan): 3 kasus, rinciannya di "Permohonan per tahap"\n  Surat Masuk BNSP (Surat Masuk): 4 kasus\n');
    expect(text).toContain("    Diterima              1\n    Didisposisi           2\n    Diteruskan ke Bagian  1\n  Pengaduan (Pengaduan): 1 kasus\n    Dijawab     1\n");
    expect(formatSheetsSummary(makeSummary({ casesByService }), "X", 0)).toContain("  Pengaduan (Pengaduan): 1 kasus\n    Dijawab     1");
  });

  it("lists each service of the Permohonan register in full when there are several", () => {
    const two = [service("Sertifikasi A", "Permohonan", { Diterima: 2 }), service("Sertifikasi B", "Permohonan", { Verifikasi: 1 })];
    const text = formatSummary(makeResult(makeSummary({ casesByService: two })), "k.xlsx", null);
    expect(text).toContain("  Sertifikasi A (Permohonan): 2 kasus\n    Diterima    2\n  Sertifikasi B (Permohonan): 1 kasus\n    Verifikasi  1");
  });

  it("prints no service block for a summary without them", () => {
    expect(formatSummary(makeResult(makeSummary()), "k.xlsx", null)).not.toContain("Layanan per tahap");
  });
});

describe("the summary after the daily digest was queued", () => {
  it("prints the digest line as its own paragraph, and nothing when none was queued", () => {
    const line = "Ringkasan harian: 3 surel diantre di tab Kotak Surel (Petugas 2, Kepala 1).";
    expect(formatSummary({ ...makeResult(makeSummary()), digest: [line] }, "k.xlsx", null)).toContain(`\n\n${line}`);
    expect(formatSummary({ ...makeResult(makeSummary()), digest: [] }, "k.xlsx", null)).not.toContain("Ringkasan harian");
  });
});

describe("the JSON summary", () => {
  it("always carries refusedMoves, empty when the engine gave none", () => {
    const parsed = JSON.parse(toJson({ summary: jsonSummary(makeSummary()) }));
    expect(parsed.summary.refusedMoves).toEqual([]);
    expect(parsed.summary.casesByStatus).toEqual({ Diterima: 3 });
  });
});
