// The information letter of step 1: what it leaves out when the scheme has no more to say, and
// what it refuses to send without.
import { describe, expect, it } from "vitest";
import { prepareLetter } from "../../../apps-script/core/letters/render";
import { makeOffice, refusalOf, sampleData } from "../fixtures";
import { textOf } from "../html-text";

const base = sampleData("INFORMASI_SERTIFIKASI");
const render = (data: unknown) => textOf(prepareLetter("INFORMASI_SERTIFIKASI", data, { ...makeOffice(), caseId: "PRM-2026-00007" }).html);

describe("an information letter", () => {
  it("lists the units in order with their codes and titles", () => {
    const text = render(base);
    const units = base.scheme!.units!;
    expect(text).toContain(`1 ${units[0]!.code} ${units[0]!.title}`);
    expect(text).toContain(`12 ${units[11]!.code} ${units[11]!.title}`);
  });

  it("without Bukti Administratif, a standard or an appeal deadline leaves those parts out", () => {
    const text = render({ ...base, scheme: { ...base.scheme, documents: undefined, standard: undefined }, appealDays: undefined });
    expect(text).not.toContain("Bukti administratif");
    expect(text).not.toContain("Standar kompetensi");
    expect(text).toContain("(formulir FR.AK.04); memperoleh Sertifikat Kompetensi");
  });

  it("is refused for a scheme without units or requirements, or without the service promise", () => {
    const error = refusalOf(() => render({ ...base, scheme: { ...base.scheme, units: [], requirements: [] }, serviceDays: undefined, steps: [{ title: "Verifikasi", days: 1.5 }] }));
    expect(error.message).toMatch(/^Surat Informasi Proses dan Skema Sertifikasi untuk permohonan PRM-2026-00007 tidak dibuat: /);
    expect(error.message).toContain("skema › unit kompetensi minimal satu butir");
    expect(error.message).toContain("skema › persyaratan dasar minimal satu butir");
    expect(error.message).toContain("SLA layanan (hari kerja) wajib diisi");
    expect(error.message).toContain("tahapan proses ke-1 › lama (hari kerja) harus berupa bilangan bulat");
  });
});
