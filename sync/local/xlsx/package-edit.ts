// Edits of the package's small XML parts, each an insertion that leaves every other byte alone:
// a new worksheet (workbook.xml <sheets>, its .rels, [Content_Types].xml, docProps/app.xml
// titles), a styles part for a package without one, dropping the calculation chain after a
// formula was overwritten (Excel rebuilds it; a stale entry makes it "repair" the file), and
// asking for a full recalculation on load (calcPr fullCalcOnLoad, ECMA-376 §18.2.2).
import { attributesOf, REL_NS } from "./package";
import { encodeAttribute } from "./xml-text";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

function prefixOfRoot(xml: string, local: string): string {
  return new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}\\b`).exec(xml)?.[1] ?? "";
}

/** Inserts `text` before the end tag of the first `local` element (expanding a self-closing one). */
function insertInto(xml: string, local: string, text: string): string {
  const p = prefixOfRoot(xml, local);
  const close = xml.indexOf(`</${p}${local}>`);
  if (close >= 0) return xml.slice(0, close) + text + xml.slice(close);
  const selfClosing = new RegExp(`<${p}${local}\\b([^>]*?)\\s*/>`).exec(xml);
  if (!selfClosing) throw new Error(`<${local}> tidak ditemukan`);
  return xml.slice(0, selfClosing.index) + `<${p}${local}${selfClosing[1]}>${text}</${p}${local}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}

/** A relationship id not used yet ("rId7"). */
export function freshRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

export function addRelationship(rels: string, id: string, type: string, target: string): string {
  const base = rels.trim() === "" ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>` : rels;
  const p = prefixOfRoot(base, "Relationships");
  return insertInto(base, "Relationships", `<${p}Relationship Id="${id}" Type="${type}" Target="${encodeAttribute(target)}"/>`);
}

export function removeRelationshipsOfType(rels: string, typeSuffix: string): string {
  return rels.replace(/<(?:[A-Za-z_][\w.-]*:)?Relationship\b[^>]*>/g, (tag) => (attributesOf(tag).Type?.endsWith(`/${typeSuffix}`) ? "" : tag));
}

export function addOverride(types: string, partName: string, contentType: string): string {
  const p = prefixOfRoot(types, "Types");
  return insertInto(types, "Types", `<${p}Override PartName="${encodeAttribute(partName)}" ContentType="${contentType}"/>`);
}

export function removeOverride(types: string, partName: string): string {
  return types.replace(/<(?:[A-Za-z_][\w.-]*:)?Override\b[^>]*>/g, (tag) => (attributesOf(tag).PartName?.toLowerCase() === partName.toLowerCase() ? "" : tag));
}

/** The target of a part as seen from the workbook's folder ("xl/worksheets/sheet3.xml" → "worksheets/sheet3.xml"). */
export function targetFrom(workbookPath: string, partPath: string): string {
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  return partPath.startsWith(folder) ? partPath.slice(folder.length) : `/${partPath}`;
}

/** workbook.xml with a new <sheet> at the end of <sheets>. */
export function addSheetToWorkbook(workbook: string, name: string, relId: string): string {
  const ids = [...workbook.matchAll(/<(?:[A-Za-z_][\w.-]*:)?sheet\b[^>]*>/g)].map((m) => Number(attributesOf(m[0]).sheetId ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const p = prefixOfRoot(workbook, "workbook");
  const root = new RegExp(`<${p}workbook\\b[^>]*>`).exec(workbook)?.[0] ?? "";
  const declared = Object.entries(attributesOf(root)).find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS)?.[0].slice(6);
  const id = declared ? `${declared}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
  return insertInto(workbook, "sheets", `<${p}sheet name="${encodeAttribute(name)}" sheetId="${sheetId}" ${id}/>`);
}

/** docProps/app.xml with the new tab in its title list, when the list is the one Excel writes. */
export function addSheetToAppProps(app: string, name: string, sheetsBefore: number): string {
  const pairs = /(<(?:\w+:)?HeadingPairs>\s*<vt:vector\b[^>]*>\s*<vt:variant>\s*<vt:lpstr>[^<]*<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>)(\d+)(<\/vt:i4>)/.exec(app);
  const titles = /(<(?:\w+:)?TitlesOfParts>\s*<vt:vector\b[^>]*?size=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/.exec(app);
  if (!pairs || !titles || Number(pairs[2]) !== sheetsBefore) return app; // a layout we do not know: it is only informative
  const entries = [...titles[4]!.matchAll(/<vt:lpstr>[\s\S]*?<\/vt:lpstr>/g)];
  const after = entries[sheetsBefore - 1];
  const insertAt = titles.index + titles[1]!.length + titles[2]!.length + titles[3]!.length + (after ? after.index! + after[0].length : 0);
  let out = app.slice(0, insertAt) + `<vt:lpstr>${encodeAttribute(name)}</vt:lpstr>` + app.slice(insertAt);
  const sizeAt = titles.index + titles[1]!.length;
  out = out.slice(0, sizeAt) + String(Number(titles[2]) + 1) + out.slice(sizeAt + titles[2]!.length);
  const countAt = pairs.index + pairs[1]!.length;
  return out.slice(0, countAt) + String(sheetsBefore + 1) + out.slice(countAt + pairs[2]!.length);
}

export const PART_TYPES = { WORKSHEET_TYPE, STYLES_TYPE, WORKSHEET_CONTENT, STYLES_CONTENT } as const;

/** workbook.xml asking the application to recalculate every formula when it opens the file. */
export function requestFullCalculation(workbook: string): string {
  const p = prefixOfRoot(workbook, "workbook");
  const calc = new RegExp(`<${p}calcPr\\b[^>]*?/?>`).exec(workbook);
  if (calc) {
    if (/\sfullCalcOnLoad\s*=\s*["'](1|true)["']/.test(calc[0])) return workbook;
    const tag = /\sfullCalcOnLoad\s*=/.test(calc[0])
      ? calc[0].replace(/(\sfullCalcOnLoad\s*=\s*)("[^"]*"|'[^']*')/, '$1"1"')
      : calc[0].replace(/\s*(\/?>)$/, ' fullCalcOnLoad="1"$1');
    return workbook.slice(0, calc.index) + tag + workbook.slice(calc.index + calc[0].length);
  }
  // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr, …
  let at = -1;
  for (const name of ["sheets", "functionGroups", "externalReferences", "definedNames"]) {
    const close = workbook.indexOf(`</${p}${name}>`);
    if (close >= 0) at = close + `</${p}${name}>`.length;
  }
  if (at < 0) return workbook;
  return workbook.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + workbook.slice(at);
}
