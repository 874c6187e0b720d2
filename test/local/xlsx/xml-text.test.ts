import { describe, expect, it } from "vitest";
import { decodeText, encodeText } from "../../../sync/local/xlsx/xml-text";

describe("text read from SpreadsheetML", () => {
  it("decodes the five entities and decimal and hex character references", () => {
    expect(decodeText("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;")).toBe("a & b <c> \"d\" 'e' AB😀");
  });

  it("decodes OOXML _xHHHH_ escapes, and _x005F_ protects a literal escape", () => {
    expect(decodeText("Nama_x0007_ke_x000D_dua")).toBe("Nama\u0007ke\rdua");
    expect(decodeText("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeText("_x00zz_ dan _x41_")).toBe("_x00zz_ dan _x41_"); // not escapes: kept
  });

  it("keeps CDATA literally and drops comments", () => {
    expect(decodeText("a<![CDATA[<b> & _x0041_]]>c<!-- catatan -->d")).toBe("a<b> & Acd");
  });

  it("normalises line ends as XML does, but keeps a CR written as a reference", () => {
    expect(decodeText("a\r\nb\rc&#13;")).toBe("a\nb\nc\r");
  });
});

describe("text written into SpreadsheetML", () => {
  const samples = [
    "biasa",
    "Rina <Kartika> & \"Sari\"",
    "bel\u0007 nul\u0000 esc\u001b",
    "literal _x0041_ dan _x005F_",
    "baris\r\nbaru\ttab",
    "setengah \ud800 surrogate",
    "emoji 😀 tetap",
    "\uffff\ufffe",
  ];

  it.each(samples)("round-trips %j exactly", (text) => {
    expect(decodeText(encodeText(text))).toBe(text);
  });

  it("never leaves a character XML 1.0 refuses", () => {
    const encoded = samples.map(encodeText).join("");
    expect(encoded).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/);
    expect(encoded).not.toMatch(/[<&](?!amp;|lt;|gt;)/);
  });
});
