// A NIP typed as text ('19700101…) reads back without the apostrophe, whether getValues hands the
// text marker back (store switch "kept") or drops it ("stripped", the usual).
import { describe, expect, it } from "vitest";
import { literalText, withoutTextMarker } from "../../apps-script/gas/sheet-values";
import type { ApostropheReadBack } from "./fake/cells";
import { addApplications, application, expectOk, newOffice } from "./office";

async function sweptOffice(mode: ApostropheReadBack) {
  const rt = await newOffice();
  rt.store.apostropheReadBack = mode;
  addApplications(rt, [application(0), application(1)]);
  for (const run of rt.runDailyTriggers()) expectOk(run, "sweep");
  return rt;
}

describe("the fake's getValues on apostrophe-typed text", () => {
  it("returns the text without the apostrophe, or with it, as the store says", async () => {
    for (const mode of ["stripped", "kept"] as const) {
      const rt = await newOffice({ installTriggers: false });
      rt.store.apostropheReadBack = mode;
      addApplications(rt, [application(0)]);
      const column = rt.column("Permohonan", "NIP");
      const read = rt.asScript(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Permohonan").getRange(2, column).getValue());
      expect(read).toBe(mode === "kept" ? String(application(0)["NIP"]) : String(application(0)["NIP"]).slice(1));
    }
  });
});

describe("a sweep over NIPs typed as text", () => {
  it("finds the same valid cases whether or not getValues keeps the apostrophe", async () => {
    const stripped = await sweptOffice("stripped");
    const kept = await sweptOffice("kept");
    // Kode Lacak is random in each office; every other cell must match.
    const cells = (rt: typeof kept) => rt.table("Permohonan").map(({ "Kode Lacak": _random, ...row }) => row);
    expect(cells(kept)).toEqual(cells(stripped));
    expect(JSON.stringify(kept.table("Permohonan"))).not.toMatch(/NIP (tidak|harus|bukan)/i);
  });
});

describe("withoutTextMarker", () => {
  it("undoes exactly the marker literalText adds, and nothing else", () => {
    for (const text of ["198501012010011001", "=SUM(A1)", "'quoted", "abc", "2026-03-02"]) expect(withoutTextMarker(literalText(text))).toBe(text);
    expect(withoutTextMarker("'abc")).toBe("'abc"); // a real apostrophe, its marker already dropped
    expect(withoutTextMarker("'")).toBe("'");
  });
});
