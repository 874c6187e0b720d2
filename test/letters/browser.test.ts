// Every letter in headless Chromium: fits A4 without text off the page; PNG and PDF kept as artifacts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LETTER_TYPE_CODES, type LetterTypeCode } from "../../apps-script/core/letters/letter-types";
import { type LetterVerification, prepareLetter } from "../../apps-script/core/letters/render";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { CHROMIUM_PATH, findChromium, launchChromium } from "../../sync/letters/chromium";
import { APPLICANT, makeOffice, makeParticipants, sampleData, UNITS } from "./fixtures";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/letters");
const CHROMIUM = findChromium();
const MM = 96 / 25.4;
const issued = { number: "800.1.11.2/1234/BPSDM/XII/2026", date: "2026-12-30" as LocalDate };

const LONG_NAME = "Dr. Hj. Andi Muhammad Fajar Ramadhan Putra Wijayakusumaningrat, S.H., M.H., M.Kn.";
const LONG_AGENCY = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh Selatan Raya";

/** The shipped cases plus stress cases: long names, an unbreakable e-mail, a 40-person annex. */
const CASES: { name: string; type: LetterTypeCode; data: unknown; longEmail?: boolean; verification?: LetterVerification }[] = [
  ...LETTER_TYPE_CODES.map((type) => ({ name: type.toLowerCase().replace(/_/g, "-"), type, data: sampleData(type) })),
  { name: "sertifikat-nama-panjang", type: "SERTIFIKAT", data: { ...sampleData("SERTIFIKAT"), applicant: { name: LONG_NAME, nip: APPLICANT.nip, agency: LONG_AGENCY }, scheme: { code: "SS-05/LSP-BPSDM DKI/V/2022", name: "Pelayanan Publik Terpadu bagi Aparatur Sipil Negara di Lingkungan Pemerintah Daerah", units: UNITS } } },
  // With its verification address and QR code (a deployment ID as long as Google gives them).
  { name: "sertifikat-nama-panjang-qr", type: "SERTIFIKAT", verification: { code: "7K2M-9Q4R-XT3V", webAppUrl: "https://script.google.com/macros/s/AKfycbx0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123/exec" }, data: { ...sampleData("SERTIFIKAT"), applicant: { name: LONG_NAME, nip: APPLICANT.nip, agency: LONG_AGENCY }, scheme: { code: "SS-05/LSP-BPSDM DKI/V/2022", name: "Pelayanan Publik Terpadu bagi Aparatur Sipil Negara di Lingkungan Pemerintah Daerah", units: UNITS } } },
  { name: "sk-penetapan-40-peserta", type: "SK_PENETAPAN", data: { ...sampleData("SK_PENETAPAN"), participants: makeParticipants(40).map((p, i) => (i % 7 ? p : { ...p, name: LONG_NAME, agency: LONG_AGENCY })) } },
  { name: "tanda-terima-surel-panjang", type: "TANDA_TERIMA", longEmail: true, data: { ...sampleData("TANDA_TERIMA"), applicant: { ...APPLICANT, name: LONG_NAME, agency: LONG_AGENCY } } },
  { name: "daftar-hadir-40-peserta", type: "DAFTAR_HADIR", data: { ...sampleData("DAFTAR_HADIR"), participants: makeParticipants(40).map((p, i) => ({ name: i % 7 ? p.name : LONG_NAME, agency: i % 7 ? p.agency : LONG_AGENCY, caseId: `PRM-2026-${String(i + 1).padStart(5, "0")}` })) } },
  { name: "lembar-disposisi-isi-panjang", type: "LEMBAR_DISPOSISI", data: { ...sampleData("LEMBAR_DISPOSISI"), sender: LONG_AGENCY, subject: `${LONG_AGENCY} mohon fasilitasi penyaksian uji kompetensi dan penerbitan surat tugas asesor`, instruction: Array(8).fill("Mohon ditindaklanjuti sesuai ketentuan dan dilaporkan kepada pimpinan.").join(" ") } },
  { name: "tanda-terima-penyerahan-tanpa-petugas", type: "TANDA_TERIMA_PENYERAHAN", data: { ...sampleData("TANDA_TERIMA_PENYERAHAN"), officer: undefined, applicant: { ...APPLICANT, name: LONG_NAME, agency: LONG_AGENCY } } },
  { name: "putusan-banding-lewat-waktu", type: "PUTUSAN_BANDING", data: { ...sampleData("PUTUSAN_BANDING"), decision: "Tidak Dapat Diterima", panel: undefined, staffNote: "Banding diajukan setelah batas waktu." } },
];

interface Overflow {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

/** Text pieces whose boxes leave the page's writing area (the .halaman content box, or the viewport when printing). */
async function textOutside(page: Page, area: "halaman" | "viewport"): Promise<Overflow[]> {
  return page.evaluate((mode) => {
    const root = document.querySelector<HTMLElement>(".halaman")!;
    const box = root.getBoundingClientRect();
    const style = getComputedStyle(root);
    const left = mode === "halaman" ? box.left + parseFloat(style.paddingLeft) : 0;
    const right = mode === "halaman" ? box.right - parseFloat(style.paddingRight) : document.documentElement.clientWidth;
    const found: { text: string; left: number; right: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0 && (rect.right > right + 1 || rect.left < left - 1)) {
          found.push({ text: node.textContent.trim().slice(0, 60), left: rect.left - left, right: rect.right - right });
        }
      }
    }
    return found;
  }, area);
}

function pdfFacts(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

if (!CHROMIUM) {
  console.warn(`Uji peramban dilewati: Chromium tidak ada di ${CHROMIUM_PATH}. Pasang dengan: apt-get install -y chromium`);
}

describe.skipIf(!CHROMIUM)(`letters in headless Chromium (${CHROMIUM_PATH})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium(CHROMIUM!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)("$name fits A4 with no text off the page", async ({ name, type, data, longEmail, verification }) => {
    const office = makeOffice();
    const letterhead = longEmail ? { ...office.letterhead, email: "layanansertifikasikompetensiaparatursipilnegarabadanpengembangansumberdayamanusiaprovinsisulawesibarat@contoh.go.id" } : office.letterhead;
    const letter = prepareLetter(type, data, { ...office, letterhead, caseId: "PRM-2026-0123", issued, ...(verification ? { verification } : {}) });
    const landscape = letter.orientation === "landscape";
    const htmlPath = join(ARTIFACTS, `${name}.html`);
    writeFileSync(htmlPath, letter.html);

    const page = await browser.newPage({ viewport: { width: landscape ? 1200 : 900, height: 1000 } });
    try {
      await page.goto(pathToFileURL(htmlPath).href);
      expect(await textOutside(page, "halaman")).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

      // Print layout: the viewport as wide as the page's writing area (A4 less the @page margins).
      const writing = landscape ? { width: 277 * MM, height: 190 * MM } : { width: 165 * MM, height: 257 * MM };
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: Math.floor(writing.width), height: Math.floor(writing.height) });
      expect(await textOutside(page, "viewport")).toEqual([]);
      if (landscape) {
        // Each printed side on one page: a certificate's front (the frame) and its back page.
        const heights = await page.evaluate(() => [".bingkai", ".sert-belakang"].map((s) => document.querySelector(s)?.getBoundingClientRect().height ?? 0));
        for (const height of heights) expect(height).toBeLessThanOrEqual(writing.height);
      }

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
      const facts = pdfFacts(pdf);
      const [long, short] = [842, 595];
      expect(Math.round(facts.width)).toBeCloseTo(landscape ? long : short, -1);
      expect(Math.round(facts.height)).toBeCloseTo(landscape ? short : long, -1);
      if (type === "SERTIFIKAT") expect(facts.pages).toBe(2); // the front, and the back with the holder's obligations and the maklumat
      else expect(facts.pages).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });
});
