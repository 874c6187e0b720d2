// Approved letters e-mailed to the address on their case: once a letter's PDF exists (Tautan PDF),
// a message with that PDF attached by reference (ID Surat) is queued in Kotak Surel under the key
// SURAT:<ID Surat>, so it is queued once whatever the runs; outbox-send.ts sends it and writes
// "Surel Terkirim" on the letter. Whether a type is e-mailed: Pengaturan "Kirim Surel <JENIS>",
// else the kind's own default (letters/kind.ts `emailed`).
import { type LetterTypeCode, LETTER_TYPE_CODES, letterKind, letterTypeOf } from "../letters/letter-types";
import { LETTER_STATUS, COL } from "../letters/letter-book";
import { tanggalPanjang } from "../letters/format";
import type { TableChanges } from "../ports";
import { PERMOHONAN } from "../registers/catalog";
import { cellDate, cellText } from "../registers/cells";
import type { RegisterDef } from "../registers/schema";
import { type RegisterRow, type RegisterTable, readRegister } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import { addCalendarDays, type LocalDate, toOfficeDateTime } from "../time/local-date";
import { caseRegistersInUse, idPrefixOf, servicesOfRegister } from "./case-kinds";
import type { OfficeConfig } from "./config";
import { ATTACHMENT_COLUMN, KOTAK_SUREL, type OutgoingMail, outboxAppends, queuedKeys } from "./outbox";
import { LETTER_MAIL_PREFIX, type Settings } from "./settings";
import type { EngineDeps } from "./types";

/**
 * Letters dated longer ago are never queued: a workbook upgraded to this release must not mail
 * every letter it ever approved; a letter whose PDF waited (Drive down) still goes within this.
 */
export const LETTER_MAIL_WINDOW_DAYS = 30;

export const letterMailKey = (letterId: string): string => `SURAT:${letterId}`;

/** Whether approved letters of this type are e-mailed: the office's row, else the kind's default. */
export function letterMailed(settings: Pick<Settings, "letterMail">, code: LetterTypeCode): boolean {
  return settings.letterMail.get(code) ?? letterKind(code).emailed;
}

/** Pengaturan rows of a new workbook: one per letter type with its default, so staff see and change them. */
export function letterMailSettingRows(): { Kunci: string; Nilai: string; Keterangan: string }[] {
  return LETTER_TYPE_CODES.map((code) => ({
    Kunci: `${LETTER_MAIL_PREFIX}${code}`,
    Nilai: letterKind(code).emailed ? "Ya" : "Tidak",
    Keterangan: `${letterKind(code).label}: "Ya" mengirim PDF-nya lewat surel ke alamat pada kasusnya setelah disetujui; "Tidak" tidak mengirim.`,
  }));
}

/** The address column of a case register: its first e-mail column (Permohonan "Email", "Email Instansi", "Email LSP" …). */
export function addressColumnOf(def: RegisterDef): string | null {
  return def.columns.find((c) => c.type === "email")?.header ?? null;
}

export interface LetterMailPlan {
  readonly mails: readonly OutgoingMail[];
  /** "SRT-000012 (PRM-2026-00001)": to be e-mailed but the case has no address (or no case found). */
  readonly withoutAddress: readonly string[];
}

export interface LetterMailInput {
  /** The letter book's rows as read. */
  readonly letters: readonly RegisterRow[];
  readonly settings: Pick<Settings, "letterMail" | "unitName" | "officeName">;
  /** The address on a case, "" when blank; null when the case is not found. */
  readonly addressOf: (caseId: string) => string | null;
  readonly queued: ReadonlySet<string>;
  readonly today: LocalDate;
}

/** The messages to queue for the approved, finished letters whose type is e-mailed. */
export function planLetterMails(input: LetterMailInput): LetterMailPlan {
  const since = addCalendarDays(input.today, -LETTER_MAIL_WINDOW_DAYS);
  const mails: OutgoingMail[] = [];
  const withoutAddress: string[] = [];
  for (const row of input.letters) {
    const id = row.id;
    const code = letterTypeOf(cellText(row.get(COL.type)));
    const date = cellDate(row.get(COL.date));
    const number = cellText(row.get(COL.number));
    if (id === "" || !code || cellText(row.get(COL.status)) !== LETTER_STATUS.approved || number === "" || !date || date < since) continue;
    if (cellText(row.get(COL.pdfLink)) === "" || cellText(row.get(COL.mailSent)) !== "") continue;
    if (!letterMailed(input.settings, code) || input.queued.has(letterMailKey(id))) continue;
    const caseId = cellText(row.get(COL.caseId));
    const to = caseId === "" ? null : input.addressOf(caseId);
    if (!to) {
      withoutAddress.push(caseId === "" ? id : `${id} (${caseId})`);
      continue;
    }
    const label = letterKind(code).label;
    const addressee = cellText(row.get(COL.to));
    const subject = cellText(row.get(COL.subject));
    const body = [
      addressee ? `Yth. ${addressee},` : "Yth. Bapak/Ibu,",
      "",
      `Terlampir ${label} nomor ${number} tanggal ${tanggalPanjang(date)}${subject ? `, perihal ${subject}` : ""}${caseId ? ` (${caseId})` : ""}.`,
      "",
      `Surel ini dikirim otomatis oleh ${input.settings.unitName || input.settings.officeName}. Simpan lampirannya sebagai arsip Anda.`,
    ].join("\n");
    mails.push({ key: letterMailKey(id), caseId, to, subject: redactPersonalNumbers(`${label} ${number}`), body: redactPersonalNumbers(body), letterId: id });
  }
  return { mails, withoutAddress };
}

export interface LetterMailReport {
  readonly queued: number;
  readonly withoutAddress: readonly string[];
  readonly problems: readonly string[];
}

/** Case IDs by register, through the ID prefix its services give ("PRM", "RCC" …). */
function registerOfPrefix(config: OfficeConfig): Map<string, RegisterDef> {
  const byPrefix = new Map<string, RegisterDef>();
  for (const def of caseRegistersInUse(config)) {
    for (const service of servicesOfRegister(config, def.name)) byPrefix.set(idPrefixOf(config, service), def);
  }
  if (!byPrefix.has(config.settings.caseIdPrefix)) byPrefix.set(config.settings.caseIdPrefix, PERMOHONAN);
  return byPrefix;
}

/**
 * Queues the letter mails not queued yet, in one write, under the lock. Reads Kotak Surel and
 * the case registers only when a finished letter is to be e-mailed. `numberedNow`: letters the
 * approvals just numbered, whose PDF (locally the draft's, printed before approval) is not final.
 */
export function queueLetterMails(deps: EngineDeps, config: OfficeConfig, surat: RegisterTable | null, numberedNow: ReadonlySet<string> = new Set()): LetterMailReport | null {
  const candidates = (surat?.rows ?? []).filter((row) => {
    // Numbered in this run: its PDF is made again with the number after the settling, so it goes next run.
    if (numberedNow.has(row.id)) return false;
    const code = letterTypeOf(cellText(row.get(COL.type)));
    return code !== null && cellText(row.get(COL.status)) === LETTER_STATUS.approved && cellText(row.get(COL.pdfLink)) !== ""
      && cellText(row.get(COL.mailSent)) === "" && letterMailed(config.settings, code);
  });
  if (candidates.length === 0) return null;
  return deps.lock.runExclusive(() => {
    const outbox = readRegister(deps.workbook, KOTAK_SUREL);
    if (!outbox) return { queued: 0, withoutAddress: [], problems: [`Tab ${KOTAK_SUREL.name} belum ada: surat yang disetujui belum dikirim lewat surel. Jalankan "Siapkan / perbarui register".`] };
    const queued = queuedKeys(outbox);
    const byPrefix = registerOfPrefix(config);
    const tables = new Map<string, Map<string, RegisterRow> | null>();
    const rowOf = (def: RegisterDef, id: string): RegisterRow | undefined => {
      if (!tables.has(def.name)) {
        const table = readRegister(deps.workbook, def);
        tables.set(def.name, table ? new Map(table.rows.filter((r) => r.id !== "").map((r) => [r.id, r])) : null);
      }
      return tables.get(def.name)?.get(id);
    };
    const addressOf = (caseId: string): string | null => {
      const def = byPrefix.get(caseId.split("-")[0] ?? "");
      const row = def ? rowOf(def, caseId) : undefined;
      if (!def || !row) return null;
      const column = addressColumnOf(def);
      if (column) return cellText(row.get(column)).trim();
      // No address of its own (Banding): the case it refers to (its Permohonan, the applicant's address).
      for (const [header, register] of Object.entries(def.cases?.caseReferences ?? {})) {
        const target = config.caseRegisters.get(register);
        const targetColumn = target ? addressColumnOf(target) : null;
        const referred = target && targetColumn ? rowOf(target, cellText(row.get(header))) : undefined;
        if (referred) return cellText(referred.get(targetColumn!)).trim();
      }
      return null;
    };
    const now = toOfficeDateTime(deps.clock.now(), config.settings.timeZone);
    const plan = planLetterMails({ letters: candidates, settings: config.settings, addressOf, queued, today: now.date });
    const appends = outboxAppends(queued, plan.mails, now);
    if (appends.length > 0) {
      // Kotak Surel tabs made before attachments lack the column: the header is added, nothing moved.
      if (!outbox.has(ATTACHMENT_COLUMN)) deps.workbook.ensureTable(KOTAK_SUREL.name, [ATTACHMENT_COLUMN]);
      const changes: TableChanges[] = [{ table: KOTAK_SUREL.name, patches: [], appends }];
      deps.workbook.applyChanges(changes);
    }
    return { queued: appends.length, withoutAddress: plan.withoutAddress, problems: [] };
  });
}

export function letterMailLines(report: LetterMailReport): string[] {
  const lines: string[] = [];
  if (report.queued > 0) lines.push(`${report.queued} surat yang disetujui diantre untuk dikirim lewat surel (PDF terlampir) di tab ${KOTAK_SUREL.name}.`);
  if (report.withoutAddress.length > 0) {
    const shown = report.withoutAddress.slice(0, 10).join(", ");
    const more = report.withoutAddress.length > 10 ? ` dan ${report.withoutAddress.length - 10} lainnya` : "";
    lines.push(`${report.withoutAddress.length} surat tanpa alamat surel pada kasusnya, tidak dikirim: ${shown}${more}. Isi alamat surel pada kasus; surat dikirim pada pemeriksaan berikutnya.`);
  }
  return [...lines, ...report.problems];
}
