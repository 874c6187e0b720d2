// The IKM survey (PermenPANRB 14/2017): the questionnaire the survey form is built from, the
// mapping of a submitted response onto the Survei IKM register (by the question's title and the
// answer's words, never by position, so a reordered form or an extra question still lands right),
// and the survey e-mail queued in Kotak Surel once per case when a case has ended.
//
// Decisions: a response whose case ID no case register knows is kept (the opinion counts for the
// office) with ID Kasus and Kode Layanan blank — the typed text is not stored, since a respondent
// may have typed a NIK or NIP there. Survey mails are queued only for cases that entered their
// final state within SURVEY_WINDOW_DAYS, so turning the survey on does not mail every applicant
// of past years; and only when a survey address is known (the generated form's on Apps Script,
// Pengaturan "Alamat Survei IKM" otherwise).
import { type IkmAnswer, type IkmElement, IKM_ELEMENTS, ikmAnswerOf, ikmElementOf } from "../domain/ikm";
import type { CellValue, TableChanges } from "../ports";
import { dateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import { CASE_STATUS_COLUMN } from "../registers/catalog";
import { readRegister, type RegisterTable } from "../registers/table";
import { type Instant, toDayNumber, toOfficeDateTime } from "../time/local-date";
import { caseKindOf, caseRegistersInUse } from "./case-kinds";
import type { OfficeConfig } from "./config";
import { SURVEI_IKM } from "./ikm-register";
import { KOTAK_SUREL, type OutgoingMail, outboxAppends, queuedKeys } from "./outbox";
import type { Settings } from "./settings";
import type { EngineDeps } from "./types";

export { SURVEI_IKM };

export interface IkmQuestion {
  readonly element: IkmElement;
  /** The question as the regulation's sample questionnaire (lampiran) asks it. */
  readonly question: string;
  /** The four answers, worst (1) to best (4). */
  readonly choices: readonly [string, string, string, string];
}

/**
 * The nine questions with their answers, in IKM_ELEMENTS order (the regulation's sample asks
 * Sarana dan Prasarana before Penanganan Pengaduan; the register does not care about order).
 */
export const IKM_QUESTIONS: readonly IkmQuestion[] = [
  { element: "Persyaratan", question: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", choices: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { element: "Sistem, Mekanisme dan Prosedur", question: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", choices: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] },
  { element: "Waktu Penyelesaian", question: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", choices: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"] },
  { element: "Biaya/Tarif", question: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", choices: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"] },
  { element: "Produk Spesifikasi Jenis Pelayanan", question: "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", choices: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { element: "Kompetensi Pelaksana", question: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", choices: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"] },
  { element: "Perilaku Pelaksana", question: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", choices: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"] },
  { element: "Penanganan Pengaduan, Saran dan Masukan", question: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", choices: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"] },
  { element: "Sarana dan Prasarana", question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", choices: ["Buruk", "Cukup", "Baik", "Sangat baik"] },
];

/** Titles of the survey form's two other items. */
export const SURVEY_CASE_ITEM = "ID Kasus";
export const SURVEY_SUGGESTION_ITEM = "Saran";
/** Stands for the case ID in a survey address template (the prefilled link). */
export const SURVEY_CASE_PLACEHOLDER = "{ID Kasus}";
/** Pengaturan key: the survey address where no form was generated (locally, another form tool). */
export const SURVEY_URL_KEY = "Alamat Survei IKM";
/** Cases that ended longer ago than this get no survey mail (no storm when the survey is turned on). */
export const SURVEY_WINDOW_DAYS = 30;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
const titleKey = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");

/** One answered item: its title and the answer as the form gives it. */
export interface SurveyItemAnswer {
  readonly title: string;
  readonly value: string;
}

export interface SurveyAnswers {
  readonly caseId: string;
  readonly answers: Readonly<Record<IkmElement, IkmAnswer | null>>;
  readonly suggestion: string;
  /** Answers that could not be read (an edited choice), by element; no personal data. */
  readonly problems: readonly string[];
}

/** The score of an answer: the choice's words for its element (any case), or a "1"–"4" form. */
export function surveyScoreOf(element: IkmElement, value: string): { answer: IkmAnswer | null } | { problem: string } {
  const question = IKM_QUESTIONS.find((q) => q.element === element)!;
  const index = question.choices.findIndex((c) => normalise(c) === normalise(value));
  if (index >= 0) return { answer: (index + 1) as IkmAnswer };
  return ikmAnswerOf(element, value);
}

/**
 * A response's answers by element: each item is recognised by its title (the element's name,
 * "ID Kasus", "Saran"); items with other titles (a question the office added) are ignored, and
 * an element asked twice keeps its first answer.
 */
export function surveyAnswersOf(items: readonly SurveyItemAnswer[]): SurveyAnswers {
  const answers = Object.fromEntries(IKM_ELEMENTS.map((e) => [e, null])) as Record<IkmElement, IkmAnswer | null>;
  const seen = new Set<IkmElement>();
  const problems: string[] = [];
  let caseId = "";
  let suggestion = "";
  for (const item of items) {
    const key = titleKey(item.title);
    if (key === titleKey(SURVEY_CASE_ITEM)) {
      caseId = item.value.trim().toUpperCase();
      continue;
    }
    if (key === titleKey(SURVEY_SUGGESTION_ITEM)) {
      suggestion = item.value.trim();
      continue;
    }
    const element = ikmElementOf(item.title);
    if (!element || seen.has(element)) continue;
    seen.add(element);
    const score = surveyScoreOf(element, item.value);
    if ("answer" in score) answers[element] = score.answer;
    else problems.push(score.problem);
  }
  return { caseId, answers, suggestion, problems };
}

export interface SurveyResponse {
  /** The form response's ID: ID Jawaban, so a response is recorded once. */
  readonly id: string;
  readonly submittedAt: Instant;
  readonly items: readonly SurveyItemAnswer[];
}

export interface SurveyIntakeReport {
  readonly recorded: number;
  readonly duplicates: number;
  /** Responses recorded without a case (the ID was blank or unknown). */
  readonly withoutCase: number;
  readonly problems: readonly string[];
}

/** Where each case ID lives: its service code, over every case register in use. */
function serviceByCase(deps: EngineDeps, config: OfficeConfig): Map<string, string> {
  const services = new Map<string, string>();
  for (const def of caseRegistersInUse(config)) {
    const table = readRegister(deps.workbook, def);
    for (const row of table?.rows ?? []) {
      if (row.id === "") continue;
      const kind = caseKindOf(config, def, row);
      services.set(row.id.toUpperCase(), "service" in kind ? kind.service.code : "");
    }
  }
  return services;
}

/** The Survei IKM rows for the responses not recorded yet (pure, for the intake and its tests). */
export function planSurveyRows(input: {
  responses: readonly SurveyResponse[];
  recorded: ReadonlySet<string>;
  services: ReadonlyMap<string, string>;
  timeZone: string;
}): { rows: Record<string, CellValue>[]; duplicates: number; withoutCase: number; problems: string[] } {
  const seen = new Set(input.recorded);
  const rows: Record<string, CellValue>[] = [];
  const problems: string[] = [];
  let duplicates = 0;
  let withoutCase = 0;
  for (const response of input.responses) {
    if (seen.has(response.id)) {
      duplicates += 1;
      continue;
    }
    seen.add(response.id);
    const parsed = surveyAnswersOf(response.items);
    const service = input.services.get(parsed.caseId);
    if (service === undefined) withoutCase += 1;
    problems.push(...parsed.problems.map((p) => `Survei ${response.id}: ${p}`));
    rows.push({
      "ID Jawaban": response.id,
      "ID Kasus": service === undefined ? null : parsed.caseId,
      "Kode Layanan": service ? service : null,
      "Tanggal Isi": dateCell(toOfficeDateTime(response.submittedAt, input.timeZone).date),
      ...Object.fromEntries(IKM_ELEMENTS.map((e) => [e, parsed.answers[e]])),
      Saran: parsed.suggestion === "" ? null : parsed.suggestion,
    });
  }
  return { rows, duplicates, withoutCase, problems };
}

/** Records survey responses in Survei IKM under the lock, each response ID once. */
export function recordSurveyResponses(deps: EngineDeps, config: OfficeConfig, responses: readonly SurveyResponse[]): SurveyIntakeReport {
  if (responses.length === 0) return { recorded: 0, duplicates: 0, withoutCase: 0, problems: [] };
  return deps.lock.runExclusive(() => {
    const table = readRegister(deps.workbook, SURVEI_IKM);
    if (!table) {
      return { recorded: 0, duplicates: 0, withoutCase: 0, problems: [`Tab ${SURVEI_IKM.name} belum ada: ${responses.length} jawaban survei belum dicatat. Jalankan "Siapkan / perbarui register"; jawaban dicatat pada pemeriksaan harian berikutnya.`] };
    }
    const plan = planSurveyRows({ responses, recorded: recordedResponseIds(table), services: serviceByCase(deps, config), timeZone: config.settings.timeZone });
    if (plan.rows.length > 0) deps.workbook.applyChanges([{ table: SURVEI_IKM.name, patches: [], appends: plan.rows }]);
    return { recorded: plan.rows.length, duplicates: plan.duplicates, withoutCase: plan.withoutCase, problems: plan.problems };
  });
}

export function recordedResponseIds(table: RegisterTable | null): Set<string> {
  return new Set((table?.rows ?? []).map((r) => cellText(r.get("ID Jawaban"))).filter((id) => id !== ""));
}

/** The survey address template: the generated form's prefilled link, else the office's setting; null when neither. */
export function surveyUrlTemplate(deps: EngineDeps, settings: Settings): string | null {
  const url = (deps.surveyUrl ?? settings.raw.get(SURVEY_URL_KEY) ?? "").trim();
  return url === "" ? null : url;
}

/** The placeholder as written, or as a prefilled link encodes it ("%7BID+Kasus%7D"). */
const PLACEHOLDER_FORMS = /\{ID Kasus\}|%7BID(?:\+|%20)Kasus%7D/gi;

/** The link for one case: the placeholder replaced by the ID (URL-encoded), or the address as it is. */
export function surveyLinkFor(template: string, caseId: string): string {
  return template.replace(PLACEHOLDER_FORMS, () => encodeURIComponent(caseId));
}

export function surveyMail(input: { caseId: string; to: string; name: string; link: string; settings: Settings }): OutgoingMail {
  const { settings } = input;
  return {
    key: `IKM:${input.caseId}`,
    caseId: input.caseId,
    to: input.to,
    subject: `Survei kepuasan layanan: ${input.caseId}`,
    body: [
      `Yth. Bapak/Ibu ${input.name.trim() || "Pengguna Layanan"},`,
      "",
      `Layanan untuk permohonan ${input.caseId} telah selesai. Kami mohon kesediaan Anda mengisi survei kepuasan masyarakat (9 pertanyaan singkat, sekitar 3 menit):`,
      "",
      `    ${input.link}`,
      "",
      "Jawaban Anda membantu kami memperbaiki pelayanan. Bila diminta, isi ID Kasus di atas.",
      "",
      "Hormat kami,",
      settings.unitName,
      settings.officeName,
    ].join("\n"),
  };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export interface SurveyMailReport {
  readonly queued: number;
  readonly problems: readonly string[];
}

/**
 * Queues the survey mail (key IKM:<ID>) of every case in a final state, entered within the
 * window, with an e-mail address; never twice, whatever happened to the first one. Reads every
 * case register in use, so it runs with the reconciling runs (daily sweep, local run).
 */
export function queueSurveyMails(deps: EngineDeps, config: OfficeConfig): SurveyMailReport {
  const template = surveyUrlTemplate(deps, config.settings);
  if (!template) return { queued: 0, problems: [] };
  return deps.lock.runExclusive(() => {
    const outbox = readRegister(deps.workbook, KOTAK_SUREL);
    if (!outbox) return { queued: 0, problems: [] };
    const queued = queuedKeys(outbox);
    const now = toOfficeDateTime(deps.clock.now(), config.settings.timeZone);
    const today = toDayNumber(now.date);
    const mails: OutgoingMail[] = [];
    for (const def of caseRegistersInUse(config)) {
      const email = def.columns.find((c) => c.header === "Email" && c.type === "email") ?? def.columns.find((c) => c.type === "email");
      if (!email) continue;
      const name = def.columns.find((c) => c.header === "Nama" || c.header === "Nama Peserta")?.header ?? null;
      for (const row of readRegister(deps.workbook, def)?.rows ?? []) {
        if (row.id === "" || queued.has(`IKM:${row.id}`)) continue;
        const kind = caseKindOf(config, def, row);
        if (!("workflow" in kind)) continue;
        const state = kind.workflow.states.find((s) => s.status === cellText(row.get(CASE_STATUS_COLUMN)));
        const since = cellDate(row.get("Status Sejak"));
        if (!state?.final || !since || today - toDayNumber(since) > SURVEY_WINDOW_DAYS) continue;
        const to = cellText(row.get(email.header)).trim();
        if (!EMAIL.test(to)) continue;
        mails.push(surveyMail({ caseId: row.id, to, name: name ? cellText(row.get(name)) : "", link: surveyLinkFor(template, row.id), settings: config.settings }));
      }
    }
    const appends = outboxAppends(queued, mails, now);
    const changes: TableChanges[] = appends.length > 0 ? [{ table: KOTAK_SUREL.name, patches: [], appends }] : [];
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    return { queued: appends.length, problems: [] };
  });
}

export function surveyMailLines(report: SurveyMailReport | null): string[] {
  if (!report) return [];
  return [...(report.queued > 0 ? [`${report.queued} undangan survei kepuasan (IKM) diantre di tab ${KOTAK_SUREL.name}.`] : []), ...report.problems];
}
