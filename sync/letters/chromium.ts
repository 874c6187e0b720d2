// Headless Chromium from the system package (Debian's /usr/bin/chromium), driven by playwright-core.
// playwright-core is loaded only when a browser is launched: a run that prints no PDF (and
// `npm start -- --help`) never pays its ~1.5 s and ~80 MB.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet, offline, sandbox-free run (containers and CI run as root). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium executable when installed, or null (PDFs are then skipped, not faked). */
export function findChromium(path = CHROMIUM_PATH): string | null {
  return existsSync(path) ? path : null;
}

export async function launchChromium(path = CHROMIUM_PATH): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
}
