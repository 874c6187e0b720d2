// The Dasbor tab as one grid of cells: fixed sections at fixed rows, so the native charts set-up
// makes once keep pointing at the right cells however many cases or services there are. The tab is
// the engine's alone: each refresh rewrites it whole in one write.
import { type CellValue, dateCell } from "../ports";
import { DASHBOARD_MONTHS, type DashboardFigures } from "./dashboard";

export const DASHBOARD_TAB = "Dasbor";
/** Columns A–F. */
export const GRID_WIDTH = 6;
/** Rows kept for services in the per-service sections; more are summed up in one line. */
export const SERVICE_SLOTS = 30;

/** 1-based sheet rows of each section's column headers; the data rows follow directly. */
export const SECTION_ROWS = {
  promise: 4,
  complaints: 4 + DASHBOARD_MONTHS + 3,
  services: 4 + 2 * (DASHBOARD_MONTHS + 3),
  ikm: 4 + 2 * (DASHBOARD_MONTHS + 3) + SERVICE_SLOTS + 4,
  steps: 4 + 2 * (DASHBOARD_MONTHS + 3) + 2 * (SERVICE_SLOTS + 4),
} as const;

export type DashboardChartType = "COLUMN" | "BAR" | "LINE";

/** A native chart over the grid: its ranges in A1 notation (headers included), where it sits. */
export interface DashboardChart {
  readonly title: string;
  readonly type: DashboardChartType;
  readonly ranges: readonly string[];
  /** 1-based anchor cell (row, column) right of the grid. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

const block = (column: string, headerRow: number, rows: number): string => `${column}${headerRow}:${column}${headerRow + rows}`;

export const DASHBOARD_CHARTS: readonly DashboardChart[] = [
  { title: "Selesai dalam janji layanan (%)", type: "COLUMN", ranges: [block("A", SECTION_ROWS.promise, DASHBOARD_MONTHS), block("D", SECTION_ROWS.promise, DASHBOARD_MONTHS)], anchorRow: 1, anchorColumn: GRID_WIDTH + 2 },
  { title: `Pengaduan dijawab ≤ 3 hari kerja (%)`, type: "COLUMN", ranges: [block("A", SECTION_ROWS.complaints, DASHBOARD_MONTHS), block("F", SECTION_ROWS.complaints, DASHBOARD_MONTHS)], anchorRow: SECTION_ROWS.complaints - 1, anchorColumn: GRID_WIDTH + 2 },
  { title: "Kasus per layanan", type: "BAR", ranges: [block("A", SECTION_ROWS.services, SERVICE_SLOTS), `C${SECTION_ROWS.services}:E${SECTION_ROWS.services + SERVICE_SLOTS}`], anchorRow: SECTION_ROWS.services - 1, anchorColumn: GRID_WIDTH + 2 },
  { title: "IKM per layanan", type: "BAR", ranges: [block("A", SECTION_ROWS.ikm, SERVICE_SLOTS), block("C", SECTION_ROWS.ikm, SERVICE_SLOTS)], anchorRow: SECTION_ROWS.ikm - 1, anchorColumn: GRID_WIDTH + 2 },
];

type Line = CellValue[];

const line = (...cells: CellValue[]): Line => [...cells, ...Array<CellValue>(GRID_WIDTH - cells.length).fill(null)].slice(0, GRID_WIDTH);

/** Blank lines until the next line pushed lands on sheet row `row` (1-based). */
function padTo(grid: Line[], row: number): void {
  while (grid.length < row - 1) grid.push(line());
}

function serviceSlots<T>(items: readonly T[], render: (item: T) => Line, rest: (others: readonly T[]) => Line): Line[] {
  if (items.length <= SERVICE_SLOTS) return items.map(render);
  return [...items.slice(0, SERVICE_SLOTS - 1).map(render), rest(items.slice(SERVICE_SLOTS - 1))];
}

/** The whole tab, row by row (GRID_WIDTH cells each). */
export function dashboardGrid(figures: DashboardFigures): CellValue[][] {
  const grid: Line[] = [line("Dasbor Layanan", "Diperbarui mesin", dateCell(figures.asOf), null, null, "Jangan diubah: ditulis ulang setiap pemeriksaan harian")];

  padTo(grid, SECTION_ROWS.promise - 1);
  grid.push(line("Penyelesaian dalam janji layanan per bulan (kasus yang mencapai tahap akhir, dibanding Tenggat Layanan)"));
  grid.push(line("Bulan", "Selesai", "Dalam Janji", "Persen Dalam Janji (%)"));
  for (const m of figures.promise) grid.push(line(m.month, m.finished, m.withinPromise, m.percent));

  padTo(grid, SECTION_ROWS.complaints - 1);
  grid.push(line("Pengaduan per bulan diterima: dijawab dalam 3 hari kerja (seed 000)"));
  grid.push(line("Bulan", "Diterima", "Dijawab ≤ 3 Hari Kerja", "Dijawab > 3 Hari Kerja", "Belum Dijawab", "Persen ≤ 3 Hari Kerja (%)"));
  for (const m of figures.complaints) grid.push(line(m.month, m.received, m.answeredWithin, m.answeredLate, m.open, m.percent));

  padTo(grid, SECTION_ROWS.services - 1);
  grid.push(line("Kasus per layanan (jumlah, terlambat, segera jatuh tempo)"));
  grid.push(line("Layanan", "Kode", "Jumlah Kasus", "Terlambat", "Segera Jatuh Tempo", "Register"));
  grid.push(...serviceSlots(figures.services, (s) => line(s.name, s.code, s.total, s.overdue, s.dueSoon, s.register), (rest) =>
    line(`${rest.length} layanan lainnya`, null, rest.reduce((n, s) => n + s.total, 0), rest.reduce((n, s) => n + s.overdue, 0), rest.reduce((n, s) => n + s.dueSoon, 0), null)));

  padTo(grid, SECTION_ROWS.ikm - 1);
  const period = figures.ikm?.[0]?.period ?? "";
  grid.push(line(figures.ikm === null ? "Indeks Kepuasan Masyarakat: tab Survei IKM belum ada" : `Indeks Kepuasan Masyarakat per layanan, triwulan ${period} (PermenPANRB 14/2017)`));
  grid.push(line("Layanan", "Periode", "IKM", "Mutu", "Kinerja", "Responden"));
  grid.push(...serviceSlots(figures.ikm ?? [], (i) => line(i.name, i.period, i.value, i.mutu, i.words, i.respondents), (rest) =>
    line(`${rest.length} layanan lainnya`, period, null, null, "lihat survei", rest.reduce((n, i) => n + i.respondents, 0))));

  padTo(grid, SECTION_ROWS.steps - 1);
  grid.push(line("Kasus per layanan dan tahap"));
  grid.push(line("Layanan", "Tahap", "Jumlah"));
  for (const s of figures.services) for (const c of s.byStatus) grid.push(line(s.name, c.status, c.count));
  return grid;
}
