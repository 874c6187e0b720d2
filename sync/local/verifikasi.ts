// `npm run --silent verifikasi -- KODE` answers what the verification web page answers for a
// certificate's code, from the local workbook's Sertifikat register: name, scheme, dates and
// status on today's date in the office's zone, nothing else. `--status KODE_LACAK` answers what
// the web app's status page answers for a case's token (service, step, since when, due date).
// `--json` prints only the answer.
import { SERTIFIKAT_REGISTER } from "../../apps-script/core/engine/certificate-register";
import { loadConfig } from "../../apps-script/core/engine/config";
import { lookUpStatus, type StatusAnswer, statusLines } from "../../apps-script/core/engine/status-link";
import { verificationLines, verifyCertificate } from "../../apps-script/core/engine/verification";
import { readRegister } from "../../apps-script/core/registers/table";
import { toOfficeDateTime } from "../../apps-script/core/time/local-date";
import { VERSION_LINE } from "../backup/version";
import { parseCliArgs } from "./cli-errors";
import { type CliIo, processIo, runCli } from "./cli-support";
import { DEFAULT_WORKBOOK } from "./defaults";
import { LocalFileError } from "./errors";
import { parseFixedNow } from "./fixed-now";

const HELP = `Pemakaian:
  npm run --silent verifikasi -- KODE                  periksa sertifikat dengan kode verifikasinya
  npm run --silent verifikasi -- --status KODE_LACAK   status permohonan dari kode lacaknya
Kode tercetak di sertifikat (mis. 1Y62-N7HV-3Q3Y; huruf besar/kecil dan tanda hubung tidak berpengaruh).
Jawabannya sama dengan halaman verifikasi: nama pemegang, skema, tanggal terbit, berlaku sampai, status.
Kode lacak ada di kolom Kode Lacak register kasus dan di tautan status e-mail tanda terima (?status=…);
jawabannya sama dengan halaman status: layanan, tahap saat ini, sejak kapan, tenggat janji layanan.
  --status KODE   status permohonan, bukan sertifikat
  --berkas PATH   buku kerja lain (bawaan ${DEFAULT_WORKBOOK}, atau SERTIFIKASI_BERKAS)
  --json          hanya JSON di stdout: {"ditemukan": …}
  --version       nama dan versi alat
Kode keluar: 0 ditemukan, 1 tidak ditemukan atau galat tak terduga, 2 buku kerja tidak ada atau tidak sah, 64 argumen salah.`;

const HELP_HINT = "npm run --silent verifikasi -- --help";

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = processIo): Promise<number> {
  const { values, positionals } = parseCliArgs({ args: argv, allowPositionals: true, options: { berkas: { type: "string" }, status: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } } }, HELP_HINT);
  if (values.version) {
    io.out(VERSION_LINE);
    return 0;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const asksStatus = values.status !== undefined;
  if (asksStatus && positionals.length !== 0) throw new LocalFileError("BAD_ARGS", `Dengan --status tidak ada argumen lain (diberikan ${positionals.length}).\n${HELP}`);
  if (!asksStatus && positionals.length !== 1) throw new LocalFileError("BAD_ARGS", `Perlu satu argumen, kode verifikasi (diberikan ${positionals.length}).\n${HELP}`);
  const path = values.berkas ?? (env.SERTIFIKASI_BERKAS?.trim() ? env.SERTIFIKASI_BERKAS : DEFAULT_WORKBOOK);
  const { XlsxWorkbookFile } = await import("./xlsx-workbook");
  const file = await XlsxWorkbookFile.open(path);
  if (asksStatus) {
    const status = lookUpStatus(file.workbook, values.status!);
    io.out(values.json ? JSON.stringify(statusJson(status)) : statusLines(status).join("\n"));
    return status.found ? 0 : 1;
  }
  const config = loadConfig(file.workbook);
  const today = toOfficeDateTime(env.SERTIFIKASI_SEKARANG?.trim() ? parseFixedNow(env.SERTIFIKASI_SEKARANG) : new Date(), config.settings.timeZone).date;
  const answer = verifyCertificate(readRegister(file.workbook, SERTIFIKAT_REGISTER), positionals[0]!, today);
  if (values.json) {
    io.out(JSON.stringify(answer.found
      ? { ditemukan: true, namaPemegang: answer.holder, kodeSkema: answer.schemeCode, namaSkema: answer.schemeName, tanggalTerbit: answer.issuedOn, berlakuSampai: answer.validUntil, status: answer.status }
      : { ditemukan: false }));
  } else {
    io.out(verificationLines(answer).join("\n"));
  }
  return answer.found ? 0 : 1;
}

/** The status answer as JSON: dates as YYYY-MM-DD, null when not known or not counting. */
function statusJson(answer: StatusAnswer): Record<string, unknown> {
  if (!answer.found) return { ditemukan: false };
  return { ditemukan: true, layanan: answer.service, tahap: answer.step, sejak: answer.since, tenggatLayanan: answer.due, selesai: answer.final, jamBerhenti: answer.paused, dihitungMulai: answer.countsFrom };
}

runCli(import.meta.url, main, HELP_HINT);
