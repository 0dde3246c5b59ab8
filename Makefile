# rdb: build, test, demo, deps, install, bench.
#   make            build build/rdb and build/librdb.a
#   make test       install missing deps, build, run every test
#   make SAN=1 test the same under AddressSanitizer + UBSan (in build-san/)
#   make demo       install deps, build, walk through the main workflow
#   make deps       install missing Debian packages (as root) or print the apt line
#   make install PREFIX=/usr/local
#   make bench      run the benchmarks in bench/

PREFIX  ?= /usr/local
SAN     ?= 0
CC      ?= cc
OPT     ?= -O2
V       ?= 0

ifeq ($(SAN),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT      = -O1
else
BUILD   ?= build
SANFLAGS =
endif

WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-missing-field-initializers
PG_INC  := $(shell pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
CPPFLAGS += -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -I$(PG_INC)
CFLAGS  += -std=c11 -g $(OPT) $(WARN) $(SANFLAGS) -MMD -MP
LDFLAGS += $(SANFLAGS)
LDLIBS  += -ldl -pthread -lm

VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)
CPPFLAGS += -DRDB_VERSION='"$(VERSION)"'

LIB_SRCS := $(sort $(wildcard src/util/*.c src/psl/*.c src/schema/*.c src/project/*.c \
              src/sql/*.c src/sql/pg/*.c src/migrate/*.c src/localdb/*.c src/runtime/*.c \
              src/codegen/*.c))
CLI_SRCS := $(sort $(wildcard src/cli/*.c))
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
CLI_OBJS := $(CLI_SRCS:%.c=$(BUILD)/obj/%.o)
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRCS := $(sort $(wildcard tests/tools/*.c))
TOOL_BINS := $(TOOL_SRCS:tests/tools/%.c=$(BUILD)/tests/%)
CONF_SRCS := $(sort $(wildcard tests/conformance/*.c))
CONF_BINS := $(CONF_SRCS:tests/conformance/%.c=$(BUILD)/tests/%)

ifeq ($(V),1)
Q =
else
Q = @
endif

.PHONY: all test check demo deps install uninstall bench clean fuzz format-code
all: $(BUILD)/rdb $(BUILD)/librdb.a

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/librdb.a: $(LIB_OBJS)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/rdb: $(CLI_OBJS) $(BUILD)/librdb.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $(CLI_OBJS) $(BUILD)/librdb.a $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(BUILD)/obj/tests/unit/t.o $(BUILD)/librdb.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $< $(BUILD)/obj/tests/unit/t.o $(BUILD)/librdb.a $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/conformance/%.o $(BUILD)/obj/tests/unit/t.o $(BUILD)/librdb.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $< $(BUILD)/obj/tests/unit/t.o $(BUILD)/librdb.a $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/tools/%.o $(BUILD)/librdb.a
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $< $(BUILD)/librdb.a $(LDLIBS)

test-bins: $(BUILD)/rdb $(UNIT_BINS) $(TOOL_BINS) $(CONF_BINS)

deps:
	@scripts/deps.sh

test: deps
	@$(MAKE) --no-print-directory test-bins
	@BUILD=$(BUILD) SAN=$(SAN) tests/run.sh

check: test

demo: deps
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) scripts/demo.sh

bench: all
	@BUILD=$(BUILD) bench/cli.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/rdb
	install -m 755 $(BUILD)/rdb $(DESTDIR)$(PREFIX)/bin/rdb
	install -m 644 $(BUILD)/librdb.a $(DESTDIR)$(PREFIX)/lib/librdb.a
	install -m 644 include/rdb/*.h $(DESTDIR)$(PREFIX)/include/rdb/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/rdb $(DESTDIR)$(PREFIX)/lib/librdb.a
	rm -rf $(DESTDIR)$(PREFIX)/include/rdb

clean:
	rm -rf build build-san build-fuzz

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
.SECONDARY:
