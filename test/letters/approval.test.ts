// Approval over the Workbook port: numbers under the lock, counters, deletions, cancellations.
import { describe, expect, it } from "vitest";
import { approveLetters, COUNTER_PREFIX } from "../../apps-script/core/letters/approval";
import { type CellValue, dateCell, type Lock, LockBusyError } from "../../apps-script/core/ports";
import { PENGATURAN, RIWAYAT, SURAT } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { MemoryLock, TestWorkbook } from "./memory-workbook";

const FORMAT = "800/{urut}/BPSDM/{bulan romawi}/{tahun}";
const SETTINGS = { defaultFormat: FORMAT, timeZone: "Asia/Makassar" };
const clockAt = (iso: string) => ({ now: () => new Date(iso) });
const MARCH_NOON = clockAt("2026-03-12T04:00:00Z");

function makeBook(count: number, lock: MemoryLock = new MemoryLock(), workbook = new TestWorkbook(() => lock.held)) {
  workbook.ensureTable(SURAT.name, headersOf(SURAT));
  workbook.ensureTable(PENGATURAN.name, headersOf(PENGATURAN));
  workbook.ensureTable(RIWAYAT.name, headersOf(RIWAYAT));
  const add = (id: string, status = "Menunggu Persetujuan", extra: Record<string, CellValue> = {}) =>
    workbook.append(SURAT.name, { "ID Surat": id, "Jenis Surat": "PERSETUJUAN", "ID Permohonan": `PRM-${id}`, "Status Surat": status, ...extra });
  for (let i = 1; i <= count; i += 1) add(`SRT-${String(i).padStart(6, "0")}`);
  return { workbook, lock, add };
}

const approve = (workbook: TestWorkbook, ids: readonly string[]) => ids.forEach((id) => workbook.set(SURAT.name, id, "Status Surat", "Disetujui"));
const numberOf = (workbook: TestWorkbook, id: string) => workbook.records(SURAT.name).find((r) => r["ID Surat"] === id)?.["Nomor Surat"];
const counter = (workbook: TestWorkbook, series: string) => workbook.records(PENGATURAN.name).find((r) => r.Kunci === COUNTER_PREFIX + series)?.Nilai;

/** A tiny seeded generator so the interleaving is random but repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

describe("approving letters", () => {
  it("numbers approved rows in sheet order and dates them in the office's zone", () => {
    const { workbook, lock } = makeBook(3);
    approve(workbook, ["SRT-000003", "SRT-000001"]);
    // 16:30 UTC on 31 March is already 1 April in Makassar (UTC+8), still 31 March in Jakarta.
    const result = approveLetters({ workbook, lock, clock: clockAt("2026-03-31T16:30:00Z") }, SETTINGS);
    expect(result.approved.map((a) => [a.id, a.number, a.date])).toEqual([
      ["SRT-000001", "800/1/BPSDM/IV/2026", "2026-04-01"],
      ["SRT-000003", "800/2/BPSDM/IV/2026", "2026-04-01"],
    ]);
    const row = workbook.records(SURAT.name)[0]!;
    expect(row["Tanggal Surat"]).toEqual(dateCell("2026-04-01" as LocalDate));
    expect([row["Seri Nomor"], row["Nomor Urut"]]).toEqual(["2026", 1]);
    expect(numberOf(workbook, "SRT-000002")).toBeNull();
    expect(counter(workbook, "2026")).toBe(2);

    const jakarta = makeBook(1);
    approve(jakarta.workbook, ["SRT-000001"]);
    const west = approveLetters({ ...jakarta, clock: clockAt("2026-03-31T16:30:00Z") }, { ...SETTINGS, timeZone: "Asia/Jakarta" });
    expect(west.approved[0]!.number).toBe("800/1/BPSDM/III/2026");
  });

  it("reads once and writes once per run, and not at all when nothing is approved", () => {
    const { workbook, lock } = makeBook(5);
    expect(approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS).approved).toEqual([]);
    expect(workbook.applyCalls).toBe(0);
    approve(workbook, ["SRT-000002", "SRT-000004"]);
    approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect(workbook.applyCalls).toBe(1);
  });

  it("gives 1,000 interleaved approvals from two executions 1,000 distinct consecutive numbers, whatever staff delete", () => {
    const { workbook, lock } = makeBook(1000);
    const ids = workbook.records(SURAT.name).map((r) => String(r["ID Surat"]));
    const next = random(20_260_312);
    const pending = [...ids];
    const issued: string[] = [];
    let round = 0;
    while (pending.length > 0) {
      round += 1;
      const batch = pending.splice(0, 1 + Math.floor(next() * 40)).sort(() => next() - 0.5);
      approve(workbook, batch);
      // Two executions (the edit trigger and the sweep) take turns, sometimes with nothing to do.
      const first = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
      const second = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
      issued.push(...first.approved.map((a) => a.number), ...second.approved.map((a) => a.number));
      // Staff cancel some letters (they keep their numbers) and delete others outright.
      for (const a of first.approved) {
        const roll = next();
        if (roll < 0.05) workbook.set(SURAT.name, a.id, "Status Surat", "Batal");
        else if (roll < 0.1) workbook.deleteRow(SURAT.name, a.id);
      }
      if (round === 7) workbook.deleteRow(PENGATURAN.name, `${COUNTER_PREFIX}2026`);
    }
    expect(issued).toHaveLength(1000);
    expect(new Set(issued).size).toBe(1000);
    const sequences = issued.map((n) => Number(n.split("/")[1])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(counter(workbook, "2026")).toBe(1000);
  });

  it("keeps a second execution out while one is numbering, so no number is handed out twice", () => {
    const { workbook, lock } = makeBook(4);
    approve(workbook, ["SRT-000001", "SRT-000002"]);
    let intruder: unknown = null;
    workbook.onRead = (name) => {
      if (name !== PENGATURAN.name || intruder !== null) return;
      try {
        intruder = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
      } catch (error) {
        intruder = error;
      }
    };
    const first = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect(intruder).toBeInstanceOf(LockBusyError);
    workbook.onRead = null;
    approve(workbook, ["SRT-000003"]);
    const retry = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect([...first.approved, ...retry.approved].map((a) => a.number)).toEqual(["800/1/BPSDM/III/2026", "800/2/BPSDM/III/2026", "800/3/BPSDM/III/2026"]);
  });

  it("would hand out duplicates without the lock (the hazard the lock prevents)", () => {
    const noLock: Lock = { runExclusive: (work) => work() };
    const { workbook: open } = makeBook(2, new MemoryLock(), new TestWorkbook());
    approve(open, ["SRT-000001"]);
    let nested: string[] = [];
    // The second execution runs between the first one's reads and its write.
    open.onRead = (name) => {
      if (name !== PENGATURAN.name || nested.length > 0) return;
      open.onRead = null;
      nested = approveLetters({ workbook: open, lock: noLock, clock: MARCH_NOON }, SETTINGS).approved.map((a) => a.number);
    };
    const outer = approveLetters({ workbook: open, lock: noLock, clock: MARCH_NOON }, SETTINGS).approved.map((a) => a.number);
    expect(outer).toEqual(nested);
  });

  it("lets a cancelled letter keep its number and never reuses a deleted one", () => {
    const { workbook, lock, add } = makeBook(3);
    approve(workbook, ["SRT-000001", "SRT-000002"]);
    approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    workbook.set(SURAT.name, "SRT-000001", "Status Surat", "Batal");
    workbook.deleteRow(SURAT.name, "SRT-000002");
    approve(workbook, ["SRT-000003"]);
    approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect(numberOf(workbook, "SRT-000001")).toBe("800/1/BPSDM/III/2026");
    expect(numberOf(workbook, "SRT-000003")).toBe("800/3/BPSDM/III/2026");

    // The counter row deleted too: the highest number still in the book holds the line,
    // including one typed by hand without a sequence column.
    workbook.deleteRow(PENGATURAN.name, `${COUNTER_PREFIX}2026`);
    add("SRT-000010", "Disetujui", { "Nomor Surat": "800/41/BPSDM/III/2026", "Tanggal Surat": dateCell("2026-03-10" as LocalDate) });
    add("SRT-000011", "Disetujui");
    approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect(numberOf(workbook, "SRT-000010")).toBe("800/41/BPSDM/III/2026");
    expect(numberOf(workbook, "SRT-000011")).toBe("800/42/BPSDM/III/2026");
  });

  it("reports a row staff deleted mid-run and leaves its number as a gap", () => {
    const { workbook, lock } = makeBook(3);
    approve(workbook, ["SRT-000001", "SRT-000002"]);
    workbook.onRead = (name) => {
      if (name === PENGATURAN.name) workbook.deleteRow(SURAT.name, "SRT-000001");
    };
    const result = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    workbook.onRead = null;
    expect(result.approved.map((a) => [a.id, a.number])).toEqual([["SRT-000002", "800/2/BPSDM/III/2026"]]);
    expect(result.skipped).toEqual(["Surat: SRT-000001"]);
    approve(workbook, ["SRT-000003"]);
    expect(approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS).approved[0]!.number).toBe("800/3/BPSDM/III/2026");
  });

  it("counts each type on its own when the format names the type", () => {
    const { workbook, lock, add } = makeBook(0);
    add("SRT-000001", "Disetujui", { "Jenis Surat": "SK_PENETAPAN" });
    add("SRT-000002", "Disetujui", { "Jenis Surat": "SURAT_TUGAS" });
    add("SRT-000003", "Disetujui", { "Jenis Surat": "SK_PENETAPAN" });
    approveLetters({ workbook, lock, clock: MARCH_NOON }, { ...SETTINGS, defaultFormat: "{urut}/{jenis}/BPSDM/{tahun}" });
    expect(["SRT-000001", "SRT-000002", "SRT-000003"].map((id) => numberOf(workbook, id))).toEqual(["1/SK/BPSDM/2026", "1/ST/BPSDM/2026", "2/SK/BPSDM/2026"]);
    expect(counter(workbook, "2026 SK_PENETAPAN")).toBe(2);
  });

  it("reports approved rows without an ID instead of numbering them", () => {
    const { workbook, lock, add } = makeBook(0);
    add("", "Disetujui");
    const result = approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS);
    expect(result).toEqual({ approved: [], skipped: ["Surat: baris 2 tanpa ID Surat"] });
  });

  it("never numbers into a letter book that lost its columns: nothing written, the columns named", () => {
    const lock = new MemoryLock();
    const workbook = new TestWorkbook(() => lock.held);
    workbook.ensureTable(SURAT.name, headersOf(SURAT).filter((h) => h !== "Seri Nomor" && h !== "Nomor Urut"));
    workbook.ensureTable(PENGATURAN.name, headersOf(PENGATURAN));
    workbook.ensureTable(RIWAYAT.name, headersOf(RIWAYAT));
    workbook.append(SURAT.name, { "ID Surat": "SRT-000001", "Status Surat": "Disetujui" });
    expect(() => approveLetters({ workbook, lock, clock: MARCH_NOON }, SETTINGS)).toThrow(/Tab Surat: kolom "Seri Nomor" tidak ada.*kolom "Nomor Urut" tidak ada/);
    expect(workbook.applyCalls).toBe(0);
    expect(workbook.records(SURAT.name)[0]!["Nomor Surat"]).toBeNull();
  });
});
