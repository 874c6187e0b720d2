// What `npm start` prints after a run: the summary for staff, or JSON for scripts.
import type { CheckSummary, RefusedMove, ServiceCounts } from "../../apps-script/core/engine/types";
import type { DashboardFigures } from "../../apps-script/core/engine/dashboard";
import { DASHBOARD_TAB } from "../../apps-script/core/engine/dashboard-grid";
import { redactPersonalNumbers } from "../../apps-script/core/text/sanitize";
import { relative } from "node:path";
import { dashboardLines } from "./dashboard-view";
import type { LocalJobResult } from "./main-job";

/** Lines of a list longer than this end in "… dan N lainnya": the workbook has the rest. */
export const LIST_LIMIT = 20;

function limited<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(line);
  if (items.length > LIST_LIMIT) lines.push(`  … dan ${items.length - LIST_LIMIT} lainnya`);
  return lines;
}

/** The refused moves and why, so staff need not hunt for them in the Pesan Langkah column. */
export function refusedMoveLines(summary: CheckSummary): string[] {
  const refused = summary.refusedMoves ?? [];
  if (refused.length === 0) return [];
  return ["", "Langkah ditolak (Status dikembalikan; alasan juga di kolom Pesan Langkah):", ...limited(refused, (r) => `  ${r.id} (${r.from} → ${r.to}): ${r.reason}`)];
}

/** Cases per status in the order the summary gives them (the workflow's order): never sorted here. */
function countLines(casesByStatus: Readonly<Record<string, number>>, indent: string): string[] {
  const entries = Object.entries(casesByStatus);
  const width = Math.max(...entries.map(([status]) => status.length), 10);
  return entries.map(([status, count]) => `${indent}${status.padEnd(width)}  ${count}`);
}

function statusLines(summary: CheckSummary): string[] {
  return Object.keys(summary.casesByStatus).length === 0 ? ["  (belum ada permohonan)"] : countLines(summary.casesByStatus, "  ");
}

const caseTotal = (service: ServiceCounts): number => Object.values(service.casesByStatus).reduce((a, b) => a + b, 0);

/**
 * Every service with its cases per status (its workflow's order), after "Permohonan per tahap".
 * The one service of the Permohonan register gets a single line: its statuses are those above.
 */
export function serviceLines(summary: CheckSummary): string[] {
  const services = summary.casesByService ?? [];
  if (services.length === 0) return [];
  const onApplications = services.filter((s) => s.register === "Permohonan");
  const lines = ["", "Layanan per tahap:"];
  for (const service of services) {
    const head = `  ${service.name} (${service.register}): ${caseTotal(service)} kasus`;
    if (onApplications.length === 1 && service === onApplications[0]) lines.push(`${head}, rinciannya di "Permohonan per tahap"`);
    else lines.push(head, ...countLines(service.casesByStatus, "    "));
  }
  return lines;
}

const configErrorLines = (summary: CheckSummary): string[] => ["Konfigurasi belum sah, tidak ada yang diubah:", ...summary.configErrors.map((e) => `  - ${e}`)];

/** The dashboard's figures after the counts, the same lines for every place; `where` names the full dashboard. */
function dashboardSection(figures: DashboardFigures | null | undefined, where: string | null): string[] {
  return figures ? dashboardLines(figures, where) : [];
}

export function formatSheetsSummary(summary: CheckSummary, where: string, cellsWritten: number, dashboard: DashboardFigures | null = null): string {
  const lines = [`Spreadsheet: ${where}`];
  if (summary.configErrors.length > 0) return safe([...lines, ...configErrorLines(summary)]);
  lines.push("", "Permohonan per tahap:", ...statusLines(summary), ...serviceLines(summary), "");
  lines.push(`Segera jatuh tempo: ${summary.dueSoon}   Terlambat: ${summary.overdue}   Baris bermasalah: ${summary.rowsWithErrors}`);
  lines.push(`Langkah diterapkan: ${summary.movesApplied}   Langkah ditolak: ${summary.movesRefused}   ID baru: ${summary.idsAssigned}   Sel ditulis: ${cellsWritten}`);
  lines.push(...refusedMoveLines(summary));
  lines.push(...dashboardSection(dashboard, `tab ${DASHBOARD_TAB} di spreadsheet`));
  return safe(lines);
}

export function formatSummary(result: LocalJobResult, path: string, actor: string | null): string {
  const s: CheckSummary = result.summary;
  const lines = [`Buku kerja: ${path}${result.created ? " (baru dibuat dengan data contoh)" : ""}`];
  lines.push(`Bertindak sebagai: ${actor ?? "tidak dikenal"} (${result.role ?? "tanpa peran: langkah akan ditolak"})`);
  if (s.configErrors.length > 0) return safe([...lines, "", ...configErrorLines(s)]);
  lines.push("", "Permohonan per tahap:", ...statusLines(s), ...serviceLines(s));
  lines.push(
    "",
    `Segera jatuh tempo: ${s.dueSoon}   Terlambat: ${s.overdue}   Baris bermasalah: ${s.rowsWithErrors}`,
    `Langkah diterapkan: ${s.movesApplied}   Langkah ditolak: ${s.movesRefused}   ID baru: ${s.idsAssigned}   Sel diperbarui: ${result.cellsSaved}`,
  );
  lines.push(...refusedMoveLines(s));
  lines.push(...dashboardSection(result.dashboard, result.dashboardFile ? shownPath(result.dashboardFile) : null));
  if (s.problems.length > 0) {
    lines.push("", "Baris bermasalah (lihat kolom Catatan Validasi):", ...limited(s.problems, (p) => `  ${p.id}: ${p.messages.join("; ")}`));
  }
  const l = result.letters;
  if (l.created + l.reworked + l.approved > 0) {
    lines.push("", `Surat: ${l.created} dibuat untuk ditinjau, ${l.reworked} dibuat ulang, ${l.approved} disetujui dan diberi nomor, ${l.pdfs} PDF.`);
    if (l.note) lines.push(`  ${l.note}`);
  }
  if (result.digest && result.digest.length > 0) lines.push("", ...result.digest);
  const approvals = l.lines.filter((line) => !line.includes("disetujui dan diberi nomor:"));
  if (approvals.length > 0) lines.push("", ...approvals.map((line) => `Surat: ${line}`));
  if (result.removedLeftovers.length > 0) lines.push("", `Berkas sementara sisa proses yang terhenti dihapus: ${result.removedLeftovers.join(", ")}`);
  if (s.warnings.length > 0) lines.push("", ...s.warnings.map((w) => `Catatan: ${w}`));
  if (result.cellsSaved === 0 && !result.created) lines.push("", "Tidak ada perubahan sejak pemeriksaan terakhir.");
  return safe(lines);
}

/** The summary with every optional list present, so a script reads `refusedMoves` without a guard. */
export function jsonSummary(summary: CheckSummary): CheckSummary & { readonly refusedMoves: readonly RefusedMove[] } {
  // The digest's case list is the engine's working data, not part of the summary.
  const { dueCases: _due, ...rest } = summary;
  return { ...rest, refusedMoves: summary.refusedMoves ?? [] };
}

/** `--json` of a `--spreadsheet` run: the same keys as the local run's (`summary`, `dashboard`), `spreadsheet` for `path`. */
export function spreadsheetJson(result: { readonly summary: CheckSummary; readonly dashboard: DashboardFigures | null }, where: string): string {
  return toJson({ spreadsheet: where, ...result, summary: jsonSummary(result.summary) });
}

/** JSON for `--json`, with every string passed through the NIK/NIP mask. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? redactPersonalNumbers(v) : v), 2);
}

/** A path under the working folder as relative, any other as it is. */
function shownPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === "" || near.startsWith("..") ? path : near;
}

// The engine masks what it reports; the mask is applied once more to what leaves the process.
const safe = (lines: readonly string[]): string => redactPersonalNumbers(lines.join("\n"));
