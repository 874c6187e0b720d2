import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../apps-script/core/domain/reference";
import { ALUR, ALUR_TRANSISI } from "../../../apps-script/core/registers/catalog";
import { tableFromRecords } from "../../../apps-script/core/registers/records";
import { RegisterTable } from "../../../apps-script/core/registers/table";
import { GUARD_NAMES } from "../../../apps-script/core/engine/guards";
import { parseWorkflows } from "../../../apps-script/core/workflow/definition";
import { processAMoveRows, processAStateRows, PROCESS_A_CODE } from "../../../apps-script/core/workflow/process-a";
import { type TransitionContext, transition } from "../../../apps-script/core/workflow/transition";

const parsed = parseWorkflows(
  new RegisterTable(ALUR, tableFromRecords(ALUR, processAStateRows())),
  new RegisterTable(ALUR_TRANSISI, tableFromRecords(ALUR_TRANSISI, processAMoveRows())),
  { guards: GUARD_NAMES },
);
const workflow = parsed.workflows.get(PROCESS_A_CODE)!;
const statuses = workflow.states.map((s) => s.status);

/** The legal moves of process A, written out independently of the shipped rows. */
const LEGAL: Record<string, { to: string; roles: Role[] }[]> = {
  Diterima: [{ to: "Verifikasi", roles: ["Petugas"] }, { to: "Dikembalikan", roles: ["Petugas"] }, { to: "Dibatalkan", roles: ["Petugas"] }],
  Dikembalikan: [{ to: "Diterima", roles: ["Petugas"] }, { to: "Dibatalkan", roles: ["Petugas"] }],
  Verifikasi: [{ to: "Perencanaan", roles: ["Verifikator"] }, { to: "Ditolak", roles: ["Verifikator"] }, { to: "Dikembalikan", roles: ["Verifikator"] }],
  Perencanaan: [{ to: "Uji Kompetensi", roles: ["Petugas", "Verifikator"] }],
  "Uji Kompetensi": [{ to: "Rapat Hasil", roles: ["Asesor"] }],
  "Rapat Hasil": [{ to: "Uji Kompetensi", roles: ["Asesor"] }, { to: "Penetapan", roles: ["Asesor", "Verifikator"] }],
  Penetapan: [{ to: "Penerbitan Sertifikat", roles: ["Kepala"] }, { to: "Penyerahan", roles: ["Kepala"] }],
  "Penerbitan Sertifikat": [{ to: "Penyerahan", roles: ["Petugas"] }],
  Penyerahan: [{ to: "Selesai", roles: ["Petugas"] }],
  Selesai: [],
  Ditolak: [],
  Dibatalkan: [],
};

const permissive = (role: Role): TransitionContext => ({ role, guardFailures: () => [], fieldProblem: () => null });

describe("process A as shipped", () => {
  it("parses without errors, 12 states, starting at Diterima", () => {
    expect(parsed.errors).toEqual([]);
    expect(statuses).toHaveLength(12);
    expect(workflow.initial).toBe("Diterima");
  });

  it("step SLAs follow seeds 000/002 and add up to 30 working days", () => {
    const sla = Object.fromEntries(workflow.states.map((s) => [s.status, s.slaDays]));
    expect(sla).toMatchObject({ Diterima: 5, Verifikasi: 10, Perencanaan: 5, "Uji Kompetensi": 3, "Rapat Hasil": 1, Penetapan: 1, "Penerbitan Sertifikat": 5 });
    expect(workflow.states.reduce((sum, s) => sum + (s.slaDays ?? 0), 0)).toBe(30);
  });
});

describe("every (state, move) pair of process A", () => {
  const pairs = statuses.flatMap((from) => statuses.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs)("%s → %s", (from, to) => {
    const legal = LEGAL[from]!.find((m) => m.to === to);
    for (const role of ROLES) {
      const result = transition(workflow, from, to, permissive(role));
      const allowed = legal !== undefined && (role === "Admin" || legal.roles.includes(role));
      expect(result.ok, `${role}: ${from} → ${to}`).toBe(allowed);
      if (!result.ok) {
        if (!legal) expect(result.reason).toMatch(/Tidak boleh dari .* Langkah yang boleh: /);
        else expect(result.reason).toMatch(new RegExp(`Peran ${role} tidak boleh`));
      }
    }
  });

  it("lists the allowed moves when refusing an illegal one", () => {
    const result = transition(workflow, "Diterima", "Penetapan", permissive("Admin"));
    expect(result).toEqual({ ok: false, reason: "Tidak boleh dari Diterima ke Penetapan. Langkah yang boleh: Verifikasi, Dikembalikan, Dibatalkan" });
  });

  it("refuses an unknown status and a final state's moves", () => {
    expect(transition(workflow, "Diterima", "Disetujui", permissive("Admin"))).toMatchObject({ ok: false, reason: expect.stringMatching(/tidak dikenal/) });
    expect(transition(workflow, "Selesai", "Diterima", permissive("Admin"))).toMatchObject({ ok: false, reason: expect.stringMatching(/status akhir/) });
  });

  it("refuses an unknown user", () => {
    expect(transition(workflow, "Diterima", "Verifikasi", { ...permissive("Admin"), role: null })).toMatchObject({ ok: false, reason: expect.stringMatching(/Pengguna tidak dikenal/) });
  });
});

describe("guards, required fields and effects", () => {
  const failing = (guard: string): TransitionContext => ({ role: "Admin", guardFailures: (g) => (g === guard ? [`${g} gagal`] : []), fieldProblem: () => null });

  it.each([
    ["Diterima", "Verifikasi", "BERKAS_LENGKAP"],
    ["Diterima", "Verifikasi", "DATA_VALID"],
    ["Verifikasi", "Perencanaan", "MEMENUHI_SYARAT"],
    ["Penetapan", "Penerbitan Sertifikat", "KOMPETEN"],
    ["Uji Kompetensi", "Rapat Hasil", "UJI_TERLAKSANA"],
    ["Penetapan", "Penyerahan", "BELUM_KOMPETEN"],
  ] as const)("%s → %s needs %s", (from, to, guard) => {
    expect(transition(workflow, from, to, failing(guard))).toEqual({ ok: false, reason: `Langkah ${from} → ${to} belum memenuhi syarat: ${guard} gagal` });
  });

  it("names the fields a move requires", () => {
    const result = transition(workflow, "Perencanaan", "Uji Kompetensi", { role: "Petugas", guardFailures: () => [], fieldProblem: (h) => (h === "Asesor" ? null : "belum diisi") });
    expect(result).toEqual({ ok: false, reason: "Langkah Perencanaan → Uji Kompetensi memerlukan kolom terisi: Jadwal Uji, Kode TUK" });
  });

  it("says what is wrong with a required field that is filled but cannot be used", () => {
    const fieldProblem = (h: string) => (h === "Kode TUK" ? '"TUK-99" tidak ada di register TUK' : null);
    expect(transition(workflow, "Perencanaan", "Uji Kompetensi", { role: "Petugas", guardFailures: () => [], fieldProblem })).toEqual({
      ok: false, reason: 'Langkah Perencanaan → Uji Kompetensi belum dapat dilakukan: Kode TUK: "TUK-99" tidak ada di register TUK',
    });
  });

  it("a move into a final state also needs what final states need (the case's letters settled); other moves do not", () => {
    const context = { ...permissive("Admin"), finalStateFailures: () => ["surat belum disetujui: SRT-1"] };
    expect(transition(workflow, "Penyerahan", "Selesai", context)).toEqual({ ok: false, reason: "Langkah Penyerahan → Selesai belum memenuhi syarat: surat belum disetujui: SRT-1" });
    expect(transition(workflow, "Penerbitan Sertifikat", "Penyerahan", context).ok).toBe(true);
  });

  it("entering Verifikasi starts the service clock; returning pauses it; resubmitting resumes it", () => {
    const kinds = (from: string, to: string) => {
      const r = transition(workflow, from, to, permissive("Admin"));
      return r.ok ? r.effects.map((e) => (e.kind === "letter" ? `letter:${e.letterType}` : e.kind)) : r.reason;
    };
    expect(kinds("Diterima", "Verifikasi")).toEqual(["enterState", "startServiceClock", "letter:TANDA_TERIMA", "letter:INFORMASI_SERTIFIKASI", "audit"]);
    expect(kinds("Verifikasi", "Dikembalikan")).toEqual(["enterState", "pauseClock", "letter:PENGEMBALIAN_BERKAS", "audit"]);
    expect(kinds("Dikembalikan", "Diterima")).toEqual(["enterState", "resumeClock", "audit"]);
  });
});
