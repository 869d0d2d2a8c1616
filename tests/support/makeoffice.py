#!/usr/bin/python3
"""Builds the Office files the import tests read, from a sample's text, with the libraries
offices' own files are checked with (Debian's python3-docx and python3-openpyxl).

    makeoffice.py docx-paragraphs SOURCE.txt OUT.docx   every line a paragraph
    makeoffice.py docx-table SOURCE.txt OUT.docx        tab-separated lines as one Word table
    makeoffice.py xlsx SOURCE.txt OUT.xlsx              tab-separated lines as a worksheet
    makeoffice.py csv SOURCE.txt OUT.csv                tab-separated lines as CSV (UTF-8, BOM)
    makeoffice.py xlsx-dates OUT.xlsx                   a two-task ledger whose 完成时限 are Excel dates
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
    elif kind == "xlsx-dates":
        import datetime
        import openpyxl
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["主题事项", "重点工作", "具体要求", "责任单位", "完成时限"])
        sheet.append(["（一）开办企业", "1. 压缩开办时间", "企业开办全程网办。", "牵头单位：市市场监管局", datetime.date(2021, 6, 30)])
        sheet.append([None, "2. 推行电子营业执照", "全面推广电子营业执照。", "牵头单位：市市场监管局", datetime.datetime(2021, 9, 30)])
        sheet["E2"].number_format = "yyyy/m/d"
        workbook.save(out)
    elif kind == "csv":
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(rows(source))
    else:
        raise SystemExit(f"unknown kind {kind}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "xlsx-dates":
        args = [args[0], None, args[1]]
    main(*args)
