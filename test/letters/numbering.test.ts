// Number formats and the pure allocation: 1,000 interleaved approvals, distinct and consecutive.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LetterConfigError } from "../../apps-script/core/letters/errors";
import { allocateNumbers, formatLetterNumber, Numbering, parseNumberFormat, sequenceIn } from "../../apps-script/core/letters/numbering";
import type { LocalDate } from "../../apps-script/core/time/local-date";

const MARCH = "2026-03-12" as LocalDate;
const OFFICE_FORMAT = "800/{urut}/BPSDM/{bulan romawi}/{tahun}";

describe("number formats", () => {
  it.each([
    [OFFICE_FORMAT, 15, "TANDA_TERIMA", "800/15/BPSDM/III/2026"],
    ["000.8.3.3/{urut}/OR", 15, "PERSETUJUAN", "000.8.3.3/15/OR"],
    ["B-{urut:3}/BPSDM/{jenis}/{bulan}/{tahun}", 7, "SURAT_TUGAS", "B-007/BPSDM/ST/03/2026"],
    ["NOMOR {urut} TAHUN {tahun}", 23, "SK_PENETAPAN", "NOMOR 23 TAHUN 2026"],
    ["{ urut }/{Bulan Romawi}/{TAHUN}", 1, "SERTIFIKAT", "1/III/2026"],
  ])("%s with %d for %s → %s", (format, sequence, type, number) => {
    const parsed = parseNumberFormat(format);
    expect(formatLetterNumber(parsed, sequence, MARCH, type)).toBe(number);
    expect(sequenceIn(parsed, number)).toBe(sequence);
  });

  it.each([
    ["800/{nomor}/{tahun}", /\{nomor\} yang tidak dikenal/],
    ["800/BPSDM/{tahun}", /tepat satu \{urut\}/],
    ["{urut}/{urut}", /tepat satu \{urut\}/],
    ["800/{urut}/BPSDM}/{tahun}", /tidak berpasangan/],
  ])("refuses %s, naming the setting", (format, message) => {
    expect(() => parseNumberFormat(format)).toThrow(LetterConfigError);
    expect(() => parseNumberFormat(format)).toThrow(message);
    expect(() => parseNumberFormat(format)).toThrow(/Format Nomor Surat/);
  });

  it("does not read a number written with another format", () => {
    expect(sequenceIn(parseNumberFormat(OFFICE_FORMAT), "B-12/PANRB/2026")).toBeNull();
  });
});

describe("series", () => {
  const shared = new Numbering({ defaultFormat: OFFICE_FORMAT });
  const perType = new Numbering({ defaultFormat: "{urut}/{jenis}/{tahun}" });
  const ownSk = new Numbering({ defaultFormat: OFFICE_FORMAT, formatsByType: { SK_PENETAPAN: "NOMOR {urut} TAHUN {tahun}" } });

  it("counts per year, and per type when the format names the type or the type has its own", () => {
    expect(shared.seriesOf("SURAT_TUGAS", 2026)).toBe("2026");
    expect(shared.seriesOf("SK_PENETAPAN", 2027)).toBe("2027");
    expect(perType.seriesOf("SURAT_TUGAS", 2026)).toBe("2026 SURAT_TUGAS");
    expect(ownSk.seriesOf("SK_PENETAPAN", 2026)).toBe("2026 SK_PENETAPAN");
    expect(ownSk.seriesOf("SURAT_TUGAS", 2026)).toBe("2026");
  });

  it("names the per-type setting when that format is wrong", () => {
    const bad = new Numbering({ defaultFormat: OFFICE_FORMAT, formatsByType: { SERTIFIKAT: "SERT/{tahun}" } });
    expect(() => bad.formatOf("SERTIFIKAT")).toThrow(/Format Nomor Surat SERTIFIKAT/);
  });
});

const TYPES = ["TANDA_TERIMA", "SURAT_TUGAS", "SK_PENETAPAN", "SERTIFIKAT"];

/** Runs approvals in batches as separate executions would, threading the persisted state. */
function approveInBatches(numbering: Numbering, requests: { id: string; type: string; date: LocalDate }[], cuts: number[]) {
  let last = new Map<string, number>();
  let taken = new Set<string>();
  const assigned = [];
  let start = 0;
  for (const end of [...cuts, requests.length]) {
    const result = allocateNumbers(numbering, last, taken, requests.slice(start, end));
    assigned.push(...result.assignments);
    last = result.last;
    taken = new Set([...taken, ...result.assignments.map((a) => a.number)]);
    start = end;
  }
  return assigned;
}

describe("allocation", () => {
  const requests = Array.from({ length: 1000 }, (_, i) => ({ id: `SRT-${i}`, type: TYPES[i % TYPES.length]!, date: MARCH }));

  it("gives 1,000 interleaved approvals 1,000 distinct consecutive numbers", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(requests.map((_, i) => i), { minLength: 1000 }), fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 60 }), (order, cuts) => {
        const shuffled = order.map((i) => requests[i]!);
        const assigned = approveInBatches(new Numbering({ defaultFormat: OFFICE_FORMAT }), shuffled, [...cuts].sort((a, b) => a - b));
        const numbers = assigned.map((a) => a.number);
        expect(new Set(numbers).size).toBe(1000);
        expect(assigned.map((a) => a.sequence)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
        expect(new Set(assigned.map((a) => a.id)).size).toBe(1000);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps one consecutive sequence per type when the format names the type", () => {
    const assigned = approveInBatches(new Numbering({ defaultFormat: "{urut}/{jenis}/{tahun}" }), requests, [137, 500, 501, 870]);
    for (const type of TYPES) {
      const ofType = assigned.filter((a) => requests.find((r) => r.id === a.id)!.type === type);
      expect(ofType.map((a) => a.sequence)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    }
    expect(new Set(assigned.map((a) => a.number)).size).toBe(1000);
  });

  it("starts again at 1 in a new year", () => {
    const numbering = new Numbering({ defaultFormat: OFFICE_FORMAT });
    const { assignments } = allocateNumbers(numbering, new Map([["2026", 812]]), new Set(), [
      { id: "a", type: "TANDA_TERIMA", date: "2026-12-31" as LocalDate },
      { id: "b", type: "TANDA_TERIMA", date: "2027-01-01" as LocalDate },
    ]);
    expect(assignments.map((a) => a.number)).toEqual(["800/813/BPSDM/XII/2026", "800/1/BPSDM/I/2027"]);
  });

  it("skips a number already in the letter book, typed by hand", () => {
    const numbering = new Numbering({ defaultFormat: OFFICE_FORMAT });
    const { assignments, last } = allocateNumbers(numbering, new Map([["2026", 2]]), new Set(["800/3/BPSDM/III/2026"]), [
      { id: "a", type: "PERSETUJUAN", date: MARCH },
      { id: "b", type: "PERSETUJUAN", date: MARCH },
    ]);
    expect(assignments.map((a) => a.number)).toEqual(["800/4/BPSDM/III/2026", "800/5/BPSDM/III/2026"]);
    expect(last.get("2026")).toBe(5);
  });

  it("does not change the state it was given", () => {
    const last = new Map([["2026", 9]]);
    const taken = new Set(["x"]);
    allocateNumbers(new Numbering({ defaultFormat: OFFICE_FORMAT }), last, taken, [{ id: "a", type: "PERSETUJUAN", date: MARCH }]);
    expect([...last]).toEqual([["2026", 9]]);
    expect([...taken]).toEqual(["x"]);
  });
});
