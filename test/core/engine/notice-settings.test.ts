// The issue-12 settings (web app address, expiry reminders, escalation) in Pengaturan: seeded in
// a new workbook, validated with the row and cell named, and optional for older workbooks.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { NOTICE_KEYS } from "../../../apps-script/core/engine/settings";
import { makeOffice } from "../../factories";
import { officeWithCell, rowWhere } from "../registers/office-edits";

const row = (key: string) => rowWhere("Pengaturan", "Kunci", key);

describe("a new workbook", () => {
  it("has no web app address yet, reminders at 6 and 1 months, escalation after 3 working days", () => {
    const config = loadConfig(makeOffice());
    expect(config.errors).toEqual([]);
    expect(config.settings.webAppUrl).toBeNull();
    expect(config.settings.expiryReminderMonths).toEqual([6, 1]);
    expect(config.settings.escalationDays).toBe(3);
  });
});

describe("with the office's values", () => {
  it("reads the address and a month list in any order, largest first", () => {
    const url = "https://script.google.com/macros/s/CONTOH/exec";
    expect(loadConfig(officeWithCell("Pengaturan", row(NOTICE_KEYS.webAppUrl), "Nilai", url)).settings.webAppUrl).toBe(url);
    const months = loadConfig(officeWithCell("Pengaturan", row(NOTICE_KEYS.expiryReminders), "Nilai", "1; 3, 12"));
    expect(months.errors).toEqual([]);
    expect(months.settings.expiryReminderMonths).toEqual([12, 3, 1]);
  });

  it.each([
    [NOTICE_KEYS.webAppUrl, "http://contoh.go.id/exec", "harus alamat https"],
    [NOTICE_KEYS.expiryReminders, "6, 6", "harus daftar bulan"],
    [NOTICE_KEYS.expiryReminders, "0", "harus daftar bulan"],
    [NOTICE_KEYS.escalation, "tiga", "harus bilangan bulat"],
  ])("refuses %s = %s with the cell named", (key, value, message) => {
    const config = loadConfig(officeWithCell("Pengaturan", row(key), "Nilai", value));
    expect(config.errors).toHaveLength(1);
    expect(config.errors[0]).toMatch(/Pengaturan!C\d+|Pengaturan.*Nilai/);
    expect(config.errors[0]).toContain(message);
  });
});
