// Every (state, move) pair of every shipped service besides process A, through the whole step
// (runCheck on a seeded MemoryWorkbook): accepted exactly when Alur Transisi lists the move and
// the role, required columns and guards allow it; refused otherwise, with the reason on the row.
// Letters are a separate concern (shipped-services-cases.test.ts): here the Surat cells are empty.
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../apps-script/core/domain/reference";
import type { CheckSummary } from "../../../apps-script/core/engine/types";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import { DOKUMEN_KASUS } from "../../../apps-script/core/registers/catalog";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { ACTOR, append, at, auditOf, caseOf, type Row, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { addAppealedApplication, addCases, allowedFrom, caseId, DECIDED_ON, serviceOf, SHIPPED, type ShippedService } from "./shipped-cases";

const NOW = clockAt("2026-11-24", "10:00");

interface Pair {
  readonly from: string;
  readonly to: string;
  readonly id: string;
}

const pairsOf = (service: ShippedService): Pair[] =>
  service.states.flatMap((from) => service.states.filter((to) => to !== from).map((to) => ({ from, to })))
    .map((p, i) => ({ ...p, id: caseId(service, i + 1) }));

/** The cells a legal move's branch needs (Metode Intake = Daring), {} for other pairs. */
const branchCells = (service: ShippedService, from: string, to: string): Row => service.legal[from]?.find((m) => m.to === to)?.cells ?? {};

/** One run per (service, actor): a case for every pair, each asking for its move. */
const runs = new Map<string, { workbook: MemoryWorkbook; summary: CheckSummary }>();
function pairRun(service: ShippedService, actor: string | null) {
  const key = `${service.code}|${actor}`;
  if (!runs.has(key)) {
    const workbook = serviceOffice({ withoutLetters: true });
    if (service.code === "BANDING") addAppealedApplication(workbook);
    addCases(workbook, service, pairsOf(service).map((p) => ({ ...branchCells(service, p.from, p.to), [`ID ${service.register}`]: p.id, "Status Tercatat": p.from, Status: p.to })));
    runs.set(key, { workbook, summary: runAs(workbook, NOW, actor) });
  }
  return runs.get(key)!;
}

describe("the shipped services as the office reads them", () => {
  const config = loadConfig(serviceOffice(), new Set(LETTER_TYPE_CODES));

  it("load without errors, each in its own register", () => {
    expect(config.errors).toEqual([]);
    for (const s of SHIPPED) expect(config.services.get(s.code)).toMatchObject({ register: s.register, idPrefix: s.prefix });
  });

  it.each(SHIPPED.map((s) => [s.code, s] as const))("%s has the states and moves written out here", (_, service) => {
    const workflow = config.workflows.get(service.code)!;
    expect(workflow.states.map((s) => s.status)).toEqual(service.states);
    const moves = workflow.moves.map((m) => ({ from: m.from, to: m.to, roles: m.roles, required: m.requiredFields }));
    const written = Object.entries(service.legal).flatMap(([from, list]) => list.map((m) => ({ from, to: m.to, roles: m.roles, required: m.required ?? [] })));
    expect(moves).toEqual(written);
  });
});

describe.each(SHIPPED.map((s) => [s.code, s] as const))("every (state, move) pair of %s", (_, service) => {
  it.each(pairsOf(service).map((p) => [p.from, p.to, p] as const))("%s → %s", (from, to, pair) => {
    const legal = service.legal[from]!.find((m) => m.to === to);
    for (const role of ROLES) {
      const { workbook, summary } = pairRun(service, ACTOR[role]);
      const row = caseOf(workbook, service.register, pair.id);
      const allowed = legal !== undefined && (role === "Admin" || legal.roles.includes(role));
      expect(row["Status Tercatat"], `${role}: ${from} → ${to}`).toBe(allowed ? to : from);
      expect(row.Status).toBe(allowed ? to : from);
      const last = auditOf(workbook, pair.id).at(-1);
      if (allowed) {
        expect(row["Pesan Langkah"]).toBeNull();
        expect(last).toMatchObject({ Dari: from, Ke: to, Oleh: ACTOR[role], Peran: role, Hasil: "Diterapkan" });
        continue;
      }
      const reason = !legal
        ? `Tidak boleh dari ${from} ke ${to}. Langkah yang boleh: ${allowedFrom(service, from)}`
        : `Peran ${role} tidak boleh melakukan ${from} → ${to}; hanya ${legal.roles.join("/")}`;
      expect(row["Pesan Langkah"], `${role}: ${from} → ${to}`).toBe(reason);
      expect(summary.refusedMoves).toContainEqual({ id: pair.id, from, to, reason });
      expect(last).toMatchObject({ Dari: from, Ke: to, Hasil: "Ditolak", Keterangan: reason });
    }
  });

  it("refuses every move of someone not in Pengguna, naming the roles the move needs", () => {
    const { workbook } = pairRun(service, "tamu@contoh.go.id");
    for (const pair of pairsOf(service)) {
      const legal = service.legal[pair.from]!.find((m) => m.to === pair.to);
      const row = caseOf(workbook, service.register, pair.id);
      expect(row["Status Tercatat"]).toBe(pair.from);
      if (legal) expect(row["Pesan Langkah"]).toBe(`Pengguna tidak dikenal atau tidak aktif di register Pengguna; langkah ${pair.from} → ${pair.to} memerlukan peran ${legal.roles.join("/")}`);
    }
  });

  const required = Object.entries(service.legal).flatMap(([from, list]) => list.flatMap((m) => (m.required ?? []).map((field) => [from, m.to, field] as const)));
  if (required.length > 0) {
    it.each(required)("%s → %s needs %s filled", (from, to, field) => {
      const workbook = serviceOffice({ withoutLetters: true });
      if (service.code === "BANDING") addAppealedApplication(workbook);
      const id = caseId(service, 1);
      addCases(workbook, service, [{ ...branchCells(service, from, to), [`ID ${service.register}`]: id, "Status Tercatat": from, Status: to, [field]: null }]);
      runAs(workbook, NOW, ACTOR.Admin);
      const row = caseOf(workbook, service.register, id);
      expect(row["Status Tercatat"]).toBe(from);
      expect(row["Pesan Langkah"]).toBe(`Langkah ${from} → ${to} memerlukan kolom terisi: ${field}`);
    });
  }
});

/** One case of a service asking for a move as the given role; its row after the run. */
function ask(code: string, from: string, to: string, cells: Row, options: { role?: Role; documents?: boolean; appealed?: Parameters<typeof addAppealedApplication>[1] | false; clock?: ReturnType<typeof clockAt> } = {}) {
  const service = serviceOf(code);
  const workbook = serviceOffice({ withoutLetters: true });
  if (options.appealed !== false && code === "BANDING") addAppealedApplication(workbook, options.appealed ?? {});
  const id = caseId(service, 1);
  addCases(workbook, service, [{ [`ID ${service.register}`]: id, "Status Tercatat": from, Status: to, ...cells }], { documents: options.documents ?? true });
  const summary = runAs(workbook, options.clock ?? NOW, ACTOR[options.role ?? "Admin"]);
  return { row: caseOf(workbook, service.register, id), summary, workbook, id };
}

const refusal = (from: string, to: string, why: string) => `Langkah ${from} → ${to} belum memenuhi syarat: ${why}`;

describe("ISIAN(Ditujukan Kepada = Lisensi / Asesor Kompetensi) on a Surat Masuk sent straight to a section", () => {
  it.each(["Lisensi", "Asesor Kompetensi", "asesor kompetensi"])("goes ahead for %s", (section) => {
    expect(ask("SURAT_MASUK", "Diterima", "Diteruskan ke Bagian", { "Ditujukan Kepada": section }).row["Status Tercatat"]).toBe("Diteruskan ke Bagian");
  });

  it.each(["Ketua BNSP", "Sekretariat"])("is refused for a letter addressed to %s (it needs the head's disposition)", (section) => {
    const { row } = ask("SURAT_MASUK", "Diterima", "Diteruskan ke Bagian", { "Ditujukan Kepada": section });
    expect(row["Status Tercatat"]).toBe("Diterima");
    expect(row["Pesan Langkah"]).toBe(refusal("Diterima", "Diteruskan ke Bagian", "Ditujukan Kepada bukan Lisensi atau Asesor Kompetensi"));
  });
});

describe("DOKUMEN_LENGKAP on closing a Surat Masuk (its lembar disposisi, LD)", () => {
  it.each(["Didisposisi", "Diteruskan ke Bagian"])("from %s names the missing document", (from) => {
    const { row } = ask("SURAT_MASUK", from, "Selesai", {}, { documents: false });
    expect(row["Status Tercatat"]).toBe(from);
    expect(row["Pesan Langkah"]).toBe(refusal(from, "Selesai", "dokumen belum ada di Dokumen Kasus: LD"));
  });

  it("counts a checklist row only when Ada is Ya", () => {
    const service = serviceOf("SURAT_MASUK");
    const workbook = serviceOffice({ withoutLetters: true });
    addCases(workbook, service, [{ "ID Surat Masuk": "SM-2026-00001", "Status Tercatat": "Didisposisi", Status: "Selesai" }], { documents: false });
    append(workbook, DOKUMEN_KASUS.name, [{ "ID Kasus": "SM-2026-00001", "Kode Dokumen": "LD", Ada: "Tidak" }]);
    runAs(workbook, NOW, ACTOR.Petugas);
    expect(caseOf(workbook, "Surat Masuk", "SM-2026-00001")["Pesan Langkah"]).toBe(refusal("Didisposisi", "Selesai", "dokumen belum ada di Dokumen Kasus: LD"));
  });
});

describe("DATA_VALID with a bad column", () => {
  it.each([
    ["SURAT_KELUAR_SEKRETARIAT", "Konsep", "Diperiksa", { "Tanggal Kirim": "besok" }, "Tanggal Kirim: bukan tanggal yang sah"],
    ["SURAT_KELUAR_ANGGOTA", "Konsep", "Diperiksa", { Tujuan: null }, "Tujuan: wajib diisi"],
    ["PENGADUAN", "Diterima", "Ditindaklanjuti", { Saluran: "Faksimile" }, "Saluran: harus salah satu: Langsung, E-mail Resmi, Helpdesk, SP4N-LAPOR!"],
    ["BANDING", "Diajukan", "Diperiksa Panel", { "Alasan Banding": null }, "Alasan Banding: wajib diisi"],
  ] as const)("%s %s → %s is refused and the column named in Catatan Validasi", (code, from, to, cells, note) => {
    const { row } = ask(code, from, to, cells);
    expect(row["Status Tercatat"]).toBe(from);
    expect(row["Pesan Langkah"]).toBe(refusal(from, to, "data belum valid (1 masalah di Catatan Validasi)"));
    expect(String(row["Catatan Validasi"])).toContain(note);
  });

  it("an e-mail a letter cannot be sent to stops a Pengaduan being taken up", () => {
    const { row } = ask("PENGADUAN", "Diterima", "Ditindaklanjuti", { "Email Pengadu": "budi@" });
    expect(row["Pesan Langkah"]).toBe(refusal("Diterima", "Ditindaklanjuti", "data belum valid (1 masalah di Catatan Validasi)"));
    expect(String(row["Catatan Validasi"])).toMatch(/^Email Pengadu: alamat e-mail tidak sah/);
  });
});

describe(`BANDING_TEPAT_WAKTU (14 working days, Pengaturan) after the decision of ${DECIDED_ON}`, () => {
  const examine = (cells: Row, appealed?: Parameters<typeof addAppealedApplication>[1] | false) =>
    ask("BANDING", "Diajukan", "Diperiksa Panel", cells, { role: "Verifikator", appealed, clock: clockAt("2026-12-08") });

  it("goes ahead on the 14th working day", () => {
    expect(examine({ "Tanggal Banding": at("2026-12-04") }).row["Status Tercatat"]).toBe("Diperiksa Panel");
  });

  it("is refused on the 15th, with the count and the limit", () => {
    const { row } = examine({ "Tanggal Banding": at("2026-12-07") });
    expect(row["Status Tercatat"]).toBe("Diajukan");
    expect(row["Pesan Langkah"]).toBe(refusal("Diajukan", "Diperiksa Panel", `banding diajukan 15 hari kerja setelah keputusan ${DECIDED_ON}; batasnya 14 hari kerja`));
  });

  it("is refused for an appeal dated before the decision", () => {
    const { row } = examine({ "Tanggal Banding": at("2026-11-10") });
    expect(row["Pesan Langkah"]).toBe(refusal("Diajukan", "Diperiksa Panel", `banding diajukan 2026-11-10, sebelum keputusan ${DECIDED_ON}`));
  });

  it.each([
    ["no Riwayat at all", { decided: false, recorded: false }],
    ["only its recording (Diterima) in Riwayat", { decided: false, recorded: true }],
  ] as const)("is refused when the appealed application has %s", (_, appealed) => {
    const { row } = examine({}, appealed);
    expect(row["Status Tercatat"]).toBe("Diajukan");
    expect(row["Pesan Langkah"]).toBe(refusal("Diajukan", "Diperiksa Panel", "kasus yang dibanding belum punya keputusan di Riwayat"));
  });

  it("is refused for an application that does not exist, named in Catatan Validasi", () => {
    const { row } = examine({ "ID Permohonan": "PRM-2026-09999" });
    expect(row["Pesan Langkah"]).toBe(refusal("Diajukan", "Diperiksa Panel", "data belum valid (1 masalah di Catatan Validasi); kasus yang dibanding tidak dikenal"));
    expect(row["Catatan Validasi"]).toBe('ID Permohonan: "PRM-2026-09999" tidak ada di register Permohonan');
  });

  it("does not apply to the administrative refusal of a late appeal", () => {
    const { row } = ask("BANDING", "Diajukan", "Ditolak Administratif", { "Tanggal Banding": at("2026-12-07") }, { role: "Verifikator", clock: clockAt("2026-12-08") });
    expect(row["Status Tercatat"]).toBe("Ditolak Administratif");
  });
});
