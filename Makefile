# Two commands set up and use Taizhang on a fresh Debian 12 machine:
#   make run    install missing packages, build, open the app on the sample ledger
#   make test   install missing packages, build, run the whole suite through ctest
# Also: make build, make bench, make clean.

BUILD_DIR ?= build/release
PRESET    ?= release
JOBS      ?= 2

.PHONY: all deps configure build run test bench clean

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

bench: build
	$(BUILD_DIR)/tests/bench/taizhang_bench --benchmark_counters_tabular=true

clean:
	rm -rf build
