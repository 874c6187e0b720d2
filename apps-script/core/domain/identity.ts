// NIP (PNS), NI PPPK, NIK and e-mail checks. Messages never echo the number itself: it is personal data.
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

/** An ASN's 18-digit number read as a PNS NIP or an NI PPPK. */
export interface AsnFacts {
  readonly kind: "PNS" | "PPPK";
  readonly birthDate: LocalDate;
  readonly gender: "L" | "P";
  /** TMT CPNS year (PNS) or year of first appointment as calon PPPK. */
  readonly appointmentYear: number;
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

// NI PPPK, as BKN issues it (no BKN regulation text was at hand; public explanations, e.g.
// Kab. Luwu Utara quoted at foppsirokanhulu.blogspot.com/2024/03/apa-perbedaan-nip-pns-dan-ni-pppk.html,
// swarawarta.co.id "Contoh NIP PPPK Paruh Waktu" 2025, belajarpppk.com 2022/05/04):
// 1–8 birth date YYYYMMDD; 9–12 year of first appointment as calon PPPK; 13–14 a two-digit
// field that the sources read differently ("jumlah perjanjian kerja", or a code: 21 for PPPK,
// 24 for PPPK paruh waktu; belajarpppk reads 9–14 as year and month like a PNS NIP);
// 15 gender (1 male, 2 female); 16–18 sequence from 001. Both readings are accepted: 13–14 may
// be any two digits but 00. PPPK exist since PP 49/2018, so no appointment before 2019.
const FIRST_PPPK_YEAR = 2019;

/**
 * Checks an NI PPPK (layout above). A number whose digits 13–14 are a month is also a valid
 * PNS NIP reading: callers try `checkNip` first (see `checkAsnNumber`).
 * @example checkNiPppk("199312282025212001", 2026).ok // true
 */
export function checkNiPppk(text: string, currentYear: number): Checked<AsnFacts> {
  const ni = compactDigits(text);
  if (!/^\d+$/.test(ni)) return { ok: false, problem: "NI PPPK hanya boleh berisi angka" };
  if (ni.length !== 18) return { ok: false, problem: `NI PPPK harus 18 digit (tertulis ${ni.length} digit)` };
  const [by, bm, bd] = [Number(ni.slice(0, 4)), Number(ni.slice(4, 6)), Number(ni.slice(6, 8))];
  if (!isRealDate(by, bm, bd) || by < 1940 || by > currentYear - 15) {
    return { ok: false, problem: "NI PPPK digit 1–8 harus tanggal lahir yang sah (TTTTBBHH)" };
  }
  const year = Number(ni.slice(8, 12));
  if (year < Math.max(FIRST_PPPK_YEAR, by + 15) || year > currentYear + 1) {
    return { ok: false, problem: `NI PPPK digit 9–12 harus tahun pengangkatan PPPK yang sah (${FIRST_PPPK_YEAR} atau sesudahnya)` };
  }
  if (ni.slice(12, 14) === "00") return { ok: false, problem: "NI PPPK digit 13–14 tidak boleh 00" };
  const genderDigit = ni[14];
  if (genderDigit !== "1" && genderDigit !== "2") return { ok: false, problem: "NI PPPK digit ke-15 (jenis kelamin) harus 1 atau 2" };
  if (ni.slice(15) === "000") return { ok: false, problem: "NI PPPK digit 16–18 (nomor urut) tidak boleh 000" };
  return { ok: true, facts: { kind: "PPPK", birthDate: localDate(by, bm, bd), gender: genderDigit === "1" ? "L" : "P", appointmentYear: year } };
}

/**
 * The NIP column holds a PNS NIP or an NI PPPK: PNS rules first (unchanged), then the NI PPPK
 * layout when digits 13–14 cannot be a month (13–99). The problem reported is the one of the layout
 * the number looks like.
 * @example checkAsnNumber("199312282025212001", 2026) // { ok: true, facts: { kind: "PPPK", … } }
 */
export function checkAsnNumber(text: string, currentYear: number): Checked<AsnFacts> {
  const pns = checkNip(text, currentYear);
  if (pns.ok) {
    const { birthDate, gender, cpnsYear } = pns.facts;
    return { ok: true, facts: { kind: "PNS", birthDate, gender, appointmentYear: cpnsYear } };
  }
  const digits = compactDigits(text);
  const field = Number(digits.slice(12, 14));
  if (!/^\d{18}$/.test(digits) || field <= 12) return pns;
  return checkNiPppk(text, currentYear);
}

// E-mail addresses as mail servers accept them, stricter than a bare "x@y.z" test: the local
// part is an RFC 5322 §3.2.3 dot-atom (atext runs joined by single dots, so no "..", no dot
// first or last); the domain is labels as WHATWG HTML's "valid email address" defines them
// (https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address: letter or digit at
// both ends, hyphens inside, at most 63 characters, RFC 1034 §3.5), at least two of them and a
// top-level domain of letters (internet mail, not an intranet host); lengths per RFC 5321 §4.5.3.1.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * Why an e-mail address is not usable, in Indonesian, or null when it is.
 * @example emailProblem("rina@contoh..go.id") // "bagian domain tidak boleh memuat titik ganda"
 */
export function emailProblem(text: string): string | null {
  const address = text.trim();
  if (/\s/.test(address)) return "alamat e-mail tidak boleh berisi spasi";
  const at = address.lastIndexOf("@");
  if (at < 0 || address.indexOf("@") !== at) return "alamat e-mail harus memuat tepat satu @ (mis. nama@instansi.go.id)";
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === "") return "bagian sebelum @ kosong";
  if (local.length > 64 || address.length > 254) return "alamat e-mail terlalu panjang";
  if (local.startsWith(".") || local.endsWith(".")) return "bagian sebelum @ tidak boleh diawali atau diakhiri titik";
  if (local.includes("..")) return "bagian sebelum @ tidak boleh memuat titik ganda";
  if (!local.split(".").every((atom) => ATEXT.test(atom))) return "bagian sebelum @ memuat karakter yang tidak sah";
  if (domain === "") return "bagian domain (setelah @) kosong";
  if (domain.startsWith(".") || domain.endsWith(".")) return "bagian domain tidak boleh diawali atau diakhiri titik";
  if (domain.includes("..")) return "bagian domain tidak boleh memuat titik ganda";
  const labels = domain.split(".");
  if (labels.length < 2) return "bagian domain harus lengkap (mis. instansi.go.id)";
  if (!labels.every((label) => LABEL.test(label))) return "bagian domain memuat nama yang tidak sah (huruf, angka dan tanda hubung di tengah saja)";
  if (!TOP_LEVEL.test(labels[labels.length - 1]!)) return "akhiran domain tidak sah (mis. .id, .com)";
  return null;
}

/** Cross-checks NIP and NIK (birth date, gender): warnings, since either may be mistyped. */
export function crossCheckIdentity(nip: Pick<NipFacts, "birthDate" | "gender">, nik: NikFacts): string[] {
  const warnings: string[] = [];
  const [y, m, d] = nip.birthDate.split("-").map(Number) as [number, number, number];
  if (d !== nik.birthDay || m !== nik.birthMonth || y % 100 !== nik.birthYearTwoDigits) {
    warnings.push("tanggal lahir pada NIP dan NIK berbeda");
  }
  if (nip.gender !== nik.gender) warnings.push("jenis kelamin pada NIP dan NIK berbeda");
  return warnings;
}
