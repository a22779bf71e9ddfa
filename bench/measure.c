/* bench/measure.c: runs a command several times and reports its median wall
 * time and its peak resident set size, without a shell, /usr/bin/time or
 * hyperfine in the way.
 *
 *     measure [-C DIR] [-n RUNS] [-w WARMUPS] [-e ERRFILE] [-G DIR] [-P CPU] [-p PREP]
 *             -- PROG [ARG...]
 *
 *   -C DIR      run the command in DIR
 *   -n RUNS     timed runs (default 5)
 *   -w WARMUPS  untimed runs first, to fill the page cache (default 1)
 *   -e ERRFILE  the command's standard error goes here (default /dev/null);
 *               it holds the last run's
 *   -P CPU      run the command on that one processor (sched_setaffinity in
 *               the child, as taskset -c CPU does)
 *   -G DIR      append DIR/NAME for every NAME in DIR that ends in ".mig" and
 *               does not start with ".", in name order, as a shell glob would.
 *               If the list is too long for one exec (50,000 files are), the
 *               command is run several times in a row on consecutive slices,
 *               as xargs would, and one run is the whole sequence.
 *   -p PREP     before every run (warm-ups too), `/bin/sh -c PREP` in DIR,
 *               not timed: to put back the state a run starts from (import
 *               into an empty folder: PREP removes what the last run wrote).
 *               It runs on the same processor as the command; a PREP that
 *               fails stops measure with exit status 2.
 *
 * The command's standard input and output are /dev/null.  One line is
 * printed on standard output:
 *
 *     MEDIAN_S MIN_S MAX_S PEAK_RSS_KIB STATUS
 *
 * times in seconds over the timed runs, the largest ru_maxrss of any run
 * (from wait4), and the exit status of the first run that failed (128 + the
 * signal number for a signal), or 0.  If a warm-up run fails, no timed runs
 * are made and the times are 0.
 *
 * ru_maxrss is the kernel's figure: the peak of the process's resident
 * pages, which includes the few hundred KiB the forked copy of this program
 * held just before exec, as with /usr/bin/time. */
#define _GNU_SOURCE	/* sched_setaffinity, CPU_SET */
#include <sched.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* wait4 is BSD/GNU, not POSIX; declared here so that the program builds
 * with -D_POSIX_C_SOURCE alone.  glibc and musl both have it. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage);

static void die(const char *what)
{
	fprintf(stderr, "measure: %s: %s\n", what, strerror(errno));
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		die("realloc");
	return p;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One exec of argv; returns the exit status (128 + signal) and adds the
 * child's peak RSS to *rss (as a maximum). */
static int run_one(char **argv, const char *errfile, int cpu, long *rss)
{
	struct rusage ru;
	int status;
	pid_t pid = fork();

	if (pid < 0)
		die("fork");
	if (pid == 0) {
		int in = open("/dev/null", O_RDONLY);
		int out = open("/dev/null", O_WRONLY);
		int err = errfile ? open(errfile, O_WRONLY | O_CREAT | O_APPEND, 0666)
				  : open("/dev/null", O_WRONLY);
		if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
		    dup2(err, 2) < 0)
			_exit(126);
		close(in);
		close(out);
		close(err);
		if (cpu >= 0) {
			cpu_set_t set;
			CPU_ZERO(&set);
			CPU_SET(cpu, &set);
			if (sched_setaffinity(0, sizeof(set), &set) != 0)
				_exit(125);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4");
	if (ru.ru_maxrss > *rss)
		*rss = ru.ru_maxrss;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return 255;
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *errfile = NULL, *globdir = NULL;
	long runs = 5, warmups = 1, rss = 0;
	char **cmd, **files = NULL, ***slices = NULL;
	size_t ncmd, nfiles = 0, nslices = 0, i;
	double *times;
	int opt, status = 0, cpu = -1;
	char *prep[] = { "/bin/sh", "-c", NULL, NULL };

	while ((opt = getopt(argc, argv, "C:n:w:e:G:P:p:")) != -1) {
		switch (opt) {
		case 'C': dir = optarg; break;
		case 'n': runs = strtol(optarg, NULL, 10); break;
		case 'w': warmups = strtol(optarg, NULL, 10); break;
		case 'e': errfile = optarg; break;
		case 'G': globdir = optarg; break;
		case 'P': cpu = (int)strtol(optarg, NULL, 10); break;
		case 'p': prep[2] = optarg; break;
		default:
			fprintf(stderr, "usage: measure [-C DIR] [-n RUNS] [-w WARMUPS] "
				"[-e ERRFILE] [-G DIR] [-P CPU] [-p PREP] -- PROG [ARG...]\n");
			return 2;
		}
	}
	if (optind >= argc || runs < 1 || warmups < 0) {
		fprintf(stderr, "measure: nothing to run\n");
		return 2;
	}
	cmd = argv + optind;
	ncmd = (size_t)(argc - optind);
	if (dir && chdir(dir) != 0)
		die(dir);

	if (globdir) {
		DIR *d = opendir(globdir);
		struct dirent *e;
		size_t cap = 0;

		if (!d)
			die(globdir);
		while ((errno = 0, e = readdir(d)) != NULL) {
			size_t len = strlen(e->d_name);
			if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".mig") != 0)
				continue;
			if (nfiles == cap) {
				cap = cap ? cap * 2 : 1024;
				files = xrealloc(files, cap * sizeof *files);
			}
			files[nfiles] = xrealloc(NULL, strlen(globdir) + len + 2);
			sprintf(files[nfiles++], "%s/%s", globdir, e->d_name);
		}
		if (errno)
			die(globdir);
		closedir(d);
		qsort(files, nfiles, sizeof *files, cmp_str);
	}

	/* Cut the argument list into slices that each fit in one exec: half of
	 * ARG_MAX, less the environment, counting each string and its pointer. */
	{
		extern char **environ;
		long argmax = sysconf(_SC_ARG_MAX);
		size_t budget, used, base = 0, first = 0;
		char **ep;

		if (argmax <= 0)
			argmax = 131072;
		budget = (size_t)argmax / 2;
		for (ep = environ; *ep; ep++)
			base += strlen(*ep) + 1 + sizeof(char *);
		for (i = 0; i < ncmd; i++)
			base += strlen(cmd[i]) + 1 + sizeof(char *);
		if (base + 4096 > budget)
			budget = base + 4096;
		do {
			size_t n = 0;
			char **s;

			used = base;
			while (first + n < nfiles &&
			       (n == 0 || used + strlen(files[first + n]) + 1 + sizeof(char *) <= budget)) {
				used += strlen(files[first + n]) + 1 + sizeof(char *);
				n++;
			}
			s = xrealloc(NULL, (ncmd + n + 1) * sizeof *s);
			memcpy(s, cmd, ncmd * sizeof *s);
			if (n)
				memcpy(s + ncmd, files + first, n * sizeof *s);
			s[ncmd + n] = NULL;
			slices = xrealloc(slices, (nslices + 1) * sizeof *slices);
			slices[nslices++] = s;
			first += n;
		} while (first < nfiles);
	}

	times = xrealloc(NULL, (size_t)runs * sizeof *times);
	for (long r = -warmups; r < runs; r++) {
		double t0;
		long peak = 0;

		if (prep[2]) {
			long ignored = 0;
			int st = run_one(prep, NULL, cpu, &ignored);
			if (st != 0) {
				fprintf(stderr, "measure: %s: exit status %d\n", prep[2], st);
				return 2;
			}
		}
		if (errfile) {
			int fd = open(errfile, O_WRONLY | O_CREAT | O_TRUNC, 0666);
			if (fd < 0)
				die(errfile);
			close(fd);
		}
		t0 = now();
		for (i = 0; i < nslices; i++) {
			int st = run_one(slices[i], errfile, cpu, &peak);
			if (st != 0 && status == 0)
				status = st;
		}
		if (r >= 0)
			times[r] = now() - t0;
		if (peak > rss)
			rss = peak;
		if (status != 0)
			break;
	}
	if (status != 0) {
		printf("0 0 0 %ld %d\n", rss, status);
		return 0;
	}
	qsort(times, (size_t)runs, sizeof *times, cmp_double);
	printf("%.6f %.6f %.6f %ld %d\n",
	       runs % 2 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2,
	       times[0], times[runs - 1], rss, status);
	return 0;
}
