# nato_news: build with PGXS; `make demo`, `make test` and `make bench` first install
# whatever the machine lacks (scripts/install-deps.sh), so they work on a fresh Debian 12.

EXTENSION   = nato_news
EXTVERSION  = 1.4
MODULE_big  = nato_news

# The pure C core (no PostgreSQL headers) and the PostgreSQL glue around it.
CORE_SRCS   = $(sort $(wildcard src/core/*.c))
GLUE_SRCS   = $(sort $(wildcard src/*.c))
OBJS        = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# Version 1.0 shipped: its install script is frozen as nato_news--1.0.sql. Each later
# version is an upgrade script assembled from update/VERSION/*.sql (one file per feature,
# in name order); CREATE EXTENSION runs 1.0 and then the upgrades, so a new database and
# an upgraded one are built by the same SQL. A shipped version's folder is frozen too
# (1.1, 1.2 and 1.3 shipped: update/1.1/, update/1.2/ and update/1.3/ are never edited;
# changes go to the next version's folder).
UPDATE_PARTS_1_1 = $(sort $(wildcard update/1.1/*.sql))
UPDATE_PARTS_1_2 = $(sort $(wildcard update/1.2/*.sql))
UPDATE_PARTS_1_3 = $(sort $(wildcard update/1.3/*.sql))
UPDATE_PARTS_1_4 = $(sort $(wildcard update/1.4/*.sql))
DATA_built  = $(EXTENSION)--1.0--1.1.sql $(EXTENSION)--1.1--1.2.sql $(EXTENSION)--1.2--1.3.sql \
              $(EXTENSION)--1.3--1.4.sql
DATA        = $(EXTENSION)--1.0.sql

# pg_regress: every sql/NAME.sql with expected/NAME.out, in name order.
REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --encoding=UTF8 --no-locale --load-extension=$(EXTENSION)

NN_WARNINGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
# libxml2 reads HTML pages (src/core/html_reader.c).
XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
XML_LIBS   := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
PG_CPPFLAGS = -Isrc -Isrc/core $(ICU_CFLAGS) $(XML_CFLAGS) $(NN_WARNINGS) -DNN_EXTVERSION='"$(EXTVERSION)"'
SHLIB_LINK  = $(ICU_LIBS) $(XML_LIBS)
EXTRA_CLEAN = $(DATA_built) test/unit/*.o test/unit/run_unit fuzz/*_fuzzer bench/out bench/parse_bench

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "pg_config not found: run 'make deps' (or 'make test' / 'make demo', which do it)" >&2
	@exit 1
endif

$(EXTENSION)--1.0--1.1.sql: $(UPDATE_PARTS_1_1)
	printf '%s\n' '\echo Use "ALTER EXTENSION nato_news UPDATE" to load this file. \quit' > $@
	cat $(UPDATE_PARTS_1_1) >> $@

$(EXTENSION)--1.1--1.2.sql: $(UPDATE_PARTS_1_2)
	printf '%s\n' '\echo Use "ALTER EXTENSION nato_news UPDATE" to load this file. \quit' > $@
	cat $(UPDATE_PARTS_1_2) >> $@

$(EXTENSION)--1.2--1.3.sql: $(UPDATE_PARTS_1_3)
	printf '%s\n' '\echo Use "ALTER EXTENSION nato_news UPDATE" to load this file. \quit' > $@
	cat $(UPDATE_PARTS_1_3) >> $@

$(EXTENSION)--1.3--1.4.sql: $(UPDATE_PARTS_1_4)
	printf '%s\n' '\echo Use "ALTER EXTENSION nato_news UPDATE" to load this file. \quit' > $@
	cat $(UPDATE_PARTS_1_4) >> $@

# Headers are few and shared; rebuild everything when one changes.
$(OBJS): $(wildcard src/*.h src/core/*.h)
# The library reports the version it was built for (NN_EXTVERSION).
src/nato_news.o: Makefile

.PHONY: deps demo test unit bench bench-parse fuzz
deps:
	@bash scripts/install-deps.sh

demo: deps
	@bash scripts/demo.sh

test: deps
	@bash scripts/run-tests.sh

# C unit tests of the pure core: no server needed.
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
test/unit/run_unit: $(UNIT_SRCS) test/unit/unit.h test/unit/run_unit.c test/unit/unit_triggers.c test/unit/unit_triggers.h test/unit/unit_words.c test/unit/unit_words.h $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) -O1 -g -std=gnu99 $(NN_WARNINGS) -Werror -Isrc/core $(XML_CFLAGS) -o $@ test/unit/run_unit.c test/unit/unit_triggers.c test/unit/unit_words.c $(UNIT_SRCS) $(CORE_SRCS) $(ICU_LIBS) $(XML_LIBS) -lm

unit: test/unit/run_unit
	./test/unit/run_unit

bench: deps
	@bash scripts/bench.sh

# The article parser alone over text files, best of many passes, with a checksum of its
# output (bench/parse_bench.c): PARSE_FILES defaults to the dev corpus beside the repo,
# else the sample corpus.
PARSE_FILES ?= $(or $(wildcard ../shared/corpus/dev/*.txt),$(wildcard sample/*.txt))
PARSE_ROUNDS ?= 50
bench/parse_bench: bench/parse_bench.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) -O2 -g -std=gnu99 $(NN_WARNINGS) -Werror -Isrc/core $(XML_CFLAGS) -o $@ bench/parse_bench.c $(CORE_SRCS) $(ICU_LIBS) $(XML_LIBS) -lm
bench-parse: bench/parse_bench
	@./bench/parse_bench $(PARSE_ROUNDS) $(PARSE_FILES)

# libFuzzer harnesses of the core parsers (clang), then sqlsmith against a throwaway
# cluster; `make fuzz FUZZ_SECONDS=60 SQLSMITH_SECONDS=120`.
SQLSMITH_SECONDS ?= 120
fuzz:
	@SQLSMITH_SECONDS=$(SQLSMITH_SECONDS) bash scripts/fuzz.sh

# Timeline pictures in headless Chromium (skipped when chromium is not installed).
.PHONY: test-browser
test-browser:
	@bash scripts/test-browser.sh
