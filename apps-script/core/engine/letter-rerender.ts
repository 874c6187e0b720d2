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
import { assessCompetence, readUnitResults } from "../domain/unit-results";
import { cellDate, cellText } from "../registers/cells";
import { HASIL_ASESMEN, PERMOHONAN } from "../registers/catalog";
import { readRegister } from "../registers/table";
import { dateParts, type OfficeDateTime } from "../time/local-date";
import { type CaseLetterFacts, cohortsOf, dependentIndex, dependentRegisters, dependentsOf, type LetterContext, letterOffice, prepareCaseLetters } from "./case-letters";
import { caseKindOf, caseRegistersInUse } from "./case-kinds";
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

/** `newCode`: where the Surat tab keeps codes, for a certificate drawn again that has none yet. */
export function letterRenderer(workbook: Workbook, newCode?: () => string): LetterRenderer {
  const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
  // Every case register a service uses, read once; a letter's case is found by its ID in any of them.
  const registers = caseRegistersInUse(config);
  const tables = new Map(registers.map((def) => [def.name, readRegister(workbook, def)] as const));
  const dependents = dependentsOf(dependentIndex(tables, dependentRegisters(config, registers.filter((r) => r.name !== PERMOHONAN.name).map((r) => r.name))));
  const rowsByRegister = new Map([...tables].map(([name, table]) => [name, new Map((table?.rows ?? []).map((row) => [row.id, row]))] as const));
  const unitResults = readUnitResults(readRegister(workbook, HASIL_ASESMEN));
  const cohorts = cohortsOf(tables.get(PERMOHONAN.name)?.rows ?? []);
  const render = (record: LetterRecord, now: OfficeDateTime): PreparedLetter => {
    const type = letterTypeOf(record.type)!;
    const found = [...rowsByRegister].find(([, rows]) => rows.has(record.caseId));
    const def = found ? config.caseRegisters.get(found[0]) : undefined;
    const row = found?.[1].get(record.caseId);
    if (!row || !def) {
      throw new LetterDataError(type, record.caseId, [], `${LETTER_KINDS[type].label} untuk kasus ${record.caseId} tidak dibuat: kasus itu tidak ada di register kasus mana pun.`);
    }
    const kind = caseKindOf(config, def, row);
    if ("problem" in kind) throw new LetterDataError(type, record.caseId, [], kind.problem);
    const context: LetterContext = {
      config, now, office: letterOffice(config), cohorts, unitResults,
      casesById: (register, id) => rowsByRegister.get(register)?.get(id), dependents,
      // A certificate drawn again prints the code it was drafted with.
      keptVerificationCode: record.verificationCode, ...(newCode ? { newVerificationCode: newCode } : {}),
    };
    let facts: CaseLetterFacts = { scheme: null, eligibility: null, competence: assessCompetence(undefined, undefined, ""), service: kind.service, register: def, dueDate: null };
    if (def.name === PERMOHONAN.name) {
      const check = checkApplication(row, config.schemes, dateParts(now.date).year);
      const scheme = config.schemes.get(check.application.schemeCode) ?? null;
      facts = {
        ...facts, scheme, eligibility: scheme ? checkEligibility(check.application, scheme) : null,
        competence: assessCompetence(scheme ?? undefined, unitResults.get(row.id), cellText(row.get("Rekomendasi Asesor"))),
      };
    } else {
      facts = { ...facts, dueDate: cellDate(row.get("Tenggat Langkah")) };
    }
    const outcome = prepareCaseLetters([type], row, facts, context);
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
