// Compiles a Handlebars template to a plain JavaScript function over core/letters/template-runtime.ts,
// so the Apps Script bundle carries neither the Handlebars runtime nor its verbose precompiled specs.
//
// Only the subset the letters use compiles (strict mode, knownHelpersOnly): text, `{{path}}`,
// `{{helper value}}` and `(helper value)` with one value, `{{#if}}`/`{{#each}}` with `{{else}}`,
// partials with literal hash arguments, partial blocks and `{{> @partial-block}}`. Anything else is
// a build error, never a silently different letter; test/letters/compact-templates.test.ts renders
// every template through both this and the real Handlebars and compares the HTML.
import Handlebars from "handlebars";

interface Node {
  readonly type: string;
  readonly loc?: { readonly start: { readonly line: number } };
  readonly [key: string]: any;
}

export class CompactError extends Error {
  constructor(readonly line: number | undefined, message: string) {
    super(message);
    this.name = "CompactError";
  }
}

const BLOCK_HELPERS: Record<string, string> = { if: "ifBlock", each: "eachBlock" };
/** Handlebars' own helpers: as a bare `{{name}}` they would call the helper, which no letter means. */
const BUILT_IN_HELPERS = new Set(["if", "unless", "each", "with", "lookup", "log"]);
const LITERALS = new Set(["StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral"]);

/** The names of the runtime functions compiled templates may call (the generated module imports them). */
export const RUNTIME_NAMES = ["escapeHtml", "read", "print", "printFrom", "lambda", "ifBlock", "eachBlock", "withHash", "indent", "partialBlock"] as const;

const fail = (node: Node, message: string): never => {
  throw new CompactError(node.loc?.start.line, message);
};

// Helpers and partials are called through module-level names (`h_tanggal`, `p_kepala_surat`), not
// `H["tanggal"]` and `P["kepala-surat"]`: the minifier shortens a name to a letter or two, never a
// quoted key, and the templates make some 240 such calls.
/** The generated module's name for a helper (helper names are identifiers already). */
export const helperId = (name: string): string => `h_${name}`;
/** The generated module's name for a partial: its name with what is not an identifier character as "_". */
export const partialId = (name: string): string => `p_${name.replace(/[^A-Za-z0-9_$]/g, "_")}`;

/** JS source of a template: `function (c, d, b)` (context, data frame, partial block) returning HTML. */
export function compactTemplate(source: string, helpers: ReadonlySet<string>, partials: ReadonlySet<string>): string {
  // Variables are numbered per nested block so an inner block never hides what an outer one needs.
  let depth = 0;
  const vars = () => ({ c: `c${depth}`, d: `d${depth}` });

  const pathOf = (node: Node): { root: string; parts: string } => {
    if (node.type !== "PathExpression") return fail(node, `ungkapan ${node.type} tidak didukung`);
    if (node.depth > 0) return fail(node, `jalur ke konteks luar (../) tidak didukung: ${node.original}`);
    const { c, d } = vars();
    return { root: node.data ? d : c, parts: (node.parts as string[]).map((part) => `,${JSON.stringify(part)}`).join("") };
  };

  /** A value read without strict mode's check: block and helper arguments. */
  const value = (node: Node): string => {
    if (LITERALS.has(node.type)) return node.type === "UndefinedLiteral" ? "undefined" : JSON.stringify(node.value);
    if (node.type === "SubExpression") return helperCall(node);
    const { root, parts } = pathOf(node);
    return parts ? `read(${root}${parts})` : root;
  };

  /** A printed path, escaped: the last step must exist (strict), and a function there is called (lambda). */
  const printed = (node: Node): string => {
    const { c } = vars();
    const { root, parts } = pathOf(node);
    if (!parts) return `escapeHtml(lambda(${root},${c}))`;
    // Nearly every printed path starts at the context itself: the context is not passed twice.
    return root === c ? `print(${c}${parts})` : `printFrom(${c},${root}${parts})`;
  };

  const helperCall = (node: Node): string => {
    const name = String(node.path.original);
    if (!helpers.has(name)) return fail(node, `helper "${name}" tidak dikenal`);
    if (node.params.length !== 1 || node.hash) return fail(node, `helper "${name}" harus dipanggil dengan tepat satu nilai`);
    return `${helperId(name)}(${value(node.params[0])})`;
  };

  const block = (program: Node | undefined): string => {
    if (!program) return "null";
    if (program.blockParams?.length) return fail(program, "block params (as |x|) tidak didukung");
    depth++;
    const { c, d } = vars();
    const body = statements(program.body);
    depth--;
    // Parameters the body never names are left out (most blocks print text or the outer context).
    const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(body.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
    return uses(d) ? `(${c},${d})=>${body}` : uses(c) ? `(${c})=>${body}` : `()=>${body}`;
  };

  const hashArg = (node: Node): string => {
    if (!node.hash) return vars().c;
    const pairs = (node.hash.pairs as Node[]).map((pair) => `${JSON.stringify(pair.key)}:${value(pair.value)}`);
    return `withHash(${vars().c},{${pairs.join(",")}})`;
  };

  const partial = (node: Node): string => {
    const { d } = vars();
    if (node.name.type !== "PathExpression") return fail(node, "partial dinamis tidak didukung");
    if (node.params.length > 0) return fail(node, "partial dengan konteks lain tidak didukung");
    const name = String(node.name.original);
    let call: string;
    if (name === "@partial-block") {
      if (node.type === "PartialBlockStatement") return fail(node, "@partial-block tidak bisa dipakai sebagai blok");
      call = `partialBlock(b,${hashArg(node)},${d})`;
    } else {
      if (!partials.has(name)) return fail(node, `partial "${name}" tidak dikenal`);
      const inner = node.type === "PartialBlockStatement" ? block(node.program) : "b";
      call = `${partialId(name)}(${hashArg(node)},${d},${inner})`;
    }
    return node.indent ? `indent(${call},${JSON.stringify(node.indent)})` : call;
  };

  const statement = (node: Node): string => {
    switch (node.type) {
      case "ContentStatement":
        return node.value ? JSON.stringify(node.value) : "";
      case "CommentStatement":
        return "";
      case "MustacheStatement": {
        if (node.escaped === false) return fail(node, "keluaran tanpa escape tidak didukung");
        const name = String(node.path.original);
        if (node.params.length > 0 || node.hash || helpers.has(name)) return `escapeHtml(${helperCall(node)})`;
        if (BUILT_IN_HELPERS.has(name)) return fail(node, `{{${name}}} tidak didukung sebagai keluaran`);
        return printed(node.path);
      }
      case "BlockStatement": {
        const name = String(node.path.original);
        const runtime = BLOCK_HELPERS[name];
        if (!runtime) return fail(node, `blok {{#${name}}} tidak didukung`);
        if (node.params.length !== 1 || node.hash) return fail(node, `{{#${name}}} memerlukan tepat satu nilai`);
        const { c, d } = vars();
        const inverse = node.inverse ? `,${block(node.inverse)}` : "";
        return `${runtime}(${c},${d},${value(node.params[0])},${block(node.program)}${inverse})`;
      }
      case "PartialStatement":
      case "PartialBlockStatement":
        return partial(node);
      default:
        return fail(node, `${node.type} tidak didukung`);
    }
  };

  const statements = (body: readonly Node[]): string => {
    // Every part is a string already (escaped output, block results, partials), so `+` concatenates.
    const parts = body.map(statement).filter((part) => part !== "");
    return parts.length === 0 ? '""' : parts.join("+");
  };

  const ast = Handlebars.parse(source) as unknown as Node;
  return `function(c0,d0,b){return ${statements(ast.body)}}`;
}

/** The generated module's body: partials first (templates call them by name), then templates. */
export function compactModule(
  letters: readonly { name: string; code: string }[],
  partials: readonly { name: string; code: string }[],
): string {
  const ids = new Map<string, string>();
  for (const p of partials) {
    const id = partialId(p.name);
    const clash = ids.get(id);
    if (clash !== undefined) throw new CompactError(undefined, `partial "${p.name}" dan "${clash}" bernama sama di modul hasil (${id})`);
    ids.set(id, p.name);
  }
  // Only the helpers some template calls are bound; string literals are left out of the search.
  const code = [...letters, ...partials].map((t) => t.code.replace(/"(?:[^"\\]|\\.)*"/g, '""')).join("\n");
  const used = [...new Set([...code.matchAll(/\bh_([A-Za-z0-9_$]+)\(/g)].map((m) => m[1]!))].sort();
  const entries = (list: readonly { name: string; code: string }[]) => list.map((t) => `  ${JSON.stringify(t.name)}: ${t.code},`).join("\n");
  return [
    `import { ${RUNTIME_NAMES.join(", ")} } from "../template-runtime";`,
    'import { TEMPLATE_HELPERS as H } from "../helpers";',
    "",
    used.length ? `const { ${used.map((name) => `${name}: ${helperId(name)}`).join(", ")} } = H;` : "",
    ...partials.map((p) => `function ${partialId(p.name)}${p.code.replace(/^function/, "")}`),
    "",
    `export const PARTIALS = {\n${partials.map((p) => `  ${JSON.stringify(p.name)}: ${partialId(p.name)},`).join("\n")}\n};`,
    "",
    "/** Each letter's template: the view in, a whole HTML document out (data frame @root = the view). */",
    `export const TEMPLATES = {\n${entries(letters.map((l) => ({ name: l.name, code: `(c) => (${l.code})(c, { root: c })` })))}\n};`,
    "",
  ].join("\n");
}
