#ifndef DEADLINED_CSYSTEMD_SHIM_H
#define DEADLINED_CSYSTEMD_SHIM_H

/* Swift never sees the C macro that turns sd_journal_sendv() into
 * sd_journal_sendv_with_location(); the Swift side adds CODE_FILE, CODE_LINE
 * and CODE_FUNC itself. Suppressing the macro keeps C and Swift callers of
 * this header on the same function. */
#define SD_JOURNAL_SUPPRESS_LOCATION 1

#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

/* timerfd is how the daemon notices the wall clock being set; glibc's Swift
 * module map leaves this header out. */
#include <sys/timerfd.h>

/* mallopt(M_ARENA_MAX, ...) and malloc_trim: the daemon keeps to two malloc
 * arenas and gives back what a reload frees; glibc's Swift module map leaves
 * this header out too. */
#include <malloc.h>

#endif
