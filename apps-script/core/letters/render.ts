// Turns a letter type and its data into HTML through the precompiled templates (runtime only).
import Runtime from "handlebars/runtime";
import * as z from "zod/mini";
import type { LocalDate } from "../time/local-date";
import { LetterConfigError, LetterDataError } from "./errors";
import { tanggalPanjang } from "./format";
import { PARTIALS, TEMPLATES } from "./generated/templates";
import { handlebarsHelpers } from "./helpers";
import type { Orientation } from "./kind";
import { type LetterTypeCode, LETTER_KINDS, letterKind } from "./letter-types";
import { type Office, validateOffice } from "./office";
import { fieldLabel, issueMessage, issuePath } from "./schemas/common";

/** Stand in for the number and date until the head approves; the Docs side replaces them. */
export const NUMBER_PLACEHOLDER = "[NOMOR SURAT]";
export const DATE_PLACEHOLDER = "[TANGGAL SURAT]";

/** The number and date a letter got when approved. */
export interface IssuedNumber {
  readonly number: string;
  readonly date: LocalDate;
}

export interface LetterContext extends Office {
  /** The case the letter belongs to (ID Permohonan), named in errors and in the letter book. */
  readonly caseId: string;
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
}

type Template = (context: unknown) => string;
type Spec = Parameters<typeof Runtime.template>[0];
let compiled: ReadonlyMap<string, Template> | null = null;

/** One isolated Handlebars runtime with our helpers and partials, built on first use. */
function templates(): ReadonlyMap<string, Template> {
  if (compiled) return compiled;
  const env = Runtime.create();
  env.registerHelper(handlebarsHelpers());
  for (const [name, spec] of Object.entries(PARTIALS)) env.registerPartial(name, env.template(spec as Spec));
  const map = new Map<string, Template>();
  for (const [name, spec] of Object.entries(TEMPLATES)) map.set(name, env.template(spec as Spec));
  compiled = map;
  return map;
}

function dataError(type: LetterTypeCode, caseId: string, fields: string[], detail: string): LetterDataError {
  const { label, caseNoun = "permohonan" } = letterKind(type);
  return new LetterDataError(type, caseId, fields, `${label} untuk ${caseNoun} ${caseId} tidak dibuat: ${detail}.`);
}

/**
 * Validates the data a letter type needs and renders it. Throws `LetterDataError` naming the
 * case and every missing or invalid field (never a letter with blanks), `LetterConfigError`
 * when the office settings are incomplete.
 */
export function prepareLetter(type: LetterTypeCode, data: unknown, context: LetterContext): PreparedLetter {
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
  const view = {
    ...valid,
    ...(kind.derive?.(valid, office) ?? {}),
    kop: office.letterhead,
    ttd: office.signatory,
    surat: {
      nomor: context.issued?.number ?? NUMBER_PLACEHOLDER,
      tanggal: context.issued ? tanggalPanjang(context.issued.date) : DATE_PLACEHOLDER,
      tempat: office.letterhead.city,
      perihal,
      jenis: kind.label,
      idPermohonan: context.caseId,
    },
  };
  const template = templates().get(kind.template);
  if (!template) throw new LetterConfigError([], `Templat "${kind.template}" tidak ada dalam hasil build templat.`);
  let html: string;
  try {
    html = template(view);
  } catch (error) {
    // Handlebars speaks English ("\"x\" not defined in [object Object]"): staff get Indonesian,
    // the original stays on `cause` for whoever debugs the template.
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
  };
}

/** Puts the approved number and date into a letter rendered for review (local files). */
export function fillIssued(html: string, issued: IssuedNumber): string {
  return html
    .split(NUMBER_PLACEHOLDER).join(Runtime.escapeExpression(issued.number))
    .split(DATE_PLACEHOLDER).join(tanggalPanjang(issued.date));
}
