/* replay.c — runs a fuzz target's function on files, without libFuzzer: the regression inputs
 * each finding left behind are run by the ordinary test suite this way
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

#include "sb-fuzz.h"

/* Each argument is a file or a folder whose files (not sub-folders) are
 * inputs; prints TAP, one case a file. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          g_ptr_array_add (files, g_strdup (argv[i]));
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          char *path = g_build_filename (argv[i], name, NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add (files, path);
          else
            g_free (path);
        }
    }
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  g_print ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (files->pdata[i], &contents, &length, NULL))
        {
          g_print ("not ok %u - %s (unreadable)\n", ++n, (char *) files->pdata[i]);
          continue;
        }
      /* A finding aborts the process: the run fails at that case. */
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      g_print ("ok %u - %s\n", ++n, (char *) files->pdata[i]);
    }
  return 0;
}
