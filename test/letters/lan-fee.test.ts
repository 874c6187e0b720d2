// The LAN assessment fee (seed 004: Rp3.200.000 per participant) in figures and words, as the
// invoice prints it: for 1, 12 and 250 participants and a few edge amounts.
import { describe, expect, it } from "vitest";
import { rupiahTerbilang } from "../../apps-script/core/letters/words";

const PER_PARTICIPANT = 3_200_000;

describe("rupiahTerbilang for the fee of n participants", () => {
  it.each([
    [1, "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah)"],
    [12, "Rp38.400.000,00 (tiga puluh delapan juta empat ratus ribu rupiah)"],
    [250, "Rp800.000.000,00 (delapan ratus juta rupiah)"],
  ])("%i participants", (n, text) => {
    expect(rupiahTerbilang(n * PER_PARTICIPANT)).toBe(text);
  });

  it.each([
    [0, "Rp0,00 (nol rupiah)"],
    [1_000, "Rp1.000,00 (seribu rupiah)"],
    [1_000_000_000, "Rp1.000.000.000,00 (satu miliar rupiah)"],
    [3_200_000.5, "Rp3.200.000,50 (tiga juta dua ratus ribu rupiah lima puluh sen)"],
  ])("edge amount %d", (amount, text) => {
    expect(rupiahTerbilang(amount)).toBe(text);
  });
});
