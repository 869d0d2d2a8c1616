#!/usr/bin/python3
"""Plays the units' side of a reporting round for the tests, with openpyxl (Debian's python3-openpyxl).

  returnsheets.py check SHEET            what the sheet holds, as JSON (protection, validation, locks, stamp)
  returnsheets.py fill IN OUT ROWS_JSON  fills rows by task number: {"3": {"progress": …, "percent": 60, …}}
                                         a value starting with "=" is written as a formula;
                                         @FILE reads ROWS_JSON from FILE
  returnsheets.py copy IN OUT            the visible sheet's values only, in a fresh workbook (no stamp)
  returnsheets.py random OUT             an ordinary workbook that is no progress sheet
  returnsheets.py fillall INDIR OUTDIR   every row of every sheet in INDIR answered (for the benchmark)
"""
import json
import sys

import openpyxl

INPUT_COLUMNS = {"progress": 7, "percent": 8, "status": 9, "problems": 10, "next": 11, "reporter": 12, "phone": 13}
HEADER_ROW = 4


def data_sheet(book):
    return next(ws for ws in book.worksheets if ws.sheet_state == "visible")


def check(path):
    book = openpyxl.load_workbook(path)
    ws = data_sheet(book)
    first = HEADER_ROW + 1
    formulas = [c.coordinate for w in book.worksheets for row in w.iter_rows() for c in row if c.data_type == "f"]
    stamp = book["taizhang"] if "taizhang" in book.sheetnames else None
    print(json.dumps({
        "sheets": book.sheetnames,
        "states": [w.sheet_state for w in book.worksheets],
        "protected": bool(ws.protection.sheet),
        "stampProtected": bool(stamp.protection.sheet) if stamp else False,
        "validations": sorted([dv.type, dv.formula1, dv.formula2, str(dv.sqref)] for dv in ws.data_validations.dataValidation),
        "locked": [ws.cell(row=first, column=c).protection.locked for c in range(1, 14)],
        "header": [ws.cell(row=HEADER_ROW, column=c).value for c in range(1, 14)],
        "rows": ws.max_row - HEADER_ROW,
        "numbers": [ws.cell(row=r, column=1).value for r in range(first, ws.max_row + 1)],
        "formulas": formulas,
        "titleRows": ws.print_title_rows,
        "orientation": ws.page_setup.orientation,
        "paper": ws.page_setup.paperSize,
        "stampRows": [list(r) for r in stamp.iter_rows(values_only=True)] if stamp else [],
    }, ensure_ascii=False))


def fill(source, target, rows_json):
    if rows_json.startswith("@"):  # too long for a command line: read from that file
        with open(rows_json[1:], encoding="utf-8") as f:
            rows_json = f.read()
    wanted = json.loads(rows_json)
    book = openpyxl.load_workbook(source)
    ws = data_sheet(book)
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        values = wanted.get(str(ws.cell(row=r, column=1).value))
        if not values:
            continue
        for key, value in values.items():
            ws.cell(row=r, column=INPUT_COLUMNS[key]).value = value
    book.save(target)


def copy(source, target):
    book = openpyxl.load_workbook(source)
    ws = data_sheet(book)
    fresh = openpyxl.Workbook()
    out = fresh.active
    out.title = "Sheet1"
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                out.cell(row=c.row, column=c.column).value = c.value
    fresh.save(target)


def fill_all(source_dir, target_dir):
    import os
    for name in sorted(os.listdir(source_dir)):
        if not name.endswith(".xlsx"):
            continue
        book = openpyxl.load_workbook(os.path.join(source_dir, name))
        ws = data_sheet(book)
        for r in range(HEADER_ROW + 1, ws.max_row + 1):
            ws.cell(row=r, column=INPUT_COLUMNS["progress"]).value = "按计划推进，已完成阶段任务。"
            ws.cell(row=r, column=INPUT_COLUMNS["percent"]).value = 50
            ws.cell(row=r, column=INPUT_COLUMNS["reporter"]).value = "张三"
        book.save(os.path.join(target_dir, name))


def random_book(target):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Name", "Amount"])
    for i in range(20):
        ws.append([f"item {i}", i * 7])
    book.save(target)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "check":
        check(sys.argv[2])
    elif command == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "copy":
        copy(sys.argv[2], sys.argv[3])
    elif command == "fillall":
        fill_all(sys.argv[2], sys.argv[3])
    elif command == "random":
        random_book(sys.argv[2])
    else:
        sys.exit(f"unknown command {command}")
