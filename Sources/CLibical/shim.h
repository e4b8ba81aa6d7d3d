#ifndef STIME_CLIBICAL_SHIM_H
#define STIME_CLIBICAL_SHIM_H

#include <libical/ical.h>

/// `icalerrno` is a macro Swift cannot import; this returns its current value.
static inline icalerrorenum stime_icalerrno(void) { return icalerrno; }

#endif
