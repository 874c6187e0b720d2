// The helpers templates may use; the build rejects any other helper name.
import { abjad, bulanRomawi, diktum, formatNip, hariTanggal, tanggalPanjang, tanggalTerbilang } from "./format";
import { angka, angkaTerbilang, rupiah, rupiahTerbilang, terbilang } from "./words";

/** K/BK as letters spell them out. */
export function hasilUji(code: string): string {
  if (code === "K") return "Kompeten";
  if (code === "BK") return "Belum Kompeten";
  throw new RangeError(`Hasil uji "${code}" tidak dikenal (K atau BK).`);
}

const asNumber = (value: unknown): number => (typeof value === "number" ? value : Number(value));

// Every helper returns plain text: Handlebars escapes it, so a name with "<" or "&" prints as text.
const HELPER_FUNCTIONS = {
  tanggal: (value: unknown) => tanggalPanjang(String(value)),
  hariTanggal: (value: unknown) => hariTanggal(String(value)),
  tanggalTerbilang: (value: unknown) => tanggalTerbilang(String(value)),
  terbilang: (value: unknown) => terbilang(asNumber(value)),
  angka: (value: unknown) => angka(asNumber(value)),
  angkaTerbilang: (value: unknown) => angkaTerbilang(asNumber(value)),
  rupiah: (value: unknown) => rupiah(asNumber(value)),
  rupiahTerbilang: (value: unknown) => rupiahTerbilang(asNumber(value)),
  bulanRomawi: (value: unknown) => bulanRomawi(asNumber(value)),
  nip: (value: unknown) => formatNip(String(value)),
  diktum: (value: unknown) => diktum(asNumber(value)),
  abjad: (value: unknown) => abjad(asNumber(value) + 1),
  urutan: (value: unknown) => String(asNumber(value) + 1),
  hasil: (value: unknown) => hasilUji(String(value)),
  kapital: (value: unknown) => String(value).toUpperCase(),
} satisfies Record<string, (value: unknown) => string>;

export type HelperName = keyof typeof HELPER_FUNCTIONS;

/** Helper names, for the template build's check. */
export const HELPER_NAMES = Object.keys(HELPER_FUNCTIONS) as HelperName[];

/** One value in, text out: what the compiled templates call (scripts/compact-templates.ts). */
export const TEMPLATE_HELPERS: Readonly<Record<HelperName, (value: unknown) => string>> = HELPER_FUNCTIONS;

/**
 * Helpers in the shape Handlebars calls them, for the tests' reference renderer: the last argument
 * is Handlebars' options object, which none of ours needs. `abjad` and `urutan` take a 0-based `@index`.
 */
export function handlebarsHelpers(): Record<string, (...args: unknown[]) => string> {
  const out: Record<string, (...args: unknown[]) => string> = {};
  for (const name of HELPER_NAMES) {
    const fn = HELPER_FUNCTIONS[name];
    out[name] = (...args: unknown[]) => {
      if (args.length < 2) throw new Error(`Helper "${name}" dipanggil tanpa nilai.`);
      return fn(args[0]);
    };
  }
  return out;
}
