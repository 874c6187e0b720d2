// What callers hand the engine and what it hands back, shared by every place it runs.
import type { Role } from "../domain/reference";
import type { Clock, DocumentSink, Lock, MailSender, Workbook } from "../ports";
import type { DueCase } from "./digest";

/** Who is acting. `email` is null when the platform cannot tell (simple triggers, consumer accounts). */
export interface Actor {
  readonly email: string | null;
}

export interface EngineDeps {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly lock: Lock;
  readonly actor: Actor;
  /** Where letters go; without one, letter requests are only recorded in the letter book. */
  readonly documents?: DocumentSink;
  /** A random UUID (Utilities.getUuid, crypto.randomUUID): certificates' verification codes. */
  readonly newUuid?: () => string;
  /** Where Kotak Surel's messages go; without one they wait there for a place that can send. */
  readonly mail?: MailSender;
  /** The IKM survey's address, "{ID Kasus}" standing for the case (the generated form's prefilled link); else Pengaturan's. */
  readonly surveyUrl?: string | null;
  /** Progress for long work ("Memeriksa 1.200 dari 10.000 permohonan"). */
  readonly onProgress?: (done: number, total: number, message: string) => void;
}

export interface CheckOptions {
  /** The case register `onlyIds` and `rowHints` belong to; Permohonan when absent. */
  readonly register?: string;
  /** Process only these case IDs (the edit trigger's fast path); all rows when absent. */
  readonly onlyIds?: readonly string[];
  /**
   * Where those cases were when edited (0-based data rows): lets a large register be read in
   * part. Only a hint: if staff moved the rows meanwhile, the whole register is read.
   */
  readonly rowHints?: readonly number[];
  /** Resume a sweep that stopped early: skip the first `startAt` cases of the register. */
  readonly startAt?: number;
  /**
   * Asked every few hundred cases; when it answers true the sweep writes what it has done and
   * reports `resumeAt` (a platform's execution time limit).
   */
  readonly shouldStop?: () => boolean;
}

/** A problem found in a row, for the summary (no personal data: ID and column only). */
export interface RowProblem {
  readonly table: string;
  readonly id: string;
  readonly messages: readonly string[];
}

/** A status change the engine refused, for the summary (IDs and statuses only, reason already masked). */
export interface RefusedMove {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/** One service's cases per recorded status, for the summary grouped by service. */
export interface ServiceCounts {
  readonly code: string;
  readonly name: string;
  readonly register: string;
  readonly casesByStatus: Readonly<Record<string, number>>;
}

export interface CheckSummary {
  /** Applications (Permohonan) per recorded status; keys in the workflow's order (Urutan), then any others. */
  readonly casesByStatus: Readonly<Record<string, number>>;
  /** Every service's cases per recorded status, in Layanan order. */
  readonly casesByService?: readonly ServiceCounts[];
  /** Every move refused in this run, with its reason. */
  readonly refusedMoves?: readonly RefusedMove[];
  readonly dueSoon: number;
  readonly overdue: number;
  readonly rowsWithErrors: number;
  readonly movesApplied: number;
  readonly movesRefused: number;
  readonly idsAssigned: number;
  readonly cellsWritten: number;
  readonly problems: readonly RowProblem[];
  /** Configuration problems (Alur, Skema, Libur, Pengaturan); the run stops when any exist. */
  readonly configErrors: readonly string[];
  /** Configuration notes that do not stop the run (e.g. no holidays listed for this year). */
  readonly warnings: readonly string[];
  /** Where to resume when the sweep stopped early (`shouldStop`); null when every case was checked. */
  readonly resumeAt?: number | null;
  /**
   * The cases due soon or late as this check left them, for the daily digest; only when the check
   * went through every case from the first (not an edit, not a resumed sweep). Not in `--json`.
   */
  readonly dueCases?: readonly DueCase[];
}

export type { Role };
