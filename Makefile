# Broadsheet — `make demo` renders the example page, `make test` runs the tests.
# Both install the Debian packages they need first (as root, or through sudo).

PACKAGES := libcairo2-dev libpango1.0-dev libgdk-pixbuf-2.0-dev fonts-noto-cjk fonts-noto-cjk-extra \
            fonts-lxgw-wenkai poppler-utils
PAGE_OUT := out/zjfzb-2021-12-16

.PHONY: demo test bench deps clean

demo: deps
	swift build -c release --product broadsheet
	.build/release/broadsheet render -o $(PAGE_OUT).pdf -o $(PAGE_OUT).png --report $(PAGE_OUT).json
	@echo "wrote $(PAGE_OUT).pdf, $(PAGE_OUT).png and $(PAGE_OUT).json"

test: deps
	swift build --build-tests
	swift test --skip-build

bench: deps
	swift build -c release --product broadsheet-bench
	.build/release/broadsheet-bench 5

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		sudo=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf .build out
