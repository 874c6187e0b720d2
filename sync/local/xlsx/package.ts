// The OPC package around the sheets: which part is the workbook (_rels/.rels), its tabs in order
// with their parts (workbook.xml <sheets> + its .rels, targets relative or absolute), the date
// system, and where styles, shared strings and the calculation chain live. ECMA-376 Part 2 §9
// (relationships) and Part 1 §18.2 (workbook).
import { XlsxFormatError } from "./format-error";
import type { ZipEntry } from "./zip";
import { inflateEntry } from "./zip-codec";
import { decodeAttribute } from "./xml-text";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The zip entry name of the sheet's part, or null when it is not a worksheet (a chart sheet). */
  readonly path: string | null;
}

export interface PackageInfo {
  readonly workbookPath: string;
  readonly workbookRelsPath: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly stylesPath: string | null;
  readonly sharedStringsPath: string | null;
  readonly calcChainPath: string | null;
  readonly relationships: readonly Relationship[];
}

/** Attributes of every element named `local` (any prefix) in `xml`, decoded, keyed by qualified name. */
export function elementsNamed(xml: string, local: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  for (const match of xml.matchAll(pattern)) out.push(attributesOf(match[1]!));
  return out;
}

export function attributesOf(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of text.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeAttribute(a[2] ?? a[3] ?? "");
  return attrs;
}

/** The folder of a part ("xl/workbook.xml" → "xl"). */
function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** A relationship target as a zip entry name (Part 2 §9.3: relative to the source part's folder). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : folderOf(source).split("/").filter(Boolean);
  for (const part of target.replace(/^\/+/, "").split("/")) {
    if (part === "..") base.pop();
    else if (part !== "." && part !== "") base.push(part);
  }
  return base.join("/");
}

/** The .rels part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const name = path.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === "" ? "" : `${folder}/`}_rels/${name}.rels`;
}

export function readRelationships(xml: string): Relationship[] {
  return elementsNamed(xml, "Relationship").map((a) => ({
    id: a.Id ?? "",
    type: a.Type ?? "",
    target: a.Target ?? "",
    external: a.TargetMode === "External",
  }));
}

/** Entries by name, with a case-insensitive fallback (OPC part names ignore case, Part 2 §9.1.1.1). */
export class EntryMap {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(readonly entries: readonly ZipEntry[]) {
    for (const e of entries) {
      this.exact.set(e.name, e);
      if (!this.folded.has(e.name.toLowerCase())) this.folded.set(e.name.toLowerCase(), e);
    }
  }

  get(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.folded.get(name.toLowerCase());
  }

  text(name: string): string | null {
    const entry = this.get(name);
    return entry ? inflateEntry(entry).toString("utf8") : null;
  }
}

const endsWithType = (r: Relationship, type: string) => r.type.endsWith(`/${type}`);

/** Reads the package's structure; throws XlsxFormatError when it holds no workbook. */
export function readPackage(entries: EntryMap): PackageInfo {
  const rootRels = entries.text("_rels/.rels");
  const office = rootRels ? readRelationships(rootRels).find((r) => endsWithType(r, "officeDocument") && !r.external) : undefined;
  const workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) throw new XlsxFormatError("arsipnya tidak memuat buku kerja (xl/workbook.xml); mungkin ini dokumen lain yang dikemas sebagai zip");
  const workbook = inflateEntry(workbookEntry).toString("utf8");
  const relsPath = relsPathOf(workbookEntry.name);
  const rels = readRelationships(entries.text(relsPath) ?? "");
  const byId = new Map(rels.map((r) => [r.id, r]));

  const root = /<(?:[A-Za-z_][\w.-]*:)?workbook\b([^>]*)>/.exec(workbook);
  const rootAttrs = attributesOf(root?.[1] ?? "");
  const relPrefixes = Object.entries(rootAttrs)
    .filter(([k, v]) => k.startsWith("xmlns:") && (v === REL_NS || v === STRICT_REL_NS))
    .map(([k]) => k.slice(6));
  const sheets: SheetEntry[] = elementsNamed(workbook, "sheet").map((a) => {
    const idKey = Object.keys(a).find((k) => relPrefixes.some((p) => k === `${p}:id`)) ?? Object.keys(a).find((k) => k.endsWith(":id")) ?? "";
    const relId = a[idKey] ?? "";
    const rel = byId.get(relId);
    return {
      name: a.name ?? "",
      sheetId: Number(a.sheetId ?? 0),
      relId,
      path: rel && !rel.external && endsWithType(rel, "worksheet") ? (entries.get(resolveTarget(workbookEntry.name, rel.target))?.name ?? null) : null,
    };
  });
  const pr = elementsNamed(workbook, "workbookPr")[0] ?? {};
  const partOf = (type: string) => {
    const rel = rels.find((r) => endsWithType(r, type) && !r.external);
    return rel ? (entries.get(resolveTarget(workbookEntry.name, rel.target))?.name ?? null) : null;
  };
  return {
    workbookPath: workbookEntry.name,
    workbookRelsPath: relsPath,
    sheets,
    date1904: pr.date1904 === "1" || pr.date1904 === "true",
    stylesPath: partOf("styles"),
    sharedStringsPath: partOf("sharedStrings"),
    calcChainPath: partOf("calcChain"),
    relationships: rels,
  };
}
