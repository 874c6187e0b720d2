// Kotak Surel's sender on Apps Script: MailApp, as the account the execution runs as (the
// installer, for the triggers that pass `mail: true`). Documented behaviour relied on:
// - MailApp.getRemainingDailyQuota() and sendEmail(message): https://developers.google.com/apps-script/reference/mail/mail-app
// - the daily recipient quota (100 consumer, 1,500 Workspace) and its error "Service invoked too
//   many times for one day: email.": https://developers.google.com/apps-script/guides/services/quotas
// - an address MailApp refuses throws "Invalid email: …" (modelled in test/gas/fake/services.ts).
import { type MailMessage, MailQuotaError, type MailSender } from "../core/ports";

const QUOTA_EXHAUSTED = /too many times for one day: email|quota/i;

export const mailAppSender: MailSender = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(message: MailMessage): void {
    try {
      MailApp.sendEmail({ to: message.to, subject: message.subject, body: message.body });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (QUOTA_EXHAUSTED.test(text)) throw new MailQuotaError(text);
      throw error;
    }
  },
};
