import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../../sync/local/xlsx/crc32";
import { XlsxFormatError } from "../../../sync/local/xlsx/format-error";
import { readZip, writeZip } from "../../../sync/local/xlsx/zip";
import { inflateEntry } from "../../../sync/local/xlsx/zip-codec";

const archive = () =>
  zipSync(
    {
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/": new Uint8Array(0),
      "xl/workbook.xml": strToU8("<workbook>".padEnd(5000, "x") + "</workbook>"),
      "gambar.png": [new Uint8Array(256).map((_, i) => i), { level: 0 }],
    },
    { level: 9 },
  );

describe("the zip container", () => {
  it("computes CRC-32 as zip does", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("reads every entry, stored or deflated, in order", () => {
    const entries = readZip(archive());
    expect(entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/", "xl/workbook.xml", "gambar.png"]);
    expect(inflateEntry(entries[2]!).toString("utf8")).toMatch(/^<workbook>x+<\/workbook>$/);
    expect([...inflateEntry(entries[3]!)].slice(250)).toEqual([250, 251, 252, 253, 254, 255]);
  });

  it("copies unchanged entries compressed byte for byte, and writes new content fflate can read", () => {
    const original = readZip(archive());
    const bytes = writeZip([{ entry: original[0]! }, { entry: original[1]! }, { name: "xl/workbook.xml", data: strToU8("<baru/>"), like: original[2]! }, { entry: original[3]! }]);
    const again = readZip(bytes);
    expect(again.map((e) => e.name)).toEqual(original.map((e) => e.name));
    expect(Buffer.from(again[0]!.raw).equals(Buffer.from(original[0]!.raw))).toBe(true);
    expect(Buffer.from(again[3]!.raw).equals(Buffer.from(original[3]!.raw))).toBe(true);
    const independent = unzipSync(bytes);
    expect(strFromU8(independent["xl/workbook.xml"]!)).toBe("<baru/>");
    expect(strFromU8(independent["[Content_Types].xml"]!)).toBe("<Types/>");
  });

  it("refuses a damaged entry by its CRC, in Indonesian", () => {
    const bytes = archive();
    const entries = readZip(bytes);
    const damaged = Uint8Array.from(bytes);
    const at = entries[3]!.raw.byteOffset + 10; // inside the stored picture
    damaged[at] = damaged[at]! ^ 0xff;
    expect(() => inflateEntry(readZip(damaged)[3]!)).toThrow(/rusak/);
  });

  it("refuses what is not a zip, or a zip cut short, with its own words", () => {
    expect(() => readZip(strToU8("bukan xlsx sama sekali, hanya teks biasa"))).toThrow(XlsxFormatError);
    expect(() => readZip(archive().subarray(0, 200))).toThrow(/tidak lengkap|terpotong/);
    try {
      readZip(strToU8("bukan xlsx sama sekali, hanya teks biasa"));
    } catch (error) {
      expect((error as Error).message).not.toMatch(/Corrupted|central directory|invalid/i);
    }
  });
});
