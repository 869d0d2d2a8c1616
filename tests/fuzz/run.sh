#!/usr/bin/env bash
# Runs every fuzz target for SECONDS on its corpus (seeded from tests/data and the crashers, kept
# under BUILD/corpus and grown by each run), two at a time, and prints each target's executions
# per second and corpus size. Exits non-zero when a target finds a crash, a leak or undefined
# behaviour; the input that did it is left in BUILD/findings.
#   tests/fuzz/run.sh build/fuzz 30        (make test)      tests/fuzz/run.sh build/fuzz 600   (make fuzz)
set -uo pipefail
BUILD=$(realpath "$1")
SECONDS_EACH=${2:-30}
JOBS=${JOBS:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
SUPPORT=$(cd "$HERE/../support" && pwd)
CORPUS=$BUILD/corpus
FINDINGS=$BUILD/findings
mkdir -p "$CORPUS" "$FINDINGS"

seed() { # target, files...
    local target=$1
    shift
    mkdir -p "$CORPUS/$target"
    for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$CORPUS/$target/" 2>/dev/null; done
}
lines_as_seeds() { # target, file: each line its own seed
    mkdir -p "$CORPUS/$1"
    local n=0
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s' "$line" >"$CORPUS/$1/line-$n"
    done <"$2"
}

# Seeds, made once: the samples, the made-up notations, the crashers, and Office/PDF/HTML files
# built from a sample the way the import tests build them.
if [ ! -f "$CORPUS/.seeded" ]; then
    texts=("$DATA"/*.txt "$DATA"/notations/*)
    seed sourcetext "${texts[@]}"
    seed policydocument "${texts[@]}"
    seed ledgertable "$DATA"/ledger-*.txt "$DATA"/notations/table-*.txt
    seed csv "$DATA"/notations/table-*.txt
    seed docx "$DATA"/crashers/*.docx
    seed xlsx "$DATA"/crashers/*.xlsx
    seed ledgerfile "$DATA"/crashers/*.taizhang "$DATA"/crashers/ledger-hot-journal/*.taizhang
    work=$(mktemp -d)
    head -40 "$DATA/ledger-lhasa-2021.txt" >"$work/table.txt"
    head -60 "$DATA/plan-wushan-2021.txt" >"$work/plan.txt"
    /usr/bin/python3 "$SUPPORT/makeoffice.py" docx-paragraphs "$work/plan.txt" "$work/plan.docx" &&
        /usr/bin/python3 "$SUPPORT/makeoffice.py" docx-table "$work/table.txt" "$work/table.docx" &&
        /usr/bin/python3 "$SUPPORT/makeoffice.py" xlsx "$work/table.txt" "$work/table.xlsx" &&
        /usr/bin/python3 "$SUPPORT/makeoffice.py" csv "$work/table.txt" "$work/table.csv" ||
        echo "warning: python3-docx/openpyxl missing: Office seeds not made" >&2
    seed docx "$work"/*.docx
    seed xlsx "$work"/*.xlsx
    mkdir -p "$CORPUS/docxxml" "$CORPUS/xlsxxml"
    part() { /usr/bin/python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$@" 2>/dev/null; }
    for f in "$CORPUS"/docx/*; do part "$f" word/document.xml >"$CORPUS/docxxml/$(basename "$f").xml"; done
    for f in "$CORPUS"/xlsx/*; do part "$f" xl/worksheets/sheet1.xml >"$CORPUS/xlsxxml/$(basename "$f").xml"; done
    seed csv "$work"/*.csv
    { echo '<html><head><meta charset="utf-8"><title>实施方案</title></head><body><h1>关于优化营商环境的实施方案</h1>'
      sed -n '1,30p' "$work/plan.txt" | sed 's/.*/<p>&<\/p>/'
      echo '<table><tr><td>序号</td><td>具体要求</td><td>责任单位</td></tr><tr><td>1</td><td>简化流程</td><td>市政务服务局</td></tr></table></body></html>'
    } >"$work/plan.html"
    seed html "$work/plan.html"
    if command -v soffice >/dev/null; then
        (cd "$work" && timeout 120 soffice --headless --convert-to pdf plan.docx >/dev/null 2>&1)
        seed pdf "$work"/plan.pdf
    fi
    mkdir -p "$CORPUS/pdf"
    printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' >"$CORPUS/pdf/minimal.pdf"
    lines_as_seeds deadline "$HERE/deadlines.txt"
    lines_as_seeds unitlist "$HERE/unitlists.txt"
    rm -rf "$work"
    touch "$CORPUS/.seeded"
fi

# Seeds kept in the source tree, copied whenever missing (targets added after a corpus was seeded).
seed returnsheet "$HERE"/returnsheet-*.xml

run_one() {
    local target=$1
    local binary=$BUILD/tests/fuzz/fuzz_$target
    local dict=()
    case $target in
        docx | docxxml | xlsx | xlsxxml | returnsheet | html) dict=(-dict="$HERE/xml.dict") ;;
        policydocument | ledgertable | deadline | unitlist | sourcetext) dict=(-dict="$HERE/numbering.dict") ;;
    esac
    mkdir -p "$CORPUS/$target" "$FINDINGS/$target"
    local log=$BUILD/fuzz-$target.log
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    QT_QPA_PLATFORM=offscreen "$binary" "$CORPUS/$target" "${dict[@]}" -max_total_time="$SECONDS_EACH" \
        -rss_limit_mb=2048 -timeout=20 -max_len=262144 -artifact_prefix="$FINDINGS/$target/" -print_final_stats=1 \
        >"$log" 2>&1
    local rc=$?
    local execs=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
    local files=$(find "$CORPUS/$target" -type f | wc -l)
    printf '%-15s %s  %6s exec/s  corpus %5s files\n' "$target" "$([ $rc -eq 0 ] && echo ok || echo FOUND)" "${execs:-?}" "$files"
    if [ $rc -ne 0 ]; then
        grep -m1 -A12 'ERROR\|runtime error\|deadly signal' "$log" | sed 's/^/    /'
        return 1
    fi
}
export -f run_one
export BUILD CORPUS FINDINGS HERE SECONDS_EACH

targets=(sourcetext docx docxxml xlsx xlsxxml csv pdf html policydocument ledgertable deadline unitlist ledgerfile returnsheet)
printf '%s\n' "${targets[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one {}'
