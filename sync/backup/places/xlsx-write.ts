// Planned TabWrites into .xlsx bytes through the surgical writer of sync/local/xlsx (the one
// `npm start` uses): an existing workbook gets only its changed cells and the tabs it lacks, every
// other part copied byte for byte and the result read back before it may replace the file; a new
// workbook is built by the same code. Nothing here touches the disk.
import { basename } from "node:path";
import { redactPersonalNumbers } from "../../../apps-script/core/text/sanitize";
import { registerNamed } from "../../../apps-script/core/registers/catalog";
import { normalizeHeader } from "../../../apps-script/core/registers/table";
import { XlsxDocument, type NewSheet, type SaveOptions } from "../../local/xlsx/document";
import { dropdownRules } from "../../local/xlsx/dropdowns";
import { XlsxFormatError, XlsxWriteRefused } from "../../local/xlsx/format-error";
import { newWorkbookBytes } from "../../local/xlsx/new-workbook";
import type { ColumnKind } from "../../local/xlsx/serial-date";
import type { CellWrite } from "../../local/xlsx/sheet-writer";
import { XlsxVerifyError } from "../../local/xlsx/verify";
import { SyncError } from "../errors";
import type { Progress } from "../progress";
import type { TabWrite, WrittenPart } from "./types";
import { columnKinds } from "./xlsx-cells";
import { cellWrites, newTab, plannedParts, type NewTab } from "./xlsx-edits";

export interface XlsxEdit {
  /** The new file, or null when no cell differs from what the file already holds. */
  readonly bytes: Uint8Array | null;
  readonly parts: WrittenPart[];
}

/** Every tab is read as stored: numbers as numbers (dates as serials), the plan's own terms. */
const AS_STORED = (): ColumnKind[] => [];

/** What the self-check needs: headers for its messages and the kinds new tabs were written with. */
function checkOptions(headersOf: (name: string) => readonly string[]): SaveOptions {
  return { headersOf, kindsOf: (name) => (headers) => columnKinds(name, headers) };
}

/** Opens the file's bytes for editing; a file the writer cannot read is CORRUPT. */
export function openXlsx(path: string, bytes: Uint8Array): XlsxDocument {
  try {
    return XlsxDocument.open(bytes);
  } catch (error) {
    throw asSyncError(error, path);
  }
}

/** `writes` applied to the workbook `doc` holds: changed cells into its tabs, missing tabs added. */
export async function editXlsx(path: string, doc: XlsxDocument, writes: readonly TabWrite[], progress?: Progress): Promise<XlsxEdit> {
  try {
    const cells = new Map<string, CellWrite[]>();
    const created: NewTab[] = [];
    const parts: WrittenPart[] = [];
    for (const w of writes) {
      if (doc.hasSheet(w.name)) {
        const edits = cellWrites(w, doc.readSheet(w.name, AS_STORED), doc.date1904);
        if (edits.writes.length > 0) cells.set(w.name, edits.writes);
        parts.push(...edits.parts);
      } else {
        created.push(newTab(w));
        parts.push({ tab: w.name, what: "tab baru", fromRow: 1, toRow: 1 }, ...plannedParts(w));
      }
      progress?.advance(1);
    }
    if (cells.size === 0 && created.length === 0) return { bytes: null, parts };
    const headersOf = (name: string) => (doc.hasSheet(name) ? doc.readSheet(name, AS_STORED).table.headers : []);
    const result = await doc.save({ cells, newSheets: created.map((t) => newSheet(t, created, doc)) }, checkOptions(headersOf));
    return { bytes: await withHeaderCells(result.bytes, created), parts };
  } catch (error) {
    throw asSyncError(error, path);
  }
}

/** A new workbook holding `writes` (every tab new), as `export` and a restore into no file make it. */
export async function newXlsx(path: string, writes: readonly TabWrite[], progress?: Progress): Promise<XlsxEdit> {
  try {
    const created = writes.map((w) => {
      progress?.advance(1);
      return newTab(w);
    });
    const parts = writes.flatMap((w): WrittenPart[] => [{ tab: w.name, what: "tab baru", fromRow: 1, toRow: 1 }, ...plannedParts(w)]);
    return { bytes: await withHeaderCells(await newWorkbookBytes(created.map((t) => t.table)), created), parts };
  } catch (error) {
    throw asSyncError(error, path);
  }
}

/**
 * A new tab with its register's widths, formats and dropdowns, as `npm start` adds one. A dropdown
 * listing another register's column finds it in a tab being added or in the workbook.
 */
function newSheet(tab: NewTab, created: readonly NewTab[], doc: XlsxDocument): NewSheet {
  const def = registerNamed(tab.table.name);
  if (!def) return { table: tab.table };
  const locate = (register: string, header: string) => {
    const headers = created.find((t) => t.table.name === register)?.table.headers ?? (doc.hasSheet(register) ? doc.readSheet(register, AS_STORED).table.headers : []);
    const i = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    return i < 0 ? undefined : i;
  };
  return { table: tab.table, def, dropdowns: dropdownRules(def, tab.table.headers, locate) };
}

/** Header cells of new tabs that are not text (a number, a formula), written into the new file. */
async function withHeaderCells(bytes: Uint8Array, created: readonly NewTab[]): Promise<Uint8Array> {
  const pending = created.filter((t) => t.headerCells.length > 0);
  if (pending.length === 0) return bytes;
  const doc = XlsxDocument.open(bytes);
  for (const t of pending) doc.readSheet(t.table.name, AS_STORED);
  const cells = new Map(pending.map((t) => [t.table.name, t.headerCells]));
  return (await doc.save({ cells, newSheets: [] }, checkOptions((name) => created.find((t) => t.table.name === name)?.table.headers ?? []))).bytes;
}

/** The writer's refusals and self-check failures as this tool's errors, worded for staff. */
function asSyncError(error: unknown, path: string): unknown {
  const file = basename(path);
  const said = (e: Error) => redactPersonalNumbers(e.message);
  if (error instanceof XlsxWriteRefused) return new SyncError("REJECTED", `Berkas ${file} tidak diubah: ${said(error)}.`, { cause: error });
  if (error instanceof XlsxVerifyError) {
    const list = error.differences.slice(0, 5).map((d) => `${d.cell}: ${d.what}`).join("; ");
    const more = error.differences.length > 5 ? ` (dan ${error.differences.length - 5} lagi)` : "";
    return new SyncError(
      "WRITE_FAILED",
      redactPersonalNumbers(`Penulisan ke ${file} dibatalkan: pemeriksaan ulang berkas baru menemukan perbedaan — ${list}${more}. Berkas lama tidak diubah. Laporkan pesan ini kepada pengelola aplikasi.`),
      { cause: error },
    );
  }
  if (error instanceof XlsxFormatError) {
    return new SyncError(
      "CORRUPT",
      `Berkas ${file} tidak bisa disunting sebagai .xlsx: ${said(error)}. Berkas tidak diubah. Buka berkas itu di LibreOffice atau Excel dan simpan ulang sebagai "Excel 2007-365 (.xlsx)".`,
      { cause: error },
    );
  }
  return error;
}
