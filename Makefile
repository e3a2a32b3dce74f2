# mivet - build, run and test.  `make run` and `make test` also install any
# missing Debian packages (scripts/install-deps.sh).

CC      ?= cc
CXX     ?= c++
PKGS    := sqlite3 jansson libhs simdjson yaml-0.1
CLI_PKGS := libmicrohttpd libcurl
CFLAGS  ?= -O2 -g
# snprintf truncation into fixed report fields is intended: no warning for it
WARN    := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-missing-field-initializers -Wno-format-truncation
# the one C++ file (src/json_fast.cc, over simdjson): no exceptions, no RTTI
CXXWARN := -std=c++17 -Wall -Wextra -Wshadow -fno-exceptions -fno-rtti -DSIMDJSON_EXCEPTIONS=0
ASAN    := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ifeq ($(CI),true)
WARN    += -Werror
CXXWARN += -Werror
endif
CPPFLAGS := -D_GNU_SOURCE -Iinclude -Isrc
B       := build
# NONCOMMERCIAL=no leaves out the MobileModels table (CC BY-NC-SA).
NONCOMMERCIAL ?= yes

LIB_SRC := $(filter-out src/db_embed.S,$(wildcard src/*.c))
LIB_CXX := $(wildcard src/*.cc)
CLI_SRC := $(wildcard src/cli/*.c)
DATA    := $(filter-out $(if $(filter no,$(NONCOMMERCIAL)),data/models_nc.tsv,),$(wildcard data/*.tsv))

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lstdc++

.PHONY: all run examples test e2e test-unit test-asan fuzz bench deps deps-test data clean lint install uninstall deb

all: $(B)/mivet

deps: $(B)/.deps-build
$(B)/.deps-build: scripts/install-deps.sh
	@mkdir -p $(B)
	@sh scripts/install-deps.sh build
	@touch $@
deps-test: $(B)/.deps-test
$(B)/.deps-test: scripts/install-deps.sh
	@mkdir -p $(B)
	@sh scripts/install-deps.sh test
	@touch $@

# ------------------------------------------------------------ the database
$(B)/mkdb: tools/mkdb.c src/derived.c src/tsv.c src/buf.c src/strutil.c src/phrases.c src/listing_signals.c src/listing_goods.c src/name_trie.c src/status.c src/internal.h | $(B)/.deps-build
	$(CC) $(CPPFLAGS) $(WARN) -O2 $(PKG_CFLAGS) -o $@ $(filter %.c,$^) $(PKG_LIBS)

$(B)/mivet.db: $(B)/mkdb $(DATA)
	$(B)/mkdb $@.tmp $(DATA) && mv $@.tmp $@

# ------------------------------------------------------------ the library and program
# $(1) = build flavour directory, $(2) = extra CFLAGS
define flavour
$(B)/$(1)/%.o: src/%.c | $(B)/.deps-build
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CPPFLAGS) $$(WARN) $$(CFLAGS) $(2) $$(PKG_CFLAGS) -MMD -MP -c -o $$@ $$<
$(B)/$(1)/%.o: src/%.cc | $(B)/.deps-build
	@mkdir -p $$(dir $$@)
	$$(CXX) $$(CPPFLAGS) $$(CXXWARN) $$(CFLAGS) $(2) $$(PKG_CFLAGS) -MMD -MP -c -o $$@ $$<
$(B)/$(1)/db_embed.o: src/db_embed.S $(B)/mivet.db web/messages.json
	@mkdir -p $$(dir $$@)
	$$(CC) -c -DMV_DB_PATH='"$(B)/mivet.db"' -DMV_MESSAGES_PATH='"web/messages.json"' -o $$@ $$<
$(B)/$(1)/libmivet.a: $(patsubst src/%.c,$(B)/$(1)/%.o,$(LIB_SRC)) $(patsubst src/%.cc,$(B)/$(1)/%.o,$(LIB_CXX)) $(B)/$(1)/db_embed.o
	$$(AR) rcs $$@ $$^
endef

$(eval $(call flavour,rel,))
$(eval $(call flavour,asan,$(ASAN)))
# the headers each object was built from, as the compiler found them
-include $(wildcard $(B)/rel/*.d $(B)/rel/cli/*.d $(B)/asan/*.d $(B)/asan/cli/*.d)

# the page `mivet serve` shows, inside the program
# (its words in every language, web/messages.json, put in its script)
$(B)/index.html: web/index.html web/messages.json
	@mkdir -p $(B)
	@{ sed '/^\/\* messages \*\/$$/,$$d' web/index.html; printf 'const catalogs = '; cat web/messages.json; \
	   printf ';\n'; sed '1,/^\/\* messages \*\/$$/d' web/index.html; } >$@
$(B)/page_embed.o: src/cli/page_embed.S $(B)/index.html
	@mkdir -p $(B)
	$(CC) -c -DMV_PAGE_PATH='"$(B)/index.html"' -o $@ $<
CLI_LIBS = $(shell pkg-config --libs $(CLI_PKGS)) -lpthread
$(B)/rel/cli/cmd_serve.o $(B)/asan/cli/cmd_serve.o $(B)/rel/cli/cmd_update.o $(B)/asan/cli/cmd_update.o: PKG_CFLAGS += $(shell pkg-config --cflags $(CLI_PKGS))

$(B)/mivet: $(patsubst src/%.c,$(B)/rel/%.o,$(CLI_SRC)) $(B)/page_embed.o $(B)/rel/libmivet.a
	$(CC) $(CFLAGS) -o $@ $^ $(PKG_LIBS) $(CLI_LIBS) -lm
$(B)/mivet-asan: $(patsubst src/%.c,$(B)/asan/%.o,$(CLI_SRC)) $(B)/page_embed.o $(B)/asan/libmivet.a
	$(CC) $(ASAN) -o $@ $^ $(PKG_LIBS) $(CLI_LIBS) -lm

# ------------------------------------------------------------ run
# the main job: the web page on http://127.0.0.1:8080/ (PORT=n for another)
PORT ?= 8080
run: $(B)/mivet
	./$(B)/mivet serve --port $(PORT)

# a few real examples through the CLI
EXAMPLES := V14.0.4.0.TKHEUXM 'MIUI Global 12.5.1 Stable 12.5.1.0(RKHMIXM)' \
            2211133G M2012K11AC 'Global ROM V14.0.6.0.TMRCNXM' tests/golden/props/selene-cn-hw-global-rom.getprop.txt
examples: $(B)/mivet
	@for x in $(EXAMPLES); do echo "\$$ mivet identify '$$x'"; ./$(B)/mivet identify "$$x"; echo; done

# ------------------------------------------------------------ tests
TEST_BINS := $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/test_*.c))
TEST_ASAN := $(patsubst tests/unit/%.c,$(B)/tests-asan/%,$(wildcard tests/unit/test_*.c))

$(B)/tests/%: tests/unit/%.c tests/unit/harness.h $(B)/rel/libmivet.a | $(B)/.deps-test
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -o $@ $< $(B)/rel/libmivet.a $(PKG_LIBS) -lcmocka -lm
$(B)/tests-asan/%: tests/unit/%.c tests/unit/harness.h $(B)/asan/libmivet.a | $(B)/.deps-test
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(ASAN) $(PKG_CFLAGS) -o $@ $< $(B)/asan/libmivet.a $(PKG_LIBS) -lcmocka -lm

# the browser test needs chromium and playwright-core (npm); E2E=no leaves it out
E2E ?= yes
$(B)/.deps-e2e: scripts/install-deps.sh tests/e2e/package-lock.json
	@mkdir -p $(B)
	@sh scripts/install-deps.sh e2e
	@cd tests/e2e && npm ci --no-audit --no-fund --silent
	@touch $@
test: $(B)/.deps-test $(if $(filter yes,$(E2E)),$(B)/.deps-e2e) $(B)/mivet $(B)/mivet-asan $(TEST_BINS) $(TEST_ASAN)
	@E2E=$(E2E) LC_ALL=C sh tests/run.sh $(B)

# ------------------------------------------------------------ fuzzing
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 60
$(B)/.deps-fuzz: scripts/install-deps.sh
	@mkdir -p $(B)
	@sh scripts/install-deps.sh fuzz
	@touch $@
FUZZ_FLAGS := -g -O1 -fsanitize=fuzzer,address,undefined
$(B)/fuzz/json_fast.o: src/json_fast.cc src/json_fast.h | $(B)/.deps-fuzz
	@mkdir -p $(dir $@)
	clang++ $(CPPFLAGS) $(CXXWARN) -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function $(PKG_CFLAGS) -c -o $@ $<
$(B)/fuzz/%: tests/fuzz/%.c $(LIB_SRC) src/db_embed.S $(B)/mivet.db web/messages.json $(B)/fuzz/json_fast.o | $(B)/.deps-fuzz
	@mkdir -p $(dir $@)
	clang $(CPPFLAGS) $(FUZZ_FLAGS) $(PKG_CFLAGS) -DMV_DB_PATH='"$(B)/mivet.db"' -DMV_MESSAGES_PATH='"web/messages.json"' -o $@ $< $(LIB_SRC) src/db_embed.S $(B)/fuzz/json_fast.o $(PKG_LIBS) -lm
fuzz: $(patsubst %,$(B)/fuzz/%,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(B)/fuzz/corpus-$$t; \
		echo "fuzz: $$t for $(FUZZ_SECONDS)s"; \
		$(B)/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -artifact_prefix=$(B)/fuzz/$$t- \
			$(B)/fuzz/corpus-$$t tests/fuzz/seeds/$$t >$(B)/fuzz/$$t.log 2>&1 || \
			{ grep -E '^==[0-9]+==ERROR|^ +#[0-9]+ .* in (mv_|LLVM)|^SUMMARY|^Base64' $(B)/fuzz/$$t.log | head -40; \
			  echo "fuzz: $$t failed"; exit 1; }; \
		grep -E '^Done [0-9]+ runs' $(B)/fuzz/$$t.log; \
	done

# ------------------------------------------------------------ benchmarks
bench: $(B)/mivet
	@sh scripts/install-deps.sh bench
	@sh bench/identify.sh $(B)/mivet
	@sh bench/serve.sh $(B)/mivet

# ------------------------------------------------------------ data refresh
data:
	python3 scripts/derive-data.py

lint:
	@! grep -nE '\b(atoi|sprintf|strcpy|strcat|gets|strtok|strtok_r)\(' src/*.c src/cli/*.c tools/*.c || { echo "lint: banned call"; exit 1; }

clean:
	rm -rf $(B)

# ------------------------------------------------------------ install
# make install [PREFIX=/usr/local] [DESTDIR=]: the program (its data and page
# are inside it), the manual and the desktop menu's entry that opens the page
# (docs/mivet.desktop); make uninstall takes them away.  make deb: the same
# as a Debian package, build/mivet_VERSION_ARCH.deb (scripts/make-deb.sh).
PREFIX  ?= /usr/local
BINDIR  := $(DESTDIR)$(PREFIX)/bin
MANDIR  := $(DESTDIR)$(PREFIX)/share/man/man1
APPDIR  := $(DESTDIR)$(PREFIX)/share/applications
install: $(B)/mivet
	install -d $(BINDIR) $(MANDIR) $(APPDIR)
	install -m 755 $(B)/mivet $(BINDIR)/mivet
	install -m 644 docs/mivet.1 $(MANDIR)/mivet.1
	install -m 644 docs/mivet.desktop $(APPDIR)/mivet.desktop
uninstall:
	rm -f $(BINDIR)/mivet $(MANDIR)/mivet.1 $(APPDIR)/mivet.desktop
deb: $(B)/mivet
	@sh scripts/make-deb.sh $(B)/mivet $(B)
