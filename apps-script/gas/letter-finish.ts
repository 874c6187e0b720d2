// Approved letters on Google: the number and long date written into the Doc in place of the
// placeholders, A4 set again, a PDF saved beside the Doc, and "Tautan PDF" recorded in one batch.
// Driven by the sheet (numbered, linked, no PDF yet), so a run cut short is finished by the next.
import { tanggalPanjang } from "../core/letters/format";
import { COL, LETTER_STATUS, readLetterBook, type LetterRecord } from "../core/letters/letter-book";
import { LETTER_KINDS, letterTypeOf } from "../core/letters/letter-types";
import { DATE_PLACEHOLDER, NUMBER_PLACEHOLDER } from "../core/letters/render";
import type { RowPatch } from "../core/ports";
import { SURAT } from "../core/registers/catalog";
import { cellText } from "../core/registers/cells";
import { readRegister } from "../core/registers/table";
import { type GasContext, TIME_BUDGET_MS } from "./context";
import { setA4 } from "./docs-sink";
import { drive } from "./drive-folders";
import { messageOf } from "./errors";

const PDF = "application/pdf";
/** Errors that mean "later", not "this letter is broken". */
const TRANSIENT = /rate limit|too many|quota|limit exceeded|backend error|internal error|timed out|try again|service unavailable/i;

export interface FinishReport {
  readonly finished: number;
  /** Approved letters left for a later run (time budget or quota). */
  readonly waiting: number;
  /** "SRT-…: reason" for letters that could not be finished. */
  readonly problems: readonly string[];
}

/** replaceText takes a regular expression: "[NOMOR SURAT]" unescaped would match single letters. */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The Doc ID in a Google Docs link (or a bare ID), or null for other links. */
export function documentIdOf(link: string): string | null {
  const match = /\/document\/d\/([\w-]+)/.exec(link) ?? /^([\w-]{20,})$/.exec(link.trim());
  return match ? match[1]! : null;
}

function waitingForPdf(record: LetterRecord, pdfLink: string): boolean {
  return record.status === LETTER_STATUS.approved && record.number !== null && record.date !== null && record.docLink !== null && pdfLink === "";
}

/** Fills one Doc and saves its PDF in the Doc's folder; returns the PDF's link. */
function finishOne(docId: string, record: LetterRecord): string {
  const code = letterTypeOf(record.type);
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  setA4(body, code ? LETTER_KINDS[code].orientation : "portrait");
  body.replaceText(literalPattern(NUMBER_PLACEHOLDER), record.number!);
  body.replaceText(literalPattern(DATE_PLACEHOLDER), tanggalPanjang(record.date!));
  doc.saveAndClose();
  // A closed Document cannot be read again: the PDF comes from a fresh handle on the saved Doc.
  const pdf = DocumentApp.openById(docId).getAs(PDF);
  const meta = drive().Files.get(docId, { fields: "name,parents" });
  const file = drive().Files.create({ name: `${meta.name}.pdf`, mimeType: PDF, parents: meta.parents ?? [] }, pdf, { fields: "id,webViewLink" });
  return file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
}

/** Finishes every approved letter still without a PDF, within the execution's time budget. */
export function finishApprovedLetters(ctx: GasContext): FinishReport {
  const surat = readRegister(ctx.workbook, SURAT);
  if (!surat) return { finished: 0, waiting: 0, problems: [] };
  const pdfLinks = new Map(surat.rows.map((row) => [row.id, cellText(row.get(COL.pdfLink))]));
  const pending = readLetterBook(surat).filter((r) => r.id !== "" && waitingForPdf(r, pdfLinks.get(r.id) ?? ""));
  const patches: RowPatch[] = [];
  const problems: string[] = [];
  let waiting = 0;
  try {
    for (const record of pending) {
      if (waiting > 0 || Date.now() - ctx.startedAt > TIME_BUDGET_MS) {
        waiting += 1;
        continue;
      }
      const docId = documentIdOf(record.docLink!);
      if (!docId) {
        problems.push(`${record.id}: Tautan Dokumen bukan tautan Google Dokumen`);
        continue;
      }
      try {
        patches.push({ id: record.id, rowHint: record.rowIndex, values: { [surat.sheetHeader(COL.pdfLink)]: finishOne(docId, record) } });
      } catch (error) {
        const detail = messageOf(error);
        if (TRANSIENT.test(detail)) waiting += 1;
        else problems.push(`${record.id}: ${detail}`);
      }
    }
  } finally {
    // Written even when something unexpected stops the loop: a PDF made must not be made twice.
    if (patches.length > 0) ctx.deps.lock.runExclusive(() => ctx.workbook.applyChanges([{ table: SURAT.name, patches, appends: [] }]));
  }
  return { finished: patches.length, waiting, problems };
}
