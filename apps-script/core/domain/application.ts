// Reads a Permohonan row into an application and says, field by field, what is wrong with it.
import { isDateCell } from "../ports";
import { cellDate, cellText, controlCharacterProblem, quoted } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import type { RegisterRow } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import type { LocalDate } from "../time/local-date";
import { type AsnFacts, checkAsnNumber, checkNik, crossCheckIdentity, emailProblem, type NikFacts } from "./identity";
import { normalizeGolongan, normalizePendidikan } from "./reference";
import type { Scheme } from "./schemes";

export interface Application {
  readonly id: string;
  readonly submittedOn: LocalDate | null;
  readonly agency: string;
  readonly golongan: string | null;
  readonly pendidikan: string | null;
  readonly experienceYears: number | null;
  readonly schemeCode: string;
  readonly documents: ReadonlySet<string>;
}

export interface ApplicationCheck {
  readonly application: Application;
  /** "NIP: NIP harus 18 digit" — at most one per column, no personal data. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

const PHONE = /^(\+62|62|0)\d{8,13}$/;
const FORMULA_START = /^[=+\-@]/;

/** The columns staff (and forms) write: each is checked on every row. */
const STAFF_COLUMNS = PERMOHONAN.columns.filter((c) => c.owner === "staff");

/** Free-text fields staff or applicants type, where a formula would be an attack or a mistake. */
const TEXT_FIELDS = ["Nama", "Instansi", "Unit Kerja", "Jabatan", "Catatan Petugas"];

const documentCodes = new WeakMap<Scheme, ReadonlySet<string>>();

/** The document codes a scheme asks for, upper case (once per scheme, not per row). */
function documentCodesOf(scheme: Scheme): ReadonlySet<string> {
  let codes = documentCodes.get(scheme);
  if (!codes) documentCodes.set(scheme, (codes = new Set(scheme.requirements.filter((r) => r.rule === "DOKUMEN").map((r) => r.code.toUpperCase()))));
  return codes;
}

export function parseDocumentList(text: string): Set<string> {
  return new Set(text.split(/[,;\n]/).map((s) => s.trim().toUpperCase()).filter((s) => s !== ""));
}

/**
 * Checks a Permohonan row column by column: each staff column gets at most one message (a
 * control character, a formula, a blank required cell, or its own rule, in that order), and
 * messages quote staff text only through `redactPersonalNumbers`. Reference columns other than
 * Kode Skema (Kode TUK, Asesor) are domain/references.ts's to check.
 */
export function checkApplication(
  row: RegisterRow,
  schemes: ReadonlyMap<string, Scheme>,
  currentYear: number,
): ApplicationCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const bad = new Set<string>();
  // Each column's text is asked for several times; this runs for every row of every sweep.
  const texts = new Map<string, string>();
  const text = (header: string) => {
    let value = texts.get(header);
    if (value === undefined) texts.set(header, (value = cellText(row.get(header))));
    return value;
  };
  const problem = (header: string, message: string) => {
    if (bad.has(header)) return;
    bad.add(header);
    errors.push(`${header}: ${redactPersonalNumbers(message)}`);
  };
  /** Filled and not already reported: the column's own rule applies. */
  const judged = (header: string) => !bad.has(header) && text(header) !== "";

  for (const column of STAFF_COLUMNS) {
    const cell = row.get(column.header);
    if (row.formula(column.header) !== undefined) problem(column.header, "berisi rumus; ketik isinya sebagai teks biasa");
    else if (typeof cell === "string" && controlCharacterProblem(cell)) problem(column.header, controlCharacterProblem(cell)!);
    else if (column.required && text(column.header) === "") problem(column.header, "wajib diisi");
  }
  for (const header of TEXT_FIELDS) {
    if (judged(header) && FORMULA_START.test(text(header))) problem(header, "tidak boleh diawali =, +, - atau @");
  }

  const submittedCell = row.get("Tanggal Permohonan");
  const submittedOn = bad.has("Tanggal Permohonan") ? null : cellDate(submittedCell);
  if (judged("Tanggal Permohonan") && submittedOn === null) {
    problem("Tanggal Permohonan", "bukan tanggal yang sah (gunakan format tanggal, mis. 12/03/2026)");
  }

  let asnFacts: AsnFacts | null = null;
  if (judged("NIP") && typeof row.get("NIP") === "number") {
    problem("NIP", "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom NIP sebagai teks lalu ketik ulang");
  } else if (judged("NIP")) {
    const nip = checkAsnNumber(text("NIP"), currentYear);
    if (nip.ok) asnFacts = nip.facts;
    else problem("NIP", nip.problem);
  }
  let nikFacts: NikFacts | null = null;
  if (judged("NIK") && typeof row.get("NIK") === "number") {
    problem("NIK", "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom NIK sebagai teks lalu ketik ulang");
  } else if (judged("NIK")) {
    const nik = checkNik(text("NIK"));
    if (nik.ok) nikFacts = nik.facts;
    else problem("NIK", nik.problem);
  }
  if (asnFacts && nikFacts) warnings.push(...crossCheckIdentity(asnFacts, nikFacts).map((w) => `NIP/NIK: ${w}`));

  const email = judged("Email") ? emailProblem(text("Email")) : null;
  if (email) problem("Email", `alamat e-mail tidak sah: ${email}`);
  const phone = text("Telepon").replace(/[\s\-().]/g, "");
  if (judged("Telepon") && !PHONE.test(phone)) problem("Telepon", "nomor telepon tidak sah (mis. 081234567890 atau +6281234567890)");

  const golongan = bad.has("Golongan") ? null : normalizeGolongan(text("Golongan"));
  if (judged("Golongan") && golongan === null) problem("Golongan", "golongan/ruang tidak dikenal (I/a sampai IV/e)");
  const pendidikan = bad.has("Pendidikan Terakhir") ? null : normalizePendidikan(text("Pendidikan Terakhir"));
  if (judged("Pendidikan Terakhir") && pendidikan === null) {
    problem("Pendidikan Terakhir", "jenjang tidak dikenal (SD, SMP, SMA/SMK, D-I, D-II, D-III, D-IV, S1, S2, S3)");
  }

  const experienceHeader = "Pengalaman Pelayanan Publik (tahun)";
  let experienceYears: number | null = null;
  if (judged(experienceHeader)) {
    const years = Number(text(experienceHeader).replace(",", "."));
    if (!Number.isFinite(years) || years < 0 || years > 50) problem(experienceHeader, "harus angka tahun 0–50");
    else experienceYears = years;
  }

  const schemeCode = bad.has("Kode Skema") ? "" : text("Kode Skema");
  const scheme = schemes.get(schemeCode);
  if (schemeCode !== "" && !scheme) problem("Kode Skema", `skema ${quoted(schemeCode)} tidak ada di register Skema`);
  else if (scheme && !scheme.active) problem("Kode Skema", `skema ${quoted(schemeCode)} tidak aktif`);

  const documents = bad.has("Dokumen Diserahkan") ? new Set<string>() : parseDocumentList(text("Dokumen Diserahkan"));
  if (scheme) {
    const known = documentCodesOf(scheme);
    const unknown = [...documents].filter((d) => !known.has(d));
    if (unknown.length > 0) warnings.push(redactPersonalNumbers(`Dokumen Diserahkan: kode tidak dikenal untuk skema ini: ${unknown.join(", ")}`));
  }
  if (isDateCell(submittedCell) === false && submittedOn && text("Tanggal Permohonan").includes("/")) {
    // Typed as text: accepted, but the sheet will not sort it as a date.
    warnings.push("Tanggal Permohonan: diketik sebagai teks; format sel sebagai tanggal agar bisa diurutkan");
  }

  return {
    application: { id: row.id, submittedOn, agency: text("Instansi"), golongan, pendidikan, experienceYears, schemeCode, documents },
    errors,
    warnings,
  };
}
