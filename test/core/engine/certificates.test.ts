// The Sertifikat register: a row per numbered certificate, exactly once however often approvals
// are settled, issued on the head's approval and valid for the scheme's years from it; statuses
// kept from the dates and staff's revocation and replacement; and the public verification answer,
// the same for a malformed, an unknown and a blank code, with nothing but name, scheme, dates and status.
import { describe, expect, it } from "vitest";
import { CERTIFICATE_STATUS, SERTIFIKAT_REGISTER } from "../../../apps-script/core/engine/certificate-register";
import { normalizeVerificationCode, reconcileCertificates, verificationCodeOf } from "../../../apps-script/core/engine/certificates";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { NOT_FOUND_TEXT, verificationLines, verificationPage, verifyCertificate } from "../../../apps-script/core/engine/verification";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { SURAT } from "../../../apps-script/core/registers/catalog";
import { readRegister } from "../../../apps-script/core/registers/table";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { append, at, rowsOf } from "../../case-factories";
import { clockAt, makeApplication, makeOffice, passThroughLock, uuids } from "../../factories";

function office(): MemoryWorkbook {
  const workbook = makeOffice([
    makeApplication({ "ID Permohonan": "PRM-2026-00001", Nama: "Rina Kartika" }),
    makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "Bambang Sutrisno", NIP: "198501012010011003" }),
  ]);
  append(workbook, SURAT.name, [
    { "ID Surat": "SRT-000010", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Disetujui", "Nomor Surat": "SERT/0042/BPSDM/III/2026", "Tanggal Surat": at("2026-03-02") },
    { "ID Surat": "SRT-000011", "Jenis Surat": "SK_PENETAPAN", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Disetujui", "Nomor Surat": "800/9/BPSDM/III/2026", "Tanggal Surat": at("2026-03-02") },
    { "ID Surat": "SRT-000012", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2026-00002", "Status Surat": "Menunggu Persetujuan" },
  ]);
  return workbook;
}

function reconcile(workbook: MemoryWorkbook, today: string, newUuid = uuids()) {
  const deps = { workbook, clock: clockAt(today, "10:00"), lock: passThroughLock, actor: { email: null }, newUuid };
  const report = reconcileCertificates(deps, loadConfig(workbook, new Set(LETTER_TYPE_CODES)));
  workbook.takeChanges();
  return report!;
}

const register = (workbook: MemoryWorkbook) => readRegister(workbook, SERTIFIKAT_REGISTER);

describe("the Sertifikat register", () => {
  it("records each numbered certificate once, issued on the approval and valid for the scheme's years from it", () => {
    const workbook = office();
    expect(reconcile(workbook, "2026-03-03").issued).toEqual(["SERT/0042/BPSDM/III/2026"]);
    expect(reconcile(workbook, "2026-03-04").issued).toEqual([]);
    const rows = rowsOf(workbook, SERTIFIKAT_REGISTER.name);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      "Nomor Sertifikat": "SERT/0042/BPSDM/III/2026", "Nama Pemegang": "Rina Kartika", "Kode Skema": "SS-05/LSP-BPSDM DKI/V/2022",
      "Tanggal Terbit": at("2026-03-02"), "Berlaku Sampai": at("2029-03-01"), Status: CERTIFICATE_STATUS.active,
      "ID Kasus": "PRM-2026-00001", "ID Surat": "SRT-000010",
    });
    expect(String(rows[0]!["Unit Kompetensi"]).split("; ")).toHaveLength(12);
    expect(String(rows[0]!["Kode Verifikasi"])).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // No NIK or NIP anywhere in the register.
    expect(JSON.stringify(rows)).not.toMatch(/199002152015032002|3174015502900002/);
  });

  it("records a certificate numbered later, with a code of its own", () => {
    const workbook = office();
    const newUuid = uuids();
    reconcile(workbook, "2026-03-03", newUuid);
    const surat = workbook.readTable(SURAT.name)!;
    const status = surat.headers.indexOf("Status Surat");
    const number = surat.headers.indexOf("Nomor Surat");
    const date = surat.headers.indexOf("Tanggal Surat");
    const rows = surat.rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === status ? "Disetujui" : c === number ? "SERT/0043/BPSDM/III/2026" : c === date ? at("2026-03-05") : v)) : r));
    const next = new MemoryWorkbook([...workbook.tableNames().filter((n) => n !== SURAT.name).map((n) => workbook.readTable(n)!), { ...surat, rows }]);
    expect(reconcile(next, "2026-03-05", newUuid).issued).toEqual(["SERT/0043/BPSDM/III/2026"]);
    const codes = rowsOf(next, SERTIFIKAT_REGISTER.name).map((r) => r["Kode Verifikasi"]);
    expect(new Set(codes).size).toBe(2);
  });

  it("records the code a certificate was drafted with (printed with its QR), and answers unknown until it is numbered", () => {
    const drafted = "7K2M-9Q4R-XT3V";
    const workbook = makeOffice([makeApplication({ "ID Permohonan": "PRM-2026-00001", Nama: "Rina Kartika" })]);
    append(workbook, SURAT.name, [
      { "ID Surat": "SRT-000020", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Menunggu Persetujuan", "Kode Verifikasi": drafted },
    ]);
    reconcile(workbook, "2026-03-03");
    expect(verifyCertificate(register(workbook), drafted, "2026-03-03" as LocalDate)).toEqual({ found: false });
    const surat = workbook.readTable(SURAT.name)!;
    const col = (h: string) => surat.headers.indexOf(h);
    const approved = surat.rows.map((r) => r.map((v, c) => (c === col("Status Surat") ? "Disetujui" : c === col("Nomor Surat") ? "SERT/0044/BPSDM/III/2026" : c === col("Tanggal Surat") ? at("2026-03-04") : v)));
    const next = new MemoryWorkbook([...workbook.tableNames().filter((n) => n !== SURAT.name).map((n) => workbook.readTable(n)!), { ...surat, rows: approved }]);
    const report = reconcile(next, "2026-03-04");
    expect(report.issued).toEqual(["SERT/0044/BPSDM/III/2026"]);
    expect(report.codes.get("SRT-000020")).toBe(drafted);
    expect(rowsOf(next, SERTIFIKAT_REGISTER.name)[0]!["Kode Verifikasi"]).toBe(drafted);
    expect(verifyCertificate(register(next), drafted.toLowerCase(), "2026-03-04" as LocalDate)).toMatchObject({ found: true, holder: "Rina Kartika" });
  });

  it("keeps statuses current: expired after its last day, revoked and replaced as staff record them", () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    expect(reconcile(workbook, "2029-03-01").changed).toBe(0); // the last valid day
    expect(reconcile(workbook, "2029-03-02").changed).toBe(1);
    expect(rowsOf(workbook, SERTIFIKAT_REGISTER.name)[0]!.Status).toBe(CERTIFICATE_STATUS.expired);

    const revoked = office();
    reconcile(revoked, "2026-03-03");
    const table = revoked.readTable(SERTIFIKAT_REGISTER.name)!;
    const column = table.headers.indexOf("Dicabut Pada");
    const withRevocation = new MemoryWorkbook([...revoked.tableNames().filter((n) => n !== SERTIFIKAT_REGISTER.name).map((n) => revoked.readTable(n)!),
      { ...table, rows: table.rows.map((r) => r.map((v, c) => (c === column ? at("2026-06-01") : v))) }]);
    reconcile(withRevocation, "2026-06-01");
    expect(rowsOf(withRevocation, SERTIFIKAT_REGISTER.name)[0]!.Status).toBe(CERTIFICATE_STATUS.revoked);
  });

  it("says so when the tab is missing, and records nothing without a source of random codes", () => {
    const workbook = office();
    const withoutTab = new MemoryWorkbook(workbook.tableNames().filter((n) => n !== SERTIFIKAT_REGISTER.name).map((n) => workbook.readTable(n)!));
    expect(reconcile(withoutTab, "2026-03-03").problems.join(" ")).toMatch(/Tab Sertifikat belum ada: 1 sertifikat belum dicatat/);
    const report = reconcileCertificates({ workbook, clock: clockAt("2026-03-03"), lock: passThroughLock, actor: { email: null } }, loadConfig(workbook, new Set(LETTER_TYPE_CODES)));
    expect(report!.problems.join(" ")).toMatch(/kode verifikasi acak/);
    expect(rowsOf(workbook, SERTIFIKAT_REGISTER.name)).toEqual([]);
  });
});

describe("verification codes", () => {
  it("are 60 random bits of the UUID in Crockford base32, and read back however typed", () => {
    expect(verificationCodeOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c")).toBe("1Y62-N7HV-3Q3Y");
    expect(verificationCodeOf("0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6d")).toBe("1Y62-N7HV-3Q3Y"); // beyond the 60 bits taken
    expect(verificationCodeOf("1f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c")).not.toBe("1Y62-N7HV-3Q3Y");
    expect(normalizeVerificationCode(" 1y62 n7hv 3q3y ")).toBe("1Y62-N7HV-3Q3Y");
    expect(normalizeVerificationCode("lY62-N7HV-3Q3Y")).toBe("1Y62-N7HV-3Q3Y");
    expect(normalizeVerificationCode("1Y62-N7HV-3QO3")).toBe("1Y62-N7HV-3Q03");
    for (const bad of ["", "1Z62-MF1V", "1Z62-MF1V-3RYU", "'; DROP", "1Y62-N7HV-3Q3Y-0000"]) expect(normalizeVerificationCode(bad)).toBeNull();
  });
});

describe("the public answer", () => {
  const issued = () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    return { workbook, code: String(rowsOf(workbook, SERTIFIKAT_REGISTER.name)[0]!["Kode Verifikasi"]) };
  };

  it("gives name, scheme, dates and status for a valid code, typed in any case", () => {
    const { workbook, code } = issued();
    const answer = verifyCertificate(register(workbook), code.toLowerCase(), "2026-04-01" as LocalDate);
    expect(answer).toEqual({
      found: true, holder: "Rina Kartika", schemeCode: "SS-05/LSP-BPSDM DKI/V/2022", schemeName: expect.stringContaining("Pelayanan Publik"),
      issuedOn: "2026-03-02", validUntil: "2029-03-01", status: CERTIFICATE_STATUS.active,
    });
    expect(verificationLines(answer).join("\n")).toContain("Berlaku sampai: 1 Maret 2029");
    expect(verificationLines(answer).join("\n")).toContain("AKTIF");
  });

  it("says expired and revoked on the day asked", () => {
    const { workbook, code } = issued();
    expect(verifyCertificate(register(workbook), code, "2029-03-02" as LocalDate)).toMatchObject({ status: CERTIFICATE_STATUS.expired });
  });

  it("answers a malformed, an unknown and a blank code alike, and never with a list", () => {
    const { workbook, code } = issued();
    const unknown = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
    const answers = ["", "abc", "<script>", unknown, "SERT/0042/BPSDM/III/2026", "Rina Kartika"].map((input) => verifyCertificate(register(workbook), input, "2026-04-01" as LocalDate));
    for (const answer of answers) expect(answer).toEqual({ found: false });
    expect(verificationLines(answers[0]!)).toEqual([NOT_FOUND_TEXT]);
    expect(verifyCertificate(null, code, "2026-04-01" as LocalDate)).toEqual({ found: false });
  });

  it("is a page with nothing but the answer, escaped", () => {
    const { workbook, code } = issued();
    const page = verificationPage(verifyCertificate(register(workbook), code, "2026-04-01" as LocalDate), { unitName: "BPSDM <Contoh>" });
    expect(page).toContain("Rina Kartika");
    expect(page).toContain("BPSDM &lt;Contoh&gt;");
    expect(page).not.toMatch(/PRM-2026|SRT-0000|SERT\/0042|199002152015032002/);
  });
});
