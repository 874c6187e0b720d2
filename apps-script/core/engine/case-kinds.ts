// Which workflow a case row follows, by its register: an application by its scheme (Skema →
// Kode Alur), a row of a register several services share by its "Kode Alur" column, any other
// by the one service Layanan names for the register.
import { PERMOHONAN } from "../registers/catalog";
import { cellText, quoted } from "../registers/cells";
import type { RegisterDef } from "../registers/schema";
import type { RegisterRow } from "../registers/table";
import type { WorkflowDef } from "../workflow/definition";
import { PROCESS_A_CODE } from "../workflow/process-a";
import type { ServiceDef } from "../workflow/service";
import type { OfficeConfig } from "./config";

export type CaseKind = { readonly workflow: WorkflowDef; readonly service: ServiceDef } | { readonly problem: string };

/** The services whose cases live in this register, in Layanan order. */
export function servicesOfRegister(config: OfficeConfig, register: string): ServiceDef[] {
  return [...config.services.values()].filter((s) => s.register === register && config.workflows.has(s.code));
}

/** The registers some service uses, Permohonan first: the case registers a run goes through. */
export function caseRegistersInUse(config: OfficeConfig): RegisterDef[] {
  const names = new Set([...config.services.values()].filter((s) => config.workflows.has(s.code)).map((s) => s.register));
  return [...config.caseRegisters.values()].filter((def) => names.has(def.name));
}

export function caseKindOf(config: OfficeConfig, register: RegisterDef, row: RegisterRow): CaseKind {
  const services = servicesOfRegister(config, register.name);
  const pick = (code: string): CaseKind | null => {
    const service = services.find((s) => s.code === code);
    const workflow = config.workflows.get(code);
    return service && workflow ? { workflow, service } : null;
  };
  if (register.name === PERMOHONAN.name) {
    const scheme = config.schemes.get(cellText(row.get("Kode Skema")));
    const chosen = (scheme && pick(scheme.workflowCode)) || pick(PROCESS_A_CODE) || (services[0] ? pick(services[0].code) : null);
    return chosen ?? { problem: "tidak ada layanan di register Layanan untuk Permohonan" };
  }
  const column = register.cases?.workflowColumn ?? null;
  if (column) {
    const code = cellText(row.get(column));
    if (code === "") return services.length === 1 ? pick(services[0]!.code)! : { problem: `${column}: wajib diisi (${services.map((s) => s.code).join(", ")})` };
    return pick(code) ?? { problem: `${column}: ${quoted(code)} bukan layanan register ${register.name} (${services.map((s) => s.code).join(", ")})` };
  }
  if (services.length === 1) return pick(services[0]!.code)!;
  return { problem: `register ${register.name} dipakai ${services.length} layanan; tambahkan kolom Kode Alur di Kolom Kasus` };
}

/** The case ID prefix of a service: its own, or for Permohonan the office's Pengaturan key. */
export function idPrefixOf(config: OfficeConfig, service: ServiceDef): string {
  return service.idPrefix !== "" ? service.idPrefix : config.settings.caseIdPrefix;
}
