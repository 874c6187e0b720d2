// A check summary in words staff read in a dialog, a toast or the execution log.
import type { CheckSummary } from "../core/engine/types";

const MAX_LINES = 8;

const counted = (counts: Readonly<Record<string, number>>): string => Object.entries(counts).map(([status, n]) => `${status} ${n}`).join(", ");

/**
 * One line per service beyond the applications' first line, its statuses in workflow order. The
 * one service of the Permohonan register is that first line already.
 */
function serviceLines(summary: CheckSummary): string[] {
  const services = summary.casesByService ?? [];
  const onApplications = services.filter((s) => s.register === "Permohonan");
  return services
    .filter((s) => !(onApplications.length === 1 && s === onApplications[0]))
    .map((s) => `${s.name}: ${Object.values(s.casesByStatus).reduce((a, b) => a + b, 0)} kasus (${counted(s.casesByStatus)}).`);
}

export function summaryLines(summary: CheckSummary): string[] {
  if (summary.configErrors.length > 0) {
    return ["Pemeriksaan tidak dijalankan: konfigurasi belum sah.", ...summary.configErrors.slice(0, MAX_LINES)];
  }
  const total = Object.values(summary.casesByStatus).reduce((a, b) => a + b, 0);
  const byStatus = counted(summary.casesByStatus);
  const lines = [
    `${total} permohonan diperiksa${byStatus ? `: ${byStatus}` : ""}.`,
    ...serviceLines(summary),
    `Terlambat: ${summary.overdue}; segera jatuh tempo: ${summary.dueSoon}; baris bermasalah: ${summary.rowsWithErrors}.`,
    `Perpindahan status diterapkan: ${summary.movesApplied}; ditolak dan dikembalikan: ${summary.movesRefused}; ID baru: ${summary.idsAssigned}.`,
  ];
  for (const problem of summary.problems.slice(0, MAX_LINES)) lines.push(`${problem.id || "(tanpa ID)"}: ${problem.messages.join("; ")}`);
  if (summary.problems.length > MAX_LINES) lines.push(`…dan ${summary.problems.length - MAX_LINES} baris lain (lihat kolom Catatan Validasi).`);
  for (const warning of summary.warnings) lines.push(`Catatan: ${warning}`);
  return lines;
}
