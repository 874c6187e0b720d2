// The Sertifikat register: one row per certificate the head has numbered, filled by the engine
// from the letter book (an approved SERTIFIKAT letter with its number), reconciled on every
// settling of approvals so a run cut off half-way is completed by the next and none is recorded
// twice. Issued on the letter's date (the head's approval), valid for the scheme's years from it.
// Each carries a random verification code anyone can check (verification.ts); the holder is named,
// never identified by NIK/NIP. Staff revoke a certificate in their own columns; the engine keeps
// Status (Aktif, Kedaluwarsa, Dicabut, Diganti) from those and from the dates.
// Before expiry the holder and the office are reminded through Kotak Surel at the months of the
// setting "Pengingat Kedaluwarsa (bulan)", one message per certificate and point (keyed, so a
// sweep run twice sends once). A new certificate of the same scheme for the same holder (the NIP
// on the two source cases, compared without ever copying it here) replaces the older one.
import { berlakuSampai, tanggalPanjang } from "../letters/format";
import { LETTER_STATUS, type LetterRecord, readLetterBook } from "../letters/letter-book";
import { letterTypeOf } from "../letters/letter-types";
import type { CellValue, RowPatch, TableChanges } from "../ports";
import { dateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import { PERMOHONAN, SURAT } from "../registers/catalog";
import { type RegisterRow, readRegister } from "../registers/table";
import type { LocalDate } from "../time/local-date";
import { dateParts, isRealDate, localDate, toOfficeDateTime } from "../time/local-date";
import type { OfficeConfig } from "./config";
import {
  ASSESSOR_CASE_REGISTERS, ASSESSOR_SCHEME_CODE, ASSESSOR_SCHEME_NAME, CERTIFICATE_STATUS, type CertificateStatus, isCertificateLetter, OLD_CERTIFICATE_COLUMN, oldCertificateNumber,
  SERTIFIKAT_REGISTER,
} from "./certificate-register";
import { KOTAK_SUREL, type OutgoingMail, outboxAppends, queuedKeys } from "./outbox";
import { assessorValidityYears, type Settings } from "./settings";
import type { EngineDeps } from "./types";

export { CERTIFICATE_LETTER, CERTIFICATE_LETTERS, CERTIFICATE_STATUS, type CertificateStatus, isCertificateLetter, SERTIFIKAT_REGISTER } from "./certificate-register";

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
  /** Renewals linked to a certificate in the register: the new certificate's number and the one it replaces (now Diganti). */
  readonly linked: readonly { readonly number: string; readonly replaces: string }[];
  /** Renewals whose old number (typed on Peserta RCC) is not in the register: kept as the link's text only. */
  readonly unregistered: readonly { readonly number: string; readonly replaces: string }[];
  readonly problems: readonly string[];
}

/**
 * Who holds the certificate of a case, as a key only compared, never stored or shown: the NIP on
 * the case row (digits only, so "1990 0215…" and a number cell agree). Null when unknown.
 */
function holderKeyOf(row: RegisterRow | undefined): string | null {
  const digits = cellText(row?.get("NIP")).replace(/\D/g, "");
  return digits.length >= 8 ? digits : null;
}

interface LinkCandidate {
  readonly number: string;
  readonly scheme: string;
  readonly holder: string | null;
  readonly issuedOn: LocalDate | null;
  readonly status: CertificateStatus;
}

/** What the register records of one certificate letter, read from its case. */
interface CertificateFacts {
  readonly holderName: string;
  readonly schemeCode: string;
  readonly schemeName: string;
  readonly units: string;
  readonly validityYears: number;
  /** For the same-holder renewal: the NIP key, null where the case has none (assessors). */
  readonly holder: string | null;
  /** The old certificate staff named on the case (Peserta RCC "Nomor Sertifikat Lama"), checked. */
  readonly typedOld: { readonly number: string | null } | { readonly problem: string };
}

type PlanInput = Parameters<typeof planCertificates>[0];

/**
 * The facts of a certificate letter from its case: a SERTIFIKAT from its Permohonan row and the
 * scheme in Skema; a SERTIFIKAT_ASESOR from its Peserta RCC row and the RCC request it names (the
 * scheme is the request's Skema, the validity Pengaturan's). A string when the case is missing.
 */
function certificateFacts(letter: LetterRecord, input: PlanInput): CertificateFacts | string {
  const row = input.cases.get(letter.caseId);
  if (letterTypeOf(letter.type) === "SERTIFIKAT_ASESOR") {
    if (!row) return `Sertifikat ${letter.number} (surat ${letter.id}) belum dicatat: kasus ${letter.caseId} tidak ditemukan di tab Peserta RCC.`;
    const request = input.cases.get(cellText(row.get("ID Permohonan Asesor")));
    return {
      holderName: cellText(row.get("Nama Peserta")), schemeCode: ASSESSOR_SCHEME_CODE,
      schemeName: cellText(request?.get("Skema")) || ASSESSOR_SCHEME_NAME, units: "",
      validityYears: assessorValidityYears(input.config.settings ?? { raw: new Map() }),
      // Participants carry no NIP: a name alone is no sound key, so only a typed old number links.
      holder: null, typedOld: oldCertificateNumber(cellText(row.get(OLD_CERTIFICATE_COLUMN))),
    };
  }
  const scheme = row ? input.config.schemes.get(cellText(row.get("Kode Skema"))) : undefined;
  if (!row || !scheme) {
    return `Sertifikat ${letter.number} (surat ${letter.id}) belum dicatat: ${row ? "skema" : "kasus"} ${row ? cellText(row.get("Kode Skema")) : letter.caseId} tidak ditemukan.`;
  }
  return {
    holderName: cellText(row.get("Nama")), schemeCode: scheme.code, schemeName: scheme.name, units: scheme.units.map((u) => u.code).join("; "),
    validityYears: scheme.validityYears, holder: holderKeyOf(row), typedOld: { number: null },
  };
}

/**
 * What the register still lacks and which statuses changed. Pure: the letter book's numbered
 * certificates, the cases (Permohonan, Peserta RCC and Permohonan Asesor rows by ID), the
 * register's rows and the codes are given. A renewal links the new certificate to the old one:
 * the number staff typed on the case when there is one (kept as the link's text even when that
 * certificate is not in the register), else the latest of the same scheme and holder (NIP).
 */
export function planCertificates(input: {
  letters: readonly LetterRecord[];
  cases: ReadonlyMap<string, RegisterRow>;
  config: Pick<OfficeConfig, "schemes"> & { readonly settings?: Pick<Settings, "raw"> };
  existing: readonly RegisterRow[];
  today: LocalDate;
  newCode: () => string;
}): CertificatePlan {
  const recordedLetters = new Set(input.existing.map((r) => cellText(r.get("ID Surat"))));
  const numbers = new Set(input.existing.map((r) => r.id));
  const appends: Record<string, CellValue>[] = [];
  const issued: string[] = [];
  const linked: { number: string; replaces: string }[] = [];
  const unregistered: { number: string; replaces: string }[] = [];
  const problems: string[] = [];
  const replaced = replacedNumbersOf(input.existing);
  // What an older certificate is now, for renewals: replaced and revoked ones are not renewed again.
  const candidates: LinkCandidate[] = input.existing.filter((r) => r.id !== "").map((r) => ({
    number: r.id, scheme: cellText(r.get("Kode Skema")), holder: holderKeyOf(input.cases.get(cellText(r.get("ID Kasus")))),
    issuedOn: cellDate(r.get("Tanggal Terbit")), status: certificateStatusOn(r, input.today, replaced),
  }));
  for (const letter of input.letters) {
    if (recordedLetters.has(letter.id) || letter.number === null || letter.date === null) continue;
    if (numbers.has(letter.number)) {
      problems.push(`Surat ${letter.id}: nomor ${letter.number} sudah tercatat untuk sertifikat lain; periksa buku surat.`);
      continue;
    }
    const facts = certificateFacts(letter, input);
    if (typeof facts === "string") {
      problems.push(facts);
      continue;
    }
    numbers.add(letter.number);
    // A certificate drafted with its code (printed with its QR) keeps it; one drafted before codes
    // were kept gets one now, filled into "[KODE VERIFIKASI]" at finishing.
    const codeOf = (l: LetterRecord) => (l.verificationCode !== null && normalizeVerificationCode(l.verificationCode) === l.verificationCode ? l.verificationCode : input.newCode());
    const validUntil = berlakuSampai(letter.date, facts.validityYears);
    const { holder } = facts;
    const issuedOn = letter.date;
    let replaces: string | null = null;
    if ("problem" in facts.typedOld) {
      problems.push(`Sertifikat ${letter.number} (kasus ${letter.caseId}) dicatat tanpa tautan perpanjangan: ${facts.typedOld.problem}.`);
    } else if (facts.typedOld.number === letter.number) {
      problems.push(`Sertifikat ${letter.number} (kasus ${letter.caseId}): ${OLD_CERTIFICATE_COLUMN} menyebut nomor sertifikat itu sendiri; tautan perpanjangan tidak dicatat.`);
    } else if (facts.typedOld.number !== null) {
      replaces = facts.typedOld.number;
      if (!numbers.has(replaces)) {
        unregistered.push({ number: letter.number, replaces });
      } else {
        if (replaced.has(replaces)) problems.push(`Sertifikat ${letter.number}: sertifikat lama ${replaces} sudah diganti sertifikat lain; periksa kolom Menggantikan di tab ${SERTIFIKAT_REGISTER.name}.`);
        replaced.add(replaces);
        linked.push({ number: letter.number, replaces });
      }
    } else if (holder !== null) {
      // The latest certificate of the same scheme and holder still Aktif or Kedaluwarsa, issued before this one.
      const older = candidates
        .filter((c) => c.holder === holder && c.scheme === facts.schemeCode && c.issuedOn !== null && c.issuedOn <= issuedOn && !replaced.has(c.number)
          && (c.status === CERTIFICATE_STATUS.active || c.status === CERTIFICATE_STATUS.expired))
        .sort((a, b) => (a.issuedOn! < b.issuedOn! ? 1 : a.issuedOn! > b.issuedOn! ? -1 : 0))[0];
      if (older) {
        replaces = older.number;
        replaced.add(older.number);
        linked.push({ number: letter.number, replaces });
      }
    }
    const status = validUntil < input.today ? CERTIFICATE_STATUS.expired : CERTIFICATE_STATUS.active;
    candidates.push({ number: letter.number, scheme: facts.schemeCode, holder, issuedOn, status });
    appends.push({
      "Nomor Sertifikat": letter.number, "Kode Verifikasi": codeOf(letter), "Nama Pemegang": facts.holderName,
      "Kode Skema": facts.schemeCode, "Nama Skema": facts.schemeName, "Unit Kompetensi": facts.units,
      "Tanggal Terbit": dateCell(letter.date), "Berlaku Sampai": dateCell(validUntil), Status: status,
      "ID Kasus": letter.caseId, "ID Surat": letter.id,
      ...(replaces !== null ? { Menggantikan: replaces } : {}),
    });
    issued.push(letter.number);
  }
  problems.push(...replacementConflicts(input.existing, input.cases));
  const patches: RowPatch[] = [];
  for (const row of input.existing) {
    if (row.id === "") continue;
    const status = certificateStatusOn(row, input.today, replaced);
    if (cellText(row.get("Status")) !== status) patches.push({ id: row.id, rowHint: row.rowIndex, values: { Status: status } });
  }
  return { appends, patches, issued, linked, unregistered, problems };
}

/**
 * A Menggantikan staff typed is never changed, but one the cases contradict is reported: it names
 * a certificate whose case records another holder (checked when the cases were read). A number
 * not in the register is left alone: it may be a certificate issued before the register existed.
 */
export function replacementConflicts(rows: readonly RegisterRow[], cases: ReadonlyMap<string, RegisterRow>): string[] {
  const byNumber = new Map(rows.filter((r) => r.id !== "").map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const row of rows) {
    const named = cellText(row.get("Menggantikan"));
    if (row.id === "" || named === "") continue;
    const old = byNumber.get(named);
    if (!old || old === row) continue;
    const mine = holderKeyOf(cases.get(cellText(row.get("ID Kasus"))));
    const theirs = holderKeyOf(cases.get(cellText(old.get("ID Kasus"))));
    if (mine !== null && theirs !== null && mine !== theirs) {
      problems.push(`Sertifikat ${row.id}: kolom Menggantikan menyebut ${named}, tetapi kasus keduanya (${cellText(row.get("ID Kasus"))}, ${cellText(old.get("ID Kasus"))}) mencatat pemegang yang berbeda; periksa (mesin tidak mengubahnya).`);
    }
  }
  return problems;
}

/** `date` moved back `months` calendar months, the day clamped to the month's end (31 August − 6 = 28/29 February). */
export function monthsBefore(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  let d = day;
  while (!isRealDate(y, m, d)) d -= 1;
  return localDate(y, m, d);
}

export interface DueReminder {
  readonly row: RegisterRow;
  /** The reminder point reached: months before Berlaku Sampai. */
  readonly months: number;
  readonly validUntil: LocalDate;
}

/**
 * The reminder each Aktif certificate is due for on `today`: the nearest point already reached
 * (the smallest N whose date, N months before Berlaku Sampai, has come), so a certificate found
 * late gets only that one and not every point it missed.
 */
export function dueExpiryReminders(rows: readonly RegisterRow[], today: LocalDate, points: readonly number[], replaced: ReadonlySet<string>): DueReminder[] {
  const due: DueReminder[] = [];
  const ascending = [...new Set(points)].filter((n) => n > 0).sort((a, b) => a - b);
  for (const row of rows) {
    const validUntil = cellDate(row.get("Berlaku Sampai"));
    if (row.id === "" || validUntil === null || certificateStatusOn(row, today, replaced) !== CERTIFICATE_STATUS.active) continue;
    const months = ascending.find((n) => monthsBefore(validUntil, n) <= today);
    if (months !== undefined) due.push({ row, months, validUntil });
  }
  return due;
}

export type ReminderRecipient = "pemegang" | "kantor";

/** The Kotak Surel key of one reminder: per point, certificate and recipient. */
export function reminderKey(months: number, number: string, to: ReminderRecipient): string {
  return `KEDALUWARSA-${months}:${number}:${to}`;
}

/**
 * The messages of the due reminders: to the holder at the e-mail of the case the certificate came
 * from, and to the office (Email Layanan), which is told when the holder has no address. Only the
 * number, scheme, dates and the holder's name; no NIK/NIP.
 */
export function reminderMails(due: readonly DueReminder[], cases: ReadonlyMap<string, RegisterRow>, settings: Pick<Settings, "serviceEmail" | "unitName" | "officeName">): OutgoingMail[] {
  const mails: OutgoingMail[] = [];
  for (const { row, months, validUntil } of due) {
    const number = row.id;
    const caseId = cellText(row.get("ID Kasus"));
    const holder = cellText(row.get("Nama Pemegang"));
    const scheme = `${cellText(row.get("Nama Skema"))} (${cellText(row.get("Kode Skema"))})`;
    const until = tanggalPanjang(validUntil);
    const source = cases.get(caseId);
    // Permohonan names the holder's address "Email", Peserta RCC "Email Peserta".
    const email = (cellText(source?.get("Email")) || cellText(source?.get("Email Peserta"))).trim();
    const subject = `Sertifikat ${number} berlaku sampai ${until}`;
    const unit = [settings.unitName, settings.officeName].filter((s) => s !== "").join(", ");
    if (email !== "") {
      mails.push({
        key: reminderKey(months, number, "pemegang"), caseId, to: email, subject,
        body: [
          `Yth. ${holder},`,
          "",
          `Sertifikat kompetensi Anda nomor ${number}, skema ${scheme}, berlaku sampai ${until} (${months} bulan lagi atau kurang).`,
          `Untuk memperpanjang, ajukan permohonan sertifikasi kembali pada skema yang sama kepada ${unit} sebelum tanggal tersebut, dengan melampirkan sertifikat lama. Sertifikat baru akan menggantikan sertifikat ini.`,
          `Pertanyaan: ${settings.serviceEmail}.`,
          "",
          "Surel ini dikirim otomatis; mohon tidak membalas.",
        ].join("\n"),
      });
    }
    mails.push({
      key: reminderKey(months, number, "kantor"), caseId, to: settings.serviceEmail, subject: `Pengingat: ${subject}`,
      body: [
        `Sertifikat ${number} atas nama ${holder}, skema ${scheme}, dari kasus ${caseId}, berlaku sampai ${until} (${months} bulan lagi atau kurang).`,
        email !== "" ? "Pemegang telah diingatkan melalui surel."
          : source ? `Pemegang tidak mempunyai alamat surel di kasus ${caseId}: mohon diberi tahu dengan cara lain.`
          : `Kasus ${caseId} tidak ditemukan di tab ${PERMOHONAN.name}, sehingga pemegang tidak diingatkan: mohon diberi tahu dengan cara lain.`,
        "",
        "Surel ini dikirim otomatis oleh mesin layanan.",
      ].join("\n"),
    });
  }
  return mails;
}

export interface CertificateReport {
  readonly issued: readonly string[];
  /** ID Surat → verification code of every certificate in the register, for the letters' finishing. */
  readonly codes: ReadonlyMap<string, string>;
  /** Certificates whose status changed (expired, revoked, replaced). */
  readonly changed: number;
  /** Renewals linked by the engine in this run. */
  readonly linked: readonly { readonly number: string; readonly replaces: string }[];
  /** Renewals recorded in this run whose old certificate is not in the register (the link is its number only). */
  readonly unregistered: readonly { readonly number: string; readonly replaces: string }[];
  /** Expiry reminders queued in Kotak Surel in this run: "SERT/0042/BPSDM/III/2026 (6 bulan)". */
  readonly reminders: readonly string[];
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
  const book = letterBook().filter((r) => isCertificateLetter(letterTypeOf(r.type)) && r.status === LETTER_STATUS.approved && r.number !== null);
  const none = (problems: string[]): CertificateReport => ({ issued: [], codes: new Map(), changed: 0, linked: [], unregistered: [], reminders: [], problems });
  // The RCC's registers only where an assessor's certificate is in the book (their tabs may not exist).
  const registersOfCases = [PERMOHONAN, ...(book.some((r) => letterTypeOf(r.type) === "SERTIFIKAT_ASESOR")
    ? ASSESSOR_CASE_REGISTERS.map((name) => config.caseRegisters.get(name)).filter((def) => def !== undefined) : [])];
  return deps.lock.runExclusive(() => {
    const register = readRegister(deps.workbook, SERTIFIKAT_REGISTER);
    if (!register) {
      return book.length === 0 ? null : none([`Tab ${SERTIFIKAT_REGISTER.name} belum ada: ${book.length} sertifikat belum dicatat. Jalankan "Siapkan / perbarui register".`]);
    }
    if (!deps.newUuid) return none(["Sertifikat belum dicatat: tempat ini tidak dapat membuat kode verifikasi acak."]);
    const newUuid = deps.newUuid;
    const now = toOfficeDateTime(deps.clock.now(), config.settings.timeZone);
    const today = now.date;
    // Permohonan is read only when it is needed: a certificate to record, or a reminder to address.
    let caseRows: ReadonlyMap<string, RegisterRow> | null = null;
    const cases = () => (caseRows ??= new Map(registersOfCases.flatMap((def) => readRegister(deps.workbook, def)?.rows ?? []).filter((r) => r.id !== "").map((r) => [r.id, r])));
    const recorded = new Set(register.rows.map((r) => cellText(r.get("ID Surat"))));
    const plan = planCertificates({
      letters: book, config, existing: register.rows, today,
      cases: book.some((letter) => !recorded.has(letter.id)) ? cases() : new Map(), newCode: newCodeFrom(newUuid),
    });
    const changes: TableChanges[] = plan.appends.length + plan.patches.length > 0 ? [{ table: SERTIFIKAT_REGISTER.name, patches: plan.patches, appends: plan.appends }] : [];
    const problems = [...plan.problems];
    // Reminders on the statuses after this run's renewals: a certificate just replaced is not reminded.
    const replaced = new Set([...replacedNumbersOf(register.rows), ...plan.linked.map((l) => l.replaces)]);
    const due = dueExpiryReminders(register.rows, today, config.settings.expiryReminderMonths, replaced);
    let reminders: string[] = [];
    if (due.length > 0) {
      const outbox = readRegister(deps.workbook, KOTAK_SUREL);
      const queued = queuedKeys(outbox);
      const pending = due.filter((d) => !queued.has(reminderKey(d.months, d.row.id, "kantor")) || !queued.has(reminderKey(d.months, d.row.id, "pemegang")));
      if (pending.length > 0 && !outbox) {
        problems.push(`Tab ${KOTAK_SUREL.name} belum ada: pengingat kedaluwarsa ${pending.map((d) => d.row.id).join(", ")} belum diantre. Jalankan "Siapkan / perbarui register".`);
      } else if (pending.length > 0) {
        const appends = outboxAppends(queued, reminderMails(pending, cases(), config.settings), now);
        if (appends.length > 0) changes.push({ table: KOTAK_SUREL.name, patches: [], appends });
        const queuedNow = new Set(appends.map((a) => String(a.Kunci)));
        reminders = pending.filter((d) => queuedNow.has(reminderKey(d.months, d.row.id, "kantor")) || queuedNow.has(reminderKey(d.months, d.row.id, "pemegang")))
          .map((d) => `${d.row.id} (${d.months} bulan)`);
      }
    }
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    const codes = new Map<string, string>();
    for (const row of [...register.rows.map((r) => ({ letter: cellText(r.get("ID Surat")), code: cellText(r.get("Kode Verifikasi")) })),
      ...plan.appends.map((a) => ({ letter: String(a["ID Surat"]), code: String(a["Kode Verifikasi"]) }))]) {
      if (row.letter !== "" && row.code !== "") codes.set(row.letter, row.code);
    }
    return { issued: plan.issued, codes, changed: plan.patches.length, linked: plan.linked, unregistered: plan.unregistered, reminders, problems };
  });
}

export function certificateLines(report: CertificateReport): string[] {
  return [
    ...(report.issued.length > 0 ? [`${report.issued.length} sertifikat dicatat di tab ${SERTIFIKAT_REGISTER.name}: ${report.issued.join(", ")}.`] : []),
    ...report.linked.map((l) => `Sertifikat ${l.number} menggantikan ${l.replaces}: ${l.replaces} menjadi ${CERTIFICATE_STATUS.replaced}.`),
    ...report.unregistered.map((l) => `Sertifikat ${l.number} menggantikan ${l.replaces}, yang tidak ada di tab ${SERTIFIKAT_REGISTER.name} (terbit sebelum register ini atau di tempat lain): dicatat sebagai Menggantikan saja.`),
    ...(report.changed > 0 ? [`${report.changed} status sertifikat diperbarui (kedaluwarsa, dicabut atau diganti).`] : []),
    ...(report.reminders.length > 0 ? [`${report.reminders.length} pengingat kedaluwarsa sertifikat diantre di tab ${KOTAK_SUREL.name}: ${report.reminders.join(", ")}.`] : []),
    ...report.problems,
  ];
}
