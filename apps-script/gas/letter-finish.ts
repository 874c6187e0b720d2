// Approved letters on Google: the number and long date written into the Doc in place of the
// placeholders (Docs API, drive.file), A4 set again, a PDF saved beside the Doc, and "Tautan PDF" recorded in one batch.
// Driven by the sheet (numbered, linked, no PDF yet), so a run cut short is finished by the next.
import { berlakuSampai, tanggalPanjang, VALID_UNTIL_YEARS, validUntilPlaceholder } from "../core/letters/format";
import { COL, LETTER_STATUS, readLetterBook, type LetterRecord } from "../core/letters/letter-book";
import { LETTER_KINDS, letterTypeOf } from "../core/letters/letter-types";
import { DATE_PLACEHOLDER, NUMBER_PLACEHOLDER, VERIFICATION_PLACEHOLDER } from "../core/letters/render";
import { isCertificateLetter, SERTIFIKAT_REGISTER } from "../core/engine/certificate-register";
import type { RowPatch } from "../core/ports";
import { SURAT } from "../core/registers/catalog";
import { cellText } from "../core/registers/cells";
import { readRegister } from "../core/registers/table";
import { type GasContext, TIME_BUDGET_MS } from "./context";
import { a4Request } from "./docs-sink";
import { ALL_DRIVES, type DocsRequest, drive, updateDocument } from "./drive-folders";
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

/** The Doc ID in a Google Docs link (or a bare ID), or null for other links. */
export function documentIdOf(link: string): string | null {
  const match = /\/document\/d\/([\w-]+)/.exec(link) ?? /^([\w-]{20,})$/.exec(link.trim());
  return match ? match[1]! : null;
}

function waitingForPdf(record: LetterRecord, pdfLink: string): boolean {
  return record.status === LETTER_STATUS.approved && record.number !== null && record.date !== null && record.docLink !== null && pdfLink === "";
}

/** replaceAllText takes the text literally, case included: "[NOMOR SURAT]" is no pattern. */
function replaceAll(placeholder: string, value: string): DocsRequest {
  return { replaceAllText: { containsText: { text: placeholder, matchCase: true }, replaceText: value } };
}

/**
 * The Doc as PDF through the Drive API: the advanced service hands the content over only with
 * alt=media, as a Blob or as a string depending on the runtime, so both are taken.
 */
function pdfOf(docId: string, name: string): GoogleAppsScript.Base.Blob {
  const files = drive().Files as unknown as { export(id: string, mimeType: string, args: object): unknown };
  const content = files.export(docId, PDF, { alt: "media" });
  if (content && typeof (content as GoogleAppsScript.Base.Blob).getBytes === "function") return (content as GoogleAppsScript.Base.Blob).setName(`${name}.pdf`);
  if (typeof content === "string" && content !== "") return Utilities.newBlob(content, PDF, `${name}.pdf`);
  throw new Error("Google Drive tidak mengembalikan isi PDF");
}

/** Fills one Doc (page, number, date in one Docs API call) and saves its PDF beside it; returns the PDF's link. */
function finishOne(docId: string, record: LetterRecord, verificationCode: string | undefined): string {
  const code = letterTypeOf(record.type);
  updateDocument(docId, [
    a4Request(code ? LETTER_KINDS[code].orientation : "portrait"),
    replaceAll(NUMBER_PLACEHOLDER, record.number!),
    replaceAll(DATE_PLACEHOLDER, tanggalPanjang(record.date!)),
    // replaceAllText takes no pattern: each possible validity, a no-op where absent (same call).
    ...(isCertificateLetter(code) ? VALID_UNTIL_YEARS.map((years) => replaceAll(validUntilPlaceholder(years), tanggalPanjang(berlakuSampai(record.date!, years)))) : []),
    ...(verificationCode ? [replaceAll(VERIFICATION_PLACEHOLDER, verificationCode)] : []),
  ]);
  const meta = drive().Files.get(docId, { fields: "name,parents", ...ALL_DRIVES });
  const pdf = pdfOf(docId, meta.name ?? docId);
  const file = drive().Files.create({ name: `${meta.name}.pdf`, mimeType: PDF, parents: meta.parents ?? [] }, pdf, { fields: "id,webViewLink", ...ALL_DRIVES });
  return file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`;
}

/** Finishes every approved letter still without a PDF, within the execution's time budget. */
export function finishApprovedLetters(ctx: GasContext): FinishReport {
  const surat = readRegister(ctx.workbook, SURAT);
  if (!surat) return { finished: 0, waiting: 0, problems: [] };
  const pdfLinks = new Map(surat.rows.map((row) => [row.id, cellText(row.get(COL.pdfLink))]));
  const pending = readLetterBook(surat).filter((r) => r.id !== "" && waitingForPdf(r, pdfLinks.get(r.id) ?? ""));
  // Certificates print the code the Sertifikat register gave them: read only when one is pending.
  const certificates = pending.some((r) => isCertificateLetter(letterTypeOf(r.type))) ? readRegister(ctx.workbook, SERTIFIKAT_REGISTER) : null;
  const codes = new Map((certificates?.rows ?? []).map((r) => [cellText(r.get("ID Surat")), cellText(r.get("Kode Verifikasi"))]));
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
        patches.push({ id: record.id, rowHint: record.rowIndex, values: { [surat.sheetHeader(COL.pdfLink)]: finishOne(docId, record, codes.get(record.id) || undefined) } });
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
