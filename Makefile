# Okra — the commands the README and CI use. Every target installs what it needs first.
SWIFT ?= swift
CONTENT ?= content

OUTPUT ?= public

.PHONY: dependencies site check test release clean

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

clean:
	rm -rf .build
