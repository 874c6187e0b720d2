// The Riwayat rows an earlier run would have left for the sample cases of a new workbook: the
// engine trusts its history over the cells, so a sample that is mid-way carries one.
import { eventId } from "../../apps-script/core/engine/ids";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { type LocalDate, toDayNumber } from "../../apps-script/core/time/local-date";

/** The states a sample case entered after its first one, each on a working day before today. */
export type SamplePath = readonly (readonly [status: string, on: LocalDate])[];

export interface SampleCaseHistory {
  readonly id: string;
  /** The workflow's first state and the day the case was recorded in it. */
  readonly initial: string;
  readonly recordedOn: LocalDate;
  /** When on that day the engine recorded it (minute of the day); 09:00 when not given. */
  readonly recordedMinute?: number;
  readonly recordedNote: string;
  readonly path: SamplePath;
  /** The Riwayat note of a move, when it carried one (the reason staff gave). */
  readonly noteOf?: (to: string) => string | null;
}

/** The sample moves were made by the sample office's Admin. */
const SAMPLE_ACTOR = { email: "admin@contoh.go.id", role: "Admin" } as const;

/**
 * Riwayat rows for the sample cases: recorded by the engine (09:00 unless said), each move at 10:00. One
 * sequence runs over all rows, so no two cases share an ID Riwayat; within a case the IDs sort
 * in the order of its events (date first), as the engine reads them.
 */
export function sampleHistoryRows(cases: readonly SampleCaseHistory[]): Record<string, CellValue>[] {
  const rows: Record<string, CellValue>[] = [];
  for (const sample of cases) {
    const steps: [from: string, to: string, on: LocalDate, note: string | null][] = [["", sample.initial, sample.recordedOn, sample.recordedNote]];
    let from = sample.initial;
    for (const [to, on] of sample.path) {
      steps.push([from, to, on, sample.noteOf?.(to) ?? null]);
      from = to;
    }
    for (const [dari, ke, on, note] of steps) {
      const minuteOfDay = dari === "" ? (sample.recordedMinute ?? 9 * 60) : 10 * 60;
      // The instant in the ID only orders events; a fixed UTC reading of the office time will do.
      const instant = new Date((toDayNumber(on) * 1440 + minuteOfDay) * 60_000);
      rows.push({
        "ID Riwayat": eventId("RWY", { date: on, minuteOfDay }, instant, rows.length + 1),
        Waktu: dateCell(on, minuteOfDay),
        "ID Permohonan": sample.id,
        Dari: dari || null,
        Ke: ke,
        Oleh: dari === "" ? "mesin" : SAMPLE_ACTOR.email,
        Peran: dari === "" ? null : SAMPLE_ACTOR.role,
        Hasil: "Diterapkan",
        Keterangan: note,
      });
    }
  }
  return rows;
}
