# retort: one non-recursive Makefile.  Objects and generated sources go to
# build/; an ASan/UBSan build of the same sources goes to build/asan/; the
# library as it is installed (libretort.so, libretort.a, the public
# headers) to build/lib/ and build/include/.  Honours CC, CFLAGS, LDFLAGS,
# HARDEN, HARDEN_LD, PREFIX, LIBDIR, DESTDIR; quiet unless V=1.

CC      ?= cc
FLEX    ?= flex
BISON   ?= bison
OBJCOPY ?= objcopy
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
LIBDIR  ?= $(PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

# The release, read from its one place, src/retort.h; ABI is the shared
# library's number (its soname), changed only by a release that breaks
# the ABI, not by every release.
VERSION := $(shell sed -n 's/^.define RETORT_VERSION "\(.*\)"$$/\1/p' src/retort.h)
ABI      = 0
SONAME   = libretort.so.$(ABI)
SHLIB    = build/lib/libretort.so.$(VERSION)

WARN    = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
          -Wmissing-prototypes -Wformat=2 -Wvla
ifeq ($(CI),true)
WARN   += -Werror
endif
ifeq ($(WERROR),1)
WARN   += -Werror
endif
CFLAGS  ?= -O2 -g
# Hardening of the normal build (not the sanitizer builds): a stack
# protector, glibc's checked functions, and a read-only GOT bound at start.
# Each may be overridden, or emptied: make HARDEN= HARDEN_LD=
HARDEN    ?= -fstack-protector-strong -D_FORTIFY_SOURCE=2
HARDEN_LD ?= -Wl,-z,relro -Wl,-z,now
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -Isrc -Ibuild/gen $(DB_CFLAGS) $(CPPFLAGS)
INIH_LIBS := $(shell pkg-config --libs inih 2>/dev/null || echo -linih)
# The runner's drivers: SQLite always; PostgreSQL and MySQL/MariaDB when
# pkg-config finds their client libraries.
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
# Nettle, for the SHA-256 of the scripts --split writes.
NETTLE_LIBS := $(shell pkg-config --libs nettle 2>/dev/null || echo -lnettle)
# Their libraries are not linked: the driver loads one (dlopen) when a URL
# first needs it, by the soname the -dev package's libfoo.so names, so no
# offline command pays for loading libpq, libmariadb and what they bring
# (TLS, Kerberos, LDAP): bench/README.md has the figures.
PQ_LIBS    := $(shell pkg-config --libs libpq 2>/dev/null)
MARIA_LIBS := $(shell pkg-config --libs libmariadb 2>/dev/null)
soname_of   = $(or $(shell objdump -p "$$(pkg-config --variable=libdir $(1))/$(2).so" \
                    2>/dev/null | awk '$$1 == "SONAME" { print $$2 }'),$(2).so.$(3))
DB_CFLAGS  := $(shell pkg-config --cflags sqlite3 2>/dev/null)
DB_SRC_OUT :=
ifneq ($(PQ_LIBS),)
DB_CFLAGS  += -DHAVE_LIBPQ -DRETORT_LIBPQ='"$(call soname_of,libpq,libpq,5)"' \
              $(shell pkg-config --cflags libpq)
else
DB_SRC_OUT += src/db_postgresql.c
endif
ifneq ($(MARIA_LIBS),)
DB_CFLAGS  += -DHAVE_MARIADB -DRETORT_LIBMARIADB='"$(call soname_of,libmariadb,libmariadb,3)"' \
              $(shell pkg-config --cflags libmariadb)
else
DB_SRC_OUT += src/db_mysql.c
endif
LIBS    = $(INIH_LIBS) $(SQLITE_LIBS) $(NETTLE_LIBS) -pthread
ASAN    = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# The normal build's objects go into the shared library too: position
# independent, and every name hidden but the API's (RETORT_API, retort.h).
LIB_CFLAGS = -fPIC -fvisibility=hidden

ifeq ($(V),1)
Q =
else
Q = @
endif

LIB_SRC = $(filter-out src/main.c $(DB_SRC_OUT),$(wildcard src/*.c)) $(wildcard dialects/*.c)
# The generated scanners and parsers: the migration language's, and the
# Python one `retort import` reads Alembic revisions with.
# parser_nolac is the first without LAC (parse_file says why).
GEN_NAMES = parser parser_nolac lexer py_parser py_lexer
GEN_SRC = $(patsubst %,build/gen/%.c,$(GEN_NAMES))
LIB_OBJ = $(patsubst %.c,build/%.o,$(LIB_SRC)) $(patsubst %,build/gen/%.o,$(GEN_NAMES))
ASAN_OBJ = $(patsubst %.c,build/asan/%.o,$(LIB_SRC)) $(patsubst %,build/asan/gen/%.o,$(GEN_NAMES))
TSAN_OBJ = $(patsubst %.c,build/tsan/%.o,$(LIB_SRC) src/main.c) \
           $(patsubst %,build/tsan/gen/%.o,$(GEN_NAMES))
# The generated headers must exist before anything compiles (order-only);
# which objects a change to one of them rebuilds is for the dependency
# files (-MMD) to say, so a grammar change does not rebuild every object.
GEN_H   = build/gen/parser.h build/gen/parser_nolac.h build/gen/lexer.h build/gen/keyhash.h \
          build/gen/py_parser.h build/gen/py_lexer.h
DEPS    = $(patsubst %.o,%.d,$(LIB_OBJ) $(ASAN_OBJ) $(TSAN_OBJ) build/src/main.o \
	    build/asan/src/main.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,build/tests/%,$(UNIT_SRC))
UNIT_ASAN_BIN = $(patsubst tests/unit/%.c,build/asan/tests/%,$(UNIT_SRC))

# The installed headers: retort.h and the two it includes, no other.
PUBLIC_H = src/retort.h src/retort_types.h src/status.h
PUBLIC_H_BUILD = $(patsubst src/%,build/include/retort/%,$(PUBLIC_H))

.PHONY: all check test check-layers unit asan tsan tools fuzz-build fuzz golden-update demo \
        bench bench-runner install uninstall dist static clean
all: build/retort build/libretort.a build/lib/libretort.a $(SHLIB) $(PUBLIC_H_BUILD) \
     build/retort.1

# A release tarball (make dist) carries the parsers and scanners bison and
# flex made, in gen/, so that building from it needs neither: they are
# copied.  Remove gen/ to make them from grammar/ again.
ifneq ($(wildcard gen/parser.c),)
build/gen/%.c: gen/%.c
	@mkdir -p build/gen
	$(Q)cp $< $@

build/gen/%.h: gen/%.h
	@mkdir -p build/gen
	$(Q)cp $< $@
else
build/gen/parser.c build/gen/parser.h &: grammar/parser.y
	@mkdir -p build/gen
	@$(if $(Q),echo "  BISON   $<")
	$(Q)$(BISON) -Wall -Werror --defines=build/gen/parser.h -o build/gen/parser.c $<

build/gen/parser_nolac.c build/gen/parser_nolac.h &: grammar/parser.y
	@mkdir -p build/gen
	@$(if $(Q),echo "  BISON   $< (no LAC)")
	$(Q)$(BISON) -Wall -Werror -Fparse.lac=none --defines=build/gen/parser_nolac.h \
		-o build/gen/parser_nolac.c $<

# The scanner must never back up (its inner loop then keeps no last
# accepting state): flex's report says so, or the build stops.
build/gen/lexer.c build/gen/lexer.h &: grammar/lexer.l build/gen/parser.h
	@mkdir -p build/gen
	@$(if $(Q),echo "  FLEX    $<")
	$(Q)$(FLEX) --backup-file=build/gen/lexer.backup --header-file=build/gen/lexer.h \
		-o build/gen/lexer.c $<
	$(Q)grep -q '^No backing up' build/gen/lexer.backup || { rm -f build/gen/lexer.c; \
		echo "$<: the scanner backs up (build/gen/lexer.backup says where)" >&2; exit 1; }

build/gen/py_parser.c build/gen/py_parser.h &: grammar/py_parser.y
	@mkdir -p build/gen
	@$(if $(Q),echo "  BISON   $<")
	$(Q)$(BISON) -Wall -Werror --defines=build/gen/py_parser.h -o build/gen/py_parser.c $<

build/gen/py_lexer.c build/gen/py_lexer.h &: grammar/py_lexer.l build/gen/py_parser.h
	@mkdir -p build/gen
	@$(if $(Q),echo "  FLEX    $<")
	$(Q)$(FLEX) --header-file=build/gen/py_lexer.h -o build/gen/py_lexer.c $<
endif

# The keyword hash table: a seed and slots found by a generator run on the
# build machine (HOSTCC, when cross-compiling).
HOSTCC  ?= $(CC)
build/gen/keyhash.h: src/tools/mkkeyhash.c src/keywords.def src/keyhash_fn.h
	@mkdir -p build/gen
	@$(if $(Q),echo "  GEN     $@")
	$(Q)$(HOSTCC) -Isrc -o build/gen/mkkeyhash src/tools/mkkeyhash.c
	$(Q)build/gen/mkkeyhash > $@.tmp && mv $@.tmp $@

# Generated code is not held to our warning set, only to correctness.
GEN_CFLAGS = -std=c11 -Wall -Wno-unused-function -Wno-sign-compare
# (its one outside name, the parse function, made its own)
$(patsubst %,%/gen/parser_nolac.o,build build/asan build/tsan build/fuzz build/static): \
	GEN_CFLAGS += -Dretort_yyparse=retort_yyparse_nolac

build/gen/%.o: build/gen/%.c | $(GEN_H)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) $(CFLAGS) $(HARDEN) $(LIB_CFLAGS) -MMD -MP -c -o $@ $<

build/asan/gen/%.o: build/gen/%.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (asan)")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -O1 -g $(ASAN) -MMD -MP -c -o $@ $<

# ThreadSanitizer: the second thread (headers, parsing ahead) under watch.
build/tsan/gen/%.o: build/gen/%.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (tsan)")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -O1 -g -fsanitize=thread -MMD -MP -c -o $@ $<

build/tsan/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (tsan)")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(WARN) -O1 -g -fsanitize=thread -MMD -MP -c -o $@ $<

build/tsan/retort: $(TSAN_OBJ)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) -fsanitize=thread $(LDFLAGS) -o $@ $^ $(LIBS)

tsan: build/tsan/retort

build/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) $(HARDEN) $(LIB_CFLAGS) -MMD -MP -c -o $@ $<

build/asan/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (asan)")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(WARN) -O1 -g $(ASAN) -MMD -MP -c -o $@ $<

# Every object, every name: what the command line, the unit tests and the
# test tools link.  Not installed.
build/libretort.a: $(LIB_OBJ)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && ar rcs $@ $^

# The installed library.  The shared one exports the retort_ API alone
# (the rest is hidden at compile time) and has a soname.  The static one
# is the same objects linked into one (ld -r) whose hidden names are then
# made local, so that a program's own sbuf_add or yyparse cannot clash
# with ours.
$(SHLIB): $(LIB_OBJ)
	@mkdir -p build/lib
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs $(CFLAGS) $(HARDEN_LD) $(LDFLAGS) \
		-o $@ $(LIB_OBJ) $(LIBS)
	$(Q)ln -sf libretort.so.$(VERSION) build/lib/$(SONAME)
	$(Q)ln -sf $(SONAME) build/lib/libretort.so

build/lib/libretort.a: $(LIB_OBJ)
	@mkdir -p build/lib
	@$(if $(Q),echo "  AR      $@")
	$(Q)$(CC) -r -nostdlib -o build/lib/retort.o $(LIB_OBJ)
	$(Q)$(OBJCOPY) --localize-hidden build/lib/retort.o
	$(Q)rm -f $@ && ar rcs $@ build/lib/retort.o

# The public headers where a program finds them, as they are installed
# (#include <retort/retort.h>).
build/include/retort/%.h: src/%.h
	@mkdir -p $(dir $@)
	$(Q)cp $< $@

build/retort.1: docs/retort.1.in src/retort.h
	@$(if $(Q),echo "  GEN     $@")
	$(Q)sed '/^\.TH /s/@VERSION@/$(VERSION)/' docs/retort.1.in > $@.tmp && mv $@.tmp $@

build/retort: build/src/main.o build/libretort.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(CFLAGS) $(HARDEN) $(HARDEN_LD) $(LDFLAGS) -o $@ $^ $(LIBS)

build/asan/libretort.a: $(ASAN_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

build/asan/retort: build/asan/src/main.o build/asan/libretort.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ASAN) $(LDFLAGS) -o $@ $^ $(LIBS)

asan: build/asan/retort

build/tests/%: tests/unit/%.c build/libretort.a
	@mkdir -p build/tests
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(WARN) $(CFLAGS) -o $@ $< build/libretort.a $(LDFLAGS) -lcmocka $(LIBS)

build/asan/tests/%: tests/unit/%.c build/asan/libretort.a
	@mkdir -p build/asan/tests
	@$(if $(Q),echo "  CC      $< (asan)")
	$(Q)$(CC) $(CPPFLAGS_ALL) $(WARN) -O1 -g $(ASAN) -o $@ $< build/asan/libretort.a $(LDFLAGS) -lcmocka $(LIBS)

unit: $(UNIT_BIN) $(UNIT_ASAN_BIN)

# Tools the tests run: SQLite through libsqlite3 (tests/sqlite.t).
build/tests/sqlite_run: tests/tools/sqlite_run.c
	@mkdir -p build/tests
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(WARN) $(CFLAGS) -o $@ $< $(LDFLAGS) $(SQLITE_LIBS)

# The randomized autogenerate test's schema files (tests/autogen-random.t).
build/tests/schema_mutate: tests/tools/schema_mutate.c
	@mkdir -p build/tests
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(WARN) $(CFLAGS) -o $@ $< $(LDFLAGS)

# The library's example program (examples/api), built as a user would:
# the public headers and the installed static library, nothing else of
# ours.  tests/c-api.t runs it; tests/library.t builds it again against
# an installed copy, through pkg-config.
build/examples/apply: examples/api/apply.c build/lib/libretort.a $(PUBLIC_H_BUILD)
	@mkdir -p build/examples
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) -Ibuild/include $(WARN) $(CFLAGS) -o $@ $< build/lib/libretort.a $(LDFLAGS) $(LIBS)

tools: build/tests/sqlite_run build/tests/schema_mutate build/examples/apply

# Fuzzing (fuzz/README.md): libFuzzer targets, built with clang, the library
# instrumented for coverage under ASan and UBSan.  `make fuzz` runs each for
# FUZZ_TIME seconds on its corpus in build/fuzz/corpus/, seeded from golden/
# and examples/; tests/fuzz.t runs each for a short while in make check.
FUZZ_CC      ?= clang
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_TARGETS = parse compile verify check ini url py import
FUZZ_BIN     = $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))
FUZZ_OBJ     = $(patsubst %.c,build/fuzz/%.o,$(LIB_SRC)) \
               $(patsubst %,build/fuzz/gen/%.o,$(GEN_NAMES)) build/fuzz/fuzz/project.o
FUZZ_TIME   ?= 600
DEPS        += $(FUZZ_OBJ:.o=.d)

build/fuzz/gen/%.o: build/gen/%.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (fuzz)")
	$(Q)$(FUZZ_CC) $(CPPFLAGS_ALL) $(GEN_CFLAGS) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
		-MMD -MP -c -o $@ $<

build/fuzz/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (fuzz)")
	$(Q)$(FUZZ_CC) $(CPPFLAGS_ALL) $(WARN) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
		-MMD -MP -c -o $@ $<

build/fuzz/libretort.a: $(FUZZ_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h build/fuzz/libretort.a
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(FUZZ_CC) $(CPPFLAGS_ALL) -Ifuzz $(WARN) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer \
		-o $@ $< build/fuzz/libretort.a $(LDFLAGS) $(LIBS)

# The seed corpora and the dictionary, made from the repository's files.
build/fuzz/seeds.stamp: fuzz/seeds.sh src/keywords.def $(wildcard golden/*/versions/*.mig) \
                        $(wildcard tests/fixtures/import/*/*/versions/*.py) \
                        $(wildcard examples/*/versions/*.mig)
	@mkdir -p build/fuzz
	$(Q)sh fuzz/seeds.sh build/fuzz
	@touch $@

fuzz-build: $(FUZZ_BIN) build/fuzz/seeds.stamp

fuzz: fuzz-build
	@sh fuzz/run.sh build/fuzz $(FUZZ_TIME) $(FUZZ_TARGETS)

# The map of the house (docs/internals.md) against every #include.
check-layers:
	@sh tests/tools/check-layers.sh

# Everything: the map, unit tests, golden (normal and sanitized builds),
# real servers.  The test files are independent (each its own temporary
# directory and servers on sockets there), so prove runs CHECK_JOBS of
# them at once, the slowest first so that none is left to run alone.
CHECK_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CHECK_SLOW = tests/autogen-random.t tests/alembic-order.t tests/fuzz.t tests/golden-asan.t \
             tests/golden-tsan.t
check: check-layers all asan tsan unit tools fuzz-build
	prove -j$(CHECK_JOBS) --timer -f $(CHECK_SLOW) $(filter-out $(CHECK_SLOW),$(wildcard tests/*.t))

# What a packager runs (dh_auto_test does): no server, no sanitizer, no
# fuzzer, no Python, no git: the unit tests, the golden files, SQLite,
# the C library installed and used, the commands that work offline.
TEST_TIER = tests/unit.t tests/golden.t tests/sqlite.t tests/c-api.t tests/library.t \
            tests/commands.t tests/autogen.t tests/import.t tests/harness.t tests/layers.t
test: all tools $(UNIT_BIN)
	prove -f $(TEST_TIER)

golden-update: all
	tests/golden-update.sh

demo: all
	@sh examples/demo.sh

bench: all
	@sh bench/run.sh

# The runner against sqlite3 and psql -f applying the same script (it starts
# its own PostgreSQL, as the tests do): bench/README.md.
bench-runner: all
	@bash bench/runner.sh

# The shells' completion scripts, written by the program from its own table
# of commands and options (`retort completion SHELL`): the shell is the
# folder's name.  Where each shell looks under PREFIX (zsh: a folder of its
# default fpath; bash-completion and fish: XDG_DATA_DIRS).
COMPLETIONS = build/completion/bash/retort build/completion/zsh/_retort \
              build/completion/fish/retort.fish
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
.PHONY: completions
completions: $(COMPLETIONS)
install: completions

$(COMPLETIONS): build/retort
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  GEN     $@")
	$(Q)build/retort completion $(word 3,$(subst /, ,$@)) >$@.tmp && mv $@.tmp $@

# What install puts, so that uninstall removes exactly that.
INSTALLED = $(BINDIR)/retort $(MANDIR)/man1/retort.1 \
            $(patsubst src/%,$(INCLUDEDIR)/retort/%,$(PUBLIC_H)) \
            $(LIBDIR)/libretort.a $(LIBDIR)/libretort.so.$(VERSION) $(LIBDIR)/$(SONAME) \
            $(LIBDIR)/libretort.so $(PKGCONFIGDIR)/retort.pc \
            $(BASHCOMPDIR)/retort $(ZSHCOMPDIR)/_retort $(FISHCOMPDIR)/retort.fish
# A folder under PREFIX as ${prefix}/..., so that pkg-config --define-prefix
# can move the whole tree.
pc_dir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
# What a program linked with the static library needs besides (retort.pc's
# Libs.private).
LIBS_PRIVATE = $(strip $(INIH_LIBS) $(SQLITE_LIBS) $(NETTLE_LIBS) -pthread)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(LIBDIR) \
		$(DESTDIR)$(INCLUDEDIR)/retort $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 build/retort $(DESTDIR)$(BINDIR)/retort
	install -m 644 build/retort.1 $(DESTDIR)$(MANDIR)/man1/retort.1
	install -m 644 $(PUBLIC_H) $(DESTDIR)$(INCLUDEDIR)/retort/
	install -m 644 build/lib/libretort.a $(SHLIB) $(DESTDIR)$(LIBDIR)/
	ln -sf libretort.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libretort.so
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(call pc_dir,$(LIBDIR))|g' \
	    -e 's|@INCLUDEDIR@|$(call pc_dir,$(INCLUDEDIR))|g' -e 's|@VERSION@|$(VERSION)|g' \
	    -e 's|@LIBS_PRIVATE@|$(LIBS_PRIVATE)|g' retort.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/retort.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/retort.pc
	install -d $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 644 build/completion/bash/retort $(DESTDIR)$(BASHCOMPDIR)/retort
	install -m 644 build/completion/zsh/_retort $(DESTDIR)$(ZSHCOMPDIR)/_retort
	install -m 644 build/completion/fish/retort.fish $(DESTDIR)$(FISHCOMPDIR)/retort.fish

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	rmdir $(DESTDIR)$(INCLUDEDIR)/retort 2>/dev/null || true

# The release tarball, retort-VERSION.tar.gz in DISTDIR: the files git
# tracks, and in gen/ the parsers and scanners bison and flex made, so
# that building it needs neither.  The same tree gives the same bytes
# (sorted, owned by root, dated by the last commit).
DISTDIR ?= build
DIST     = retort-$(VERSION)
GEN_DIST = $(GEN_SRC) $(patsubst %,build/gen/%.h,$(GEN_NAMES))
dist: $(GEN_DIST)
	@[ "$$(git rev-parse --show-toplevel 2>/dev/null)" = "$$(pwd -P)" ] || \
		{ echo "make dist: it packs the files git tracks, so it runs at the top of a" \
		       "git checkout" >&2; exit 2; }
	$(Q)rm -rf $(DISTDIR)/$(DIST) && mkdir -p $(DISTDIR)/$(DIST)/gen
	$(Q)git ls-files -z | tar --null -T - -cf - | tar -C $(DISTDIR)/$(DIST) -xf -
	$(Q)cp $(GEN_DIST) $(DISTDIR)/$(DIST)/gen/
	$(Q)tar -C $(DISTDIR) --sort=name --owner=0 --group=0 --numeric-owner --mode=a+rX,go-w \
		--mtime=@$$(git log -1 --format=%ct) -cf - $(DIST) | gzip -n9 > $(DISTDIR)/$(DIST).tar.gz
	$(Q)rm -rf $(DISTDIR)/$(DIST)
	@echo "$(DISTDIR)/$(DIST).tar.gz"

# A single-file retort for download: SQLite only (no libpq, no
# libmariadb), linked with -static against the static inih and sqlite3
# their -dev packages ship.  Its own objects, in build/static/.
STATIC_SRC = $(filter-out src/db_postgresql.c src/db_mysql.c,$(LIB_SRC)) src/main.c
STATIC_OBJ = $(patsubst %.c,build/static/%.o,$(STATIC_SRC)) \
             $(patsubst %,build/static/gen/%.o,$(GEN_NAMES))
STATIC_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Isrc -Ibuild/gen \
                  $(shell pkg-config --cflags sqlite3 inih nettle 2>/dev/null) $(CPPFLAGS)
STATIC_LIBS := $(shell pkg-config --static --libs inih sqlite3 nettle 2>/dev/null || \
                       echo -linih -lsqlite3 -lnettle -lm) -pthread
DEPS += $(STATIC_OBJ:.o=.d)

build/static/gen/%.o: build/gen/%.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (static)")
	$(Q)$(CC) $(STATIC_CPPFLAGS) $(GEN_CFLAGS) $(CFLAGS) $(HARDEN) -MMD -MP -c -o $@ $<

build/static/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (static)")
	$(Q)$(CC) $(STATIC_CPPFLAGS) $(WARN) $(CFLAGS) $(HARDEN) -MMD -MP -c -o $@ $<

build/static/retort: $(STATIC_OBJ)
	@$(if $(Q),echo "  LINK    $@ (static)")
	$(Q)$(CC) -static $(CFLAGS) $(HARDEN_LD) $(LDFLAGS) -o $@ $^ $(STATIC_LIBS)

static: build/static/retort

clean:
	rm -rf build

-include $(DEPS)
