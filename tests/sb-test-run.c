/* sb-test-run.c — running the scorebook binary from a test, as a user would, with no display
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-test-run.h"

void
sb_test_run_clear (SbTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs @argv (NULL-terminated) with no DISPLAY or WAYLAND_DISPLAY, so that
 * anything trying to open a window fails the test. */
void
sb_test_run_argv (SbTestRun   *run,
                  const char **argv)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  /* A crash, or a leak the sanitizer build found at exit: say what the
   * program said about it, or the test log would only show this line. */
  if (!g_subprocess_get_if_exited (process))
    g_printerr ("%s", run->err);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

/* Runs the program under test (SB_SCOREBOOK) with the arguments given,
 * up to a NULL. */
void
sb_test_run_scorebook (SbTestRun  *run,
                       const char *first_arg,
                       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("SB_SCOREBOOK"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  sb_test_run_argv (run, (const char **) argv->pdata);
}
