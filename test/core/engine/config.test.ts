import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { GUARD_NAMES } from "../../../apps-script/core/engine/guards";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { dateCell } from "../../../apps-script/core/ports";
import { ALUR, ALUR_TRANSISI, ASESOR, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, SKEMA, TUK, UNIT_KOMPETENSI } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { caseCells, check, clockAt, makeApplication, makeOffice, staffEdit } from "../../factories";
import { officeWithCell, officeWithHeader, officeWithout, officeWithRows, rowWhere } from "../registers/office-edits";

const CONFIG_REGISTERS = [PENGATURAN, LIBUR, SKEMA, UNIT_KOMPETENSI, PERSYARATAN, ALUR, ALUR_TRANSISI, PENGGUNA, ASESOR, TUK];

describe("loadConfig with a configuration tab deleted", () => {
  it.each(CONFIG_REGISTERS.map((d) => [d.name] as const))("names the missing %s tab, in one message", (name) => {
    const config = loadConfig(officeWithout(name));
    expect(config.errors).toEqual([expect.stringMatching(new RegExp(`^Tab "${name}" tidak ada di buku kerja`))]);
  });

  it("never falls back to the shipped workflow when Alur is gone", () => {
    expect(loadConfig(officeWithout("Alur")).workflows.size).toBe(0);
  });
});

describe("loadConfig with a header renamed", () => {
  it.each(CONFIG_REGISTERS.map((d) => [d.name, d.columns.find((c) => c.required)!.header] as const))(
    "%s: one 'column missing' message for %s, never a 'wajib diisi' per row",
    (name, header) => {
      const config = loadConfig(officeWithHeader(name, header, `${header} (lama)`));
      expect(config.errors).toEqual([`Tab ${name}: kolom "${header}" tidak ada (judul kolom diubah atau dihapus?). Kembalikan judul kolom itu di baris 1.`]);
    },
  );
});

describe("loadConfig with an empty tab", () => {
  it("refuses an empty Alur and an empty Alur Transisi instead of using process A", () => {
    expect(loadConfig(officeWithRows("Alur", [])).errors).toEqual([expect.stringMatching(/^Tab Alur kosong: /)]);
    expect(loadConfig(officeWithRows("Alur Transisi", [])).errors).toEqual([expect.stringMatching(/^Tab Alur Transisi kosong: /)]);
  });

  it("refuses an empty Pengaturan instead of using the sample office", () => {
    expect(loadConfig(officeWithRows("Pengaturan", [])).errors).toEqual([expect.stringMatching(/^Tab Pengaturan kosong/)]);
  });

  it("keeps today's behaviour for an empty Libur: a warning and the shipped holidays", () => {
    const config = loadConfig(officeWithRows("Libur", []));
    expect(config.errors).toEqual([]);
    expect(config.warnings).toEqual([expect.stringMatching(/^Register Libur kosong/)]);
    expect(config.holidays.length).toBeGreaterThan(40);
  });
});

describe("Pengaturan", () => {
  const zone = rowWhere("Pengaturan", "Kunci", "Zona Waktu");

  it("refuses a required key deleted, naming it", () => {
    const table = makeOffice().readTable("Pengaturan")!;
    const config = loadConfig(officeWithRows("Pengaturan", table.rows.filter((_, i) => i !== zone)));
    expect(config.errors).toEqual([expect.stringMatching(/^Tab Pengaturan: kunci "Zona Waktu" tidak ada; tambahkan baris/)]);
  });

  it("matches a key written loosely, and checks the service e-mail", () => {
    expect(loadConfig(officeWithCell("Pengaturan", zone, "Kunci", " zona  waktu ")).errors).toEqual([]);
    const email = rowWhere("Pengaturan", "Kunci", "Email Layanan");
    expect(loadConfig(officeWithCell("Pengaturan", email, "Nilai", "layanan@contoh..go.id")).errors).toEqual([
      expect.stringMatching(/^Pengaturan baris \d+ \(Email Layanan\), kolom Nilai: bagian domain tidak boleh memuat titik ganda/),
    ]);
  });
});

describe("guards come from the registry", () => {
  it("accepts a registry guard the old closed list did not know", () => {
    const row = rowWhere("Alur Transisi", "Dari", "Uji Kompetensi");
    const config = loadConfig(officeWithCell("Alur Transisi", row, "Syarat", "UJI_TERLAKSANA"));
    expect(GUARD_NAMES.has("UJI_TERLAKSANA")).toBe(true);
    expect(config.errors).toEqual([]);
    expect(config.workflows.get("SERTIFIKASI_PNS")!.moves.find((m) => m.from === "Uji Kompetensi")!.guards).toEqual(["UJI_TERLAKSANA"]);
  });
});

describe("references", () => {
  it("indexes the TUK and Asesor registers for the Permohonan columns that name them", () => {
    const { references } = loadConfig(makeOffice());
    expect([...references.keys()].sort()).toEqual(["Asesor", "Kode Skema", "Kode TUK"]);
    const entry = references.get("Asesor")!.entries.get("met.000.000001 2026")!;
    expect(entry).toMatchObject({ key: "MET.000.000001 2026", name: "Asesor Contoh Satu", active: true, validUntil: "2029-12-31" });
    expect(entry.row.get("Email")).toBe("asesor@contoh.go.id");
  });

  it("refuses an assessor registered twice", () => {
    const table = makeOffice().readTable("Asesor")!;
    const config = loadConfig(officeWithRows("Asesor", [...table.rows, table.rows[0]!]));
    expect(config.errors).toEqual([expect.stringMatching(/^Asesor baris 3 \(MET\.000\.000001 2026\), kolom No\. Registrasi: "MET\.000\.000001 2026" tercantum dua kali/)]);
  });
});

describe("the engine with a broken configuration", () => {
  it("changes nothing: a move the office limited to Verifikator stays refused for a Petugas after Alur is deleted", () => {
    const limited = rowWhere("Alur Transisi", "Ke", "Verifikasi");
    const office = officeWithCell("Alur Transisi", limited, "Peran", "Verifikator");
    office.applyChanges([{ table: "Permohonan", patches: [], appends: [makeApplication({ "Tanggal Permohonan": dateCell("2026-11-16" as LocalDate) })] }]);
    const clock = clockAt("2026-11-18");
    check(office, clock, "petugas@contoh.go.id");
    staffEdit(office, "PRM-2026-00001", { Status: "Verifikasi" });
    const broken = officeWithoutTab(office, "Alur");
    const summary = check(broken, clock, "petugas@contoh.go.id");
    expect(summary.configErrors).toEqual([expect.stringMatching(/^Tab "Alur" tidak ada/)]);
    expect(summary.movesApplied).toBe(0);
    expect(broken.takeChanges()).toEqual([]);
    expect(caseCells(broken, "PRM-2026-00001")["Status Tercatat"]).toBe("Diterima");
  });
});

function officeWithoutTab(office: MemoryWorkbook, tab: string): MemoryWorkbook {
  return new MemoryWorkbook(office.tableNames().filter((n) => n !== tab).map((n) => office.readTable(n)!));
}
