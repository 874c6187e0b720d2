// The dashboard locally: the first `npm start --json` carries the figures, surat/dasbor.html shows
// them, and headless Chromium renders that page (screenshot kept as a test artifact).
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { DashboardFigures } from "../../apps-script/core/engine/dashboard";
import { CHROMIUM_PATH, findChromium, launchChromium } from "../../sync/letters/chromium";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main } from "../../sync/local/main";
import { dashboardHtml, dashboardLines } from "../../sync/local/dashboard-view";

const NOW = "2026-11-20T03:00:00Z";
const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/dashboard");
const CHROMIUM = findChromium();

/** The first run on a new sample workbook, as a script would call it. */
async function firstRunJson(): Promise<{ json: { dashboard: DashboardFigures; dashboardFile: string }; printed: string }> {
  const path = join(mkdtempSync(join(tmpdir(), "dasbor-")), "sertifikasi.xlsx");
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: () => {}, interactive: false, ask: async () => "" };
  expect(await runCommand(main, ["--berkas", path, "--buat", "--json"], { SERTIFIKASI_SEKARANG: NOW }, io, "")).toBe(0);
  return { json: JSON.parse(out.join("\n")), printed: out.join("\n") };
}

const run = firstRunJson();

/** Hand-made figures: one month with a case on each side of its promise, one service with IKM. */
function figures(overrides: Partial<DashboardFigures> = {}): DashboardFigures {
  const months = ["2026-10", "2026-11"];
  return {
    asOf: "2026-11-20" as DashboardFigures["asOf"],
    services: [
      { code: "A", name: "Layanan <A>", register: "Permohonan", total: 3, byStatus: [{ status: "Diterima", count: 3 }], overdue: 1, dueSoon: 0 },
      { code: "B", name: "Layanan B", register: "Pengaduan", total: 1, byStatus: [{ status: "Dijawab", count: 1 }], overdue: 0, dueSoon: 0 },
    ],
    promise: months.map((month, i) => ({ month, finished: i + 1, withinPromise: i, percent: i === 0 ? 0 : 50 })),
    complaints: months.map((month) => ({ month, received: 3, answeredWithin: 1, answeredLate: 1, open: 1, percent: 33.3 })),
    ikm: [
      { code: "A", name: "Layanan <A>", period: "2026-T4", value: 88.31, mutu: "A", words: "Sangat Baik", respondents: 4 },
      { code: "B", name: "Layanan B", period: "2026-T4", value: null, mutu: null, words: "belum ada jawaban", respondents: 0 },
    ],
    ...overrides,
  };
}

describe("the dashboard's summary lines", () => {
  it("give the months' totals, this month, complaints and IKM in Indonesian numbers", () => {
    expect(dashboardLines(figures(), "surat/dasbor.html")).toEqual([
      "",
      "Dasbor (2 bulan sampai 2026-11):",
      "  Selesai dalam janji layanan: 1 dari 3 (33,3%); bulan ini 1 dari 2",
      "  Pengaduan: 6 diterima, 2 dijawab ≤ 3 hari kerja (33,3%), 2 belum dijawab",
      "  IKM triwulan 2026-T4: Layanan <A> 88,31 (A, Sangat Baik, 4 responden); 1 layanan belum ada jawaban",
      "  Dasbor lengkap: surat/dasbor.html",
    ]);
  });

  it("say so when there is no survey tab", () => {
    expect(dashboardLines(figures({ ikm: null }), null)).toContain("  IKM: tab Survei IKM belum ada");
  });

  it("escape register text in the HTML page", () => {
    const html = dashboardHtml(figures(), "Unit <Uji>");
    expect(html).toContain("Layanan &lt;A&gt;");
    expect(html).not.toContain("<A>");
    expect(html).toContain("belum ada jawaban");
  });
});

describe("the local dashboard", () => {
  it("is in the --json output: every service with its cases, the months, the complaints", async () => {
    const { json } = await run;
    const { dashboard } = json;
    expect(dashboard.asOf).toBe("2026-11-20");
    expect(dashboard.promise).toHaveLength(12);
    expect(dashboard.promise.at(-1)!.month).toBe("2026-11");
    const permohonan = dashboard.services.find((s) => s.register === "Permohonan")!;
    expect(permohonan.total).toBe(permohonan.byStatus.reduce((n, c) => n + c.count, 0));
    expect(permohonan.total).toBeGreaterThan(0);
    expect(dashboard.complaints.reduce((n, m) => n + m.received, 0)).toBeGreaterThan(0);
    // The sample workbook's survey answers: IKM per service, each with its respondents.
    expect(dashboard.ikm).not.toBeNull();
    expect(dashboard.ikm!.length).toBeGreaterThan(0);
  });

  it("is written as surat/dasbor.html with each service's case count", async () => {
    const { json } = await run;
    expect(existsSync(json.dashboardFile)).toBe(true);
    const html = readFileSync(json.dashboardFile, "utf8");
    for (const service of json.dashboard.services) expect(html).toContain(service.name.replace(/&/g, "&amp;"));
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});

if (!CHROMIUM) console.warn(`Uji peramban dasbor dilewati: Chromium tidak ada di ${CHROMIUM_PATH}. Pasang dengan: apt-get install -y chromium`);

describe.skipIf(!CHROMIUM)("the local dashboard in headless Chromium", () => {
  it("shows each service with its number of cases; screenshot in test-artifacts/dashboard/dasbor.png", async () => {
    const { json } = await run;
    mkdirSync(ARTIFACTS, { recursive: true });
    const browser = await launchChromium(CHROMIUM!);
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(json.dashboardFile).href);
      await page.screenshot({ path: join(ARTIFACTS, "dasbor.png"), fullPage: true });
      // Rows of the "Kasus per layanan" table as the browser lays them out.
      const rows = await page.$$eval("table:first-of-type tbody tr", (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td as HTMLElement).innerText.trim())));
      for (const service of json.dashboard.services) {
        expect(rows.find((r) => r[0] === service.name), service.name).toEqual(expect.arrayContaining([service.name, String(service.total)]));
      }
      const bars = await page.$$eval(".bar span", (spans) => spans.map((s) => (s as HTMLElement).getBoundingClientRect().width));
      expect(Math.max(...bars)).toBeGreaterThan(100); // the largest service fills its bar: drawn, not just listed
    } finally {
      await browser.close();
    }
  }, 60_000);
});
