#!/usr/bin/env bash
# scripts/setup.sh — installs what building and testing Edge Python needs, and only what is
# missing: Debian/Ubuntu packages when a command or header is absent, then `npm ci` when
# node_modules is absent or older than package-lock.json. `make serve`, `make test` and
# .ci/run all start here, so a fresh clone needs nothing else.
#
#   scripts/setup.sh           everything (build, tests, browser tests, fuzzing)
#   scripts/setup.sh --check   only say what is missing (exit 1 if anything is)
#
# As root it runs apt-get itself, otherwise through sudo when sudo works without asking;
# failing both, it prints the one apt-get line that would install what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_only=0
[ "${1:-}" = "--check" ] && check_only=1

# package name <- what shows that it is installed
missing=()
have() { command -v "$1" >/dev/null 2>&1; }
have make || missing+=(make)
have gcc || missing+=(gcc libc6-dev)
have emcc || missing+=(emscripten)
have wasm-opt || missing+=(binaryen)
# clang and wasm-ld build the native modules that need no C library (make sdk).
have clang || missing+=(clang)
have wasm-ld || missing+=(lld)
{ have wat2wasm && have wasm-objdump; } || missing+=(wabt)
have python3 || missing+=(python3)
have node || missing+=(nodejs)
have npm || missing+=(npm)
# The browser tests drive Debian's Chromium (playwright-core never downloads a browser).
have chromium || missing+=(chromium)
# make fuzz-smoke links clang's libFuzzer runtime (with its ASan and UBSan runtimes).
if ! { have clang && clang -print-file-name="libclang_rt.fuzzer-$(uname -m).a" 2>/dev/null | grep -q /; }; then
    missing+=(libclang-rt-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ $check_only = 1 ]; then
        echo "setup: missing Debian packages: ${missing[*]}"
        exit 1
    fi
    if [ "$(id -u)" = 0 ]; then
        SUDO=()
    elif have sudo && sudo -n true 2>/dev/null; then
        SUDO=(sudo -n)
    else
        echo "setup: missing packages; install them as root with: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]} (apt-get)"
    log=$(mktemp)
    if ! { "${SUDO[@]}" apt-get update -q &&
           DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
           >"$log" 2>&1 </dev/null; then
        tail -n 40 "$log" >&2
        echo "setup: apt-get install failed (log above)" >&2
        exit 1
    fi
    rm -f "$log"
fi

# npm writes node_modules/.package-lock.json after every install: when it is missing or
# older than the lock file, the tree is not the one the lock file asks for.
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    if [ $check_only = 1 ]; then
        echo "setup: node_modules is missing or older than package-lock.json (npm ci)"
        exit 1
    fi
    echo "setup: installing the npm dev dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error </dev/null
fi
