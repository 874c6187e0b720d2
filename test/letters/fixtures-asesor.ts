// Letters of a Permohonan Asesor request (RCC Asesor Kompetensi, seed 003, lampiran IV): a realistic
// request from an LSP with three approved participants and its Master Asesor.
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { ASESOR_LETTER_TYPES } from "../../apps-script/core/letters/kinds/asesor-letters";

type Types = (typeof ASESOR_LETTER_TYPES)[number];

const REQUEST = {
  requestId: "RCC-2026-00004", serviceName: "RCC Asesor Kompetensi", requester: "LSP Jasa Konstruksi Nusantara",
  requestLetter: { number: "B-12/LSP-JKN/III/2026", date: "2026-03-16" }, scheme: "Asesor Kompetensi",
};
const TRAINER = "Dr. Dewi Anggraini, M.Pd.";
const EXAMINER = "Ir. Rudi Hartono, M.T.";
const PARTICIPANTS = ["Sari Wulandari, S.T.", "Hendra Gunawan, S.E., M.M.", "Made Suarta"];
const TO_REQUESTER = ["Yth. Pimpinan LSP Jasa Konstruksi Nusantara", "di tempat"];
const REQUEST_FACTS = ["B-12/LSP-JKN/III/2026", "16 Maret 2026", "RCC-2026-00004", "RCC Asesor Kompetensi", "skema Asesor Kompetensi"];

/** A realistic data set for each of these letter types. */
export function asesorSampleData(): { [K in Types]: LetterInput<K> } {
  return {
    PERSETUJUAN_RCC: {
      ...REQUEST, approvedParticipants: PARTICIPANTS, trainers: [TRAINER], examiners: [EXAMINER], rccDate: "2026-04-13",
      selfAssessmentForm: "APL.02.RCC",
    },
    PENOLAKAN_RCC: { ...REQUEST, refusalReason: "Dua dari tiga peserta yang diusulkan belum memiliki sertifikat asesor kompetensi yang masih berlaku." },
    SPT_MASTER_ASESOR: {
      ...REQUEST, masters: [{ name: TRAINER, role: "Pelatih" }, { name: EXAMINER, role: "Penguji" }], rccDate: "2026-04-13", approvedCount: 3,
    },
    SERTIFIKAT_ASESOR: {
      participantId: "PRC-2026-00002", requestId: REQUEST.requestId, requester: REQUEST.requester,
      assessor: { name: PARTICIPANTS[1]!, registrationNumber: "MET.000.004321 2026" }, scheme: REQUEST.scheme,
      decreeNumber: "KEP.0420/BNSP/IV/2026", replaces: "MET.000.004321 2023", validityYears: 3,
    },
  };
}

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const ASESOR_REQUIRED: { [K in Types]: LetterRequirement } = {
  PERSETUJUAN_RCC: {
    addressee: TO_REQUESTER,
    facts: [...REQUEST_FACTS, "disetujui", "3 (tiga) orang peserta", ...PARTICIPANTS, "Senin, 13 April 2026",
      `MA Pelatih : ${TRAINER}`, `MA Penguji : ${EXAMINER}`, "akun", "APL.02.RCC"],
    perihal: /^Persetujuan Permohonan RCC Asesor Kompetensi Nomor B-12\/LSP-JKN\/III\/2026$/,
  },
  PENOLAKAN_RCC: {
    addressee: TO_REQUESTER,
    facts: [...REQUEST_FACTS, "tidak dapat disetujui", "belum memiliki sertifikat asesor kompetensi yang masih berlaku"],
    perihal: /^Tidak Persetujuan Permohonan RCC Asesor Kompetensi Nomor B-12\/LSP-JKN\/III\/2026$/,
  },
  SPT_MASTER_ASESOR: {
    addressee: ["Surat Perintah Tugas", "Dasar", "Kepada", `1 ${TRAINER} Master Asesor Pelatih`, `2 ${EXAMINER} Master Asesor Penguji`],
    facts: [...REQUEST_FACTS, "Senin, 13 April 2026", "3 (tiga) orang peserta", "LSP Jasa Konstruksi Nusantara"],
    perihal: /^Surat Perintah Tugas Master Asesor RCC Asesor Kompetensi$/,
  },
  SERTIFIKAT_ASESOR: {
    addressee: ["SERTIFIKAT KOMPETENSI", PARTICIPANTS[1]!, "Nomor Registrasi MET.000.004321 2026"],
    facts: ["KOMPETEN", "Recognition Current Competency (RCC)", "Asesor Kompetensi", "LSP Jasa Konstruksi Nusantara", "RCC-2026-00004",
      "Keputusan Nomor KEP.0420/BNSP/IV/2026", "menggantikan sertifikat asesor kompetensi Nomor MET.000.004321 2023", "Kode verifikasi"],
    perihal: /^Sertifikat Kompetensi Asesor Kompetensi$/,
  },
};
