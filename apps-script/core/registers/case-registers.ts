// Case registers declared as data: the Kolom Kasus rows of a register become its definition —
// an ID column, the staff's own columns with their types, Status, Catatan Petugas, and the
// engine's case columns shared by every case register (catalog.ts caseEngineColumns).
import { SERTIFIKAT_REGISTER } from "../engine/certificate-register";
import { SURVEI_IKM } from "../engine/ikm-register";
import { KOTAK_SUREL } from "../engine/outbox";
import { choice, commaList, quoted, requiredText, textCell, yesNo } from "./cells";
import type { RawTable } from "../ports";
import { CASE_COLUMN_TYPES, caseEngineColumns, CASE_STATUS_COLUMN, KOLOM_KASUS, PERMOHONAN, REGISTERS, registerNamed, STAFF_NOTE_COLUMN, STATUS_TOKEN_COLUMN, statusTokenColumn } from "./catalog";
import type { ColumnDef, ColumnType, RegisterDef } from "./schema";
import { allRows, locate, normalizeHeader, parseRows, RegisterTable } from "./table";

const shape = {
  Register: requiredText,
  Kolom: requiredText,
  Tipe: choice(CASE_COLUMN_TYPES),
  Wajib: yesNo(false),
  Pilihan: commaList,
  "Awal Hitung": yesNo(false),
  Keterangan: textCell,
};

/** The ID column of a data-declared case register: "ID Surat Masuk". */
export const idColumnOf = (register: string): string => `ID ${register}`;

interface Pending {
  readonly columns: ColumnDef[];
  received: string | null;
  workflowColumn: string | null;
  readonly references: Record<string, string>;
  bad: boolean;
}

/**
 * Parses Kolom Kasus into register definitions. Every bad cell is one message naming its row and
 * cell; a register with any problem is left out (its cases are not processed) so a half-declared
 * register never writes anything. `null` table: a workbook from before Kolom Kasus (no registers).
 */
export function parseCaseRegisters(table: RegisterTable | null): { registers: Map<string, RegisterDef>; errors: string[] } {
  const registers = new Map<string, RegisterDef>();
  if (!table) return { registers, errors: [] };
  const parsed = parseRows(table, shape);
  const errors = [...parsed.errors];
  const pending = new Map<string, Pending>();
  const fixed = new Set(REGISTERS.map((r) => normalizeHeader(r.name)));
  const reserved = new Set([CASE_STATUS_COLUMN, STAFF_NOTE_COLUMN, STATUS_TOKEN_COLUMN, ...caseEngineColumns().map((c) => c.header)].map(normalizeHeader));
  for (const { row, value, bad } of allRows(parsed)) {
    const name = value.Register;
    if (name === undefined) continue;
    if (fixed.has(normalizeHeader(name))) {
      errors.push(`${locate(table, row, "Register")}: ${quoted(name)} adalah register bawaan; register kasus baru perlu nama lain`);
      continue;
    }
    let entry = pending.get(name);
    if (!entry) pending.set(name, (entry = { columns: [], received: null, workflowColumn: null, references: {}, bad: false }));
    if (bad.size > 0 || value.Kolom === undefined || value.Tipe === undefined) {
      entry.bad = true;
      continue;
    }
    const header = value.Kolom;
    const type = value.Tipe as ColumnType;
    const problem = (cell: string, text: string) => {
      errors.push(`${locate(table, row, cell)}: ${text}`);
      entry.bad = true;
    };
    if (reserved.has(normalizeHeader(header)) || normalizeHeader(header) === normalizeHeader(idColumnOf(name))) {
      problem("Kolom", `${quoted(header)} adalah kolom mesin atau kolom yang selalu ada (ID, Status, Catatan Petugas); hapus baris ini`);
      continue;
    }
    if (entry.columns.some((c) => normalizeHeader(c.header) === normalizeHeader(header))) {
      problem("Kolom", `kolom ${quoted(header)} tercantum dua kali untuk register ${quoted(name)}`);
      continue;
    }
    const options = value.Pilihan ?? [];
    if (type === "choice" && options.length === 0) problem("Pilihan", "kolom choice perlu pilihan, dipisah koma");
    if (type === "case" && options.length !== 1) problem("Pilihan", "kolom case perlu tepat satu nama register yang dirujuk, mis. Permohonan");
    if (value["Awal Hitung"]) {
      if (type !== "date" && type !== "datetime") problem("Awal Hitung", "hanya kolom date atau datetime yang dapat menjadi awal hitung");
      else if (entry.received !== null) problem("Awal Hitung", `register ${quoted(name)} sudah punya kolom awal hitung ${quoted(entry.received)}`);
      else entry.received = header;
    }
    if (type === "case") entry.references[header] = options[0] ?? "";
    if (normalizeHeader(header) === normalizeHeader("Kode Alur")) entry.workflowColumn = header;
    entry.columns.push({
      header, type, owner: "staff", required: value.Wajib === true,
      ...(type === "choice" ? { options } : {}),
      ...(value.Keterangan ? { note: value.Keterangan } : {}),
      width: type === "text" ? 240 : type === "datetime" ? 140 : 120,
    });
  }
  for (const [name, entry] of pending) {
    if (entry.bad) continue;
    for (const [header, target] of Object.entries(entry.references)) {
      if (normalizeHeader(target) !== normalizeHeader(PERMOHONAN.name) && !pending.has(target)) {
        errors.push(`Kolom Kasus: kolom ${quoted(header)} register ${quoted(name)} merujuk register ${quoted(target)} yang tidak dikenal`);
        entry.bad = true;
      }
    }
    if (entry.bad) continue;
    registers.set(name, caseRegisterDef(name, entry.columns, { received: entry.received, workflowColumn: entry.workflowColumn, references: entry.references }));
  }
  return { registers, errors };
}

/** A case register's full definition from its own columns. */
export function caseRegisterDef(
  name: string,
  own: readonly ColumnDef[],
  info: { received: string | null; workflowColumn: string | null; references?: Record<string, string> },
): RegisterDef {
  const idColumn = idColumnOf(name);
  const columns: ColumnDef[] = [
    { header: idColumn, type: "id", owner: "staff", width: 150, note: "Diisi mesin bila kosong. Jangan diubah." },
    ...own,
    { header: CASE_STATUS_COLUMN, type: "choice", owner: "staff", width: 160, note: "Ubah untuk memindahkan kasus. Langkah yang tidak sah dikembalikan mesin." },
    { header: STAFF_NOTE_COLUMN, type: "text", owner: "staff", width: 260, note: "Alasan bila langkah memintanya (pengembalian, pembatalan)." },
    ...caseEngineColumns(),
    // Optional, last: a register made before the status link gains it at its end (status-link.ts).
    statusTokenColumn(),
  ];
  return {
    name,
    purpose: `Register kasus ${name}: satu baris satu kasus. Petugas mengubah Status; mesin mencatat dan menghitung tenggat.`,
    key: [idColumn],
    formulasChecked: true,
    columns,
    cases: { idColumn, receivedColumn: info.received, workflowColumn: info.workflowColumn, caseReferences: info.references ?? {} },
  };
}

/**
 * Register definitions by tab name for adapters that convert cells by column type (dates):
 * the catalog's, then those Kolom Kasus declares (as the raw table a place read).
 */
export function registerResolver(kolomKasus: RawTable | null): (name: string) => RegisterDef | undefined {
  const declared = kolomKasus ? parseCaseRegisters(new RegisterTable(KOLOM_KASUS, kolomKasus)).registers : new Map<string, RegisterDef>();
  // The outbox is not a catalog register (an older workbook need not have it) but has its own types.
  const engineTabs = new Map([KOTAK_SUREL, SERTIFIKAT_REGISTER, SURVEI_IKM].map((def) => [def.name, def]));
  return (name) => registerNamed(name) ?? engineTabs.get(name) ?? declared.get(name);
}
