#ifndef STIME_CLIBICAL_SHIM_H
#define STIME_CLIBICAL_SHIM_H

#include <stddef.h>
#include <string.h>
#include <libical/ical.h>

/// Resets `icalerrno` to `ICAL_NO_ERROR` before a call whose outcome is checked.
static inline void stime_icalerrno_clear(void) { icalerrno = ICAL_NO_ERROR; }

/// Feeds a NUL-terminated buffer to `icalparser_get_line` one physical line at a time,
/// counting lines so that parse errors can name the line they occur on.
///
/// `icalparser_get_line` reads one physical line ahead (to see whether the next line
/// continues the current one), so just before it is called, `lines_started` is the
/// 1-based number of the physical line the next content line starts on (0 at the start).
typedef struct {
    const char *pos;
    long lines_started;
    int at_line_start;
    int started;
} stime_line_source;

/// An `icalparser_line_gen_func` over a `stime_line_source`: the behaviour of libical's
/// own `icalparser_string_line_generator` (UTF-8 BOM skipped, CR-only files accepted),
/// plus the line count.
static inline char *stime_line_generator(char *out, size_t buf_size, void *d) {
    stime_line_source *src = (stime_line_source *)d;
    const char *n;
    size_t size;
    int replace_cr = 0;

    if (!src->started) {
        src->started = 1;
        src->at_line_start = 1;
        if ((unsigned char)src->pos[0] == 0xEF && (unsigned char)src->pos[1] == 0xBB &&
            (unsigned char)src->pos[2] == 0xBF) {
            src->pos += 3;
        }
    }
    if (*src->pos == 0) {
        return 0;
    }
    n = strchr(src->pos, '\n');
    if (n == 0) {
        n = strchr(src->pos, '\r');
        if (n == 0) {
            size = strlen(src->pos);
        } else {
            n++;
            replace_cr = 1;
            size = (size_t)(n - src->pos);
        }
    } else {
        n++;
        size = (size_t)(n - src->pos);
    }
    if (size > buf_size - 1) {
        size = buf_size - 1;
        replace_cr = 0;
    }
    memcpy(out, src->pos, size);
    if (replace_cr) {
        out[size - 1] = '\n';
    }
    out[size] = '\0';
    if (src->at_line_start) {
        src->lines_started += 1;
    }
    src->at_line_start = (size > 0 && out[size - 1] == '\n');
    src->pos += size;
    return out;
}

#endif
