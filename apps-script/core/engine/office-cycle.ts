// The office cycle every place runs: check the cases, render again the letters that wait for a
// document or were sent back ("Perlu Perbaikan"), settle approvals (only Kepala/Admin approve),
// then finish the approved letters. Finishing is the place's own (numbers into the HTML and a PDF
// locally, into the Google Doc and a PDF on Apps Script), so it sits behind `LetterFinisher`.
import type { ApprovedLetter } from "../letters/approval";
import { type ApprovalClaim, type ApprovalReport, approvalLines, settleApprovals } from "../letters/settle";
import { type LetterRecord, readLetterBook } from "../letters/letter-book";
import { letterTypeOf } from "../letters/letter-types";
import { SURAT } from "../registers/catalog";
import { type RegisterTable, readRegister } from "../registers/table";
import { loadConfig } from "./config";
import { type RerenderReport, rerenderLines, rerenderWaitingLetters } from "./letter-queue";
import { runCheck } from "./run-check";
import { type CertificateReport, certificateLines, isCertificateLetter, reconcileCertificates } from "./certificates";
import { type DigestReport, digestLines, queueDigests } from "./digest-mail";
import { type LetterMailReport, letterMailLines, queueLetterMails } from "./letter-mail";
import { type MailReport, mailLines, sendOutbox } from "./outbox-send";
import { queueSurveyMails, type SurveyMailReport, surveyMailLines } from "./ikm-survey";
import { reconcileSpawns, type SpawnReport, spawnLines } from "./spawn-cases";
import { SPAWN_RULES } from "./spawn-rules";
import type { CheckOptions, CheckSummary, EngineDeps } from "./types";

/** What a finisher reports; a place adds its own counts (PDFs made, letters left for later). */
export interface FinishReport {
  /** For the log, a dialog or the summary (IDs and numbers only, no personal data). */
  readonly lines: readonly string[];
}

/** Finishes approved letters where the place keeps them. `approved` are the letters numbered in this cycle. */
export interface LetterFinisher<R extends FinishReport = FinishReport> {
  finish(approved: readonly ApprovedLetter[]): R;
}

/** The same, for a place whose finishing must wait (Chromium printing PDFs). */
export interface AsyncLetterFinisher<R extends FinishReport = FinishReport> {
  finish(approved: readonly ApprovedLetter[]): Promise<R>;
}

export interface OfficePorts<F> {
  readonly finisher: F;
  /** ID Surat whose approval waits elsewhere with its own actor (Apps Script's deferred edits): not judged now. */
  readonly waitingApprovals?: () => ReadonlySet<string>;
  /**
   * Turns a failure of the letters' stage into lines instead of throwing it (the sweep: a Drive
   * failure must not hide what the check found). Without it the failure is thrown.
   */
  readonly letterFailure?: (error: unknown) => readonly string[];
}

export interface OfficeCycleOptions {
  /** The check's options; null runs only the letters (an approval from the menu, a continuation). */
  readonly check?: CheckOptions | null;
  /** Render waiting and sent-back letters again (default true); skipped where the place has no document sink. */
  readonly rerender?: boolean;
  /** Whose approvals to settle; null settles none (a place that cannot tell who set "Disetujui"). */
  readonly approvals: ApprovalClaim | null;
  /**
   * The daily sweep and the local run: keep the Sertifikat register's statuses current (expiry)
   * even when nothing was approved now. Otherwise it is read only when a certificate was numbered.
   * It also queues the day's digest to staff (once per person per office day), sent in the same run.
   */
  readonly reconcileAll?: boolean;
}

export interface LetterStage<R extends FinishReport = FinishReport> {
  /** Letters given a new document (they had waited for one, or were sent back). */
  readonly rerendered: number;
  /** Letters numbered in this cycle. */
  readonly approved: readonly ApprovedLetter[];
  /** Approvals put back because the approver may not approve. */
  readonly refused: number;
  readonly rerender: RerenderReport | null;
  readonly approval: ApprovalReport | null;
  /** Cases created by numbered letters (RCC participants) and their e-mails queued; null when approvals were not settled. */
  readonly spawn: SpawnReport | null;
  /** Certificates recorded in the Sertifikat register, statuses changed; null when not reconciled. */
  readonly certificates: CertificateReport | null;
  /** The day's digests queued; null unless `reconcileAll` (the daily sweep, the local run). */
  readonly digest: DigestReport | null;
  /** Approved letters with a PDF queued for e-mail to their case's address; null when none was due or approvals were not settled. */
  readonly letterMail: LetterMailReport | null;
  /** IKM survey invitations queued for cases that ended; null unless reconciling everything. */
  readonly survey: SurveyMailReport | null;
  /** Kotak Surel sent through the place's sender; null without a sender or when approvals were not settled. */
  readonly mail: MailReport | null;
  /** What the finisher reported; null when the stage failed and `letterFailure` reported it. */
  readonly finish: R | null;
  /** The stage as lines: re-rendering, approvals, finishing (or the failure's lines). */
  readonly lines: readonly string[];
}

export interface OfficeCycleSummary<R extends FinishReport = FinishReport> {
  /** What the check found; null when the cycle ran only the letters. */
  readonly check: CheckSummary | null;
  /**
   * The letters' stage; null when the check stopped the cycle: configuration errors (nothing is
   * made from a configuration that is not valid) or the time limit (`check.resumeAt`).
   */
  readonly letters: LetterStage<R> | null;
}

interface Settled {
  readonly approval: ApprovalReport;
  readonly spawn: SpawnReport | null;
  readonly certificates: CertificateReport | null;
  readonly digest: DigestReport | null;
  readonly letterMail: LetterMailReport | null;
  readonly survey: SurveyMailReport | null;
  readonly mail: MailReport | null;
}

interface BeforeFinish {
  readonly rerender: RerenderReport | null;
  readonly approval: ApprovalReport | null;
  readonly spawn: SpawnReport | null;
  readonly certificates: CertificateReport | null;
  readonly digest: DigestReport | null;
  readonly letterMail: LetterMailReport | null;
  readonly survey: SurveyMailReport | null;
  readonly mail: MailReport | null;
}

function checkStep(deps: EngineDeps, options: OfficeCycleOptions): { check: CheckSummary | null; stopped: boolean } {
  if (options.check === null) return { check: null, stopped: false };
  const check = runCheck(deps, options.check ?? {});
  const stopped = check.configErrors.length > 0 || (check.resumeAt !== null && check.resumeAt !== undefined);
  return { check, stopped };
}

/**
 * Approvals under one hold of the lock, judged by the configuration as it is now; approvals that
 * wait elsewhere are asked for under the lock too, so one deferred meanwhile is not judged here.
 */
function settle(deps: EngineDeps, claim: ApprovalClaim, waiting: () => ReadonlySet<string>, reconcileAll: boolean, check: CheckSummary | null): Settled {
  return deps.lock.runExclusive(() => {
    const config = loadConfig(deps.workbook);
    if (config.errors.length > 0) return { approval: { approved: [], refused: [], withoutDocument: [], problems: [...config.errors] }, spawn: null, certificates: null, digest: null, letterMail: null, survey: null, mail: null };
    const approval = settleApprovals(deps, config, claim, waiting());
    // Reconciled on every settling, not only when a letter was numbered now: a run that stopped
    // between numbering and creating the cases is completed by the next one.
    // The letter book as the approvals left it, read once for the spawns and the certificates (neither writes it).
    let book: readonly LetterRecord[] | null = null;
    let surat: RegisterTable | null | undefined;
    const suratTable = () => (surat === undefined ? (surat = readRegister(deps.workbook, SURAT)) : surat);
    const letterBook = () => (book ??= readLetterBook(suratTable()));
    const spawn = reconcileSpawns(deps, config, SPAWN_RULES, letterBook);
    const certificates = reconcileAll || approval.approved.some((a) => isCertificateLetter(letterTypeOf(a.type))) ? reconcileCertificates(deps, config, letterBook) : null;
    // Only where mail leaves now: a digest is today's news, not one to send days later.
    // The check's list when it saw every case; otherwise the registers are read for it.
    const digest = reconcileAll && deps.mail ? queueDigests(deps, config, check?.dueCases) : null;
    // Letters finished by an earlier run (their PDF exists) are queued for their case's address;
    // a letter finished later in this run goes with the next one. Only with a sender: a place
    // that cannot send leaves the letter unqueued, so nothing waits in Kotak Surel for nobody.
    const letterMail = deps.mail ? queueLetterMails(deps, config, suratTable(), new Set(approval.approved.map((a) => a.id))) : null;
    // Reads every case register: only in the reconciling runs (daily sweep, local run).
    const survey = reconcileAll ? queueSurveyMails(deps, config) : null;
    // Sent after the spawn, the digest, the letters and the survey invitations so their mails leave in the run that queued them.
    return { approval, spawn, certificates, digest, letterMail, survey, mail: sendOutbox(deps, config.settings.timeZone) };
  });
}

const NONE_WAITING = (): ReadonlySet<string> => new Set();

/** The approved letters, each certificate with the code the Sertifikat register gave it (printed when finished). */
function withCodes(before: BeforeFinish): readonly ApprovedLetter[] {
  const approved = before.approval?.approved ?? [];
  const codes = before.certificates?.codes;
  if (!codes || codes.size === 0) return approved;
  return approved.map((letter) => {
    const code = codes.get(letter.id);
    return code ? { ...letter, verificationCode: code } : letter;
  });
}

function beforeFinish<F>(deps: EngineDeps, ports: OfficePorts<F>, options: OfficeCycleOptions, check: CheckSummary | null): BeforeFinish {
  const { documents } = deps;
  const rerender = options.rerender !== false && documents ? rerenderWaitingLetters({ ...deps, documents }) : null;
  const settled = options.approvals ? settle(deps, options.approvals, ports.waitingApprovals ?? NONE_WAITING, options.reconcileAll === true, check) : null;
  return { rerender, approval: settled?.approval ?? null, spawn: settled?.spawn ?? null, certificates: settled?.certificates ?? null, digest: settled?.digest ?? null, letterMail: settled?.letterMail ?? null, survey: settled?.survey ?? null, mail: settled?.mail ?? null };
}

function stage<R extends FinishReport>(before: BeforeFinish, finish: R): LetterStage<R> {
  const { rerender, approval, spawn, certificates, digest, letterMail, survey, mail } = before;
  return {
    rerendered: rerender?.created ?? 0,
    approved: approval?.approved ?? [],
    refused: approval?.refused.length ?? 0,
    rerender,
    approval,
    spawn,
    certificates,
    digest,
    letterMail,
    survey,
    mail,
    finish,
    lines: [...(rerender ? rerenderLines(rerender) : []), ...(approval ? approvalLines(approval) : []), ...(spawn ? spawnLines(spawn) : []), ...(certificates ? certificateLines(certificates) : []), ...(digest ? digestLines(digest) : []), ...(letterMail ? letterMailLines(letterMail) : []), ...surveyMailLines(survey), ...(mail ? mailLines(mail) : []), ...finish.lines],
  };
}

function failed<R extends FinishReport>(lines: readonly string[]): LetterStage<R> {
  return { rerendered: 0, approved: [], refused: 0, rerender: null, approval: null, spawn: null, certificates: null, digest: null, letterMail: null, survey: null, mail: null, finish: null, lines };
}

/** The cycle with a finisher that answers at once (Apps Script, the Sheets API runner). */
export function runOfficeCycle<R extends FinishReport>(deps: EngineDeps, ports: OfficePorts<LetterFinisher<R>>, options: OfficeCycleOptions): OfficeCycleSummary<R> {
  const { check, stopped } = checkStep(deps, options);
  if (stopped) return { check, letters: null };
  try {
    const before = beforeFinish(deps, ports, options, check);
    return { check, letters: stage(before, ports.finisher.finish(withCodes(before))) };
  } catch (error) {
    if (!ports.letterFailure) throw error;
    return { check, letters: failed(ports.letterFailure(error)) };
  }
}

/** The same cycle with a finisher that must wait (the local workbook: Chromium prints the PDFs). */
export async function runOfficeCycleAsync<R extends FinishReport>(
  deps: EngineDeps,
  ports: OfficePorts<AsyncLetterFinisher<R>>,
  options: OfficeCycleOptions,
): Promise<OfficeCycleSummary<R>> {
  const { check, stopped } = checkStep(deps, options);
  if (stopped) return { check, letters: null };
  try {
    const before = beforeFinish(deps, ports, options, check);
    return { check, letters: stage(before, await ports.finisher.finish(withCodes(before))) };
  } catch (error) {
    if (!ports.letterFailure) throw error;
    return { check, letters: failed(ports.letterFailure(error)) };
  }
}
