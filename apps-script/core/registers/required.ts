// Whether a register the engine relies on is really there: the tab, and every header of the catalog.
import type { RegisterDef } from "./schema";
import type { RegisterTable } from "./table";

/**
 * [] when the tab exists with every catalog header (matched loosely by normalizeHeader);
 * otherwise one Indonesian message per problem, naming the tab and the header. A missing tab or
 * column must stop the engine: read as blank, it would turn into a "wajib diisi" on every row,
 * or into a silently different configuration.
 * @example registerProblems(null, ALUR_TRANSISI)
 *   // ['Tab "Alur Transisi" tidak ada di buku kerja (terhapus atau diganti namanya?). …']
 */
export function registerProblems(table: RegisterTable | null, def: RegisterDef): string[] {
  if (!table) {
    return [
      `Tab "${def.name}" tidak ada di buku kerja (terhapus atau diganti namanya?). ` +
        `Kembalikan nama tab itu, atau pulihkan dari cadangan (npm run sync -- restore) atau dari histori versi berkas; mesin tidak mengubah apa pun sampai tab itu ada.`,
    ];
  }
  return def.columns
    .filter((column) => !column.optional && !table.has(column.header))
    .map((column) => `Tab ${def.name}: kolom "${column.header}" tidak ada (judul kolom diubah atau dihapus?). Kembalikan judul kolom itu di baris 1.`);
}
