# Broadsheet — `make demo` renders the example page, `make test` runs the tests.
# Both install the Debian packages they need first (as root, or through sudo).

PACKAGES := libcairo2-dev libpango1.0-dev libharfbuzz-dev libpng-dev libdeflate-dev zlib1g-dev libturbojpeg0-dev libyaml-dev libicu-dev fonts-noto-cjk fonts-noto-cjk-extra \
            fonts-lxgw-wenkai poppler-utils libqpdf-dev liblcms2-dev qpdf ghostscript \
            libhyphen-dev hyphen-en-us libqrencode-dev zbar-tools
BROWSER_PACKAGES := chromium chromium-driver libxml2-utils
PAGE_OUT := out/zjfzb-2021-12-16
# Release builds link Swift's own libraries in: about 10 ms less of dynamic linking each run of the
# command (the example page's PDF, 155 -> 145 ms median of 7).
RELEASE := -c release --static-swift-stdlib

# `make fuzz` runs each fuzz target under libFuzzer for FUZZ_SECONDS (one after the other), growing
# its corpus in Tests/Fuzz/corpus/TARGET; crashes go to .build-fuzz/artifacts/TARGET/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= yaml story composer render
FUZZ_BUILD := .build-fuzz

# `make install` puts the release binary in $(PREFIX)/bin and Broadsheet's data (fonts configuration and
# role map, grids, press profile, example pages) in $(PREFIX)/share/broadsheet, where the binary finds it.
# BIN names an already built binary to install instead of building the release one.
PREFIX ?= /usr/local
BIN ?=
DATA_DIR = $(DESTDIR)$(PREFIX)/share/broadsheet

.PHONY: demo test bench fuzz deps browser-deps clean install uninstall

demo: deps
	swift build $(RELEASE) --product broadsheet
	.build/release/broadsheet render -o $(PAGE_OUT).pdf -o $(PAGE_OUT).png --report $(PAGE_OUT).json
	@echo "wrote $(PAGE_OUT).pdf, $(PAGE_OUT).png and $(PAGE_OUT).json"
	.build/release/broadsheet render --press --marks -o $(PAGE_OUT)-press.pdf
	.build/release/broadsheet proof -o $(PAGE_OUT)-proof.png
	@echo "wrote $(PAGE_OUT)-press.pdf (PDF/X-1a, CMYK, marks) and $(PAGE_OUT)-proof.png (layout proof)"

# The tests run one at a time: run side by side in one process, suites that each build their own font
# library (Pango font map) while others draw crashed twice inside libcairo 1.16 on fresh clones (issue 14
# takes this up); the product itself shapes through one library under one lock.
test: deps browser-deps
	swift build --build-tests
	swift test --skip-build --no-parallel

# The benchmark compares whole processes with Typst (PyPI typst) and counts instructions with valgrind.
bench: deps
	$(call apt-install,valgrind)
	@python3 -c 'import typst' 2>/dev/null || python3 -m pip install -q typst
	swift build $(RELEASE) --product broadsheet
	swift build $(RELEASE) --product broadsheet-bench
	.build/release/broadsheet-bench 7

fuzz: deps
	swift build -c release --product broadsheet-fuzz --scratch-path $(FUZZ_BUILD) \
		-Xswiftc -sanitize=fuzzer,address -Xlinker --export-dynamic-symbol=LLVMFuzzerRunDriver
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p Tests/Fuzz/corpus/$$target $(FUZZ_BUILD)/artifacts/$$target; \
		dict=Tests/Fuzz/$$target.dict; [ -f $$dict ] && dict=-dict=$$dict || dict=; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		unwind=$$( [ $$target = render ] && echo fast_unwind_on_malloc=0 ); \
		SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Tests/Fuzz/lsan.supp ASAN_OPTIONS=$$unwind $(FUZZ_BUILD)/release/broadsheet-fuzz $$target -max_total_time=$(FUZZ_SECONDS) \
			-max_len=65536 -timeout=60 -rss_limit_mb=4096 -print_final_stats=1 $$dict \
			-artifact_prefix=$(FUZZ_BUILD)/artifacts/$$target/ Tests/Fuzz/corpus/$$target || exit 1; \
	done

install: $(if $(BIN),,deps)
	@bin="$(BIN)"; \
	if [ -z "$$bin" ]; then swift build $(RELEASE) --product broadsheet && bin=.build/release/broadsheet; fi; \
	install -D -m 755 "$$bin" "$(DESTDIR)$(PREFIX)/bin/broadsheet"
	rm -rf "$(DATA_DIR)"
	mkdir -p "$(DATA_DIR)/Layouts"
	cp -R Fonts "$(DATA_DIR)/Fonts"
	cp -R Layouts/grids Layouts/press Layouts/examples "$(DATA_DIR)/Layouts/"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/broadsheet and $(DATA_DIR)"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/broadsheet"
	rm -rf "$(DATA_DIR)"

# Installs the Debian packages of $(1) that are missing (as root, or through sudo).
define apt-install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		sudo=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call apt-install,$(PACKAGES))

# The browser tests (proof viewer, digital edition): headless Chromium driven by Python selenium;
# the digital edition's checks: xmllint for ALTO and METS, pdfplumber for the glyph boxes.
browser-deps:
	$(call apt-install,$(BROWSER_PACKAGES))
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
	@python3 -c 'import pdfplumber' 2>/dev/null || python3 -m pip install -q pdfplumber

clean:
	rm -rf .build out
