// The tool's name and version as recorded in every snapshot manifest, and the `--version` line of
// every command (one package, one version: "sertifikasi-kompetensi 0.1.0").
import { readFileSync } from "node:fs";

function packageJson(): { name: string; version: string } {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { name?: string; version?: string };
    return { name: pkg.name ?? "sertifikasi-kompetensi", version: pkg.version ?? "0.0.0" };
  } catch {
    return { name: "sertifikasi-kompetensi", version: "0.0.0" };
  }
}

const PACKAGE = packageJson();

export const TOOL = { name: "sertifikasi-sync", version: PACKAGE.version } as const;

/** What `--version` prints, on every command. */
export const VERSION_LINE = `${PACKAGE.name} ${PACKAGE.version}`;
