# docenum: run "make help" for the targets.

GO       ?= go
FUZZTIME ?= 10s
# How long the fuzzer may shrink each new input: its default, a minute,
# spends most of a short run shrinking (each run of FuzzExtract reads the
# input in every format) instead of trying inputs.
FUZZMINIMIZE ?= 2s
# Packages the fuzz target covers: the module's, and the golden packages,
# which live under testdata/ where ./... does not look.
FUZZPKGS ?= ./... $(addprefix ./,$(wildcard testdata/generate/*/want))
# What make check requires to be unchanged after regenerating.
GENERATED ?= generated specs

.PHONY: help generate test check bench fuzz corpus

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

generate: ## re-extract specs/ from specs/sources/, then regenerate generated/ (steps: generate.go)
	$(GO) generate .

test: ## run every test, including the golden and generated packages
	$(GO) test ./...

check: ## fail on an untidy go.mod, spec drift, a diff after make generate, unformatted code, vet findings or a failing test
	@$(GO) mod tidy -diff || { echo "make check: go.mod or go.sum is not tidy; run go mod tidy"; exit 1; }
	$(GO) run ./cmd/docenum extract -all -check -specs specs
	$(GO) generate .
	@changed="$$(git status --porcelain -- $(GENERATED))"; \
	if [ -n "$$changed" ]; then \
		echo "make check: regenerating changed files; commit the result:"; echo "$$changed"; \
		git --no-pager diff --stat -- $(GENERATED); exit 1; \
	fi
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then echo "make check: not gofmt-ed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(MAKE) --no-print-directory test

corpus: ## score the extractor on the real documents of testdata/corpus (per document, per layout, overall)
	$(GO) run ./generator/corpus/corpusreport -dir testdata/corpus

bench: ## run the benchmarks (bench/run.sh when present)
	@if [ -f bench/run.sh ]; then bash bench/run.sh; \
	else $(GO) test -run '^$$' -bench . -benchmem $(addprefix ./,$(wildcard testdata/generate/*/want)); fi

fuzz: ## run every fuzz target for FUZZTIME (default 10s) each
	@set -e; for pkg in $$($(GO) list $(FUZZPKGS)); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "fuzz $$pkg $$target"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg; \
		done; \
	done
