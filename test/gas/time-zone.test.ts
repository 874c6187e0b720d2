// The bundle's date handling never depends on the runtime's Intl: Apps Script documents no Intl,
// so every office run is repeated with Intl absent and with Intl lacking timeZoneName "longOffset",
// and must read and write the same dates as with a full Intl.
import { describe, expect, it } from "vitest";
import { GasRuntime } from "./harness";
import { STAFF, addApplications, application, expectOk, registerStaff, rowOf } from "./office";

type IntlMode = GasRuntime["store"]["intl"];

async function officeRun(intl: IntlMode, timeZone = "Asia/Makassar") {
  const rt = await GasRuntime.create({ timeZone });
  rt.store.intl = intl;
  expectOk(rt.open(), "onOpen");
  expectOk(rt.menu("menuSetup"), "menuSetup");
  registerStaff(rt);
  expectOk(rt.menu("menuInstallTriggers"), "menuInstallTriggers");
  addApplications(rt, Array.from({ length: 6 }, (_, i) => application(i)));
  const [sweep] = rt.runDailyTriggers();
  expectOk(sweep!, "dailySweep");
  rt.store.clock += 3 * 3_600_000;
  const [edit] = rt.edit(STAFF.petugas, "Permohonan", rowOf(rt, "PRM-2026-00002"), rt.column("Permohonan", "Status"), [["Verifikasi"]]);
  expectOk(edit!, "edit");
  return { rt, dates: datesOf(rt) };
}

/** Permohonan and Riwayat as plain values (dates as "YYYY-MM-DD[ HH:MM]" of the stored serial); Kode Lacak is random, left out. */
function datesOf(rt: GasRuntime): string[] {
  return ["Permohonan", "Riwayat"].flatMap((name) => rt.table(name).map(({ "Kode Lacak": _random, ...row }) => `${name} ${JSON.stringify(row)}`));
}

describe("dates in the bundle without the runtime's Intl", () => {
  it.each<IntlMode>(["absent", "noLongOffset"])("with Intl %s the sweep and an edit write the same dates as with a full Intl", async (mode) => {
    const full = await officeRun("full");
    const limited = await officeRun(mode);
    expect(full.dates.filter((d) => d.startsWith("Riwayat ")).length).toBeGreaterThan(6);
    expect(full.dates.join("\n")).toMatch(/"Tenggat Langkah":"2026-\d\d-\d\d"/);
    expect(limited.dates).toEqual(full.dates);
  });

  it("a spreadsheet on a zone outside the table (Europe/London) takes offsets from Utilities.formatDate", async () => {
    const full = await officeRun("full", "Europe/London");
    const absent = await officeRun("absent", "Europe/London");
    expect(absent.dates).toEqual(full.dates);
    expect(absent.rt.store.logs.join("\n")).not.toMatch(/Zona waktu (spreadsheet )?tidak dikenal/);
  });

  it("an unknown office zone in Pengaturan is refused by name, not read as UTC", async () => {
    const { rt } = await officeRun("absent");
    const sheet = rt.sheet("Pengaturan");
    const keyColumn = rt.column("Pengaturan", "Kunci");
    const valueColumn = rt.column("Pengaturan", "Nilai");
    let row = 0;
    for (let r = 2; r <= sheet.getLastRow(); r += 1) if (sheet._plain(r, keyColumn) === "Zona Waktu") row = r;
    expect(row).toBeGreaterThan(0);
    const [edit] = rt.edit(STAFF.admin, "Pengaturan", row, valueColumn, [["Asia/Makasar"]]);
    const [sweep] = rt.runDailyTriggers();
    const said = [edit, sweep].map((r) => `${r?.error ?? ""} ${String(r?.value ?? "")}`).join(" ") + rt.store.logs.join("\n") + JSON.stringify(rt.table("Permohonan"));
    expect(said).toMatch(/zona waktu tidak dikenal; harus zona waktu Indonesia/);
  });
});
