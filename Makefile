# Two commands set up and use Taizhang on a fresh Debian 12 machine:
#   make run    install missing packages, build, open the app on the sample ledger
#   make test   install missing packages, build, run the whole suite through ctest
# Also: make build, make bench, make screenshots, make clean.

BUILD_DIR ?= build/release
PRESET    ?= release
JOBS      ?= 2

.PHONY: all deps configure build run test bench screenshots clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/app/taizhang

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS) -E '^bench_'

# PNGs of the import wizard (Tibet sample), the kanban board and the charts (sample ledger), in Chinese, under build/screenshots.
screenshots: build
	rm -rf build/screenshots
	TAIZHANG_SCREENSHOTS=$(CURDIR)/build/screenshots TAIZHANG_LANG=zh_CN QT_QPA_PLATFORM=offscreen \
		$(BUILD_DIR)/tests/taizhang_ui_tests --gtest_filter='ImportWizardTest.*:KanbanBoardTest.*:DeadlineChartsTest.*:DashboardTest.*:UnitViewTest.*' >/dev/null || true
	@ls build/screenshots

bench: build
	$(BUILD_DIR)/tests/bench/taizhang_bench --benchmark_counters_tabular=true
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/bench/taizhang_view_bench --benchmark_counters_tabular=true

clean:
	rm -rf build
