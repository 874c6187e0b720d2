// A form answer becomes a Permohonan row: unique ID under the lock, text kept as text, validated.
import { type CellValue, dateCell, WorkbookError } from "../ports";
import { FORM_RESPONSE_COLUMN, PERMOHONAN, RIWAYAT, STATUS_TOKEN_COLUMN } from "../registers/catalog";
import { recordToCells } from "../registers/records";
import { type ColumnDef, headersOf } from "../registers/schema";
import { cellText } from "../registers/cells";
import { registerProblems } from "../registers/required";
import { engineCells } from "../text/sanitize";
import { normalizeHeader, readRegister, RegisterTable } from "../registers/table";
import { dateParts, toOfficeDateTime } from "../time/local-date";
import { caseKindOf } from "./case-kinds";
import { processCase } from "./case-step";
import { loadConfig } from "./config";
import { CaseIdAllocator, eventId } from "./ids";
import { resolveRole } from "./run-check";
import { statusTokenOf } from "./status-link";
import type { EngineDeps } from "./types";

/** Staff-process columns an applicant never fills, and the date the engine stamps itself. */
const NOT_ASKED = new Set(["ID Permohonan", "Tanggal Permohonan", "Status", "Jadwal Uji", "Kode TUK", "Asesor", "Rekomendasi Asesor", "Catatan Petugas"]);

/** The Permohonan columns an application form asks for, in register order. */
export function applicantColumns(): ColumnDef[] {
  return PERMOHONAN.columns.filter((c) => c.owner === "staff" && !NOT_ASKED.has(c.header));
}

/** Anything else in the answers is ignored. */
const APPLICANT_FIELDS = new Set(applicantColumns().map((c) => normalizeHeader(c.header)));

/** Form answers are text; keep them so, cut at a sane length, and strip control characters. */
export function cleanAnswer(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").trim().slice(0, 1000);
}

export interface Submission {
  readonly id: string;
  readonly problems: readonly string[];
  /** The response was already on Permohonan (its row's ID Jawaban Formulir): nothing was added. */
  readonly duplicate?: boolean;
  /**
   * The case's secret for its status link (Kode Lacak); null when the tab has no such column yet
   * or the place cannot make random IDs (the next sweep gives one).
   */
  readonly statusToken?: string | null;
}

/** A token no case of the register has (a repeat of 120 random bits would be a broken generator). */
function freshToken(newUuid: () => string, table: RegisterTable): string {
  const used = new Set(table.rows.map((r) => cellText(r.get(STATUS_TOKEN_COLUMN)).toUpperCase()));
  let token = statusTokenOf(newUuid());
  while (used.has(token)) token = statusTokenOf(newUuid());
  return token;
}

/**
 * Records one form answer as a Permohonan row. With `responseId` (the form response's ID) the row
 * remembers it, and an answer already taken in is not added twice (a retry, the sweep's
 * reconciliation and a late trigger may all bring the same one).
 */
export function submitApplication(
  deps: EngineDeps,
  answers: Readonly<Record<string, string>>,
  responseId: string | null = null,
): Submission {
  return deps.lock.runExclusive(() => {
    const { workbook } = deps;
    const config = loadConfig(workbook);
    if (config.errors.length > 0) throw new Error(`Konfigurasi belum sah: ${config.errors[0]}`);
    const existing = readRegister(workbook, PERMOHONAN);
    // A register staff deleted or renamed is never recreated behind their back: the answer waits.
    const missing = [...registerProblems(existing, PERMOHONAN), ...registerProblems(readRegister(workbook, RIWAYAT), RIWAYAT)];
    if (missing.length > 0 || !existing) throw new WorkbookError("INVALID", missing.join(" "));
    const responses = existing.has(FORM_RESPONSE_COLUMN);
    if (responseId !== null && responses) {
      const earlier = existing.rows.find((r) => cellText(r.get(FORM_RESPONSE_COLUMN)) === responseId);
      if (earlier) return { id: cellText(earlier.id), problems: [], duplicate: true, statusToken: cellText(earlier.get(STATUS_TOKEN_COLUMN)) || null };
    }
    const instant = deps.clock.now();
    const now = toOfficeDateTime(instant, config.settings.timeZone);
    const id = new CaseIdAllocator(config.settings.caseIdPrefix, existing.rows.map((r) => r.id)).next(dateParts(now.date).year);

    const record: Record<string, CellValue> = {};
    for (const [header, value] of Object.entries(answers)) {
      const column = PERMOHONAN.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(header));
      if (column && APPLICANT_FIELDS.has(normalizeHeader(column.header))) record[column.header] = cleanAnswer(value);
    }
    Object.assign(record, recordToCells(PERMOHONAN, record as Record<string, string>));
    record["ID Permohonan"] = id;
    record["Tanggal Permohonan"] = dateCell(now.date);
    const fromResponse: Record<string, CellValue> = responseId !== null && responses ? { [FORM_RESPONSE_COLUMN]: responseId } : {};
    // Made with the case so the receipt can carry the link; random, so never the case ID.
    const statusToken = deps.newUuid && existing.has(STATUS_TOKEN_COLUMN) ? freshToken(deps.newUuid, existing) : null;
    if (statusToken !== null) fromResponse[STATUS_TOKEN_COLUMN] = statusToken;

    const single = new RegisterTable(PERMOHONAN, {
      name: PERMOHONAN.name,
      headers: headersOf(PERMOHONAN),
      rows: [headersOf(PERMOHONAN).map((h) => record[h] ?? null)],
    });
    const kind = caseKindOf(config, PERMOHONAN, single.rows[0]!);
    if ("problem" in kind) throw new WorkbookError("INVALID", `Layanan permohonan tidak dapat ditentukan: ${kind.problem}`);
    const outcome = processCase(single.rows[0]!, kind.workflow, {
      config, now, actorEmail: deps.actor.email, role: resolveRole(config, deps.actor.email), currentYear: dateParts(now.date).year,
      service: kind.service, register: PERMOHONAN, letters: null, caseIds: new Map(), methodDecision: null, documents: new Set(), linkedHistories: new Map(),
      history: [], pendingLetters: [],
    });
    workbook.applyChanges([
      // The applicant's answers as given; the engine's own cells masked like every engine text.
      { table: PERMOHONAN.name, patches: [], appends: [{ ...record, ...engineCells(outcome.values), ...fromResponse }] },
      {
        table: RIWAYAT.name,
        patches: [],
        appends: outcome.audits.map((a, i) => ({
          "ID Riwayat": eventId("RWY", now, instant, i + 1),
          Waktu: dateCell(now.date, now.minuteOfDay),
          "ID Permohonan": id,
          Dari: a.from || null,
          Ke: a.to,
          Oleh: "formulir",
          Peran: null,
          Hasil: a.applied ? "Diterapkan" : "Ditolak",
          Keterangan: "Permohonan diterima melalui formulir",
        })),
      },
    ]);
    return { id, problems: outcome.errors, ...(statusToken !== null ? { statusToken } : {}) };
  });
}
