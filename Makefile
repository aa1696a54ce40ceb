# rsdd: `make run` runs the offline demo end to end; `make test` runs the tests.
# Both install what they need on a fresh Debian machine (apt packages when run as root).

SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libcurl4-openssl-dev libsqlite3-dev zlib1g-dev pkg-config
DEMO := examples/demo
# Release builds link Swift's runtime and Foundation in: the binary runs on a server without a
# Swift toolchain (ldd names no libswift*), as `make install` puts it there.
RELEASE := -c release --static-swift-stdlib
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all deps build release run test bench eval pdf leakcheck fuzz clean man install install-test generated

all: build

## Installs the C libraries' development packages when missing (as root), or names them and stops.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages:$$missing (run: sudo apt-get install$$missing)"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE) --product rsdd

## The files compiled in from policies/*.yml and tools/report.css, and the legal forms from rigour's
## table in ../shared/data (needs PyYAML); a test fails when they differ. The lists' table of other
## names, from tools/other-names.json.
generated:
	python3 tools/gen-builtins.py
	python3 tools/gen-other-names.py
	@if [ -f ../shared/data/matching/rigour_org_types.yml ]; then python3 tools/gen-legal-forms.py; \
	else echo "../shared/data is not beside the checkout: legal forms not generated"; fi

## The man page, generated from the command definitions by swift-argument-parser's generate-manual
## plugin (offline), from the debug build: the plugin builds every product in the configuration it
## is given, and a release build of its own would link the release binary again without the
## static runtime. Dated by the last commit, so the same checkout gives the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date -u +%F)
man: deps
	$(SWIFT) package plugin generate-manual --configuration debug --date $(MAN_DATE) --section 1
	mkdir -p .build/man
	@# A blank line between paragraphs of a command's discussion is an mdoc warning: make it .Pp.
	sed 's/^$$/.Pp/' .build/plugins/GenerateManual/outputs/rsdd/rsdd.1 > .build/man/rsdd.1

## Installs into $(PREFIX) (default /usr/local; DESTDIR for a package): bin/rsdd, its man page,
## and bash, zsh and fish completions. The binary needs nothing from this checkout: built-in
## profiles and the PDF stylesheet are compiled in.
install: release man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	@# Debug info out (108 MB → 87 MB); symbols stay, so a crash's backtrace names functions.
	install -m 755 .build/release/rsdd $(DESTDIR)$(PREFIX)/bin/rsdd
	strip --strip-debug $(DESTDIR)$(PREFIX)/bin/rsdd
	install -m 644 .build/man/rsdd.1 $(DESTDIR)$(PREFIX)/share/man/man1/rsdd.1
	.build/release/rsdd --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/rsdd
	.build/release/rsdd --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_rsdd
	.build/release/rsdd --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/rsdd.fish
	@echo "installed: $(DESTDIR)$(PREFIX)/bin/rsdd"

## Installs into a temporary prefix and runs the installed binary with this checkout out of its
## reach: the demo, the man page, the README's cron line under env -i.
install-test:
	tools/install-test.sh

## The offline demo: fetches the demo sources with libcurl (file:// URLs), writes examples/demo/reports/.
run: release
	.build/release/rsdd run --config $(DEMO)
	@echo "reports: $(DEMO)/reports/"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

## Resolution and matching measured against ../shared/data (ROR records, matching sets).
eval: deps
	@test -d ../shared/data/ror || { echo "../shared/data is not beside the checkout: nothing to evaluate"; exit 1; }
	$(SWIFT) build $(RELEASE) --product rsdd-bench
	.build/release/rsdd-bench eval ../shared/data

PDF_APT := pandoc weasyprint fonts-noto-cjk poppler-utils
REPORTS ?= $(DEMO)/reports

## PDFs of the reports (default: the demo's) with pandoc and WeasyPrint, Debian packages that are
## installed when run as root. Fails if a CJK font is not embedded (names would not render).
pdf:
	@missing=""; \
	for p in $(PDF_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "PDFs need Debian packages:$$missing (run: sudo apt-get install$$missing)"; exit 1; \
	  fi; \
	fi
	@if [ "$(REPORTS)" = "$(DEMO)/reports" ] && [ ! -f $(REPORTS)/index.md ]; then $(MAKE) run; fi
	@test -f $(REPORTS)/index.md || { echo "no reports in $(REPORTS): run rsdd first"; exit 1; }
	@# Sandboxed pandoc (no file access), raw HTML off; a report's picture goes in as a data URI. --quiet: in its
	@# sandbox pandoc cannot read its translation files and warned so once per report; errors still show.
	cd $(REPORTS) && for f in *.md; do \
	  s="$${f%.md}"; uri=""; [ -f "$$s.svg" ] && uri="data:image/svg+xml;base64,$$(base64 -w0 "$$s.svg")"; \
	  { if [ -n "$$uri" ]; then sed "s|]($$s.svg)|]($$uri)|" "$$f"; else cat "$$f"; fi; } | \
	  pandoc -f markdown-raw_html --sandbox --standalone --self-contained --quiet --css=$(CURDIR)/tools/report.css --pdf-engine=weasyprint -o "$$s.pdf" || exit 1; \
	done
	@if [ "$(REPORTS)" = "$(DEMO)/reports" ]; then \
	  pdffonts $(REPORTS)/t-undisclosed.pdf | grep -q "Noto-Sans-CJK" || { echo "t-undisclosed.pdf embeds no CJK font: its Chinese name did not render"; exit 1; }; \
	fi
	@echo "PDFs: $(REPORTS)/*.pdf"

## Benchmarks in release mode; prints medians and ratios (RSDD_BENCH_RUNS=N to change the run count).
bench: deps
	@command -v xmllint >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq libxml2-utils >/dev/null; } || echo "xmllint not found: the parse figure will have nothing to compare with"
	$(SWIFT) build $(RELEASE) --product rsdd-bench
	$(SWIFT) build $(RELEASE) --product rsdd
	.build/release/rsdd-bench

## The fuzz test of every reader for longer than CI runs it (RSDD_FUZZ_SECONDS, default 600; another
## RSDD_FUZZ_SEED for other inputs), then the peak memory of rsdd parse on the hostile files that
## once exhausted it (tools/fuzz-memory.py).
RSDD_FUZZ_SECONDS ?= 600
fuzz: deps
	RSDD_FUZZ_SECONDS=$(RSDD_FUZZ_SECONDS) $(SWIFT) test --filter FuzzTests
	$(SWIFT) build $(RELEASE) --product rsdd
	python3 tools/fuzz-memory.py .build/release/rsdd

## Runs the demo under valgrind's memcheck and fails on any definite or indirect leak (valgrind
## from Debian). Uninitialised-value checks are off: Swift's runtime and optimised generic code
## trip them falsely (seen in swift_initStructMetadata for swift-log and in GRDB's SQL builder);
## this target is about the C handles being freed.
## Valgrind 3.19 cannot read the DWARF 5 of Swift binaries, so it runs a copy without debug info.
leakcheck: release
	@command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 1; }
	rm -rf /tmp/rsdd-leakcheck && mkdir -p /tmp/rsdd-leakcheck && cp -r $(DEMO)/sources.d $(DEMO)/snapshots $(DEMO)/teams /tmp/rsdd-leakcheck/
	strip --strip-debug -o /tmp/rsdd-leakcheck/rsdd .build/release/rsdd
	valgrind --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect --undef-value-errors=no \
	  --error-exitcode=9 /tmp/rsdd-leakcheck/rsdd run --config /tmp/rsdd-leakcheck 2>&1 | tail -n 16; \
	  exit $${PIPESTATUS[0]}

clean:
	rm -rf .build $(DEMO)/reports $(DEMO)/.rsdd
