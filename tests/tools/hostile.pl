#!/usr/bin/perl
# hostile.pl SEED EXTRA OUT: the hostile names and values of tests/hostile.t.
# Every text of a catalogue (quotes of every kind, backslashes, dollar
# quotes, comment starts, semicolons, line ends, tabs, BMP and astral
# unicode, right-to-left marks, reserved words, mixed case, names at the
# length limits), and EXTRA more made by joining two or three of them at
# random from SEED, goes into each slot: a table's name, a column's name, a
# bulk_insert value, a column default, a column comment, a table comment,
# a value of a named enum and of an inline enum.
#
# Writes OUT/items, a line an item: "N SLOT HEX" (HEX: the text's UTF-8
# bytes), and for each item a project OUT/N/ (retort.ini, versions/r.mig)
# whose one revision makes the item's table, puts a row in it, and drops
# it again.  The table is hN, its column v, but for the name slots, where
# the hostile text is the name.  `hostile.pl join OUT DIR N...` writes the
# blocks of the items N... into a chain of revisions in DIR/versions, 50
# items a revision, so that one run applies them all.
use strict;
use warnings;

sub name { my $s = shift; $s =~ s/"/""/g; return "\"$s\"" }
sub str  { my $s = shift; $s =~ s/'/''/g; return "'$s'" }

if (@ARGV && $ARGV[0] eq 'join') {
	# revisions of 50 items, each in its own transaction: a PostgreSQL
	# transaction that makes a thousand tables runs out of lock slots
	my (undef, $out, $dir, @ns) = @ARGV;
	mkdir $dir;
	mkdir "$dir/versions";
	my $k = 0;
	while (my @chunk = splice(@ns, 0, 50)) {
		my (@up, @down);
		for my $n (@chunk) {
			open my $f, '<:raw', "$out/$n/versions/r.mig" or die "$out/$n: $!\n";
			local $/;
			my $t = <$f>;
			$t =~ /^upgrade \{\n(.*?)^\}\ndowngrade \{\n(.*?)^\}\n/ms
			    or die "$out/$n: no blocks\n";
			push @up, $1;
			unshift @down, $2;
		}
		$k++;
		my $revises = $k == 1 ? 'base' : sprintf("'h%03d'", $k - 1);
		open my $o, '>:raw', sprintf("%s/versions/h%03d.mig", $dir, $k) or die "$dir: $!\n";
		printf $o "revision 'h%03d';\nrevises %s;\nmessage 'items %d to %d';\n\n",
		    $k, $revises, $chunk[0], $chunk[-1];
		print $o "upgrade {\n", @up, "}\ndowngrade {\n", @down, "}\n";
		close $o or die;
	}
	open my $ini, '>', "$dir/retort.ini" or die;
	print $ini "[retort]\nscript_location = .\ntransaction_per_migration = true\n";
	exit 0;
}

my ($seed, $extra, $out) = @ARGV;
die "usage: hostile.pl SEED EXTRA OUT | hostile.pl join OUT DIR N...\n" unless defined $out;

# The catalogue, as UTF-8 bytes.
my @atoms = (
	"'", "''", "x'y", '"', '""', 'a"b', '`', "\xC2\xB4", "\xE2\x80\x99", "\xE2\x80\x9E",
	'\\', '\\\\', "\\'", '\\"', 'a\\nb', '\\0', '\\x41', '\\%', '\\_', 'x\\',
	'$$', '$a$', '$1', '$$;DROP TABLE t;$$', '$tag$x$tag$',
	'--', '-- x', '/*', '*/', '/* x */', '#', '# x',
	';', '; DROP TABLE x; --', "x'; DROP TABLE y; --",
	"a\nb", "a\r\nb", "a\rb", "\t", "a\tb", " x", "x ", "  ",
	"\xC3\xA9", "e\xCC\x81", "\xE4\xB8\xAD\xE6\x96\x87", "\xE2\x98\x83", "\xEF\xAC\x81",
	"\xC3\x9F", "\xC4\xB0", "a\xE2\x80\x8Db", "a\xC2\xA0b", "a\xEF\xBB\xBFb",
	"\xF0\x9F\x98\x80", "\xF0\x9D\x94\x98", "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88",
	"\xE2\x80\x8F", "\xE2\x80\xAEabc", "\xD7\x90\xD7\x91", "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A",
	'select', 'table', 'order', 'user', 'from', 'Index', 'KEY', 'values', 'null', 'NULL',
	'MixedCase', 'UPPER', 'lower', 'x.y', 'a b', 'a,b', '(', ')', '()',
	'%', '%s', '%%', '?', ':name', '@x', '{}', '${x}', '<>', '&', '|', '^',
	'x' x 63, 'y' x 64, "\xC3\xA9" x 31, "\xC3\xA9" x 32, 'z' x 65,
);
# Names may not be empty; values may.
my @values = ('', @atoms);

srand($seed);
my @combos;
for (1 .. $extra) {
	my $k = 2 + int(rand(2));
	push @combos, join('', map { $atoms[int(rand(@atoms))] } 1 .. $k);
}

my @slots = qw(table column value default colcomment tabcomment enum inline_enum);
my $n = 0;
open my $items, '>', "$out/items" or die "$out/items: $!\n";
my %seen_table;
for my $slot (@slots) {
	my @texts = $slot =~ /^(table|column)$/ ? (@atoms, @combos) : (@values, @combos);
	for my $t (@texts) {
		if ($slot eq 'table') {
			# one table a name: names that a database folds together
			# would clash between items, not within one
			next if $seen_table{ lc $t }++;
		}
		$n++;
		my $tab = $slot eq 'table' ? name($t) : "h$n";
		my $col = $slot eq 'column' ? name($t) : 'v';
		my $val = 'plain';
		my ($pre, $coldef, $tabopt, $ins, $post) = ('', "$col text", '', '', '');
		if ($slot eq 'value') {
			$val = $t;
		} elsif ($slot eq 'default') {
			$coldef = "$col text default " . str($t);
			$val = $t;
		} elsif ($slot eq 'colcomment') {
			$coldef = "$col text comment " . str($t);
		} elsif ($slot eq 'tabcomment') {
			$tabopt = ' comment ' . str($t);
		} elsif ($slot eq 'enum') {
			$pre = "    create_enum e$n (" . str($t) . ");\n";
			$coldef = "$col enum e$n";
			$post = "    drop_enum e$n;\n";
			$val = $t;
		} elsif ($slot eq 'inline_enum') {
			$coldef = "$col enum (" . str($t) . ")";
			$val = $t;
		}
		$ins = $slot eq 'default'
		    ? "    bulk_insert $tab (id) values (1);\n"
		    : "    bulk_insert $tab (id, $col) values (1, " . str($val) . ");\n";
		mkdir "$out/$n";
		mkdir "$out/$n/versions";
		open my $f, '>:raw', "$out/$n/versions/r.mig" or die "$out/$n: $!\n";
		print $f "revision 'r$n';\nrevises base;\nmessage 'item $n: $slot';\n\n",
		    "upgrade {\n", $pre,
		    "    create_table $tab (id integer primary key, $coldef)$tabopt;\n",
		    $ins, "}\n", "downgrade {\n", "    drop_table $tab;\n", $post, "}\n";
		close $f or die;
		open my $ini, '>', "$out/$n/retort.ini" or die;
		print $ini "[retort]\nscript_location = .\n";
		close $ini;
		printf $items "%d %s %s\n", $n, $slot, unpack('H*', $t);
	}
}
close $items or die;
