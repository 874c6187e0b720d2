// A check summary in words staff read in a dialog, a toast or the execution log.
import type { CheckSummary } from "../core/engine/types";

const MAX_LINES = 8;

export function summaryLines(summary: CheckSummary): string[] {
  if (summary.configErrors.length > 0) {
    return ["Pemeriksaan tidak dijalankan: konfigurasi belum sah.", ...summary.configErrors.slice(0, MAX_LINES)];
  }
  const total = Object.values(summary.casesByStatus).reduce((a, b) => a + b, 0);
  const byStatus = Object.entries(summary.casesByStatus)
    .map(([status, n]) => `${status} ${n}`)
    .join(", ");
  const lines = [
    `${total} permohonan diperiksa${byStatus ? `: ${byStatus}` : ""}.`,
    `Terlambat: ${summary.overdue}; segera jatuh tempo: ${summary.dueSoon}; baris bermasalah: ${summary.rowsWithErrors}.`,
    `Perpindahan status diterapkan: ${summary.movesApplied}; ditolak dan dikembalikan: ${summary.movesRefused}; ID baru: ${summary.idsAssigned}.`,
  ];
  for (const problem of summary.problems.slice(0, MAX_LINES)) lines.push(`${problem.id || "(tanpa ID)"}: ${problem.messages.join("; ")}`);
  if (summary.problems.length > MAX_LINES) lines.push(`…dan ${summary.problems.length - MAX_LINES} baris lain (lihat kolom Catatan Validasi).`);
  for (const warning of summary.warnings) lines.push(`Catatan: ${warning}`);
  return lines;
}
