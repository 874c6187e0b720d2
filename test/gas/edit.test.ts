// The edit trigger: legal and illegal status edits, unknown users, pastes over several rows, and a
// call count that does not depend on how many cases the register holds.
import { describe, expect, it } from "vitest";
import { STAFF, addApplications, application, caseRow, expectOk, newOffice, put, rowOf } from "./office";

async function officeWithCases(count: number) {
  const rt = await newOffice();
  addApplications(rt, Array.from({ length: count }, (_, i) => application(i)));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

function setStatus(rt: Awaited<ReturnType<typeof officeWithCases>>, user: string, id: string, status: string) {
  const results = rt.edit(user, "Permohonan", rowOf(rt, id), rt.column("Permohonan", "Status"), [[status]]);
  for (const r of results) expectOk(r, "handleEdit");
  return results;
}

function audit(rt: Awaited<ReturnType<typeof officeWithCases>>, id: string) {
  return rt.table("Riwayat").filter((r) => r["ID Permohonan"] === id);
}

describe("a status edit by a member of staff", () => {
  it("applies a move the role may make and records who made it", async () => {
    const rt = await officeWithCases(3);
    expect(caseRow(rt, "PRM-2026-00002")["Status Tercatat"]).toBe("Diterima");
    setStatus(rt, STAFF.petugas, "PRM-2026-00002", "Verifikasi");
    const row = caseRow(rt, "PRM-2026-00002");
    expect(row["Status"]).toBe("Verifikasi");
    expect(row["Status Tercatat"]).toBe("Verifikasi");
    expect(row["Mulai Layanan"]).toBe("2026-03-02");
    expect(audit(rt, "PRM-2026-00002").at(-1)).toMatchObject({ Dari: "Diterima", Ke: "Verifikasi", Oleh: STAFF.petugas, Hasil: "Diterapkan" });
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Diterima");
  });

  it("puts back a move the role may not make, logs it and explains it in a toast", async () => {
    const rt = await officeWithCases(3);
    setStatus(rt, STAFF.kepala, "PRM-2026-00001", "Verifikasi");
    const row = caseRow(rt, "PRM-2026-00001");
    expect(row["Status"]).toBe("Diterima");
    expect(row["Status Tercatat"]).toBe("Diterima");
    expect(String(row["Pesan Langkah"])).not.toBe("");
    expect(audit(rt, "PRM-2026-00001").at(-1)).toMatchObject({ Dari: "Diterima", Ke: "Verifikasi", Oleh: STAFF.kepala, Hasil: "Ditolak" });
    expect(rt.store.toasts.at(-1)!.message).toMatch(/dikembalikan/);
    expect(rt.store.toasts.at(-1)!.message).toContain(String(row["Pesan Langkah"]));
  });
});

describe("when Apps Script cannot tell who edited", () => {
  it("follows the office's setting: refuse by default, or treat as the configured role", async () => {
    const rt = await officeWithCases(2);
    setStatus(rt, "relawan@gmail.com", "PRM-2026-00001", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Diterima");
    expect(audit(rt, "PRM-2026-00001").at(-1)).toMatchObject({ Oleh: "tidak dikenal", Hasil: "Ditolak" });

    const settings = rt.table("Pengaturan");
    const row = settings.findIndex((r) => r["Kunci"] === "Peran Pengguna Tak Dikenal") + 2;
    put(rt, "Pengaturan", row, rt.column("Pengaturan", "Nilai"), [["Petugas"]]);
    setStatus(rt, "relawan@gmail.com", "PRM-2026-00001", "Verifikasi");
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Verifikasi");
  });
});

describe("while another check holds the lock", () => {
  it("defers the edit and applies it later in the editor's name", async () => {
    const rt = await officeWithCases(2);
    rt.store.lockHolder = 999;
    setStatus(rt, STAFF.petugas, "PRM-2026-00001", "Verifikasi");
    expect(rt.store.toasts.at(-1)!.message).toMatch(/diperiksa otomatis/);
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Diterima");
    rt.store.lockHolder = null;
    for (const run of rt.runDueOneOffTriggers(3 * 60_000)) expectOk(run, "retryDeferredEdits");
    expect(caseRow(rt, "PRM-2026-00001")["Status Tercatat"]).toBe("Verifikasi");
    expect(audit(rt, "PRM-2026-00001").at(-1)).toMatchObject({ Oleh: STAFF.petugas, Hasil: "Diterapkan" });
  });
});

describe("a paste over several rows", () => {
  it("checks every pasted row, moving each case and giving new rows an ID", async () => {
    const rt = await officeWithCases(5);
    const statusColumn = rt.column("Permohonan", "Status");
    const [run] = rt.edit(STAFF.petugas, "Permohonan", 3, statusColumn, [["Verifikasi"], ["Verifikasi"], ["Verifikasi"]]);
    expectOk(run!, "paste");
    const rows = rt.table("Permohonan");
    expect(rows.slice(1, 4).map((r) => r["Status Tercatat"])).toEqual(["Verifikasi", "Verifikasi", "Verifikasi"]);
    expect([rows[0]!["Status Tercatat"], rows[4]!["Status Tercatat"]]).toEqual(["Diterima", "Diterima"]);

    // Staff paste a new application (their columns only: the engine's are protected).
    const fresh = application(9, { "ID Permohonan": "" });
    const headers = Object.keys(rows[0]!);
    const staffHeaders = headers.slice(0, headers.indexOf("Catatan Petugas") + 1);
    const [added] = rt.edit(STAFF.petugas, "Permohonan", 7, 1, [staffHeaders.map((h) => fresh[h] ?? "")]);
    expectOk(added!, "new row");
    expect(rt.table("Permohonan")[5]!["ID Permohonan"]).toMatch(/^PRM-2026-\d{5}$/);
  });
});

describe("the cost of an edit", () => {
  it("makes the same number of service calls whatever the number of cases", async () => {
    // The move makes a Tanda Terima and the scheme information: their Docs (conversion, A4, the
    // daily count) and, for the office's first letters, their folders. Counted apart from the sheet work.
    const documentCalls = (calls: { matching(prefix: string): number }) =>
      ["Drive.", "DocumentApp.", "Document.", "Body.", "Utilities.", "Properties"].reduce((n, p) => n + calls.matching(p), 0);
    const counts: number[] = [];
    const documents: number[] = [];
    for (const size of [10, 400]) {
      const rt = await officeWithCases(size);
      const [run] = setStatus(rt, STAFF.petugas, "PRM-2026-00005", "Verifikasi");
      counts.push(run!.calls.total);
      documents.push(documentCalls(run!.calls));
      if (size === 10) console.log(run!.calls.summary());
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]! - documents[0]!).toBeLessThan(100);
    expect(documents[0]).toBeLessThan(2 * 20);
  });

  it("reads only the edited rows (and the ID column) of a large register, not the whole tab", async () => {
    const rt = await officeWithCases(2_000);
    const width = rt.table("Permohonan").length > 0 ? Object.keys(rt.table("Permohonan")[0]!).length : 0;
    const before = rt.store.cells.read;
    setStatus(rt, STAFF.petugas, "PRM-2026-01500", "Verifikasi");
    const read = rt.store.cells.read - before;
    expect(caseRow(rt, "PRM-2026-01500")["Status Tercatat"]).toBe("Verifikasi");
    expect(read).toBeLessThan(2_000 * width / 4); // a full read of Permohonan alone is 2,000 × width cells
    expect(read).toBeGreaterThan(2_000); // the ID column is read whole, to give new rows unique IDs
  });

  it("does almost nothing for edits outside Permohonan", async () => {
    const rt = await officeWithCases(1);
    const [run] = rt.edit(STAFF.petugas, "TUK", 2, 4, [["Jl. Baru 2"]]);
    expect(run!.calls.total).toBeLessThan(5);
  });
});
