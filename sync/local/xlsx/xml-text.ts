// Text in and out of SpreadsheetML: XML character data (entities, character references, CDATA,
// line-end normalisation — XML 1.0 §2.11, §4.6) and, on top of it, OOXML's `_xHHHH_` escapes for
// characters XML cannot hold (ECMA-376 Part 1 §22.9.2.19 ST_Xstring; `_x005F_` escapes a literal
// underscore). Writing escapes every control character, so a file we save always reopens.

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function decodeEntities(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Character data with markup (CDATA sections, comments) inside: CDATA kept literally. */
function decodeMixed(raw: string): string {
  let out = "";
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf("<", at);
    if (open < 0) {
      out += decodeEntities(raw.slice(at));
      break;
    }
    out += decodeEntities(raw.slice(at, open));
    if (raw.startsWith("<![CDATA[", open)) {
      const close = raw.indexOf("]]>", open + 9);
      const end = close < 0 ? raw.length : close;
      out += raw.slice(open + 9, end);
      at = end + 3;
    } else {
      const close = raw.indexOf(raw.startsWith("<!--", open) ? "-->" : ">", open);
      at = close < 0 ? raw.length : close + (raw.startsWith("<!--", open) ? 3 : 1);
    }
  }
  return out;
}

/** Decodes `_xHHHH_` escapes (a decoded `_x005F_` is a literal underscore). */
export function decodeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Character data as an application sees it: XML decoded, then OOXML escapes decoded. */
export function decodeText(raw: string): string {
  return decodeOoxml(raw.includes("<") ? decodeMixed(raw) : decodeEntities(raw));
}

/** An attribute value as decoded text (attributes carry no OOXML escapes). */
export function decodeAttribute(raw: string): string {
  return decodeEntities(raw);
}

// Characters XML 1.0 cannot carry (§2.2), carriage return (parsers turn it into a line feed),
// and lone surrogates (UTF-8 cannot encode them): all written as _xHHHH_.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LITERAL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** Text for an element's content: a literal "_x0041_" survives, control characters become escapes. */
export function encodeText(text: string): string {
  let out = text.includes("_x") ? text.replace(LITERAL_ESCAPE, "_x005F_") : text;
  out = out.replace(UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeMarkup(out);
}

/** Escapes &, < and > for element content. */
export function escapeMarkup(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text for an attribute value in double quotes (white space kept as character references). */
export function encodeAttribute(text: string): string {
  return escapeMarkup(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}
