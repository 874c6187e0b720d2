// What defines a letter type: its template, the data it needs, and its letter-book entries.
import type * as z from "zod/mini";
import type { LocalDate } from "../time/local-date";
import type { Office } from "./office";

export type Orientation = "portrait" | "landscape";

export interface LetterKind<S extends z.core.$ZodType = z.core.$ZodType> {
  /** Name staff read in the letter book and in errors, e.g. "Surat Penolakan Permohonan". */
  readonly label: string;
  /** File name under templates/ without ".hbs". */
  readonly template: string;
  readonly orientation: Orientation;
  /** Short code for `{jenis}` in a number format, e.g. "ST". */
  readonly shortCode: string;
  /** The case it belongs to as errors name it ("surat masuk", "pengaduan"); "permohonan" when absent. */
  readonly caseNoun?: string;
  /** The data the letter needs; anything missing is an error naming the field. */
  readonly schema: S;
  /** Subject (Perihal) for the letter and the letter book. */
  perihal(data: z.output<S>): string;
  /** Addressee (Tujuan) for the letter book. */
  tujuan(data: z.output<S>): string;
  /**
   * Whether its PDF is e-mailed, once approved, to the address on its case (the applicant, the
   * agency, the LSP) unless Pengaturan "Kirim Surel <JENIS>" says otherwise. False for letters
   * that are internal (assignments, minutes) or name other people (a cohort's decision).
   */
  readonly emailed: boolean;
  /** Values computed for the template (counts, derived dates, default texts); `issuedOn` once numbered. */
  derive?(data: z.output<S>, office: Office, issuedOn: LocalDate | null): Record<string, unknown>;
}

/** A kind as declared: its schema as a function, built on first use. */
export type KindSpec<S extends z.core.$ZodType> = Omit<LetterKind<S>, "schema"> & { readonly schema: () => S };

/**
 * Keeps the schema's type for perihal/tujuan/derive while declaring a kind. The schema is built
 * the first time it is read: building all sixteen when the bundle loads costs every Apps Script
 * run (an edit, a trigger) tens of milliseconds of its cold start, letters or not.
 */
export function defineKind<S extends z.core.$ZodType>(spec: KindSpec<S>): LetterKind<S> {
  let built: S | undefined;
  const kind = { ...spec } as unknown as LetterKind<S>;
  return Object.defineProperty(kind, "schema", { get: () => (built ??= spec.schema()), enumerable: true });
}
