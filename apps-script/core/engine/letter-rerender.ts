// Renders letters again from their case as the registers hold it now: for letters queued without a
// document (quota) and letters the head sent back ("Perlu Perbaikan"). Used by every place.
import { checkApplication } from "../domain/application";
import { checkEligibility } from "../domain/eligibility";
import { LetterDataError } from "../letters/errors";
import { type LetterFailure, type RecordDeps, reworkLetters } from "../letters/issue";
import { LETTER_STATUS, type LetterRecord } from "../letters/letter-book";
import { LETTER_KINDS, LETTER_TYPE_CODES, letterTypeOf } from "../letters/letter-types";
import type { PreparedLetter } from "../letters/render";
import type { RowPatch, Workbook } from "../ports";
import { assessCompetence, readUnitResults, type UnitResult } from "../domain/unit-results";
import { cellText } from "../registers/cells";
import { HASIL_ASESMEN, PERMOHONAN } from "../registers/catalog";
import { readRegister } from "../registers/table";
import { dateParts, type OfficeDateTime } from "../time/local-date";
import { letterPreparer, type LetterPreparer } from "./case-letters";
import { loadConfig, type OfficeConfig } from "./config";

/** What rendering needs, read once per run: the configuration and the cases as they are now. */
export interface LetterRenderer {
  readonly config: OfficeConfig;
  /** Builds a letter again from its case, dated `madeAt`. Throws `LetterDataError` when it cannot. */
  render(record: LetterRecord, madeAt: OfficeDateTime): PreparedLetter;
}

/** Letters to render again: queued without a document, or sent back for correction. */
export function needsRendering(record: LetterRecord): boolean {
  if (record.id === "" || letterTypeOf(record.type) === null) return false;
  return (record.status === LETTER_STATUS.draft && record.docLink === null) || record.status === LETTER_STATUS.needsRework;
}

export function letterRenderer(workbook: Workbook): LetterRenderer {
  const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
  const cases = readRegister(workbook, PERMOHONAN);
  const rows = new Map((cases?.rows ?? []).map((row) => [row.id, row]));
  let results: ReadonlyMap<string, ReadonlyMap<string, UnitResult>> | null = null;
  const preparers = new Map<string, LetterPreparer>();
  const render = (record: LetterRecord, now: OfficeDateTime): PreparedLetter => {
    const type = letterTypeOf(record.type)!;
    const row = rows.get(record.caseId);
    if (!row || !cases) {
      throw new LetterDataError(type, record.caseId, [], `${LETTER_KINDS[type].label} untuk permohonan ${record.caseId} tidak dibuat: permohonan itu tidak ada di tab Permohonan.`);
    }
    const key = `${now.date} ${now.minuteOfDay}`;
    const prepare = preparers.get(key) ?? preparers.set(key, letterPreparer(workbook, config, now, cases, () => (results ??= readUnitResults(readRegister(workbook, HASIL_ASESMEN))))).get(key)!;
    const check = checkApplication(row, config.schemes, dateParts(now.date).year);
    const scheme = config.schemes.get(check.application.schemeCode) ?? null;
    results ??= readUnitResults(readRegister(workbook, HASIL_ASESMEN));
    const competence = assessCompetence(scheme ?? undefined, results.get(row.id), cellText(row.get("Rekomendasi Asesor")));
    const outcome = prepare([type], row, scheme, scheme ? checkEligibility(check.application, scheme) : null, competence);
    if (!outcome.ok) throw new LetterDataError(type, record.caseId, [], outcome.reason);
    return outcome.letters[0]!;
  };
  return { config, render };
}

/**
 * Renders the records again into "Surat/<tahun>/<jenis>" and returns the letter-book patches.
 * Stops early (`deferred`) when the document sink runs out of quota.
 */
export function rerenderLetters(
  records: readonly LetterRecord[],
  renderer: LetterRenderer,
  deps: Required<RecordDeps>,
  madeAt: (record: LetterRecord) => OfficeDateTime,
): { patches: RowPatch[]; failures: LetterFailure[]; deferred: number } {
  const byFolder = new Map<string, LetterRecord[]>();
  for (const record of records) {
    const folder = `Surat/${dateParts(madeAt(record).date).year}/${letterTypeOf(record.type)}`;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), record]);
  }
  const patches: RowPatch[] = [];
  const failures: LetterFailure[] = [];
  for (const [folder, group] of byFolder) {
    const result = reworkLetters(group, (r) => renderer.render(r, madeAt(r)), deps, { folder, timeZone: renderer.config.settings.timeZone });
    patches.push(...result.changes.patches);
    failures.push(...result.failures);
    if (result.deferred > 0) return { patches, failures, deferred: result.deferred };
  }
  return { patches, failures, deferred: 0 };
}
