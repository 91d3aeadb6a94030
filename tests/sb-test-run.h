/* sb-test-run.h — running the scorebook binary from a test, as a user would, with no display
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} SbTestRun;

void sb_test_run_clear     (SbTestRun   *run);
void sb_test_run_argv      (SbTestRun   *run,
                            const char **argv);
void sb_test_run_scorebook (SbTestRun   *run,
                            const char  *first_arg,
                            ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SbTestRun, sb_test_run_clear)

G_END_DECLS
