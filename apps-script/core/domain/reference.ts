// Reference lists every office shares (DOMAIN.md "Reference facts"), in their legal order.

/** Golongan/ruang PNS with pangkat, lowest first (PP 17/2020, BKN). */
export const GOLONGAN = [
  { code: "I/a", pangkat: "Juru Muda" },
  { code: "I/b", pangkat: "Juru Muda Tk. I" },
  { code: "I/c", pangkat: "Juru" },
  { code: "I/d", pangkat: "Juru Tk. I" },
  { code: "II/a", pangkat: "Pengatur Muda" },
  { code: "II/b", pangkat: "Pengatur Muda Tk. I" },
  { code: "II/c", pangkat: "Pengatur" },
  { code: "II/d", pangkat: "Pengatur Tk. I" },
  { code: "III/a", pangkat: "Penata Muda" },
  { code: "III/b", pangkat: "Penata Muda Tk. I" },
  { code: "III/c", pangkat: "Penata" },
  { code: "III/d", pangkat: "Penata Tk. I" },
  { code: "IV/a", pangkat: "Pembina" },
  { code: "IV/b", pangkat: "Pembina Tk. I" },
  { code: "IV/c", pangkat: "Pembina Utama Muda" },
  { code: "IV/d", pangkat: "Pembina Utama Madya" },
  { code: "IV/e", pangkat: "Pembina Utama" },
] as const;

export const GOLONGAN_CODES: readonly string[] = GOLONGAN.map((g) => g.code);

/** Rank of a golongan code (0 = I/a), or -1 when unknown. Accepts "II/b" and "Pengatur Muda Tk. I (II/b)". */
export function golonganRank(text: string): number {
  const code = normalizeGolongan(text);
  return code === null ? -1 : GOLONGAN_CODES.indexOf(code);
}

/** Extracts and normalises a golongan code ("iii / A" → "III/a"), or null. */
export function normalizeGolongan(text: string): string | null {
  const match = /\b(IV|III|II|I)\s*\/\s*([a-e])\b/i.exec(text);
  if (!match) return null;
  const code = `${match[1]!.toUpperCase()}/${match[2]!.toLowerCase()}`;
  return GOLONGAN_CODES.includes(code) ? code : null;
}

/** Education levels; D-IV and S1 share a rank. */
export const PENDIDIKAN = ["SD", "SMP", "SMA/SMK", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3"] as const;
const PENDIDIKAN_RANK: Readonly<Record<string, number>> = {
  SD: 0, SMP: 1, "SMA/SMK": 2, "D-I": 3, "D-II": 4, "D-III": 5, "D-IV": 6, S1: 6, S2: 7, S3: 8,
};

/** Normalises common spellings ("DIII", "D3", "sma", "S-1") to a PENDIDIKAN value, or null. */
export function normalizePendidikan(text: string): string | null {
  const compact = text.trim().toUpperCase().replace(/[\s.]/g, "");
  const aliases: Record<string, string> = {
    SD: "SD", SMP: "SMP", SLTP: "SMP", SMA: "SMA/SMK", SMK: "SMA/SMK", "SMA/SMK": "SMA/SMK", SLTA: "SMA/SMK",
    DI: "D-I", D1: "D-I", "D-I": "D-I", "D-1": "D-I",
    DII: "D-II", D2: "D-II", "D-II": "D-II", "D-2": "D-II",
    DIII: "D-III", D3: "D-III", "D-III": "D-III", "D-3": "D-III",
    DIV: "D-IV", D4: "D-IV", "D-IV": "D-IV", "D-4": "D-IV",
    S1: "S1", "S-1": "S1", S2: "S2", "S-2": "S2", S3: "S3", "S-3": "S3",
  };
  return aliases[compact] ?? null;
}

/** Rank for comparisons, or -1 when unknown. */
export function pendidikanRank(text: string): number {
  const level = normalizePendidikan(text);
  return level === null ? -1 : (PENDIDIKAN_RANK[level] ?? -1);
}

/** Roles in the Pengguna register. Admin may make every move. */
export const ROLES = ["Petugas", "Verifikator", "Asesor", "Kepala", "Admin"] as const;
export type Role = (typeof ROLES)[number];
export const ADMIN_ROLE: Role = "Admin";

export const YES = "Ya";
export const NO = "Tidak";
