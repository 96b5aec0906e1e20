# Okra — the commands the README and CI use. Every target installs what it needs first.
SWIFT ?= swift
CONTENT ?= content

OUTPUT ?= public

.PHONY: dependencies site check test release bench clean

dependencies:
	@bash scripts/install-dependencies.sh

## Build the example company (or CONTENT=dir) into public/ (or OUTPUT=dir).
site: release
	.build/release/okra build --content $(CONTENT) --output $(OUTPUT)

## Check the example content (or CONTENT=dir) and print every problem.
check: dependencies
	$(SWIFT) build --product okra
	.build/debug/okra check --content $(CONTENT)

## Run every test.
test: dependencies
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: dependencies
	$(SWIFT) build -c release --product okra

## Benchmark okra build against Hugo at BENCH_SIZES objectives; writes BENCHMARKS.md (docs/benchmarks.md).
BENCH_SIZES ?= 1000 10000 50000
SWIFT_SCRATCH ?= .build
bench: dependencies
	BENCH_SIZES="$(BENCH_SIZES)" SWIFT="$(SWIFT)" SWIFT_SCRATCH="$(SWIFT_SCRATCH)" bash scripts/bench.sh

clean:
	rm -rf .build
