import { describe, expect, it } from "vitest";
import { checkNik, checkNip, crossCheckIdentity } from "../../../apps-script/core/domain/identity";

describe("checkNip", () => {
  it("reads birth date, TMT CPNS and gender from a valid NIP, with or without spaces", () => {
    for (const text of ["199002152015032002", "19900215 201503 2 002"]) {
      const result = checkNip(text, 2026);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.facts).toEqual({ birthDate: "1990-02-15", cpnsYear: 2015, cpnsMonth: 3, gender: "P" });
    }
  });
  it.each([
    ["19900215201503200", /18 digit \(tertulis 17/],
    ["1990021520150320021", /18 digit \(tertulis 19/],
    ["19900215201503200A", /hanya boleh berisi angka/],
    ["199002302015032002", /digit 1–8/], // 30 February
    ["202001012015032002", /digit 1–8/], // born after currentYear − 15
    ["199002152015132002", /digit 9–14/], // month 13
    ["199002152000032002", /digit 9–14/], // CPNS at age 10
    ["199002152015033002", /ke-15/],
    ["199002152015032000", /000/],
  ])("refuses %s", (nip, message) => {
    const result = checkNip(nip, 2026);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(message);
      expect(result.problem).not.toContain(nip.slice(0, 8)); // never echoes the number
    }
  });
});

describe("checkNik", () => {
  it("reads a woman's birth day as DD + 40", () => {
    const result = checkNik("3174015502900002");
    expect(result.ok && result.facts).toMatchObject({ provinceCode: "31", birthDay: 15, birthMonth: 2, birthYearTwoDigits: 90, gender: "P" });
  });
  it("accepts 29 February in a leap year", () => {
    expect(checkNik("7601012902000001").ok).toBe(true);
  });
  it.each([
    ["317401550290000", /16 digit/],
    ["0974015502900002", /provinsi/],
    ["3174013202900002", /digit 7–12/], // day 32
    ["3174017502900002", /digit 7–12/], // 75 − 40 = 35
    ["3174011513900002", /digit 7–12/], // month 13
    ["3174015502900000", /0000/],
  ])("refuses %s", (nik, message) => {
    const result = checkNik(nik);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(message);
  });
});

describe("crossCheckIdentity", () => {
  it("warns when NIP and NIK disagree on birth date or gender", () => {
    const nip = checkNip("199002152015032002", 2026);
    const sameNik = checkNik("3174015502900002");
    const otherNik = checkNik("3174011602900002"); // 16 Feb, male
    if (!nip.ok || !sameNik.ok || !otherNik.ok) throw new Error("fixtures must be valid");
    expect(crossCheckIdentity(nip.facts, sameNik.facts)).toEqual([]);
    expect(crossCheckIdentity(nip.facts, otherNik.facts)).toEqual([
      "tanggal lahir pada NIP dan NIK berbeda",
      "jenis kelamin pada NIP dan NIK berbeda",
    ]);
  });
});
