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

# jsmn.h comes from Debian's libjsmn-dev in /usr/include; emcc searches its own sysroot
# first and falls back to /usr/include only for headers the sysroot lacks.
# edge.wasm is a download: the interpreter's hot path (dispatch, protocol, containers, GC)
# is built for speed, everything else (parser, compiler, text, numbers) for size. Measured
# on this tree: all -O2 gives 162 KB gzipped, this mix 139 KB, all -Os 133 KB.
WASM_OPT_LEVEL = -Os
WASM_HOT = vm ops dict list tuple gc iter range class
$(foreach f,$(WASM_HOT),$(eval $(WASM_DIR)/obj/$(f).o: WASM_OPT_LEVEL = -O2))
WASM_CFLAGS  = $(CSTD) $(WARN) $(WASM_OPT_LEVEL) -idirafter /usr/include
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

# The test command: the expectations checked against CPython, then every Node test
# (the language corpus on the native build and on edge.wasm, the JS API and the CLI).
test: all
	$(Q)$(PYTHON) tests/check_expect.py
	$(Q)$(NPM) test --silent

# The language corpus against the sanitizer build instead of the -O2 one.
test-asan: asan wasm
	$(Q)EDGE_NATIVE=$(ASAN_DIR)/edge $(NODE) --test --test-reporter=spec tests/lang.test.mjs

check-expect:
	$(Q)$(PYTHON) tests/check_expect.py

bench: all
	$(Q)$(NODE) bench/run.mjs

demo: wasm
	$(Q)$(NODE) web/cli.js examples/demo.py

FMT_FILES = $(wildcard src/*.c src/*.h src/include/*.h sdk/*.c sdk/*.h)
fmt:
	$(Q)clang-format -i $(FMT_FILES)

clean:
	$(Q)rm -rf build

-include $(NATIVE_OBJS:.o=.d) $(WASM_OBJS:.o=.d) $(ASAN_OBJS:.o=.d)
