// The status link of a case: a random token made once when the case is taken in (or by the
// reconciliation for cases from before it), never the case ID; the page answering with the
// service, the step, since when (Riwayat, not the staff's cells) and the promise's due date, or
// "selesai"; every token that is not a case's answered alike; nothing personal on the page; and
// looking up writes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { submitApplication } from "../../../apps-script/core/engine/intake";
import {
  lookUpStatus, normalizeStatusToken, reconcileStatusTokens, statusLines, statusLink, statusPage, statusTokenLines, statusTokenOf,
} from "../../../apps-script/core/engine/status-link";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { PERMOHONAN, STATUS_TOKEN_COLUMN } from "../../../apps-script/core/registers/catalog";
import { PELAYANAN_PUBLIK_CODE } from "../../../apps-script/core/seed/scheme-pelayanan-publik";
import { ACTOR, append, at, caseOf, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { caseCells, clockAt, makeApplication, makeOffice, passThroughLock, staffEdit } from "../../factories";

const answers = (name = "Rina Kartika") => ({
  Nama: name, NIP: "199002152015032002", NIK: "3174015502900002", Email: "rina@contoh.go.id", Telepon: "081234567890",
  Instansi: "Pemerintah Provinsi DKI Jakarta", Golongan: "III/a", "Pendidikan Terakhir": "S1", "Pengalaman Pelayanan Publik (tahun)": "4",
  "Kode Skema": PELAYANAN_PUBLIK_CODE,
});

const depsOf = (workbook: MemoryWorkbook, date: string, newUuid: (() => string) | null = () => randomUUID()) =>
  ({ workbook, clock: clockAt(date), lock: passThroughLock, actor: { email: null }, ...(newUuid ? { newUuid } : {}) });

const tokenOf = (workbook: MemoryWorkbook, id: string) => String(caseCells(workbook, id)[STATUS_TOKEN_COLUMN] ?? "");

describe("statusTokenOf and normalizeStatusToken", () => {
  it("makes 24 Crockford characters from the UUID's 120 random bits, read back however it is typed", () => {
    expect(statusTokenOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c")).toBe("1Y62N7HV3Q3YMN8X5RZMMPVC");
    // Only the version and variant digits are ignored; any other digit changes the token.
    expect(statusTokenOf("0f8c2a9e-3b1d-1c7e-8a55-1d2e3f4a5b6c")).toBe("1Y62N7HV3Q3YMN8X5RZMMPVC");
    expect(statusTokenOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6d")).not.toBe("1Y62N7HV3Q3YMN8X5RZMMPVC");
    expect(normalizeStatusToken(" 1y62n7hv3q3ymn8x5rzmmpvc ")).toBe("1Y62N7HV3Q3YMN8X5RZMMPVC");
    for (const bad of ["", "PRM-2026-00001", "1Y62N7HV3Q3YMN8X5RZMMPV", "1Y62N7HV3Q3YMN8X5RZMMPVCX", "<script>alert(1)</script>", "1Y62-N7HV-3Q3Y"]) {
      expect(normalizeStatusToken(bad)).toBeNull();
    }
    expect(() => statusTokenOf("not-a-uuid")).toThrow();
  });

  it("puts the token in the web app's address as ?status=", () => {
    expect(statusLink("https://script.google.com/macros/s/ABC/exec", "1Y62N7HV3Q3YMN8X5RZMMPVC")).toBe("https://script.google.com/macros/s/ABC/exec?status=1Y62N7HV3Q3YMN8X5RZMMPVC");
    expect(statusLink("https://contoh.go.id/app?x=1", "T")).toBe("https://contoh.go.id/app?x=1&status=T");
  });
});

describe("the token made at intake", () => {
  it("is made once per case, different for each, never the ID, and kept on a repeated response", () => {
    const wb = makeOffice();
    const deps = depsOf(wb, "2026-11-23");
    const results = Array.from({ length: 30 }, (_, i) => submitApplication(deps, answers(`Peserta ${i}`), `resp-${i}`));
    const tokens = results.map((r) => r.statusToken);
    expect(new Set(tokens).size).toBe(30);
    for (const result of results) {
      expect(normalizeStatusToken(result.statusToken!)).toBe(result.statusToken);
      expect(tokenOf(wb, result.id)).toBe(result.statusToken);
      expect(result.statusToken).not.toContain(result.id);
    }
    // The same case ID in another office gets another token: it comes from the random source alone.
    expect(submitApplication(depsOf(makeOffice(), "2026-11-23"), answers("Peserta 0")).statusToken).not.toBe(results[0]!.statusToken);
    const again = submitApplication(deps, answers("Peserta 3"), "resp-3");
    expect(again).toMatchObject({ id: results[3]!.id, duplicate: true, statusToken: results[3]!.statusToken });
    expect(rowsOf(wb, PERMOHONAN.name)).toHaveLength(30);
  });

  it("is left for the reconciliation where the place makes no random IDs", () => {
    const wb = makeOffice();
    const result = submitApplication(depsOf(wb, "2026-11-23", null), answers());
    expect(result.statusToken).toBeUndefined();
    expect(tokenOf(wb, result.id)).toBe("");
  });
});

describe("reconcileStatusTokens", () => {
  it("gives every case with an ID and no token one, in every case register, once", () => {
    const wb = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "Budi" })]);
    append(wb, "Pengaduan", [{ "ID Pengaduan": "ADU-2026-00001", Status: "Diterima" }]);
    runAs(wb, clockAt("2026-11-23"), ACTOR.Admin);
    const first = reconcileStatusTokens(depsOf(wb, "2026-11-23"));
    expect(first).toEqual({ assigned: 3, columnsAdded: [] });
    const tokens = [tokenOf(wb, "PRM-2026-00001"), tokenOf(wb, "PRM-2026-00002"), String(caseOf(wb, "Pengaduan", "ADU-2026-00001")[STATUS_TOKEN_COLUMN])];
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(normalizeStatusToken(token)).toBe(token);
    expect(reconcileStatusTokens(depsOf(wb, "2026-11-24"))).toEqual({ assigned: 0, columnsAdded: [] });
    expect(tokenOf(wb, "PRM-2026-00001")).toBe(tokens[0]);
    expect(statusTokenLines(first).join("\n")).not.toContain(tokens[0]!);
  });

  it("adds the column at the end of a case register from before the status link, then fills it", () => {
    const office = makeOffice([makeApplication()]);
    const tables = office.tableNames().map((name) => {
      const raw = office.readTable(name)!;
      if (name !== PERMOHONAN.name) return raw;
      const keep = raw.headers.map((h, i) => [h, i] as const).filter(([h]) => h !== STATUS_TOKEN_COLUMN);
      return { ...raw, headers: keep.map(([h]) => h), rows: raw.rows.map((r) => keep.map(([, i]) => r[i] ?? null)), formulas: new Map() };
    });
    const wb = new MemoryWorkbook(tables);
    expect(wb.readTable(PERMOHONAN.name)!.headers).not.toContain(STATUS_TOKEN_COLUMN);
    const report = reconcileStatusTokens(depsOf(wb, "2026-11-23"));
    expect(report).toEqual({ assigned: 1, columnsAdded: [PERMOHONAN.name] });
    expect(wb.readTable(PERMOHONAN.name)!.headers.at(-1)).toBe(STATUS_TOKEN_COLUMN);
    expect(normalizeStatusToken(tokenOf(wb, "PRM-2026-00001"))).not.toBeNull();
  });
});

describe("lookUpStatus and the status page", () => {
  it("answers each step of a case: taken in, service running with its due date, paused, finished", () => {
    // Without the moves' letters, so each move is judged on the workflow alone.
    const wb = serviceOffice({ withoutLetters: true });
    append(wb, PERMOHONAN.name, [makeApplication()]);
    runAs(wb, clockAt("2026-11-02"), ACTOR.Petugas);
    reconcileStatusTokens(depsOf(wb, "2026-11-02"));
    const token = tokenOf(wb, "PRM-2026-00001");
    const received = lookUpStatus(wb, token);
    expect(received).toEqual({ found: true, service: "Sertifikasi Kompetensi bagi PNS", step: "Diterima", since: "2026-11-02", due: null, final: false, paused: false, countsFrom: "Verifikasi" });
    expect(statusLines(received)).toEqual([
      "Layanan: Sertifikasi Kompetensi bagi PNS", "Tahap saat ini: Diterima", "Sejak: 2 November 2026",
      "Tenggat janji layanan: dihitung mulai tahap Verifikasi.",
    ]);

    staffEdit(wb, "PRM-2026-00001", { Status: "Verifikasi" });
    runAs(wb, clockAt("2026-11-04"), ACTOR.Petugas);
    const due = caseCells(wb, "PRM-2026-00001")["Tenggat Layanan"];
    expect(due).toMatchObject({ kind: "date" });
    const running = lookUpStatus(wb, token.toLowerCase());
    expect(running).toMatchObject({ found: true, step: "Verifikasi", since: "2026-11-04", due: (due as { date: string }).date, final: false });
    // Staff typing over the engine's cache (or asking a move not taken) does not change the answer: Riwayat does.
    staffEdit(wb, "PRM-2026-00001", { "Status Sejak": at("2026-10-01"), "Status Tercatat": "Penyerahan" });
    expect(lookUpStatus(wb, token)).toEqual(running);

    staffEdit(wb, "PRM-2026-00001", { Status: "Dikembalikan", "Catatan Petugas": "Ijazah tidak terbaca" });
    runAs(wb, clockAt("2026-11-05"), ACTOR.Verifikator);
    const paused = lookUpStatus(wb, token);
    expect(paused).toMatchObject({ found: true, step: "Dikembalikan", since: "2026-11-05", due: null, paused: true });
    expect(statusLines(paused).at(-1)).toBe("Tenggat janji layanan: waktu layanan berhenti sementara sampai kekurangan dilengkapi.");
    expect(statusLines(paused).join("\n")).not.toContain("Ijazah");

    staffEdit(wb, "PRM-2026-00001", { Status: "Dibatalkan", "Catatan Petugas": "Permintaan pemohon" });
    runAs(wb, clockAt("2026-11-09"), ACTOR.Petugas);
    const finished = lookUpStatus(wb, token);
    expect(finished).toMatchObject({ found: true, step: "Dibatalkan", since: "2026-11-09", due: null, final: true });
    expect(statusLines(finished)).toContain("Status: SELESAI — permohonan Anda telah selesai diproses.");
    expect(statusLines(finished)[1]).toBe("Tahap saat ini: Dibatalkan (selesai)");
  });

  it("answers a case of another register with its own service and step", () => {
    const wb = makeOffice();
    append(wb, "Pengaduan", [{ "ID Pengaduan": "ADU-2026-00001", Status: "Diterima" }]);
    runAs(wb, clockAt("2026-11-23"), ACTOR.Petugas);
    reconcileStatusTokens(depsOf(wb, "2026-11-23"));
    const token = String(caseOf(wb, "Pengaduan", "ADU-2026-00001")[STATUS_TOKEN_COLUMN]);
    const answer = lookUpStatus(wb, token);
    expect(answer).toMatchObject({ found: true, service: "Pengelolaan Pengaduan", step: "Diterima", since: "2026-11-23", final: false });
    expect(answer.found && answer.due).toBe(String((caseOf(wb, "Pengaduan", "ADU-2026-00001")["Tenggat Layanan"] as { date: string }).date));
  });

  it("says a service without a promise has no due date", () => {
    const wb = makeOffice();
    append(wb, "Surat Masuk", [{ "ID Surat Masuk": "SM-2026-00001", Status: "Diterima" }]);
    runAs(wb, clockAt("2026-11-23"), ACTOR.Petugas);
    reconcileStatusTokens(depsOf(wb, "2026-11-23"));
    const answer = lookUpStatus(wb, String(caseOf(wb, "Surat Masuk", "SM-2026-00001")[STATUS_TOKEN_COLUMN]));
    expect(answer).toMatchObject({ found: true, service: "Surat Masuk BNSP", step: "Diterima", due: null, countsFrom: null });
    expect(statusLines(answer).at(-1)).toBe("Tenggat janji layanan: tidak ditetapkan untuk layanan ini.");
  });

  it("answers a wrong, malformed or unknown token exactly like an unknown one, shows nothing personal, and writes nothing", () => {
    const wb = makeOffice([makeApplication()]);
    runAs(wb, clockAt("2026-11-02"), ACTOR.Petugas);
    reconcileStatusTokens(depsOf(wb, "2026-11-02"));
    wb.takeChanges();
    const token = tokenOf(wb, "PRM-2026-00001");
    const office = { unitName: "LSP BPSDM Provinsi DKI Jakarta" };
    const unknown = statusPage(lookUpStatus(wb, statusTokenOf(randomUUID())), office);
    const flipped = token.slice(0, -1) + (token.endsWith("0") ? "1" : "0");
    for (const input of [flipped, "", "PRM-2026-00001", "<script>alert(1)</script>", "Rina Kartika", "3174015502900002", token + "0", "x".repeat(5000)]) {
      expect(statusPage(lookUpStatus(wb, input), office)).toBe(unknown);
    }
    expect(unknown).toContain("Tautan status tidak dikenali");
    const valid = statusPage(lookUpStatus(wb, token), office);
    expect(valid).toContain("Tahap saat ini: Diterima");
    for (const personal of ["Rina", "199002152015032002", "3174015502900002", "PRM-2026", "rina@contoh", "081234567890", "Pemerintah Provinsi", token]) {
      expect(valid).not.toContain(personal);
    }
    expect(wb.takeChanges()).toEqual([]);
  });
});
