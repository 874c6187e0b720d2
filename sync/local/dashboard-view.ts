// The dashboard's figures for the local product: a few summary lines for `npm start` and a
// self-contained HTML page (surat/dasbor.html) with plain HTML bars, no script and no outside service.
import type { DashboardFigures, IkmFigure } from "../../apps-script/core/engine/dashboard";
import { escapeHtml } from "../../apps-script/core/letters/template-runtime";

export const DASHBOARD_FILE = "dasbor.html";

/** 33.3 → "33,3%": Indonesian decimal comma. */
export function percentText(value: number | null): string {
  return value === null ? "-" : `${String(value).replace(".", ",")}%`;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const ikmText = (i: IkmFigure): string => `${i.name} ${String(i.value).replace(".", ",")} (${i.mutu}, ${i.words}, ${i.respondents} responden)`;

/** Compact lines for the summary: the 12 months' totals, this month, complaints and IKM. */
export function dashboardLines(figures: DashboardFigures, htmlPath: string | null): string[] {
  const finished = figures.promise.reduce((n, m) => n + m.finished, 0);
  const within = figures.promise.reduce((n, m) => n + m.withinPromise, 0);
  const month = figures.promise.at(-1)!;
  const received = figures.complaints.reduce((n, m) => n + m.received, 0);
  const answered = figures.complaints.reduce((n, m) => n + m.answeredWithin, 0);
  const open = figures.complaints.reduce((n, m) => n + m.open, 0);
  const lines = [
    "",
    `Dasbor (${figures.promise.length} bulan sampai ${month.month}):`,
    `  Selesai dalam janji layanan: ${within} dari ${finished} (${percentText(share(within, finished))}); bulan ini ${month.withinPromise} dari ${month.finished}`,
    `  Pengaduan: ${received} diterima, ${answered} dijawab ≤ 3 hari kerja (${percentText(share(answered, received))}), ${open} belum dijawab`,
  ];
  if (figures.ikm === null) lines.push("  IKM: tab Survei IKM belum ada");
  else {
    const valued = figures.ikm.filter((i) => i.value !== null);
    const rest = figures.ikm.length - valued.length;
    const period = figures.ikm[0]?.period ?? "";
    lines.push(`  IKM triwulan ${period}: ${[...valued.map(ikmText), ...(rest > 0 ? [`${rest} layanan belum ada jawaban`] : [])].join("; ") || "belum ada layanan"}`);
  }
  if (htmlPath) lines.push(`  Dasbor lengkap: ${htmlPath}`);
  return lines;
}

/** Markup built here, not text from a register: written as it is. */
interface Markup {
  readonly html: string;
}

/** One horizontal bar (a fraction of its full width, 0–1). */
function bar(fraction: number, label: string): Markup {
  const width = Math.max(0, Math.min(100, Math.round(fraction * 1000) / 10));
  return { html: `<div class="bar"><span style="width:${width}%"></span><b>${escapeHtml(label)}</b></div>` };
}

function table(headers: readonly string[], rows: readonly (readonly (string | Markup)[])[]): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${typeof c === "string" ? escapeHtml(c) : c.html}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The whole page: the same sections as the Dasbor tab, bars drawn with HTML. */
export function dashboardHtml(figures: DashboardFigures, office: string): string {
  const most = Math.max(1, ...figures.services.map((s) => s.total));
  const services = table(["Layanan", "Register", "Jumlah", "Terlambat", "Segera", ""],
    figures.services.map((s) => [s.name, s.register, String(s.total), String(s.overdue), String(s.dueSoon), bar(s.total / most, String(s.total))]));
  const steps = table(["Layanan", "Tahap", "Jumlah"], figures.services.flatMap((s) => s.byStatus.map((c) => [s.name, c.status, String(c.count)])));
  const promise = table(["Bulan", "Selesai", "Dalam janji", ""],
    figures.promise.map((m) => [m.month, String(m.finished), String(m.withinPromise), bar((m.percent ?? 0) / 100, percentText(m.percent))]));
  const complaints = table(["Bulan", "Diterima", "≤ 3 hari kerja", "> 3 hari kerja", "Belum dijawab", ""],
    figures.complaints.map((m) => [m.month, String(m.received), String(m.answeredWithin), String(m.answeredLate), String(m.open), bar((m.percent ?? 0) / 100, percentText(m.percent))]));
  const ikm = figures.ikm === null
    ? "<p>Tab Survei IKM belum ada: belum ada angka IKM.</p>"
    : table(["Layanan", "Periode", "IKM", "Mutu", "Kinerja", "Responden", ""],
      figures.ikm.map((i) => [i.name, i.period, i.value === null ? "-" : String(i.value).replace(".", ","), i.mutu ?? "-", i.words, String(i.respondents), bar(i.value === null ? 0 : i.value / 100, i.value === null ? i.words : String(i.value).replace(".", ","))]));
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Dasbor Layanan — ${escapeHtml(office)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}th{background:#f0f0f0}
.bar{position:relative;width:220px;height:16px;background:#eee}.bar span{position:absolute;left:0;top:0;bottom:0;background:#4a7fc1}
.bar b{position:relative;font-size:11px;font-weight:normal;padding-left:4px}
</style></head><body>
<h1>Dasbor Layanan — ${escapeHtml(office)}</h1>
<p>Per ${escapeHtml(figures.asOf)}. Angka dari register kasus sebagaimana diperiksa mesin.</p>
<h2>Kasus per layanan</h2>
${services}
<h2>Selesai dalam janji layanan per bulan</h2>
${promise}
<h2>Pengaduan dijawab dalam 3 hari kerja (per bulan diterima)</h2>
${complaints}
<h2>Indeks Kepuasan Masyarakat per layanan (PermenPANRB 14/2017)</h2>
${ikm}
<h2>Kasus per layanan dan tahap</h2>
${steps}
</body></html>
`;
}
