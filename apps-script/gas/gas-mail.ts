// Kotak Surel's sender on Apps Script: MailApp, as the account the execution runs as (the
// installer, for the triggers that pass `mail: true`). Documented behaviour relied on:
// - MailApp.getRemainingDailyQuota() and sendEmail(message), whose `attachments` take an array of
//   BlobSource: https://developers.google.com/apps-script/reference/mail/mail-app
// - the daily recipient quota (100 consumer, 1,500 Workspace), the attachments' own limit (250
//   per message, 25 MB in all) and the error "Service invoked too many times for one day: email.":
//   https://developers.google.com/apps-script/guides/services/quotas
// - an address MailApp refuses throws "Invalid email: …" (modelled in test/gas/fake/services.ts).
// A letter's PDF is fetched with the Drive advanced service (files.get with alt=media, "Download
// blob file content": https://developers.google.com/drive/api/guides/manage-downloads), not
// DriveApp, whose getBlob needs the full drive scope where the project asks only drive.file
// (https://dev.to/googleworkspace/drive-file-get-blob-and-scopes-in-google-apps-script-3ck8).
// With drive.file the sender reaches the PDFs its own account's runs made: the sweep and the edit
// trigger run as the installer, who also finishes the letters they approve.
import { type MailAttachment, type MailMessage, MailQuotaError, type MailSender } from "../core/ports";
import { ALL_DRIVES, drive } from "./drive-folders";

const QUOTA_EXHAUSTED = /too many times for one day: email|quota/i;
const PDF = "application/pdf";

/** The file ID in a Drive link ("…/file/d/<id>/view") or a bare ID; null for other links. */
export function driveFileIdOf(link: string): string | null {
  const match = /\/(?:file|document)\/d\/([\w-]+)/.exec(link) ?? /[?&]id=([\w-]+)/.exec(link) ?? /^([\w-]{20,})$/.exec(link.trim());
  return match ? match[1]! : null;
}

/** The PDF's content as a Blob: the advanced service hands alt=media content over as a Blob or as a string. */
function blobOf(attachment: MailAttachment): GoogleAppsScript.Base.Blob {
  const id = driveFileIdOf(attachment.link);
  if (!id) throw new Error(`Lampiran ${attachment.name}: Tautan PDF bukan tautan berkas Google Drive`);
  const files = drive().Files as unknown as { get(id: string, args: object): unknown };
  let content: unknown;
  try {
    content = files.get(id, { alt: "media", ...ALL_DRIVES });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // drive.file: a PDF another account's run made is "not found" for this one.
    if (/not found/i.test(text)) throw new Error(`Lampiran ${attachment.name}: PDF tidak terjangkau akun pengirim (dibuat akun lain atau dihapus); jalankan Selesaikan Surat dari akun pemasang`);
    throw error;
  }
  if (content && typeof (content as GoogleAppsScript.Base.Blob).getBytes === "function") return (content as GoogleAppsScript.Base.Blob).setName(attachment.name);
  if (typeof content === "string" && content !== "") return Utilities.newBlob(content, PDF, attachment.name);
  if (Array.isArray(content)) return Utilities.newBlob(content as number[], PDF, attachment.name);
  throw new Error(`Lampiran ${attachment.name}: Google Drive tidak mengembalikan isi PDF`);
}

export const mailAppSender: MailSender = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(message: MailMessage): void {
    // Fetched before sending: a PDF that cannot be read refuses this message only (retried later).
    const attachments = (message.attachments ?? []).map(blobOf);
    try {
      MailApp.sendEmail({ to: message.to, subject: message.subject, body: message.body, ...(attachments.length > 0 ? { attachments } : {}) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (QUOTA_EXHAUSTED.test(text)) throw new MailQuotaError(text);
      throw error;
    }
  },
};
