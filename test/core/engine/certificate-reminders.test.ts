// Expiry reminders, expiry and renewal of the Sertifikat register: the holder and the office are
// told once per reminder point (6 and 1 months by default) however often the sweep runs, only the
// nearest point when the sweep starts late, the office alone when the holder has no address; a
// certificate expires the day after its last valid day; a new certificate of the same scheme for
// the same holder (NIP of the two cases) replaces the older one, and staff's own link is kept.
import { describe, expect, it } from "vitest";
import { CERTIFICATE_STATUS, SERTIFIKAT_REGISTER } from "../../../apps-script/core/engine/certificate-register";
import { certificateLines, dueExpiryReminders, monthsBefore, reconcileCertificates } from "../../../apps-script/core/engine/certificates";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { PENGATURAN, SURAT } from "../../../apps-script/core/registers/catalog";
import { readRegister } from "../../../apps-script/core/registers/table";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { append, at, editCase, rewritten, rowsOf } from "../../case-factories";
import { clockAt, makeApplication, makeOffice, passThroughLock, uuids } from "../../factories";

const NIP = "199002152015032002";
const NIK = "3174015502900002";
const OLD = "SERT/0042/BPSDM/III/2026";

/** One certificate for Rina, issued 2 March 2026, valid until 1 March 2029 (the scheme's 3 years). */
function office(overrides: Record<string, string> = {}): MemoryWorkbook {
  const workbook = makeOffice([makeApplication({ "ID Permohonan": "PRM-2026-00001", Nama: "Rina Kartika", ...overrides })]);
  append(workbook, SURAT.name, [
    { "ID Surat": "SRT-000010", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Disetujui", "Nomor Surat": OLD, "Tanggal Surat": at("2026-03-02") },
  ]);
  return workbook;
}

const newUuid = uuids();
function reconcile(workbook: MemoryWorkbook, today: string) {
  const report = reconcileCertificates({ workbook, clock: clockAt(today, "06:00"), lock: passThroughLock, actor: { email: null }, newUuid }, loadConfig(workbook, new Set(LETTER_TYPE_CODES)))!;
  workbook.takeChanges();
  return report;
}

const outbox = (workbook: MemoryWorkbook) => rowsOf(workbook, KOTAK_SUREL.name);
const keys = (workbook: MemoryWorkbook) => outbox(workbook).map((r) => r.Kunci);
const serviceEmail = (workbook: MemoryWorkbook) => loadConfig(workbook).settings.serviceEmail;
const certificate = (workbook: MemoryWorkbook, number: string) => rowsOf(workbook, SERTIFIKAT_REGISTER.name).find((r) => r["Nomor Sertifikat"] === number)!;

describe("monthsBefore", () => {
  it("moves back calendar months, the day clamped to the month's end", () => {
    expect(monthsBefore("2029-03-01" as LocalDate, 6)).toBe("2028-09-01");
    expect(monthsBefore("2029-03-01" as LocalDate, 1)).toBe("2029-02-01");
    expect(monthsBefore("2028-08-31" as LocalDate, 6)).toBe("2028-02-29");
    expect(monthsBefore("2027-08-31" as LocalDate, 6)).toBe("2027-02-28");
    expect(monthsBefore("2027-01-15" as LocalDate, 13)).toBe("2025-12-15");
  });
});

describe("expiry reminders", () => {
  it("tell the holder and the office at 6 and at 1 month, once each however often the sweep runs", () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    expect(reconcile(workbook, "2028-08-31").reminders).toEqual([]);
    const first = reconcile(workbook, "2028-09-01");
    expect(first.reminders).toEqual([`${OLD} (6 bulan)`]);
    expect(certificateLines(first).join("\n")).toContain(`1 pengingat kedaluwarsa sertifikat diantre di tab Kotak Surel: ${OLD} (6 bulan).`);
    expect(keys(workbook)).toEqual([`KEDALUWARSA-6:${OLD}:pemegang`, `KEDALUWARSA-6:${OLD}:kantor`]);
    // The sweep run twice the same day, and the days after: nothing queued again.
    expect(reconcile(workbook, "2028-09-01").reminders).toEqual([]);
    expect(reconcile(workbook, "2028-12-15").reminders).toEqual([]);
    expect(outbox(workbook)).toHaveLength(2);
    expect(reconcile(workbook, "2029-01-31").reminders).toEqual([]);
    expect(reconcile(workbook, "2029-02-01").reminders).toEqual([`${OLD} (1 bulan)`]);
    expect(reconcile(workbook, "2029-02-01").reminders).toEqual([]);
    expect(keys(workbook)).toEqual([
      `KEDALUWARSA-6:${OLD}:pemegang`, `KEDALUWARSA-6:${OLD}:kantor`, `KEDALUWARSA-1:${OLD}:pemegang`, `KEDALUWARSA-1:${OLD}:kantor`,
    ]);
    const [holder, office_] = outbox(workbook);
    expect(holder).toMatchObject({ Kepada: "rina@contoh.go.id", "ID Kasus": "PRM-2026-00001", "Status Kirim": "Menunggu" });
    expect(String(holder!.Isi)).toContain(`nomor ${OLD}`);
    expect(String(holder!.Isi)).toContain("berlaku sampai 1 Maret 2029");
    expect(String(holder!.Isi)).toMatch(/memperpanjang/);
    expect(String(holder!.Isi)).toContain("SS-05/LSP-BPSDM DKI/V/2022");
    expect(office_!.Kepada).toBe(serviceEmail(workbook));
    expect(String(office_!.Isi)).toContain("Pemegang telah diingatkan");
    for (const mail of outbox(workbook)) expect(JSON.stringify(mail)).not.toMatch(new RegExp(`${NIP}|${NIK}`));
  });

  it("send only the nearest point when the sweep starts late", () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    expect(reconcile(workbook, "2029-02-10").reminders).toEqual([`${OLD} (1 bulan)`]);
    expect(keys(workbook)).toEqual([`KEDALUWARSA-1:${OLD}:pemegang`, `KEDALUWARSA-1:${OLD}:kantor`]);
  });

  it("follow the setting's months", () => {
    const workbook = office();
    const pengaturan = rowsOf(workbook, PENGATURAN.name);
    const withThree = rewritten(workbook, { [PENGATURAN.name]: () => pengaturan.map((r) => (r.Kunci === "Pengingat Kedaluwarsa (bulan)" ? { ...r, Nilai: "3" } : r)) });
    reconcile(withThree, "2026-03-03");
    expect(reconcile(withThree, "2028-09-01").reminders).toEqual([]);
    expect(reconcile(withThree, "2028-12-01").reminders).toEqual([`${OLD} (3 bulan)`]);
  });

  it("go to the office alone, saying so, when the holder's case has no e-mail", () => {
    const workbook = office({ Email: "" });
    reconcile(workbook, "2026-03-03");
    reconcile(workbook, "2028-09-02");
    const rows = outbox(workbook);
    expect(rows.map((r) => r.Kunci)).toEqual([`KEDALUWARSA-6:${OLD}:kantor`]);
    expect(rows[0]!.Kepada).toBe(serviceEmail(workbook));
    expect(String(rows[0]!.Isi)).toMatch(/tidak mempunyai alamat surel di kasus PRM-2026-00001/);
  });

  it("go to the office alone when the certificate's case is no longer in Permohonan", () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    const permohonan = rowsOf(workbook, "Permohonan");
    const withoutCase = rewritten(workbook, { Permohonan: () => permohonan.map((r) => ({ ...r, "ID Permohonan": "PRM-2026-00099" })) });
    reconcile(withoutCase, "2028-09-02");
    expect(keys(withoutCase)).toEqual([`KEDALUWARSA-6:${OLD}:kantor`]);
    expect(String(outbox(withoutCase)[0]!.Isi)).toMatch(/Kasus PRM-2026-00001 tidak ditemukan di tab Permohonan/);
  });

  it("stop once the certificate expired: valid on its last day, Kedaluwarsa the next", () => {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    const last = reconcile(workbook, "2029-03-01");
    expect(last.changed).toBe(0);
    expect(certificate(workbook, OLD).Status).toBe(CERTIFICATE_STATUS.active);
    expect(last.reminders).toEqual([`${OLD} (1 bulan)`]);
    const next = reconcile(workbook, "2029-03-02");
    expect(next.changed).toBe(1);
    expect(certificate(workbook, OLD).Status).toBe(CERTIFICATE_STATUS.expired);
    const register = readRegister(workbook, SERTIFIKAT_REGISTER)!;
    expect(dueExpiryReminders(register.rows, "2029-03-02" as LocalDate, [6, 1], new Set())).toEqual([]);
  });
});

describe("renewal", () => {
  /** Rina's old certificate, then a new case of hers (same NIP) certified on 15 January 2029. */
  function renewed(newNip = NIP): MemoryWorkbook {
    const workbook = office();
    reconcile(workbook, "2026-03-03");
    append(workbook, "Permohonan", [makeApplication({ "ID Permohonan": "PRM-2028-00007", Nama: "Rina Kartika, S.Sos.", NIP: newNip, Email: "rina.baru@contoh.go.id" })]);
    append(workbook, SURAT.name, [
      { "ID Surat": "SRT-000090", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2028-00007", "Status Surat": "Disetujui", "Nomor Surat": "SERT/0101/BPSDM/I/2029", "Tanggal Surat": at("2029-01-15") },
    ]);
    return workbook;
  }

  it("links the new certificate of the same holder and scheme to the old one, which becomes Diganti", () => {
    const workbook = renewed();
    const report = reconcile(workbook, "2029-01-16");
    expect(report.linked).toEqual([{ number: "SERT/0101/BPSDM/I/2029", replaces: OLD }]);
    expect(certificateLines(report).join("\n")).toContain(`Sertifikat SERT/0101/BPSDM/I/2029 menggantikan ${OLD}`);
    expect(certificate(workbook, "SERT/0101/BPSDM/I/2029").Menggantikan).toBe(OLD);
    expect(certificate(workbook, OLD).Status).toBe(CERTIFICATE_STATUS.replaced);
    expect(JSON.stringify(rowsOf(workbook, SERTIFIKAT_REGISTER.name))).not.toContain(NIP);
    // The replaced certificate is not reminded at its 1-month point.
    expect(reconcile(workbook, "2029-02-01").reminders).toEqual([]);
    expect(reconcile(workbook, "2029-02-02").linked).toEqual([]);
  });

  it("does not link another holder's certificate of the same scheme", () => {
    const workbook = renewed("198501012010011003");
    expect(reconcile(workbook, "2029-01-16").linked).toEqual([]);
    expect(certificate(workbook, "SERT/0101/BPSDM/I/2029").Menggantikan).toBeNull();
    expect(certificate(workbook, OLD).Status).toBe(CERTIFICATE_STATUS.active);
  });

  it("does not link to a revoked certificate", () => {
    const workbook = renewed();
    const rows = rowsOf(workbook, SERTIFIKAT_REGISTER.name);
    const revoked = rewritten(workbook, { [SERTIFIKAT_REGISTER.name]: () => rows.map((r) => ({ ...r, "Dicabut Pada": at("2028-01-01") })) });
    expect(reconcile(revoked, "2029-01-16").linked).toEqual([]);
    expect(certificate(revoked, OLD).Status).toBe(CERTIFICATE_STATUS.revoked);
  });

  it("keeps the Menggantikan staff typed, and reports one the cases contradict without changing it", () => {
    // Staff linked the new certificate themselves to a paper one issued before the register.
    const workbook = renewed("198501012010011003");
    reconcile(workbook, "2029-01-16");
    editCase(workbook, SERTIFIKAT_REGISTER.name, "SERT/0101/BPSDM/I/2029", { Menggantikan: "SERT/0007/BPSDM/II/2023" });
    reconcile(workbook, "2029-01-17");
    expect(certificate(workbook, "SERT/0101/BPSDM/I/2029").Menggantikan).toBe("SERT/0007/BPSDM/II/2023");
    // Then typed Rina's number on another holder's certificate: kept, and reported when the cases
    // are read next (here to record a third certificate).
    editCase(workbook, SERTIFIKAT_REGISTER.name, "SERT/0101/BPSDM/I/2029", { Menggantikan: OLD });
    append(workbook, "Permohonan", [makeApplication({ "ID Permohonan": "PRM-2029-00002", Nama: "Dewi Anggraini", NIP: "199203032019022001", Email: "dewi@contoh.go.id" })]);
    append(workbook, SURAT.name, [
      { "ID Surat": "SRT-000095", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": "PRM-2029-00002", "Status Surat": "Disetujui", "Nomor Surat": "SERT/0102/BPSDM/I/2029", "Tanggal Surat": at("2029-01-20") },
    ]);
    const report = reconcile(workbook, "2029-01-21");
    expect(report.issued).toEqual(["SERT/0102/BPSDM/I/2029"]);
    expect(certificate(workbook, "SERT/0101/BPSDM/I/2029").Menggantikan).toBe(OLD);
    expect(report.problems.join("\n")).toMatch(/SERT\/0101\/BPSDM\/I\/2029: kolom Menggantikan menyebut SERT\/0042\/BPSDM\/III\/2026, tetapi kasus keduanya .* pemegang yang berbeda/);
    expect(report.problems.join("\n")).not.toMatch(/198501012010011003|199002152015032002/);
  });
});
