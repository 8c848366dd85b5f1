# factcheck: the fact sheet (facts/facts.yaml) checked against the sources
# (seeds/) by `go test`. Everything here needs only Go; tools are fetched
# through the Go module proxy on first use.

GO          ?= go
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 30s
# Minimising a new input is capped so that the fuzz time goes to fuzzing.
FUZZMINTIME ?= 5s
PKGS        := ./...

.PHONY: test stress report eval eval-check bench fuzz lint cover check-format vet determinism precommit browser

## test: format and vet checks, then every test (race detector on, in shuffled
## order), including the suite over seeds/ and the staleness check of the
## committed reports, then the determinism runs.
test: check-format vet
	$(GO) test -race -shuffle=on -count=1 $(PKGS)
	@$(MAKE) -s determinism
	@$(MAKE) -s eval-check

## browser: the HTML report of a corpus with a new contradiction opened in
## headless Chromium (Debian's, installed when missing): the page must lead
## with the contradiction, linked to its evidence; a screenshot goes to
## .out/report.png. CI runs it.
browser:
	@bash .ci/browser.sh

## precommit: the pre-commit hook (.pre-commit-hooks.yaml) run for real by
## pre-commit (installed from Debian's packages when missing) on a copy of
## testdata/project: it must pass, then fail once a source contradicts a fact.
precommit:
	@bash .ci/precommit.sh

## stress: the slow cases (a 50 MB line, ...), kept out of every go test
## by the build tag stress; CI runs them.
stress:
	$(GO) test -count=1 -tags stress -run 'Test' ./checks

## determinism: the committed reports come out byte-identical on one core and
## on two, in shuffled order, three times over.
determinism:
	@for n in 1 2; do \
	  out=$$(GOMAXPROCS=$$n $(GO) test -count=3 -shuffle=on -run 'TestReport|TestExamples' . 2>&1) || { echo "$$out"; exit 1; }; \
	done
	@echo "determinism: the committed reports come out byte-identical on 1 and 2 cores, 3 runs each"

## report: run the suite over seeds/ and rewrite report/consistency.{md,json}.
## It exits non-zero when a cell fails, after writing the report.
report:
	@out=$$($(GO) test -count=1 -run 'TestReport|TestExamples' . -update 2>&1) || { echo "$$out"; exit 1; }
	@code=0; out=$$($(GO) run ./cmd/factcheck check --format json=/dev/null 2>&1) || code=$$?; \
	  if [ $$code -ge 2 ]; then echo "$$out"; exit $$code; fi; \
	  echo "$$out" | sed 's|^factcheck: |report: wrote report/consistency.md and report/consistency.json: |'
	@out=$$($(GO) test -count=1 -run 'TestFacts|TestCorroboration' . 2>&1) || { echo "$$out"; echo "report: the cells above fail"; exit 1; }

## eval: check each story's sheet in eval/<story>/facts.yaml against the
## labelled real articles in $(EVAL_DIR)/<story>, score every cell against
## its labels.json, and rewrite EVAL.md (figures and wrong cells, without the
## articles' words) and eval/wrong.md (with them; not committed).
EVAL_DIR ?= ../shared/eval
export EVAL_DIR
eval:
	$(GO) run ./eval -dir "$(EVAL_DIR)" -out EVAL.md -words eval/wrong.md

## eval-check: EVAL.md is what make eval would write (part of make test).
## Without the corpus it says so in one line and passes.
eval-check:
	@if [ -d "$(EVAL_DIR)" ]; then \
	  $(GO) run ./eval -dir "$(EVAL_DIR)" -out EVAL.md -check && echo "EVAL.md is up to date with $(EVAL_DIR)"; \
	else \
	  echo "EVAL.md not checked: no evaluation corpus at $(EVAL_DIR) (set EVAL_DIR to where it is)"; \
	fi

## bench: speed and memory of each stage and of the whole check, then the
## command end to end on a synthetic corpus of $(SOURCES) sources, then on a
## dense and a sparse archive beside the floor loop and grep -F (see
## BENCHMARKS.md). SOURCES=500 DENSE_MB=5 SPARSE_MB=20 make bench for a
## quick look.
SOURCES ?= 10000
DENSE_MB ?= 50
SPARSE_MB ?= 200
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)
	SOURCES=$(SOURCES) bash bench/scale.sh
	DENSE_MB=$(DENSE_MB) SPARSE_MB=$(SPARSE_MB) bash bench/archives.sh

## fuzz: run each fuzz target for $(FUZZTIME): a duration (30s) or a number
## of executions (20000x). CI uses a number: with a duration, Go 1.26's fuzz
## coordinator can report its own deadline as a failure ("context deadline
## exceeded") when the time runs out while a worker is busy.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$target"; \
	    $(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $$pkg; \
	  done; \
	done

## lint: gofmt, go vet and staticcheck.
lint: check-format vet
	$(GO) run $(STATICCHECK) $(PKGS)

## cover: test coverage per function, and coverage.html.
cover:
	$(GO) test -count=1 -coverprofile=coverage.out $(PKGS)
	$(GO) tool cover -func=coverage.out | tail -1
	$(GO) tool cover -html=coverage.out -o coverage.html

check-format:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:" $$out "(run gofmt -w .)"; exit 1; fi

vet:
	$(GO) vet $(PKGS)
