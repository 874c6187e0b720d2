import { describe, expect, it } from "vitest";
import { GUARD_DESCRIPTIONS } from "../../../apps-script/core/engine/guards";
import { ALUR_TRANSISI, SYARAT_NOTE } from "../../../apps-script/core/registers/catalog";
import { columnOf } from "../../../apps-script/core/registers/schema";

describe("the Alur Transisi Syarat note", () => {
  it("lists exactly the guards of the registry, each with what it checks", () => {
    const lines = SYARAT_NOTE.split("\n").slice(1);
    expect(lines).toEqual(Object.entries(GUARD_DESCRIPTIONS).map(([name, what]) => `${name}: ${what}`));
    expect(columnOf(ALUR_TRANSISI, "Syarat").note).toBe(SYARAT_NOTE);
  });
});
