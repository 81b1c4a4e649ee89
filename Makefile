# pystm's build, test and benchmark targets. `make test` is the one test
# command (CI runs it); everything it needs comes from go.mod.

GO ?= go
FUZZTIME ?= 10m

.PHONY: all build test fmt-check vet gotest race astcompare bench fuzz record

all: build

build:
	$(GO) build -o bin/pystm ./cmd/pystm

test: fmt-check vet gotest race

fmt-check:
	@out=$$(gofmt -l .); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

gotest:
	$(GO) test ./...

# The threaded code under Go's race detector: the STM's and the
# evaluator's tests, then the stress suite (tests/stress) run by a pystm
# built with -race (-count=1: the scripts run in a separate process,
# which the test cache cannot see).
race:
	$(GO) test -race ./stm ./interp ./lib/thread ./lib/pypystm
	$(GO) test -race -count=1 -run Stress ./tests

# Compare `pystm compile --dump-ast` with CPython's ast.dump over every
# .py file of CPython 2.7.18's standard library (needs python2).
astcompare: build
	PYSTM=bin/pystm scripts/astcompare.sh

# Benchmarks, side by side with CPython 2.7 (needs python2) and Jython 2.7
# if installed: bench/run.sh (flags in BENCH_ARGS) runs the single-thread
# suite (also under pystm --gil), the parallel suite with 1 and 2 threads,
# and the Go benchmarks of 1K/1M container writes; then the front end. The
# front end runs even when the suites fail; their status is kept.
bench: build
	@st=0; GO=$(GO) bench/run.sh $(BENCH_ARGS) || st=$$?; \
	bench/frontend.sh && exit $$st

# Fuzz tokenizer, parser and compiler together.
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzCompile -fuzztime $(FUZZTIME) ./compile

# Re-record the expected outputs of tests/ from CPython 2.7.18.
record:
	scripts/record_run.sh
	scripts/record_ast.sh
	scripts/record_syntaxerr.sh
	scripts/record_transaction.sh
	scripts/fuzzseeds.sh
