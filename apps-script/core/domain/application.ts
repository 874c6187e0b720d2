// Reads a Permohonan row into an application and says, field by field, what is wrong with it.
import { isDateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import { PERMOHONAN } from "../registers/catalog";
import type { RegisterRow } from "../registers/table";
import type { LocalDate } from "../time/local-date";
import { checkNik, checkNip, crossCheckIdentity } from "./identity";
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
  /** "NIP: NIP harus 18 digit" — one per problem, no personal data. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^(\+62|62|0)\d{8,13}$/;
const FORMULA_START = /^[=+\-@]/;

/** Free-text fields staff or applicants type, where a formula would be an attack or a mistake. */
const TEXT_FIELDS = ["Nama", "Instansi", "Unit Kerja", "Jabatan", "Catatan Petugas"];

export function parseDocumentList(text: string): Set<string> {
  return new Set(text.split(/[,;\n]/).map((s) => s.trim().toUpperCase()).filter((s) => s !== ""));
}

export function checkApplication(
  row: RegisterRow,
  schemes: ReadonlyMap<string, Scheme>,
  currentYear: number,
): ApplicationCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (header: string) => cellText(row.get(header));
  const problem = (header: string, message: string) => errors.push(`${header}: ${message}`);

  for (const column of PERMOHONAN.columns) {
    if (column.owner !== "staff") continue;
    if (row.formula(column.header) !== undefined) {
      problem(column.header, "berisi rumus; ketik isinya sebagai teks biasa");
    } else if (column.required && text(column.header) === "") {
      problem(column.header, "wajib diisi");
    }
  }
  for (const header of TEXT_FIELDS) {
    if (FORMULA_START.test(text(header))) problem(header, "tidak boleh diawali =, +, - atau @");
  }

  const submittedCell = row.get("Tanggal Permohonan");
  const submittedOn = cellDate(submittedCell);
  if (text("Tanggal Permohonan") !== "" && submittedOn === null) {
    problem("Tanggal Permohonan", "bukan tanggal yang sah (gunakan format tanggal, mis. 12/03/2026)");
  }

  const nipCell = row.get("NIP");
  let nipFacts = null;
  if (typeof nipCell === "number") {
    problem("NIP", "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom NIP sebagai teks lalu ketik ulang");
  } else if (text("NIP") !== "") {
    const nip = checkNip(text("NIP"), currentYear);
    if (nip.ok) nipFacts = nip.facts;
    else problem("NIP", nip.problem);
  }
  const nikCell = row.get("NIK");
  let nikFacts = null;
  if (typeof nikCell === "number") {
    problem("NIK", "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom NIK sebagai teks lalu ketik ulang");
  } else if (text("NIK") !== "") {
    const nik = checkNik(text("NIK"));
    if (nik.ok) nikFacts = nik.facts;
    else problem("NIK", nik.problem);
  }
  if (nipFacts && nikFacts) warnings.push(...crossCheckIdentity(nipFacts, nikFacts).map((w) => `NIP/NIK: ${w}`));

  if (text("Email") !== "" && !EMAIL.test(text("Email"))) problem("Email", "alamat e-mail tidak sah");
  const phone = text("Telepon").replace(/[\s\-().]/g, "");
  if (phone !== "" && !PHONE.test(phone)) problem("Telepon", "nomor telepon tidak sah (mis. 081234567890 atau +6281234567890)");

  const golongan = normalizeGolongan(text("Golongan"));
  if (text("Golongan") !== "" && golongan === null) problem("Golongan", "golongan/ruang tidak dikenal (I/a sampai IV/e)");
  const pendidikan = normalizePendidikan(text("Pendidikan Terakhir"));
  if (text("Pendidikan Terakhir") !== "" && pendidikan === null) {
    problem("Pendidikan Terakhir", "jenjang tidak dikenal (SD, SMP, SMA/SMK, D-I, D-II, D-III, D-IV, S1, S2, S3)");
  }

  const experienceText = text("Pengalaman Pelayanan Publik (tahun)").replace(",", ".");
  let experienceYears: number | null = null;
  if (experienceText !== "") {
    const years = Number(experienceText);
    if (!Number.isFinite(years) || years < 0 || years > 50) problem("Pengalaman Pelayanan Publik (tahun)", "harus angka tahun 0–50");
    else experienceYears = years;
  }

  const schemeCode = text("Kode Skema");
  const scheme = schemes.get(schemeCode);
  if (schemeCode !== "" && !scheme) problem("Kode Skema", `skema "${schemeCode}" tidak ada di register Skema`);
  else if (scheme && !scheme.active) problem("Kode Skema", `skema "${schemeCode}" tidak aktif`);

  const documents = parseDocumentList(text("Dokumen Diserahkan"));
  if (scheme) {
    const known = new Set(scheme.requirements.filter((r) => r.rule === "DOKUMEN").map((r) => r.code.toUpperCase()));
    const unknown = [...documents].filter((d) => !known.has(d));
    if (unknown.length > 0) warnings.push(`Dokumen Diserahkan: kode tidak dikenal untuk skema ini: ${unknown.join(", ")}`);
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
