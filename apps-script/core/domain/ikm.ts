// Indeks Kepuasan Masyarakat (PermenPANRB 14/2017, lampiran: pengolahan data survei): nine
// elements, each answer 1–4; per element the mean over the answers given (a blank is not a 1);
// IKM = the mean of the nine element means × 25, rounded to 2 decimals, then its mutu band:
// A 88.31–100 (Sangat Baik), B 76.61–88.30 (Baik), C 65.00–76.60 (Kurang Baik), D 25.00–64.99
// (Tidak Baik). Computed in exact fractions (BigInt) so a value on a band's edge is never pushed
// across it by floating point: the regulation's 0.111 weight is taken as exactly 1/9.

/** The nine elements, by name: answers are stored by element, not by position. */
export const IKM_ELEMENTS = [
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
] as const;

export type IkmElement = (typeof IKM_ELEMENTS)[number];
export type IkmAnswer = 1 | 2 | 3 | 4;

/** One respondent's answers; an element left out or null was not answered. */
export type IkmResponse = Readonly<Partial<Record<IkmElement, IkmAnswer | null>>>;

export type IkmMutu = "A" | "B" | "C" | "D";

export const MUTU_WORDS: Readonly<Record<IkmMutu, string>> = { A: "Sangat Baik", B: "Baik", C: "Kurang Baik", D: "Tidak Baik" };

export interface IkmElementResult {
  readonly element: IkmElement;
  readonly answered: number;
  /** The mean of the answers given (nilai rata-rata unsur), 3 decimals for display. */
  readonly mean: number;
}

export interface IkmResult {
  /** IKM rounded to 2 decimals (the converted value, 25–100). */
  readonly value: number;
  readonly mutu: IkmMutu;
  /** "Sangat Baik", …: the mutu's words (kinerja unit pelayanan). */
  readonly words: string;
  readonly respondents: number;
  readonly elements: readonly IkmElementResult[];
}

export type IkmOutcome = { readonly ok: true; readonly result: IkmResult } | { readonly ok: false; readonly message: string };

/** The band of a value in hundredths (8831 = 88.31), as the regulation's table reads. */
export function mutuOf(hundredths: number): IkmMutu {
  if (hundredths >= 8831) return "A";
  if (hundredths >= 7661) return "B";
  if (hundredths >= 6500) return "C";
  return "D";
}

/**
 * IKM over the responses. Refused, in Indonesian, when there is no respondent or an element has
 * no answer at all (the mean of nine elements is not defined then).
 */
export function computeIkm(responses: readonly IkmResponse[]): IkmOutcome {
  if (responses.length === 0) return { ok: false, message: "IKM belum dapat dihitung: belum ada responden." };
  const sums = IKM_ELEMENTS.map((element) => {
    let total = 0;
    let answered = 0;
    for (const response of responses) {
      const answer = response[element];
      if (answer === null || answer === undefined) continue;
      total += answer;
      answered += 1;
    }
    return { element, total, answered };
  });
  const empty = sums.filter((s) => s.answered === 0).map((s) => s.element);
  if (empty.length > 0) return { ok: false, message: `IKM belum dapat dihitung: unsur ${empty.join("; ")} belum dijawab oleh satu responden pun.` };
  // IKM × 100 = 2500/9 × Σ total_e / answered_e, as one fraction over 9 × Π answered_e.
  let numerator = 0n;
  let denominator = 1n;
  for (const { total, answered } of sums) {
    numerator = numerator * BigInt(answered) + BigInt(total) * denominator;
    denominator *= BigInt(answered);
  }
  numerator *= 2500n;
  denominator *= 9n;
  // Half up: the regulation's "dua angka di belakang koma".
  const hundredths = Number((2n * numerator + denominator) / (2n * denominator));
  const mutu = mutuOf(hundredths);
  return {
    ok: true,
    result: {
      value: hundredths / 100, mutu, words: MUTU_WORDS[mutu], respondents: responses.length,
      elements: sums.map(({ element, total, answered }) => ({ element, answered, mean: Math.round((total / answered) * 1000) / 1000 })),
    },
  };
}

const ELEMENT_BY_KEY = new Map<string, IkmElement>(IKM_ELEMENTS.map((e) => [keyOf(e), e]));

function keyOf(label: string): string {
  return label.toLowerCase().replace(/[^a-z]/g, "");
}

/** The element a column header or a form question names ("Biaya / tarif" → "Biaya/Tarif"), or null. */
export function ikmElementOf(label: string): IkmElement | null {
  return ELEMENT_BY_KEY.get(keyOf(label)) ?? null;
}

/**
 * One answer cell: 1–4 (a number, "3", or a form's "3 - Baik"), blank for not answered; anything
 * else is a message naming the element, for the row's note.
 */
export function ikmAnswerOf(element: IkmElement, cell: unknown): { answer: IkmAnswer | null } | { problem: string } {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return { answer: null };
  const match = typeof cell === "number" ? String(cell) : typeof cell === "string" ? /^\s*([1-4])(?:\s*[-–.:)]\s*\S.*)?\s*$/.exec(cell)?.[1] : undefined;
  if (match === "1" || match === "2" || match === "3" || match === "4") return { answer: Number(match) as IkmAnswer };
  return { problem: `Jawaban unsur ${element} harus 1, 2, 3 atau 4 (atau kosong bila tidak dijawab).` };
}
