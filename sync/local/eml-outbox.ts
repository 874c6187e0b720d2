// Kotak Surel's sender for the local workbook: each message becomes an .eml file (RFC 5322, built
// by nodemailer's MailComposer) in `surat/surel/` beside the letters, which any mail program opens
// and staff can forward. Files are staged with the letters and land only when the workbook is
// saved, so a row says "Terkirim" exactly when its file exists. No quota locally.
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import type { MailMessage, MailSender } from "../../apps-script/core/ports";
import type { StagedOutputs } from "../letters/staged-outputs";

/** What MailApp also refuses: one address, no spaces or commas. */
const ONE_ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export const EML_FOLDER = "surel";

function slug(text: string): string {
  return text.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_]+/g, "-").slice(0, 60) || "surel";
}

export class EmlOutbox implements MailSender {
  private readonly messages: MailMessage[] = [];

  constructor(private readonly sentAt: () => Date) {}

  remainingQuota(): number {
    return Number.POSITIVE_INFINITY;
  }

  send(message: MailMessage): void {
    if (!ONE_ADDRESS.test(message.to.trim())) throw new Error(`Alamat surel tidak valid: ${message.to}`);
    this.messages.push(message);
  }

  /** Builds the messages recorded this run into staged .eml files from `from`; returns their final paths. */
  async writeTo(lettersDir: string, outputs: StagedOutputs, from: string): Promise<string[]> {
    const paths: string[] = [];
    for (const message of this.messages) {
      const built = await new MailComposer({
        from, to: message.to.trim(), subject: message.subject, text: message.body, date: this.sentAt(),
        headers: { "Auto-Submitted": "auto-generated" },
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
