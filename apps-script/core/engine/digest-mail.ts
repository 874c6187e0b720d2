// The daily digest, queued: one message per person per office day in Kotak Surel, keyed
// RINGKASAN:<date>:<email>, so a sweep run twice the same day queues (and sends) it once. Only case
// IDs, services, steps and dates: no applicant's name, NIK or NIP, in case a message is forwarded.
import type { Role } from "../domain/reference";
import { tanggalPanjang } from "../letters/format";
import { readRegister } from "../registers/table";
import { type LocalDate, toOfficeDateTime } from "../time/local-date";
import { caseRegistersInUse } from "./case-kinds";
import type { OfficeConfig } from "./config";
import { type Digest, type DueCase, dueCaseOf, planDigests } from "./digest";
import { KOTAK_SUREL, type OutgoingMail, outboxAppends, queuedKeys } from "./outbox";
import type { EngineDeps } from "./types";

export const DIGEST_KEY_PREFIX = "RINGKASAN";

export interface DigestReport {
  /** Messages queued now (0 when today's were queued by an earlier run). */
  readonly queued: number;
  /** Queued now, by the recipient's role. */
  readonly byRole: Readonly<Partial<Record<Role, number>>>;
  readonly problems: readonly string[];
}

export function digestKey(date: LocalDate, email: string): string {
  return `${DIGEST_KEY_PREFIX}:${date}:${email.trim().toLowerCase()}`;
}

function caseLine(c: DueCase): string {
  const when = c.late ? `terlambat ${c.days} ${c.unit}` : c.days === 0 ? "jatuh tempo hari ini" : `sisa ${c.days} ${c.unit}`;
  return `- ${c.caseId} · ${c.step} · tenggat ${c.dueOf} ${tanggalPanjang(c.due)} · ${when}`;
}

/** Lines grouped under each service's name, in the order given. */
function grouped(cases: readonly DueCase[]): string[] {
  const lines: string[] = [];
  let service: string | null = null;
  for (const c of cases) {
    if (c.service !== service) lines.push(...(service === null ? [] : [""]), c.service);
    service = c.service;
    lines.push(caseLine(c));
  }
  return lines;
}

export function digestMail(config: OfficeConfig, digest: Digest, today: LocalDate): OutgoingMail {
  const { settings } = config;
  const late = [...digest.waiting, ...digest.escalated].filter((c) => c.late).length;
  const body = [`Yth. ${digest.user.name},`, ""];
  if (digest.waiting.length > 0) {
    body.push(`Kasus yang menunggu langkah ${digest.user.role} dan sudah terlambat atau jatuh tempo dalam ${settings.dueSoonDays} hari kerja:`, "", ...grouped(digest.waiting), "");
  }
  if (digest.escalated.length > 0) {
    body.push(`Eskalasi: kasus yang terlambat lebih dari ${settings.escalationDays} hari kerja (semua layanan):`, "", ...grouped(digest.escalated), "");
  }
  body.push("Tindak lanjuti di buku kerja (kolom Status tiap register kasus).", `Ringkasan ini dikirim mesin sekali sehari${settings.unitName ? ` oleh ${settings.unitName}` : ""}; tidak perlu dibalas.`);
  const count = digest.waiting.length + digest.escalated.length;
  return {
    key: digestKey(today, digest.user.email), caseId: "", to: digest.user.email,
    subject: `Ringkasan harian ${tanggalPanjang(today)}: ${count} kasus${late > 0 ? `, ${late} terlambat` : ""}`,
    body: body.join("\n"),
  };
}

/** The due-soon and late cases of every case register in use, each register read once. */
export function dueCases(deps: EngineDeps, config: OfficeConfig, today: LocalDate): DueCase[] {
  return caseRegistersInUse(config).flatMap((def) => {
    const table = readRegister(deps.workbook, def);
    return (table?.rows ?? []).map((row) => dueCaseOf(config, def, row, today)).filter((c): c is DueCase => c !== null);
  });
}

/**
 * Queues today's digests not queued yet, in one write: of `known` (the check's list, made from
 * the cells it just wrote) or, without it, of the case registers as they stand. Run by the daily sweep and the local run
 * only: an edit or a menu action must not add a message to anyone's day.
 */
export function queueDigests(deps: EngineDeps, config: OfficeConfig, known?: readonly DueCase[]): DigestReport {
  return deps.lock.runExclusive(() => {
    const now = toOfficeDateTime(deps.clock.now(), config.settings.timeZone);
    const digests = planDigests(config, known ?? dueCases(deps, config, now.date));
    if (digests.length === 0) return { queued: 0, byRole: {}, problems: [] };
    const outbox = readRegister(deps.workbook, KOTAK_SUREL);
    if (!outbox) {
      return { queued: 0, byRole: {}, problems: [`Tab ${KOTAK_SUREL.name} belum ada: ringkasan harian belum diantre. Jalankan "Siapkan / perbarui register".`] };
    }
    const queued = queuedKeys(outbox);
    const fresh = digests.filter((d) => !queued.has(digestKey(now.date, d.user.email)));
    const appends = outboxAppends(queued, fresh.map((d) => digestMail(config, d, now.date)), now);
    if (appends.length > 0) deps.workbook.applyChanges([{ table: KOTAK_SUREL.name, patches: [], appends }]);
    const byRole: Partial<Record<Role, number>> = {};
    for (const d of fresh) byRole[d.user.role] = (byRole[d.user.role] ?? 0) + 1;
    return { queued: appends.length, byRole, problems: [] };
  });
}

/** "Ringkasan harian: 3 surel diantre (Petugas 2, Kepala 1)." — nothing when none was queued now. */
export function digestLines(report: DigestReport): string[] {
  const lines = [...report.problems];
  if (report.queued > 0) {
    const roles = Object.entries(report.byRole).map(([role, n]) => `${role} ${n}`).join(", ");
    lines.push(`Ringkasan harian: ${report.queued} surel diantre di tab ${KOTAK_SUREL.name} (${roles}).`);
  }
  return lines;
}
