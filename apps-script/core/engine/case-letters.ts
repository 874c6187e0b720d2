// Letters a move calls for: data built from the registers, rendered, checked before the move is
// accepted (a letter that cannot be made complete refuses the move), recorded after the sweep.
import type { Eligibility } from "../domain/eligibility";
import type { Scheme } from "../domain/schemes";
import type { UnitResult } from "../domain/unit-results";
import { caseLetterData, type AssessorInfo, type TukInfo } from "../letters/case-data";
import { LetterConfigError, LetterDataError } from "../letters/errors";
import { letterTypeOf } from "../letters/letter-types";
import { type Office, officeFromSettings } from "../letters/office";
import { type PreparedLetter, prepareLetter } from "../letters/render";
import { cellDate, cellText } from "../registers/cells";
import { ASESOR, PERMOHONAN, TUK } from "../registers/catalog";
import { readRegister, type RegisterRow, type RegisterTable } from "../registers/table";
import type { Workbook } from "../ports";
import type { OfficeDateTime } from "../time/local-date";
import type { ApprovalSettings } from "../letters/approval";
import type { OfficeConfig } from "./config";
import type { Settings } from "./settings";

/** Letters that list everyone tested together; only these need the whole register. */
const COHORT_LETTERS: ReadonlySet<string> = new Set(["SURAT_TUGAS", "SK_PENETAPAN", "BERITA_ACARA"]);

export type LetterOutcome = { readonly ok: true; readonly letters: readonly PreparedLetter[] } | { readonly ok: false; readonly reason: string };

export type LetterPreparer = (types: readonly string[], row: RegisterRow, scheme: Scheme | null, eligibility: Eligibility | null) => LetterOutcome;

/** Builds the preparer for one sweep: registers read once, the office validated on first use. */
export function letterPreparer(
  workbook: Workbook,
  config: OfficeConfig,
  now: OfficeDateTime,
  cases: RegisterTable,
  unitResults?: (caseId: string) => ReadonlyMap<string, UnitResult> | undefined,
): LetterPreparer {
  let office: Office | null = null;
  let tuks: Map<string, TukInfo> | null = null;
  let assessors: Map<string, AssessorInfo> | null = null;
  let cohorts: Map<string, RegisterRow[]> | null = null;
  const cohortKey = (row: RegisterRow) =>
    [cellText(row.get("Kode Skema")), cellDate(row.get("Jadwal Uji")) ?? "", cellText(row.get("Kode TUK"))].join("|");

  const lookups = () => {
    tuks ??= new Map((readRegister(workbook, TUK)?.rows ?? []).map((r) => [cellText(r.get("Kode TUK")), { name: cellText(r.get("Nama TUK")), address: cellText(r.get("Alamat")) }]));
    assessors ??= new Map((readRegister(workbook, ASESOR)?.rows ?? []).map((r) => [cellText(r.get("No. Registrasi")), { name: cellText(r.get("Nama")), registrationNumber: cellText(r.get("No. Registrasi")) }]));
    return { tuks, assessors };
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

  return (types, row, scheme, eligibility) => {
    try {
      office ??= { ...officeFromSettings(config.settings.raw), timeZone: config.settings.timeZone };
      const { tuks, assessors } = lookups();
      const assessor = assessors.get(cellText(row.get("Asesor")));
      const letters = types.map((name) => {
        const type = letterTypeOf(name);
        if (!type) throw new LetterDataError("TANDA_TERIMA", row.id, [], `jenis surat "${name}" tidak dikenal`);
        const data = caseLetterData(type, {
          row,
          scheme,
          eligibility,
          tuk: tuks.get(cellText(row.get("Kode TUK"))) ?? null,
          assessors: assessor ? [assessor] : [],
          cohort: COHORT_LETTERS.has(type) ? cohortOf(row) : [row],
          serviceDays: config.settings.serviceSlaDays,
          now,
          ...(type === "SURAT_KETERANGAN" ? { unitResults: unitResults?.(row.id) } : {}),
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
