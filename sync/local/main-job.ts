// The main job on a local workbook: create it with sample data when missing, run the engine,
// write the results back. Importable, so tests drive it in-process.
import ExcelJS from "exceljs";
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { loadConfig } from "../../apps-script/core/engine/config";
import { resolveRole, runCheck } from "../../apps-script/core/engine/run-check";
import { ensureRegisters, seedDefaults } from "../../apps-script/core/engine/setup";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import type { Clock } from "../../apps-script/core/ports";
import { PERMOHONAN } from "../../apps-script/core/registers/catalog";
import { recordToCells } from "../../apps-script/core/registers/records";
import { toOfficeDateTime } from "../../apps-script/core/time/local-date";
import { inProcessLock, withFileLock } from "./node-ports";
import { FORMULA_SAMPLE, sampleApplications } from "./sample-applications";
import { XlsxWorkbookFile } from "./xlsx-workbook";

export interface LocalJobOptions {
  readonly path: string;
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
    const summary = runCheck(
      {
        workbook: file.workbook,
        clock: options.clock,
        lock: inProcessLock,
        actor: { email: options.actorEmail },
        onProgress: (done, total) => options.onProgress?.(`Memeriksa ${done} dari ${total} permohonan …`),
      },
      {},
    );
    const role = resolveRole(loadConfig(file.workbook), options.actorEmail);
    options.onProgress?.("Menyimpan hasil …");
    const cellsSaved = await file.save();
    return { created, upgraded: [...setup.created, ...setup.upgraded], summary, role, cellsSaved };
  });
}
