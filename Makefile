# Makefile — builds Edge Python natively (gcc) and to WebAssembly (emcc), and runs the tests.
# Quiet by default: `make V=1` shows every command, `make -s` nothing but errors. Each
# variant has its own folder under build/ (native, wasm, asan) with its objects and their
# header dependencies (-MMD -MP).

CC       = gcc
EMCC     = emcc
WASM_OPT = wasm-opt
WASM_OBJDUMP = wasm-objdump
PYTHON   = python3
NODE     = node
NPM      = npm

# Debian's emcc runs its JS optimizer under the system Node, which finds acorn and friends
# only through NODE_PATH.
EMENV = NODE_PATH=/usr/share/nodejs$(if $(NODE_PATH),:$(NODE_PATH))

ifeq ($(V),1)
Q =
msg = @true
else ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),)
Q = @
msg = @true
else
Q = @
msg = @printf '  %-7s %s\n' $(1) $(2)
endif

CSTD     = -std=c11
WARN     = -Wall -Wextra -Werror
CPPFLAGS = -Isrc -MMD -MP

# main.c is the native CLI, wasm.c the host interface of edge.wasm; the rest is the core.
CORE_SRCS   = $(filter-out src/main.c src/wasm.c,$(sort $(wildcard src/*.c)))
NATIVE_SRCS = $(CORE_SRCS) src/main.c
WASM_SRCS   = $(CORE_SRCS) src/wasm.c

NATIVE_DIR = build/native
WASM_DIR   = build/wasm
ASAN_DIR   = build/asan

NATIVE_OBJS = $(patsubst src/%.c,$(NATIVE_DIR)/obj/%.o,$(NATIVE_SRCS))
WASM_OBJS   = $(patsubst src/%.c,$(WASM_DIR)/obj/%.o,$(WASM_SRCS))
ASAN_OBJS   = $(patsubst src/%.c,$(ASAN_DIR)/obj/%.o,$(NATIVE_SRCS))

NATIVE_CFLAGS = $(CSTD) $(WARN) -O2
ASAN_CFLAGS   = $(CSTD) $(WARN) -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer

# edge.wasm is a download: the interpreter's hot path (dispatch, protocol, containers, GC)
# is built for speed, everything else (parser, compiler, text, numbers) for size. Measured
# on this tree: all -O2 gives 162 KB gzipped, this mix 139 KB, all -Os 133 KB.
WASM_OPT_LEVEL = -Os
WASM_HOT = vm call ops dict list tuple gc iter range class function generator
$(foreach f,$(WASM_HOT),$(eval $(WASM_DIR)/obj/$(f).o: WASM_OPT_LEVEL = -O2))
WASM_CFLAGS  = $(CSTD) $(WARN) $(WASM_OPT_LEVEL)
# A standalone module: no JS glue, only the `env` imports declared in src/wasm.c, loaded by
# web/edge.js. Memory starts small for a fast start-up and grows on demand. emcc would
# reject our host_* imports as undefined symbols, so that check is off and WASM_IMPORTS
# below does it instead: any import not on that list is a function the core lacks.
WASM_LDFLAGS = -O2 -sSTANDALONE_WASM --no-entry -Wl,--export-table -sALLOW_TABLE_GROWTH \
               -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=2MB -sTOTAL_STACK=1MB \
               -sERROR_ON_UNDEFINED_SYMBOLS=0 -Wno-undefined
# The imports edge.wasm may have: ours, emscripten's memory-growth notice, and the WASI
# calls libc makes for abort(). web/edge.js provides all of them.
WASM_IMPORTS = env\.(host_write|host_read_line|host_clock|emscripten_notify_memory_growth)|wasi_snapshot_preview1\..*
WASM_OPT_FLAGS = -O3

.PHONY: all native wasm asan test test-asan check-expect bench fmt clean demo

all: native wasm

native: $(NATIVE_DIR)/edge
wasm: $(WASM_DIR)/edge.wasm
asan: $(ASAN_DIR)/edge

$(NATIVE_DIR)/edge: $(NATIVE_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(NATIVE_CFLAGS) -o $@ $^ -lm

$(NATIVE_DIR)/obj/%.o: src/%.c | $(NATIVE_DIR)/obj
	$(call msg,CC,$<)
	$(Q)$(CC) $(CPPFLAGS) $(NATIVE_CFLAGS) -c -o $@ $<

$(ASAN_DIR)/edge: $(ASAN_OBJS)
	$(call msg,LINK,$@)
	$(Q)$(CC) $(ASAN_CFLAGS) -o $@ $^ -lm

$(ASAN_DIR)/obj/%.o: src/%.c | $(ASAN_DIR)/obj
	$(call msg,CC,$<)
	$(Q)$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) -c -o $@ $<

# emcc's output goes through binaryen's optimizer once more; edge.raw.wasm is kept for
# comparing sizes.
$(WASM_DIR)/edge.wasm: $(WASM_DIR)/edge.raw.wasm
	$(call msg,WASMOPT,$@)
	$(Q)$(WASM_OPT) $(WASM_OPT_FLAGS) -o $@ $<

$(WASM_DIR)/edge.raw.wasm: $(WASM_OBJS)
	$(call msg,EMLINK,$@)
	$(Q)rm -f $@; $(EMENV) $(EMCC) $(WASM_LDFLAGS) -o $@ $^ 2>$@.log; status=$$?; \
	sed 's/warning: undefined symbol: host_[a-z_]* ([^)]*)//g' $@.log | grep . >&2; \
	rm -f $@.log; exit $$status
	$(Q)bad=$$($(WASM_OBJDUMP) -x -j Import $@ | sed -n 's/.*<- //p' \
	        | grep -v -x -E '$(WASM_IMPORTS)' || true); \
	if [ -n "$$bad" ]; then \
	    echo "error: undefined symbols (imports edge.wasm must not have):" $$bad >&2; \
	    rm -f $@; exit 1; \
	fi

$(WASM_DIR)/obj/%.o: src/%.c | $(WASM_DIR)/obj
	$(call msg,EMCC,$<)
	$(Q)$(EMENV) $(EMCC) $(CPPFLAGS) $(WASM_CFLAGS) -c -o $@ $<

$(NATIVE_DIR)/obj $(WASM_DIR)/obj $(ASAN_DIR)/obj:
	$(Q)mkdir -p $@

# The test command: what is missing installed first (scripts/setup.sh), then the
# expectations and the tracebacks of tests/tracebacks/ checked against CPython, then every
# Node test (the language corpus on the native build and on edge.wasm, the JS API, the CLI,
# the browser tests). The installer runs before make reads the build's prerequisites,
# hence the second make.
test:
	$(Q)bash scripts/setup.sh
	$(Q)$(MAKE) --no-print-directory run-tests

.PHONY: run-tests setup
run-tests: all
	$(Q)$(PYTHON) tests/check_expect.py
	$(Q)$(PYTHON) tests/check_tracebacks.py
	$(Q)$(NPM) test --silent

# Installs the Debian packages and npm dev dependencies that are missing, nothing else.
setup:
	$(Q)bash scripts/setup.sh

# The language corpus against the sanitizer build instead of the -O2 one.
test-asan: asan wasm
	$(Q)EDGE_NATIVE=$(ASAN_DIR)/edge $(NODE) --test --test-reporter=spec tests/lang.test.mjs

check-expect:
	$(Q)$(PYTHON) tests/check_expect.py
	$(Q)$(PYTHON) tests/check_tracebacks.py

# BENCH_ARGS passes options to bench/run.mjs: make bench BENCH_ARGS="--runs 3 --json out.json".
bench: all
	$(Q)$(NODE) bench/run.mjs $(BENCH_ARGS)

demo: wasm
	$(Q)$(NODE) web/cli.js examples/demo.py

FMT_FILES = $(wildcard src/*.c src/*.h src/include/*.h sdk/*.c sdk/*.h)
fmt:
	$(Q)clang-format -i $(FMT_FILES)

clean:
	$(Q)rm -rf build

-include $(NATIVE_OBJS:.o=.d) $(WASM_OBJS:.o=.d) $(ASAN_OBJS:.o=.d)

# ---- Sanitizers and fuzzing ----

# make test-asan fails on any sanitizer report: UBSan stops at its first finding instead of
# printing and going on, and LeakSanitizer (on by default) fails a run that leaks. Either
# way the program's stderr or exit status no longer match its expectations.
test-asan: export UBSAN_OPTIONS = halt_on_error=1:print_stacktrace=1
test-asan: export ASAN_OPTIONS = detect_leaks=1:abort_on_error=0
# ... and the collector runs at every allocation (vm.h, "The collector's rule"): a value C
# code holds without pinning it is freed at once, and ASan reports its next use.
test-asan: export EDGE_GC_STRESS = alloc
test-asan: export EDGE_TEST_TIMEOUT_MS = 300000

# libFuzzer targets over the core (tests/fuzz/*.c), built with clang, ASan and UBSan (every
# UBSan finding aborts, so libFuzzer records it). The seed corpus is tests/lang/**/*.py,
# copied at build time; what the fuzzers discover stays in build/fuzz/corpus/<target>, and
# what they find in build/fuzz/crashes/<target>-{crash,leak,timeout,oom}-<sha1>.
# `make fuzz` runs each target FUZZ_SECONDS, `make fuzz-smoke` each FUZZ_SMOKE_SECONDS, and
# both fail when a crash or a leak was found; then both run fuzz_host (below). Hangs and running out of memory are listed but
# do not fail them: programs can still hold the VM inside a native call (a slow `**`, a
# loop in a dunder method) beyond any step budget. Reproduce one input with
# `build/fuzz/fuzz_run FILE`.
FUZZ_CC      = clang
FUZZ_DIR     = build/fuzz
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_SECONDS ?= 30
FUZZ_TARGETS = fuzz_compile fuzz_run
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS  = $(CSTD) -Wall -Wextra -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_OBJS    = $(patsubst src/%.c,$(FUZZ_DIR)/obj/%.o,$(CORE_SRCS))
# Fork mode keeps going after a finding (each is saved); 10 s before an input counts as a
# hang; inputs start at libFuzzer's length limit of at least 4 KB and grow from the seeds.
FUZZ_FLAGS   = -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
               -dict=tests/fuzz/python.dict -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_ENV     = UBSAN_OPTIONS=print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1

.PHONY: fuzz fuzz-smoke fuzz-build

fuzz-build: $(addprefix $(FUZZ_DIR)/,$(FUZZ_TARGETS)) $(FUZZ_DIR)/seeds/.stamp

$(addprefix $(FUZZ_DIR)/,$(FUZZ_TARGETS)): $(FUZZ_DIR)/%: tests/fuzz/%.c $(FUZZ_OBJS)
	$(call msg,FUZZLINK,$@)
	$(Q)$(FUZZ_CC) -Isrc $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ -lm

$(FUZZ_DIR)/obj/%.o: src/%.c | $(FUZZ_DIR)/obj
	$(call msg,FUZZCC,$<)
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

# One flat folder of seeds; a program's path becomes its name (tests/lang/a/b.py -> a_b.py).
$(FUZZ_DIR)/seeds/.stamp: $(shell find tests/lang -name '*.py' 2>/dev/null)
	$(call msg,SEEDS,$(FUZZ_DIR)/seeds)
	$(Q)rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds && \
	find tests/lang -name '*.py' | while read -r f; do \
	    n=$${f#tests/lang/}; cp "$$f" "$(FUZZ_DIR)/seeds/$$(echo "$$n" | tr / _)"; done && touch $@

$(FUZZ_DIR)/obj:
	$(Q)mkdir -p $@

# Runs each target for $(1) seconds on its corpus folder plus the seeds, then lists what it
# found; any crash or leak fails the run, after the report that goes with it.
fuzz_run_all = $(Q)mkdir -p $(FUZZ_DIR)/crashes $(addprefix $(FUZZ_DIR)/corpus/,$(FUZZ_TARGETS)) && \
	status=0; for t in $(FUZZ_TARGETS); do \
	    echo "  FUZZ    $$t for $(1) s"; \
	    touch $(FUZZ_DIR)/$$t.start; \
	    $(FUZZ_ENV) $(FUZZ_DIR)/$$t $(FUZZ_FLAGS) -max_total_time=$(1) \
	        -artifact_prefix=$(FUZZ_DIR)/crashes/$$t- \
	        $(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/seeds >$(FUZZ_DIR)/$$t.log 2>&1; \
	    grep -E '^\#[0-9]+: cov' $(FUZZ_DIR)/$$t.log | tail -n 1 | sed 's/^/          /'; \
	    found=$$(find $(FUZZ_DIR)/crashes -name "$$t-*" -newer $(FUZZ_DIR)/$$t.start); \
	    for f in $$found; do echo "          found $$f"; done; \
	    if echo "$$found" | grep -qE -- '-(crash|leak)-'; then \
	        grep -E -A30 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' \
	            $(FUZZ_DIR)/$$t.log | head -n 60 >&2; \
	        echo "fuzz: $$t found a crash (log: $(FUZZ_DIR)/$$t.log)" >&2; status=1; \
	    fi; \
	done; exit $$status

fuzz: fuzz-build wasm
	$(call fuzz_run_all,$(FUZZ_SECONDS))
	$(Q)$(call fuzz_host,$(FUZZ_HOST_ITERATIONS))

fuzz-smoke: fuzz-build wasm
	$(call fuzz_run_all,$(FUZZ_SMOKE_SECONDS))
	$(Q)$(call fuzz_host,$(FUZZ_HOST_SMOKE_ITERATIONS))

# The host's inputs (tests/fuzz/fuzz_host.mjs): random and mutated packages.json files,
# lockfiles and bundles, and JSON for the reader all three go through, on edge.wasm. A
# fixed seed and count, so every run tries the same inputs (FUZZ_HOST_SEED=n for others);
# a finding is saved in build/fuzz/crashes/host-* and fails the run. 10,000 inputs take
# some 10 s.
FUZZ_HOST_ITERATIONS ?= 100000
FUZZ_HOST_SMOKE_ITERATIONS ?= 10000
FUZZ_HOST_SEED ?= 1
fuzz_host = echo "  FUZZ    fuzz_host, $(1) inputs" && \
	$(NODE) tests/fuzz/fuzz_host.mjs --iterations $(1) --seed $(FUZZ_HOST_SEED) --out $(FUZZ_DIR)/crashes

-include $(FUZZ_OBJS:.o=.d)

# ---- Native modules: the SDK's examples and the standard modules (make sdk) ----
# The reference module is built twice, by emcc (with a C library) and by clang alone
# (--target=wasm32 -nostdlib), the WAT example by wat2wasm, into build/sdk/. The standard
# modules go to build/modules/: math.wasm (emcc, for musl's libm), random.wasm and re.wasm (clang),
# the Python halves math.py and random.py that `import math` and `import random` load, and
# the pure-Python modules (collections.py, itertools.py, ...): every modules/*.py is copied
# (modules/README.md); all.json holds them all, for hosts that inline them. A module may import nothing but emcc's memory-growth notice, which
# hosts stub (sdk/ABI.md); each build checks.
CLANG       = clang
WAT2WASM    = wat2wasm
SDK_DIR     = build/sdk
MODULES_DIR = build/modules
SDK_CFLAGS  = $(CSTD) $(WARN) -O2
SDK_EMFLAGS = --no-entry -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH -sINITIAL_MEMORY=128KB -sTOTAL_STACK=32KB
SDK_CLANGFLAGS = --target=wasm32 -nostdlib -Wl,--no-entry -Wl,--export-dynamic
SDK_IMPORTS = env\.emscripten_notify_memory_growth

SDK_EMCC_OUT  = $(SDK_DIR)/reference.emcc.wasm $(MODULES_DIR)/math.wasm
SDK_CLANG_OUT = $(SDK_DIR)/reference.clang.wasm $(MODULES_DIR)/random.wasm $(MODULES_DIR)/re.wasm
STD_PY  = $(patsubst modules/%.py,$(MODULES_DIR)/%.py,$(wildcard modules/*.py))
STD_ALL = $(MODULES_DIR)/all.json
SDK_OUT = $(SDK_EMCC_OUT) $(SDK_CLANG_OUT) $(SDK_DIR)/wat_module.wasm $(STD_PY) $(STD_ALL)

.PHONY: sdk
sdk: $(SDK_OUT)
all: sdk

$(SDK_DIR)/reference.emcc.wasm $(SDK_DIR)/reference.clang.wasm: sdk/examples/reference.c
$(MODULES_DIR)/math.wasm: modules/math.c
$(MODULES_DIR)/random.wasm: modules/random.c
$(MODULES_DIR)/re.wasm: modules/re.c modules/re_tables.h
# -Os: 41 KB instead of -O2's 57, no slower on bench/regex_logs.py (modules/README.md).
$(MODULES_DIR)/re.wasm: SDK_CFLAGS = $(CSTD) $(WARN) -Os

# Fails the build (and removes the module) when it imports anything but SDK_IMPORTS.
sdk_check_imports = bad=$$($(WASM_OBJDUMP) -x -j Import $(1) 2>/dev/null | sed -n 's/.*<- //p' \
	        | grep -v -x -E '$(SDK_IMPORTS)' || true); \
	if [ -n "$$bad" ]; then echo "error: $(1) imports" $$bad >&2; rm -f $(1); exit 1; fi

$(SDK_EMCC_OUT): sdk/edge_sdk.h | $(SDK_DIR) $(MODULES_DIR)
	$(call msg,EMCC,$@)
	$(Q)$(EMENV) $(EMCC) $(SDK_CFLAGS) $(SDK_EMFLAGS) -o $@ $(filter %.c,$^)
	$(Q)$(call sdk_check_imports,$@)

$(SDK_CLANG_OUT): sdk/edge_sdk.h | $(SDK_DIR) $(MODULES_DIR)
	$(call msg,CLANG,$@)
	$(Q)$(CLANG) $(SDK_CFLAGS) $(SDK_CLANGFLAGS) -o $@ $(filter %.c,$^)
	$(Q)$(call sdk_check_imports,$@)

$(SDK_DIR)/%.wasm: sdk/examples/%.wat | $(SDK_DIR)
	$(call msg,WAT,$@)
	$(Q)$(WAT2WASM) -o $@ $<

$(MODULES_DIR)/%.py: modules/%.py | $(MODULES_DIR)
	$(call msg,CP,$@)
	$(Q)cp $< $@

# Every standard module in one JSON file, for hosts that inline them (README, Modules).
$(STD_ALL): scripts/modules-json.mjs $(STD_PY) $(MODULES_DIR)/math.wasm $(MODULES_DIR)/random.wasm $(MODULES_DIR)/re.wasm
	$(call msg,JSON,$@)
	$(Q)$(NODE) scripts/modules-json.mjs $(MODULES_DIR)

$(SDK_DIR) $(MODULES_DIR):
	$(Q)mkdir -p $@

FMT_FILES += $(wildcard sdk/examples/*.c modules/*.c)

# The playground (playground/): installs what is missing (scripts/setup.sh), builds
# everything, bundles the playground into build/playground/ (it works offline from there)
# and serves it on http://127.0.0.1:8000 (PORT=... to change). `npm start` runs this target.
.PHONY: serve playground
serve:
	$(Q)bash scripts/setup.sh
	$(Q)$(MAKE) --no-print-directory playground
	$(Q)$(NODE) playground/serve.mjs

playground: all
	$(call msg,BUNDLE,build/playground)
	$(Q)$(NODE) playground/build.mjs
