// NIP (PNS) and NIK checks. Messages never echo the number itself: it is personal data.
import { isRealDate, type LocalDate, localDate } from "../time/local-date";

export interface NipFacts {
  readonly birthDate: LocalDate;
  readonly cpnsYear: number;
  readonly cpnsMonth: number;
  readonly gender: "L" | "P";
}

export interface NikFacts {
  readonly provinceCode: string;
  /** Day and month of birth; the year has only two digits in a NIK. */
  readonly birthDay: number;
  readonly birthMonth: number;
  readonly birthYearTwoDigits: number;
  readonly gender: "L" | "P";
}

export type Checked<T> = { readonly ok: true; readonly facts: T } | { readonly ok: false; readonly problem: string };

/** NIP is often written with spaces ("19690610 199503 1 012"); digits are what count. */
export function compactDigits(text: string): string {
  return text.replace(/[\s.]/g, "");
}

/**
 * Checks a PNS NIP: 18 digits; 1–8 birth date YYYYMMDD; 9–14 TMT CPNS YYYYMM; 15 gender
 * (1 male, 2 female); 16–18 sequence, not 000. NI PPPK has another layout: not checked here.
 * @example checkNip("198501012010011001").ok // true
 */
export function checkNip(text: string, currentYear: number): Checked<NipFacts> {
  const nip = compactDigits(text);
  if (!/^\d+$/.test(nip)) return { ok: false, problem: "NIP hanya boleh berisi angka" };
  if (nip.length !== 18) return { ok: false, problem: `NIP harus 18 digit (tertulis ${nip.length} digit)` };
  const [by, bm, bd] = [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))];
  if (!isRealDate(by, bm, bd) || by < 1940 || by > currentYear - 15) {
    return { ok: false, problem: "NIP digit 1–8 harus tanggal lahir yang sah (TTTTBBHH)" };
  }
  const [cy, cm] = [Number(nip.slice(8, 12)), Number(nip.slice(12, 14))];
  if (cm < 1 || cm > 12 || cy < by + 15 || cy > currentYear + 1) {
    return { ok: false, problem: "NIP digit 9–14 harus bulan dan tahun TMT CPNS yang sah (TTTTBB)" };
  }
  const genderDigit = nip[14];
  if (genderDigit !== "1" && genderDigit !== "2") return { ok: false, problem: "NIP digit ke-15 (jenis kelamin) harus 1 atau 2" };
  if (nip.slice(15) === "000") return { ok: false, problem: "NIP digit 16–18 (nomor urut) tidak boleh 000" };
  return {
    ok: true,
    facts: { birthDate: localDate(by, bm, bd), cpnsYear: cy, cpnsMonth: cm, gender: genderDigit === "1" ? "L" : "P" },
  };
}

/**
 * Checks a NIK: 16 digits; 1–6 region (1–2 province, 11–96); 7–12 birth date DDMMYY with
 * DD + 40 for women; 13–16 sequence, not 0000.
 */
export function checkNik(text: string): Checked<NikFacts> {
  const nik = compactDigits(text);
  if (!/^\d+$/.test(nik)) return { ok: false, problem: "NIK hanya boleh berisi angka" };
  if (nik.length !== 16) return { ok: false, problem: `NIK harus 16 digit (tertulis ${nik.length} digit)` };
  const province = Number(nik.slice(0, 2));
  if (province < 11 || province > 96) return { ok: false, problem: "NIK digit 1–2 bukan kode provinsi yang sah" };
  const rawDay = Number(nik.slice(6, 8));
  const gender = rawDay > 40 ? "P" : "L";
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  // Any century will do for validity, but 29 February needs a leap year: 2000 is one.
  if (!isRealDate(2000 + yy, month, day) && !isRealDate(1900 + yy, month, day)) {
    return { ok: false, problem: "NIK digit 7–12 harus tanggal lahir yang sah (HHBBTT, HH+40 untuk perempuan)" };
  }
  if (nik.slice(12) === "0000") return { ok: false, problem: "NIK digit 13–16 (nomor urut) tidak boleh 0000" };
  return { ok: true, facts: { provinceCode: nik.slice(0, 2), birthDay: day, birthMonth: month, birthYearTwoDigits: yy, gender } };
}

/** Cross-checks NIP and NIK (birth date, gender): warnings, since either may be mistyped. */
export function crossCheckIdentity(nip: NipFacts, nik: NikFacts): string[] {
  const warnings: string[] = [];
  const [y, m, d] = nip.birthDate.split("-").map(Number) as [number, number, number];
  if (d !== nik.birthDay || m !== nik.birthMonth || y % 100 !== nik.birthYearTwoDigits) {
    warnings.push("tanggal lahir pada NIP dan NIK berbeda");
  }
  if (nip.gender !== nik.gender) warnings.push("jenis kelamin pada NIP dan NIK berbeda");
  return warnings;
}
