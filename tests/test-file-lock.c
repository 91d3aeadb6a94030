/* test-file-lock.c — one process at a time holds an assessment file, and a killed one lets go
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-file-lock.h"

static char *
temp_file (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-lock-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "<assessment/>", -1, NULL));
  return path;
}

/* A second holder is refused and told who holds the file, under any
 * name of it; once the first lets go, the file is free again. */
static void
test_held_once (void)
{
  g_autofree char *path = temp_file ("a.scorebook");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *link = g_build_filename (dir, "link.scorebook", NULL);
  g_autofree char *pid = g_strdup_printf ("(process %d)", (int) getpid ());
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) linked = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  SbFileLock *first;
  SbFileLock *second;

  g_assert_cmpint (symlink (path, link), ==, 0);
  first = sb_file_lock_acquire (file, &error);
  g_assert_no_error (error);
  g_assert_true (sb_file_lock_get_file (first) == file);

  second = sb_file_lock_acquire (linked, &error);
  g_assert_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_HELD);
  g_assert_null (second);
  g_assert_nonnull (strstr (error->message, "link.scorebook"));
  g_assert_nonnull (strstr (error->message, pid));
  g_clear_error (&error);

  g_object_unref (first);
  second = sb_file_lock_acquire (linked, &error);
  g_assert_no_error (error);
  g_object_unref (second);
  g_unlink (link);
  g_unlink (path);
}

/* A file not yet written (the target of Save As) can be held too. */
static void
test_new_file (void)
{
  g_autofree char *path = temp_file ("a.scorebook");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *fresh = g_build_filename (dir, "new.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fresh);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbFileLock) lock = sb_file_lock_acquire (file, &error);
  g_autoptr(SbFileLock) again = NULL;

  g_assert_no_error (error);
  again = sb_file_lock_acquire (file, &error);
  g_assert_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_HELD);
  g_unlink (path);
}

static int
hold (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbFileLock) lock = sb_file_lock_acquire (file, &error);

  if (lock == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("held\n");
  fflush (stdout);
  for (;;)
    pause ();
}

/* A process killed with the file open leaves it free for the next one. */
static void
test_killed_holder (void)
{
  g_autofree char *path = temp_file ("a.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(SbFileLock) lock = NULL;

  /* The test's own runtime folder is not in its environment. */
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", g_get_user_runtime_dir (), TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, "/proc/self/exe", "--hold", path, NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "held");

  lock = sb_file_lock_acquire (file, &error);
  g_assert_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_HELD);
  g_clear_error (&error);

  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  lock = sb_file_lock_acquire (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--hold") == 0)
    return hold (argv[2]);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/file-lock/held-once", test_held_once);
  g_test_add_func ("/file-lock/new-file", test_new_file);
  g_test_add_func ("/file-lock/killed-holder", test_killed_holder);
  return g_test_run ();
}
