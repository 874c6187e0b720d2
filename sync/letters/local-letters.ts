// Local letters after the run: numbers put into approved files, PDFs printed, links recorded.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ApprovedLetter } from "../../apps-script/core/letters/approval";
import { readLetterBook, SURAT_COLUMNS } from "../../apps-script/core/letters/index";
import { fillIssued } from "../../apps-script/core/letters/render";
import type { Lock, RowPatch, Workbook } from "../../apps-script/core/ports";
import { SURAT } from "../../apps-script/core/registers/catalog";
import { readRegister } from "../../apps-script/core/registers/table";
import { findChromium, launchChromium } from "./chromium";
import { directOutputs, type LetterOutputs } from "./outputs";

/** Local path of a `file:` link, or null for other links (a Google Doc). */
export function localPathOf(link: string | null): string | null {
  return link?.startsWith("file:") ? fileURLToPath(link) : null;
}

/**
 * Writes the approved number and date into each approved letter's HTML file (replacing the
 * review placeholders), through `outputs` (staged in the local run, so the numbered file
 * replaces the reviewed one only once the workbook recording the number is saved). Returns the
 * files changed (final paths).
 */
export function finalizeApprovedLetters(approved: readonly ApprovedLetter[], outputs: LetterOutputs = directOutputs): string[] {
  const changed: string[] = [];
  for (const letter of approved) {
    const path = localPathOf(letter.documentLink);
    if (!path) continue;
    const html = readFileSync(outputs.readPath(path), "utf8");
    const filled = fillIssued(html, { number: letter.number, date: letter.date, ...(letter.verificationCode ? { verificationCode: letter.verificationCode } : {}) });
    if (filled !== html) {
      outputs.write(path, filled);
      changed.push(path);
    }
  }
  return changed;
}

export interface PdfResult {
  /** HTML path → PDF path, for the files printed. */
  readonly pdfs: ReadonlyMap<string, string>;
  /** Why no PDF was made, when Chromium is not installed. */
  readonly skipped: string | null;
}

/**
 * Prints each HTML file to a PDF beside it with headless Chromium, page size from the CSS. Paths
 * are final paths; the HTML is read and the PDF written through `outputs` (staged in the local run).
 */
export async function writePdfs(htmlPaths: readonly string[], outputs: LetterOutputs = directOutputs, chromiumPath?: string): Promise<PdfResult> {
  const executable = findChromium(chromiumPath);
  if (!executable) {
    return { pdfs: new Map(), skipped: `Chromium tidak ditemukan (${chromiumPath ?? "/usr/bin/chromium"}): PDF tidak dibuat, HTML tetap ada.` };
  }
  if (htmlPaths.length === 0) return { pdfs: new Map(), skipped: null };
  const browser = await launchChromium(executable);
  const pdfs = new Map<string, string>();
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    for (const htmlPath of htmlPaths) {
      const pdfPath = htmlPath.replace(/\.html?$/i, "") + ".pdf";
      await page.goto(pathToFileURL(outputs.readPath(htmlPath)).href, { waitUntil: "load" });
      await page.pdf({ path: outputs.pathFor(pdfPath), preferCSSPageSize: true, printBackground: true });
      pdfs.set(htmlPath, pdfPath);
    }
  } finally {
    await browser.close();
  }
  return { pdfs, skipped: null };
}

/** Records "Tautan PDF" for the letters whose document file was printed; one batch, under the lock. */
export function attachPdfLinks(deps: { readonly workbook: Workbook; readonly lock: Lock }, pdfs: ReadonlyMap<string, string>): number {
  if (pdfs.size === 0) return 0;
  return deps.lock.runExclusive(() => {
    const patches: RowPatch[] = [];
    for (const record of readLetterBook(readRegister(deps.workbook, SURAT))) {
      const path = localPathOf(record.docLink);
      const pdf = path ? pdfs.get(path) : undefined;
      if (pdf && record.id) {
        patches.push({ id: record.id, rowHint: record.rowIndex, values: { [SURAT_COLUMNS.pdfLink]: pathToFileURL(pdf).href } });
      }
    }
    if (patches.length === 0) return 0;
    return patches.length - deps.workbook.applyChanges([{ table: SURAT.name, patches, appends: [] }]).skipped.length;
  });
}
