// The outbox (tab Kotak Surel): every e-mail the engine means to send is first a row here, keyed
// so that the same message is never queued twice, then sent by the place's mail sender (MailApp
// on Apps Script, .eml files locally) which records the outcome on the row. A send that fails is
// retried on a later run; nothing is lost when the quota runs out half-way.
import type { CellValue } from "../ports";
import { cellText } from "../registers/cells";
import { engineColumn, type RegisterDef } from "../registers/schema";
import type { RegisterTable } from "../registers/table";
import { dateCell } from "../ports";
import type { OfficeDateTime } from "../time/local-date";

const engine = engineColumn;

export const SEND_STATUS = { waiting: "Menunggu", sent: "Terkirim", failed: "Gagal" } as const;

/** How many times a message is tried before it is left "Gagal" for staff to look at. */
export const MAX_SEND_ATTEMPTS = 5;

/** The letter (ID Surat) whose PDF goes with the message: a reference, resolved when sending. */
export const ATTACHMENT_COLUMN = "Lampiran";

export const KOTAK_SUREL: RegisterDef = {
  name: "Kotak Surel",
  purpose: "Surel yang dikirim mesin (pemberitahuan kepada peserta, pemohon): antre, terkirim atau gagal. Hanya mesin yang menulis.",
  key: ["Kunci"],
  columns: [
    engine("Kunci", "text", { width: 240, note: "Kunci unik pesan (mis. aturan:ID kasus): pesan yang sama tidak pernah diantre dua kali." }),
    engine("ID Kasus", "text", { width: 150 }),
    engine("Kepada", "email", { width: 220 }),
    engine("Perihal", "text", { width: 300 }),
    engine("Isi", "text", { width: 420 }),
    engine("Dibuat", "datetime", { width: 140 }),
    engine("Status Kirim", "choice", { options: Object.values(SEND_STATUS), width: 110 }),
    engine("Percobaan", "integer", { width: 80 }),
    engine("Terkirim Pada", "datetime", { width: 140 }),
    engine("Catatan Kirim", "text", { width: 300, note: "Alasan gagal terakhir (kuota habis, alamat ditolak)." }),
    engine(ATTACHMENT_COLUMN, "text", { width: 140, optional: true, note: "ID Surat yang PDF-nya dilampirkan (tab Surat, kolom Tautan PDF). Kosong: tanpa lampiran." }),
  ],
};

export interface OutgoingMail {
  /** Unique per message: the rule and the case it tells about ("PERSETUJUAN_RCC:PRC-2026-00001"). */
  readonly key: string;
  readonly caseId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** ID Surat whose PDF is attached when sent (the letter book's Tautan PDF of that letter). */
  readonly letterId?: string;
}

/** The keys already queued, whatever their send status. */
export function queuedKeys(table: RegisterTable | null): Set<string> {
  return new Set((table?.rows ?? []).map((row) => cellText(row.get("Kunci"))).filter((key) => key !== ""));
}

/** Rows to append for the mails not queued yet (each key once, also within `mails`). */
export function outboxAppends(queued: ReadonlySet<string>, mails: readonly OutgoingMail[], now: OfficeDateTime): Record<string, CellValue>[] {
  const seen = new Set(queued);
  const rows: Record<string, CellValue>[] = [];
  for (const mail of mails) {
    if (seen.has(mail.key)) continue;
    seen.add(mail.key);
    rows.push({
      Kunci: mail.key, "ID Kasus": mail.caseId, Kepada: mail.to, Perihal: mail.subject, Isi: mail.body,
      Dibuat: dateCell(now.date, now.minuteOfDay), "Status Kirim": SEND_STATUS.waiting, Percobaan: 0,
      ...(mail.letterId ? { [ATTACHMENT_COLUMN]: mail.letterId } : {}),
    });
  }
  return rows;
}
