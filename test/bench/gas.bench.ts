// Apps Script figures: bundle size and cold load, service calls for one status edit and for a
// daily sweep at 1,000 / 10,000 / 50,000 cases next to a naive cell-by-cell script's count, and
// the calls a batch of letters costs on Google (Docs, A4, approval, PDF).
// Runs the built bundle in the node:vm sandbox against the fake services (test/gas/harness).
import { performance } from "node:perf_hooks";
import vm from "node:vm";
import { BUNDLE_BUDGET_BYTES, bundleReport } from "../../scripts/build-gas";
import { GasRuntime, loadBundle } from "../gas/harness";
import { STAFF, addApplications, application, fillWithOtherCases, newOffice, rowOf } from "../gas/office";

const SIZES = [1_000, 10_000, 50_000];
const CONFIG = ["Pengaturan", "Libur", "Skema", "Unit Kompetensi", "Persyaratan", "Alur", "Alur Transisi", "Pengguna", "Asesor", "TUK"];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function cellsOf(rt: GasRuntime, names: readonly string[]): number {
  return names.reduce((sum, name) => {
    const sheet = rt.store.spreadsheet.getSheetByName(name);
    return sum + (sheet ? sheet.getLastRow() * sheet.getLastColumn() : 0);
  }, 0);
}

async function bundleFigures(): Promise<number> {
  const { bundle } = await loadBundle();
  const times: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    const script = new vm.Script(bundle.code, { filename: `Code-${i}.js` });
    script.runInContext(vm.createContext({}, { codeGeneration: { strings: false, wasm: false } }));
    times.push(performance.now() - start);
  }
  console.log(`bundle: ${(bundle.bundleBytes / 1024).toFixed(1)} KB minified (${bundle.bundleBytes} bytes) of a ${BUNDLE_BUDGET_BYTES / 1024} KB budget; Code.js with ${bundle.entries.length} global stubs ${(Buffer.byteLength(bundle.code) / 1024).toFixed(1)} KB`);
  console.log(bundleReport(bundle.metafile, 5));
  console.log(`cold load (compile + run top level in a fresh V8 context): first ${times[0]!.toFixed(1)} ms, median of 15 ${median(times).toFixed(1)} ms`);
  return bundle.bundleBytes;
}

interface SizeFigures {
  size: number;
  edit: number;
  editSheets: number;
  editRead: number;
  editNaive: number;
  sweep: number;
  sweepNaive: number;
  sweepSetValues: number;
  nextSweep: number;
  /** Cells the next-day sweep reads: each register once, Permohonan's ID column again to write back by ID. */
  nextSweepRead: number;
  sweepMs: number;
  /** Diterima → Dibatalkan: a move that makes no letter. */
  editNoLetter: number;
  editNoLetterRead: number;
  /** Diterima → Dikembalikan: one letter (Pengembalian Berkas), its folders already made by an earlier one. */
  editOneLetter: number;
  /** Dikembalikan → Diterima (no letter) once Surat and Hasil Asesmen hold a row per case (of other cases). */
  editFullBooks: number;
  /** Diterima → Dibatalkan (a final state) then. */
  finalFullBooks: number;
}

async function figuresFor(size: number): Promise<SizeFigures> {
  const rt = await newOffice();
  const middle = Math.floor(size / 2);
  // Five cases by the middle carry the note a cancellation or a return needs (IDs middle+3 … +7).
  const withNote = new Set([middle + 2, middle + 3, middle + 4, middle + 5, middle + 6]);
  addApplications(rt, Array.from({ length: size }, (_, i) => application(i, i % 10 === 0 ? { Email: "salah" } : withNote.has(i) ? { "Catatan Petugas": "Berkas perlu dilengkapi" } : {})));
  const idAt = (index: number) => `PRM-2026-${String(index + 1).padStart(5, "0")}`;

  let written = rt.store.cells.written;
  const start = performance.now();
  const [first] = rt.runDailyTriggers();
  const sweepMs = performance.now() - start;
  if (!first?.ok) throw new Error(`sweep failed: ${first?.error}`);
  const sweepWritten = rt.store.cells.written - written;
  const allCells = cellsOf(rt, ["Permohonan", "Riwayat", "Surat", ...CONFIG]);

  rt.store.clock += 24 * 3_600_000;
  const readBeforeNext = rt.store.cells.read;
  const [next] = rt.runDailyTriggers();
  if (!next?.ok) throw new Error(`next sweep failed: ${next?.error}`);
  const nextSweepRead = rt.store.cells.read - readBeforeNext;

  written = rt.store.cells.written;
  const readBefore = rt.store.cells.read;
  const id = `PRM-2026-${String(Math.floor(size / 2) + 2).padStart(5, "0")}`;
  const [edit] = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, id), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
  if (!edit?.ok) throw new Error(`edit failed: ${edit?.error}`);
  const editWritten = rt.store.cells.written - written;
  const editRead = rt.store.cells.read - readBefore;
  const width = rt.sheet("Permohonan").getLastColumn();
  const status = rt.column("Permohonan", "Status");
  const move = (index: number, to: string) => {
    const [run] = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, idAt(index)), status, [[to]]);
    if (!run?.ok) throw new Error(`edit to ${to} failed: ${run?.error}`);
    return run;
  };
  const beforeNoLetter = rt.store.cells.read;
  const noLetter = move(middle + 2, "Dibatalkan");
  const noLetterRead = rt.store.cells.read - beforeNoLetter;
  move(middle + 3, "Dikembalikan"); // makes the Pengembalian Berkas folders
  const oneLetter = move(middle + 4, "Dikembalikan");
  // An office's letter book and results grow with its cases, unlike the few letters above: with a
  // row of each per case (other cases'), their reads are searches like Riwayat's, not whole reads.
  fillWithOtherCases(rt, "Surat", size);
  fillWithOtherCases(rt, "Hasil Asesmen", size);
  move(middle + 5, "Dikembalikan"); // a letter; fills the configuration cache the fill emptied
  const fullBooks = move(middle + 5, "Diterima"); // back, no letter
  // A move into a final state asks whether a letter of the case still waits: Surat, searched, is
  // then read from its ID column before the move is allowed (a hidden row might be passed over).
  const finalFullBooks = move(middle + 6, "Dibatalkan");

  return {
    size,
    edit: edit.calls.total,
    // Without the Docs a move's letters make (their number is the letters', not the engine's).
    editSheets: edit.calls.total - DOC_PREFIXES.reduce((n, p) => n + edit.calls.matching(p), 0),
    editRead,
    // A cell-by-cell handler: every config cell, a scan of the ID column, the row, each write (getRange + get/setValue).
    editNaive: 2 * (cellsOf(rt, CONFIG) + size + width + editWritten),
    sweep: first.calls.total,
    sweepNaive: 2 * (allCells + sweepWritten),
    sweepSetValues: first.calls.of("Range.setValues"),
    nextSweep: next.calls.total,
    nextSweepRead,
    sweepMs,
    editNoLetter: noLetter.calls.total,
    editNoLetterRead: noLetterRead,
    editOneLetter: oneLetter.calls.total,
    editFullBooks: fullBooks.calls.total,
    finalFullBooks: finalFullBooks.calls.total,
  };
}


/** Services a letter's Google Doc costs; counted apart so sheet I/O can be compared on its own. */
const DOC_PREFIXES = ["Drive.", "Docs.", "DocumentApp.", "Document.", "Body.", "Utilities.", "Properties"];

/** A paste moving `count` cases makes `count` Tanda Terima Docs; the head then approves them all. */
async function letterFigures(count: number): Promise<void> {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i)));
  rt.runDailyTriggers();
  const first = rowOf(rt, "PRM-2026-00001");
  const [moved] = rt.edit(STAFF.petugas, "Permohonan", first, rt.column("Permohonan", "Status"), Array.from({ length: count }, () => ["Verifikasi"]));
  if (!moved?.ok) throw new Error(`move failed: ${moved?.error}`);
  const docs = DOC_PREFIXES.reduce((n, p) => n + moved.calls.matching(p), 0);
  const [approved] = rt.edit(STAFF.kepala, "Surat", 2, rt.column("Surat", "Status Surat"), Array.from({ length: count }, () => ["Disetujui"]));
  if (!approved?.ok) throw new Error(`approval failed: ${approved?.error}`);
  console.log(`\nLetters on Google (${count} Tanda Terima in one paste, then approved in one paste):`);
  console.log(`  move: ${moved.calls.total} calls, of which ${docs} for the Docs (${(docs / count).toFixed(1)} per letter, first folders included)`);
  console.log(`  approval: ${approved.calls.total} calls (${(approved.calls.total / count).toFixed(1)} per letter: number into the Doc, A4, PDF; ${approved.calls.of("Range.setValues")} setValues)`);
}

/** The figures `--json` prints, keyed by number of cases, to compare from run to run. */
export interface GasFigures {
  readonly editCalls: Record<string, number>;
  readonly editWithLetterCalls: Record<string, number>;
  /** `editCalls` once Surat and Hasil Asesmen hold as many rows as there are cases. */
  readonly editCallsFullBooks: Record<string, number>;
  /** A no-letter move into a final state then (Surat's ID column read to confirm no letter waits). */
  readonly finalMoveCallsFullBooks: Record<string, number>;
  readonly editCellsRead: Record<string, number>;
  readonly sweepCalls: Record<string, number>;
  readonly nextDaySweepCalls: Record<string, number>;
  readonly nextDaySweepCellsRead: Record<string, number>;
  readonly bundleBytes: number;
}

export async function run(): Promise<GasFigures> {
  const bundleBytes = await bundleFigures();
  await letterFigures(20);
  const rows: SizeFigures[] = [];
  for (const size of SIZES) rows.push(await figuresFor(size));
  console.log("\nApps Script service calls (counted by the fake; naive = same work one cell per call):");
  console.log("cases   | status edit | of it without Docs | cells read by the edit | naive edit | first sweep (setValues) | next-day sweep (cells read) | naive sweep | sweep time in sandbox");
  for (const r of rows) {
    console.log(
      `${String(r.size).padStart(7)} | ${String(r.edit).padStart(11)} | ${String(r.editSheets).padStart(18)} | ${String(r.editRead).padStart(22)} | ${String(r.editNaive).padStart(10)} | ${`${r.sweep} (${r.sweepSetValues})`.padStart(23)} | ${`${r.nextSweep} (${r.nextSweepRead})`.padStart(27)} | ${String(r.sweepNaive).padStart(11)} | ${(r.sweepMs / 1000).toFixed(1)} s`,
    );
  }
  console.log("\nThe issue's targets: a status edit ≤ 15 calls without a letter, ≤ 30 with one, ≤ 2,000 cells read at 50k; a daily sweep ≤ 20 calls.");
  console.log("cases   | edit, no letter (calls) | edit, one letter (calls) | cells read (no letter) | with Surat and Hasil Asesmen as large as the cases: no letter | into a final state");
  for (const r of rows) console.log(`${String(r.size).padStart(7)} | ${String(r.editNoLetter).padStart(23)} | ${String(r.editOneLetter).padStart(24)} | ${String(r.editNoLetterRead).padStart(22)} | ${String(r.editFullBooks).padStart(61)} | ${String(r.finalFullBooks).padStart(18)}`);
  const bySize = (pick: (r: SizeFigures) => number) => Object.fromEntries(rows.map((r) => [String(r.size), pick(r)]));
  return {
    editCalls: bySize((r) => r.editNoLetter),
    editWithLetterCalls: bySize((r) => r.editOneLetter),
    editCallsFullBooks: bySize((r) => r.editFullBooks),
    finalMoveCallsFullBooks: bySize((r) => r.finalFullBooks),
    editCellsRead: bySize((r) => r.editNoLetterRead),
    sweepCalls: bySize((r) => r.sweep),
    nextDaySweepCalls: bySize((r) => r.nextSweep),
    nextDaySweepCellsRead: bySize((r) => r.nextSweepRead),
    bundleBytes,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await run();
