# The staff actions the tests replay in LibreOffice: type, format, sort, insert, delete, merge, paste, rename.
"""Each operation is a JSON object {"op": name, "sheet": tab, ...}; see test/office/operations.ts
for the full list with their fields. Everything goes through the public UNO API, as a macro would:
https://api.libreoffice.org/docs/idl/ref/servicecom_1_1sun_1_1star_1_1sheet_1_1SheetCellRange.html
"""
from datetime import date

import uno
from com.sun.star.lang import Locale
from com.sun.star.table import TableSortField

from uno_cells import OpError, cell_of, column_of, range_of, row_of, sheet_of, used_end
from uno_read import read_sheets

# CellFlags VALUE | DATETIME | STRING | FORMULA: the content, not the formatting (Delete key in Calc).
CONTENT_FLAGS = 1 | 2 | 4 | 16
BOLD, NORMAL = 150.0, 100.0
EPOCH = date(1899, 12, 30)  # Calc's (and Excel's) day zero for serial dates


def number_format_key(doc, code):
    """The document's key for a format code, added when the document does not have it yet."""
    formats = doc.NumberFormats
    locale = Locale()  # the document's default language: codes are written without a [$-409] prefix
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def rgb(hex_colour):
    return int(hex_colour.lstrip("#"), 16)


def op_set(doc, op):
    sheet = sheet_of(doc, op["sheet"])
    cell = cell_of(sheet, op)
    if "string" in op:
        cell.setString(op["string"])
    elif "number" in op:
        cell.setValue(float(op["number"]))
    elif "formula" in op:
        cell.setFormula(op["formula"])
    elif "date" in op:
        y, m, d = (int(x) for x in op["date"].split("-"))
        cell.setValue(float((date(y, m, d) - EPOCH).days))
        if "numberFormat" not in op:
            cell.NumberFormat = number_format_key(doc, "DD/MM/YYYY")
    elif op.get("clear"):
        cell.clearContents(CONTENT_FLAGS)
    else:
        raise OpError("set tanpa isi (string, number, formula, date atau clear)")
    if "numberFormat" in op:
        cell.NumberFormat = number_format_key(doc, op["numberFormat"])


def op_format(doc, op):
    target = range_of(sheet_of(doc, op["sheet"]), op)
    if "fontSize" in op:
        target.CharHeight = float(op["fontSize"])
    if "bold" in op:
        target.CharWeight = BOLD if op["bold"] else NORMAL
    if "italic" in op:
        target.CharPosture = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC" if op["italic"] else "NONE")
    if "fontColor" in op:
        target.CharColor = rgb(op["fontColor"])
    if "background" in op:
        target.CellBackColor = rgb(op["background"])
    if "numberFormat" in op:
        target.NumberFormat = number_format_key(doc, op["numberFormat"])
    if "wrap" in op:
        target.IsTextWrapped = bool(op["wrap"])


def op_clear(doc, op):
    """Deletes the contents of a range (the Delete key), keeping its formats."""
    range_of(sheet_of(doc, op["sheet"]), op).clearContents(CONTENT_FLAGS)


def op_sort(doc, op):
    """Sorts a range (default: the whole used area) by one column, keeping the header row."""
    sheet = sheet_of(doc, op["sheet"])
    if op.get("range"):
        target = sheet.getCellRangeByName(op["range"])
    else:
        end_col, end_row = used_end(sheet)
        target = sheet.getCellRangeByPosition(0, 0, end_col, end_row)
    field = TableSortField()
    field.Field = column_of(sheet, op, "byCol", "by") - target.getRangeAddress().StartColumn
    field.IsAscending = not op.get("descending", False)
    field.IsCaseSensitive = False
    descriptor = (
        uno.createUnoStruct("com.sun.star.beans.PropertyValue", "ContainsHeader", 0, True, 0),
        uno.createUnoStruct("com.sun.star.beans.PropertyValue", "SortFields", 0,
                            uno.Any("[]com.sun.star.table.TableSortField", (field,)), 0),
    )
    uno.invoke(target, "sort", (descriptor,))


def op_insert_columns(doc, op):
    sheet = sheet_of(doc, op["sheet"])
    index = column_of(sheet, op, "before", "beforeHeader")
    count = int(op.get("count", 1))
    sheet.Columns.insertByIndex(index, count)
    for i, header in enumerate(op.get("headers", [])[:count]):
        sheet.getCellByPosition(index + i, 0).setString(header)


def op_delete_columns(doc, op):
    sheet = sheet_of(doc, op["sheet"])
    sheet.Columns.removeByIndex(column_of(sheet, op), int(op.get("count", 1)))


def op_insert_rows(doc, op):
    sheet = sheet_of(doc, op["sheet"])
    sheet.Rows.insertByIndex(row_of(sheet, op, "before", "beforeKey"), int(op.get("count", 1)))


def op_delete_rows(doc, op):
    sheet = sheet_of(doc, op["sheet"])
    sheet.Rows.removeByIndex(row_of(sheet, op), int(op.get("count", 1)))


def op_merge(doc, op):
    sheet_of(doc, op["sheet"]).getCellRangeByName(op["range"]).merge(True)


def op_unmerge(doc, op):
    sheet_of(doc, op["sheet"]).getCellRangeByName(op["range"]).merge(False)


def op_copy_row(doc, op):
    """Copy and paste a whole row: "all" keeps values and formats (Ctrl+C, Ctrl+V), "values" pastes values only."""
    sheet = sheet_of(doc, op["sheet"])
    source = row_of(sheet, op, "from", "fromKey")
    end_col, end_row = used_end(sheet)
    target = end_row + 1 if op.get("to", "end") == "end" else int(op["to"]) - 1
    if op.get("mode", "all") == "all":
        sheet.copyRange(sheet.getCellByPosition(0, target).getCellAddress(),
                        sheet.Rows.getByIndex(source).getRangeAddress())
    else:
        values = sheet.getCellRangeByPosition(0, source, end_col, source).getDataArray()
        sheet.getCellRangeByPosition(0, target, end_col, target).setDataArray(values)


def op_rename_sheet(doc, op):
    sheet_of(doc, op["sheet"]).setName(op["to"])


def op_delete_sheet(doc, op):
    sheet_of(doc, op["sheet"])
    doc.Sheets.removeByName(op["sheet"])


OPERATIONS = {
    "set": op_set,
    "format": op_format,
    "clear": op_clear,
    "columnFormat": op_format,
    "sort": op_sort,
    "insertColumns": op_insert_columns,
    "deleteColumns": op_delete_columns,
    "insertRows": op_insert_rows,
    "deleteRows": op_delete_rows,
    "merge": op_merge,
    "unmerge": op_unmerge,
    "copyRow": op_copy_row,
    "renameSheet": op_rename_sheet,
    "deleteSheet": op_delete_sheet,
}


def apply_operations(doc, operations):
    """Applies the operations in order; "read" ones return what LibreOffice holds at that point."""
    reads = []
    for number, op in enumerate(operations, start=1):
        name = op.get("op")
        try:
            if name == "read":
                reads.append(read_sheets(doc, op.get("sheets"), bool(op.get("merged"))))
            elif name in OPERATIONS:
                OPERATIONS[name](doc, op)
            else:
                raise OpError("operasi tidak dikenal: %r" % name)
        except OpError as error:
            raise OpError("operasi %d (%s): %s" % (number, name, error)) from error
    return reads

