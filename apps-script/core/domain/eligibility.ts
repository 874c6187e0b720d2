// Checks an application against its scheme's requirement rules and suggests the assessment method.
import type { Application } from "./application";
import { golonganRank, pendidikanRank } from "./reference";
import type { Requirement, Scheme } from "./schemes";

export interface Eligibility {
  /** Each unmet "Persyaratan Dasar", named as the scheme words it. */
  readonly unmet: readonly string[];
  /** Documents of the scheme not yet ticked in "Dokumen Diserahkan". */
  readonly missingDocuments: readonly Requirement[];
  readonly eligible: boolean;
  readonly complete: boolean;
  readonly method: string;
}

import { ASSESSMENT_METHODS } from "../registers/catalog";

export const METHOD_EXPERIENCED: string = ASSESSMENT_METHODS[0];
export const METHOD_NOT_EXPERIENCED: string = ASSESSMENT_METHODS[1];

function ruleFailure(requirement: Requirement, application: Application): string | null {
  const { rule, value, description } = requirement;
  switch (rule) {
    case "INSTANSI":
      return application.agency.toLowerCase().includes(value.toLowerCase()) ? null : `${description} (instansi tidak sesuai)`;
    case "PENDIDIKAN_MIN":
      if (application.pendidikan === null) return `${description} (pendidikan belum terbaca)`;
      return pendidikanRank(application.pendidikan) >= pendidikanRank(value) ? null : `${description} (tertulis ${application.pendidikan})`;
    case "GOLONGAN_MIN":
      if (application.golongan === null) return `${description} (golongan belum terbaca)`;
      return golonganRank(application.golongan) >= golonganRank(value) ? null : `${description} (tertulis ${application.golongan})`;
    case "PENGALAMAN_MIN":
      if (application.experienceYears === null) return `${description} (pengalaman belum diisi)`;
      return application.experienceYears >= Number(value) ? null : `${description} (tertulis ${application.experienceYears} tahun)`;
    case "DOKUMEN":
      return application.documents.has(requirement.code.toUpperCase()) ? null : `${description} (dokumen belum diserahkan)`;
  }
}

export function checkEligibility(application: Application, scheme: Scheme): Eligibility {
  const unmet = scheme.requirements
    .filter((r) => r.kind === "Persyaratan Dasar")
    .map((r) => ruleFailure(r, application))
    .filter((m): m is string => m !== null);
  const missingDocuments = scheme.requirements.filter(
    (r) => r.rule === "DOKUMEN" && !application.documents.has(r.code.toUpperCase()),
  );
  const experienceRule = scheme.requirements.find((r) => r.rule === "PENGALAMAN_MIN");
  const threshold = experienceRule ? Number(experienceRule.value) : 2;
  const experienced = application.experienceYears !== null && application.experienceYears >= threshold;
  return {
    unmet,
    missingDocuments,
    eligible: unmet.length === 0,
    complete: missingDocuments.length === 0,
    method: experienced ? METHOD_EXPERIENCED : METHOD_NOT_EXPERIENCED,
  };
}
