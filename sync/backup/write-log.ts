// What a write has done so far, merged into readable lines, and the error when it stops part-way.
import { SyncError } from "./errors";
import type { WrittenPart } from "./places/types";

const fmt = (n: number): string => n.toLocaleString("id-ID");

/** Merges adjacent parts of the same tab and kind: "Permohonan: nilai baris 1–40.000". */
export function summariseParts(parts: readonly WrittenPart[]): string[] {
  const merged: WrittenPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.tab === part.tab && last.what === part.what && part.fromRow <= last.toRow + 1) {
      merged[merged.length - 1] = { ...last, toRow: Math.max(last.toRow, part.toRow) };
    } else {
      merged.push(part);
    }
  }
  return merged.map((p) => {
    if (p.what === "tab baru") return `${p.tab}: tab baru dibuat`;
    if (p.what === "ukuran") return `${p.tab}: ukuran kisi diperbesar sampai baris ${fmt(p.toRow)}`;
    const span = p.fromRow === p.toRow ? `baris ${fmt(p.fromRow)}` : `baris ${fmt(p.fromRow)}–${fmt(p.toRow)}`;
    return `${p.tab}: ${p.what} ${span}`;
  });
}

/**
 * The error for a write that stopped: the cause, exactly what was written, and why running the
 * same restore again is safe (it compares again and every write is to fixed cells, never an append).
 */
export function partialWriteError(parts: readonly WrittenPart[], cause: SyncError): SyncError {
  const done = summariseParts(parts);
  const lines = [
    `Penulisan berhenti di tengah jalan: ${cause.message}`,
    done.length > 0 ? "Yang sudah ditulis:" : "Belum ada yang ditulis.",
    ...done.map((l) => `  - ${l}`),
    "Sisanya belum ditulis. Menjalankan perintah yang sama lagi aman: hanya baris yang masih berbeda yang ditulis.",
  ];
  return new SyncError("PARTIAL_WRITE", lines.join("\n"), { cause });
}
