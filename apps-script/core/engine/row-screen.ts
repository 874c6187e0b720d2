// Rows the engine must not process until staff resolve them: an ID on more than one row, a row
// whose ID was cleared although the case is recorded, and cells merged over what the engine writes.
import { columnLetters } from "../registers/a1";
import { CASE_STATUS_COLUMN, PERMOHONAN, RECORDED_STATUS_COLUMN } from "../registers/catalog";
import { cellText } from "../registers/cells";
import { engineHeadersOf } from "../registers/schema";
import { normalizeHeader, type RegisterRow, type RegisterTable } from "../registers/table";
import type { CaseHistories } from "./history";

export interface HeldRow {
  /** For the run's summary (row numbers, IDs; no personal data). */
  readonly summary: string;
  /** For the row's Catatan Validasi, or null when the engine must not write the row at all. */
  readonly cellNote: string | null;
}

/** Columns the engine writes on a case row: its own, Status when it puts a move back, the ID when blank. */
function writtenColumns(table: RegisterTable): Map<number, string> {
  const wanted = new Set([...engineHeadersOf(table.def), CASE_STATUS_COLUMN, table.def.key[0] ?? "ID Permohonan"].map(normalizeHeader));
  const columns = new Map<number, string>();
  table.raw.headers.forEach((header, i) => {
    if (wanted.has(normalizeHeader(header))) columns.set(i, header);
  });
  return columns;
}

const a1 = (row: number, column: number) => `${columnLetters(column)}${row + 2}`;

/** Merged blocks over written columns, by data row. */
function mergedRows(table: RegisterTable): Map<number, string> {
  const columns = writtenColumns(table);
  const held = new Map<number, string>();
  for (const m of table.raw.merges ?? []) {
    const hit = [...columns].filter(([c]) => c >= m.left && c <= m.right).map(([, header]) => header);
    if (hit.length === 0) continue;
    const range = `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
    for (let r = Math.max(0, m.top); r <= m.bottom; r += 1) {
      held.set(r, `sel gabungan (merge) ${range} menutupi kolom ${hit.join(", ")} yang ditulis mesin; pisahkan sel itu agar baris ini diperiksa`);
    }
  }
  return held;
}

/**
 * The rows to hold back this run, by data-row index. `histories` tells which case IDs the
 * audit trail knows, to suggest the ID a cleared cell held.
 */
export function screenRows(table: RegisterTable, histories: CaseHistories): Map<number, HeldRow> {
  const held = new Map<number, HeldRow>();
  for (const [rowIndex, reason] of mergedRows(table)) {
    held.set(rowIndex, { summary: `${table.def.name} baris ${rowIndex + 2}: ${reason}`, cellNote: null });
  }

  const rowsById = new Map<string, RegisterRow[]>();
  for (const row of table.rows) if (row.id !== "") (rowsById.get(row.id) ?? rowsById.set(row.id, []).get(row.id)!).push(row);
  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    const where = rows.map((r) => r.sheetRow).join(", ");
    const note = `${table.def.key[0]} ${id} dipakai di lebih dari satu baris (baris ${where}): kasus tidak diproses sampai hanya satu baris memakainya. ` +
      `Bila baris ini salinan untuk permohonan baru, kosongkan ${table.def.key[0]} dan ${RECORDED_STATUS_COLUMN}-nya.`;
    for (const row of rows) if (!held.has(row.rowIndex)) held.set(row.rowIndex, { summary: note, cellNote: note });
  }

  const known = new Set(table.rows.map((r) => r.id));
  const lost = [...histories.keys()].filter((id) => !known.has(id));
  for (const row of table.rows) {
    const recorded = cellText(row.get(RECORDED_STATUS_COLUMN));
    if (row.id !== "" || recorded === "" || held.has(row.rowIndex)) continue;
    const hint = lost.length > 0 ? ` ID di Riwayat yang tidak ada di Permohonan: ${lost.slice(0, 3).join(", ")}${lost.length > 3 ? ", …" : ""}.` : "";
    const note = `${table.def.key[0]} kosong, padahal baris ini sudah tercatat (${RECORDED_STATUS_COLUMN} "${recorded}"): mesin tidak memberi ID baru. ` +
      `Ketik kembali ID-nya; bila ini permohonan baru, kosongkan juga ${RECORDED_STATUS_COLUMN}.${hint}`;
    held.set(row.rowIndex, { summary: `${table.def.name} baris ${row.sheetRow}: ${note}`, cellNote: note });
  }
  return held;
}
