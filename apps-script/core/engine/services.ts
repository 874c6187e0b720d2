// Reads the Layanan register: one row per workflow naming its case register and its promise.
// A workbook from before Layanan (version 1) runs every workflow on Permohonan with the office's
// "SLA Layanan (hari kerja)" setting, exactly as that release did.
import { choice, integerIn, quoted, requiredText, textCell } from "../registers/cells";
import { DAY_UNIT_OPTIONS, PERMOHONAN } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { allRows, locate, normalizeHeader, parseRows, type RegisterTable } from "../registers/table";
import { parseClockTime } from "../time/local-date";
import type { WorkflowCodes, WorkflowDef } from "../workflow/definition";
import type { ServiceDef } from "../workflow/service";
import type { Settings } from "./settings";

const shape = {
  "Kode Alur": requiredText,
  "Nama Layanan": requiredText,
  "Register Kasus": requiredText,
  "Prefiks ID": textCell,
  "SLA Layanan": integerIn(0, 365, false),
  "Satuan Hari": choice(DAY_UNIT_OPTIONS),
  "Jam Batas": textCell,
  Dasar: textCell,
};

/** Version 1: every workflow's cases live in Permohonan, with the office-wide promise. */
export function legacyServices(workflows: ReadonlyMap<string, WorkflowDef>, settings: Settings): Map<string, ServiceDef> {
  return new Map([...workflows.keys()].map((code) => [code, {
    code, name: code, register: PERMOHONAN.name, idPrefix: "", slaDays: settings.serviceSlaDays, dayUnit: "hari kerja", cutOffMinute: null,
    basis: "Pengaturan: SLA Layanan (hari kerja)",
  } satisfies ServiceDef]));
}

/**
 * Parses Layanan against the workflows and the case registers known. Every workflow needs
 * exactly one row; the register must be Permohonan or one declared in Kolom Kasus; ID prefixes
 * must differ between registers (a case ID says which register it lives in).
 */
export function parseServices(
  table: RegisterTable,
  workflows: ReadonlyMap<string, WorkflowDef>,
  declared: WorkflowCodes,
  caseRegisters: ReadonlyMap<string, RegisterDef>,
  caseRegistersUnknown: boolean,
): { services: Map<string, ServiceDef>; errors: string[] } {
  const parsed = parseRows(table, shape);
  const errors = [...parsed.errors];
  const services = new Map<string, ServiceDef>();
  const prefixOwner = new Map<string, string>();
  let anyCodeBad = false;
  for (const { row, value, bad } of allRows(parsed)) {
    const code = value["Kode Alur"];
    if (code === undefined) {
      anyCodeBad = true;
      continue;
    }
    if (services.has(code)) {
      errors.push(`${locate(table, row, "Kode Alur")}: alur ${quoted(code)} tercantum dua kali di Layanan`);
      continue;
    }
    if (!declared.has(code)) errors.push(`${locate(table, row, "Kode Alur")}: alur ${quoted(code)} tidak ada di register Alur`);
    const registerName = value["Register Kasus"];
    const register = registerName === undefined ? undefined
      : normalizeHeader(registerName) === normalizeHeader(PERMOHONAN.name) ? PERMOHONAN.name
      : [...caseRegisters.keys()].find((n) => normalizeHeader(n) === normalizeHeader(registerName));
    if (registerName !== undefined && register === undefined && !caseRegistersUnknown) {
      errors.push(`${locate(table, row, "Register Kasus")}: register ${quoted(registerName)} bukan Permohonan dan tidak dijabarkan di Kolom Kasus`);
    }
    const prefix = value["Prefiks ID"] ?? "";
    if (prefix !== "" && !/^[A-Z]{2,6}$/.test(prefix)) errors.push(`${locate(table, row, "Prefiks ID")}: harus 2–6 huruf kapital`);
    if (register !== undefined && register !== PERMOHONAN.name && prefix === "") errors.push(`${locate(table, row, "Prefiks ID")}: wajib diisi untuk register ${register}`);
    if (prefix !== "" && register !== undefined) {
      const owner = prefixOwner.get(prefix);
      if (owner !== undefined && owner !== register) errors.push(`${locate(table, row, "Prefiks ID")}: prefiks ${quoted(prefix)} sudah dipakai register ${owner}`);
      prefixOwner.set(prefix, register);
    }
    const cutOffText = value["Jam Batas"] ?? "";
    const cutOffMinute = cutOffText === "" ? null : parseClockTime(cutOffText);
    if (cutOffText !== "" && cutOffMinute === null) errors.push(`${locate(table, row, "Jam Batas")}: harus jam dan menit, mis. 15:00, atau kosong`);
    if (bad.size > 0 || register === undefined || value["Satuan Hari"] === undefined) continue;
    services.set(code, {
      code,
      name: value["Nama Layanan"]!,
      register,
      idPrefix: prefix,
      slaDays: value["SLA Layanan"] ?? null,
      dayUnit: value["Satuan Hari"] === "Hari Kalender" ? "hari kalender" : "hari kerja",
      cutOffMinute,
      basis: value.Dasar ?? "",
    });
  }
  if (!anyCodeBad) {
    const named = new Set(allRows(parsed).map((r) => r.value["Kode Alur"]));
    for (const code of workflows.keys()) {
      if (!named.has(code)) {
        errors.push(`Tab Layanan: alur ${quoted(code)} belum punya baris; tambahkan baris dengan Kode Alur "${code}", Register Kasus, dan SLA Layanan`);
      }
    }
  }
  return { services, errors };
}
