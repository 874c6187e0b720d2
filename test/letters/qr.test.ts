// The certificate's QR code read back from what a person sees: the certificate rendered in headless
// Chromium with a known web app address and code, a screenshot taken, and jsqr (pngjs reading the
// PNG) must decode exactly the verification address. Skipped without Chromium, like the other
// browser tests. Artifacts: test-artifacts/letters/sertifikat-qr.png (the whole certificate, both
// sides) and sertifikat-qr-kode.png (the QR's cell as cropped for decoding); test-artifacts/ is
// ignored by git.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import jsQR from "jsqr";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificationAddress } from "../../apps-script/core/letters/qr";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { CHROMIUM_PATH, findChromium, launchChromium } from "../../sync/letters/chromium";
import { makeOffice, sampleData } from "./fixtures";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/letters");
const CHROMIUM = findChromium();
const WEB_APP = "https://script.google.com/macros/s/AKfycbwQrTest-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ/exec";
const CODE = "7K2M-9Q4R-XT3V";

function decode(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe.skipIf(!CHROMIUM)(`the certificate's QR code in headless Chromium (${CHROMIUM_PATH})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium(CHROMIUM!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("decodes from a screenshot of the rendered certificate to its verification address", async () => {
    const letter = prepareLetter("SERTIFIKAT", sampleData("SERTIFIKAT"), { ...makeOffice(), caseId: "PRM-2026-0123", verification: { code: CODE, webAppUrl: WEB_APP } });
    const address = verificationAddress(WEB_APP, CODE)!;
    const htmlPath = join(ARTIFACTS, "sertifikat-qr.html");
    writeFileSync(htmlPath, letter.html);
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    try {
      await page.goto(pathToFileURL(htmlPath).href);
      // As printed on the page: the image at its CSS size (2.8 cm), not the PNG's own pixels.
      const box = await page.locator("img.sert-qr").boundingBox();
      expect(box!.width).toBeGreaterThan(90);
      expect(box!.width).toBeLessThan(120);
      const whole = await page.screenshot({ path: join(ARTIFACTS, "sertifikat-qr.png"), fullPage: true });
      expect(decode(whole)).toBe(address);
      const cell = await page.locator("td.sert-kode").screenshot({ path: join(ARTIFACTS, "sertifikat-qr-kode.png") });
      expect(decode(cell)).toBe(address);
    } finally {
      await page.close();
    }
  });

  it("a certificate without the web app's address shows no QR code to decode", async () => {
    const letter = prepareLetter("SERTIFIKAT", sampleData("SERTIFIKAT"), { ...makeOffice(), caseId: "PRM-2026-0123", verification: { code: CODE, webAppUrl: null } });
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    try {
      await page.setContent(letter.html);
      expect(await page.locator("img").count()).toBe(0);
      expect(decode(await page.screenshot({ fullPage: true }))).toBeNull();
    } finally {
      await page.close();
    }
  });
});
