# Okra — the commands the README and CI use. Every target installs what it needs first.
SWIFT ?= swift
CONTENT ?= content

OUTPUT ?= public

.PHONY: dependencies site check test browser-test release bench clean

dependencies:
	@bash scripts/install-dependencies.sh

## Build the example company (or CONTENT=dir) into public/ (or OUTPUT=dir).
site: release
	.build/release/okra build --content $(CONTENT) --output $(OUTPUT)

## Check the example content (or CONTENT=dir) and print every problem.
check: dependencies
	$(SWIFT) build --product okra
	.build/debug/okra check --content $(CONTENT)

## Run every test: the Swift tests, then the browser tests on the example site.
test: dependencies
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory browser-test

## The example site in headless Chromium, axe, the Nu HTML checker, links and print (docs/browser-tests.md).
## Installs Chromium, its driver, Java and a Python venv in .build-browser/ when missing.
## PYTEST_ARGS="-k print" runs some of them; artefacts go to .build-browser/artefacts/.
PYTEST_ARGS ?=
browser-test: release
	@bash scripts/install-browser-test-tools.sh
	PYTHONDONTWRITEBYTECODE=1 .build-browser/venv/bin/python -m pytest Tests/Browser $(PYTEST_ARGS)

release: dependencies
	$(SWIFT) build -c release --product okra

## Benchmark okra build against Hugo at BENCH_SIZES objectives; writes BENCHMARKS.md (docs/benchmarks.md).
BENCH_SIZES ?= 1000 10000 50000
SWIFT_SCRATCH ?= .build
bench: dependencies
	BENCH_SIZES="$(BENCH_SIZES)" SWIFT="$(SWIFT)" SWIFT_SCRATCH="$(SWIFT_SCRATCH)" bash scripts/bench.sh

clean:
	rm -rf .build .build-browser
