import { describe, expect, it } from "vitest";
import { submitApplication } from "../../../apps-script/core/engine/intake";
import { PELAYANAN_PUBLIK_CODE } from "../../../apps-script/core/seed/scheme-pelayanan-publik";
import { caseCells, clockAt, makeOffice, passThroughLock } from "../../factories";

const answers = (overrides: Record<string, string> = {}) => ({
  Nama: "Rina Kartika",
  NIP: "199002152015032002",
  NIK: "3174015502900002",
  Email: "rina@contoh.go.id",
  Telepon: "081234567890",
  Instansi: "Pemerintah Provinsi DKI Jakarta",
  Golongan: "III/a",
  "Pendidikan Terakhir": "S1",
  "Pengalaman Pelayanan Publik (tahun)": "4",
  "Kode Skema": PELAYANAN_PUBLIK_CODE,
  ...overrides,
});

describe("submitApplication (form intake)", () => {
  it("appends a validated row with a new ID, the submission date and the initial status", () => {
    const wb = makeOffice();
    const deps = { workbook: wb, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null } };
    const result = submitApplication(deps, answers());
    expect(result).toEqual({ id: "PRM-2026-00001", problems: [] });
    const c = caseCells(wb, "PRM-2026-00001");
    expect(c).toMatchObject({ Nama: "Rina Kartika", Status: "Diterima", "Status Tercatat": "Diterima", "Catatan Validasi": null });
    expect(c["Tanggal Permohonan"]).toEqual({ kind: "date", date: "2026-11-23" });
  });

  it("gives 50 submissions 50 distinct consecutive IDs", () => {
    const wb = makeOffice();
    const deps = { workbook: wb, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null } };
    const ids = Array.from({ length: 50 }, (_, i) => submitApplication(deps, answers({ Nama: `Peserta ${i}` })).id);
    expect(new Set(ids).size).toBe(50);
    expect(ids.at(-1)).toBe("PRM-2026-00050");
  });

  it("keeps formula-looking answers as text, reports them, and ignores fields applicants may not set", () => {
    const wb = makeOffice();
    const deps = { workbook: wb, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null } };
    const result = submitApplication(deps, answers({ Nama: '=IMPORTXML("http://x","//a")', Status: "Selesai", Email: "salah" }));
    expect(result.problems).toEqual(["Nama: tidak boleh diawali =, +, - atau @", expect.stringMatching(/^Email: alamat e-mail tidak sah/)]);
    const c = caseCells(wb, result.id);
    expect(c.Nama).toBe('=IMPORTXML("http://x","//a")'); // a string cell, never a formula
    expect(c["Status Tercatat"]).toBe("Diterima");
  });
});
