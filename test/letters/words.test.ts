// Terbilang, figures and rupiah: tables of values and a round trip through an independent parser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { angka, angkaTerbilang, MAX_TERBILANG, rupiah, rupiahTerbilang, terbilang, terbilangRupiah } from "../../apps-script/core/letters/words";

/** Reads Indonesian number words back (written apart from the code under test). */
function parseWords(text: string): number {
  if (text === "nol") return 0;
  const scales: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 };
  const digits = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const word of text.split(" ")) {
    const digit = digits.indexOf(word);
    if (digit > 0) pending = digit;
    else if (word === "sepuluh") group += 10;
    else if (word === "sebelas") group += 11;
    else if (word === "seratus") group += 100;
    else if (word === "seribu") total += 1000;
    else if (word === "belas") [group, pending] = [group + 10 + pending, 0];
    else if (word === "puluh") [group, pending] = [group + pending * 10, 0];
    else if (word === "ratus") [group, pending] = [group + pending * 100, 0];
    else if (word in scales) [total, group, pending] = [total + (group + pending) * scales[word]!, 0, 0];
    else throw new Error(`kata tidak dikenal: ${word}`);
  }
  return total + group + pending;
}

describe("terbilang", () => {
  it.each([
    [0, "nol"], [1, "satu"], [9, "sembilan"], [10, "sepuluh"], [11, "sebelas"], [12, "dua belas"],
    [19, "sembilan belas"], [20, "dua puluh"], [21, "dua puluh satu"], [99, "sembilan puluh sembilan"],
    [100, "seratus"], [101, "seratus satu"], [110, "seratus sepuluh"], [111, "seratus sebelas"],
    [115, "seratus lima belas"], [200, "dua ratus"], [999, "sembilan ratus sembilan puluh sembilan"],
    [1000, "seribu"], [1001, "seribu satu"], [1100, "seribu seratus"], [2000, "dua ribu"],
    [2026, "dua ribu dua puluh enam"], [10_000, "sepuluh ribu"], [11_000, "sebelas ribu"],
    [100_000, "seratus ribu"], [101_000, "seratus satu ribu"], [1_000_000, "satu juta"],
    [1_001_000, "satu juta seribu"], [3_200_000, "tiga juta dua ratus ribu"],
    [1_000_000_000, "satu miliar"], [2_500_000_000, "dua miliar lima ratus juta"],
    [1_000_000_000_000, "satu triliun"], [1_000_001_000_000, "satu triliun satu juta"],
    [7_000_000_000_011, "tujuh triliun sebelas"],
    [MAX_TERBILANG, "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"],
  ])("%d → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("reads back to the same number for any value up to the trillions", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_TERBILANG }), (n) => parseWords(terbilang(n)) === n), { numRuns: 3000 });
  });

  it("never doubles a space or leaves one at the ends", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_TERBILANG }), (n) => /^\S+( \S+)*$/.test(terbilang(n))));
  });

  it.each([-1, 1.5, MAX_TERBILANG + 1, Number.NaN])("refuses %d with an Indonesian message", (n) => {
    expect(() => terbilang(n)).toThrow(/tidak dapat ditulis dengan huruf/);
  });
});

describe("figures and counts", () => {
  it.each([[0, "0"], [999, "999"], [1000, "1.000"], [1_250_000, "1.250.000"], [-4500, "-4.500"]])("angka(%d) = %s", (n, text) => {
    expect(angka(n)).toBe(text);
  });

  it("writes counts with words in brackets", () => {
    expect(`${angkaTerbilang(14)} hari kerja`).toBe("14 (empat belas) hari kerja");
    expect(angkaTerbilang(30)).toBe("30 (tiga puluh)");
    expect(angkaTerbilang(1200)).toBe("1.200 (seribu dua ratus)");
  });
});

describe("rupiah", () => {
  it.each([
    [0, "Rp0,00"], [3_200_000, "Rp3.200.000,00"], [1500.5, "Rp1.500,50"], [999.999, "Rp1.000,00"],
    [12_345_678_901_234, "Rp12.345.678.901.234,00"],
  ])("rupiah(%d) = %s", (amount, text) => {
    expect(rupiah(amount)).toBe(text);
  });

  it("spells amounts with and without sen", () => {
    expect(rupiahTerbilang(3_200_000)).toBe("Rp3.200.000,00 (tiga juta dua ratus ribu rupiah)");
    expect(terbilangRupiah(1500.5)).toBe("seribu lima ratus rupiah lima puluh sen");
    expect(terbilangRupiah(2_000_000_000_000)).toBe("dua triliun rupiah");
  });

  it("refuses negative and oversized amounts", () => {
    expect(() => rupiah(-1)).toThrow(/tidak valid/);
    expect(() => rupiah(MAX_TERBILANG + 1)).toThrow(/tidak valid/);
  });
});
