import { describe, expect, it } from "vitest";
import { replayHistory, type HistoryEvent } from "../../../apps-script/core/engine/history";
import { loadConfig } from "../../../apps-script/core/engine/config";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { RIWAYAT } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { caseCells, check, clockAt, dateOf, makeApplication, makeOffice, staffEdit } from "../../factories";

const ID = "PRM-2026-00001";
const d = (text: string) => text as LocalDate;
const event = (id: number, date: string, from: string, to: string, minute = 600): HistoryEvent => ({
  eventId: `RWY-${date.replace(/-/g, "")}-X-${String(id).padStart(4, "0")}`, date: d(date), minuteOfDay: minute, from, to,
});

function shipped() {
  const config = loadConfig(makeOffice());
  return { workflow: config.workflows.get("SERTIFIKASI_PNS")!, calendar: config.calendar };
}

describe("replaying a complete history", () => {
  it("takes the state, the day counting starts and the clocks from the moves alone", () => {
    const { workflow, calendar } = shipped();
    const state = replayHistory([
      event(1, "2026-11-02", "", "Diterima"),
      event(2, "2026-11-03", "Diterima", "Dikembalikan"),
      event(3, "2026-11-09", "Dikembalikan", "Diterima"),
      event(4, "2026-11-10", "Diterima", "Verifikasi", 15 * 60 + 5), // after the cut-off: counts from the 11th
    ], workflow, calendar, 15 * 60);
    expect(state).toEqual({ status: "Verifikasi", enteredOn: "2026-11-11", serviceStart: "2026-11-11", pausedDays: 4, pausedSince: null });
  });

  it("orders events by their ID, whatever order the tab was sorted in", () => {
    const { workflow, calendar } = shipped();
    const events = [event(2, "2026-11-04", "Diterima", "Verifikasi"), event(1, "2026-11-02", "", "Diterima")].sort((a, b) => (a.eventId < b.eventId ? -1 : 1));
    expect(replayHistory(events, workflow, calendar, 900)?.status).toBe("Verifikasi");
  });

  it("leaves the first state's day to Tanggal Permohonan: no move settled it", () => {
    const { workflow, calendar } = shipped();
    expect(replayHistory([event(1, "2026-11-02", "", "Diterima")], workflow, calendar, 900)).toEqual({ status: "Diterima", serviceStart: null, pausedDays: 0, pausedSince: null });
  });
});

describe("replaying a history that starts mid-way (an adopted case)", () => {
  it("settles the state and its day but not the clocks", () => {
    const { workflow, calendar } = shipped();
    const state = replayHistory([event(1, "2026-11-02", "", "Perencanaan"), event(2, "2026-11-05", "Perencanaan", "Uji Kompetensi")], workflow, calendar, 900);
    expect(state).toEqual({ status: "Uji Kompetensi", enteredOn: "2026-11-05" });
  });
});

describe("with an overdue case whose engine columns staff type over", () => {
  function overdueInVerification(): MemoryWorkbook {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), "petugas@contoh.go.id");
    wb.takeChanges();
    return wb;
  }

  it("Selesai typed into Status Tercatat is put back from Riwayat with a message; the deadline and the flag stay", () => {
    const wb = overdueInVerification();
    check(wb, clockAt("2026-11-25"));
    const before = caseCells(wb, ID);
    expect(before.Penanda).toBe("Terlambat");
    staffEdit(wb, ID, { "Status Tercatat": "Selesai", Status: "Selesai" });
    const summary = check(wb, clockAt("2026-11-25", "11:00"));
    const after = caseCells(wb, ID);
    expect(after["Status Tercatat"]).toBe("Verifikasi");
    expect(after.Status).toBe("Verifikasi"); // the jump Verifikasi → Selesai is not a legal move
    expect(after.Penanda).toBe("Terlambat");
    expect(dateOf(after["Tenggat Langkah"])).toBe(dateOf(before["Tenggat Langkah"]));
    expect(String(after["Pesan Langkah"])).toMatch(/Riwayat/);
    expect(summary.movesApplied).toBe(0);
    const audit = wb.readTable(RIWAYAT.name)!;
    const last = Object.fromEntries(audit.headers.map((h, i) => [h, audit.rows.at(-2)![i]]));
    expect(last).toMatchObject({ "ID Permohonan": ID, Hasil: "Ditolak", Ke: "Selesai" });
  });

  it("a typed-over date is put back too, and a cleared one refilled", () => {
    const wb = overdueInVerification();
    staffEdit(wb, ID, { "Mulai Layanan": null, "Status Sejak": { kind: "date", date: d("2026-11-20") } });
    check(wb, clockAt("2026-11-05"));
    const after = caseCells(wb, ID);
    expect(dateOf(after["Mulai Layanan"])).toBe("2026-11-04");
    expect(dateOf(after["Status Sejak"])).toBe("2026-11-04");
    expect(String(after["Pesan Langkah"])).toMatch(/Status Sejak "2026-11-20" → "2026-11-04"/);
  });

  it("once put back, the next run writes nothing", () => {
    const wb = overdueInVerification();
    staffEdit(wb, ID, { "Status Tercatat": "Selesai" });
    check(wb, clockAt("2026-11-05"));
    wb.takeChanges();
    expect(check(wb, clockAt("2026-11-05")).cellsWritten).toBe(0);
  });
});

describe("with a case that has cells but no history (made before the audit trail)", () => {
  it("is adopted once from its cells, on record, and not moved back to the start", () => {
    const wb = makeOffice([makeApplication({ Status: "Perencanaan", "Status Tercatat": "Perencanaan", "Status Sejak": "2026-11-20", "Mulai Layanan": "2026-11-10" })]);
    check(wb, clockAt("2026-11-23"));
    const c = caseCells(wb, ID);
    expect(c["Status Tercatat"]).toBe("Perencanaan");
    expect(dateOf(c["Mulai Layanan"])).toBe("2026-11-10");
    const audit = wb.readTable(RIWAYAT.name)!;
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]![audit.headers.indexOf("Keterangan")]).toMatch(/belum ada Riwayat/);
    wb.takeChanges();
    expect(check(wb, clockAt("2026-11-23")).cellsWritten).toBe(0);
  });
});
