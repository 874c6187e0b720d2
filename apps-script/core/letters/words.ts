// Numbers and money in Indonesian words ("terbilang") and in figures, as official letters write them.

/** The largest whole number `terbilang` spells: 999 triliun and change. */
export const MAX_TERBILANG = 999_999_999_999_999;

const DIGITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
// Scales from the highest group of three digits down; "ribu" takes the "se-" prefix for one.
const SCALES = ["triliun", "miliar", "juta", "ribu", ""];

/** Spells 1–999; "" for 0. */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(`${DIGITS[hundreds]} ratus`);
  if (rest === 10) words.push("sepuluh");
  else if (rest === 11) words.push("sebelas");
  else if (rest > 11 && rest < 20) words.push(`${DIGITS[rest - 10]} belas`);
  else if (rest >= 20) {
    words.push(`${DIGITS[Math.floor(rest / 10)]} puluh`);
    if (rest % 10 > 0) words.push(DIGITS[rest % 10]!);
  } else if (rest > 0) words.push(DIGITS[rest]!);
  return words.join(" ");
}

function assertSpellable(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_TERBILANG) {
    throw new RangeError(`Angka ${n} tidak dapat ditulis dengan huruf: harus bilangan bulat 0 sampai 999.999.999.999.999.`);
  }
}

/**
 * A whole number in Indonesian words, lower case.
 * @example terbilang(14) // "empat belas"
 * @example terbilang(3_200_000) // "tiga juta dua ratus ribu"
 */
export function terbilang(n: number): string {
  assertSpellable(n);
  if (n === 0) return "nol";
  // Work on the decimal digits: exact for every safe integer, no floating division.
  const digits = String(n).padStart(15, "0");
  const words: string[] = [];
  SCALES.forEach((scale, i) => {
    const group = Number(digits.slice(i * 3, i * 3 + 3));
    if (group === 0) return;
    if (scale === "ribu" && group === 1) words.push("seribu");
    else words.push(scale ? `${belowThousand(group)} ${scale}` : belowThousand(group));
  });
  return words.join(" ");
}

/**
 * Groups a whole number's digits with dots ("1.250.000").
 * @example angka(1250000) // "1.250.000"
 */
export function angka(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Angka ${n} harus bilangan bulat.`);
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * A count in figures with its words in brackets, as letters write durations and counts.
 * @example angkaTerbilang(14) // "14 (empat belas)"
 */
export function angkaTerbilang(n: number): string {
  return `${angka(n)} (${terbilang(n)})`;
}

/** Splits an amount into whole rupiah and sen without floating drift in the whole part. */
function rupiahParts(amount: number): { whole: number; sen: number } {
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_TERBILANG) {
    throw new RangeError(`Jumlah uang ${amount} tidak valid: harus 0 sampai 999.999.999.999.999.`);
  }
  let whole = Math.trunc(amount);
  let sen = Math.round((amount - whole) * 100);
  if (sen === 100) {
    whole += 1;
    sen = 0;
  }
  return { whole, sen };
}

/**
 * Rupiah in figures, official style: no space after "Rp", dots for thousands, comma and two decimals.
 * @example rupiah(3200000) // "Rp3.200.000,00"
 */
export function rupiah(amount: number): string {
  const { whole, sen } = rupiahParts(amount);
  return `Rp${angka(whole)},${String(sen).padStart(2, "0")}`;
}

/**
 * Rupiah in words.
 * @example terbilangRupiah(3200000) // "tiga juta dua ratus ribu rupiah"
 * @example terbilangRupiah(1500.5) // "seribu lima ratus rupiah lima puluh sen"
 */
export function terbilangRupiah(amount: number): string {
  const { whole, sen } = rupiahParts(amount);
  const words = `${terbilang(whole)} rupiah`;
  return sen > 0 ? `${words} ${terbilang(sen)} sen` : words;
}

/**
 * Rupiah in figures with its words in brackets.
 * @example rupiahTerbilang(3200000) // "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah)"
 */
export function rupiahTerbilang(amount: number): string {
  return `${rupiah(amount)} (${terbilangRupiah(amount)})`;
}
