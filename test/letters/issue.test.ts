// Issuing letters: a document each, a letter-book row each, failures named; rework; move lists.
import { describe, expect, it } from "vitest";
import { issueLetters, recordLetters, reworkLetters } from "../../apps-script/core/letters/issue";
import { lettersNeedingRework, nextLetterIds, readLetterBook } from "../../apps-script/core/letters/letter-book";
import { letterTypeOf, parseLetterList } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { dateCell, type DocumentSink } from "../../apps-script/core/ports";
import { SURAT } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import { readRegister } from "../../apps-script/core/registers/table";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { APPLICANT, makeOffice, sampleData } from "./fixtures";
import { MemoryLock, TestWorkbook } from "./memory-workbook";

class RecordingSink implements DocumentSink {
  readonly docs: { title: string; html: string; folder: string }[] = [];
  createDocument(request: { title: string; html: string; folder: string }) {
    this.docs.push(request);
    return { id: `doc-${this.docs.length}`, url: `https://docs.example/d/doc-${this.docs.length}` };
  }
}

const clock = { now: () => new Date("2026-03-12T01:15:00Z") };
const OPTIONS = { folder: "Surat 2026", timeZone: "Asia/Makassar" };
const office = makeOffice();

function setup() {
  const lock = new MemoryLock();
  const workbook = new TestWorkbook(() => lock.held);
  workbook.ensureTable(SURAT.name, headersOf(SURAT));
  return { lock, workbook, documents: new RecordingSink(), clock };
}

describe("recording letters", () => {
  it("appends one row per letter with fresh IDs after the highest in the book", () => {
    const letters = (["TANDA_TERIMA", "UNDANGAN_UJI"] as const).map((t) => prepareLetter(t, sampleData(t), { ...office, caseId: "PRM-2026-0009" }));
    const ids = nextLetterIds([{ id: "SRT-000041" }, { id: "SRT-000007" }, { id: "SRT-20261122-MI9X2K1C-0003" }], 2);
    const documents = new RecordingSink();
    const { changes, recorded } = recordLetters(letters, ids, { clock, documents }, OPTIONS);
    expect(recorded.map((r) => r.id)).toEqual(["SRT-000042", "SRT-000043"]);
    expect(changes.table).toBe("Surat");
    expect(changes.appends[0]).toEqual({
      "ID Surat": "SRT-000042",
      "Jenis Surat": "TANDA_TERIMA",
      Perihal: "Tanda Terima Permohonan Sertifikasi Kompetensi Skema Pelayanan Publik",
      Tujuan: `Sdr. ${APPLICANT.name} (${APPLICANT.agency})`,
      "ID Permohonan": "PRM-2026-0009",
      "Status Surat": "Menunggu Persetujuan",
      "Tautan Dokumen": "https://docs.example/d/doc-1",
      Dibuat: dateCell("2026-03-12" as LocalDate, 9 * 60 + 15),
    });
    expect(documents.docs.map((d) => [d.title, d.folder])).toEqual([
      ["Tanda Terima Permohonan - PRM-2026-0009", "Surat 2026"],
      ["Undangan Uji Kompetensi - PRM-2026-0009", "Surat 2026"],
    ]);
  });

  it("records a Draf without a document when there is no sink", () => {
    const letter = prepareLetter("PERSETUJUAN", sampleData("PERSETUJUAN"), { ...office, caseId: "PRM-1" });
    const { changes, recorded } = recordLetters([letter], ["SRT-000001"], { clock }, OPTIONS);
    expect(() => recordLetters([letter], [], { clock }, OPTIONS)).toThrow(/Jumlah ID Surat/);
    expect(recorded[0]).toMatchObject({ id: "SRT-000001", status: "Draf", documentLink: null });
    expect(changes.appends[0]!["Status Surat"]).toBe("Draf");
  });
});

describe("issuing letters standalone", () => {
  it("writes the rows in one batch and reports a case with missing data without a letter", () => {
    const deps = setup();
    const { applicationDate: _date, ...incomplete } = sampleData("PENOLAKAN");
    const result = issueLetters(deps, office, [
      { type: "PENOLAKAN", caseId: "PRM-1", data: sampleData("PENOLAKAN") },
      { type: "PENOLAKAN", caseId: "PRM-2", data: incomplete },
      { type: "SERTIFIKAT", caseId: "PRM-3", data: sampleData("SERTIFIKAT") },
    ], OPTIONS);
    expect(result.recorded.map((r) => [r.id, r.caseId])).toEqual([["SRT-000001", "PRM-1"], ["SRT-000002", "PRM-3"]]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ caseId: "PRM-2", fields: ["applicationDate"] });
    expect(result.failures[0]!.message).toMatch(/PRM-2 .*tanggal permohonan/);
    expect(deps.workbook.applyCalls).toBe(1);
    expect(deps.workbook.records("Surat").map((r) => r["ID Permohonan"])).toEqual(["PRM-1", "PRM-3"]);
    expect(deps.documents.docs).toHaveLength(2);
  });

  it("writes nothing when no letter could be made", () => {
    const deps = setup();
    const result = issueLetters(deps, office, [{ type: "PENOLAKAN", caseId: "PRM-2", data: {} }], OPTIONS);
    expect(result.recorded).toEqual([]);
    expect(deps.workbook.applyCalls).toBe(0);
  });
});

describe("with a letter sent back for rework", () => {
  it("renders it again, replaces the link and asks for approval again", () => {
    const deps = setup();
    issueLetters(deps, office, [{ type: "PERSETUJUAN", caseId: "PRM-5", data: sampleData("PERSETUJUAN") }], OPTIONS);
    deps.workbook.set("Surat", "SRT-000001", "Status Surat", "Perlu Perbaikan");
    deps.workbook.set("Surat", "SRT-000001", "Catatan", "Metode asesmen salah");
    const records = lettersNeedingRework(readLetterBook(readRegister(deps.workbook, SURAT)));
    const corrected = { ...sampleData("PERSETUJUAN"), assessmentMethod: "Observasi demonstrasi dan pertanyaan lisan" };
    const { changes, failures } = reworkLetters(records, (r) => prepareLetter("PERSETUJUAN", corrected, { ...office, caseId: r.caseId }), deps, OPTIONS);
    deps.lock.runExclusive(() => deps.workbook.applyChanges([changes]));
    expect(failures).toEqual([]);
    const row = deps.workbook.records("Surat")[0]!;
    expect(row).toMatchObject({ "Status Surat": "Menunggu Persetujuan", "Tautan Dokumen": "https://docs.example/d/doc-2", Catatan: "Metode asesmen salah" });
    expect(deps.documents.docs[1]!.html).toContain("Observasi demonstrasi dan pertanyaan lisan");
  });
});

describe("the Surat column of a workflow move", () => {
  it("reads codes, loose spellings and labels, and reports unknown names", () => {
    expect(parseLetterList("TANDA_TERIMA, undangan uji; sk-penetapan\nSertifikat Kompetensi, Surat Cinta, TANDA_TERIMA")).toEqual({
      codes: ["TANDA_TERIMA", "UNDANGAN_UJI", "SK_PENETAPAN", "SERTIFIKAT"],
      unknown: ["Surat Cinta"],
    });
    expect(parseLetterList(null)).toEqual({ codes: [], unknown: [] });
    expect(letterTypeOf("surat keterangan")).toBe("SURAT_KETERANGAN");
  });
});
