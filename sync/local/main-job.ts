// The main job on a local workbook: create it with sample data when allowed and missing, run the
// office cycle (check, letters sent back, approvals, finishing), and save — all under the
// workbook's lock, letter files committed only once the workbook that records them is on disk.
// Importable, so tests drive it in-process.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadConfig } from "../../apps-script/core/engine/config";
import { addLaterCaseColumns, laterColumnsMessage, migrateWorkbook, migrationMessage } from "../../apps-script/core/engine/migrate";
import { type LetterStage, runOfficeCycleAsync } from "../../apps-script/core/engine/office-cycle";
import { resolveRole } from "../../apps-script/core/engine/run-check";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import { certificateLines } from "../../apps-script/core/engine/certificates";
import { currentDashboard, type DashboardFigures } from "../../apps-script/core/engine/dashboard";
import { digestLines } from "../../apps-script/core/engine/digest-mail";
import { letterMailLines } from "../../apps-script/core/engine/letter-mail";
import { mailLines } from "../../apps-script/core/engine/outbox-send";
import { spawnLines } from "../../apps-script/core/engine/spawn-cases";
import { approvalLines } from "../../apps-script/core/letters/settle";
import { reconcileStatusTokens, statusTokenLines } from "../../apps-script/core/engine/status-link";
import type { Clock } from "../../apps-script/core/ports";
import { HtmlFileSink } from "../letters/html-file-sink";
import { type LocalFinish, localLetterFinisher } from "../letters/local-finisher";
import { StagedOutputs } from "../letters/staged-outputs";
import { recoverStagedOutputs } from "../letters/staged-recovery";
import { LocalFileError } from "./errors";
import { fileSha256, withWorkbookLock } from "./file-guard";
import { DASHBOARD_FILE, dashboardHtml } from "./dashboard-view";
import { EML_FOLDER, EmlOutbox } from "./eml-outbox";
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
  /** The daily digest queued this run ("Ringkasan harian: …"), empty when today's was queued before. */
  readonly digest?: readonly string[];
  /** The .eml files written for Kotak Surel's messages sent this run (surat/surel/). */
  readonly mails?: readonly string[];
  /** Temporary files a killed run had left, removed before this one started. */
  readonly removedLeftovers: readonly string[];
  /** "Buku kerja diperbarui ke versi 2: …" when this run migrated the workbook, else null. */
  readonly migrated?: string | null;
  /** The dashboard's figures after this run (the Dasbor tab's, locally); null while the configuration is not valid. */
  readonly dashboard?: DashboardFigures | null;
  /** Where the HTML dashboard was written (surat/dasbor.html), when it was. */
  readonly dashboardFile?: string | null;
}

const NO_LETTERS: LocalLetters = { created: 0, reworked: 0, approved: 0, pdfs: 0, note: null, lines: [] };

/** The cycle's letter stage as the local summary counts it (nothing when the check stopped the cycle). */
function localLetters(stage: LetterStage<LocalFinish> | null): LocalLetters {
  if (!stage?.finish) return NO_LETTERS;
  const { finish, rerendered, approval } = stage;
  return {
    created: finish.documents - rerendered, reworked: rerendered, approved: stage.approved.length, pdfs: finish.pdfs,
    note: finish.note,
    lines: [...(approval ? approvalLines(approval) : []), ...(stage.spawn ? spawnLines(stage.spawn) : []), ...(stage.certificates ? certificateLines(stage.certificates) : []), ...(stage.letterMail ? letterMailLines(stage.letterMail) : []), ...(stage.mail ? mailLines(stage.mail) : [])],
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
    // A version-1 workbook first; then the optional columns shipped case registers gained since (Peserta RCC's old certificate).
    const migrated = [migrationMessage(migrateWorkbook(file.workbook, options.clock)), laterColumnsMessage(addLaterCaseColumns(file.workbook))].filter((m) => m !== null).join(" ") || null;
    if (migrated) options.onProgress?.(migrated);
    const outputs = await StagedOutputs.begin(lettersDir);
    try {
      const sink = new HtmlFileSink(lettersDir, outputs);
      const mail = new EmlOutbox(() => options.clock.now());
      const deps = {
        workbook: file.workbook,
        clock: options.clock,
        lock: inProcessLock,
        actor: { email: options.actorEmail },
        documents: sink,
        mail,
        newUuid: () => randomUUID(),
        onProgress: (done: number, total: number) => options.onProgress?.(`Memeriksa ${done} dari ${total} permohonan …`),
      };
      // Whoever runs the job is the approver: only a Kepala or Admin may approve (the rest are put back).
      const cycle = await runOfficeCycleAsync(deps, { finisher: localLetterFinisher({ ...deps, sink, outputs, onProgress: options.onProgress }) }, {
        approvals: { actorEmail: options.actorEmail, ids: "all", markClaimed: false },
        reconcileAll: true,
      });
      for (const failure of cycle.letters?.rerender?.failures ?? []) options.onProgress?.(failure.message);
      // After the check gave new rows their IDs: every case gets its status-link token (counts only are shown).
      for (const line of statusTokenLines(reconcileStatusTokens(deps))) options.onProgress?.(line);
      const summary = cycle.check!;
      const config = loadConfig(file.workbook);
      const mails = await mail.writeTo(lettersDir, outputs, `${config.settings.unitName} <${config.settings.serviceEmail}>`);
      const stage = localLetters(cycle.letters);
      // After the cycle, so the figures are the ones this run leaves behind.
      const dashboard = currentDashboard(file.workbook, options.clock);
      const dashboardFile = dashboard ? join(lettersDir, DASHBOARD_FILE) : null;
      if (dashboard && dashboardFile) outputs.write(dashboardFile, dashboardHtml(dashboard, config.settings.unitName));
      const letters = mails.length === 0 ? stage : { ...stage, lines: [...stage.lines, `Surel yang terkirim ditulis sebagai berkas .eml di ${relative(process.cwd(), join(lettersDir, EML_FOLDER)) || EML_FOLDER} (buka dengan program surel).`] };
      options.onProgress?.("Menyimpan hasil …");
      const cellsSaved = await file.save({ beforeReplace: (sha) => outputs.seal(sha) });
      await outputs.commitAfter(file.sha256 ?? (await fileSha256(lock.path))!);
      const digest = cycle.letters?.digest ? digestLines(cycle.letters.digest) : [];
      return { created, summary, role: resolveRole(config, options.actorEmail), cellsSaved, letters, digest, mails, removedLeftovers: lock.removedLeftovers, migrated, dashboard, dashboardFile };
    } catch (error) {
      await outputs.discard();
      throw error;
    }
  });
}
