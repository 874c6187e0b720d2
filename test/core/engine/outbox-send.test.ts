// Sending Kotak Surel: each waiting message once, the outcome on its row, the quota running out
// half-way leaving the rest waiting uncounted, a refused address retried until given up, and no
// address or NIK/NIP in what the row and the log say about a failure.
import { describe, expect, it } from "vitest";
import { KOTAK_SUREL, MAX_SEND_ATTEMPTS, SEND_STATUS } from "../../../apps-script/core/engine/outbox";
import { mailLines, sendOutbox } from "../../../apps-script/core/engine/outbox-send";
import { ensureCaseRegisters } from "../../../apps-script/core/engine/setup";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { type MailMessage, MailQuotaError, type MailSender } from "../../../apps-script/core/ports";
import { append, at, rowsOf, serviceOffice } from "../../case-factories";
import { clockAt, passThroughLock } from "../../factories";

function outbox(count: number, extra: Record<string, unknown>[] = []): MemoryWorkbook {
  const workbook = serviceOffice();
  ensureCaseRegisters(workbook);
  const rows = Array.from({ length: count }, (_, i) => ({
    Kunci: `PERSETUJUAN_RCC:PRC-2026-0000${i + 1}`, "ID Kasus": `PRC-2026-0000${i + 1}`, Kepada: `peserta${i + 1}@contoh.id`,
    Perihal: `Akun PRC-2026-0000${i + 1}`, Isi: "Yth. Peserta", Dibuat: at("2026-11-23", "09:00"), "Status Kirim": SEND_STATUS.waiting, Percobaan: 0,
  }));
  append(workbook, KOTAK_SUREL.name, [...rows, ...(extra as typeof rows)]);
  return workbook;
}

/** A sender like MailApp: a quota, an address it refuses, an optional platform count that runs out first. */
function sender(options: { quota?: number; platformLimit?: number; refuse?: string } = {}): MailSender & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    remainingQuota: () => (options.quota ?? 100) - sent.length,
    send(message) {
      if (options.platformLimit !== undefined && sent.length >= options.platformLimit) throw new MailQuotaError("Service invoked too many times for one day: email.");
      if (message.to === options.refuse) throw new Error(`Invalid email: ${message.to} (NIP 199001152015032002)`);
      sent.push(message);
    },
  };
}

const run = (workbook: MemoryWorkbook, mail: MailSender) => {
  const report = sendOutbox({ workbook, clock: clockAt("2026-11-23", "10:15"), lock: passThroughLock, actor: { email: null }, mail }, "Asia/Jakarta");
  workbook.takeChanges();
  return report!;
};
const statuses = (workbook: MemoryWorkbook) => rowsOf(workbook, KOTAK_SUREL.name).map((r) => [r["Status Kirim"], r.Percobaan]);

describe("sending the outbox", () => {
  it("sends each waiting message once and records when", () => {
    const workbook = outbox(3);
    const mail = sender();
    expect(run(workbook, mail)).toEqual({ sent: 3, failed: 0, waiting: 0, givenUp: 0 });
    expect(mail.sent.map((m) => m.to)).toEqual(["peserta1@contoh.id", "peserta2@contoh.id", "peserta3@contoh.id"]);
    expect(statuses(workbook)).toEqual([[SEND_STATUS.sent, 1], [SEND_STATUS.sent, 1], [SEND_STATUS.sent, 1]]);
    expect(rowsOf(workbook, KOTAK_SUREL.name)[0]!["Terkirim Pada"]).toEqual(at("2026-11-23", "10:15"));
    // A second run (the sweep after an edit) sends nothing again.
    expect(run(workbook, mail)).toEqual({ sent: 0, failed: 0, waiting: 0, givenUp: 0 });
    expect(mail.sent).toHaveLength(3);
  });

  it("leaves the rest waiting, uncounted, when the quota runs out half-way, and sends them on the next day", () => {
    const workbook = outbox(5);
    const first = sender({ quota: 2 });
    const report = run(workbook, first);
    expect(report).toEqual({ sent: 2, failed: 0, waiting: 3, givenUp: 0 });
    expect(mailLines(report).join("\n")).toContain("3 surel masih menunggu: kuota kirim habis");
    expect(statuses(workbook)).toEqual([[SEND_STATUS.sent, 1], [SEND_STATUS.sent, 1], [SEND_STATUS.waiting, 0], [SEND_STATUS.waiting, 0], [SEND_STATUS.waiting, 0]]);
    const nextDay = sender();
    expect(run(workbook, nextDay).sent).toBe(3);
    expect(nextDay.sent.map((m) => m.to)).toEqual(["peserta3@contoh.id", "peserta4@contoh.id", "peserta5@contoh.id"]);
  });

  it("stops at the platform's own quota error without counting an attempt", () => {
    const workbook = outbox(4);
    expect(run(workbook, sender({ platformLimit: 1 }))).toEqual({ sent: 1, failed: 0, waiting: 3, givenUp: 0 });
    expect(statuses(workbook).slice(1)).toEqual([[SEND_STATUS.waiting, 0], [SEND_STATUS.waiting, 0], [SEND_STATUS.waiting, 0]]);
  });

  it("retries a refused address on later runs and gives up after the last attempt, naming no address or NIP", () => {
    const workbook = outbox(2);
    const mail = sender({ refuse: "peserta1@contoh.id" });
    expect(run(workbook, mail)).toEqual({ sent: 1, failed: 1, waiting: 0, givenUp: 0 });
    const note = String(rowsOf(workbook, KOTAK_SUREL.name)[0]!["Catatan Kirim"]);
    expect(note).toContain("Percobaan 1 gagal: Invalid email");
    expect(note).not.toContain("peserta1@contoh.id");
    expect(note).not.toContain("199001152015032002");
    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt += 1) run(workbook, mail);
    expect(statuses(workbook)[0]).toEqual([SEND_STATUS.failed, MAX_SEND_ATTEMPTS]);
    expect(String(rowsOf(workbook, KOTAK_SUREL.name)[0]!["Catatan Kirim"])).toContain("Tidak dicoba lagi");
    // Given up: not tried again.
    expect(run(workbook, mail)).toEqual({ sent: 0, failed: 0, waiting: 0, givenUp: 0 });
    expect(mail.sent).toHaveLength(1);
  });

  it("finds a message by its key after staff sorted the tab", () => {
    const workbook = outbox(3);
    const table = workbook.readTable(KOTAK_SUREL.name)!;
    const sorted = new MemoryWorkbook([...workbook.tableNames().filter((n) => n !== KOTAK_SUREL.name).map((n) => workbook.readTable(n)!), { ...table, rows: [...table.rows].reverse() }]);
    const mail = sender({ refuse: "peserta3@contoh.id" });
    run(sorted, mail);
    const byKey = new Map(rowsOf(sorted, KOTAK_SUREL.name).map((r) => [r.Kunci, r["Status Kirim"]]));
    expect(byKey.get("PERSETUJUAN_RCC:PRC-2026-00003")).toBe(SEND_STATUS.waiting);
    expect(byKey.get("PERSETUJUAN_RCC:PRC-2026-00001")).toBe(SEND_STATUS.sent);
  });

  it("does nothing without a sender, and nothing when the tab is missing", () => {
    const workbook = outbox(1);
    expect(sendOutbox({ workbook, clock: clockAt("2026-11-23"), lock: passThroughLock, actor: { email: null } }, "Asia/Jakarta")).toBeNull();
    const withoutTab = new MemoryWorkbook(workbook.tableNames().filter((n) => n !== KOTAK_SUREL.name).map((n) => workbook.readTable(n)!));
    expect(run(withoutTab, sender())).toEqual({ sent: 0, failed: 0, waiting: 0, givenUp: 0 });
  });
});
