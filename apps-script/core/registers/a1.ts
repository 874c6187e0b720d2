// Spreadsheet column letters, shared by every place that writes A1 ranges.

/**
 * 0-based column index → letters.
 * @example columnLetters(0) // "A"; columnLetters(26) // "AA"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
