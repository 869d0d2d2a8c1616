#!/usr/bin/env python3
"""The corpus report (make corpus): every sample document imported through taizhang-cli, one row
per document (a compilation's documents each a row of their own): tasks found, the share with lead
units, with cooperating units and with a deadline, the warnings of its file, and the time the
import took. Printed as a table, so a regression shows at a glance.

usage: corpus.py CLI OUTDIR SOURCE...    (a source's year is read from its name: plan-tibet-2019.txt)
"""
import json
import os
import re
import subprocess
import sys
import time
import unicodedata


def run(cli, args):
    env = dict(os.environ, TAIZHANG_LANG="en", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([cli] + args, capture_output=True, text=True, env=env)


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(text, cells):
    """Cut to `cells` terminal cells (a Chinese character takes two) and pad to them."""
    out = ""
    for c in text:
        if width(out + c) > cells:
            break
        out += c
    return out + " " * (cells - width(out))


def share(part, whole):
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main():
    cli, outdir, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(outdir, exist_ok=True)
    rows = []
    totals = [0, 0, 0, 0]
    for source in sources:
        name = os.path.splitext(os.path.basename(source))[0]
        ledger = os.path.join(outdir, name + ".taizhang")
        if os.path.exists(ledger):
            os.remove(ledger)
        year = re.search(r"(19|20)\d\d", name)
        args = ["import", source, "--into", ledger] + (["--year", year.group(0)] if year else [])
        start = time.monotonic()
        imported = run(cli, args)
        elapsed = time.monotonic() - start
        warnings = sum(1 for line in imported.stderr.splitlines() if line.startswith("warning:"))
        if imported.returncode != 0:
            rows.append((name, "", 0, "", "", "", warnings, elapsed, imported.stderr.strip().splitlines()[-1]))
            continue
        exported = run(cli, ["export", ledger, "--format", "json"])
        ledger_json = json.loads(exported.stdout)
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as out:
            json.dump(ledger_json, out, ensure_ascii=False, indent=1)
        plans = ledger_json["plans"]
        for index, plan in enumerate(plans):
            tasks = [t for t in ledger_json["tasks"] if t["plan_id"] == plan["id"]]
            lead = sum(1 for t in tasks if t["lead_units"])
            co = sum(1 for t in tasks if t["co_units"])
            due = sum(1 for t in tasks if t["deadline_text"])
            for i, value in enumerate((len(tasks), lead, co, due)):
                totals[i] += value
            rows.append((name if index == 0 else "", plan["title"], len(tasks), share(lead, len(tasks)),
                         share(co, len(tasks)), share(due, len(tasks)), warnings if index == 0 else "",
                         elapsed if index == 0 else None, ""))

    header = ("source", "document", "tasks", "lead", "co", "deadline", "warnings", "time", "")
    widths = [28, 50, 6, 7, 7, 9, 9, 8]
    print("  ".join(fit(h, w) for h, w in zip(header, widths)))
    for row in rows:
        cells = [str(row[0]), str(row[1]), str(row[2]), row[3], row[4], row[5], str(row[6]),
                 f"{row[7]:.2f}s" if row[7] is not None else ""]
        print("  ".join(fit(c, w) for c, w in zip(cells, widths)) + (("  " + row[8]) if row[8] else ""))
    print("  ".join(fit(c, w) for c, w in zip(
        ["total", "", str(totals[0]), share(totals[1], totals[0]), share(totals[2], totals[0]),
         share(totals[3], totals[0]), "", ""], widths)))


if __name__ == "__main__":
    main()
