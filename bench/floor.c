/* bench/floor.c: the floor of every command the benchmark times: list a
 * folder, then open, read and close each revision file in it, and do
 * nothing else.  No command can read its input for less, so a ratio to
 * this says how much retort costs beyond reading the files; GNU cat is a
 * poorer baseline (it maps and unmaps a buffer per file).
 *
 *     floor DIR [SUFFIX]   every NAME.mig (NAMESUFFIX: .py for an Alembic
 *                          project) in DIR that does not start with "."
 *
 * It reads each file whole into one reused buffer with read(2) (the
 * kernel copies every byte: nothing is skipped), prints the count of
 * files and bytes and exits 0; 2 when a file cannot be read. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void die(const char *what, const char *name)
{
	fprintf(stderr, "floor: %s %s: %s\n", what, name, strerror(errno));
	exit(2);
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	unsigned long bytes = 0, files = 0;
	struct dirent *de;
	DIR *dp;
	int dfd;
	const char *suffix = argc == 3 ? argv[2] : ".mig";
	size_t slen = strlen(suffix);

	if (argc != 2 && argc != 3) {
		fprintf(stderr, "usage: floor DIR [SUFFIX]\n");
		return 2;
	}
	if (!(dp = opendir(argv[1])))
		die("cannot open", argv[1]);
	dfd = dirfd(dp);
	while ((de = readdir(dp)) != NULL) {
		size_t len = strlen(de->d_name);
		ssize_t n;
		int fd;

		if (de->d_name[0] == '.' || len <= slen || strcmp(de->d_name + len - slen, suffix) != 0)
			continue;
		if ((fd = openat(dfd, de->d_name, O_RDONLY)) < 0)
			die("cannot open", de->d_name);
		while ((n = read(fd, buf, sizeof(buf))) > 0)
			bytes += (unsigned long)n;
		if (n < 0)
			die("cannot read", de->d_name);
		close(fd);
		files++;
	}
	closedir(dp);
	printf("%lu files, %lu bytes\n", files, bytes);
	return 0;
}
