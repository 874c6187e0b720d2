// Letters a move calls for: data built from the registers, rendered, checked before the move is
// accepted (a letter that cannot be made complete refuses the move), recorded after the sweep.
import type { Eligibility } from "../domain/eligibility";
import type { Scheme } from "../domain/schemes";
import { assessCompetence, type Competence, type UnitResult } from "../domain/unit-results";
import { caseLetterData, type AssessorInfo, type TukInfo } from "../letters/case-data";
import { LetterConfigError, LetterDataError } from "../letters/errors";
import { letterTypeOf } from "../letters/letter-types";
import { type Office, officeFromSettings } from "../letters/office";
import { type PreparedLetter, prepareLetter } from "../letters/render";
import { cellDate, cellText } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import { normalizeHeader, readRegister, type RegisterRow, type RegisterTable } from "../registers/table";
import type { Workbook } from "../ports";
import type { OfficeDateTime } from "../time/local-date";
import type { ApprovalSettings } from "../letters/approval";
import type { OfficeConfig } from "./config";
import type { Settings } from "./settings";

/** Letters that list everyone tested together; only these need the whole register. */
const COHORT_LETTERS: ReadonlySet<string> = new Set(["SURAT_TUGAS", "SK_PENETAPAN", "BERITA_ACARA"]);

export type LetterOutcome = { readonly ok: true; readonly letters: readonly PreparedLetter[] } | { readonly ok: false; readonly reason: string };

export type LetterPreparer = (
  types: readonly string[],
  row: RegisterRow,
  scheme: Scheme | null,
  eligibility: Eligibility | null,
  competence: Competence,
) => LetterOutcome;

/** Builds the preparer for one sweep: registers read once, the office validated on first use. */
export function letterPreparer(
  workbook: Workbook,
  config: OfficeConfig,
  now: OfficeDateTime,
  cases: RegisterTable,
  /** Every case's per-unit results, loaded on first need (a letter listing a cohort). */
  unitResults: () => ReadonlyMap<string, ReadonlyMap<string, UnitResult>>,
): LetterPreparer {
  let office: Office | null = null;
  let cohorts: Map<string, RegisterRow[]> | null = null;
  const cohortKey = (row: RegisterRow) =>
    [cellText(row.get("Kode Skema")), cellDate(row.get("Jadwal Uji")) ?? "", cellText(row.get("Kode TUK"))].join("|");
  // The TUK and the assessor a case names, from the registers the configuration already read.
  const referenced = (row: RegisterRow, header: string) => config.references.get(header)?.entries.get(normalizeHeader(cellText(row.get(header))))?.row;
  const tukOf = (row: RegisterRow): TukInfo | null => {
    const tuk = referenced(row, "Kode TUK");
    return tuk ? { name: cellText(tuk.get("Nama TUK")), address: cellText(tuk.get("Alamat")) } : null;
  };
  const assessorOf = (row: RegisterRow): AssessorInfo | null => {
    const assessor = referenced(row, "Asesor");
    return assessor ? { name: cellText(assessor.get("Nama")), registrationNumber: cellText(assessor.get("No. Registrasi")) } : null;
  };

  const cohortOf = (row: RegisterRow): RegisterRow[] => {
    if (!cohorts) {
      cohorts = new Map();
      // A letter listing a cohort needs every case of it: read the register whole if only the
      // edited rows were read (once per run, and only when a letter is made).
      const all = cases.raw.partial ? (readRegister(workbook, PERMOHONAN) ?? cases) : cases;
      for (const row of all.rows) {
        const key = cohortKey(row);
        cohorts.set(key, [...(cohorts.get(key) ?? []), row]);
      }
    }
    return cohorts.get(cohortKey(row)) ?? [row];
  };

  // Every participant a letter lists is stated with the same verdict the guards use.
  const competenceOf = (member: RegisterRow): Competence =>
    assessCompetence(config.schemes.get(cellText(member.get("Kode Skema"))), unitResults().get(member.id), cellText(member.get("Rekomendasi Asesor")));

  return (types, row, scheme, eligibility, competence) => {
    try {
      office ??= { ...officeFromSettings(config.settings.raw), timeZone: config.settings.timeZone };
      const assessor = assessorOf(row);
      const letters = types.map((name) => {
        const type = letterTypeOf(name);
        if (!type) throw new LetterDataError("TANDA_TERIMA", row.id, [], `jenis surat "${name}" tidak dikenal`);
        const data = caseLetterData(type, {
          row,
          scheme,
          eligibility,
          tuk: tukOf(row),
          assessors: assessor ? [assessor] : [],
          cohort: COHORT_LETTERS.has(type) ? cohortOf(row) : [row],
          serviceDays: config.settings.serviceSlaDays,
          now,
          competenceOf: (member) => (member === row ? competence : competenceOf(member)),
        });
        return prepareLetter(type, data, { ...office!, caseId: row.id });
      });
      return { ok: true, letters };
    } catch (error) {
      if (error instanceof LetterDataError || error instanceof LetterConfigError) return { ok: false, reason: error.message };
      throw error;
    }
  };
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
