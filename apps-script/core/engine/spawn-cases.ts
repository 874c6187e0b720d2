// The cases a numbered letter creates (spawn-rules.ts): reconciled, not triggered. Every run that
// settles approvals compares the numbered letters of each rule with the rows already created for
// their request, and adds only the missing ones, so a run repeated after a failure half-way (or
// the same approval processed twice) creates each person's case exactly once. Each person with an
// e-mail address gets one message through the outbox, keyed by their case.
import type { CellValue, TableChanges } from "../ports";
import { dateCell } from "../ports";
import { LETTER_STATUS, readLetterBook, type LetterRecord } from "../letters/letter-book";
import { letterTypeOf } from "../letters/letter-types";
import { cellText } from "../registers/cells";
import { RIWAYAT, SURAT } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { readRegister, type RegisterRow } from "../registers/table";
import { dateParts, type OfficeDateTime, toOfficeDateTime } from "../time/local-date";
import { idPrefixOf } from "./case-kinds";
import type { OfficeConfig } from "./config";
import { CaseIdAllocator, eventId, firstFreeSequence } from "./ids";
import { KOTAK_SUREL, type OutgoingMail, outboxAppends, queuedKeys } from "./outbox";
import { listedPeople, personKey, SPAWN_RULES, type SpawnRule } from "./spawn-rules";
import type { EngineDeps } from "./types";

export interface SpawnReport {
  /** "PRC-2026-00001 (dari RCC-2026-00002)": the cases created in this run. */
  readonly created: readonly string[];
  /** Messages queued in Kotak Surel. */
  readonly queued: number;
  readonly problems: readonly string[];
}

/** Riwayat "Ke" of the remark left on the request for each case created from it. */
export const SPAWNED_EVENT = "Peserta dibuat";

const NOTHING: SpawnReport = { created: [], queued: 0, problems: [] };

export interface SpawnPlan {
  readonly rows: Record<string, CellValue>[];
  readonly created: { readonly id: string; readonly requestId: string; readonly letterId: string }[];
  readonly mails: OutgoingMail[];
  readonly problems: string[];
}

/**
 * What the numbered letters of one rule still call for: a row per listed person not yet in the
 * target register for that request, and a message for every listed person with an address.
 * Pure: the rows, letters and existing IDs are given.
 */
export function planSpawns(input: {
  rule: SpawnRule;
  letters: readonly LetterRecord[];
  requests: ReadonlyMap<string, RegisterRow>;
  target: RegisterDef;
  existing: readonly RegisterRow[];
  prefix: string;
  today: OfficeDateTime["date"];
}): SpawnPlan {
  const { rule, target } = input;
  const idColumn = target.key[0]!;
  const allocator = new CaseIdAllocator(input.prefix, input.existing.map((r) => r.id));
  const byRequest = new Map<string, Map<string, string>>();
  for (const row of input.existing) {
    const request = cellText(row.get(rule.target.link));
    const email = cellText(row.get(rule.target.email));
    const key = personKey({ name: cellText(row.get(rule.target.name)), email: email === "" ? null : email });
    (byRequest.get(request) ?? byRequest.set(request, new Map()).get(request)!).set(key, row.id);
  }
  const plan: SpawnPlan = { rows: [], created: [], mails: [], problems: [] };
  for (const letter of input.letters) {
    const request = input.requests.get(letter.caseId);
    if (request && rule.services && !rule.services.includes(cellText(request.get("Kode Alur")))) continue;
    if (!request) {
      plan.problems.push(`Surat ${letter.id} (${letter.number}): kasus ${letter.caseId} tidak ditemukan; peserta belum dibuat.`);
      continue;
    }
    const people = listedPeople(cellText(request.get(rule.listColumn)));
    if (people.length === 0) plan.problems.push(`Surat ${letter.id} (${letter.number}): kolom ${rule.listColumn} kasus ${letter.caseId} kosong; belum ada peserta yang dibuat.`);
    const known = byRequest.get(letter.caseId) ?? byRequest.set(letter.caseId, new Map()).get(letter.caseId)!;
    const since = letter.date ?? input.today;
    for (const person of people) {
      let id = known.get(personKey(person));
      if (id === undefined || id === "") {
        id = allocator.next(dateParts(since).year);
        known.set(personKey(person), id);
        plan.rows.push({
          [idColumn]: id, [rule.target.link]: letter.caseId, [rule.target.name]: person.name,
          [rule.target.email]: person.email, [rule.target.since]: dateCell(since),
        });
        plan.created.push({ id, requestId: letter.caseId, letterId: letter.id });
      }
      if (person.email) {
        const message = rule.mail({ name: person.name, caseId: id, requestId: letter.caseId, letterNumber: letter.number ?? "" });
        plan.mails.push({ key: `${rule.letter}:${id}`, caseId: id, to: person.email, ...message });
      }
    }
  }
  return plan;
}

/**
 * The registers whose cases may list the people: every one declaring the rule's list column (the
 * shipped RCC register, an office's own). A letter's case is looked up in all of them.
 */
function sourceRegisters(config: OfficeConfig, rule: SpawnRule): RegisterDef[] {
  return [...config.caseRegisters.values()].filter((def) => def.columns.some((c) => c.header === rule.listColumn));
}

/**
 * Creates the missing cases of every numbered letter with a spawn rule, under the lock, in one
 * applyChanges call; reads nothing more than the letter book when no such letter exists.
 */
export function reconcileSpawns(
  deps: EngineDeps,
  config: OfficeConfig,
  rules: readonly SpawnRule[] = SPAWN_RULES,
  letterBook: () => readonly LetterRecord[] = () => readLetterBook(readRegister(deps.workbook, SURAT)),
): SpawnReport {
  const active = rules.map((rule) => ({ rule, sources: sourceRegisters(config, rule) })).filter(({ rule, sources }) => config.caseRegisters.has(rule.target.register) && sources.length > 0);
  if (active.length === 0) return NOTHING;
  return deps.lock.runExclusive(() => {
    const book = letterBook().filter((r) => r.number !== null && r.status === LETTER_STATUS.approved);
    const perRule = active.map(({ rule, sources }) => ({ rule, sources, letters: book.filter((r) => letterTypeOf(r.type) === rule.letter) })).filter((x) => x.letters.length > 0);
    if (perRule.length === 0) return NOTHING;
    const instant = deps.clock.now();
    const now = toOfficeDateTime(instant, config.settings.timeZone);
    const outboxTable = readRegister(deps.workbook, KOTAK_SUREL);
    const queued = queuedKeys(outboxTable);
    const changes: TableChanges[] = [];
    const created: string[] = [];
    const problems: string[] = [];
    const mails: OutgoingMail[] = [];
    const remarks: Record<string, CellValue>[] = [];
    let firstAudit: number | null = null;
    for (const { rule, sources, letters } of perRule) {
      const target = config.caseRegisters.get(rule.target.register)!;
      const targetTable = readRegister(deps.workbook, target);
      const sourceTables = sources.map((def) => readRegister(deps.workbook, def));
      const service = [...config.services.values()].find((s) => s.register === target.name);
      if (!targetTable || sourceTables.every((t) => !t) || !service) {
        problems.push(`Peserta surat ${letters.map((l) => l.id).join(", ")} belum dibuat: tab ${targetTable ? sources.map((d) => d.name).join(" / ") : target.name} atau layanannya tidak ada.`);
        continue;
      }
      const plan = planSpawns({
        rule, letters, target, existing: targetTable.rows, prefix: idPrefixOf(config, service), today: now.date,
        requests: new Map(sourceTables.flatMap((t) => t?.rows ?? []).filter((r) => r.id !== "").map((r) => [r.id, r])),
      });
      problems.push(...plan.problems);
      mails.push(...plan.mails);
      if (plan.rows.length > 0) changes.push({ table: target.name, patches: [], appends: plan.rows });
      for (const made of plan.created) {
        created.push(`${made.id} (dari ${made.requestId})`);
        firstAudit ??= firstFreeSequence((readRegister(deps.workbook, RIWAYAT)?.rows ?? []).map((r) => r.id), "RWY", now, instant);
        remarks.push({
          "ID Riwayat": eventId("RWY", now, instant, firstAudit + remarks.length), Waktu: dateCell(now.date, now.minuteOfDay),
          "ID Permohonan": made.requestId, Dari: null, Ke: SPAWNED_EVENT, Oleh: "mesin", Peran: null, Hasil: "Catatan",
          Keterangan: `${target.name} ${made.id} dibuat karena surat ${made.letterId} diberi nomor`,
        });
      }
    }
    if (remarks.length > 0) changes.push({ table: RIWAYAT.name, patches: [], appends: remarks });
    const appends = outboxTable ? outboxAppends(queued, mails, now) : [];
    if (appends.length > 0) changes.push({ table: KOTAK_SUREL.name, patches: [], appends });
    if (!outboxTable && mails.length > 0) {
      problems.push(`Tab ${KOTAK_SUREL.name} belum ada: ${mails.length} pemberitahuan surel belum diantre. Jalankan "Siapkan / perbarui register"; pemberitahuan diantre pada pemeriksaan berikutnya.`);
    }
    if (changes.length > 0) deps.workbook.applyChanges(changes);
    return { created, queued: appends.length, problems };
  });
}

export function spawnLines(report: SpawnReport): string[] {
  const lines: string[] = [];
  if (report.created.length > 0) lines.push(`${report.created.length} kasus peserta dibuat dari surat yang diberi nomor: ${report.created.join("; ")}.`);
  if (report.queued > 0) lines.push(`${report.queued} pemberitahuan surel diantre di tab ${KOTAK_SUREL.name}.`);
  return [...lines, ...report.problems];
}
