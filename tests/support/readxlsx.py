#!/usr/bin/python3
"""Reads an .xlsx back with openpyxl (Debian's python3-openpyxl) and prints what the tests check,
as JSON: sheets, merged ranges, cells with their types, print setup."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
result = {"sheets": book.sheetnames, "formulas": 0, "main": {}}
for sheet in book.worksheets:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                result["formulas"] += 1
main = book.worksheets[0]
result["main"] = {
    "rows": [[c.value for c in row] for row in main.iter_rows()],
    "types": [[c.data_type for c in row] for row in main.iter_rows()],
    "merged": sorted(str(r) for r in main.merged_cells.ranges),
    "freeze": main.freeze_panes,
    "orientation": main.page_setup.orientation,
    "fit_width": main.page_setup.fitToWidth,
    "fit_to_page": main.sheet_properties.pageSetUpPr.fitToPage if main.sheet_properties.pageSetUpPr else False,
    "title_rows": main.print_title_rows,
    "wrap": main["D4"].alignment.wrap_text,
    "fills": {str(c.value): c.fill.fgColor.rgb for c in main["J"][3:] if c.value},
}
json.dump(result, sys.stdout, ensure_ascii=False)
