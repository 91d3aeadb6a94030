/* test-atomic-file.c — files replaced whole or not at all, private, through links, with backups
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-atomic-file.h"

static char *dir;

static char *
path_in (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
replace (const char        *path,
         const char        *text,
         SbAtomicFileFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_atomic_file_replace (file, bytes, flags, &error));
  g_assert_no_error (error);
}

/* Only names of the folder that are not hidden temporary files. */
static guint
n_files (void)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (folder) != NULL)
    n++;
  return n;
}

/* A link is followed and the file it names replaced there: the link
 * stays a link, the file and its backup are private even when the old
 * file was not (and even under umask 000). */
static void
test_through_link (void)
{
  g_autofree char *real = path_in ("real.scorebook");
  g_autofree char *link = path_in ("link.scorebook");
  g_autofree char *backup = path_in ("real.scorebook~");
  g_autofree char *now = NULL;
  g_autofree char *kept = NULL;
  mode_t old_umask = umask (0);

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0666), ==, 0);
  g_assert_cmpint (symlink ("real.scorebook", link), ==, 0);

  replace (link, "new", SB_ATOMIC_FILE_PRIVATE | SB_ATOMIC_FILE_BACKUP);
  umask (old_umask);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  now = contents_of (real);
  kept = contents_of (backup);
  g_assert_cmpstr (now, ==, "new");
  g_assert_cmpstr (kept, ==, "old");
  g_assert_cmpuint (mode_of (real), ==, 0600);
  g_assert_cmpuint (mode_of (backup), ==, 0600);
  g_assert_cmpuint (n_files (), ==, 3);
  g_unlink (link);
  g_unlink (real);
  g_unlink (backup);
}

/* A hard-linked file is replaced, never truncated: the other name keeps
 * the old content whole. */
static void
test_hard_link (void)
{
  g_autofree char *path = path_in ("a.scorebook");
  g_autofree char *other = path_in ("b.scorebook");
  g_autofree char *now = NULL;
  g_autofree char *then = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (link (path, other), ==, 0);
  replace (path, "new", SB_ATOMIC_FILE_PRIVATE);
  now = contents_of (path);
  then = contents_of (other);
  g_assert_cmpstr (now, ==, "new");
  g_assert_cmpstr (then, ==, "old");
  g_unlink (path);
  g_unlink (other);
}

/* A replacement given up halfway leaves the old file whole and nothing
 * beside it. */
static void
test_abort (void)
{
  g_autofree char *path = path_in ("a.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;
  SbAtomicFile *replacement;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  replacement = sb_atomic_file_open (file, SB_ATOMIC_FILE_PRIVATE, &error);
  g_assert_no_error (error);
  g_assert_true (sb_atomic_file_write (replacement, "half of the n", 13, &error));
  g_assert_cmpuint (n_files (), ==, 2);
  sb_atomic_file_abort (replacement);
  now = contents_of (path);
  g_assert_cmpstr (now, ==, "old");
  g_assert_cmpuint (n_files (), ==, 1);
  g_unlink (path);
}

/* In a folder Scorebook may not write, the file stays as it was and the
 * error says why, in GIO's terms. */
static void
test_read_only_folder (void)
{
  g_autofree char *sub = path_in ("locked");
  g_autofree char *path = g_build_filename (sub, "a.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new", 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (sub, 0500), ==, 0);
  g_assert_false (sb_atomic_file_replace (file, bytes, SB_ATOMIC_FILE_PRIVATE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  now = contents_of (path);
  g_assert_cmpstr (now, ==, "old");
  g_chmod (sub, 0700);
  g_unlink (path);
  g_rmdir (sub);
}

/* What a killed writer left beside a file goes when the file is next
 * held; other files, and other files' leftovers, stay. */
static void
test_clean_leftovers (void)
{
  const char *names[] = { "a.scorebook", ".a.scorebook.Ab3xYz.part", ".a.scorebook~.Qq9w0e.part",
                          ".b.scorebook.Ab3xYz.part", ".a.scorebook.notes", "a.scorebook~" };
  g_autofree char *path = path_in (names[0]);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *each = path_in (names[i]);
      g_assert_true (g_file_set_contents (each, "x", -1, NULL));
    }
  sb_atomic_file_clean_leftovers (file);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *each = path_in (names[i]);
      g_assert_cmpint (g_file_test (each, G_FILE_TEST_EXISTS), ==, i != 1 && i != 2);
      g_unlink (each);
    }

  /* The next whole write of the file takes them away too. */
  {
    g_autofree char *leftover = path_in (names[1]);

    g_assert_true (g_file_set_contents (leftover, "half", -1, NULL));
    replace (path, "whole", SB_ATOMIC_FILE_PRIVATE);
    g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
    g_unlink (path);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("sb-atomic-XXXXXX", NULL);
  g_test_add_func ("/atomic-file/through-link", test_through_link);
  g_test_add_func ("/atomic-file/hard-link", test_hard_link);
  g_test_add_func ("/atomic-file/abort", test_abort);
  g_test_add_func ("/atomic-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/atomic-file/clean-leftovers", test_clean_leftovers);
  status = g_test_run ();
  g_rmdir (dir);
  g_free (dir);
  return status;
}
