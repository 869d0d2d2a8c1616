#!/usr/bin/python3
"""Builds the Office files the import tests read, from a sample's text, with the libraries
offices' own files are checked with (Debian's python3-docx and python3-openpyxl).

    makeoffice.py docx-paragraphs SOURCE.txt OUT.docx   every line a paragraph
    makeoffice.py docx-table SOURCE.txt OUT.docx        tab-separated lines as one Word table
    makeoffice.py xlsx SOURCE.txt OUT.xlsx              tab-separated lines as a worksheet
    makeoffice.py csv SOURCE.txt OUT.csv                tab-separated lines as CSV (UTF-8, BOM)
"""
import csv
import sys


def rows(path):
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n").split("\t") for line in f]


def main(kind, source, out):
    if kind == "docx-paragraphs":
        import docx
        document = docx.Document()
        with open(source, encoding="utf-8-sig") as f:
            for line in f:
                document.add_paragraph(line.rstrip("\r\n"))
        document.save(out)
    elif kind == "docx-table":
        import docx
        table_rows = rows(source)
        width = max(len(r) for r in table_rows)
        document = docx.Document()
        document.add_paragraph("拉萨市优化营商环境重点工作任务落实台账")
        table = document.add_table(rows=len(table_rows), cols=width)
        for r, cells in enumerate(table_rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        document.save(out)
    elif kind == "xlsx":
        import openpyxl
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for cells in rows(source):
            sheet.append([c if c else None for c in cells])
        workbook.save(out)
    elif kind == "csv":
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(rows(source))
    else:
        raise SystemExit(f"unknown kind {kind}")


if __name__ == "__main__":
    main(*sys.argv[1:])
