// The main job on a local workbook: create it with sample data when missing, run the engine,
// write the results back. Importable, so tests drive it in-process.
import ExcelJS from "exceljs";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadConfig } from "../../apps-script/core/engine/config";
import { resolveRole, runCheck } from "../../apps-script/core/engine/run-check";
import { ensureRegisters, seedDefaults } from "../../apps-script/core/engine/setup";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import type { Clock } from "../../apps-script/core/ports";
import { recordToCells } from "../../apps-script/core/registers/records";
import { toOfficeDateTime } from "../../apps-script/core/time/local-date";
import { approveLetters } from "../../apps-script/core/letters/approval";
import { approvalSettingsOf } from "../../apps-script/core/engine/case-letters";
import { letterRenderer, needsRendering, rerenderLetters } from "../../apps-script/core/engine/letter-rerender";
import { readLetterBook } from "../../apps-script/core/letters/letter-book";
import { PERMOHONAN, SURAT } from "../../apps-script/core/registers/catalog";
import { readRegister } from "../../apps-script/core/registers/table";
import { HtmlFileSink } from "../letters/html-file-sink";
import { attachPdfLinks, finalizeApprovedLetters, writePdfs } from "../letters/local-letters";
import { inProcessLock, withFileLock } from "./node-ports";
import { FORMULA_SAMPLE, sampleApplications } from "./sample-applications";
import { XlsxWorkbookFile } from "./xlsx-workbook";

export interface LocalJobOptions {
  readonly path: string;
  /** Where letters go as HTML (and PDF when Chromium is installed); beside the workbook by default. */
  readonly lettersDir?: string;
  readonly actorEmail: string | null;
  readonly clock: Clock;
  readonly onProgress?: (message: string) => void;
}

export interface LocalJobResult {
  readonly created: boolean;
  readonly upgraded: readonly string[];
  readonly summary: CheckSummary;
  readonly role: string | null;
  readonly cellsSaved: number;
  readonly letters: { readonly created: number; readonly reworked: number; readonly approved: number; readonly pdfs: number; readonly note: string | null };
}

/** Builds a new workbook with every register, the sample office and sample applications. */
export async function createSampleWorkbook(path: string, clock: Clock): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const file = await XlsxWorkbookFile.open(path, { createIfMissing: true });
  ensureRegisters(file.workbook);
  seedDefaults(file.workbook);
  const config = loadConfig(file.workbook);
  const today = toOfficeDateTime(clock.now(), config.settings.timeZone).date;
  const samples = sampleApplications(today, config.calendar).map((s) => recordToCells(PERMOHONAN, s));
  file.workbook.applyChanges([{ table: PERMOHONAN.name, patches: [], appends: samples }]);
  await file.save();
  await placeSampleFormula(path);
}

/** Puts a real formula into one sample's name cell, as a careless paste would. */
async function placeSampleFormula(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(PERMOHONAN.name)!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const idColumn = headers.indexOf("ID Permohonan");
  const targetColumn = headers.indexOf(FORMULA_SAMPLE.header);
  sheet.eachRow((row, number) => {
    if (number > 1 && row.getCell(idColumn).value === FORMULA_SAMPLE.id) {
      row.getCell(targetColumn).value = { formula: FORMULA_SAMPLE.formula, result: "Klik di sini" };
    }
  });
  await book.xlsx.writeFile(path);
}

/**
 * Letters the head marked "Disetujui" in the Surat tab get their number and date, written into
 * their HTML; new and approved letters are printed to PDF when Chromium is installed.
 */
async function numberApprovedLetters(file: XlsxWorkbookFile, config: ReturnType<typeof loadConfig>, options: LocalJobOptions, sink: HtmlFileSink) {
  const deps = { workbook: file.workbook, clock: options.clock, lock: inProcessLock };
  // Letters the head sent back ("Perlu Perbaikan") are rendered again from the corrected case.
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
  const { approved } = approveLetters(deps, approvalSettingsOf(config.settings));
  const changed = finalizeApprovedLetters(approved);
  const toPrint = [...new Set([...newHtml, ...changed])];
  if (toPrint.length > 0) options.onProgress?.(`Mencetak ${toPrint.length} surat ke PDF …`);
  const pdf = await writePdfs(toPrint);
  const pdfs = attachPdfLinks(deps, pdf.pdfs);
  return { created: newHtml.length - reworked, reworked, approved: approved.length, pdfs, note: toPrint.length > 0 ? pdf.skipped : null };
}

export async function runLocalJob(options: LocalJobOptions): Promise<LocalJobResult> {
  return withFileLock(options.path, async () => {
    const created = !existsSync(options.path);
    if (created) {
      options.onProgress?.(`Membuat buku kerja contoh ${options.path} …`);
      await createSampleWorkbook(options.path, options.clock);
    }
    options.onProgress?.(`Membaca ${options.path} …`);
    const file = await XlsxWorkbookFile.open(options.path);
    const setup = ensureRegisters(file.workbook);
    const sink = new HtmlFileSink(options.lettersDir ?? join(dirname(options.path), "surat"));
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
    const letters = summary.configErrors.length > 0 ? { created: 0, reworked: 0, approved: 0, pdfs: 0, note: null } : await numberApprovedLetters(file, config, options, sink);
    const role = resolveRole(config, options.actorEmail);
    options.onProgress?.("Menyimpan hasil …");
    const cellsSaved = await file.save();
    return { created, upgraded: [...setup.created, ...setup.upgraded], summary, role, cellsSaved, letters };
  });
}
