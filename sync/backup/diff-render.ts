// Differences as Indonesian text lines: counts per tab, then IDs (a few, then "dan N lainnya").
import { hasChanges, type TabDiff } from "./diff";

export interface DiffWords {
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
  readonly onlyA: string;
  readonly onlyB: string;
}

export const DIFF_WORDS: DiffWords = { added: "baru", removed: "hilang", changed: "berubah", onlyA: "hanya ada di A", onlyB: "hanya ada di B" };
export const RESTORE_WORDS: DiffWords = {
  added: "ditambahkan",
  removed: "dihapus",
  changed: "diubah",
  onlyA: "ada di target tetapi tidak di sumber (dibiarkan)",
  onlyB: "tab baru, dibuat",
};

const fmt = (n: number): string => n.toLocaleString("id-ID");

function sample(items: readonly string[], limit: number): string {
  const shown = items.slice(0, limit).join(", ");
  return items.length > limit ? `${shown}, dan ${fmt(items.length - limit)} lainnya` : shown;
}

export function renderDiff(diffs: readonly TabDiff[], words: DiffWords = DIFF_WORDS, limit = 10): string[] {
  const lines: string[] = [];
  for (const d of diffs) {
    const head = `Tab "${d.name}"`;
    if (d.only === "a") {
      lines.push(`${head}: ${words.onlyA}`);
      continue;
    }
    if (d.only === "b") {
      lines.push(`${head}: ${words.onlyB}`);
      continue;
    }
    if (!hasChanges(d)) {
      lines.push(`${head}: sama`);
      continue;
    }
    const counts = [
      d.added.length > 0 ? `${fmt(d.added.length)} baris ${words.added}` : "",
      d.removed.length > 0 ? `${fmt(d.removed.length)} baris ${words.removed}` : "",
      d.changed.length > 0 ? `${fmt(d.changed.length)} baris ${words.changed}` : "",
    ].filter(Boolean);
    lines.push(`${head}: ${counts.length > 0 ? counts.join(", ") : "isi baris sama"}${d.byPosition ? " (dibandingkan per nomor baris)" : ""}`);
    if (d.added.length > 0) lines.push(`  ${words.added}: ${sample(d.added, limit)}`);
    if (d.removed.length > 0) lines.push(`  ${words.removed}: ${sample(d.removed, limit)}`);
    if (d.changed.length > 0) {
      const items = d.changed.map((c) => `${c.ref} (${c.columns.slice(0, 4).join(", ")}${c.columns.length > 4 ? ", …" : ""})`);
      lines.push(`  ${words.changed}: ${sample(items, limit)}`);
    }
    if (d.headerChanged) lines.push("  baris judul (baris 1) berbeda");
    if (d.orderChanged) lines.push("  urutan baris berbeda (misalnya karena pengurutan)");
  }
  return lines;
}
