// The few runtime pieces the compiled letter templates call (scripts/compact-templates.ts emits them):
// Handlebars 4.7 semantics for the subset the templates use, without shipping its runtime.

/** A data frame: @index, @first, @last, @key, @root. */
export type Frame = Record<string, unknown>;
/** A compiled block, partial body or partial block: context and data frame in, HTML out. */
export type Block = (context: any, data: Frame) => string;
/** A compiled partial; `block` is what `{{> @partial-block}}` renders. */
export type Partial = (context: any, data: Frame, block?: Block) => string;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };

/** Handlebars' escapeExpression: null and undefined print nothing, false and 0 print as text. */
export function escapeHtml(value: any): string {
  if (typeof value !== "string") {
    if (value && typeof value.toHTML === "function") return value.toHTML();
    if (value == null) return "";
    if (!value) return `${value}`;
    value = `${value}`;
  }
  return /[&<>"'`=]/.test(value) ? value.replace(/[&<>"'`=]/g, (c: string) => ESCAPES[c]!) : value;
}

/** Handlebars' lookupProperty: own properties only (no prototype's, no prototype's constructor). */
export function prop(parent: any, name: string): any {
  const result = parent[name];
  if (result == null) return result;
  if (Object.prototype.hasOwnProperty.call(parent, name) && !(name === "constructor" && typeof result === "function" && parent === result.prototype)) return result;
  return undefined;
}

/** strict mode's last step of a printed path: a missing field throws, never prints blank. */
export function strict(parent: any, name: string): any {
  if (!parent || !(name in parent)) throw new Error(`"${name}" not defined in ${parent}`);
  return prop(parent, name);
}

/** A path read step by step with `prop` (`{{#if a.b}}`, helper arguments): `read(c, "a", "b")`. */
export function read(root: any, ...parts: string[]): any {
  for (const part of parts) root = prop(root, part);
  return root;
}

/** `{{@a.b}}`: read from `root` to the parent, the last step strict, a function there called, the text escaped. */
export function printFrom(context: any, root: any, ...parts: string[]): string {
  const parent = read(root, ...parts.slice(0, -1));
  return escapeHtml(lambda(strict(parent, parts[parts.length - 1]!), context));
}

/** `{{a.b}}`: `printFrom` with the path starting at the context itself, as nearly every path does. */
export const print = (context: any, ...parts: string[]): string => printFrom(context, context, ...parts);

/** A printed value that is a function is called with the context (Handlebars' lambda). */
export const lambda = (value: any, context: any): any => (typeof value === "function" ? value.call(context) : value);

/** `{{#if}}`: false, empty and zero-length arrays take the else branch (0 too, without includeZero). */
export function ifBlock(context: any, data: Frame, value: any, fn: Block, inverse?: Block): string {
  if (typeof value === "function") value = value.call(context);
  if (!value || (Array.isArray(value) && value.length === 0)) return inverse ? inverse(context, data) : "";
  return fn(context, data);
}

/** `{{#each}}` over arrays, iterables and objects' own keys, with @index/@first/@last/@key. */
export function eachBlock(context: any, data: Frame, value: any, fn: Block, inverse?: Block): string {
  if (typeof value === "function") value = value.call(context);
  let out = "";
  let i = 0;
  const run = (key: unknown, index: number, last: boolean, item: unknown) => {
    out += fn(item, { ...data, _parent: data, key, index, first: index === 0, last });
  };
  if (value && typeof value === "object") {
    if (Array.isArray(value)) {
      for (const length = value.length; i < length; i++) if (i in value) run(i, i, i === value.length - 1, value[i]);
    } else if (typeof value[Symbol.iterator] === "function") {
      const iterator = value[Symbol.iterator]();
      for (let current = iterator.next(); !current.done; i++) {
        const next = iterator.next();
        run(i, i, !!next.done, current.value);
        current = next;
      }
    } else {
      const keys = Object.keys(value);
      for (; i < keys.length; i++) run(keys[i], i, i === keys.length - 1, value[keys[i]!]);
    }
  }
  return i === 0 ? (inverse ? inverse(context, data) : "") : out;
}

/** A partial called with hash arguments sees the caller's context with them laid over it. */
export function withHash(context: any, hash: Record<string, unknown>): any {
  const out: Record<string, unknown> = {};
  for (const key in context) if (Object.prototype.hasOwnProperty.call(context, key)) out[key] = context[key];
  return Object.assign(out, hash);
}

/** A standalone partial line indents every line the partial prints, as Handlebars does. */
export function indent(text: string, by: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] && i + 1 === lines.length) break;
    lines[i] = by + lines[i];
  }
  return lines.join("\n");
}

/** `{{> @partial-block}}` in a partial called without a block fails as Handlebars does. */
export function partialBlock(block: Block | undefined, context: any, data: Frame): string {
  if (!block) throw new Error("The partial @partial-block could not be found");
  return block(context, data);
}
