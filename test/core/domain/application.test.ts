import { describe, expect, it } from "vitest";
import { checkApplication } from "../../../apps-script/core/domain/application";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import { applicationRow, makeOffice } from "../../factories";

const schemes = loadConfig(makeOffice()).schemes;
const errorsFor = (overrides: Parameters<typeof applicationRow>[0], formulas: Record<string, string> = {}) =>
  checkApplication(applicationRow(overrides, formulas), schemes, 2026).errors;

describe("checkApplication", () => {
  it("accepts a well-formed application", () => {
    const result = checkApplication(applicationRow(), schemes, 2026);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ["NIP", "19900215201503200", /^NIP: NIP harus 18 digit/],
    ["NIK", "31740155029000", /^NIK: NIK harus 16 digit/],
    ["Email", "rina(at)contoh.go.id", /^Email: alamat e-mail tidak sah/],
    ["Email", "rina@contoh", /^Email: /],
    ["Email", "rina@contoh..go.id", /^Email: alamat e-mail tidak sah: bagian domain tidak boleh memuat titik ganda$/],
    ["Email", ".rina@contoh.go.id", /^Email: alamat e-mail tidak sah: bagian sebelum @ tidak boleh diawali/],
    ["Telepon", "12345", /^Telepon: /],
    ["Telepon", "0812-3456-7890-1234-5", /^Telepon: /],
    ["Golongan", "V/a", /^Golongan: golongan\/ruang tidak dikenal/],
    ["Pendidikan Terakhir", "Pesantren", /^Pendidikan Terakhir: jenjang tidak dikenal/],
    ["Pengalaman Pelayanan Publik (tahun)", "banyak", /^Pengalaman Pelayanan Publik \(tahun\): harus angka/],
    ["Pengalaman Pelayanan Publik (tahun)", -1, /^Pengalaman/],
    ["Kode Skema", "SKEMA-X", /^Kode Skema: skema "SKEMA-X" tidak ada/],
    ["Tanggal Permohonan", "31/02/2026", /^Tanggal Permohonan: bukan tanggal/],
    ["Nama", "=HYPERLINK(\"http://x\")", /^Nama: tidak boleh diawali/],
    ["Instansi", "@SUM(A1)", /^Instansi: tidak boleh diawali/],
  ])("reports a bad %s (%s)", (header, value, message) => {
    const errors = errorsFor({ [header]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it("names each missing required field", () => {
    const errors = errorsFor({ Nama: "", NIP: "", Email: "" });
    expect(errors).toEqual(["Nama: wajib diisi", "NIP: wajib diisi", "Email: wajib diisi"]);
  });

  it("reports a formula typed into a name field, and does not read its result as the name", () => {
    const errors = errorsFor({ Nama: "Klik di sini" }, { Nama: '=HYPERLINK("https://contoh.invalid","Klik di sini")' });
    expect(errors).toEqual(["Nama: berisi rumus; ketik isinya sebagai teks biasa"]);
  });

  it("refuses a NIP stored as a number, whose last digits a spreadsheet has already rounded", () => {
    expect(errorsFor({ NIP: 199002152015032000 })[0]).toMatch(/^NIP: tersimpan sebagai angka/);
  });

  it("accepts common spellings of education and golongan", () => {
    expect(errorsFor({ "Pendidikan Terakhir": "DIII", Golongan: "iii / b" })).toEqual([]);
  });

  it("warns, without failing, on NIP/NIK mismatches and unknown document codes", () => {
    const result = checkApplication(applicationRow({ NIK: "3174011602900002", "Dokumen Diserahkan": "KTP, FOTO_KELUARGA" }), schemes, 2026);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContain("NIP/NIK: tanggal lahir pada NIP dan NIK berbeda");
    expect(result.warnings).toContain("Dokumen Diserahkan: kode tidak dikenal untuk skema ini: FOTO_KELUARGA");
  });

  it("never puts a NIP or NIK into a message", () => {
    const nip = "19900215201503200";
    const all = errorsFor({ NIP: nip, NIK: "3174013202900002" }).join(" ");
    expect(all).not.toContain(nip);
    expect(all).not.toContain("3174013202900002");
  });
});

describe("checkApplication with an NI PPPK", () => {
  it("accepts a valid NI PPPK in the NIP column and cross-checks it with the NIK", () => {
    const result = checkApplication(applicationRow({ NIP: "199002152023212001", NIK: "3174015502900002" }), schemes, 2026);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(checkApplication(applicationRow({ NIP: "199002162023211001" }), schemes, 2026).warnings).toEqual([
      "NIP/NIK: tanggal lahir pada NIP dan NIK berbeda",
      "NIP/NIK: jenis kelamin pada NIP dan NIK berbeda",
    ]);
  });
});

describe("checkApplication with control characters", () => {
  const staffText = PERMOHONAN.columns.filter((c) => c.owner === "staff" && c.header !== "ID Permohonan").map((c) => c.header);

  it.each(staffText)("reports a BEL typed into %s, naming the column, as its only message", (header) => {
    const before = String(applicationRow({}).get(header) ?? "x");
    const errors = errorsFor({ [header]: `${before.slice(0, 3)}\u0007${before.slice(3)}` });
    expect(errors).toEqual([`${header}: berisi karakter kendali U+0007; hapus karakter itu`]);
  });

  it("names every control character of a cell once", () => {
    expect(errorsFor({ Nama: "Ri\u0000na\u0007\u0007" })).toEqual(["Nama: berisi karakter kendali U+0000, U+0007; hapus karakter itu"]);
  });
});

describe("checkApplication never echoes a NIK or NIP from staff text", () => {
  const NIK = "3174015502900002";
  const NIP = "199002152015032002";

  it.each([
    ["Kode Skema", NIK],
    ["Kode Skema", `SKEMA ${NIP}`],
    ["Dokumen Diserahkan", `KTP, ${NIK}`],
    ["Golongan", NIP],
    ["Pengalaman Pelayanan Publik (tahun)", NIK],
    ["Tanggal Permohonan", NIK],
  ])("in %s (%s)", (header, value) => {
    const result = checkApplication(applicationRow({ [header]: value }), schemes, 2026);
    const all = [...result.errors, ...result.warnings].join(" ");
    expect(all).toContain(header);
    expect(all).not.toMatch(/\d{15,}/);
  });

  it("masks the number and keeps the rest readable", () => {
    expect(errorsFor({ "Kode Skema": NIK })).toEqual(['Kode Skema: skema "[angka disamarkan]" tidak ada di register Skema']);
  });
});
