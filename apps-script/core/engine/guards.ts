// The guards a workflow move may name in Alur Transisi "Syarat": one registry, keyed by name
// (as xstate's setup({ guards })). A name not listed here is refused when the workflow loads.
// Each guard is pure: it reads what the case step loaded and returns why it fails ([] = passes).
import type { Eligibility } from "../domain/eligibility";
import type { Competence } from "../domain/unit-results";
import type { LocalDate } from "../time/local-date";
import { GUARD_DESCRIPTIONS, type GuardName } from "../workflow/guard-names";

export { GUARD_DESCRIPTIONS, type GuardName };

/** A letter of the case still waiting for the head: no number yet and not cancelled. */
export interface PendingLetter {
  readonly id: string;
  readonly label: string;
  readonly status: string;
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
}

type Guard = (input: GuardInput) => readonly string[];

const competenceProblems = (c: Competence): string[] => [...c.problems];

const GUARDS = {
  DATA_VALID: {
    check: ({ errors }) => (errors.length === 0 ? [] : [`data belum valid (${errors.length} masalah di Catatan Validasi)`]),
  },
  BERKAS_LENGKAP: {
    check: ({ eligibility }) => {
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.missingDocuments.length === 0 ? [] : [`berkas belum lengkap: ${eligibility.missingDocuments.map((d) => d.code).join(", ")}`];
    },
  },
  MEMENUHI_SYARAT: {
    check: ({ eligibility }) => {
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.unmet.length === 0 ? [] : [`belum memenuhi persyaratan: ${eligibility.unmet.join("; ")}`];
    },
  },
  KOMPETEN: {
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
    check: ({ competence: c }) => {
      if (c.problems.length > 0) return competenceProblems(c);
      if (c.verdict === "BK") return [];
      return [c.source === "units" ? "tidak ada unit BK di Hasil Asesmen" : "rekomendasi asesor bukan BK (Belum Kompeten)"];
    },
  },
  UJI_TERLAKSANA: {
    check: ({ testDate, today }) => {
      if (!testDate) return ["Jadwal Uji belum diisi"];
      return testDate <= today ? [] : [`uji kompetensi dijadwalkan ${testDate}, belum dilaksanakan`];
    },
  },
  SURAT_DISETUJUI: {
    check: ({ pendingLetters }) =>
      pendingLetters.length === 0 ? [] : [`surat belum disetujui: ${pendingLetters.map((l) => `${l.id} (${l.label}, ${l.status})`).join(", ")}`],
  },
} satisfies Record<GuardName, { readonly check: Guard }>;

export const GUARD_NAMES: ReadonlySet<string> = new Set(Object.keys(GUARDS));

/** Why the named guard fails for this case; an unknown name (never loaded) fails with a message. */
export function guardFailures(name: string, input: GuardInput): readonly string[] {
  const guard = (GUARDS as Record<string, { check: Guard }>)[name];
  return guard ? guard.check(input) : [`syarat "${name}" tidak dikenal`];
}

/** What a move into a final state always needs: the case's letters settled first. */
export const FINAL_STATE_GUARD: GuardName = "SURAT_DISETUJUI";
