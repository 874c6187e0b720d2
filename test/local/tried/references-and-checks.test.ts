// Tried cases of issue 8 about references and data checks: unknown TUK and assessor, inactive or expired MET, e-mail, NI PPPK.
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { freshWorkbook, runStart, USERS } from "./harness";
import { caseRow } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const key = (value: string) => ({ header: "ID Permohonan", value });
const set = (caseId: string, header: string, string: string): Operation => ({ op: "set", sheet: "Permohonan", key: key(caseId), header, string });
/** English that leaked from field names and letter-data paths into messages. */
const ENGLISH = /\((assessor|schedule[.\w]*)\)|schedule\.tuk|\bassessor\b|\brequired\b/i;

/** Everything the engine said about a case: its message columns and its lines in the run's output. */
async function messagesAbout(path: string, caseId: string, output: string): Promise<string> {
  const row = await caseRow(path, caseId);
  const lines = output.split("\n").filter((l) => l.includes(caseId));
  return [row["Pesan Langkah"], row["Catatan Validasi"], ...lines].filter((v) => v !== null && v !== undefined).join("\n");
}

/** PRM-2026-00003 (Perencanaan) scheduled for 10 December at a TUK with an assessor, moved to Uji Kompetensi. */
async function schedule(tuk: string, assessor: string, extra: readonly Operation[] = []) {
  const { path } = await freshWorkbook();
  await editWorkbook(path, [
    ...extra,
    { op: "set", sheet: "Permohonan", key: key("PRM-2026-00003"), header: "Jadwal Uji", date: "2026-12-10" },
    set("PRM-2026-00003", "Kode TUK", tuk),
    set("PRM-2026-00003", "Asesor", assessor),
    set("PRM-2026-00003", "Status", "Uji Kompetensi"),
  ]);
  const run = await runStart(path, USERS.petugas);
  return { run, messages: await messagesAbout(path, "PRM-2026-00003", run.output) };
}

describe("with references that are filled but unknown", () => {
  it("Kode TUK 'TUK-99': 'tidak ada di register TUK', no English, no 'wajib diisi' for the filled cell", async () => {
    const { run, messages } = await schedule("TUK-99", "MET.000.000001 2026");
    expect(messages, run.output).toMatch(/tidak ada di register TUK/);
    expect(messages).not.toMatch(/TUK[^;\n]*wajib diisi/);
    expect(messages).not.toMatch(ENGLISH);
  });

  it("Asesor 'Pak Asesor': 'tidak ada di register Asesor', no English, no 'wajib diisi' for the filled cell", async () => {
    const { run, messages } = await schedule("TUK-01", "Pak Asesor");
    expect(messages, run.output).toMatch(/tidak ada di register Asesor/);
    expect(messages).not.toMatch(/asesor[^;\n]*wajib diisi/i);
    expect(messages).not.toMatch(ENGLISH);
  });
});

describe("with an assessor who may not assess", () => {
  const met = { op: "set", sheet: "Asesor", key: { header: "No. Registrasi", value: "MET.000.000001 2026" } } as const;

  it("an inactive assessor (Aktif = Tidak) gets a message", async () => {
    const { run, messages } = await schedule("TUK-01", "MET.000.000001 2026", [{ ...met, header: "Aktif", string: "Tidak" }]);
    expect(messages, run.output).toMatch(/Asesor[^\n]*(tidak aktif|nonaktif)|(tidak aktif|nonaktif)[^\n]*asesor/i);
  });

  it("an expired MET registration (Berlaku Sampai before the test date) gets a message", async () => {
    const { run, messages } = await schedule("TUK-01", "MET.000.000001 2026", [{ ...met, header: "Berlaku Sampai", date: "2026-12-05" }]);
    expect(messages, run.output).toMatch(/Berlaku Sampai|masa berlaku|kedaluwarsa|tidak berlaku/i);
  });
});

describe("with identity data staff typed", () => {
  it("'rina@contoh..go.id' is refused as an e-mail address", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [set("PRM-2026-00001", "Email", "rina@contoh..go.id")]);
    const run = await runStart(path, USERS.petugas);
    expect(String((await caseRow(path, "PRM-2026-00001"))["Catatan Validasi"] ?? ""), run.output).toMatch(/Email/);
  });

  it("a valid NI PPPK is accepted, not judged by the PNS rules", async () => {
    const { path } = await freshWorkbook();
    // Born 28 December 1993, first appointed as calon PPPK in 2025, PPPK code 21, sequence 001;
    // the NIK carries the same birth date (day + 40: a woman), so no cross-check warning either.
    await editWorkbook(path, [set("PRM-2026-00001", "NIP", "199312282025212001"), set("PRM-2026-00001", "NIK", "3174016812930002")]);
    const run = await runStart(path, USERS.petugas);
    const note = String((await caseRow(path, "PRM-2026-00001"))["Catatan Validasi"] ?? "");
    const nipProblems = note.split(/;\s*/).filter((part) => /NIP|NI PPPK/.test(part) && !/peringatan/i.test(part));
    expect(nipProblems, run.output).toEqual([]);
  });
});
