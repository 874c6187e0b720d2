// The edit fast path (installable on-edit trigger): checks just the edited rows of Permohonan or
// of a case register declared in Kolom Kasus (Surat Masuk, Pengaduan, …), including multi-cell
// edits and pastes, and explains refused status moves in a toast.
// Edits made by scripts or the API never arrive here; the daily sweep reconciles those.
import { runCheck } from "../core/engine/run-check";
import { caseRegisterDef, idColumnOf } from "../core/registers/case-registers";
import { LIBUR, PERMOHONAN, registerNamed, SURAT } from "../core/registers/catalog";
import { LockBusyError, ScheduleLimitError } from "../core/ports";
import { type GasContext, log, openContext } from "./context";
import { activeUserEmail } from "./session";
import { DEFERRED_PREFIX, deferredEdits } from "./deferred-edits";
import { GasScheduler } from "./gas-scheduler";
import { approvalsInEdit, approveAndFinish } from "./letter-actions";
import { normalizeHeader } from "../core/registers/table";
import { documentCache, forgetConfig, isConfigTable } from "./config-cache";
import { forgetHolidayCache } from "./custom-functions";
import { keyOf } from "./row-locator";

const MAX_TOAST_ITEMS = 3;
export const DEFERRED_EDIT_HANDLER = "retryDeferredEdits";
const EDIT_LOCK_WAIT_MS = 60_000;
const RETRY_EDIT_AFTER_MS = 2 * 60_000;

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (name === LIBUR.name) forgetHolidayCache();
  if (isConfigTable(name)) forgetConfig(documentCache());
  if (name === SURAT.name) return onLetterEdit(e);
  // Any other catalog tab (TUK, Riwayat, …) is no case register; any tab outside the catalog may
  // be one Kolom Kasus declares, recognised by its "ID <tab>" column (runCheck judges the rest).
  if (name !== PERMOHONAN.name && registerNamed(name)) return;
  const [top, bottom] = rowsOf(range);
  const first = Math.max(2, top);
  const last = bottom;
  if (last < first) return; // header row only

  const register = name === PERMOHONAN.name ? PERMOHONAN : caseRegisterDef(name, [], { received: null, workflowColumn: null });
  // The header once (handed to the workbook, which then never asks again) and the edited rows' IDs:
  // one getSheetValues call each (-1 = up to the last column with data).
  let headers: unknown[];
  try {
    headers = sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
  } catch {
    return; // an empty tab
  }
  const columnOf = (header: string): number | undefined => {
    const at = headers.findIndex((h) => normalizeHeader(String(h)) === normalizeHeader(header));
    return at < 0 ? undefined : at + 1;
  };
  const idColumn = columnOf(register === PERMOHONAN ? "ID Permohonan" : idColumnOf(name));
  if (idColumn === undefined) return; // not set up yet (or a staff tab): the sweep or set-up will report it
  const ids = sheet.getSheetValues(first, idColumn, last - first + 1, 1).map((line) => keyOf([line[0] === "" ? null : String(line[0])]));
  // A blank ID means a new row: "" selects the rows still without ID, so they get one now.
  const onlyIds = [...new Set(ids)];
  const actor = (e.user ? e.user.getEmail() : "") || activeUserEmail();
  const ctx = openContext({ actorEmail: actor, toasts: true, lockTimeoutMs: EDIT_LOCK_WAIT_MS, configCache: "reuse", ...(e.source ? { spreadsheet: e.source } : {}) });
  ctx.workbook.prime(name, sheet, headers);
  const rowHints = Array.from({ length: last - first + 1 }, (_, i) => first - 2 + i);
  let summary;
  try {
    summary = runCheck(ctx.deps, { onlyIds, rowHints, ...(register === PERMOHONAN ? {} : { register: name }) });
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    // Keep who edited: the sweep could not tell, and the unknown-user setting would decide instead.
    deferEdit(ctx, onlyIds, actor, name, "Pemeriksaan lain sedang berjalan; perubahan ini diperiksa otomatis beberapa menit lagi.");
    return;
  }
  if (summary.configErrors.length > 0) {
    ctx.notify(`Konfigurasi belum sah: ${summary.configErrors.slice(0, MAX_TOAST_ITEMS).join("; ")}`);
    return;
  }
  const messages: string[] = [];
  if (summary.movesRefused > 0) {
    const reasonColumn = columnOf("Pesan Langkah");
    const reasons = reasonColumn === undefined ? [] : sheet.getSheetValues(first, reasonColumn, last - first + 1, 1).map((l) => String(l[0])).filter((r) => r !== "");
    messages.push(`Perpindahan status dikembalikan: ${[...new Set(reasons)].slice(0, MAX_TOAST_ITEMS).join("; ") || "langkah tidak sah"}.`);
  }
  for (const problem of summary.problems.slice(0, MAX_TOAST_ITEMS)) messages.push(`${problem.id}: ${problem.messages.join("; ")}`);
  if (messages.length > 0) ctx.notify(messages.join("\n"));
}

/**
 * The edited rows from the range's A1 notation ("P504", "P504:Q506", "504:506"): one call instead
 * of getRow and getLastRow; a whole-column range ("P:P") has no rows in it and asks for them.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#geta1notation
 */
function rowsOf(range: GoogleAppsScript.Spreadsheet.Range): [number, number] {
  const match = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/.exec(range.getA1Notation());
  if (!match) return [range.getRow(), range.getLastRow()];
  const top = Number(match[1]);
  return [top, match[2] === undefined ? top : Number(match[2])];
}

/** The head sets Status Surat to "Disetujui": approved and numbered at once if their role allows. */
function onLetterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const ids = approvalsInEdit(e.range);
  if (ids.length === 0) return;
  const actor = (e.user ? e.user.getEmail() : "") || activeUserEmail();
  const ctx = openContext({ actorEmail: actor, toasts: true, lockTimeoutMs: EDIT_LOCK_WAIT_MS, configCache: "reuse" });
  try {
    notifyLines(ctx, approveAndFinish(ctx, { actorEmail: actor, ids: new Set(ids), markClaimed: false }));
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    deferEdit(ctx, ids, actor, SURAT.name, "Proses lain sedang berjalan; persetujuan surat ini diproses otomatis beberapa menit lagi.");
  }
}

function notifyLines(ctx: GasContext, lines: readonly string[]): void {
  if (lines.length > 0) ctx.notify(lines.slice(0, MAX_TOAST_ITEMS + 1).join("\n"));
}

/**
 * Keeps the edit with its actor and schedules its retry (one waiting retry runs every kept edit).
 * Past the trigger limit staff are told so, in Indonesian, instead of being promised a retry.
 */
function deferEdit(ctx: GasContext, ids: readonly string[], actor: string | null, table: string, promise: string): void {
  const key = `${DEFERRED_PREFIX}${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify({ ids: ids.slice(0, 500), actor, table }));
  try {
    ctx.scheduler.runLater(DEFERRED_EDIT_HANDLER, RETRY_EDIT_AFTER_MS);
  } catch (error) {
    if (!(error instanceof ScheduleLimitError)) throw error;
    ctx.notify(`Proses lain sedang berjalan dan pemeriksaan ulang tidak dapat dijadwalkan; ulangi perubahan ini beberapa menit lagi. ${error.message}`);
    return;
  }
  ctx.notify(promise);
}

/** Re-runs edits that found the lock busy, each with the actor who made it. */
export function retryDeferredEdits(): void {
  const scheduler = new GasScheduler();
  scheduler.cancel(DEFERRED_EDIT_HANDLER);
  if (!settleDeferredEdits()) scheduler.runLater(DEFERRED_EDIT_HANDLER, RETRY_EDIT_AFTER_MS);
}

/**
 * Settles every kept edit in its own editor's name; false when the lock was busy again (what is
 * left stays kept). A check asked for from the menu runs this first, so those changes are never
 * judged as unattributed nor credited to whoever asked for the check.
 */
export function settleDeferredEdits(): boolean {
  const properties = PropertiesService.getDocumentProperties();
  for (const [key, { ids, actor, table }] of deferredEdits()) {
    const ctx = openContext({ actorEmail: actor ?? null, toasts: false, lockTimeoutMs: EDIT_LOCK_WAIT_MS, configCache: "reuse" });
    try {
      if (table === SURAT.name) for (const line of approveAndFinish(ctx, { actorEmail: actor ?? null, ids: new Set(ids ?? []), markClaimed: false })) log(line);
      else runCheck(ctx.deps, { onlyIds: ids ?? [], ...(table && table !== PERMOHONAN.name ? { register: table } : {}) });
    } catch (error) {
      if (error instanceof LockBusyError) return false;
      throw error;
    }
    properties.deleteProperty(key);
  }
  return true;
}
