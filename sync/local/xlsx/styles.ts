// The workbook's style table as far as writing needs it: each cell format's (xf's) number format,
// and new xfs appended when a written value needs another number format. An existing xf, font,
// fill, border, dxf or cell style is never changed — that is what spread one date format over
// every cell sharing a style (issue 8). New xfs copy the base xf with only numFmtId (and
// applyNumberFormat) replaced. Element order follows CT_Stylesheet (ECMA-376 Part 1 §18.8.39).
import { builtinKind, DATE_FORMAT, DATETIME_FORMAT, formatKind, type FormatKind } from "./number-format";
import { attributesOf } from "./package";
import { encodeAttribute } from "./xml-text";

/** The number format a written value needs. */
export type WantedFormat = "date" | "datetime" | "general" | "text";

const WANTED_CODE: Record<WantedFormat, string | number> = { date: DATE_FORMAT, datetime: DATETIME_FORMAT, general: 0, text: 49 };
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface Section {
  /** Offsets of the whole element, of its start tag's end, and of its end tag's start. */
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly prefix: string;
  readonly children: readonly { readonly start: number; readonly end: number }[];
}

function findSection(xml: string, name: string): Section | null {
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? "";
  const start = open.index;
  const openEnd = start + open[0].length;
  if (open[2] === "/") return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true, prefix, children: [] };
  const closeTag = `</${prefix}${name}>`;
  const closeStart = xml.indexOf(closeTag, openEnd);
  if (closeStart < 0) return null;
  const children: { start: number; end: number }[] = [];
  // Direct children: <font>…</font>, <xf …/>, <numFmt …/> (they do not nest in themselves).
  const child = /<([A-Za-z_][\w.-]*:)?([A-Za-z]+)\b[^>]*?(\/?)>/g;
  child.lastIndex = openEnd;
  for (let m = child.exec(xml); m && m.index < closeStart; m = child.exec(xml)) {
    if (m[3] === "/") children.push({ start: m.index, end: m.index + m[0].length });
    else {
      const close = xml.indexOf(`</${m[1] ?? ""}${m[2]}>`, m.index);
      const end = close < 0 ? closeStart : close + `</${m[1] ?? ""}${m[2]}>`.length;
      children.push({ start: m.index, end });
      child.lastIndex = end;
    }
  }
  return { start, openEnd, closeStart, end: closeStart + closeTag.length, selfClosing: false, prefix, children };
}

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

export class StyleBook {
  private readonly numFmts = new Map<number, string>();
  private readonly xfs: string[];
  private readonly xfFormats: number[];
  private readonly added: string[] = [];
  private readonly addedFormats: { id: number; code: string }[] = [];
  private readonly addedFonts: string[] = [];
  private readonly derived = new Map<string, number>();
  /** kindOf by xf (an xf never changes once made, so neither does its kind). */
  private readonly kinds = new Map<number, FormatKind>();
  private readonly sections: Map<string, Section | null>;
  private readonly rootPrefix: string;

  /** `xml` is styles.xml; a workbook without one gets a minimal table (see `minimalStyles`). */
  constructor(readonly xml: string) {
    this.sections = new Map(ORDER.map((name) => [name, findSection(xml, name)]));
    this.rootPrefix = /<([A-Za-z_][\w.-]*:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    const numFmts = this.sections.get("numFmts");
    for (const c of numFmts?.children ?? []) {
      const a = attributesOf(xml.slice(c.start, c.end));
      if (a.numFmtId !== undefined) this.numFmts.set(Number(a.numFmtId), a.formatCode ?? "");
    }
    const cellXfs = this.sections.get("cellXfs");
    this.xfs = (cellXfs?.children ?? []).map((c) => xml.slice(c.start, c.end));
    this.xfFormats = this.xfs.map((xf) => Number(attributesOf(/^<[^>]*>/.exec(xf)?.[0] ?? "").numFmtId ?? 0));
  }

  /** How many xfs the table had when read (indexes below this are the file's own). */
  get originalCount(): number {
    return this.xfs.length;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The xf's own text as read (for the self-check), or undefined past the end. */
  xfText(xf: number): string | undefined {
    return this.xfs[xf] ?? this.added[xf - this.xfs.length];
  }

  /** The text of a top-level section as read ("fonts", "dxfs" …), or null when absent. */
  sectionText(name: string): string | null {
    const section = this.sections.get(name);
    return section ? this.xml.slice(section.start, section.end) : null;
  }

  /** The texts of a section's children as read (each <font>, each <xf> …). */
  childTexts(name: string): string[] {
    return (this.sections.get(name)?.children ?? []).map((c) => this.xml.slice(c.start, c.end));
  }

  static readonly SECTIONS = ORDER;

  numFmtCode(id: number): string | undefined {
    return this.numFmts.get(id) ?? this.addedFormats.find((f) => f.id === id)?.code;
  }

  numFmtIds(): number[] {
    return [...this.numFmts.keys()];
  }

  private formatIdOf(xf: number): number {
    if (xf < this.xfs.length) return this.xfFormats[xf] ?? 0;
    const text = this.added[xf - this.xfs.length];
    return text === undefined ? 0 : Number(attributesOf(/^<[^>]*>/.exec(text)?.[0] ?? "").numFmtId ?? 0);
  }

  /** What the xf's number format shows. A style index past the table reads as xf 0, as Excel does. */
  kindOf(xf: number): FormatKind {
    const index = xf >= 0 && xf < this.xfs.length + this.added.length ? xf : 0;
    let kind = this.kinds.get(index);
    if (kind === undefined) {
      const id = this.formatIdOf(index);
      // A <numFmt> of the file wins, even over a built-in id (LibreOffice defines 164 as "General").
      const code = this.numFmtCode(id);
      kind = code !== undefined ? formatKind(code) : (builtinKind(id) ?? "number");
      this.kinds.set(index, kind);
    }
    return kind;
  }

  private numFmtFor(wanted: WantedFormat): number {
    const code = WANTED_CODE[wanted];
    if (typeof code === "number") return code;
    for (const [id, existing] of this.numFmts) if (existing === code) return id;
    const added = this.addedFormats.find((f) => f.code === code);
    if (added) return added.id;
    const id = Math.max(163, ...this.numFmts.keys(), ...this.addedFormats.map((f) => f.id)) + 1;
    this.addedFormats.push({ id, code });
    return id;
  }

  /** An xf like `base` but showing `wanted`: appended once per (base, format) pair. */
  derive(base: number, wanted: WantedFormat): number {
    const key = `${base}:${wanted}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const numFmtId = String(this.numFmtFor(wanted));
    const prefix = this.sections.get("cellXfs")?.prefix ?? this.rootPrefix;
    const source = this.xfText(base) ?? this.xfs[0] ?? `<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<[^>]*>/.exec(source)![0];
    let tag = setAttribute(open, "numFmtId", numFmtId);
    tag = setAttribute(tag, "applyNumberFormat", "1");
    const index = this.xfs.length + this.added.length;
    this.added.push(tag + source.slice(open.length));
    this.derived.set(key, index);
    return index;
  }

  /** An xf like xf 0 with a bold font (a new font copied from font 0), for new header rows. */
  boldHeader(): number {
    const key = "bold";
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const fonts = this.sections.get("fonts");
    const prefix = fonts?.prefix ?? this.rootPrefix;
    const first = fonts?.children[0];
    const font = first ? this.xml.slice(first.start, first.end) : `<${prefix}font/>`;
    const bold = font.endsWith("/>") ? `${font.slice(0, -2)}><${prefix}b/></${prefix}font>` : font.replace(/^(<[^>]*>)/, `$1<${prefix}b/>`);
    const fontId = (fonts?.children.length ?? 0) + this.addedFonts.length;
    this.addedFonts.push(bold);
    const base = this.xfs[0] ?? `<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<[^>]*>/.exec(base)![0];
    const tag = setAttribute(setAttribute(open, "fontId", String(fontId)), "applyFont", "1");
    const index = this.xfs.length + this.added.length;
    this.added.push(tag + base.slice(open.length));
    this.derived.set(key, index);
    return index;
  }

  /** styles.xml with the additions, every other byte as read. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: { at: number; remove: number; text: string }[] = [];
    const appendTo = (name: string, items: string[], countDelta: number) => {
      const s = this.sections.get(name);
      if (!s) return false;
      const total = s.children.length + countDelta;
      const open = this.xml.slice(s.start, s.openEnd);
      const counted = /\scount\s*=/.test(open) ? setAttribute(open, "count", String(total)) : open;
      if (s.selfClosing) edits.push({ at: s.start, remove: s.end - s.start, text: `${counted.replace(/\s*\/>$/, ">")}${items.join("")}</${s.prefix}${name}>` });
      else {
        edits.push({ at: s.start, remove: s.openEnd - s.start, text: counted });
        edits.push({ at: s.closeStart, remove: 0, text: items.join("") });
      }
      return true;
    };
    const p = this.rootPrefix;
    if (this.addedFormats.length > 0) {
      const items = this.addedFormats.map((f) => `<${this.sections.get("numFmts")?.prefix ?? p}numFmt numFmtId="${f.id}" formatCode="${encodeAttribute(f.code)}"/>`);
      if (!appendTo("numFmts", items, items.length)) {
        const rootEnd = this.xml.indexOf(">", /<([A-Za-z_][\w.-]*:)?styleSheet\b/.exec(this.xml)!.index) + 1;
        edits.push({ at: rootEnd, remove: 0, text: `<${p}numFmts count="${items.length}">${items.join("")}</${p}numFmts>` });
      }
    }
    if (this.addedFonts.length > 0) appendTo("fonts", this.addedFonts, this.addedFonts.length);
    if (!appendTo("cellXfs", this.added, this.added.length)) {
      const next = ORDER.slice(ORDER.indexOf("cellStyles")).map((n) => this.sections.get(n)).find((s) => s);
      const at = next ? next.start : this.xml.lastIndexOf("</");
      const base = this.xfs.length === 0 ? [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`] : [];
      edits.push({ at, remove: 0, text: `<${p}cellXfs count="${base.length + this.added.length}">${[...base, ...this.added].join("")}</${p}cellXfs>` });
    }
    // From the end backwards; at one offset the replacement first, so an insertion lands before it.
    edits.sort((a, b) => b.at - a.at || b.remove - a.remove);
    let out = this.xml;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
    return out;
  }
}

/** styles.xml for a package that has none: one font, the two required fills, one border, xf 0. */
export function minimalStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}
