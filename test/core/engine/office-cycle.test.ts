// The office cycle every place runs: check → letters sent back rendered again → approvals settled
// (only Kepala/Admin) → finishing behind the place's LetterFinisher, in that order, with stops.
import { describe, expect, it } from "vitest";
import { type FinishReport, type LetterFinisher, runOfficeCycle, runOfficeCycleAsync } from "../../../apps-script/core/engine/office-cycle";
import type { EngineDeps } from "../../../apps-script/core/engine/types";
import type { ApprovedLetter } from "../../../apps-script/core/letters/approval";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { DocumentRequest, DocumentSink } from "../../../apps-script/core/ports";
import { PENGATURAN, SURAT } from "../../../apps-script/core/registers/catalog";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../../factories";

const KEPALA = "kepala@contoh.go.id";
const PETUGAS = "petugas@contoh.go.id";

/** A sink that makes every document asked for and says so in the shared log. */
function recordingSink(log: string[]): DocumentSink & { readonly made: DocumentRequest[] } {
  const made: DocumentRequest[] = [];
  return {
    made,
    createDocument(request) {
      made.push(request);
      log.push(`document ${request.title}`);
      return { id: `doc-${made.length}`, url: `file:///surat/doc-${made.length}.html` };
    },
  };
}

/** A finisher that notes what it was given, and when, in the shared log. */
function recordingFinisher(log: string[], seen: ApprovedLetter[][] = []): LetterFinisher<FinishReport> {
  return {
    finish(approved) {
      seen.push([...approved]);
      log.push(`finish ${approved.map((a) => a.id).join(",")}`);
      return { lines: [`${approved.length} surat selesai.`] };
    },
  };
}

/** The office with one case and one letter in the book, at the status given. */
function officeWithLetter(status: string): MemoryWorkbook {
  const wb = makeOffice([makeApplication()]);
  wb.applyChanges([{ table: SURAT.name, patches: [], appends: [
    { "ID Surat": "SRT-1", "Jenis Surat": "TANDA_TERIMA", "ID Permohonan": "PRM-2026-00001", "Status Surat": status, "Tautan Dokumen": "file:///surat/lama.html" },
  ] }]);
  wb.takeChanges();
  return wb;
}

function depsFor(workbook: MemoryWorkbook, actor: string | null, documents?: DocumentSink): EngineDeps {
  return { workbook, clock: clockAt("2026-11-04", "10:15"), lock: passThroughLock, actor: { email: actor }, ...(documents ? { documents } : {}) };
}

const letterRow = (wb: MemoryWorkbook) => {
  const t = wb.readTable(SURAT.name)!;
  return Object.fromEntries(t.headers.map((h, i) => [h, t.rows[0]![i]]));
};

describe("with a letter set Disetujui", () => {
  it("checks, settles the Kepala's approval, then hands the numbered letter to the finisher", () => {
    const wb = officeWithLetter("Disetujui");
    const log: string[] = [];
    const seen: ApprovedLetter[][] = [];
    const cycle = runOfficeCycle(depsFor(wb, KEPALA), { finisher: recordingFinisher(log, seen) }, { approvals: { actorEmail: KEPALA, ids: "all", markClaimed: false } });
    expect(cycle.check?.configErrors).toEqual([]);
    expect(cycle.letters?.approved.map((a) => a.id)).toEqual(["SRT-1"]);
    expect(seen).toEqual([[expect.objectContaining({ id: "SRT-1", number: "800/1/BPSDM/XI/2026" })]]);
    expect(letterRow(wb)["Nomor Surat"]).toBe("800/1/BPSDM/XI/2026");
    expect(cycle.letters?.lines).toEqual([expect.stringMatching(/^1 surat disetujui dan diberi nomor: SRT-1 → 800\/1\/BPSDM\/XI\/2026/), "1 surat selesai."]);
  });

  it("puts back an approval by a Petugas, counts it refused, and finishes nothing new", () => {
    const wb = officeWithLetter("Disetujui");
    const log: string[] = [];
    const cycle = runOfficeCycle(depsFor(wb, PETUGAS), { finisher: recordingFinisher(log) }, { approvals: { actorEmail: PETUGAS, ids: "all", markClaimed: false } });
    expect(cycle.letters).toMatchObject({ approved: [], refused: 1 });
    expect(letterRow(wb)["Status Surat"]).toBe("Menunggu Persetujuan");
    expect(log).toEqual(["finish "]);
  });

  it("leaves alone an approval the place says still waits elsewhere with its own actor", () => {
    const wb = officeWithLetter("Disetujui");
    const cycle = runOfficeCycle(depsFor(wb, null), { finisher: recordingFinisher([]), waitingApprovals: () => new Set(["SRT-1"]) }, {
      approvals: { actorEmail: null, ids: new Set(), markClaimed: false },
    });
    expect(cycle.letters).toMatchObject({ approved: [], refused: 0 });
    expect(letterRow(wb)["Status Surat"]).toBe("Disetujui");
  });

  it("settles nothing where the place cannot tell who approved (approvals: null)", () => {
    const wb = officeWithLetter("Disetujui");
    const cycle = runOfficeCycle(depsFor(wb, KEPALA), { finisher: recordingFinisher([]) }, { approvals: null });
    expect(cycle.letters?.approval).toBeNull();
    expect(letterRow(wb)).toMatchObject({ "Status Surat": "Disetujui", "Nomor Surat": null });
  });
});

describe("with a letter sent back (Perlu Perbaikan)", () => {
  it("renders it again after the check and before approvals and finishing", () => {
    const wb = officeWithLetter("Perlu Perbaikan");
    const log: string[] = [];
    const sink = recordingSink(log);
    const cycle = runOfficeCycle(depsFor(wb, KEPALA, sink), { finisher: recordingFinisher(log) }, { approvals: { actorEmail: KEPALA, ids: "all", markClaimed: false } });
    expect(log).toEqual(["document Tanda Terima Permohonan - PRM-2026-00001", "finish "]);
    expect(cycle.letters?.rerendered).toBe(1);
    expect(letterRow(wb)).toMatchObject({ "Status Surat": "Menunggu Persetujuan", "Tautan Dokumen": "file:///surat/doc-1.html" });
    expect(cycle.letters?.lines[0]).toBe("1 dokumen surat yang antre telah dibuat.");
  });

  it("is left as it is where the place has no document sink", () => {
    const wb = officeWithLetter("Perlu Perbaikan");
    const cycle = runOfficeCycle(depsFor(wb, null), { finisher: recordingFinisher([]) }, { approvals: null });
    expect(cycle.letters?.rerender).toBeNull();
    expect(letterRow(wb)["Status Surat"]).toBe("Perlu Perbaikan");
  });

  it("is left as it is when asked for approvals and finishing only (rerender: false, check: null)", () => {
    const wb = officeWithLetter("Perlu Perbaikan");
    const log: string[] = [];
    const cycle = runOfficeCycle(depsFor(wb, KEPALA, recordingSink(log)), { finisher: recordingFinisher(log) }, {
      check: null, rerender: false, approvals: { actorEmail: KEPALA, ids: new Set(["SRT-1"]), markClaimed: true },
    });
    expect(cycle.check).toBeNull();
    expect(log).toEqual(["finish "]);
  });
});

describe("when the check stops the cycle", () => {
  it("with a configuration error, nothing is rendered, settled or finished", () => {
    const wb = officeWithLetter("Disetujui");
    const pengaturan = wb.readTable(PENGATURAN.name)!;
    const key = pengaturan.headers.indexOf("Kunci");
    const rowHint = pengaturan.rows.findIndex((r) => r[key] === "Zona Waktu");
    wb.applyChanges([{ table: PENGATURAN.name, patches: [{ id: "Zona Waktu", rowHint, values: { Nilai: "Bulan/Mars" } }], appends: [] }]);
    const log: string[] = [];
    const cycle = runOfficeCycle(depsFor(wb, KEPALA, recordingSink(log)), { finisher: recordingFinisher(log) }, { approvals: { actorEmail: KEPALA, ids: "all", markClaimed: false } });
    expect(cycle.check?.configErrors.length).toBeGreaterThan(0);
    expect(cycle.letters).toBeNull();
    expect(log).toEqual([]);
    expect(letterRow(wb)["Nomor Surat"]).toBeNull();
  });

  it("at the time limit (resumeAt), the letters wait for the run that finishes the check", () => {
    // The check asks whether to stop every few hundred cases.
    const wb = makeOffice(Array.from({ length: 600 }, (_, i) => makeApplication({ "ID Permohonan": `PRM-2026-${String(i + 1).padStart(5, "0")}` })));
    const log: string[] = [];
    const cycle = runOfficeCycle(depsFor(wb, KEPALA), { finisher: recordingFinisher(log) }, { check: { shouldStop: () => true }, approvals: null });
    expect(cycle.check?.resumeAt).not.toBeNull();
    expect(cycle.letters).toBeNull();
    expect(log).toEqual([]);
  });
});

describe("when the letters' stage fails", () => {
  const failing: LetterFinisher<FinishReport> = {
    finish: () => {
      throw new Error("Drive tidak menjawab");
    },
  };

  it("reports it as lines where the place asks (the sweep), keeping the check's summary", () => {
    const wb = officeWithLetter("Menunggu Persetujuan");
    const cycle = runOfficeCycle(depsFor(wb, null), { finisher: failing, letterFailure: (e) => [`Surat: ${(e as Error).message}`] }, { approvals: null });
    expect(cycle.check).not.toBeNull();
    expect(cycle.letters).toMatchObject({ finish: null, lines: ["Surat: Drive tidak menjawab"] });
  });

  it("throws it otherwise", () => {
    const wb = officeWithLetter("Menunggu Persetujuan");
    expect(() => runOfficeCycle(depsFor(wb, null), { finisher: failing }, { approvals: null })).toThrow("Drive tidak menjawab");
  });
});

describe("with a finisher that must wait (runOfficeCycleAsync)", () => {
  it("awaits it and returns the same summary", async () => {
    const wb = officeWithLetter("Disetujui");
    const cycle = await runOfficeCycleAsync(depsFor(wb, KEPALA), {
      finisher: { finish: async (approved) => ({ lines: [`${approved.length} PDF`], pdfs: approved.length }) },
    }, { approvals: { actorEmail: KEPALA, ids: "all", markClaimed: false } });
    expect(cycle.letters?.finish).toEqual({ lines: ["1 PDF"], pdfs: 1 });
    expect(cycle.letters?.lines.at(-1)).toBe("1 PDF");
  });
});
