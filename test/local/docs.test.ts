// README.md and docs/LAYANAN.md tell the truth: the README's sample summary is what the first run
// prints, every shipped service is described with its states, SLAs, guards and letters, and the
// worked example of a service added by rows runs as written.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCheck } from "../../apps-script/core/engine/run-check";
import { ensureCaseRegisters } from "../../apps-script/core/engine/setup";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { ALUR, ALUR_TRANSISI, caseEngineColumns, DOKUMEN_KASUS, JENIS_DOKUMEN, KOLOM_KASUS, LAYANAN, STATUS_TOKEN_COLUMN } from "../../apps-script/core/registers/catalog";
import { recordToCells } from "../../apps-script/core/registers/records";
import type { RegisterDef } from "../../apps-script/core/registers/schema";
import { serviceMoveRows, serviceRows, serviceStateRows, SHIPPED_SERVICES } from "../../apps-script/core/seed/services";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { processAMoveRows, processAStateRows } from "../../apps-script/core/workflow/process-a";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main } from "../../sync/local/main";
import { fixedClock } from "../../sync/local/node-ports";
import { sampleTables } from "../../sync/local/sample-workbook";

vi.setConfig({ testTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const LAYANAN_DOC = readFileSync(join(ROOT, "docs/LAYANAN.md"), "utf8");
/** The instant the README's sample summary was printed at. */
const README_NOW = "2026-11-20T03:00:00Z";

/** The text under a heading (up to the next heading of the same or a higher level). */
function section(text: string, heading: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, "").startsWith(heading));
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** The first Markdown table in `text`, as header-keyed rows of trimmed cells. */
function table(text: string): Record<string, string>[] {
  const all = text.split("\n");
  const first = all.findIndex((l) => l.startsWith("|"));
  const after = all.findIndex((l, i) => i > first && !l.startsWith("|"));
  const lines = all.slice(first, after < 0 ? undefined : after);
  const cells = (line: string) => line.slice(1, line.lastIndexOf("|")).split("|").map((c) => c.trim());
  const [head, , ...body] = lines;
  const headers = cells(head!);
  return body.map((line) => Object.fromEntries(cells(line).map((c, i) => [headers[i]!, c])));
}

describe("the README's sample summary", () => {
  it("is what the first `npm start` prints at the instant it names", async () => {
    const block = /mencetak\s+ringkasan[^\n]*\n\n```\n([\s\S]*?)\n```/.exec(README)?.[1];
    expect(block).toBeDefined();
    expect(README).toContain(`SERTIFIKASI_SEKARANG=${README_NOW}`);
    const path = join(mkdtempSync(join(tmpdir(), "readme-")), "sertifikasi.xlsx");
    const out: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: () => {}, interactive: false, ask: async () => "" };
    expect(await runCommand(main, ["--berkas", path, "--buat"], { SERTIFIKASI_SEKARANG: README_NOW }, io, "")).toBe(0);
    const printed = out.join("\n");
    const shown = block!.split("\n").filter((l) => l !== "..." && l !== "…");
    // The README shows the first lines of the summary after the header lines, as printed.
    const start = printed.split("\n").indexOf(shown[0]!);
    expect(start, printed).toBeGreaterThan(0);
    // The count of cells written follows every engine column: shown, but not held to the digit.
    const cellsCount = (l: string) => l.replace(/Sel diperbarui: \d+/, "Sel diperbarui: N");
    expect(printed.split("\n").slice(start, start + shown.length).map(cellsCount)).toEqual(shown.map(cellsCount));
  });

  it("links the services' page and keeps the two-command quick start", () => {
    expect(README).toContain("](docs/LAYANAN.md)");
    expect(README).toContain("```bash\nnpm install && npm start\n```");
  });
});

/** The section of docs/LAYANAN.md describing each shipped workflow. */
const SECTION_OF: Record<string, string> = {
  SERTIFIKASI_PNS: "Sertifikasi Kompetensi bagi PNS",
  SURAT_MASUK: "Surat Masuk BNSP",
  SURAT_KELUAR_SEKRETARIAT: "Surat Keluar dari Sekretariat",
  SURAT_KELUAR_ANGGOTA: "Surat Keluar dari Sekretariat",
  PENGADUAN: "Pengaduan",
  BANDING: "Banding",
  RCC_ASESOR: "RCC Asesor Kompetensi (seed 003, lampiran IV)",
  PESERTA_RCC: "RCC Asesor Kompetensi (seed 003, lampiran IV)",
  PELATIHAN_ASESOR: "Pelatihan dan Asesmen Asesor Kompetensi (seed 003, lampiran V)",
  LISENSI_LSP: "Lisensi LSP (seed 003, lampiran VI)",
  PENILAIAN_KOMPETENSI: "Penilaian Kompetensi (LAN)",
  PESERTA_PENILAIAN: "Penilaian Kompetensi (LAN)",
};

describe("docs/LAYANAN.md on the shipped services", () => {
  const listed = table(section(LAYANAN_DOC, "Layanan bawaan"));

  it.each(serviceRows().map((r) => [String(r["Kode Alur"]), r] as const))("%s: its Layanan row as shipped", (code, row) => {
    const line = listed.find((l) => l["Kode Alur"] === `\`${code}\``);
    expect(line, code).toBeDefined();
    expect(line!.Layanan).toBe(row["Nama Layanan"]);
    expect(line!["Register Kasus"]).toBe(row["Register Kasus"]);
    if (row["Prefiks ID"] !== "") expect(line!["Prefiks ID"]).toBe(`\`${row["Prefiks ID"]}\``);
    expect(line!["SLA Layanan"]).toBe(row["SLA Layanan"] === "" ? "–" : `${row["SLA Layanan"]} hari kerja`);
    expect(line!["Jam Batas"]).toBe(row["Jam Batas"] === "" ? "Pengaturan" : row["Jam Batas"]);
    expect(SECTION_OF[code], code).toBeDefined();
  });

  it("lists every shipped service", () => {
    expect(listed.map((l) => l["Kode Alur"]!.replace(/`/g, ""))).toEqual(SHIPPED_SERVICES.map((s) => s.code));
  });

  type Cells = Record<string, string | number>;
  const states: Cells[] = [...processAStateRows().map((r) => ({ ...r, "Kode Alur": "SERTIFIKASI_PNS" })), ...serviceStateRows()];
  it.each(states.map((s) => [`${s["Kode Alur"]} ${s.Status}`, s] as const))("%s: its state with its SLA", (_name, state) => {
    const rows = table(section(LAYANAN_DOC, SECTION_OF[String(state["Kode Alur"])]!));
    const row = rows.find((r) => r.Status === state.Status);
    expect(row, `${state.Status} in ${SECTION_OF[String(state["Kode Alur"])]}`).toBeDefined();
    const sla = state["SLA (hari kerja)"];
    const expected = state["Status Akhir"] === "Ya" ? "akhir" : state["Jam Berhenti"] === "Ya" ? "jam berhenti" : sla === "" ? "–" : `${sla}`;
    expect(row!.SLA!.replace(/ \(TS\)$/, "")).toBe(expected);
  });

  const moves: Cells[] = [...processAMoveRows().map((r) => ({ ...r, "Kode Alur": "SERTIFIKASI_PNS" })), ...serviceMoveRows()];
  it.each(moves.map((m) => [`${m["Kode Alur"]} ${m.Dari} → ${m.Ke}`, m] as const))("%s: its guards and letters named at its target state", (_name, move) => {
    const rows = table(section(LAYANAN_DOC, SECTION_OF[String(move["Kode Alur"])]!));
    const target = rows.find((r) => r.Status === move.Ke)!;
    const names = [String(move.Syarat), String(move.Surat)].flatMap((list) => list.split(/,\s*(?![^(]*\))/)).map((n) => n.trim()).filter((n) => n !== "");
    for (const name of names) expect(target["Syarat dan surat"], `${name} at ${move.Ke}`).toContain(name);
  });
});

describe("docs/LAYANAN.md's worked example of a service added by rows", () => {
  const example = section(LAYANAN_DOC, "Contoh: Legalisasi Salinan Sertifikat");
  const rowsOf = (heading: string) => table(section(example, heading));
  const REGISTER = "Legalisasi";
  const ID = "LGL-2026-00001";
  const workbook = new MemoryWorkbook(sampleTables(fixedClock(README_NOW)));
  let minute = 10 * 60;
  /** One run as the sample office's Admin, a minute after the last. */
  const run = (day = "2026-11-20") => {
    minute += 1;
    const at = new Date(`${day}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00+07:00`);
    return runCheck({ workbook, clock: fixedClock(at.toISOString()), lock: { runExclusive: (f) => f() }, actor: { email: "admin@contoh.go.id" } });
  };
  const caseRow = (): Record<string, CellValue> => {
    const raw = workbook.readTable(REGISTER)!;
    const row = raw.rows.find((r) => r[raw.headers.indexOf(`ID ${REGISTER}`)] === ID)!;
    return Object.fromEntries(raw.headers.map((h, i) => [h, row[i] ?? null]));
  };
  const edit = (values: Record<string, CellValue>) => {
    const rowHint = workbook.readTable(REGISTER)!.rows.findIndex((r) => r[0] === ID);
    workbook.applyChanges([{ table: REGISTER, patches: [{ id: ID, rowHint, values }], appends: [] }]);
  };
  const day = (value: CellValue | undefined) => (value && typeof value === "object" ? value.date : value);

  it("takes its rows as written, gets its tab with the headers step 6 lists, and runs it", () => {
    const registers: [RegisterDef, string][] = [[LAYANAN, "Layanan"], [KOLOM_KASUS, "Kolom Kasus"], [ALUR, "Alur"], [ALUR_TRANSISI, "Alur Transisi"], [JENIS_DOKUMEN, "Jenis Dokumen"]];
    workbook.applyChanges(registers.map(([def, heading]) => ({ table: def.name, patches: [], appends: rowsOf(heading).map((r) => recordToCells(def, r)) })));
    expect(ensureCaseRegisters(workbook)).toEqual([REGISTER]);
    const headers = workbook.readTable(REGISTER)!.headers;
    const step6 = section(LAYANAN_DOC, "Menambah layanan sendiri").split("\n6. ")[1]!.split("\n\n")[0]!.replace(/\s+/g, " ");
    for (const header of ["ID <Register>", "Status", "Catatan Petugas", ...caseEngineColumns().map((c) => c.header)]) expect(step6, header).toContain(`\`${header}\``);
    expect(step6, STATUS_TOKEN_COLUMN).toContain(`\`${STATUS_TOKEN_COLUMN}\``);
    expect(headers).toEqual([`ID ${REGISTER}`, ...rowsOf("Kolom Kasus").map((r) => r.Kolom), "Status", "Catatan Petugas", ...caseEngineColumns().map((c) => c.header), STATUS_TOKEN_COLUMN]);

    // Received Thursday after 15:00: it counts from Friday 20 November; 3 working days → Wednesday 25.
    workbook.applyChanges([{ table: REGISTER, patches: [], appends: [{
      "Waktu Diterima": dateCell("2026-11-19" as LocalDate, 15 * 60 + 30), "Nama Pemohon": "Rina Kartika, S.Sos.", "ID Permohonan": "PRM-2026-00001",
      "Jumlah Salinan": 2, "Cara Pengambilan": "Diambil Langsung",
    }] }]);
    const first = run();
    expect(first.configErrors).toEqual([]);
    expect(first.casesByService).toContainEqual({ code: "LEGALISASI", name: "Legalisasi Salinan Sertifikat", register: REGISTER, casesByStatus: { Diajukan: 1 } });
    expect(caseRow()).toMatchObject({ "Status Tercatat": "Diajukan", "Catatan Validasi": null });
    expect([day(caseRow()["Mulai Layanan"]), day(caseRow()["Tenggat Layanan"])]).toEqual(["2026-11-20", "2026-11-25"]);

    edit({ Status: "Diproses" });
    expect(run().movesApplied).toBe(1);
    edit({ Status: "Diserahkan" });
    run();
    expect(caseRow()).toMatchObject({ "Status Tercatat": "Diproses", "Pesan Langkah": expect.stringContaining("Tanggal Diserahkan") });
    edit({ Status: "Diserahkan", "Tanggal Diserahkan": dateCell("2026-11-20" as LocalDate) });
    run();
    expect(caseRow()).toMatchObject({ "Status Tercatat": "Diproses", "Pesan Langkah": expect.stringContaining("SALINAN") });
    workbook.applyChanges([{ table: DOKUMEN_KASUS.name, patches: [], appends: [{ "ID Kasus": ID, "Kode Dokumen": "SALINAN", Ada: "Ya" }] }]);
    edit({ Status: "Diserahkan" });
    expect(run().movesApplied).toBe(1);
    expect(caseRow()).toMatchObject({ "Status Tercatat": "Diserahkan", "Pesan Langkah": null });
  });
});
