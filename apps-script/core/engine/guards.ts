// The guards a workflow move may name in Alur Transisi "Syarat": one registry, keyed by name
// (as xstate's setup({ guards })), each with what it checks, its check, and — for guards that
// take one, e.g. ISIAN(Ditujukan Kepada = Lisensi / Asesor Kompetensi) — its argument's check.
// A name not listed here is refused when the workflow loads. Each check is pure: it reads what
// the case step loaded and returns why it fails ([] = passes). Only type imports from the
// domain, so the register catalog can print the descriptions without an import cycle.
import type { Eligibility } from "../domain/eligibility";
import type { Competence } from "../domain/unit-results";
import type { RegisterDef } from "../registers/schema";
import { DAY_UNITS, type DayUnit } from "../time/day-counter";
import type { LocalDate } from "../time/local-date";

/** A letter of the case still waiting for the head: no number yet and not cancelled. */
export interface PendingLetter {
  readonly id: string;
  readonly label: string;
  readonly status: string;
}

/** The case an appeal (banding) is filed against, as its history tells it. */
export interface AppealFacts {
  readonly filedOn: LocalDate | null;
  /** The date of the appealed case's latest applied move, its recording aside (its decision); null when it has none. */
  readonly decidedOn: LocalDate | null;
  readonly limitDays: number;
  /** Working days from the decision to the filing. */
  readonly daysAfterDecision: number | null;
}

/** What guards read: all of it settled before the step runs. */
export interface GuardInput {
  /** Validation problems of the case (its Catatan Validasi, without warnings). */
  readonly errors: readonly string[];
  readonly eligibility: Eligibility | null;
  readonly competence: Competence;
  readonly testDate: LocalDate | null;
  readonly today: LocalDate;
  readonly pendingLetters: readonly PendingLetter[];
  /** The case row's cell under a header (trimmed text), for guards on the case's own columns. */
  readonly cell: (header: string) => string;
  /** The case row's date under a header (a date cell or a date typed as text); null when blank or not a date. */
  readonly date: (header: string) => LocalDate | null;
  /** Days from `from` to `to` in the unit (office calendar for hari kerja); negative when `to` is earlier. */
  readonly daysBetween: (from: LocalDate, to: LocalDate, unit: DayUnit) => number;
  /** Dokumen Diharapkan of the state the move leaves, and the codes the case's checklist has (upper case). */
  readonly documents: { readonly expected: readonly string[]; readonly present: ReadonlySet<string> };
  readonly appeal: AppealFacts | null;
}

type Check = (input: GuardInput, argument: string | null) => readonly string[];

interface GuardSpec {
  readonly description: string;
  readonly check: Check;
  /** Whether the guard takes an argument in brackets, and what is wrong with one (null = fine). */
  readonly argument?: (argument: string | null, register: RegisterDef) => string | null;
}

const competenceProblems = (c: Competence): string[] => [...c.problems];

/** "Ditujukan Kepada = Lisensi / Asesor Kompetensi" → column and the values allowed. */
export function parseFieldCondition(argument: string | null): { column: string; values: string[] } | null {
  const match = argument ? /^([^=]+)=(.+)$/.exec(argument) : null;
  if (!match) return null;
  const values = match[2]!.split("/").map((v) => v.trim()).filter((v) => v !== "");
  return values.length === 0 ? null : { column: match[1]!.trim(), values };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The column JARAK_HARI reads as today's date, so a rule can look ahead ("SPK … ≥ 5 hari"). */
export const TODAY_COLUMN = "Tanggal Hari Ini";

const COMPARISONS = {
  "<=": (a: number, b: number) => a <= b,
  "<": (a: number, b: number) => a < b,
  ">=": (a: number, b: number) => a >= b,
  ">": (a: number, b: number) => a > b,
} as const;
type Comparison = keyof typeof COMPARISONS;

const COMPARISON_WORDS: Record<Comparison, string> = { "<=": "paling lama", "<": "kurang dari", ">=": "paling sedikit", ">": "lebih dari" };

export interface DayDistance {
  readonly from: string;
  readonly to: string;
  readonly comparison: Comparison;
  readonly days: number;
  readonly unit: DayUnit;
}

/**
 * "Tanggal SPK .. Tanggal Penilaian >= 5 hari kalender" → the two columns, the comparison, the
 * number and the unit; null when it does not read so.
 */
export function parseDayDistance(argument: string | null): DayDistance | null {
  const match = argument ? /^(.+?)\s*\.\.\s*(.+?)\s*(<=|>=|<|>)\s*(\d{1,4})\s*(hari kerja|hari kalender)\s*$/i.exec(argument) : null;
  if (!match) return null;
  const unit = DAY_UNITS.find((u) => same(u, match[5]!));
  return unit ? { from: match[1]!.trim(), to: match[2]!.trim(), comparison: match[3] as Comparison, days: Number(match[4]), unit } : null;
}

export const GUARDS = {
  DATA_VALID: {
    description: "data kasus tanpa masalah di Catatan Validasi",
    check: ({ errors }) => (errors.length === 0 ? [] : [`data belum valid (${errors.length} masalah di Catatan Validasi)`]),
  },
  BERKAS_LENGKAP: {
    description: "semua dokumen skema sudah diserahkan (kolom Dokumen Diserahkan)",
    check: ({ eligibility }) => {
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.missingDocuments.length === 0 ? [] : [`berkas belum lengkap: ${eligibility.missingDocuments.map((d) => d.code).join(", ")}`];
    },
  },
  DOKUMEN_LENGKAP: {
    description: "setiap Dokumen Diharapkan status asal ada (Ada = Ya) di register Dokumen Kasus",
    check: ({ documents }) => {
      const missing = documents.expected.filter((code) => !documents.present.has(code.toUpperCase()));
      return missing.length === 0 ? [] : [`dokumen belum ada di Dokumen Kasus: ${missing.join(", ")}`];
    },
  },
  MEMENUHI_SYARAT: {
    description: "memenuhi persyaratan dasar skema",
    check: ({ eligibility }) => {
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.unmet.length === 0 ? [] : [`belum memenuhi persyaratan: ${eligibility.unmet.join("; ")}`];
    },
  },
  KOMPETEN: {
    description: "kompeten di semua unit skema (Hasil Asesmen, atau Rekomendasi Asesor K bila unit belum direkam)",
    check: ({ competence: c }) => {
      if (c.problems.length > 0) return competenceProblems(c);
      if (c.verdict === "K") return [];
      if (c.source === "units") {
        return [
          ...(c.unassessed.length > 0 ? [`unit belum dinilai di Hasil Asesmen: ${c.unassessed.join(", ")}`] : []),
          ...(c.notCompetent.length > 0 ? [`unit BK: ${c.notCompetent.join(", ")}`] : []),
        ];
      }
      return ["rekomendasi asesor belum K (Kompeten)"];
    },
  },
  BELUM_KOMPETEN: {
    description: "belum kompeten (ada unit BK di Hasil Asesmen, atau Rekomendasi Asesor BK)",
    check: ({ competence: c }) => {
      if (c.problems.length > 0) return competenceProblems(c);
      if (c.verdict === "BK") return [];
      return [c.source === "units" ? "tidak ada unit BK di Hasil Asesmen" : "rekomendasi asesor bukan BK (Belum Kompeten)"];
    },
  },
  UJI_TERLAKSANA: {
    description: "Jadwal Uji sudah tiba (uji kompetensi sudah dilaksanakan)",
    check: ({ testDate, today }) => {
      if (!testDate) return ["Jadwal Uji belum diisi"];
      return testDate <= today ? [] : [`uji kompetensi dijadwalkan ${testDate}, belum dilaksanakan`];
    },
  },
  SURAT_DISETUJUI: {
    description: "semua surat kasus ini sudah disetujui dan bernomor (atau dibatalkan)",
    check: ({ pendingLetters }) =>
      pendingLetters.length === 0 ? [] : [`surat belum disetujui: ${pendingLetters.map((l) => `${l.id} (${l.label}, ${l.status})`).join(", ")}`],
  },
  ISIAN: {
    description: "kolom kasus berisi salah satu nilai, mis. ISIAN(Ditujukan Kepada = Lisensi / Asesor Kompetensi)",
    check: ({ cell }, argument) => {
      const condition = parseFieldCondition(argument);
      if (!condition) return [`syarat ISIAN tanpa kolom dan nilai`];
      const value = cell(condition.column);
      return condition.values.some((v) => same(v, value)) ? [] : [`${condition.column} bukan ${condition.values.join(" atau ")}`];
    },
    argument: (argument, register) => {
      const condition = parseFieldCondition(argument);
      if (!condition) return "tulis ISIAN(Kolom = Nilai / Nilai lain)";
      const column = register.columns.find((c) => same(c.header, condition.column));
      if (!column) return `kolom "${condition.column}" tidak ada di ${register.name}`;
      const unknown = column.options ? condition.values.filter((v) => !column.options!.some((o) => same(o, v))) : [];
      return unknown.length > 0 ? `nilai ${unknown.map((v) => `"${v}"`).join(", ")} bukan pilihan kolom ${column.header}` : null;
    },
  },
  JARAK_HARI: {
    description: "jarak hari dari tanggal satu kolom ke tanggal kolom lain memenuhi batas, mis. JARAK_HARI(Tanggal SPK .. Tanggal Penilaian >= 5 hari kalender); \"Tanggal Hari Ini\" berarti hari ini",
    check: ({ date, today, daysBetween }, argument) => {
      const rule = parseDayDistance(argument);
      if (!rule) return ["syarat JARAK_HARI tanpa kolom, batas dan satuan"];
      const dateOf = (column: string) => (same(column, TODAY_COLUMN) ? today : date(column));
      const blank = [rule.from, rule.to].filter((column) => dateOf(column) === null);
      if (blank.length > 0) return [`${blank.join(" dan ")} belum diisi tanggal`];
      const days = daysBetween(dateOf(rule.from)!, dateOf(rule.to)!, rule.unit);
      return COMPARISONS[rule.comparison](days, rule.days) ? []
        : [`${rule.from} ke ${rule.to} ${days} ${rule.unit}; syaratnya ${COMPARISON_WORDS[rule.comparison]} ${rule.days} ${rule.unit}`];
    },
    argument: (argument, register) => {
      const rule = parseDayDistance(argument);
      if (!rule) return "tulis JARAK_HARI(Kolom Awal .. Kolom Akhir <= 15 hari kerja), pembanding <=, <, >= atau >, satuan hari kerja atau hari kalender";
      const missing = [rule.from, rule.to].filter((column) => !same(column, TODAY_COLUMN) && !register.columns.some((c) => same(c.header, column)));
      return missing.length > 0 ? `kolom ${missing.map((c) => `"${c}"`).join(", ")} tidak ada di ${register.name}` : null;
    },
  },
  BANDING_TEPAT_WAKTU: {
    description: "banding diajukan paling lambat Batas Pengajuan Banding (hari kerja, Pengaturan) setelah keputusan kasus yang dibanding",
    check: ({ appeal }) => {
      if (!appeal) return ["kasus yang dibanding tidak dikenal"];
      if (!appeal.filedOn) return ["tanggal banding belum diisi"];
      if (!appeal.decidedOn) return ["kasus yang dibanding belum punya keputusan di Riwayat"];
      if (appeal.filedOn < appeal.decidedOn) return [`banding diajukan ${appeal.filedOn}, sebelum keputusan ${appeal.decidedOn}`];
      if (appeal.daysAfterDecision === null) return ["kasus yang dibanding belum punya keputusan di Riwayat"];
      return appeal.daysAfterDecision <= appeal.limitDays ? []
        : [`banding diajukan ${appeal.daysAfterDecision} hari kerja setelah keputusan ${appeal.decidedOn}; batasnya ${appeal.limitDays} hari kerja`];
    },
  },
} satisfies Record<string, GuardSpec>;

export type GuardName = keyof typeof GUARDS;

export const GUARD_NAMES: ReadonlySet<string> = new Set(Object.keys(GUARDS));

/** What each guard checks, for the header note of Alur Transisi "Syarat" and the README. */
export const GUARD_DESCRIPTIONS: Readonly<Record<GuardName, string>> = Object.fromEntries(
  Object.entries(GUARDS).map(([name, spec]) => [name, spec.description]),
) as Record<GuardName, string>;

const spec = (name: string): GuardSpec | undefined => (GUARDS as Record<string, GuardSpec>)[name];

/**
 * "ISIAN(Kolom = A / B)" → name "ISIAN", argument "Kolom = A / B"; a bare name has argument null.
 * The one reading of a Syarat item, for the workflow loader and the checks alike.
 */
export function splitGuard(text: string): { name: string; argument: string | null } {
  const match = /^\s*([^()]+?)\s*(?:\((.*)\))?\s*$/.exec(text);
  return match ? { name: match[1]!, argument: match[2] === undefined ? null : match[2].trim() } : { name: text.trim(), argument: null };
}

/** Checks a guard's argument when the workflow loads: a message, or null when it is fine. */
export function guardArgumentProblem(name: string, argument: string | null, register: RegisterDef): string | null {
  const guard = spec(name);
  if (!guard) return null;
  if (!guard.argument) return argument === null ? null : "syarat ini tidak memakai isian dalam kurung";
  return guard.argument(argument, register);
}

/** Why the named guard (as the move spells it, with its argument) fails for this case. */
export function guardFailures(text: string, input: GuardInput): readonly string[] {
  const { name, argument } = splitGuard(text);
  const guard = spec(name);
  return guard ? guard.check(input, argument) : [`syarat "${name}" tidak dikenal`];
}

/** What a move into a final state always needs: the case's letters settled first. */
export const FINAL_STATE_GUARD: GuardName = "SURAT_DISETUJUI";

