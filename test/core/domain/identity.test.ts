import { describe, expect, it } from "vitest";
import { checkAsnNumber, checkNik, checkNip, checkNiPppk, crossCheckIdentity, emailProblem } from "../../../apps-script/core/domain/identity";

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

describe("checkNiPppk and checkAsnNumber", () => {
  it.each([
    ["199312282025212001", { birthDate: "1993-12-28", gender: "P", appointmentYear: 2025 }], // code 21 (PPPK)
    ["19900913 2025 24 2 014", { birthDate: "1990-09-13", gender: "P", appointmentYear: 2025 }], // code 24 (paruh waktu), spaced
    ["198705172022211003", { birthDate: "1987-05-17", gender: "L", appointmentYear: 2022 }],
  ])("accepts the NI PPPK %s by its own layout", (ni, facts) => {
    const result = checkAsnNumber(ni, 2026);
    expect(result.ok && result.facts).toEqual({ kind: "PPPK", ...facts });
  });

  it("still judges a PNS NIP by the PNS rules, unchanged", () => {
    const result = checkAsnNumber("199002152015032002", 2026);
    expect(result.ok && result.facts).toEqual({ kind: "PNS", birthDate: "1990-02-15", gender: "P", appointmentYear: 2015 });
    expect(checkNip("199312282025212001", 2026).ok).toBe(false); // the PNS check alone still refuses an NI PPPK
  });

  it.each([
    ["199312282018212001", /NI PPPK digit 9–12/], // before PPPK existed (PP 49/2018)
    ["199312282028212001", /NI PPPK digit 9–12/], // appointed after next year
    ["199312282025213001", /NI PPPK digit ke-15/],
    ["199312282025212000", /NI PPPK digit 16–18/],
    ["199313282025212001", /NI PPPK digit 1–8/], // month 13 of birth
  ])("refuses %s, naming the NI PPPK part at fault", (ni, message) => {
    const result = checkAsnNumber(ni, 2026);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatch(message);
      expect(result.problem).not.toContain(ni.slice(0, 8));
    }
  });

  it("reports the PNS problem when digits 13–14 are a month or 00", () => {
    for (const nip of ["199002152015033002", "199002152015002002"]) {
      const result = checkAsnNumber(nip, 2026);
      expect(result.ok || result.problem).toMatch(/^NIP /);
    }
  });

  it("refuses 00 in digits 13–14 when asked for an NI PPPK", () => {
    const result = checkNiPppk("199312282025002001", 2026);
    expect(result.ok || result.problem).toMatch(/13–14 tidak boleh 00/);
  });
});

describe("emailProblem", () => {
  it.each([
    "rina@contoh.go.id",
    "rina.kartika@bkpsdm.jakarta.go.id",
    "nama+sertifikasi@gmail.com",
    "o'brien@contoh.id",
    "a_b-c@sub-domain.contoh.co.id",
    "x@xn--ls8h.la",
    "RINA@CONTOH.GO.ID",
  ])("accepts %s", (address) => {
    expect(emailProblem(address)).toBeNull();
  });

  it.each([
    ["rina@contoh..go.id", /titik ganda/],
    ["rina..kartika@contoh.go.id", /titik ganda/],
    [".rina@contoh.go.id", /diawali atau diakhiri titik/],
    ["rina.@contoh.go.id", /diawali atau diakhiri titik/],
    ["rina@.contoh.go.id", /diawali atau diakhiri titik/],
    ["rina@contoh.go.id.", /diawali atau diakhiri titik/],
    ["rina@-contoh.go.id", /nama yang tidak sah/],
    ["rina@contoh-.go.id", /nama yang tidak sah/],
    ["rina@con_toh.go.id", /nama yang tidak sah/],
    [`rina@${"a".repeat(64)}.id`, /nama yang tidak sah/],
    ["rina@contoh", /harus lengkap/],
    ["rina@contoh.1", /akhiran domain/],
    ["rina(at)contoh.go.id", /tepat satu @/],
    ["rina@@contoh.go.id", /tepat satu @/],
    ["rina@contoh@go.id", /tepat satu @/],
    ["@contoh.go.id", /sebelum @ kosong/],
    ["rina@", /domain \(setelah @\) kosong/],
    ["ri na@contoh.go.id", /spasi/],
    ["rina,k@contoh.go.id", /karakter yang tidak sah/],
    [`${"r".repeat(65)}@contoh.go.id`, /terlalu panjang/],
  ])("refuses %s", (address, message) => {
    expect(emailProblem(address)).toMatch(message);
  });
});
