// Letter-data messages speak Indonesian only: every schema field has a label, zod's English never shows.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { LETTER_KINDS, type LetterTypeCode } from "../../../apps-script/core/letters/letter-types";
import { FIELD_LABELS, fieldLabel, issueMessage } from "../../../apps-script/core/letters/schemas/common";

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown; out?: unknown; options?: unknown[] };

/** Every object key anywhere in a schema, with its path, by walking zod's definitions. */
function keysOf(schema: unknown, path: string[] = []): string[][] {
  const def = (schema as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "object":
      return Object.entries(def.shape!).flatMap(([key, child]) => [[...path, key], ...keysOf(child, [...path, key])]);
    case "optional": case "nullable": case "default": case "prefault": case "readonly": case "nonoptional":
      return keysOf(def.innerType, path);
    case "array":
      return keysOf(def.element, path);
    case "pipe":
      return [...keysOf(def.in, path), ...keysOf(def.out, path)];
    case "union":
      return def.options!.flatMap((o) => keysOf(o, path));
    default:
      return [];
  }
}

describe("letter schema field labels", () => {
  const all = (Object.keys(LETTER_KINDS) as LetterTypeCode[]).flatMap((code) => keysOf(LETTER_KINDS[code].schema).map((p) => [code, p.join(".")] as const));

  it("walks real fields (the walker itself works)", () => {
    expect(all.map(([, p]) => p)).toEqual(expect.arrayContaining(["applicant.nip", "schedule.tuk.address", "participants.result", "fee.payer"]));
  });

  it.each(all)("%s: %s has an Indonesian label", (_code, path) => {
    for (const key of path.split(".")) expect(FIELD_LABELS[key], key).toBeDefined();
  });

  it("never shows an English key, even one without a label", () => {
    expect(fieldLabel(["schedule", "tuk"])).toBe("jadwal uji › TUK");
    expect(fieldLabel(["participants", 2, "nip"])).toBe("peserta ke-3 › NIP");
    expect(fieldLabel(["unheardOf"])).toBe("isian");
  });
});

describe("issueMessage", () => {
  const messageFor = (schema: z.ZodMiniType, value: unknown) => {
    const result = z.safeParse(schema, value);
    if (result.success) throw new Error("must fail");
    return issueMessage(result.error.issues[0]!, value);
  };

  it("replaces zod's own English for checks written without an Indonesian message", () => {
    expect(messageFor(z.string().check(z.regex(/^\d+$/)), "abc")).toBe("isinya tidak sesuai format");
    expect(messageFor(z.string().check(z.refine(() => false)), "abc")).toBe("isinya tidak sesuai format");
    expect(messageFor(z.int(), 1.5)).toBe("harus berupa bilangan bulat");
  });

  it("keeps our own Indonesian messages", () => {
    expect(messageFor(z.string().check(z.regex(/^\d{18}$/, { error: "harus 18 digit angka" })), "12")).toBe("harus 18 digit angka");
  });
});
