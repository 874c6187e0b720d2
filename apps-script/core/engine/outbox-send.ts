// Sends what waits in Kotak Surel through the place's MailSender and records each outcome on its
// row, in one write. A message is tried at most MAX_SEND_ATTEMPTS times across runs; when the
// quota runs out half-way the rest simply stay "Menunggu" for the next run, with nothing counted
// against them. The status is written after the batch, so a run cut off between a send and the
// write sends that message again on the next run (at least once, never lost): the batch is small.
import { COL } from "../letters/letter-book";
import type { CellValue, MailAttachment, MailSender, RowPatch, TableChanges } from "../ports";
import { dateCell, MailQuotaError } from "../ports";
import { cellText } from "../registers/cells";
import { SURAT } from "../registers/catalog";
import { type RegisterRow, readRegister } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import { toOfficeDateTime } from "../time/local-date";
import { ATTACHMENT_COLUMN, KOTAK_SUREL, MAX_SEND_ATTEMPTS, SEND_STATUS } from "./outbox";
import type { EngineDeps } from "./types";

/** At most this many messages per run: keeps a run short and a cut-off run's resends few. */
export const MAX_SENDS_PER_RUN = 50;

export interface MailReport {
  readonly sent: number;
  /** Tried and refused this run; retried on a later run until MAX_SEND_ATTEMPTS. */
  readonly failed: number;
  /** Left waiting because the quota or the per-run batch ran out. */
  readonly waiting: number;
  /** Given up after MAX_SEND_ATTEMPTS: "Gagal", for staff to look at. */
  readonly givenUp: number;
}

const EMAIL_LIKE = /[^\s<>@]+@[^\s<>@]+/g;

/** A failure's reason for the row and the log: no address, no NIK/NIP, one line. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactPersonalNumbers(text.replace(EMAIL_LIKE, "[alamat]").replace(/\s+/g, " ").trim()).slice(0, 300);
}

/** The letter's PDF as an attachment, or why it cannot go yet (thrown as a refused send). */
function attachmentOf(letters: ReadonlyMap<string, RegisterRow>, letterId: string): MailAttachment {
  const link = cellText(letters.get(letterId)?.get(COL.pdfLink));
  if (link === "") throw new Error(`PDF surat ${letterId} tidak ada di tab ${SURAT.name} (kolom ${COL.pdfLink})`);
  return { name: `${letterId}.pdf`, link };
}

/**
 * Sends the waiting messages in sheet order. Reads Kotak Surel once and writes every outcome in
 * one applyChanges; does nothing (and reads nothing) without a sender.
 */
export function sendOutbox(deps: EngineDeps, timeZone: string): MailReport | null {
  const sender = deps.mail;
  if (!sender) return null;
  return deps.lock.runExclusive(() => {
    const table = readRegister(deps.workbook, KOTAK_SUREL);
    const due = (table?.rows ?? []).filter((row) => row.id !== "" && cellText(row.get("Status Kirim")) === SEND_STATUS.waiting);
    if (due.length === 0) return { sent: 0, failed: 0, waiting: 0, givenUp: 0 };
    let remaining = Math.min(sender.remainingQuota(), MAX_SENDS_PER_RUN);
    const patches: RowPatch[] = [];
    const report = { sent: 0, failed: 0, waiting: 0, givenUp: 0 };
    // The letter book only when a letter's PDF goes along: its Tautan PDF, and "Surel Terkirim" after.
    const surat = due.some((row) => cellText(row.get(ATTACHMENT_COLUMN)) !== "") ? readRegister(deps.workbook, SURAT) : null;
    const letters = new Map((surat?.rows ?? []).filter((r) => r.id !== "").map((r) => [r.id, r]));
    const letterPatches: RowPatch[] = [];
    for (const row of due) {
      if (remaining < 1) {
        report.waiting += 1;
        continue;
      }
      const attempts = (Number(row.get("Percobaan")) || 0) + 1;
      const now = toOfficeDateTime(deps.clock.now(), timeZone);
      let values: Record<string, CellValue>;
      try {
        const letterId = cellText(row.get(ATTACHMENT_COLUMN));
        const attachments = letterId === "" ? [] : [attachmentOf(letters, letterId)];
        sender.send({ to: cellText(row.get("Kepada")), subject: cellText(row.get("Perihal")), body: cellText(row.get("Isi")), ...(attachments.length > 0 ? { attachments } : {}) });
        remaining -= 1;
        report.sent += 1;
        values = { "Status Kirim": SEND_STATUS.sent, Percobaan: attempts, "Terkirim Pada": dateCell(now.date, now.minuteOfDay), "Catatan Kirim": null };
        const letter = letterId === "" ? undefined : letters.get(letterId);
        if (letter) letterPatches.push({ id: letter.id, rowHint: letter.rowIndex, values: { [surat!.has(COL.mailSent) ? surat!.sheetHeader(COL.mailSent) : COL.mailSent]: dateCell(now.date, now.minuteOfDay) } });
      } catch (error) {
        if (error instanceof MailQuotaError) {
          // The platform's count ran out before ours: this one and the rest wait, uncounted.
          remaining = 0;
          report.waiting += 1;
          continue;
        }
        const givenUp = attempts >= MAX_SEND_ATTEMPTS;
        if (givenUp) report.givenUp += 1;
        else report.failed += 1;
        values = {
          "Status Kirim": givenUp ? SEND_STATUS.failed : SEND_STATUS.waiting, Percobaan: attempts,
          "Catatan Kirim": `Percobaan ${attempts} gagal: ${reasonOf(error)}${givenUp ? ". Tidak dicoba lagi; periksa alamat lalu ubah Status Kirim ke Menunggu." : ""}`,
        };
      }
      patches.push({ id: row.id, rowHint: row.rowIndex, values });
    }
    const changes: TableChanges[] = [];
    if (patches.length > 0) changes.push({ table: KOTAK_SUREL.name, patches, appends: [] });
    if (letterPatches.length > 0) {
      // A letter book set up before issue 12 gains the column with its first mailed letter.
      if (!surat!.has(COL.mailSent)) deps.workbook.ensureTable(SURAT.name, [COL.mailSent]);
      changes.push({ table: SURAT.name, patches: letterPatches, appends: [] });
    }
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    return report;
  });
}

export function mailLines(report: MailReport): string[] {
  const lines: string[] = [];
  if (report.sent > 0) lines.push(`${report.sent} surel terkirim dari tab ${KOTAK_SUREL.name}.`);
  if (report.failed > 0) lines.push(`${report.failed} surel gagal dikirim dan dicoba lagi pada pemeriksaan berikutnya (alasan di kolom Catatan Kirim).`);
  if (report.waiting > 0) lines.push(`${report.waiting} surel masih menunggu: kuota kirim habis untuk saat ini; dikirim pada pemeriksaan berikutnya.`);
  if (report.givenUp > 0) lines.push(`${report.givenUp} surel tidak dicoba lagi setelah ${MAX_SEND_ATTEMPTS} kali gagal: periksa tab ${KOTAK_SUREL.name}.`);
  return lines;
}
