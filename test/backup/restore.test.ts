// Restore: preview by ID, confirmation, one tab or chosen cases only, chunked writes, and
// recovery from the accidents the registers meet (a wrong sort, a bad paste, a deleted tab).
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { restore } from "../../sync/backup/commands/restore";
import { startFakeSheets, type FakeSheetsServer } from "./fake-sheets/server";
import { permohonanRows, riwayatRows, skemaRows } from "./fixtures";
import { FAKE_ID, options, tempDir, testContext } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };
let snapshot: string;
let original: Record<string, unknown[][]>;
const TABS = ["Permohonan", "Riwayat", "Skema"];

beforeEach(async () => {
  server = await startFakeSheets();
  dir = await tempDir();
  server.add(FAKE_ID, "Register Uji", [
    { title: "Permohonan", rows: permohonanRows(30) },
    { title: "Riwayat", rows: riwayatRows(40) },
    { title: "Skema", rows: skemaRows() },
  ]);
  await backup([`sheets:${FAKE_ID}`, dir.path], options(), testContext(server).ctx);
  snapshot = join(dir.path, (await readdir(dir.path))[0]!);
  original = Object.fromEntries(TABS.map((t) => [t, server.grid(FAKE_ID, t)]));
  server.requests.length = 0;
});
afterEach(async () => {
  await server.close();
  await dir.cleanup();
});

/** Staff damage: a sort of Permohonan by name descending, and an edit in Riwayat. */
function damage(): void {
  const book = server.book(FAKE_ID);
  const permohonan = book.sheets.find((s) => s.title === "Permohonan")!;
  const [header, ...rows] = permohonan.cells;
  rows.reverse();
  permohonan.cells = [header!, ...rows];
  const riwayat = book.sheets.find((s) => s.title === "Riwayat")!;
  riwayat.cells[3]![3] = "Ditempel salah";
}

const postedRanges = (): string[] => server.requests.filter((r) => r.method === "POST").map((r) => r.url);

describe("restore", () => {
  it("restores one tab and leaves the others exactly as they are", async () => {
    damage();
    const riwayatAfterDamage = server.grid(FAKE_ID, "Riwayat");
    const t = testContext(server);
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options({ yes: true, tabs: ["Permohonan"] }), t.ctx)).toBe(0);
    expect(server.grid(FAKE_ID, "Permohonan")).toEqual(original["Permohonan"]);
    expect(server.grid(FAKE_ID, "Riwayat")).toEqual(riwayatAfterDamage);
    expect(server.grid(FAKE_ID, "Skema")).toEqual(original["Skema"]);
    // Only the chosen tab was read from the target, and every write named only that tab.
    const ranges = server.requests.filter((r) => r.op !== "get").flatMap((r) => r.ranges);
    expect(server.count("valuesBatchUpdate")).toBeGreaterThan(0);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range.startsWith("'Permohonan'!")).toBe(true);
  });

  it("previews by ID, asks, and writes nothing when the answer is no", async () => {
    damage();
    const t = testContext(server);
    t.answer = false;
    await expect(restore([snapshot, `sheets:${FAKE_ID}`], options(), t.ctx)).rejects.toMatchObject({ code: "CANCELLED" });
    expect(t.questions).toHaveLength(1);
    expect(postedRanges()).toEqual([]);
    const preview = t.out.join("\n");
    expect(preview).toContain('Tab "Permohonan": isi baris sama');
    expect(preview).toContain("urutan baris berbeda");
    expect(preview).toContain('Tab "Riwayat": 1 baris diubah');
    expect(preview).toContain("R-00003 (Dari)");
    expect(preview).toContain('Tab "Skema": sama');
    // No personal data in the preview: IDs and column names only.
    expect(preview).not.toMatch(/3171\d{12}|Peserta Uji/);
  });

  it("writes only the rows that differ and, after yes, gives back the snapshot exactly", async () => {
    const book = server.book(FAKE_ID);
    book.sheets.find((s) => s.title === "Riwayat")!.cells[3]![3] = "Ditempel salah";
    const t = testContext(server);
    t.answer = true;
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options(), t.ctx)).toBe(0);
    for (const tab of TABS) expect(server.grid(FAKE_ID, tab)).toEqual(original[tab]);
    const writes = server.requests.filter((r) => r.op === "valuesBatchUpdate");
    expect(writes).toHaveLength(1);
    expect(writes[0]!.ranges).toEqual(["'Riwayat'!A4:I4"]);
    expect(t.out.join("\n")).toContain("Riwayat: nilai baris 4");
  });

  it("brings back a deleted tab and rows cut from the end, and empties pasted extra rows", async () => {
    const book = server.book(FAKE_ID);
    book.sheets = book.sheets.filter((s) => s.title !== "Skema");
    const riwayat = book.sheets.find((s) => s.title === "Riwayat")!;
    riwayat.cells.length = 20;
    const permohonan = book.sheets.find((s) => s.title === "Permohonan")!;
    permohonan.cells.push(["sisa tempelan"], ["sisa tempelan 2"]);
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options({ yes: true }), testContext(server).ctx)).toBe(0);
    for (const tab of TABS) expect(server.grid(FAKE_ID, tab)).toEqual(original[tab]);
  });

  it("restores chosen case IDs in every tab that records them, touching nothing else", async () => {
    const book = server.book(FAKE_ID);
    const permohonan = book.sheets.find((s) => s.title === "Permohonan")!;
    // A bad paste over cases 5 and 6; case 7 is deleted; case 9 has a legitimate new edit.
    permohonan.cells[5]![12] = "Salah";
    permohonan.cells[6]![2] = "Nama tertimpa";
    permohonan.cells.splice(7, 1);
    permohonan.cells[8]![15] = "Terjadwal";
    const riwayat = book.sheets.find((s) => s.title === "Riwayat")!;
    riwayat.cells.splice(5, 1); // R-00005 belongs to case P-2026-0005
    const t = testContext(server);
    const ids = ["P-2026-0005", "P-2026-0006", "P-2026-0007"];
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options({ yes: true, ids }), t.ctx)).toBe(0);
    const preview = t.out.join("\n");
    expect(preview).toContain('Tab "Permohonan": 2 baris diubah (P-2026-0005, P-2026-0006), 1 baris ditambahkan (P-2026-0007)');
    expect(preview).toContain('Tab "Riwayat": 1 baris ditambahkan (R-00005)');
    const now = server.grid(FAKE_ID, "Permohonan");
    const byId = (rows: unknown[][], id: string) => rows.find((r) => r[0] === id);
    for (const id of ["P-2026-0005", "P-2026-0006"]) expect(byId(now, id)).toEqual(byId(original["Permohonan"]!, id));
    expect(byId(now, "P-2026-0007")!.slice(0, 26)).toEqual(byId(original["Permohonan"]!, "P-2026-0007")!.slice(0, 26));
    expect(byId(now, "P-2026-0009")![15]).toBe("Terjadwal"); // untouched
    expect(now).toHaveLength(31);
    expect(byId(server.grid(FAKE_ID, "Riwayat"), "R-00005")).toEqual(byId(original["Riwayat"]!, "R-00005"));
    expect(server.grid(FAKE_ID, "Skema")).toEqual(original["Skema"]);
    // The appended case keeps its formula as a formula, pointing at its own new row.
    expect(server.isFormula(FAKE_ID, "Permohonan", 30, 26)).toBe(true);
    expect(now[30]![26]).toBe("=M31*2");
    expect(server.grid(FAKE_ID, "Permohonan", "UNFORMATTED_VALUE")[30]![26]).toBe(2 * Number(now[30]![12]));
  });

  it("splits writes so that no request exceeds the payload limit", async () => {
    server.book(FAKE_ID).sheets = [{ ...server.book(FAKE_ID).sheets[0]!, title: "Lain" }];
    const t = testContext(server, { sheets: { maxBytesPerWrite: 2_000 } });
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options({ yes: true }), t.ctx)).toBe(0);
    const writes = server.requests.filter((r) => r.op === "valuesBatchUpdate");
    expect(writes.length).toBeGreaterThan(5);
    // Payload limit plus the request envelope (range names, option fields).
    for (const w of writes) expect(w.bodyBytes).toBeLessThan(2_000 + 600);
    for (const tab of TABS) expect(server.grid(FAKE_ID, tab)).toEqual(original[tab]);
  });

  it("says so and writes nothing when the target already equals the snapshot", async () => {
    const t = testContext(server);
    expect(await restore([snapshot, `sheets:${FAKE_ID}`], options(), t.ctx)).toBe(0);
    expect(t.questions).toEqual([]);
    expect(t.out.at(-1)).toContain("tidak ada yang ditulis");
    expect(postedRanges()).toEqual([]);
  });

  it("refuses a snapshot folder as the target", async () => {
    await expect(restore([`sheets:${FAKE_ID}`, dir.path], options({ yes: true }), testContext(server).ctx)).rejects.toMatchObject({ code: "BAD_ARGS" });
  });
});
