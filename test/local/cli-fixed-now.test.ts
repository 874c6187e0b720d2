// SERTIFIKASI_SEKARANG: strict ISO instants, the same everywhere; anything else is exit 64.
import { describe, expect, it } from "vitest";
import { LocalFileError } from "../../sync/local/errors";
import { parseFixedNow } from "../../sync/local/fixed-now";
import { systemClock } from "../../sync/local/node-ports";

describe("a good SERTIFIKASI_SEKARANG", () => {
  it.each([
    ["2026-11-20T03:00:00Z", "2026-11-20T03:00:00.000Z"],
    ["2026-11-20T10:00+07:00", "2026-11-20T03:00:00.000Z"],
    ["2026-11-20T11:00:00.5+08:00", "2026-11-20T03:00:00.500Z"],
    ["2026-11-19T22:00:00-05:00", "2026-11-20T03:00:00.000Z"],
    ["2026-11-20", "2026-11-20T00:00:00.000Z"],
    ["2028-02-29T00:00Z", "2028-02-29T00:00:00.000Z"],
    [" 2026-11-20T03:00:00Z\n", "2026-11-20T03:00:00.000Z"],
  ])("%j is %s", (text, iso) => {
    expect(parseFixedNow(text).toISOString()).toBe(iso);
  });

  it("fixes the clock of systemClock; an empty value means the real clock", () => {
    expect(systemClock({ SERTIFIKASI_SEKARANG: "2026-11-20T10:00+07:00" }).now().toISOString()).toBe("2026-11-20T03:00:00.000Z");
    expect(Math.abs(systemClock({ SERTIFIKASI_SEKARANG: "" }).now().getTime() - Date.now())).toBeLessThan(5_000);
  });
});

describe("a bad SERTIFIKASI_SEKARANG", () => {
  it.each([
    ["besok", "bukan waktu ISO 8601"],
    ["Nov 20 2026", "bukan waktu ISO 8601"],
    ["1", "bukan waktu ISO 8601"],
    ["2026-11-20 10:00", "tidak menyebut zona waktu"],
    ["2026-11-20T10:00:00", "tidak menyebut zona waktu"],
    ["2026-02-30T00:00:00Z", "bukan tanggal yang ada di kalender"],
    ["2027-02-29", "bukan tanggal yang ada di kalender"],
    ["2026-13-01", "bukan tanggal yang ada di kalender"],
    ["0026-11-20", "bukan tanggal yang ada di kalender"],
    ["2026-11-20T24:00Z", "memuat jam yang tidak ada"],
    ["2026-11-20T10:00+15:00", "memuat zona waktu yang tidak ada"],
  ])("%j is BAD_ARGS (exit 64): %s", (text, why) => {
    const error = (() => {
      try {
        systemClock({ SERTIFIKASI_SEKARANG: text });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(LocalFileError);
    expect((error as LocalFileError).exitCode).toBe(64);
    expect((error as LocalFileError).message).toContain(why);
    expect((error as LocalFileError).message).toContain("Contoh yang sah: SERTIFIKASI_SEKARANG=2026-11-20T03:00:00Z");
  });
});
