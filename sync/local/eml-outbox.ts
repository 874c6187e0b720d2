// Kotak Surel's sender for the local workbook: each message becomes an .eml file (RFC 5322, built
// by nodemailer's MailComposer) in `surat/surel/` beside the letters, which any mail program opens
// and staff can forward. Files are staged with the letters and land only when the workbook is
// saved, so a row says "Terkirim" exactly when its file exists. No quota locally. A letter's PDF
// (its Tautan PDF, a file: URL) is read when the message is sent and attached to the .eml.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MailComposer from "nodemailer/lib/mail-composer";
import type { MailAttachment, MailMessage, MailSender } from "../../apps-script/core/ports";
import type { StagedOutputs } from "../letters/staged-outputs";

/** What MailApp also refuses: one address, no spaces or commas. */
const ONE_ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export const EML_FOLDER = "surel";

function slug(text: string): string {
  return text.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-").slice(0, 60) || "surel";
}

interface Attached {
  readonly filename: string;
  readonly content: Buffer;
}

/** The attachment's bytes now; a PDF that is not (yet) on disk refuses the message, retried on a later run. */
function read(attachment: MailAttachment): Attached {
  if (!attachment.link.startsWith("file:")) throw new Error(`Lampiran ${attachment.name}: Tautan PDF bukan berkas di komputer ini`);
  const path = fileURLToPath(attachment.link);
  if (!existsSync(path)) throw new Error(`Lampiran ${attachment.name}: berkas PDF tidak ditemukan di folder surat`);
  return { filename: attachment.name, content: readFileSync(path) };
}

export class EmlOutbox implements MailSender {
  private readonly messages: { readonly message: MailMessage; readonly attachments: readonly Attached[] }[] = [];

  constructor(private readonly sentAt: () => Date) {}

  remainingQuota(): number {
    return Number.POSITIVE_INFINITY;
  }

  send(message: MailMessage): void {
    if (!ONE_ADDRESS.test(message.to.trim())) throw new Error(`Alamat surel tidak valid: ${message.to}`);
    this.messages.push({ message, attachments: (message.attachments ?? []).map(read) });
  }

  /** Builds the messages recorded this run into staged .eml files from `from`; returns their final paths. */
  async writeTo(lettersDir: string, outputs: StagedOutputs, from: string): Promise<string[]> {
    const paths: string[] = [];
    for (const { message, attachments } of this.messages) {
      const built = await new MailComposer({
        from, to: message.to.trim(), subject: message.subject, text: message.body, date: this.sentAt(),
        headers: { "Auto-Submitted": "auto-generated" },
        ...(attachments.length > 0 ? { attachments: attachments.map((a) => ({ ...a, contentType: "application/pdf" })) } : {}),
      }).compile().build();
      const base = join(lettersDir, EML_FOLDER, slug(message.subject));
      let path = `${base}.eml`;
      for (let n = 2; outputs.isTaken(path); n += 1) path = `${base}-${n}.eml`;
      outputs.write(path, built);
      paths.push(path);
    }
    return paths;
  }
}
