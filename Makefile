# Two commands set up and use Taizhang on a fresh Debian 12 machine:
#   make run    install missing packages, build, open the app on the sample ledger
#   make test   install missing packages, build, run the whole suite through ctest
#   (make test also runs each fuzz target for 30 s on its corpus)
# Also: make build, make package, make bench, make screenshots, make reports, make corpus,
#       make fuzz (each fuzz target for FUZZ_SECONDS, 10 minutes by default), make test-asan
#       (the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer), make clean.

BUILD_DIR ?= build/release
PRESET    ?= release
JOBS      ?= 2

FUZZ_DIR     ?= build/fuzz
FUZZ_SECONDS ?= 600
ASAN_DIR     ?= build/asan

.PHONY: all deps configure build run test package bench screenshots reports corpus fuzz-build fuzz test-asan clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/app/taizhang

test: build fuzz-build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS) -E '^bench_'
	tests/fuzz/run.sh $(FUZZ_DIR) 30

# libFuzzer targets (clang): every reader and parser, and opening a ledger file. See tests/fuzz.
fuzz-build: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build $(FUZZ_DIR) -j$(JOBS)

fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# The whole suite built with ASan and UBSan; any report fails it. The package check is left to
# make test (it builds a .deb, nothing the sanitizers see).
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build $(ASAN_DIR) -j$(JOBS)
	cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/support/lsan.supp \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
		ctest --output-on-failure -j$(JOBS) -E '^bench_|^Packaging'

# The Debian package (CPack) in $(BUILD_DIR): installs the programs, desktop entry, icons, MIME type.
package: build
	cd $(BUILD_DIR) && cpack -G DEB
	@ls $(BUILD_DIR)/*.deb

# PNGs of the import wizard (Tibet sample), the kanban board, the charts and the reporting page (sample ledger),
# in Chinese, under build/screenshots.
screenshots: build
	rm -rf build/screenshots
	TAIZHANG_SCREENSHOTS=$(CURDIR)/build/screenshots TAIZHANG_LANG=zh_CN QT_QPA_PLATFORM=offscreen \
		$(BUILD_DIR)/tests/taizhang_ui_tests --gtest_filter='ImportWizardTest.*:KanbanBoardTest.*:DeadlineChartsTest.*:DashboardTest.*:UnitViewTest.*:ReportActionsTest.*:PreferencesUiTest.*:TaskEditActionsTest.*:ReportingViewTest.*:SampleWindowTest.shouldRequestAndApproveACloseOut*:SampleWindowTest.shouldIssueTodaysNotices*:SampleWindowTest.shouldSetTheLadder*:SampleWindowTest.shouldShowTheLedgersHistory*' >/dev/null || true
	@ls build/screenshots

# Every printed report of the Lhasa sample (as of 2021-07-01, in Chinese) as PDF, its first pages
# as PNG, and the ledger as xlsx and csv, under build/reports: to be looked at.
REPORT_CLI = TAIZHANG_LANG=zh_CN QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/taizhang-cli
reports: build
	rm -rf build/reports && mkdir -p build/reports
	$(REPORT_CLI) import tests/data/ledger-lhasa-2021.txt --into build/reports/lhasa.taizhang --year 2021 >/dev/null
	for report in ledger unit meeting notice bulletin; do \
		$(REPORT_CLI) export build/reports/lhasa.taizhang --format pdf --report $$report --today 2021-07-01 \
			--out build/reports/$$report.pdf && \
		pdftoppm -r 70 -png -f 1 -l 2 build/reports/$$report.pdf build/reports/$$report || exit 1; \
	done
	$(REPORT_CLI) export build/reports/lhasa.taizhang --format xlsx --report unit --today 2021-07-01 --out build/reports/ledger.xlsx
	$(REPORT_CLI) export build/reports/lhasa.taizhang --format csv --today 2021-07-01 --out build/reports/ledger.csv
	@ls build/reports

# The corpus report: every sample document imported by taizhang-cli, a row per document (tasks, the
# share with lead units, cooperating units and a deadline, warnings, time), so a regression shows.
corpus: build
	/usr/bin/python3 tests/corpus/corpus.py $(BUILD_DIR)/app/taizhang-cli build/corpus ../shared/samples/*.txt tests/data/notations/*.txt

bench: build
	$(BUILD_DIR)/tests/bench/taizhang_bench --benchmark_counters_tabular=true
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/bench/taizhang_view_bench --benchmark_counters_tabular=true

clean:
	rm -rf build
