import { it } from "vitest";
import { STAFF, addApplications, application, expectOk, newOffice, put, rowOf } from "./office";
it("trace with a large Surat and Hasil Asesmen", async () => {
  const rt = await newOffice();
  const size = 1000, middle = 500;
  const withNote = new Set([middle + 2, middle + 3, middle + 4]);
  addApplications(rt, Array.from({ length: size }, (_, i) => application(i, i % 10 === 0 ? { Email: "salah" } : withNote.has(i) ? { "Catatan Petugas": "Berkas perlu dilengkapi" } : {})));
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  for (const tab of ["Surat", "Hasil Asesmen"]) {
    const sheet = rt.sheet(tab);
    const width = sheet.getLastColumn();
    const headers = Array.from({ length: width }, (_, c) => String(sheet._plain(1, c + 1)));
    const idCol = headers.indexOf("ID Permohonan");
    const keyCol = 0;
    const rows = Array.from({ length: 2000 }, (_, i) => headers.map((h, c) => c === idCol ? `PRM-2025-${String(i).padStart(5, "0")}` : c === keyCol ? `X-${tab.slice(0,3)}-${i}` : ""));
    put(rt, tab, sheet.getLastRow() + 1, 1, rows);
    console.log(tab, headers.join("|"), sheet.getLastRow());
  }
  rt.store.clock += 24 * 3_600_000;
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  const idAt = (index: number) => `PRM-2026-${String(index + 1).padStart(5, "0")}`;
  const set = (i: string, s: string) => { const [run] = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, i), rt.column("Permohonan", "Status"), [[s]]); expectOk(run!, "edit"); return run!; };
  set(idAt(middle + 1), "Verifikasi");
  const run = set(idAt(middle + 2), "Dibatalkan");
  console.log(run.calls.total + "\n" + run.calls.sequence.join("\n"));
});
