// Letter kinds and the office build their schemas on first use, not when the bundle loads (cold start of every run).
import * as z from "zod/mini";
import { describe, expect, it, vi } from "vitest";
import { ASESOR_LETTER_TYPES } from "../../apps-script/core/letters/kinds/asesor-letters";
import { LAN_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lan-letters";
import { LISENSI_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lisensi-letters";
import { LETTER_KINDS, LETTER_TYPE_CODES } from "../../apps-script/core/letters/letter-types";
import { validateOffice } from "../../apps-script/core/letters/office";
import { makeOffice, sampleData } from "./fixtures";

const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock("zod/mini", async (importOriginal) => {
  const actual = await importOriginal<typeof import("zod/mini")>();
  const object: typeof actual.object = (...args) => {
    built.objects += 1;
    return actual.object(...args);
  };
  return { ...actual, object };
});

describe("letter kinds and the office", () => {
  it("build no schema while their modules load", () => {
    expect(LETTER_TYPE_CODES).toHaveLength(16 + ASESOR_LETTER_TYPES.length + LISENSI_LETTER_TYPES.length + LAN_LETTER_TYPES.length);
    expect(typeof validateOffice).toBe("function");
    expect(built.objects).toBe(0);
  });

  it("check the office with schemas built on the first check only", () => {
    const before = built.objects;
    expect(validateOffice(makeOffice()).signatory.nip).toBe("197203152000031004");
    const afterFirst = built.objects;
    expect(afterFirst).toBeGreaterThan(before);
    expect(() => validateOffice(makeOffice({ signatory: { ...makeOffice().signatory, nip: "123" } }))).toThrow(/Pengaturan surat belum lengkap/);
    expect(built.objects).toBe(afterFirst);
  });

  it("build a kind's schema the first time it is read, once, and it validates as declared", () => {
    const schema = LETTER_KINDS.TANDA_TERIMA.schema;
    const afterFirst = built.objects;
    expect(afterFirst).toBeGreaterThan(0);
    expect(LETTER_KINDS.TANDA_TERIMA.schema).toBe(schema);
    expect(built.objects).toBe(afterFirst);
    expect(z.safeParse(schema, sampleData("TANDA_TERIMA")).success).toBe(true);
    expect(z.safeParse(schema, { ...sampleData("TANDA_TERIMA"), serviceDays: 0 }).success).toBe(false);
  });

  it("keep every other field of the declaration as it was", () => {
    for (const code of LETTER_TYPE_CODES) {
      const kind = LETTER_KINDS[code];
      expect(Object.keys(kind)).toEqual(expect.arrayContaining(["label", "template", "orientation", "shortCode", "schema", "perihal", "tujuan"]));
      expect(typeof kind.schema).toBe("object");
    }
  });
});
