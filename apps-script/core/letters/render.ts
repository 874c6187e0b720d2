// Turns a letter type and its data into HTML through the templates compiled at build time.
import * as z from "zod/mini";
import type { LocalDate } from "../time/local-date";
import { LetterConfigError, LetterDataError } from "./errors";
import { berlakuSampai, tanggalPanjang, VALID_UNTIL } from "./format";
import { TEMPLATES } from "./generated/templates";
import type { Orientation } from "./kind";
import { type LetterTypeCode, LETTER_KINDS, letterKind } from "./letter-types";
import { type Office, validateOffice } from "./office";
import { qrPngDataUrl, verificationAddress } from "./qr";
import { MAKLUMAT_VIEW } from "../domain/maklumat";
import { fieldLabel, issueMessage, issuePath } from "./schemas/common";
import { escapeHtml } from "./template-runtime";

/** Stand in for the number and date until the head approves; the Docs side replaces them. */
export const NUMBER_PLACEHOLDER = "[NOMOR SURAT]";
export const DATE_PLACEHOLDER = "[TANGGAL SURAT]";


/** The number and date a letter got when approved. */
export interface IssuedNumber {
  readonly number: string;
  readonly date: LocalDate;
  /** A certificate's code in the Sertifikat register, once recorded. */
  readonly verificationCode?: string;
}

/** Where a certificate's verification code goes until the Sertifikat register gives it one. */
export const VERIFICATION_PLACEHOLDER = "[KODE VERIFIKASI]";

/** A certificate's verification code given when it is drafted, and the web app's address (null when not set). */
export interface LetterVerification {
  readonly code: string;
  readonly webAppUrl: string | null;
}

export interface LetterContext extends Office {
  /** The case the letter belongs to (ID Permohonan), named in errors and in the letter book. */
  readonly caseId: string;
  /** A certificate drafted with its code: printed with the address and its QR code at once. */
  readonly verification?: LetterVerification;
  /** When given, the letter is rendered final; otherwise with placeholders for review. */
  readonly issued?: IssuedNumber;
}

export interface PreparedLetter {
  readonly type: LetterTypeCode;
  readonly caseId: string;
  /** Document title: type and case, no personal data. */
  readonly title: string;
  readonly html: string;
  readonly perihal: string;
  readonly tujuan: string;
  readonly orientation: Orientation;
  /** The code printed on a certificate at drafting, kept with its row in Surat. */
  readonly verificationCode?: string;
}

type Template = (view: unknown) => string;
const COMPILED: Readonly<Record<string, Template | undefined>> = TEMPLATES;

function dataError(type: LetterTypeCode, caseId: string, fields: string[], detail: string): LetterDataError {
  const { label, caseNoun = "permohonan" } = letterKind(type);
  return new LetterDataError(type, caseId, fields, `${label} untuk ${caseNoun} ${caseId} tidak dibuat: ${detail}.`);
}

/** A validated letter's data as its template sees it, with what the rendering needs besides. */
export interface LetterView {
  readonly valid: Record<string, unknown>;
  readonly perihal: string;
  readonly view: Record<string, unknown>;
}

/**
 * Validates the data a letter type needs and lays out what its template reads (the data, derived
 * fields, letterhead, signatory, number and date). Throws as `prepareLetter` does.
 */
export function letterView(type: LetterTypeCode, data: unknown, context: LetterContext): LetterView {
  if (!(type in LETTER_KINDS)) throw new LetterConfigError([], `Jenis surat "${String(type)}" tidak dikenal.`);
  const kind = letterKind(type);
  const office = validateOffice(context);
  const parsed = z.safeParse(kind.schema, data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    // Indonesian labels only: the dotted paths ("schedule.tuk") go to `fields`, for code.
    const detail = issues.map((i) => (i.path.length ? `${fieldLabel(i.path)} ` : "data surat ") + issueMessage(i, data)).join("; ");
    throw dataError(type, context.caseId, issues.map(issuePath), `data belum lengkap atau tidak valid — ${detail}`);
  }
  const valid = parsed.data as Record<string, unknown>;
  const perihal = kind.perihal(valid);
  const address = context.verification ? verificationAddress(context.verification.webAppUrl, context.verification.code) : null;
  const view = {
    ...valid,
    ...(kind.derive?.(valid, office, context.issued?.date ?? null) ?? {}),
    kop: office.letterhead,
    maklumat: MAKLUMAT_VIEW,
    ttd: office.signatory,
    surat: {
      nomor: context.issued?.number ?? NUMBER_PLACEHOLDER,
      kodeVerifikasi: context.verification?.code ?? context.issued?.verificationCode ?? VERIFICATION_PLACEHOLDER,
      // The address and its QR only when the code is known now (drafted with one) and the web
      // app is deployed; otherwise the code alone, as before.
      alamatVerifikasi: address,
      qrVerifikasi: address ? qrPngDataUrl(address) : null,
      tanggal: context.issued ? tanggalPanjang(context.issued.date) : DATE_PLACEHOLDER,
      tempat: office.letterhead.city,
      perihal,
      jenis: kind.label,
      idPermohonan: context.caseId,
    },
  };
  return { valid, perihal, view };
}

/**
 * Validates the data a letter type needs and renders it. Throws `LetterDataError` naming the
 * case and every missing or invalid field (never a letter with blanks), `LetterConfigError`
 * when the office settings are incomplete.
 */
export function prepareLetter(type: LetterTypeCode, data: unknown, context: LetterContext): PreparedLetter {
  const { valid, perihal, view } = letterView(type, data, context);
  const kind = letterKind(type);
  const template = Object.prototype.hasOwnProperty.call(COMPILED, kind.template) ? COMPILED[kind.template] : undefined;
  if (!template) throw new LetterConfigError([], `Templat "${kind.template}" tidak ada dalam hasil build templat.`);
  let html: string;
  try {
    html = template(view);
  } catch (error) {
    // The template runtime speaks Handlebars' English ("\"x\" not defined in [object Object]"): staff
    // get Indonesian, the original stays on `cause` for whoever debugs the template.
    const message = error instanceof Error ? error.message : String(error);
    const missing = /^"([^"]+)" not defined/.exec(message);
    const detail = missing
      ? `templat memerlukan data ${fieldLabel([missing[1]!]) === "isian" ? "tambahan" : `"${fieldLabel([missing[1]!])}"`} yang tidak tersedia; laporkan ke admin`
      : `templat "${kind.template}" gagal diisi; laporkan ke admin`;
    throw Object.assign(dataError(type, context.caseId, missing ? [missing[1]!] : [], detail), { cause: error });
  }
  return {
    type,
    caseId: context.caseId,
    title: `${kind.label} - ${context.caseId}`,
    html,
    perihal,
    tujuan: kind.tujuan(valid),
    orientation: kind.orientation,
    ...(context.verification ? { verificationCode: context.verification.code } : {}),
  };
}

/** Puts the approved number and date into a letter rendered for review (local files). */
export function fillIssued(html: string, issued: IssuedNumber): string {
  return html
    .split(NUMBER_PLACEHOLDER).join(escapeHtml(issued.number))
    .split(DATE_PLACEHOLDER).join(tanggalPanjang(issued.date))
    .split(VERIFICATION_PLACEHOLDER).join(issued.verificationCode ? escapeHtml(issued.verificationCode) : VERIFICATION_PLACEHOLDER)
    .replace(VALID_UNTIL, (_, years: string) => tanggalPanjang(berlakuSampai(issued.date, Number(years))));
}
