// Partial responses: applies a `fields` mask such as
// "spreadsheetId,properties(title),sheets(properties(sheetId,title))" or "sheets.properties.title".

type Mask = Map<string, Mask | true>;

function parseMask(text: string): Mask {
  let i = 0;
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      let name = "";
      while (i < text.length && !",()".includes(text[i]!)) name += text[i++];
      const path = name.trim().split(/[./]/).filter(Boolean);
      let sub: Mask | true = true;
      if (text[i] === "(") {
        i++;
        sub = list();
        i++; // ")"
      }
      // "a.b.c" is "a(b(c))"
      for (const key of path.slice(1).reverse()) sub = new Map([[key, sub]]);
      if (path[0]) {
        const existing = mask.get(path[0]);
        mask.set(path[0], existing instanceof Map && sub instanceof Map ? new Map([...existing, ...sub]) : sub);
      }
      if (text[i] === ",") {
        i++;
        continue;
      }
      return mask;
    }
  };
  return list();
}

function apply(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => apply(v, mask));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = apply(v, sub);
  }
  return out;
}

export function selectFields(value: unknown, fields: string | null): unknown {
  return fields && fields !== "*" ? apply(value, parseMask(fields)) : value;
}
