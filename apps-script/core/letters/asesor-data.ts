// Builds the letters of a Permohonan Asesor request (seed 003, lampiran IV; lampiran V later) from
// its row, read by header. The service's name is Layanan's, so the same letters serve both flows.
// Participants are named from Peserta Disetujui without their e-mail; no one's NIK/NIP is read.
import { OLD_CERTIFICATE_COLUMN, oldCertificateNumber } from "../engine/certificate-register";
import { assessorValidityYears } from "../engine/settings";
import { listedPeople } from "../engine/spawn-rules";
import { cellDate, cellText } from "../registers/cells";
import { redactPersonalNumbers } from "../text/sanitize";
import type { ASESOR_LETTER_TYPES } from "./kinds/asesor-letters";
import { opt, splitNames } from "./row-reader";
import type { ServiceLetterInput } from "./service-data";

type AsesorLetterType = (typeof ASESOR_LETTER_TYPES)[number];

/**
 * The self-assessment form a participant's account opens, by Kode Alur: seed 003 names
 * APL.02.RCC (lampiran IV, D12–D14) and APL.02.ASKOM (lampiran V). Another flow has none, and
 * the approval letter is refused rather than naming a form the seed does not.
 */
const SELF_ASSESSMENT_FORM: Readonly<Record<string, string>> = { RCC_ASESOR: "APL.02.RCC", PELATIHAN_ASESOR: "APL.02.ASKOM" };

/** The data builders of these letters, by type: each reads the case row by header. */
export function asesorLetterData(input: ServiceLetterInput): { [K in AsesorLetterType]: () => unknown } {
  const { row, caseId } = input;
  const text = (header: string) => redactPersonalNumbers(cellText(row.get(header)));
  const date = (header: string) => cellDate(row.get(header)) ?? undefined;
  const names = (header: string) => {
    const list = splitNames(text(header));
    return list.length > 0 ? list : undefined;
  };
  const people = () => listedPeople(text("Peserta Disetujui")).map((p) => p.name);
  const request = () => ({
    requestId: caseId, serviceName: opt(input.service.name), requester: opt(text("Pemohon")),
    requestLetter: { number: opt(text("Nomor Surat Permohonan")), date: date("Tanggal Surat Permohonan") }, scheme: opt(text("Skema")),
  });
  return {
    PERSETUJUAN_RCC: () => {
      const approved = people();
      return {
        ...request(), approvedParticipants: approved.length > 0 ? approved : undefined,
        trainers: names("Master Asesor Pelatih"), examiners: names("Master Asesor Penguji"), rccDate: date("Tanggal Pelaksanaan"),
        selfAssessmentForm: SELF_ASSESSMENT_FORM[input.service.code],
      };
    },
    // Built from the Peserta RCC row; the request (its `case` column) gives the service, LSP, scheme and SK.
    SERTIFIKAT_ASESOR: () => {
      const request = input.linked?.row;
      const fromRequest = (header: string) => (request ? opt(redactPersonalNumbers(cellText(request.get(header)))) : undefined);
      const old = oldCertificateNumber(cellText(row.get(OLD_CERTIFICATE_COLUMN)));
      return {
        participantId: caseId, requestId: opt(text("ID Permohonan Asesor")),
        requester: fromRequest("Pemohon"), scheme: fromRequest("Skema"), decreeNumber: fromRequest("Nomor SK"),
        assessor: { name: opt(text("Nama Peserta")), registrationNumber: opt(text("Nomor Registrasi Asesor")) },
        // A number refused by the check is left off the letter; the register run reports it.
        ...("number" in old && old.number !== null ? { replaces: old.number } : {}),
        validityYears: assessorValidityYears(input.settings),
      };
    },
    PENOLAKAN_RCC: () => ({ ...request(), refusalReason: opt(text("Alasan Penolakan")) }),
    SPT_MASTER_ASESOR: () => {
      const masters = [
        ...splitNames(text("Master Asesor Pelatih")).map((name) => ({ name, role: "Pelatih" })),
        ...splitNames(text("Master Asesor Penguji")).map((name) => ({ name, role: "Penguji" })),
      ];
      const count = people().length;
      return {
        ...request(), masters: masters.length > 0 ? masters : undefined, rccDate: date("Tanggal Pelaksanaan"),
        approvedCount: count > 0 ? count : undefined,
      };
    },
  };
}
