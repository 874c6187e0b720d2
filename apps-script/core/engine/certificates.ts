// The Sertifikat register: one row per certificate the head has numbered, filled by the engine
// from the letter book (an approved SERTIFIKAT letter with its number), reconciled on every
// settling of approvals so a run cut off half-way is completed by the next and none is recorded
// twice. Issued on the letter's date (the head's approval), valid for the scheme's years from it.
// Each carries a random verification code anyone can check (verification.ts); the holder is named,
// never identified by NIK/NIP. Staff revoke a certificate in their own columns; the engine keeps
// Status (Aktif, Kedaluwarsa, Dicabut, Diganti) from those and from the dates.
import { berlakuSampai } from "../letters/format";
import { LETTER_STATUS, type LetterRecord, readLetterBook } from "../letters/letter-book";
import { letterTypeOf } from "../letters/letter-types";
import type { CellValue, RowPatch, TableChanges } from "../ports";
import { dateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import { PERMOHONAN, SURAT } from "../registers/catalog";
import { type RegisterRow, readRegister } from "../registers/table";
import type { LocalDate } from "../time/local-date";
import { toOfficeDateTime } from "../time/local-date";
import type { OfficeConfig } from "./config";
import { CERTIFICATE_LETTER, CERTIFICATE_STATUS, type CertificateStatus, SERTIFIKAT_REGISTER } from "./certificate-register";
import type { EngineDeps } from "./types";

export { CERTIFICATE_LETTER, CERTIFICATE_STATUS, type CertificateStatus, SERTIFIKAT_REGISTER } from "./certificate-register";

/** A verification code: 12 characters of Crockford base32 (60 random bits) in three groups. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The code from a random UUID (Utilities.getUuid, crypto.randomUUID): its version and variant
 * digits are skipped, 15 random hex digits make the 12 characters.
 * @example verificationCodeOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c") // "1Y62-N7HV-3Q3Y"
 */
export function verificationCodeOf(uuid: string): string {
  const hex = uuid.toLowerCase().replace(/[^0-9a-f]/g, "");
  if (hex.length !== 32) throw new Error("verificationCodeOf: a UUID of 32 hex digits is needed");
  const random = (hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17)).slice(0, 15);
  let value = BigInt(`0x${random}`);
  let code = "";
  for (let i = 0; i < 12; i += 1) {
    code = CROCKFORD[Number(value & 31n)]! + code;
    value >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A maker of fresh verification codes from a UUID source (deps.newUuid). */
export const newCodeFrom = (newUuid: () => string) => (): string => verificationCodeOf(newUuid());

/** A code as someone types it: case, spaces and dashes ignored, O read as 0 and I/L as 1. Null when it cannot be one. */
export function normalizeVerificationCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(plain)) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}

/** The status a certificate row has on `today`: revoked and replaced win over the dates. */
export function certificateStatusOn(row: RegisterRow, today: LocalDate, replacedNumbers: ReadonlySet<string>): CertificateStatus {
  const revokedOn = cellDate(row.get("Dicabut Pada"));
  if (revokedOn !== null && revokedOn <= today) return CERTIFICATE_STATUS.revoked;
  if (replacedNumbers.has(row.id)) return CERTIFICATE_STATUS.replaced;
  const until = cellDate(row.get("Berlaku Sampai"));
  if (until !== null && until < today) return CERTIFICATE_STATUS.expired;
  return CERTIFICATE_STATUS.active;
}

/** The numbers other certificates say they replace. */
export function replacedNumbersOf(rows: readonly RegisterRow[]): Set<string> {
  return new Set(rows.map((r) => cellText(r.get("Menggantikan"))).filter((n) => n !== ""));
}

export interface CertificatePlan {
  readonly appends: Record<string, CellValue>[];
  readonly patches: RowPatch[];
  readonly issued: readonly string[];
  readonly problems: readonly string[];
}

/**
 * What the register still lacks and which statuses changed. Pure: the letter book's numbered
 * certificates, the cases, the register's rows and the codes are given.
 */
export function planCertificates(input: {
  letters: readonly LetterRecord[];
  cases: ReadonlyMap<string, RegisterRow>;
  config: Pick<OfficeConfig, "schemes">;
  existing: readonly RegisterRow[];
  today: LocalDate;
  newCode: () => string;
}): CertificatePlan {
  const recordedLetters = new Set(input.existing.map((r) => cellText(r.get("ID Surat"))));
  const numbers = new Set(input.existing.map((r) => r.id));
  const appends: Record<string, CellValue>[] = [];
  const issued: string[] = [];
  const problems: string[] = [];
  for (const letter of input.letters) {
    if (recordedLetters.has(letter.id) || letter.number === null || letter.date === null) continue;
    if (numbers.has(letter.number)) {
      problems.push(`Surat ${letter.id}: nomor ${letter.number} sudah tercatat untuk sertifikat lain; periksa buku surat.`);
      continue;
    }
    const row = input.cases.get(letter.caseId);
    const scheme = row ? input.config.schemes.get(cellText(row.get("Kode Skema"))) : undefined;
    if (!row || !scheme) {
      problems.push(`Sertifikat ${letter.number} (surat ${letter.id}) belum dicatat: ${row ? "skema" : "kasus"} ${row ? cellText(row.get("Kode Skema")) : letter.caseId} tidak ditemukan.`);
      continue;
    }
    numbers.add(letter.number);
    // A certificate drafted with its code (printed with its QR) keeps it; one drafted before codes
    // were kept gets one now, filled into "[KODE VERIFIKASI]" at finishing.
    const codeOf = (l: LetterRecord) => (l.verificationCode !== null && normalizeVerificationCode(l.verificationCode) === l.verificationCode ? l.verificationCode : input.newCode());
    const validUntil = berlakuSampai(letter.date, scheme.validityYears);
    appends.push({
      "Nomor Sertifikat": letter.number, "Kode Verifikasi": codeOf(letter), "Nama Pemegang": cellText(row.get("Nama")),
      "Kode Skema": scheme.code, "Nama Skema": scheme.name, "Unit Kompetensi": scheme.units.map((u) => u.code).join("; "),
      "Tanggal Terbit": dateCell(letter.date), "Berlaku Sampai": dateCell(validUntil),
      Status: validUntil < input.today ? CERTIFICATE_STATUS.expired : CERTIFICATE_STATUS.active,
      "ID Kasus": letter.caseId, "ID Surat": letter.id,
    });
    issued.push(letter.number);
  }
  const replaced = replacedNumbersOf(input.existing);
  const patches: RowPatch[] = [];
  for (const row of input.existing) {
    if (row.id === "") continue;
    const status = certificateStatusOn(row, input.today, replaced);
    if (cellText(row.get("Status")) !== status) patches.push({ id: row.id, rowHint: row.rowIndex, values: { Status: status } });
  }
  return { appends, patches, issued, problems };
}

export interface CertificateReport {
  readonly issued: readonly string[];
  /** ID Surat → verification code of every certificate in the register, for the letters' finishing. */
  readonly codes: ReadonlyMap<string, string>;
  /** Certificates whose status changed (expired, revoked, replaced). */
  readonly changed: number;
  readonly problems: readonly string[];
}

/**
 * Records the certificates numbered since the last run and keeps every status current, in one
 * write. Reads the letter book (given by the caller when it has read it), the register once, and
 * Permohonan only when a numbered certificate is not recorded yet.
 */
export function reconcileCertificates(
  deps: EngineDeps,
  config: OfficeConfig,
  letterBook: () => readonly LetterRecord[] = () => readLetterBook(readRegister(deps.workbook, SURAT)),
): CertificateReport | null {
  const book = letterBook().filter((r) => letterTypeOf(r.type) === CERTIFICATE_LETTER && r.status === LETTER_STATUS.approved && r.number !== null);
  return deps.lock.runExclusive(() => {
    const register = readRegister(deps.workbook, SERTIFIKAT_REGISTER);
    if (!register) {
      return book.length === 0 ? null : { issued: [], codes: new Map(), changed: 0, problems: [`Tab ${SERTIFIKAT_REGISTER.name} belum ada: ${book.length} sertifikat belum dicatat. Jalankan "Siapkan / perbarui register".`] };
    }
    if (!deps.newUuid) return { issued: [], codes: new Map(), changed: 0, problems: ["Sertifikat belum dicatat: tempat ini tidak dapat membuat kode verifikasi acak."] };
    const newUuid = deps.newUuid;
    const recorded = new Set(register.rows.map((r) => cellText(r.get("ID Surat"))));
    const cases = book.some((letter) => !recorded.has(letter.id)) ? readRegister(deps.workbook, PERMOHONAN) : null;
    const plan = planCertificates({
      letters: book, config, existing: register.rows, today: toOfficeDateTime(deps.clock.now(), config.settings.timeZone).date,
      cases: new Map((cases?.rows ?? []).filter((r) => r.id !== "").map((r) => [r.id, r])), newCode: newCodeFrom(newUuid),
    });
    const changes: TableChanges[] = plan.appends.length + plan.patches.length > 0 ? [{ table: SERTIFIKAT_REGISTER.name, patches: plan.patches, appends: plan.appends }] : [];
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    const codes = new Map<string, string>();
    for (const row of [...register.rows.map((r) => ({ letter: cellText(r.get("ID Surat")), code: cellText(r.get("Kode Verifikasi")) })),
      ...plan.appends.map((a) => ({ letter: String(a["ID Surat"]), code: String(a["Kode Verifikasi"]) }))]) {
      if (row.letter !== "" && row.code !== "") codes.set(row.letter, row.code);
    }
    return { issued: plan.issued, codes, changed: plan.patches.length, problems: plan.problems };
  });
}

export function certificateLines(report: CertificateReport): string[] {
  return [
    ...(report.issued.length > 0 ? [`${report.issued.length} sertifikat dicatat di tab ${SERTIFIKAT_REGISTER.name}: ${report.issued.join(", ")}.`] : []),
    ...(report.changed > 0 ? [`${report.changed} status sertifikat diperbarui (kedaluwarsa, dicabut atau diganti).`] : []),
    ...report.problems,
  ];
}
