// A brand-new local workbook: every register, the sample office, sample cases of every shipped
// service (applications, incoming and outgoing letters, complaints, an appeal) with the history
// an earlier run would have left, and one formula pasted into a name (to show how the engine
// treats it) — written once as a new file. Only a file that does not exist is built so.
import { loadConfig } from "../../apps-script/core/engine/config";
import { SURVEI_IKM } from "../../apps-script/core/engine/ikm-register";
import { ensureRegisters, seedDefaults } from "../../apps-script/core/engine/setup";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import type { Clock, RawTable } from "../../apps-script/core/ports";
import { SERTIFIKAT_REGISTER } from "../../apps-script/core/engine/certificate-register";
import { DOKUMEN_KASUS, PERMOHONAN, RIWAYAT } from "../../apps-script/core/registers/catalog";
import { recordToCells } from "../../apps-script/core/registers/records";
import { toOfficeDateTime } from "../../apps-script/core/time/local-date";
import { FORMULA_SAMPLE, sampleApplicationHistories, sampleApplications } from "./sample-applications";
import { sampleCases } from "./sample-cases";
import { sampleCertificate } from "./sample-certificates";
import { sampleHistoryRows } from "./sample-history";
import { sampleSurveys } from "./sample-surveys";
import { writeNewWorkbook } from "./xlsx/new-workbook";

/** The sample office as tables, ready to be written as a new file. */
export function sampleTables(clock: Clock): RawTable[] {
  const workbook = new MemoryWorkbook();
  ensureRegisters(workbook);
  seedDefaults(workbook);
  const config = loadConfig(workbook);
  const today = toOfficeDateTime(clock.now(), config.settings.timeZone).date;
  const cases = sampleCases(today, config.calendar);
  // The sample scheme's certificate nearing its expiry: the first run queues its reminders.
  const scheme = [...config.schemes.values()][0];
  const certificate = scheme ? sampleCertificate(today, config.calendar, scheme) : null;
  const caseRows = [...cases.registers].map(([name, rows]) => {
    const def = config.caseRegisters.get(name);
    if (!def) throw new Error(`Register kasus contoh ${name} tidak dinyatakan di Kolom Kasus`);
    return { table: name, patches: [], appends: rows.map((r) => recordToCells(def, r)) };
  });
  workbook.applyChanges([
    { table: PERMOHONAN.name, patches: [], appends: [...sampleApplications(today, config.calendar), ...(certificate ? [certificate.application] : [])].map((s) => recordToCells(PERMOHONAN, s)) },
    ...(certificate ? [{ table: SERTIFIKAT_REGISTER.name, patches: [], appends: [recordToCells(SERTIFIKAT_REGISTER, certificate.certificate)] }] : []),
    ...caseRows,
    { table: DOKUMEN_KASUS.name, patches: [], appends: cases.documents.map((r) => recordToCells(DOKUMEN_KASUS, r)) },
    { table: RIWAYAT.name, patches: [], appends: sampleHistoryRows([...sampleApplicationHistories(today, config.calendar), ...(certificate ? [certificate.history] : []), ...cases.histories]) },
    // Survey answers of earlier months, so the dashboard has IKM per service to show.
    { table: SURVEI_IKM.name, patches: [], appends: sampleSurveys(today, config.calendar).map((r) => recordToCells(SURVEI_IKM, r)) },
  ]);
  return workbook.tableNames().map((name) => {
    const table = workbook.readTable(name)!;
    return name === PERMOHONAN.name ? withSampleFormula(table) : table;
  });
}

/** The sample's name cell holds a real formula, as a careless paste would leave it. */
function withSampleFormula(table: RawTable): RawTable {
  const idColumn = table.headers.indexOf("ID Permohonan");
  const column = table.headers.indexOf(FORMULA_SAMPLE.header);
  const row = table.rows.findIndex((r) => r[idColumn] === FORMULA_SAMPLE.id);
  if (row < 0 || column < 0) return table;
  const rows = table.rows.map((r, i) => (i === row ? r.map((v, c) => (c === column ? "Klik di sini" : v)) : r));
  return { ...table, rows, formulas: new Map([[row, new Map([[column, `=${FORMULA_SAMPLE.formula}`]])]]) };
}

export async function createSampleWorkbook(path: string, clock: Clock): Promise<void> {
  await writeNewWorkbook(path, sampleTables(clock));
}
