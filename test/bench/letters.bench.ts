// Letters benchmark: time to render 500 certificates, HTML size per letter, numbering 1,000 approvals.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { approveLetters } from "../../apps-script/core/letters/approval";
import { LETTER_TYPE_CODES } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { PENGATURAN, SURAT } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { fakeNip, makeOffice, sampleData } from "../letters/fixtures";
import { MemoryLock, TestWorkbook } from "../letters/memory-workbook";

const CERTIFICATES = 500;
const APPROVALS = 1000;

function renderCertificates(): { coldMs: number; totalMs: number; bytes: number } {
  const office = makeOffice();
  const base = sampleData("SERTIFIKAT");
  const issued = { number: "800/1/BPSDM/IV/2026", date: "2026-04-20" as LocalDate };
  const coldStart = performance.now();
  prepareLetter("SERTIFIKAT", base, { ...office, caseId: "PRM-0", issued });
  const coldMs = performance.now() - coldStart;
  let bytes = 0;
  const start = performance.now();
  for (let i = 1; i <= CERTIFICATES; i += 1) {
    const data = { ...base, applicant: { ...base.applicant, name: `Peserta Uji ${i}`, nip: fakeNip(i) } };
    const letter = prepareLetter("SERTIFIKAT", data, { ...office, caseId: `PRM-${i}`, issued: { ...issued, number: `800/${i}/BPSDM/IV/2026` } });
    bytes += Buffer.byteLength(letter.html, "utf8");
  }
  return { coldMs, totalMs: performance.now() - start, bytes };
}

function approveThousand(): number {
  const lock = new MemoryLock();
  const workbook = new TestWorkbook(() => lock.held);
  workbook.ensureTable(SURAT.name, headersOf(SURAT));
  workbook.ensureTable(PENGATURAN.name, headersOf(PENGATURAN));
  const appends = Array.from({ length: APPROVALS }, (_, i) => ({
    "ID Surat": `SRT-${String(i + 1).padStart(6, "0")}`, "Jenis Surat": "SERTIFIKAT", "Status Surat": "Disetujui",
  }));
  for (const row of appends) workbook.append(SURAT.name, row);
  const start = performance.now();
  const { approved } = approveLetters(
    { workbook, lock, clock: { now: () => new Date("2026-04-20T03:00:00Z") } },
    { defaultFormat: "800/{urut}/BPSDM/{bulan romawi}/{tahun}", timeZone: "Asia/Makassar" },
  );
  if (approved.length !== APPROVALS) throw new Error(`hanya ${approved.length} surat diberi nomor`);
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const certs = renderCertificates();
  console.log(`letters: first render (runtime set-up included): ${certs.coldMs.toFixed(1)} ms`);
  console.log(`letters: ${CERTIFICATES} certificates rendered in ${certs.totalMs.toFixed(1)} ms (${(certs.totalMs / CERTIFICATES).toFixed(3)} ms each, ${(certs.bytes / 1024 / 1024).toFixed(2)} MiB of HTML)`);
  const office = makeOffice();
  for (const type of LETTER_TYPE_CODES) {
    const html = prepareLetter(type, sampleData(type), { ...office, caseId: "PRM-2026-0001" }).html;
    console.log(`letters: HTML size ${type.padEnd(20)} ${String(Buffer.byteLength(html, "utf8")).padStart(6)} bytes`);
  }
  console.log(`letters: ${APPROVALS} approvals numbered in one locked run in ${approveThousand().toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
