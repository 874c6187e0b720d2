// Letters still waiting for their Google Doc (daily cap, rate limit, time budget) and letters the
// head sent back ("Perlu Perbaikan"): a later run renders them again from the case's data and creates
// the Docs, oldest first, in chunks under the lock, each in "Surat/<tahun>/<jenis>".
import { letterRenderer, type LetterRenderer, needsRendering, rerenderLetters } from "../core/engine/letter-rerender";
import type { LetterFailure } from "../core/letters/issue";
import { COL, type LetterRecord, readLetterBook } from "../core/letters/letter-book";
import { isDateCell } from "../core/ports";
import { SURAT } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { type OfficeDateTime, toOfficeDateTime } from "../core/time/local-date";
import type { GasContext } from "./context";

export const QUEUE_HANDLER = "createQueuedDocuments";
/** Letters per hold of the lock: edits waiting for it get a turn between chunks. */
const CHUNK = 10;

export interface QueueReport {
  readonly created: number;
  /** Letters still without a Doc after this run. */
  readonly waiting: number;
  readonly failures: readonly LetterFailure[];
  readonly configErrors: readonly string[];
}

interface Round {
  /** Queued letters not tried yet in this run, as read. */
  readonly queued: number;
  readonly picked: number;
  readonly created: number;
  readonly failures: readonly LetterFailure[];
  readonly configErrors: readonly string[];
}

/** One chunk under the lock: the letter book read afresh (rows move, other runs add letters). */
function createChunk(ctx: GasContext, attempted: Set<string>, prepared: () => LetterRenderer): Round {
  const { workbook } = ctx;
  const surat = readRegister(workbook, SURAT);
  const queued = readLetterBook(surat).filter((r) => needsRendering(r) && !attempted.has(r.id));
  if (!surat || queued.length === 0) return { queued: 0, picked: 0, created: 0, failures: [], configErrors: [] };
  const renderer = prepared();
  const { config } = renderer;
  if (config.errors.length > 0) return { queued: queued.length, picked: 0, created: 0, failures: [], configErrors: config.errors };
  const timeZone = config.settings.timeZone;
  const stamps = new Map(surat.rows.map((row) => [row.id, row.get(COL.created)]));
  const madeAt = (record: LetterRecord): OfficeDateTime => {
    const stamp = stamps.get(record.id);
    return isDateCell(stamp) ? { date: stamp.date, minuteOfDay: stamp.minuteOfDay ?? 0 } : toOfficeDateTime(ctx.deps.clock.now(), timeZone);
  };

  const chunk = queued.slice(0, CHUNK);
  for (const record of chunk) attempted.add(record.id);
  const { patches, failures } = rerenderLetters(chunk, renderer, { clock: ctx.deps.clock, documents: ctx.documents }, madeAt);
  if (patches.length > 0) workbook.applyChanges([{ table: SURAT.name, patches, appends: [] }]);
  return { queued: queued.length, picked: chunk.length, created: patches.length, failures, configErrors: [] };
}

/** Creates the Docs of queued letters until none is left, the quota is reached or time runs out. */
export function createQueuedDocuments(ctx: GasContext): QueueReport {
  const attempted = new Set<string>();
  const failures: LetterFailure[] = [];
  let created = 0;
  let total: number | null = null;
  let read: LetterRenderer | null = null;
  const prepared = () => (read ??= letterRenderer(ctx.workbook));
  for (;;) {
    const round = ctx.deps.lock.runExclusive(() => createChunk(ctx, attempted, prepared));
    total ??= round.queued;
    created += round.created;
    failures.push(...round.failures);
    // Rows that fail to render stay queued (and counted as waiting) until their case is corrected.
    if (round.picked === 0 || ctx.documents.deferred !== null) return { created, waiting: total - created, failures, configErrors: round.configErrors };
  }
}

/** Lines for the log or a dialog (IDs and messages, no personal data). */
export function queueLines(report: QueueReport): string[] {
  const lines: string[] = [];
  if (report.created > 0) lines.push(`${report.created} dokumen surat yang antre telah dibuat.`);
  if (report.waiting > 0) lines.push(`${report.waiting} surat masih menunggu dokumennya; dilanjutkan otomatis.`);
  for (const failure of report.failures) lines.push(failure.message);
  for (const error of report.configErrors) lines.push(`Surat antre belum dibuat: ${error}`);
  return lines;
}

/** A one-off trigger continues the letters' Docs and PDFs after a rate limit or a spent time budget. */
export function scheduleQueueRun(afterMs: number): void {
  clearQueueTriggers();
  ScriptApp.newTrigger(QUEUE_HANDLER).timeBased().after(afterMs).create();
}

/** One-off triggers stay listed after firing; remove them so they never pile up to the 20-trigger cap. */
export function clearQueueTriggers(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === QUEUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}
