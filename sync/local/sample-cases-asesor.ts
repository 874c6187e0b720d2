// Sample RCC Asesor Kompetensi requests (seed 003, lampiran IV) and the participant cases of one
// already approved: one just received, one verified and approved by the coordinator (the first
// `npm start` drafts the approval letter and the SPT), one not approved (the refusal letter is
// drafted), and one whose approval letter the head numbered earlier. That number cannot be
// planted here (a letter-book row needs its drafted file), so its Peserta RCC rows stand as the
// engine made them then. Every name and address is fictional.
import { dateCell } from "../../apps-script/core/ports";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import type { Row, SampleContext, SampleFamily } from "./sample-cases";

const RECORDED = "Permohonan RCC dicatat";

export function asesorSamples(context: SampleContext): SampleFamily {
  const { ago, calendar, id, midWay, today } = context;
  const year = today.slice(0, 4);
  const day = (d: LocalDate) => dateCell(d);
  const ahead = (days: number) => calendar.addWorkingDays(today, days);
  const documents: Row[] = [];
  const present = (caseId: string, on: LocalDate, codes: readonly string[]) => {
    for (const code of codes) documents.push({ "ID Kasus": caseId, "Kode Dokumen": code, Ada: "Ya", Tanggal: day(on), Catatan: null });
  };
  const request = (n: number, cells: Row): Row => ({ "ID Permohonan Asesor": id("RCC", n), "Kode Alur": "RCC_ASESOR", Skema: "Asesor Kompetensi", ...cells });

  // Numbered four working days ago: the participants got their accounts that day.
  const numbered = ago(4);
  const requests: Row[] = [
    // Came in yesterday; the secretariat verifies it next.
    request(1, {
      "Tanggal Surat Permohonan": day(ago(1)), "Nomor Surat Permohonan": `021/LSP-KONTOH/${year}`, Pemohon: "LSP Contoh Teknologi Informasi",
      "Email Pemohon": "sekretariat@lsp-ti.contoh.id", "Jumlah Peserta Diusulkan": "4", Status: "Diterima",
    }),
    // Verified; Koor. SDM approved it (D3), so staff set Status to Disetujui: the first run drafts
    // the approval letter (D5A) and the SPT of the MA Pelatih and Penguji (D6A/D6B).
    request(2, {
      "Tanggal Surat Permohonan": day(ago(5)), "Nomor Surat Permohonan": `B-14/LSP-KONSTRUKSI/${year}`, Pemohon: "LSP Contoh Jasa Konstruksi",
      "Email Pemohon": "lsp@konstruksi.contoh.id", "Jumlah Peserta Diusulkan": "3", "Keputusan Koordinator": "Disetujui",
      "Peserta Disetujui": "Sari Wulandari, S.T. <sari.wulandari@contoh.id>\nHendra Gunawan, S.E. <hendra.gunawan@contoh.id>\nMade Suarta <made.suarta@contoh.id>",
      "Master Asesor Pelatih": "Dr. Dewi Anggraini, M.Pd.", "Master Asesor Penguji": "Ir. Rudi Hartono, M.T.", "Tanggal Pelaksanaan": day(ahead(10)),
      Status: "Disetujui",
      ...midWay(id("RCC", 2), { initial: "Diterima", received: ago(5), receivedMinute: 0, recordedNote: RECORDED, path: [["Diverifikasi", ago(3)]] }),
    }),
    // Verified; not approved (D4): the first run drafts the refusal letter (D5B) with the reason.
    request(3, {
      "Tanggal Surat Permohonan": day(ago(6)), "Nomor Surat Permohonan": `045/LSP-PARIWISATA/${year}`, Pemohon: "LSP Contoh Pariwisata",
      "Email Pemohon": "lsp@pariwisata.contoh.id", "Jumlah Peserta Diusulkan": "2", "Keputusan Koordinator": "Tidak Disetujui",
      "Alasan Penolakan": "Kedua calon peserta belum memiliki sertifikat asesor kompetensi yang masih berlaku, syarat mengikuti RCC.",
      Status: "Tidak Disetujui",
      ...midWay(id("RCC", 3), { initial: "Diterima", received: ago(6), receivedMinute: 0, recordedNote: RECORDED, path: [["Diverifikasi", ago(4)]] }),
    }),
    // Approved, and the letter and SPT signed and numbered by the Ketua (D7A, D8A, D8B); the RCC
    // began yesterday, so staff set Status to Pelaksanaan RCC.
    request(4, {
      "Tanggal Surat Permohonan": day(ago(12)), "Nomor Surat Permohonan": `B-09/LSP-ENERGI/${year}`, Pemohon: "LSP Contoh Energi",
      "Email Pemohon": "lsp@energi.contoh.id", "Jumlah Peserta Diusulkan": "3", "Keputusan Koordinator": "Disetujui",
      "Peserta Disetujui": "Nur Rahman, S.T. <nur.rahman@contoh.id>\nIndah Kusuma <indah.kusuma@contoh.id>\nYohanes Tanjung <yohanes.tanjung@contoh.id>",
      "Master Asesor Pelatih": "Dr. Lina Marlina, M.Psi.", "Master Asesor Penguji": "Ir. Wahyu Pratama, M.T.", "Tanggal Pelaksanaan": day(ago(1)),
      "Nomor Surat Persetujuan": `B-0412/BNSP/${year}`, Status: "Pelaksanaan RCC",
      ...midWay(id("RCC", 4), {
        initial: "Diterima", received: ago(12), receivedMinute: 0, recordedNote: RECORDED,
        path: [["Diverifikasi", ago(10)], ["Disetujui", ago(8)], ["Ditandatangani", numbered]],
      }),
    }),
  ];
  present(id("RCC", 2), ago(5), ["D1"]);
  present(id("RCC", 2), ago(3), ["D2"]);
  present(id("RCC", 3), ago(6), ["D1"]);
  present(id("RCC", 3), ago(4), ["D2"]);
  present(id("RCC", 4), ago(12), ["D1"]);
  present(id("RCC", 4), ago(10), ["D2"]);
  present(id("RCC", 4), ago(8), ["D3", "D5A", "D6A", "D6B"]);
  present(id("RCC", 4), numbered, ["D7A", "D8A", "D8B"]);

  // The participant cases the numbering of RCC 4's approval made (one per approved person).
  const participant = (n: number, name: string, email: string, cells: Row, path: readonly (readonly [string, LocalDate])[] = []): Row => ({
    "ID Peserta RCC": id("PRC", n), "ID Permohonan Asesor": id("RCC", 4), "Nama Peserta": name, "Email Peserta": email, "Tanggal Akun": day(numbered),
    ...cells,
    ...midWay(id("PRC", n), { initial: "Akun Dibuat", received: numbered, receivedMinute: 0, recordedNote: "Peserta RCC dicatat", path }),
  });
  const participants: Row[] = [
    participant(1, "Nur Rahman, S.T.", "nur.rahman@contoh.id", { Status: "Akun Dibuat" }),
    // Has filled in APL.02.RCC: staff set Status, the first run records it.
    participant(2, "Indah Kusuma", "indah.kusuma@contoh.id", { Status: "APL.02 Diisi" }),
    participant(3, "Yohanes Tanjung", "yohanes.tanjung@contoh.id", { Status: "APL.02 Diisi" }, [["APL.02 Diisi", ago(1)]]),
  ];

  return { registers: [["Permohonan Asesor", requests], ["Peserta RCC", participants]], documents };
}
