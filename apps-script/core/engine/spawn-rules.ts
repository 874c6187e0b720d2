// Letters whose number creates cases: when the head numbers the approval of an RCC request
// (seed 003, lampiran IV, D7A), each approved participant becomes a case of its own in Peserta
// RCC, linked to the request, and is told by e-mail that the self-assessment APL.02.RCC can now
// be recorded (the seed's "mendapatkan akun"). One registry, looked up by letter code.
import { normalizeHeader } from "../registers/table";

export interface SpawnRule {
  /** The letter type whose numbering creates the cases. */
  readonly letter: string;
  /**
   * Only requests of these services (their Kode Alur) open cases; all when absent. The training
   * (lampiran V) shares the RCC's register and approval letter but gives its participants no account.
   */
  readonly services?: readonly string[];
  /** Column of the request listing one approved person per line: "Nama Lengkap <alamat@email>". */
  readonly listColumn: string;
  /** Where the new cases go and which of their columns the engine fills. */
  readonly target: {
    readonly register: string;
    /** The `case` column naming the request. */
    readonly link: string;
    readonly name: string;
    readonly email: string;
    /** The date column set to the letter's date (the case counts from it). */
    readonly since: string;
  };
  /** The e-mail each new case's person gets; no NIK/NIP, only what the letter already said. */
  readonly mail: (facts: { name: string; caseId: string; requestId: string; letterNumber: string }) => { subject: string; body: string };
}

export const SPAWN_RULES: readonly SpawnRule[] = [
  {
    letter: "PERSETUJUAN_RCC",
    services: ["RCC_ASESOR"],
    listColumn: "Peserta Disetujui",
    target: { register: "Peserta RCC", link: "ID Permohonan Asesor", name: "Nama Peserta", email: "Email Peserta", since: "Tanggal Akun" },
    mail: ({ name, caseId, requestId, letterNumber }) => ({
      subject: `Akun RCC Asesor Kompetensi ${caseId}: silakan isi APL.02.RCC`,
      body: [
        `Yth. ${name},`,
        "",
        `Permohonan RCC Asesor Kompetensi ${requestId} telah disetujui dengan surat nomor ${letterNumber}.`,
        `Anda terdaftar sebagai peserta dengan nomor ${caseId}. Silakan melengkapi asesmen mandiri (APL.02.RCC) sesuai petunjuk sekretariat.`,
        "",
        "Surel ini dikirim otomatis; mohon tidak membalas.",
      ].join("\n"),
    }),
  },
];

export interface ListedPerson {
  readonly name: string;
  readonly email: string | null;
}

const EMAIL = /<?\s*([^\s<>;,|]+@[^\s<>;,|]+\.[^\s<>;,|]+)\s*>?/;

/**
 * The people a list cell names, one per line (or per semicolon when the cell has one line):
 * "Dr. Lina, M.Psi. <lina@contoh.id>" → { name: "Dr. Lina, M.Psi.", email: "lina@contoh.id" }.
 * @example listedPeople("Ahmad <a@x.id>\nSri Lestari") // [{ name: "Ahmad", email: "a@x.id" }, { name: "Sri Lestari", email: null }]
 */
export function listedPeople(cell: string): ListedPerson[] {
  const lines = cell.includes("\n") ? cell.split(/\r?\n/) : cell.split(";");
  const people: ListedPerson[] = [];
  for (const line of lines) {
    const match = EMAIL.exec(line);
    const name = (match ? line.replace(match[0], " ") : line).replace(/\s+/g, " ").replace(/^[\s\-–|:;]+|[\s\-–|:;,]+$/g, "").trim();
    if (name === "") continue;
    people.push({ name, email: match ? match[1]!.toLowerCase() : null });
  }
  return people;
}

/** What makes a listed person the same person in an existing row: the e-mail, else the name. */
export function personKey(person: ListedPerson): string {
  return person.email ? `surel:${person.email.toLowerCase()}` : `nama:${normalizeHeader(person.name)}`;
}

export function spawnRuleFor(letterType: string): SpawnRule | undefined {
  return SPAWN_RULES.find((rule) => rule.letter === letterType);
}
