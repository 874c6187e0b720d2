// The Pelatihan dan Asesmen Asesor Kompetensi (seed 003, lampiran V) part of the sample cases:
// training requests in Permohonan Asesor at several steps, with the D-codes each step has
// produced in Dokumen Kasus. Three have Status set by staff to the next state, so the first
// `npm start` moves them. Every name and address is fictional.
import { dateCell } from "../../apps-script/core/ports";
import { serviceStateRows } from "../../apps-script/core/seed/services";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import type { Row, SampleContext, SampleFamily } from "./sample-cases";

const REQUESTS = "Permohonan Asesor";
const CODE = "PELATIHAN_ASESOR";
/** Naskah dinas numbers carry the month in Roman numerals. */
const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The D-codes each state of the training produces (seed 003, lampiran V), as the shipped Alur lists them. */
const PRODUCED: ReadonlyMap<string, readonly string[]> = new Map(serviceStateRows().filter((r) => r["Kode Alur"] === CODE)
  .map((r) => [String(r.Status), String(r["Dokumen Diharapkan"]).split(",").map((c) => c.trim()).filter((c) => c !== "")]));

export function pelatihanSamples(context: SampleContext): SampleFamily {
  const { ago, id, midWay } = context;
  const year = context.today.slice(0, 4);
  const documents: Row[] = [];
  /** Dokumen Kasus rows: the codes of these states, each on file from the day given. */
  const onFile = (caseId: string, steps: readonly (readonly [state: string, on: LocalDate])[], except: readonly string[] = []) => {
    for (const [state, on] of steps) {
      for (const code of (PRODUCED.get(state) ?? []).filter((c) => !except.includes(c))) documents.push({ "ID Kasus": caseId, "Kode Dokumen": code, Ada: "Ya", Tanggal: dateCell(on), Catatan: null });
    }
  };
  const request = (n: number, received: LocalDate, applicant: string, letter: string, count: number): Row => ({
    "ID Permohonan Asesor": id("PAK", n), "Kode Alur": CODE, "Tanggal Surat Permohonan": dateCell(received),
    "Nomor Surat Permohonan": `${letter}/${ROMAN_MONTHS[Number(received.slice(5, 7)) - 1]}/${received.slice(0, 4)}`, Pemohon: applicant, "Email Pemohon": `sekretariat@${applicant.toLowerCase().replace(/^lsp\s+/, "").replace(/[^a-z0-9]+/g, "-")}.contoh.id`,
    Skema: "Asesor Kompetensi", "Jumlah Peserta Diusulkan": String(count),
  });
  const approved = {
    "Keputusan Koordinator": "Disetujui", "Master Asesor Pelatih": "Master Asesor Pelatih Contoh", "Master Asesor Penguji": "Master Asesor Penguji Contoh",
  };

  // Came in yesterday; the request letter (D1) is on file, so staff set Status to Diverifikasi.
  const fresh = { ...request(1, ago(1), "LSP P1 Politeknik Contoh", "B-031/LSP-P1-POLTEK-CONTOH", 12), Status: "Diverifikasi",
    ...midWay(id("PAK", 1), { initial: "Diterima", received: ago(1), receivedMinute: 0, recordedNote: "Permohonan pelatihan asesor dicatat", path: [] }) };
  onFile(id("PAK", 1), [["Diterima", ago(1)]]);

  // Training given by the MA Pelatih and its documents (D9–D14) in: staff set Status to Asesmen.
  const trainedPath = [["Diverifikasi", ago(11)], ["Disetujui", ago(10)], ["Ditandatangani", ago(8)], ["Pelatihan", ago(5)]] as const;
  const trained = { ...request(2, ago(12), "LSP Contoh Teknologi Informasi", "B-112/LSP-TI-CONTOH", 3), ...approved,
    "Peserta Disetujui": "Rina Marlina <rina.marlina@contoh.id>\nBayu Pratama, S.Kom. <bayu.pratama@contoh.id>\nSiti Aminah <siti.aminah@contoh.id>",
    "Nomor Surat Persetujuan": `B-0412/BNSP-CONTOH/${year}`, "Tanggal Pelaksanaan": dateCell(ago(5)), "Tanggal Asesmen": dateCell(ago(0)), Status: "Asesmen",
    ...midWay(id("PAK", 2), { initial: "Diterima", received: ago(12), receivedMinute: 0, recordedNote: "Permohonan pelatihan asesor dicatat", path: trainedPath }) };
  onFile(id("PAK", 2), [["Diterima", ago(12)], ...trainedPath]);

  // In training: the MA Pelatih has not yet validated APL.01.ASKOM (D13) nor reported (D14), so it waits there.
  const trainingPath = [["Diverifikasi", ago(8)], ["Disetujui", ago(7)], ["Ditandatangani", ago(5)], ["Pelatihan", ago(2)]] as const;
  const training = { ...request(3, ago(9), "LSP Contoh Perhotelan", "B-077/LSP-HOTEL-CONTOH", 2), ...approved,
    "Peserta Disetujui": "Dedi Kurniawan <dedi.kurniawan@contoh.id>\nMaya Sari, S.E. <maya.sari@contoh.id>",
    "Nomor Surat Persetujuan": `B-0430/BNSP-CONTOH/${year}`, "Tanggal Pelaksanaan": dateCell(ago(2)), Status: "Pelatihan",
    ...midWay(id("PAK", 3), { initial: "Diterima", received: ago(9), receivedMinute: 0, recordedNote: "Permohonan pelatihan asesor dicatat", path: trainingPath }) };
  onFile(id("PAK", 3), [["Diterima", ago(9)], ...trainingPath], ["D13", "D14"]);

  // Not approved by the coordinator; the Ketua has signed and numbered the refusal, so staff set Status to Ditolak.
  const refusedPath = [["Diverifikasi", ago(3)], ["Tidak Disetujui", ago(2)]] as const;
  const refused = { ...request(4, ago(4), "LSP Contoh Kelautan", "B-015/LSP-LAUT-CONTOH", 5), "Keputusan Koordinator": "Tidak Disetujui",
    "Alasan Penolakan": "Calon peserta belum memiliki sertifikat kompetensi pada bidang yang akan diases", "Nomor Surat Penolakan": `B-0441/BNSP-CONTOH/${year}`, Status: "Ditolak",
    ...midWay(id("PAK", 4), { initial: "Diterima", received: ago(4), receivedMinute: 0, recordedNote: "Permohonan pelatihan asesor dicatat", path: refusedPath }) };
  onFile(id("PAK", 4), [["Diterima", ago(4)], ...refusedPath]);

  // Done from request to the receipt of the certificates (D28): every code on file.
  const donePath = [["Diverifikasi", ago(28)], ["Disetujui", ago(27)], ["Ditandatangani", ago(25)], ["Pelatihan", ago(22)], ["Asesmen", ago(18)],
    ["Pleno Komtek", ago(14)], ["SK Ditetapkan", ago(11)], ["Sertifikat Diserahkan", ago(7)], ["Selesai", ago(4)]] as const;
  const done = { ...request(5, ago(29), "LSP Contoh Logistik", "B-201/LSP-LOG-CONTOH", 2), ...approved,
    "Peserta Disetujui": "Hendra Wijaya <hendra.wijaya@contoh.id>\nLusi Anggraini <lusi.anggraini@contoh.id>",
    "Nomor Surat Persetujuan": `B-0350/BNSP-CONTOH/${year}`, "Tanggal Pelaksanaan": dateCell(ago(22)), "Tanggal Asesmen": dateCell(ago(18)),
    "Tanggal Pleno": dateCell(ago(14)), "Nomor SK": `KEP.0871/BNSP-CONTOH/${year}`, Status: "Selesai",
    ...midWay(id("PAK", 5), { initial: "Diterima", received: ago(29), receivedMinute: 0, recordedNote: "Permohonan pelatihan asesor dicatat", path: donePath }) };
  onFile(id("PAK", 5), [["Diterima", ago(29)], ...donePath.filter(([state]) => state !== "Selesai")]);

  return { registers: [[REQUESTS, [fresh, trained, training, refused, done]]], documents };
}
