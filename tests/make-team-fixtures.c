/* make-team-fixtures.c — writes tests/fixtures/team/ with the program's own writer
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run from the build folder as `tests/make-team-fixtures ../tests/fixtures`
 * after a change to the team (sb-test-team.c) or to the writer; the
 * comparison test checks that the files still are what this writes.
 */
#include "config.h"

#include <locale.h>

#include "sb-assessment-file.h"
#include "sb-test-team.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(SbStandard) other = NULL;
  g_autoptr(GFile) other_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *dir = NULL;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: %s FIXTURES-FOLDER\n", argv[0]);
      return 2;
    }
  other_path = g_build_filename (argv[1], "standards", "minimal.xml", NULL);
  other_file = g_file_new_for_path (other_path);
  dir = g_build_filename (argv[1], "team", NULL);
  standard = sb_standard_new_bundled (&error);
  if (standard != NULL)
    other = sb_standard_new_from_file (other_file, NULL, &error);
  if (other != NULL && g_mkdir_with_parents (dir, 0755) != 0)
    g_set_error (&error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot make the folder", dir);
  for (guint i = 0; error == NULL && sb_test_team_files[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, sb_test_team_files[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = sb_test_team_serialize (standard, other, sb_test_team_files[i]);

      sb_assessment_file_write (file, bytes, FALSE, NULL, &error);
    }
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
