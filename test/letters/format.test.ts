// Dates, Roman months, NIP, decision items: tables of values and date-fns' Indonesian locale as oracle.
import { format } from "date-fns";
import { id } from "date-fns/locale/id";
import { describe, expect, it } from "vitest";
import { abjad, berlakuSampai, bulanRomawi, diktum, formatNip, hariTanggal, romawi, singkatanZona, tanggalPanjang, tanggalTerbilang } from "../../apps-script/core/letters/format";
import { addCalendarDays, localDate } from "../../apps-script/core/time/local-date";

describe("Indonesian dates", () => {
  it.each([
    ["2026-01-01", "1 Januari 2026"], ["2026-02-28", "28 Februari 2026"], ["2026-03-12", "12 Maret 2026"],
    ["2026-04-30", "30 April 2026"], ["2026-05-01", "1 Mei 2026"], ["2026-06-15", "15 Juni 2026"],
    ["2026-07-17", "17 Juli 2026"], ["2026-08-17", "17 Agustus 2026"], ["2026-09-09", "9 September 2026"],
    ["2026-10-31", "31 Oktober 2026"], ["2026-11-22", "22 November 2026"], ["2026-12-31", "31 Desember 2026"],
    ["2028-02-29", "29 Februari 2028"],
  ])("%s → %s", (date, text) => {
    expect(tanggalPanjang(date)).toBe(text);
  });

  it("agrees with date-fns (locale id) on every day of 2025 and 2026, weekday included", () => {
    let day = localDate(2025, 1, 1);
    for (let i = 0; i < 730; i += 1, day = addCalendarDays(day, 1)) {
      const [y, m, d] = day.split("-").map(Number);
      const js = new Date(y!, m! - 1, d!);
      expect(tanggalPanjang(day)).toBe(format(js, "d MMMM yyyy", { locale: id }));
      expect(hariTanggal(day)).toBe(format(js, "EEEE, d MMMM yyyy", { locale: id }));
    }
  });

  it("writes a date fully in words for a berita acara", () => {
    expect(tanggalTerbilang("2026-01-12")).toBe("Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam");
    expect(tanggalTerbilang("2025-08-17")).toBe("Minggu tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh lima");
  });

  it.each(["2026-02-30", "12-03-2026", "", "2026-13-01"])("refuses %j", (text) => {
    expect(() => tanggalPanjang(text)).toThrow(/tidak valid/);
  });
});

describe("Roman numerals", () => {
  it("gives the twelve months", () => {
    expect(Array.from({ length: 12 }, (_, i) => bulanRomawi(i + 1))).toEqual(
      ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"],
    );
  });

  it.each([[1994, "MCMXCIV"], [2026, "MMXXVI"], [49, "XLIX"], [3999, "MMMCMXCIX"]])("romawi(%d) = %s", (n, text) => {
    expect(romawi(n)).toBe(text);
  });

  it.each([0, 13, 2.5])("refuses month %d", (n) => {
    expect(() => bulanRomawi(n)).toThrow(/tidak valid/);
  });
});

describe("NIP", () => {
  it("groups an 18-digit NIP as letters print it", () => {
    expect(formatNip("199001152015032002")).toBe("19900115 201503 2 002");
    expect(formatNip(" 19900115 201503 2 002 ")).toBe("19900115 201503 2 002");
  });

  it("leaves anything else as it is", () => {
    expect(formatNip("150123456")).toBe("150123456");
    expect(formatNip("1990011520150320021")).toBe("1990011520150320021");
  });
});

describe("decision items and list letters", () => {
  it("numbers the Menetapkan items", () => {
    expect(Array.from({ length: 12 }, (_, i) => diktum(i + 1))).toEqual([
      "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
      "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
    ]);
  });

  it.each([[1, "a"], [3, "c"], [26, "z"], [27, "aa"], [52, "az"]])("abjad(%d) = %s", (n, letter) => {
    expect(abjad(n)).toBe(letter);
  });
});

describe("validity", () => {
  it.each([
    ["2026-04-20", 3, "2029-04-19"], ["2026-03-01", 3, "2029-02-28"], ["2027-03-01", 1, "2028-02-29"],
    ["2024-02-29", 3, "2027-02-28"], ["2024-02-29", 4, "2028-02-28"], ["2026-01-01", 3, "2028-12-31"],
  ])("from %s for %d years runs to %s", (start, years, end) => {
    expect(berlakuSampai(start, years)).toBe(end);
  });
});

describe("time zones", () => {
  it.each([["Asia/Jakarta", "WIB"], ["Asia/Pontianak", "WIB"], ["Asia/Makassar", "WITA"], ["Asia/Jayapura", "WIT"], ["UTC", ""]])(
    "%s → %j", (zone, abbreviation) => {
      expect(singkatanZona(zone)).toBe(abbreviation);
    },
  );
});
