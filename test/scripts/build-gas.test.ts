// The Apps Script build refuses a time zone the office cannot mean, before writing anything.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGasBundle, GasBuildInputError, requestedTimeZone } from "../../scripts/build-gas";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the office's time zone in appsscript.json", () => {
  it("is written when it is an Indonesian zone", async () => {
    const bundle = await buildGasBundle({ timeZone: "Asia/Makassar" });
    expect(JSON.parse(bundle.manifest)).toMatchObject({ timeZone: "Asia/Makassar" });
  });

  it("is refused when misspelt (Asia/Makasar), in Indonesian, naming the zones that are allowed", async () => {
    const build = buildGasBundle({ timeZone: "Asia/Makasar" });
    await expect(build).rejects.toBeInstanceOf(GasBuildInputError);
    await expect(build).rejects.toThrow(/Zona waktu build "Asia\/Makasar" tidak dikenal\. .*Asia\/Makassar \(WITA\)/);
  });

  it("is refused from SERTIFIKASI_TZ and from --time-zone=, a zone outside Indonesia too", () => {
    expect(() => requestedTimeZone([], { SERTIFIKASI_TZ: "Asia/Makasar" })).toThrow(/SERTIFIKASI_TZ "Asia\/Makasar" tidak dikenal/);
    expect(() => requestedTimeZone(["--time-zone=Europe/London"], {})).toThrow(/--time-zone "Europe\/London"/);
    expect(requestedTimeZone([], { SERTIFIKASI_TZ: "Asia/Jayapura" })).toBe("Asia/Jayapura");
    expect(requestedTimeZone([], { SERTIFIKASI_TZ: "" })).toBeUndefined();
  });

  it("stops `npm run build` with exit 64 and one Indonesian line, before building", () => {
    const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/build-gas.ts")], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SERTIFIKASI_TZ: "Asia/Makasar" },
    });
    expect(result.status).toBe(64);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Zona waktu SERTIFIKASI_TZ "Asia\/Makasar" tidak dikenal\. [^\n]*\n$/);
  });
});
