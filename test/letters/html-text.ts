// Reads rendered letter HTML as text for assertions: tags dropped, entities decoded, spaces collapsed.
const ENTITIES: Record<string, string> = {
  "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#x3D;": "=", "&#x60;": "`",
  "&ndash;": "–", "&middot;": "·", "&times;": "×",
};

export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<title>[\s\S]*?<\/title>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[#\w]+;/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}

/** The inner HTML of the first element with this class (balanced <div>/<table> nesting). */
export function sectionOf(html: string, className: string): string {
  const start = html.search(new RegExp(`<(div|table)[^>]*class="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"`));
  if (start < 0) return "";
  const tag = /^<(\w+)/.exec(html.slice(start))![1]!;
  const pattern = new RegExp(`<${tag}\\b|</${tag}>`, "g");
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}

/** Whether the parts occur in this order in the text. */
export function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
