// The main job on a local workbook: create it with sample data when allowed and missing, run the
// engine, settle letters, and save — all under the workbook's lock, letter files committed only
// once the workbook that records them is on disk. Importable, so tests drive it in-process.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadConfig, type OfficeConfig } from "../../apps-script/core/engine/config";
import { migrateWorkbook, migrationMessage } from "../../apps-script/core/engine/migrate";
import { resolveRole, runCheck } from "../../apps-script/core/engine/run-check";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import { letterRenderer, needsRendering, rerenderLetters } from "../../apps-script/core/engine/letter-rerender";
import { readLetterBook } from "../../apps-script/core/letters/letter-book";
import { approvalLines, settleApprovals } from "../../apps-script/core/letters/settle";
import type { Clock } from "../../apps-script/core/ports";
import { SURAT } from "../../apps-script/core/registers/catalog";
import { readRegister } from "../../apps-script/core/registers/table";
import { toOfficeDateTime } from "../../apps-script/core/time/local-date";
import { HtmlFileSink } from "../letters/html-file-sink";
import { attachPdfLinks, finalizeApprovedLetters, writePdfs } from "../letters/local-letters";
import { StagedOutputs } from "../letters/staged-outputs";
import { recoverStagedOutputs } from "../letters/staged-recovery";
import { LocalFileError } from "./errors";
import { fileSha256, withWorkbookLock } from "./file-guard";
import { inProcessLock } from "./node-ports";
import { createSampleWorkbook } from "./sample-workbook";
import { XlsxWorkbookFile } from "./xlsx-workbook";

export interface LocalJobOptions {
  readonly path: string;
  /** Where letters go as HTML (and PDF when Chromium is installed); beside the workbook by default. */
  readonly lettersDir?: string;
  readonly actorEmail: string | null;
  readonly clock: Clock;
  readonly onProgress?: (message: string) => void;
  /** Build the sample workbook when the file does not exist (default); otherwise a missing file is an error. */
  readonly createIfMissing?: boolean;
}

export interface LocalLetters {
  readonly created: number;
  readonly reworked: number;
  readonly approved: number;
  readonly pdfs: number;
  readonly note: string | null;
  /** What the approvals came to (numbers given, approvals refused and why), for the summary. */
  readonly lines: readonly string[];
}

export interface LocalJobResult {
  readonly created: boolean;
  readonly summary: CheckSummary;
  readonly role: string | null;
  readonly cellsSaved: number;
  readonly letters: LocalLetters;
  /** Temporary files a killed run had left, removed before this one started. */
  readonly removedLeftovers: readonly string[];
  /** "Buku kerja diperbarui ke versi 2: …" when this run migrated the workbook, else null. */
  readonly migrated?: string | null;
}

const NO_LETTERS: LocalLetters = { created: 0, reworked: 0, approved: 0, pdfs: 0, note: null, lines: [] };

/**
 * After the check: letters the head sent back are rendered again, approvals are settled (only a
 * Kepala or Admin may approve; the run's actor is the approver), numbers go into the approved
 * letters' files, and new and numbered letters are printed to PDF when Chromium is installed.
 */
async function settleLetters(file: XlsxWorkbookFile, config: OfficeConfig, options: LocalJobOptions, sink: HtmlFileSink, outputs: StagedOutputs): Promise<LocalLetters> {
  const deps = { workbook: file.workbook, clock: options.clock, lock: inProcessLock };
  const pending = readLetterBook(readRegister(file.workbook, SURAT)).filter(needsRendering);
  let reworked = 0;
  if (pending.length > 0) {
    const now = toOfficeDateTime(options.clock.now(), config.settings.timeZone);
    const result = rerenderLetters(pending, letterRenderer(file.workbook), { clock: options.clock, documents: sink }, () => now);
    if (result.patches.length > 0) file.workbook.applyChanges([{ table: SURAT.name, patches: result.patches, appends: [] }]);
    reworked = result.patches.length;
    for (const failure of result.failures) options.onProgress?.(failure.message);
  }
  const newHtml = sink.written.map((w) => w.path);
  const report = settleApprovals(deps, config, { actorEmail: options.actorEmail, ids: "all", markClaimed: false });
  const changed = finalizeApprovedLetters(report.approved, outputs);
  const toPrint = [...new Set([...newHtml, ...changed])];
  if (toPrint.length > 0) options.onProgress?.(`Mencetak ${toPrint.length} surat ke PDF …`);
  const pdf = await writePdfs(toPrint, outputs);
  const pdfs = attachPdfLinks(deps, pdf.pdfs);
  return {
    created: newHtml.length - reworked, reworked, approved: report.approved.length, pdfs,
    note: toPrint.length > 0 ? pdf.skipped : null, lines: approvalLines(report),
  };
}

export async function runLocalJob(options: LocalJobOptions): Promise<LocalJobResult> {
  const lettersDir = options.lettersDir ?? join(dirname(options.path), "surat");
  if (options.createIfMissing !== false && !existsSync(dirname(options.path))) mkdirSync(dirname(options.path), { recursive: true });
  return withWorkbookLock(options.path, async (lock) => {
    if (lock.removedLeftovers.length > 0) options.onProgress?.(`Berkas sementara sisa proses yang terhenti dihapus: ${lock.removedLeftovers.join(", ")}`);
    const created = !existsSync(options.path);
    if (created) {
      if (options.createIfMissing === false) {
        throw new LocalFileError("NOT_FOUND", `Berkas ${options.path} tidak ditemukan. Periksa nama dan foldernya, atau tambahkan --buat untuk membuat buku kerja contoh di sana.`);
      }
      options.onProgress?.(`Membuat buku kerja contoh ${options.path} …`);
      await createSampleWorkbook(options.path, options.clock);
    }
    // Letters a killed run had staged are finished if the workbook recording them was saved, else undone.
    await recoverStagedOutputs(lettersDir, await fileSha256(lock.path));
    options.onProgress?.(`Membaca ${options.path} …`);
    const file = await XlsxWorkbookFile.open(options.path);
    const migrated = migrationMessage(migrateWorkbook(file.workbook, options.clock));
    if (migrated) options.onProgress?.(migrated);
    const outputs = await StagedOutputs.begin(lettersDir);
    try {
      const sink = new HtmlFileSink(lettersDir, outputs);
      const summary = runCheck(
        {
          workbook: file.workbook,
          clock: options.clock,
          lock: inProcessLock,
          actor: { email: options.actorEmail },
          documents: sink,
          onProgress: (done, total) => options.onProgress?.(`Memeriksa ${done} dari ${total} permohonan …`),
        },
        {},
      );
      const config = loadConfig(file.workbook);
      const letters = summary.configErrors.length > 0 ? NO_LETTERS : await settleLetters(file, config, options, sink, outputs);
      options.onProgress?.("Menyimpan hasil …");
      const cellsSaved = await file.save({ beforeReplace: (sha) => outputs.seal(sha) });
      await outputs.commitAfter(file.sha256 ?? (await fileSha256(lock.path))!);
      return { created, summary, role: resolveRole(config, options.actorEmail), cellsSaved, letters, removedLeftovers: lock.removedLeftovers, migrated };
    } catch (error) {
      await outputs.discard();
      throw error;
    }
  });
}
