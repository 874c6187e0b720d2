// One <c> element for a value the engine writes: numbers as <v>, strings as inline strings
// (escaped, control characters as _xHHHH_, so the file always reopens), booleans as t="b",
// dates as serial numbers, null as an empty cell that keeps its style. Formulas (for new
// workbooks and callers that place one) carry their cached value.
import { type CellValue, isDateCell } from "../../../apps-script/core/ports";
import { columnLetters } from "../../../apps-script/core/registers/a1";
import { XlsxWriteRefused } from "./format-error";
import { dateToSerial } from "./serial-date";
import { encodeText } from "./xml-text";

/** "B7" for 0-based row 6, column 1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A number as xsd:double text. */
export function numberText(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new XlsxWriteRefused(`${where}: nilai angka tidak sah (${String(n)}) tidak dapat disimpan`);
  return Object.is(n, -0) ? "0" : String(n).replace("e", "E");
}

/** The serial of a date value, refused when it lies before the workbook's first day. */
export function serialOf(value: CellValue, date1904: boolean, where: string): number | null {
  if (!isDateCell(value)) return null;
  const serial = dateToSerial(value, date1904);
  if (serial === null) throw new XlsxWriteRefused(`${where}: tanggal ${value.date} sebelum tanggal pertama yang dapat disimpan spreadsheet`);
  return serial;
}

/**
 * The XML of a cell at (row, col) with style `style` (-1: none) holding `value`, or holding
 * `formula` (text without "=") with `value` as its cached result. `p` is the element prefix.
 */
export function cellXml(p: string, row: number, col: number, style: number, value: CellValue, date1904: boolean, formula?: string): string {
  const ref = a1(row, col);
  const s = style > 0 ? ` s="${style}"` : style === 0 ? ' s="0"' : "";
  const head = `<${p}c r="${ref}"${s}`;
  if (formula !== undefined) {
    const f = `<${p}f>${encodeText(formula)}</${p}f>`;
    if (value === null || value === "") return `${head}>${f}</${p}c>`;
    if (typeof value === "string") return `${head} t="str">${f}<${p}v>${encodeText(value)}</${p}v></${p}c>`;
    if (typeof value === "boolean") return `${head} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    const n = serialOf(value, date1904, ref) ?? (value as number);
    return `${head}>${f}<${p}v>${numberText(n, ref)}</${p}v></${p}c>`;
  }
  if (value === null || value === "") return `${head}/>`;
  if (typeof value === "string") {
    return `${head} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeText(value)}</${p}t></${p}is></${p}c>`;
  }
  if (typeof value === "boolean") return `${head} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const n = serialOf(value, date1904, ref) ?? (value as number);
  return `${head}><${p}v>${numberText(n, ref)}</${p}v></${p}c>`;
}

/** A growing byte buffer: original bytes copied in, new text encoded straight into it. */
export class ByteSink {
  private buffer: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(1024, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    // A quarter more, not double: at 50,000 rows the buffer is 80 MB and memory is the budget.
    const next = Buffer.allocUnsafe(Math.max(Math.ceil(this.buffer.length * 1.25), this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  bytes(source: Buffer, start: number, end: number): void {
    const length = end - start;
    if (length <= 0) return;
    this.reserve(length);
    const target = this.buffer;
    if (length < 32) {
      // Very short runs (the bytes between two cells) copy faster by hand than through a native call.
      let to = this.length;
      for (let i = start; i < end; i += 1) target[to++] = source[i]!;
    } else source.copy(target, this.length, start, end);
    this.length += length;
  }

  text(text: string): void {
    if (text.length === 0) return;
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
