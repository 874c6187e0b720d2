// The Otomatis moves (Peran "Otomatis"): the engine takes them itself right after a case enters
// their FROM state (case-step.ts: takeAutomaticMoves). Here: the chain limit and the Riwayat note.
import type { MoveDef } from "../workflow/definition";
import { type GuardInput, parseDayDistance, splitGuard, TODAY_COLUMN } from "./guards";

/** At most this many Otomatis moves in one step, so two moves that point at each other cannot spin. */
export const MAX_AUTOMATIC_MOVES = 3;

/**
 * Why the engine took the move, for Riwayat: each day-distance rule with the days it counted
 * ("Tanggal Asesmen Lengkap ke Tanggal LKS Ditutup 16 hari kalender (> 15)"), then where the case went.
 */
export function automaticNote(move: MoveDef, input: GuardInput): string {
  const reasons = move.guards.flatMap((text) => {
    const { name, argument } = splitGuard(text);
    const rule = name === "JARAK_HARI" ? parseDayDistance(argument) : null;
    if (!rule) return [];
    const dateOf = (column: string) => (column.toLowerCase() === TODAY_COLUMN.toLowerCase() ? input.today : input.date(column));
    const [from, to] = [dateOf(rule.from), dateOf(rule.to)];
    if (!from || !to) return [];
    return [`${rule.from} ke ${rule.to} ${input.daysBetween(from, to, rule.unit)} ${rule.unit} (${rule.comparison} ${rule.days})`];
  });
  const why = reasons.length > 0 ? `${reasons.join("; ")}: ` : "syarat terpenuhi: ";
  return `Langkah otomatis oleh mesin, ${why}diteruskan ke ${move.to}`;
}
