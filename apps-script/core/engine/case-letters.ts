// Letters a move calls for: data built from what the run loaded before any step, rendered and
// checked before the move is accepted (a letter that cannot be made complete refuses the move),
// recorded after the sweep. Pure: nothing here reads the workbook.
import type { Eligibility } from "../domain/eligibility";
import type { Scheme } from "../domain/schemes";
import { assessCompetence, type Competence, type UnitResult } from "../domain/unit-results";
import { caseLetterData } from "../letters/case-data";
import { LetterConfigError, LetterDataError } from "../letters/errors";
import { letterTypeOf } from "../letters/letter-types";
import { type Office, officeFromSettings } from "../letters/office";
import { type LetterVerification, type PreparedLetter, prepareLetter } from "../letters/render";
import { serviceLetterData } from "../letters/service-data";
import { cellDate, cellText } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { normalizeHeader, type RegisterRow } from "../registers/table";
import { dayCounter } from "../time/day-counter";
import type { LocalDate, OfficeDateTime } from "../time/local-date";
import type { ServiceDef } from "../workflow/service";
import type { ApprovalSettings } from "../letters/approval";
import { isCertificateLetter } from "./certificate-register";
import type { OfficeConfig } from "./config";
import type { Settings } from "./settings";

/** Letters that list everyone tested together; only these need the whole register. */
export const COHORT_LETTERS: ReadonlySet<string> = new Set(["SURAT_TUGAS", "SK_PENETAPAN", "BERITA_ACARA", "DAFTAR_HADIR"]);

export type LetterOutcome = { readonly ok: true; readonly letters: readonly PreparedLetter[] } | { readonly ok: false; readonly reason: string };

/** What a move's letters need from the run, loaded before any case step runs. */
export interface LetterContext {
  readonly config: OfficeConfig;
  readonly now: OfficeDateTime;
  readonly office: Office;
  /** Cases tested together (scheme, test date, TUK) → their rows; every Permohonan row when a cohort letter may be made. */
  readonly cohorts: ReadonlyMap<string, readonly RegisterRow[]>;
  /** Every case's per-unit results, for the letters listing a cohort. */
  readonly unitResults: ReadonlyMap<string, ReadonlyMap<string, UnitResult>>;
  /** Case register name → its rows by ID (the appealed application of a Banding letter). */
  readonly casesById: (register: string, id: string) => RegisterRow | undefined;
  /** The rows of `register` that name case `id` in a `case` column (participants of a request). */
  readonly dependents: (register: string, id: string) => readonly RegisterRow[];
  /**
   * Makes a certificate's random verification code when it is drafted, so the letter prints the
   * code, its address and QR code at once (a QR cannot be put in later by replacing text). Given
   * only where the Surat tab keeps the code (column "Kode Verifikasi"); absent, the code is made
   * at numbering and filled into "[KODE VERIFIKASI]" as before, without a QR.
   */
  readonly newVerificationCode?: () => string;
  /** The code a certificate being drawn again already carries (its Surat row), kept so a re-render after "Perlu Perbaikan" prints the same. */
  readonly keptVerificationCode?: string | null;
}

/** The code a certificate is drawn with now: the one it has, else a new one where codes are kept, else none. */
function certificateVerification(context: LetterContext): LetterVerification | undefined {
  const code = context.keptVerificationCode ?? context.newVerificationCode?.();
  return code ? { code, webAppUrl: context.config.settings.webAppUrl } : undefined;
}

/** Rows of case registers grouped by the case their `case` columns name: register → case ID → rows. */
export type DependentIndex = ReadonlyMap<string, ReadonlyMap<string, readonly RegisterRow[]>>;

/** The registers whose `case` columns name a case of one of `targets` (Peserta Penilaian → its assessment). */
export function dependentRegisters(config: OfficeConfig, targets: readonly string[]): RegisterDef[] {
  const wanted = new Set(targets);
  return [...config.caseRegisters.values()].filter((def) => Object.values(def.cases?.caseReferences ?? {}).some((t) => wanted.has(t)));
}

/** Groups the rows of each dependent register by the case each of its `case` columns names. */
export function dependentIndex(tables: ReadonlyMap<string, { readonly rows: readonly RegisterRow[] } | null>, defs: readonly RegisterDef[]): DependentIndex {
  const index = new Map<string, Map<string, RegisterRow[]>>();
  for (const def of defs) {
    const byCase = new Map<string, RegisterRow[]>();
    for (const row of tables.get(def.name)?.rows ?? []) {
      for (const header of Object.keys(def.cases?.caseReferences ?? {})) {
        const id = cellText(row.get(header));
        if (id !== "") (byCase.get(id) ?? byCase.set(id, []).get(id)!).push(row);
      }
    }
    index.set(def.name, byCase);
  }
  return index;
}

const NO_ROWS: readonly RegisterRow[] = [];
export const dependentsOf = (index: DependentIndex) => (register: string, id: string): readonly RegisterRow[] => index.get(register)?.get(id) ?? NO_ROWS;

/** The facts of the case its step already worked out, so letters state the same thing. */
export interface CaseLetterFacts {
  readonly scheme: Scheme | null;
  readonly eligibility: Eligibility | null;
  readonly competence: Competence;
  readonly service: ServiceDef;
  readonly register: RegisterDef;
  readonly dueDate: LocalDate | null;
}

export function cohortKey(row: RegisterRow): string {
  return [cellText(row.get("Kode Skema")), cellDate(row.get("Jadwal Uji")) ?? "", cellText(row.get("Kode TUK"))].join("|");
}

/** Groups Permohonan rows by cohort, once per run. */
export function cohortsOf(rows: readonly RegisterRow[]): Map<string, RegisterRow[]> {
  const cohorts = new Map<string, RegisterRow[]>();
  for (const row of rows) {
    const key = cohortKey(row);
    (cohorts.get(key) ?? cohorts.set(key, []).get(key)!).push(row);
  }
  return cohorts;
}

/** The office as letters show it (kop, signatory), from the settings. */
export function letterOffice(config: OfficeConfig): Office {
  return { ...officeFromSettings(config.settings.raw), timeZone: config.settings.timeZone };
}

/**
 * Renders the letters a move calls for from data loaded beforehand; pure. A letter that cannot
 * be made complete gives the reason, and the move is refused with it.
 */
export function prepareCaseLetters(types: readonly string[], row: RegisterRow, facts: CaseLetterFacts, context: LetterContext): LetterOutcome {
  const { config } = context;
  // The TUK and the assessor a case names, from the registers the configuration already read.
  const referenced = (header: string) => config.references.get(header)?.entries.get(normalizeHeader(cellText(row.get(header))))?.row;
  try {
    const letters = types.map((name) => {
      const type = letterTypeOf(name);
      if (!type) throw new LetterDataError("TANDA_TERIMA", row.id, [], `jenis surat "${name}" tidak dikenal`);
      const verification = isCertificateLetter(type) ? certificateVerification(context) : undefined;
      const letterContext = { ...context.office, caseId: row.id, ...(verification ? { verification } : {}) };
      if (facts.register.name !== PERMOHONAN.name) {
        const data = serviceLetterData(type, {
          row, caseId: row.id, service: facts.service, now: context.now, dueDate: facts.dueDate,
          linked: linkedCase(row, facts.register, context), appealDeadlineDays: config.settings.appealDeadlineDays,
          dependents: (register) => context.dependents(register, row.id), settings: config.settings,
          workDays: dayCounter(config.calendar, "hari kerja"),
        });
        return prepareLetter(type, data, letterContext);
      }
      const tuk = referenced("Kode TUK");
      const assessor = referenced("Asesor");
      const data = caseLetterData(type, {
        row,
        scheme: facts.scheme,
        eligibility: facts.eligibility,
        tuk: tuk ? { name: cellText(tuk.get("Nama TUK")), address: cellText(tuk.get("Alamat")) } : null,
        assessors: assessor ? [{ name: cellText(assessor.get("Nama")), registrationNumber: cellText(assessor.get("No. Registrasi")) }] : [],
        cohort: COHORT_LETTERS.has(type) ? [...(context.cohorts.get(cohortKey(row)) ?? [row])] : [row],
        serviceDays: facts.service.slaDays ?? config.settings.serviceSlaDays,
        now: context.now,
        // Every participant a letter lists is stated with the same verdict the guards use.
        competenceOf: (member) => (member.id === row.id ? facts.competence
          : assessCompetence(config.schemes.get(cellText(member.get("Kode Skema"))), context.unitResults.get(member.id), cellText(member.get("Rekomendasi Asesor")))),
      });
      return prepareLetter(type, data, letterContext);
    });
    return { ok: true, letters };
  } catch (error) {
    if (error instanceof LetterDataError || error instanceof LetterConfigError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** The case a row refers to through a `case` column (Banding → its Permohonan), with its scheme's name. */
function linkedCase(row: RegisterRow, register: RegisterDef, context: LetterContext): { row: RegisterRow; schemeName: string } | null {
  for (const [header, target] of Object.entries(register.cases?.caseReferences ?? {})) {
    const linked = context.casesById(target, cellText(row.get(header)));
    if (linked) return { row: linked, schemeName: context.config.schemes.get(cellText(linked.get("Kode Skema")))?.name ?? cellText(linked.get("Kode Skema")) };
  }
  return null;
}

/** Numbering settings from Pengaturan: the office format and "Format Nomor Surat <JENIS>" rows. */
export function approvalSettingsOf(settings: Settings): ApprovalSettings {
  const prefix = "Format Nomor Surat ";
  const formatsByType: Record<string, string> = {};
  for (const [key, value] of settings.raw) {
    const type = key.startsWith(prefix) ? letterTypeOf(key.slice(prefix.length)) : null;
    if (type && value !== "") formatsByType[type] = value;
  }
  return { defaultFormat: settings.letterNumberFormat, formatsByType, timeZone: settings.timeZone };
}
