// The QR PNG written in core: a valid PNG (pngjs checks every CRC and the zlib checksum) that jsqr
// decodes to the text given, also where there is no TextEncoder (Apps Script), and the address.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { qrPng, qrPngDataUrl, verificationAddress } from "../../apps-script/core/letters/qr";

function decoded(bytes: readonly number[]): string | null {
  const image = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe("verificationAddress", () => {
  it("adds kode= as the query, or to a query already there, and is null without an address", () => {
    expect(verificationAddress("https://script.google.com/macros/s/AKfy/exec", "1Y62-N7HV-3Q3Y")).toBe("https://script.google.com/macros/s/AKfy/exec?kode=1Y62-N7HV-3Q3Y");
    expect(verificationAddress("https://contoh.go.id/verifikasi?lang=id", "1Y62-N7HV-3Q3Y")).toBe("https://contoh.go.id/verifikasi?lang=id&kode=1Y62-N7HV-3Q3Y");
    expect(verificationAddress(null, "1Y62-N7HV-3Q3Y")).toBeNull();
    expect(verificationAddress("  ", "1Y62-N7HV-3Q3Y")).toBeNull();
  });
});

describe("qrPng", () => {
  it("is a PNG that decodes to its text, sized by the modules, with a quiet zone", () => {
    for (const text of ["https://script.google.com/macros/s/AKfy/exec?kode=1Y62-N7HV-3Q3Y", "x".repeat(300)]) {
      const { bytes, pixels } = qrPng(text);
      expect(PNG.sync.read(Buffer.from(bytes)).width).toBe(pixels);
      expect(decoded(bytes)).toBe(text);
    }
    expect(qrPng("a").pixels).toBeLessThan(qrPng("a".repeat(200)).pixels);
    expect(qrPngDataUrl("a")).toBe(`data:image/png;base64,${Buffer.from(qrPng("a").bytes).toString("base64")}`);
  });

  it("encodes UTF-8 itself where the runtime has no TextEncoder, and leaves none behind", () => {
    const scope = globalThis as { TextEncoder?: unknown };
    const saved = scope.TextEncoder;
    delete scope.TextEncoder;
    try {
      const text = "Sertifikat Sulawesi — “ü” 𝄞";
      expect(decoded(qrPng(text).bytes)).toBe(text);
      expect(scope.TextEncoder).toBeUndefined();
    } finally {
      scope.TextEncoder = saved;
    }
  });
});
