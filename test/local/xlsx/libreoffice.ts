// Runs LibreOffice headless to convert a workbook, with a profile of its own (so it never meets
// another test's running instance). Tests skip when /usr/bin/soffice is not installed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE = "/usr/bin/soffice";
export const hasLibreOffice = existsSync(SOFFICE);

/** Converts `path` to `format` ("xlsx", "csv") in a fresh folder; returns the new file's bytes. */
export function convertWithLibreOffice(path: string, format: string): Buffer {
  const out = mkdtempSync(join(tmpdir(), "lo-uji-"));
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "lo-profil-"))).href;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", out, path], { stdio: "pipe", timeout: 120_000 });
  const target = join(out, basename(path).replace(/\.xlsx$/, `.${format.split(":")[0]}`));
  if (!existsSync(target)) throw new Error(`LibreOffice tidak menghasilkan ${target}`);
  return readFileSync(target);
}
