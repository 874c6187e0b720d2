// What anyone holding a certificate's verification code may learn: the holder's name, the scheme,
// the dates and the status on the day asked — nothing else (no number of the case, no NIK/NIP, no
// reason for a revocation), and no list or search. A code that is malformed, unknown or on a row
// without ID gets one and the same answer, so probing tells nothing. Served by the Apps Script web
// app (gas/web-app.ts) and locally by `npm run verifikasi`.
import { JAMINAN_PELAYANAN, KEWAJIBAN_PEMEGANG, KEWAJIBAN_TITLE, MAKLUMAT_PELAYANAN, MAKLUMAT_TITLE } from "../domain/maklumat";
import { tanggalPanjang } from "../letters/format";
import { escapeHtml } from "../letters/template-runtime";
import { cellDate, cellText } from "../registers/cells";
import type { RegisterTable } from "../registers/table";
import type { LocalDate } from "../time/local-date";
import { CERTIFICATE_STATUS, type CertificateStatus } from "./certificate-register";
import { certificateStatusOn, normalizeVerificationCode, replacedNumbersOf } from "./certificates";

export type VerificationAnswer =
  | { readonly found: false }
  | {
      readonly found: true;
      readonly holder: string;
      readonly schemeCode: string;
      readonly schemeName: string;
      readonly issuedOn: LocalDate;
      readonly validUntil: LocalDate;
      readonly status: CertificateStatus;
    };

const NOT_FOUND: VerificationAnswer = { found: false };

/** The answer for `input` on `today`, from the Sertifikat register (null when the tab is missing). */
export function verifyCertificate(register: RegisterTable | null, input: string, today: LocalDate): VerificationAnswer {
  const code = normalizeVerificationCode(input);
  if (!register || code === null) return NOT_FOUND;
  const row = register.rows.find((r) => r.id !== "" && cellText(r.get("Kode Verifikasi")) === code);
  const issuedOn = row ? cellDate(row.get("Tanggal Terbit")) : null;
  const validUntil = row ? cellDate(row.get("Berlaku Sampai")) : null;
  if (!row || issuedOn === null || validUntil === null) return NOT_FOUND;
  return {
    found: true, holder: cellText(row.get("Nama Pemegang")), schemeCode: cellText(row.get("Kode Skema")), schemeName: cellText(row.get("Nama Skema")),
    issuedOn, validUntil, status: certificateStatusOn(row, today, replacedNumbersOf(register.rows)),
  };
}

const STATUS_TEXT: Readonly<Record<CertificateStatus, string>> = {
  [CERTIFICATE_STATUS.active]: "AKTIF — sertifikat ini sah dan masih berlaku.",
  [CERTIFICATE_STATUS.expired]: "KEDALUWARSA — masa berlaku sertifikat ini telah habis.",
  [CERTIFICATE_STATUS.revoked]: "DICABUT — sertifikat ini tidak berlaku lagi.",
  [CERTIFICATE_STATUS.replaced]: "DIGANTI — sertifikat ini telah diganti dengan sertifikat yang lebih baru.",
};

export const NOT_FOUND_TEXT = "Kode verifikasi tidak ditemukan. Periksa kembali kode yang tercetak pada sertifikat; bila tetap tidak ditemukan, sertifikat tersebut tidak tercatat pada kantor ini.";

/** The answer as lines of text (the local command, the web page's body). */
export function verificationLines(answer: VerificationAnswer): string[] {
  if (!answer.found) return [NOT_FOUND_TEXT];
  return [
    `Nama pemegang: ${answer.holder}`,
    `Skema sertifikasi: ${answer.schemeName} (${answer.schemeCode})`,
    `Tanggal terbit: ${tanggalPanjang(answer.issuedOn)}`,
    `Berlaku sampai: ${tanggalPanjang(answer.validUntil)}`,
    `Status: ${STATUS_TEXT[answer.status]}`,
  ];
}

/** A whole page for the web app: the office's name, the answer, and what a holder owes (maklumat). */
export function verificationPage(answer: VerificationAnswer, office: { readonly unitName: string; readonly notice?: string }): string {
  const lines = verificationLines(answer).map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  const notice = office.notice ? `<p class="catatan">${escapeHtml(office.notice)}</p>` : "";
  // The same for every answer, found or not: it tells nothing about the code asked.
  const promise = `<h2>${escapeHtml(KEWAJIBAN_TITLE)}</h2><ol>${KEWAJIBAN_PEMEGANG.map((k) => `<li>${escapeHtml(k)}</li>`).join("")}</ol>`
    + `<h2>${escapeHtml(MAKLUMAT_TITLE)}</h2><p class="catatan">“${escapeHtml(MAKLUMAT_PELAYANAN)}”</p><p class="catatan">${escapeHtml(JAMINAN_PELAYANAN)}</p>`;
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Verifikasi Sertifikat</title>`
    + `<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em}h1{font-size:1.3em}h2{font-size:1.05em;margin-top:1.5em}.catatan{color:#555;font-size:.9em}</style></head>`
    + `<body><h1>Verifikasi Sertifikat — ${escapeHtml(office.unitName)}</h1>${lines}${notice}${promise}</body></html>`;
}
