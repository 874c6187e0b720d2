// Platform errors become the project's own (with a code and a message staff can read), and
// every text shown or logged is stripped of long digit runs so no NIK/NIP can leak.
import { LockBusyError, WorkbookError } from "../core/ports";

/** Masks digit runs of 8 or more (NIK has 16, NIP 18): nothing personal reaches a log or toast. */
export function redact(text: string): string {
  return text.replace(/\d[\d\s.-]{6,}\d/g, (run) => (run.replace(/\D/g, "").length >= 8 ? "[angka disamarkan]" : run));
}

export function messageOf(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}

const RULES: readonly [RegExp, WorkbookError["code"], string][] = [
  [/protected|permission|izin|not authori[sz]ed|access denied/i, "NO_ACCESS", "Akun ini tidak berhak mengubah bagian spreadsheet tersebut"],
  [/too many times|quota|limit exceeded|timed out|try again later|Exceeded maximum execution time|busy/i, "QUOTA", "Batas layanan Google tercapai; coba lagi beberapa menit lagi"],
  [/not found|could not be found|no item with the given id/i, "NOT_FOUND", "Tab atau berkas tidak ditemukan"],
];

/** A WorkbookError for any platform failure; project errors pass through unchanged. */
export function translateError(error: unknown): Error {
  if (error instanceof WorkbookError || error instanceof LockBusyError) return error;
  const detail = messageOf(error);
  for (const [pattern, code, message] of RULES) {
    if (pattern.test(detail)) return new WorkbookError(code, `${message} (${detail})`);
  }
  return new WorkbookError("INVALID", `Spreadsheet menolak perintah: ${detail}`);
}

/** Runs platform work, translating what it throws. */
export function atBoundary<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translateError(error);
  }
}
