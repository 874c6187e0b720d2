// The LAN Penilaian Kompetensi settings (seed 004) in Pengaturan: seeded in a new workbook,
// validated with the row and cell named, read into Settings, and absent from older workbooks.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { LAN_KEYS } from "../../../apps-script/core/engine/settings";
import { makeOffice } from "../../factories";
import { officeWithCell, officeWithRows, rowWhere } from "../registers/office-edits";

const row = (key: string) => rowWhere("Pengaturan", "Kunci", key);

describe("a new workbook", () => {
  it("seeds the fee, the example account and the threshold, and reads them", () => {
    const config = loadConfig(makeOffice());
    expect(config.errors).toEqual([]);
    expect(config.settings.lanFeePerParticipant).toBe(3_200_000);
    expect(config.settings.lanBankAccount).toEqual({ bank: "Bank Contoh (contoh fiktif)", number: "000-00-0000000-0", holder: "Bendahara Penerimaan Contoh (contoh fiktif)" });
    expect(config.settings.lanReportRule).toEqual({ threshold: 12, side: "lebih dari" });
  });
});

describe("with the office's values", () => {
  it("reads a fee written with thousand dots, another threshold and side", () => {
    const fee = loadConfig(officeWithCell("Pengaturan", row(LAN_KEYS.fee), "Nilai", "3.500.000"));
    expect(fee.errors).toEqual([]);
    expect(fee.settings.lanFeePerParticipant).toBe(3_500_000);
    const side = loadConfig(officeWithCell("Pengaturan", row(LAN_KEYS.side), "Nilai", "kurang dari"));
    expect(side.settings.lanReportRule).toEqual({ threshold: 12, side: "kurang dari" });
    const threshold = loadConfig(officeWithCell("Pengaturan", row(LAN_KEYS.threshold), "Nilai", 20));
    expect(threshold.errors).toEqual([]);
    expect(threshold.settings.lanReportRule.threshold).toBe(20);
  });
});

describe("with a wrong value", () => {
  it.each([
    [LAN_KEYS.fee, "tiga juta", /harus jumlah rupiah lebih dari 0/],
    [LAN_KEYS.fee, "0", /harus jumlah rupiah lebih dari 0/],
    [LAN_KEYS.account, "BRI 1234", /harus nomor rekening/],
    [LAN_KEYS.threshold, "dua belas", /harus bilangan bulat/],
    [LAN_KEYS.side, "> 12", /harus salah satu: lebih dari, kurang dari, semua/],
  ])("%s = %s is refused, naming the row and the cell", (key, value, message) => {
    const errors = loadConfig(officeWithCell("Pengaturan", row(key), "Nilai", value)).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^Pengaturan baris ${row(key) + 2} \\(${key.replace(/[()]/g, "\\$&")}\\), kolom Nilai: `));
    expect(errors[0]).toMatch(message);
  });
});

describe("a workbook made before these keys", () => {
  const table = makeOffice().readTable("Pengaturan")!;
  const keyColumn = table.headers.indexOf("Kunci");
  const lanKeys = new Set<string>(Object.values(LAN_KEYS));
  const older = loadConfig(officeWithRows("Pengaturan", table.rows.filter((r) => !lanKeys.has(String(r[keyColumn])))));

  it("still loads, with the seed's fee and threshold", () => {
    expect(older.errors).toEqual([]);
    expect(older.settings.lanFeePerParticipant).toBe(3_200_000);
    expect(older.settings.lanReportRule).toEqual({ threshold: 12, side: "lebih dari" });
  });

  it("never uses the example account: the invoice has none until the office writes it", () => {
    expect(older.settings.lanBankAccount).toBeNull();
  });

  it("has no account while one of its three keys is blank", () => {
    expect(loadConfig(officeWithCell("Pengaturan", row(LAN_KEYS.holder), "Nilai", "")).settings.lanBankAccount).toBeNull();
  });
});
