// The office as letters show it: letterhead (kop) and signatory, mapped from Pengaturan keys.
import * as z from "zod/mini";
import { LetterConfigError } from "./errors";
import { issueMessage, nip, text } from "./schemas/common";

// Schemas as factories, built on the first check (not at load, which every Apps Script run pays).
const letterheadSchema = () => z.object({
  /** "Nama Instansi", e.g. "PEMERINTAH PROVINSI SULAWESI BARAT". */
  agencyName: text(),
  /** "Nama Unit", e.g. "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA". */
  unitName: text(),
  address: text(),
  city: text(),
  phone: z.optional(text()),
  email: z.optional(text()),
  /** An image URL (https: or data:) for the emblem; the kop is text-only without it. */
  logoUrl: z.optional(text()),
});

const signatorySchema = () => z.object({
  name: text(),
  /** Jabatan, e.g. "Kepala Badan Pengembangan Sumber Daya Manusia". */
  position: text(),
  /** Pangkat and golongan, e.g. "Pembina Utama Muda (IV/c)". */
  rank: text(),
  nip: nip(),
});

export type Letterhead = z.output<ReturnType<typeof letterheadSchema>>;
export type Signatory = z.output<ReturnType<typeof signatorySchema>>;
let officeSchemas: { readonly letterhead: ReturnType<typeof letterheadSchema>; readonly signatory: ReturnType<typeof signatorySchema> } | undefined;

/** Who writes and signs: the same for every letter of a run. */
export interface Office {
  readonly letterhead: Letterhead;
  readonly signatory: Signatory;
  /** IANA zone ("Zona Waktu"), for "WIB"/"WITA"/"WIT" after times. */
  readonly timeZone?: string;
}

/** The Pengaturan key behind each field, so a missing setting is named as staff know it. */
export const PENGATURAN_KEYS = {
  letterhead: {
    agencyName: "Nama Instansi", unitName: "Nama Unit", address: "Alamat", city: "Kota",
    phone: "Telepon", email: "Email Layanan", logoUrl: "Logo Instansi",
  },
  signatory: {
    name: "Nama Penandatangan", position: "Jabatan Penandatangan",
    rank: "Pangkat Penandatangan", nip: "NIP Penandatangan",
  },
  numberFormat: "Format Nomor Surat",
  timeZone: "Zona Waktu",
} as const;

/**
 * Checks and normalises an office (trims text, removes spaces from the NIP). Throws
 * `LetterConfigError` naming the Pengaturan keys at fault.
 */
export function validateOffice(office: Office): Office {
  const problems: { key: string; message: string }[] = [];
  officeSchemas ??= { letterhead: letterheadSchema(), signatory: signatorySchema() };
  const head = officeSchemas.letterhead.safeParse(office.letterhead);
  const sign = officeSchemas.signatory.safeParse(office.signatory);
  const keyOf = (part: "letterhead" | "signatory", field: PropertyKey | undefined): string => {
    const keys: Readonly<Record<string, string>> = PENGATURAN_KEYS[part];
    return keys[String(field)] ?? String(field);
  };
  for (const issue of head.error?.issues ?? []) problems.push({ key: keyOf("letterhead", issue.path[0]), message: issueMessage(issue, office.letterhead) });
  for (const issue of sign.error?.issues ?? []) problems.push({ key: keyOf("signatory", issue.path[0]), message: issueMessage(issue, office.signatory) });
  if (!head.success || !sign.success) {
    const list = problems.map((p) => `"${p.key}" ${p.message}`).join("; ");
    throw new LetterConfigError(problems.map((p) => p.key), `Pengaturan surat belum lengkap: ${list}.`);
  }
  return { ...office, letterhead: head.data, signatory: sign.data };
}

/**
 * Builds an office from Pengaturan values by key (blank values count as missing).
 * @example officeFromSettings(new Map([["Nama Instansi", "PEMERINTAH PROVINSI ..."], …]))
 */
export function officeFromSettings(settings: ReadonlyMap<string, string>): Office {
  const get = (key: string): string | undefined => {
    const value = settings.get(key)?.trim();
    return value ? value : undefined;
  };
  const pick = <K extends string>(keys: Readonly<Record<K, string>>): Record<K, string | undefined> => {
    const out = {} as Record<K, string | undefined>;
    for (const field of Object.keys(keys) as K[]) out[field] = get(keys[field]);
    return out;
  };
  const timeZone = get(PENGATURAN_KEYS.timeZone);
  return validateOffice({
    letterhead: pick(PENGATURAN_KEYS.letterhead) as Letterhead,
    signatory: pick(PENGATURAN_KEYS.signatory) as Signatory,
    ...(timeZone ? { timeZone } : {}),
  });
}
