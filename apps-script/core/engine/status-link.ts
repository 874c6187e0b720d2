// "Where is my application": each case carries a secret token (Kode Lacak) and the web app's
// `?status=<token>` answers, for that one case only, with the service, the current step, since
// when (from Riwayat, the engine's own history), the due date of the service promise and whether
// it is finished. Nothing else: no name, no NIK/NIP, no case ID, no list. A token that is
// malformed, unknown or on a row without ID gets one and the same answer, so probing tells
// nothing. Reading is all a token allows: no move, no edit. Served by gas/web-app.ts and locally
// by `npm run verifikasi -- --status`.
import type { RowPatch, TableChanges, Workbook } from "../ports";
import { tanggalPanjang } from "../letters/format";
import { escapeHtml } from "../letters/template-runtime";
import { cellDate, cellText } from "../registers/cells";
import { RECORDED_STATUS_COLUMN, RIWAYAT, STATUS_TOKEN_COLUMN } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { readRegister, type RegisterRow } from "../registers/table";
import type { LocalDate } from "../time/local-date";
import { stateOf } from "../workflow/definition";
import { caseKindOf, caseRegistersInUse } from "./case-kinds";
import { loadConfig } from "./config";
import { readHistories } from "./history";
import type { EngineDeps } from "./types";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TOKEN_LENGTH = 24;

/**
 * A status token from a random UUID (Utilities.getUuid, crypto.randomUUID): the version and
 * variant digits are skipped, the 30 random hex digits left (120 bits) make 24 Crockford
 * characters — far past guessing, and plain enough for a link.
 * @example statusTokenOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c") // "1Y62N7HV3Q3YMN8X5RZMMPVC"
 */
export function statusTokenOf(uuid: string): string {
  const hex = uuid.toLowerCase().replace(/[^0-9a-f]/g, "");
  if (hex.length !== 32) throw new Error("statusTokenOf: a UUID of 32 hex digits is needed");
  let value = BigInt(`0x${hex.slice(0, 12)}${hex.slice(13, 16)}${hex.slice(17)}`);
  let token = "";
  for (let i = 0; i < TOKEN_LENGTH; i += 1) {
    token = CROCKFORD[Number(value & 31n)]! + token;
    value >>= 5n;
  }
  return token;
}

/** A token as a link or a person gives it: case and spaces ignored, O read as 0 and I/L as 1. Null when it cannot be one. */
export function normalizeStatusToken(input: string): string | null {
  const plain = input.slice(0, 64).toUpperCase().replace(/\s/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return new RegExp(`^[0-9A-HJKMNP-TV-Z]{${TOKEN_LENGTH}}$`).test(plain) ? plain : null;
}

/** The applicant's link: the web app's address with `?status=`. */
export function statusLink(webAppUrl: string, token: string): string {
  return `${webAppUrl}${webAppUrl.includes("?") ? "&" : "?"}status=${encodeURIComponent(token)}`;
}

export type StatusAnswer =
  | { readonly found: false }
  | {
      readonly found: true;
      readonly service: string;
      readonly step: string;
      /** The day the case entered its step, as Riwayat records it; null when the history holds none. */
      readonly since: LocalDate | null;
      /** The due date of the service promise (Tenggat Layanan); null when not counting (not started, paused, final). */
      readonly due: LocalDate | null;
      readonly final: boolean;
      /** The service clock stands still in this step (e.g. a dossier returned to the applicant). */
      readonly paused: boolean;
      /** The step the service promise counts from (Layanan SLA from the state that starts it); null when the service promises no date. */
      readonly countsFrom: string | null;
    };

const NOT_FOUND: StatusAnswer = { found: false };

/**
 * The answer for `input`: each case register a service uses read once, then only the case's own
 * Riwayat rows. Reads only; writes nothing.
 */
export function lookUpStatus(workbook: Workbook, input: string): StatusAnswer {
  const token = normalizeStatusToken(input);
  if (token === null) return NOT_FOUND;
  const config = loadConfig(workbook);
  let found: { def: RegisterDef; row: RegisterRow } | null = null;
  for (const def of caseRegistersInUse(config)) {
    const table = readRegister(workbook, def);
    if (!table?.has(STATUS_TOKEN_COLUMN)) continue;
    const row = table.rows.find((r) => r.id !== "" && cellText(r.get(STATUS_TOKEN_COLUMN)).toUpperCase() === token);
    if (row) {
      found = { def, row };
      break;
    }
  }
  if (!found) return NOT_FOUND;
  const { def, row } = found;
  const kind = caseKindOf(config, def, row);
  if ("problem" in kind) return NOT_FOUND;
  const audit = readRegister(workbook, RIWAYAT, { matching: { column: "ID Permohonan", values: [row.id] } });
  const events = readHistories(audit).get(row.id) ?? [];
  const last = events[events.length - 1];
  // The history decides the step and its day; the cached engine cell only for a case without one.
  const state = stateOf(kind.workflow, last ? last.to : cellText(row.get(RECORDED_STATUS_COLUMN)));
  if (!state) return NOT_FOUND;
  const since = last ? last.date : cellDate(row.get("Status Sejak"));
  const due = state.final || state.clockStops ? null : cellDate(row.get("Tenggat Layanan"));
  const countsFrom = kind.service.slaDays === null ? null : kind.workflow.states.find((st) => st.startsService)?.status ?? null;
  return { found: true, service: kind.service.name, step: state.status, since, due, final: state.final, paused: state.clockStops, countsFrom };
}

export const STATUS_NOT_FOUND_TEXT = "Tautan status tidak dikenali. Periksa kembali tautan pada e-mail tanda terima Anda; bila tetap tidak dikenali, hubungi kantor layanan.";

/** The answer as lines of text (the local command, the web page's body). */
export function statusLines(answer: StatusAnswer): string[] {
  if (!answer.found) return [STATUS_NOT_FOUND_TEXT];
  const lines = [
    `Layanan: ${answer.service}`,
    `Tahap saat ini: ${answer.step}${answer.final ? " (selesai)" : ""}`,
    answer.since ? `Sejak: ${tanggalPanjang(answer.since)}` : "Sejak: belum tercatat",
  ];
  if (answer.final) lines.push("Status: SELESAI — permohonan Anda telah selesai diproses.");
  else if (answer.paused) lines.push("Tenggat janji layanan: waktu layanan berhenti sementara sampai kekurangan dilengkapi.");
  else if (answer.due) lines.push(`Tenggat janji layanan: ${tanggalPanjang(answer.due)}`);
  else if (answer.countsFrom) lines.push(`Tenggat janji layanan: dihitung mulai tahap ${answer.countsFrom}.`);
  else lines.push("Tenggat janji layanan: tidak ditetapkan untuk layanan ini.");
  return lines;
}

/** A whole page for the web app: the office's name and the answer. */
export function statusPage(answer: StatusAnswer, office: { readonly unitName: string }): string {
  const lines = statusLines(answer).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Status Permohonan</title>`
    + `<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}h1{font-size:1.3em}</style></head>`
    + `<body><h1>Status Permohonan — ${escapeHtml(office.unitName)}</h1>${lines}</body></html>`;
}

export interface StatusTokenReport {
  /** Cases given a token now. */
  readonly assigned: number;
  /** Case registers that gained the Kode Lacak column at their end. */
  readonly columnsAdded: readonly string[];
}

/**
 * Gives every case with an ID and no token one (cases from before the status link, rows staff
 * typed in, spawned cases), under the lock, in one applyChanges call. A case register without the
 * column gains it at its end, as migration adds optional columns. Tokens are never logged.
 */
export function reconcileStatusTokens(deps: EngineDeps): StatusTokenReport {
  const newUuid = deps.newUuid;
  if (!newUuid) return { assigned: 0, columnsAdded: [] };
  return deps.lock.runExclusive(() => {
    const config = loadConfig(deps.workbook);
    if (config.errors.length > 0) return { assigned: 0, columnsAdded: [] };
    const columnsAdded: string[] = [];
    const changes: TableChanges[] = [];
    const used = new Set<string>();
    const pending: { def: RegisterDef; rows: RegisterRow[] }[] = [];
    for (const def of caseRegistersInUse(config)) {
      let table = readRegister(deps.workbook, def);
      if (!table) continue;
      if (!table.has(STATUS_TOKEN_COLUMN)) {
        deps.workbook.ensureTable(def.name, [STATUS_TOKEN_COLUMN]);
        columnsAdded.push(def.name);
        table = readRegister(deps.workbook, def);
        if (!table?.has(STATUS_TOKEN_COLUMN)) continue;
      }
      const rows: RegisterRow[] = [];
      for (const row of table.rows) {
        const token = cellText(row.get(STATUS_TOKEN_COLUMN)).toUpperCase();
        if (token !== "") used.add(token);
        else if (row.id !== "" && !table.raw.partial) rows.push(row);
      }
      pending.push({ def, rows });
    }
    let assigned = 0;
    for (const { def, rows } of pending) {
      if (rows.length === 0) continue;
      const patches: RowPatch[] = rows.map((row) => {
        let token = statusTokenOf(newUuid());
        while (used.has(token)) token = statusTokenOf(newUuid());
        used.add(token);
        return { id: row.id, rowHint: row.rowIndex, values: { [STATUS_TOKEN_COLUMN]: token } };
      });
      assigned += patches.length;
      changes.push({ table: def.name, patches, appends: [] });
    }
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    return { assigned, columnsAdded };
  });
}

/** The report as summary lines (counts only, never a token). */
export function statusTokenLines(report: StatusTokenReport): string[] {
  return [
    ...report.columnsAdded.map((name) => `Kolom ${STATUS_TOKEN_COLUMN} ditambahkan di akhir tab ${name}; jalankan Siapkan / perbarui register untuk formatnya.`),
    ...(report.assigned > 0 ? [`${report.assigned} kasus diberi ${STATUS_TOKEN_COLUMN} untuk tautan status pemohon.`] : []),
  ];
}
