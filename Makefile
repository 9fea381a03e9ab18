# deadlined: `make run` and `make test` do all set-up on a fresh Debian machine.

PREFIX  ?= /usr/local
DESTDIR ?=
SWIFT   ?= swift
# Where `make run` keeps its alert log (the installed service uses /var/lib/deadlined).
STATE_DIR ?= $(CURDIR)/.build/state
RELEASE_BIN = .build/release/deadlined
DEBUG_BIN   = .build/debug/deadlined
# The tests' Python is Debian's, which has the test tools `make test-deps` installs as Debian
# packages (python3-pytest, python3-icalendar, python3-jsonschema), whatever python3 comes
# first in PATH.
PYTHON3 = /usr/bin/python3
PYTEST = $(PYTHON3) -B -m pytest -p no:cacheprovider
# Written once, in Sources/deadlined/Version.swift (`deadlined --version` prints it).
VERSION := $(shell sed -n 's/^let deadlinedVersion = "\(.*\)"$$/\1/p' Sources/deadlined/Version.swift)
# Man page dates come from the last commit, so that two builds of one commit are the same.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
# The Umm al-Qura reference the Hijri tests compare with (PyPI only, so in a venv of its own).
HIJRI_VENV = .build/hijri-venv

# Debian packages: libsystemd-dev to build, scdoc for the man pages, debhelper and lintian for the
# package; for the tests systemd-container (nspawn), groff and man-db to render the man pages, the
# Python test tools, and Prometheus, Alertmanager, the node exporter and journal-remote for
# contrib/ and its tests.
BUILD_PACKAGES  = libsystemd-dev pkg-config
DOC_PACKAGES    = scdoc
DEB_PACKAGES    = $(BUILD_PACKAGES) $(DOC_PACKAGES) debhelper dpkg-dev lintian
SERVER_PACKAGES = prometheus prometheus-alertmanager prometheus-node-exporter systemd-journal-remote jq python3-yaml
TEST_PACKAGES   = $(DEB_PACKAGES) systemd-container groff-base man-db python3-venv \
                  python3-pytest python3-icalendar python3-jsonschema $(SERVER_PACKAGES)
# The timeline picture in a real browser (pdfinfo/pdftotext read its print); desktop notifications
# under Xvfb with a session bus and dunst (ImageMagick's import takes the screenshot); a user's
# session bus under their systemd manager (dbus-user-session) for the user unit's e2e test.
TEST_PACKAGES += chromium fonts-dejavu-core poppler-utils xvfb dbus-daemon dbus-user-session dunst libnotify-bin imagemagick

.PHONY: run test unit-test integration-test docs-test e2e-test contrib-test install uninstall bench build release \
        man completions deb build-deps test-deps clean browser-test install-user uninstall-user

run: build-deps
	$(SWIFT) build
	mkdir -p $(STATE_DIR)
	$(DEBUG_BIN) run --config Config/deadlined.toml --state-dir $(STATE_DIR)

test: test-deps unit-test fuzz-smoke contrib-test integration-test docs-test browser-test e2e-test

unit-test: $(HIJRI_VENV)/bin/python
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The shipped Prometheus rules and Alertmanager config, checked and unit-tested by the tools that read them.
contrib-test:
	promtool check rules contrib/prometheus/deadlined-rules.yml
	cd contrib/prometheus && promtool test rules deadlined-rules.test.yml
	amtool check-config contrib/alertmanager/alertmanager.yml

# Real journald in a private mount namespace; the tests start the daemon as a process.
integration-test: release
	DEADLINED_BIN=$(CURDIR)/$(RELEASE_BIN) unshare -m --propagation private \
	    $(PYTEST) -q Tests/integration

# The man pages, completions and schema against the program: rendered without a warning, every
# config key documented, `deadlined ti<Tab>` completed, the schema agreeing with `deadlined check`.
docs-test: release man completions
	DEADLINED_BIN=$(CURDIR)/$(RELEASE_BIN) $(PYTEST) -q Tests/docs

# Rewrites Tests/golden/ (whole outputs of timeline, status and export on the shipped config, and of
# timeline, status, history and export on a small Arabic one with both calendars) from
# the release build; review the diff before committing it. integration-test compares them.
golden: release
	DEADLINED_BIN=$(CURDIR)/$(RELEASE_BIN) $(PYTHON3) -B Tests/integration/test_golden.py

# `timeline --svg/--html` in headless Chromium; screenshots of the shipped config in .build/artifacts/.
browser-test: release
	DEADLINED_BIN=$(CURDIR)/$(RELEASE_BIN) $(PYTEST) -q Tests/browser

# A whole systemd in a container: `make install` inside it, then systemctl and journalctl; the
# user unit under an ordinary user's own manager (systemctl --user, journalctl --user); and the
# Debian package installed, upgraded, removed and purged with apt in another.
e2e-test: release deb
	DEADLINED_REPO=$(CURDIR) DEADLINED_DEB=$(CURDIR)/.build/deb/deadlined_$(VERSION)_$$(dpkg --print-architecture).deb \
	    $(PYTEST) -q Tests/e2e

build:
	$(SWIFT) build

$(HIJRI_VENV)/bin/python:
	$(PYTHON3) -m venv $(HIJRI_VENV)
	$(HIJRI_VENV)/bin/pip install -q hijridate==2.6.0

# The Swift runtime is linked into the binary: the installed daemon does not depend on where the
# toolchain lives, and it starts in 11.6 MiB instead of 14.7 (shared libraries it maps but barely uses).
release: build-deps
	$(SWIFT) build -c release --static-swift-stdlib

install: release man completions
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) sh systemd/install.sh install $(RELEASE_BIN)

uninstall:
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) sh systemd/install.sh uninstall

# For the current user, no root: ~/.local/bin, the user unit, ~/.config/deadlined (desktop notifications).
install-user: release
	sh systemd/install.sh install-user $(RELEASE_BIN)

uninstall-user:
	sh systemd/install.sh uninstall-user

# deadlined(8) and deadlined.toml(5) from their scdoc sources in man/.
MAN_PAGES = .build/man/deadlined.8 .build/man/deadlined.toml.5

man: $(MAN_PAGES)

.build/man/%: man/%.scd
	@sh .ci/ensure-packages $(DOC_PACKAGES)
	mkdir -p .build/man
	scdoc < $< > $@

# bash, zsh and fish completions, generated from the command definitions. They are sourced, not
# run: the #! line the generator writes is dropped.
completions: release
	mkdir -p .build/completions
	for shell in bash zsh fish; do \
	    $(RELEASE_BIN) --generate-completion-script $$shell | sed '1{/^#!/d;}' > .build/completions/deadlined.$$shell || exit 1; \
	done

# deadlined_VERSION_ARCH.deb in .build/deb/, built in a copy of the packaging under .build/deb/
# and checked by lintian.
deb: release man completions
	@sh .ci/ensure-packages $(DEB_PACKAGES)
	sh packaging/build-deb.sh $(VERSION)

# Eight measurements (figures, not pass/fail): a table, and .build/bench.json.
# BENCH_IDLE_SECONDS shortens the 30 s idle window; BENCH_SCRATCH picks the release build folder;
# BENCH_ONLY=parse,startup runs some of the measurements (Benchmarks/run.py lists them).
bench: build-deps
	@sh .ci/ensure-packages remind
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $${BENCH_SCRATCH:-.build}
	python3 Benchmarks/run.py

# libFuzzer (Fuzz/fuzz.sh): toml, config, ledger, extractor. Binaries, working corpora and crash
# files in .build/fuzz/; seeds in Fuzz/corpus/. `make test` runs the short smoke run.
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 20
.PHONY: fuzz fuzz-smoke fuzz-repro

fuzz:
	sh Fuzz/fuzz.sh run $(FUZZ_SECONDS)

fuzz-smoke:
	sh Fuzz/fuzz.sh run $(FUZZ_SMOKE_SECONDS)

# make fuzz-repro TARGET=toml FILE=.build/fuzz/artifacts/toml/crash-...
fuzz-repro:
	sh Fuzz/fuzz.sh repro $(TARGET) $(FILE)

build-deps:
	@sh .ci/ensure-packages $(BUILD_PACKAGES)

test-deps:
	@sh .ci/ensure-packages $(TEST_PACKAGES)

clean:
	rm -rf .build
