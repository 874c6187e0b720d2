# LibreOffice's own reading of a workbook: every cell's value, formula and number-format code, and dropdowns.
"""An independent reader for the tests: what Calc sees is what staff see, whatever our xlsx code does.

Values come from XCellRangeData.getDataArray (numbers as floats, text as str), formulas from
XCellRangeFormula.getFormulaArray, number formats from the uniform-format ranges of
XCellFormatRangesSupplier, and data validation from the cell's Validation property:
https://api.libreoffice.org/docs/idl/ref/servicecom_1_1sun_1_1sheet_1_1TableValidation.html
"""
from uno_cells import column_letters, headers_of, sheet_of, used_end


def _format_codes(doc):
    formats = doc.NumberFormats
    cache = {}

    def code(key):
        if key not in cache:
            cache[key] = formats.getByKey(key).FormatString
        return cache[key]

    return code


def _number_formats(doc, cell_range, width, height):
    """Number-format code of every cell, from the ranges Calc keeps with one uniform format."""
    code = _format_codes(doc)
    grid = [[None] * width for _ in range(height)]
    ranges = cell_range.getCellFormatRanges()
    for i in range(ranges.getCount()):
        part = ranges.getByIndex(i)
        address = part.getRangeAddress()
        fmt = code(part.NumberFormat)
        for r in range(address.StartRow, min(address.EndRow, height - 1) + 1):
            for c in range(address.StartColumn, min(address.EndColumn, width - 1) + 1):
                grid[r][c] = fmt
    return grid


def _cell(value, formula, fmt):
    if formula.startswith("=") and formula != value:
        cell = {"t": "formula", "f": formula, "v": value}
    elif value == "" and formula == "":
        cell = {"t": "empty", "v": None}
    elif isinstance(value, float):
        cell = {"t": "value", "v": value}
    else:
        cell = {"t": "text", "v": value}
    cell["fmt"] = fmt
    return cell


def _validations(sheet, width, headers):
    """Dropdowns and other validation on the first data row, per column header."""
    found = {}
    for c in range(width):
        validation = sheet.getCellByPosition(c, 1).Validation
        kind = validation.Type.value
        if kind != "ANY":
            found[headers[c] or column_letters(c)] = {"type": kind, "formula1": validation.getFormula1()}
    return found


def _merged(sheet, width, height):
    merged = []
    for r in range(height):
        for c in range(width):
            cell = sheet.getCellByPosition(c, r)
            if cell.getIsMerged():
                cursor = sheet.createCursorByRange(cell)
                cursor.collapseToMergedArea()
                a = cursor.getRangeAddress()
                merged.append("%s%d:%s%d" % (column_letters(a.StartColumn), a.StartRow + 1,
                                             column_letters(a.EndColumn), a.EndRow + 1))
    return merged


def read_sheet(doc, name, with_merged=False):
    sheet = sheet_of(doc, name)
    end_col, end_row = used_end(sheet)
    width, height = end_col + 1, end_row + 1
    cell_range = sheet.getCellRangeByPosition(0, 0, end_col, end_row)
    values = cell_range.getDataArray()
    formulas = cell_range.getFormulaArray()
    formats = _number_formats(doc, cell_range, width, height)
    rows = [[_cell(values[r][c], formulas[r][c], formats[r][c]) for c in range(width)] for r in range(height)]
    headers = headers_of(sheet)
    out = {"name": name, "headers": headers, "rows": rows, "validation": _validations(sheet, width, headers)}
    if with_merged:
        out["merged"] = _merged(sheet, width, height)
    return out


def read_sheets(doc, names=None, with_merged=False):
    """{"sheetNames": [...], "sheets": {name: sheet or None}} for the named sheets (all when None)."""
    all_names = list(doc.Sheets.ElementNames)
    return {
        "sheetNames": all_names,
        "sheets": {name: read_sheet(doc, name, with_merged) if name in all_names else None for name in (names or all_names)},
    }
