# Finding sheets, columns, rows and cells the way staff name them: A1, or a header and a key value.
"""Addressing helpers shared by the edit and read operations (0-based indexes inside)."""
import re



class OpError(Exception):
    """An operation that cannot be applied as written (missing sheet, header or key)."""


def sheet_of(doc, name):
    sheets = doc.Sheets
    if not sheets.hasByName(name):
        raise OpError("tab %r tidak ada (ada: %s)" % (name, ", ".join(sheets.ElementNames)))
    return sheets.getByName(name)


def column_index(letters):
    """'A' -> 0, 'AI' -> 34."""
    if not re.fullmatch(r"[A-Za-z]{1,3}", letters or ""):
        raise OpError("huruf kolom tidak sah: %r" % letters)
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_letters(index):
    out = ""
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def used_end(sheet):
    """(last column, last row) of the used area, 0-based."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    address = cursor.getRangeAddress()
    return address.EndColumn, address.EndRow


def headers_of(sheet):
    end_col, _ = used_end(sheet)
    row = sheet.getCellRangeByPosition(0, 0, end_col, 0).getDataArray()[0]
    return [value if isinstance(value, str) else str(value) for value in row]


def header_index(sheet, header):
    headers = headers_of(sheet)
    if header in headers:
        return headers.index(header)
    trimmed = [h.strip() for h in headers]
    if header.strip() in trimmed:
        return trimmed.index(header.strip())
    raise OpError("kolom %r tidak ada di tab %s" % (header, sheet.Name))


def column_of(sheet, op, letter_key="col", header_key="header"):
    if op.get(letter_key) is not None:
        return column_index(op[letter_key])
    if op.get(header_key) is not None:
        return header_index(sheet, op[header_key])
    raise OpError("kolom tidak disebut (%s atau %s)" % (letter_key, header_key))


def row_of_key(sheet, key):
    """0-based row whose `key.header` cell holds `key.value` (text, or a number equal to it)."""
    col = header_index(sheet, key["header"])
    _, end_row = used_end(sheet)
    values = sheet.getCellRangeByPosition(col, 0, col, end_row).getDataArray()
    wanted = key["value"]
    for r in range(1, end_row + 1):
        value = values[r][0]
        if value == wanted or (isinstance(value, float) and isinstance(wanted, (int, float)) and value == wanted):
            return r
    raise OpError("tidak ada baris dengan %s = %r di tab %s" % (key["header"], wanted, sheet.Name))


def row_of(sheet, op, row_key="row", key_key="key"):
    """A 1-based row number or a key {header, value}, as a 0-based index."""
    if op.get(row_key) is not None:
        return int(op[row_key]) - 1
    if op.get(key_key) is not None:
        return row_of_key(sheet, op[key_key])
    raise OpError("baris tidak disebut (%s atau %s)" % (row_key, key_key))


def cell_of(sheet, op):
    if op.get("cell"):
        return sheet.getCellRangeByName(op["cell"])
    return sheet.getCellByPosition(column_of(sheet, op), row_of(sheet, op))


def range_of(sheet, op):
    """A1 range, a whole column (col/header without a row), or a whole row (row/key)."""
    if op.get("range"):
        return sheet.getCellRangeByName(op["range"])
    has_row = op.get("row") is not None or op.get("key") is not None
    has_col = op.get("col") is not None or op.get("header") is not None
    if has_col and has_row:
        return cell_of(sheet, op)
    if has_col:
        return sheet.Columns.getByIndex(column_of(sheet, op))
    if has_row:
        return sheet.Rows.getByIndex(row_of(sheet, op))
    raise OpError("rentang tidak disebut (range, col/header, atau row/key)")
