/* main.c — Scorebook's entry point: the headless commands, or the application
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "scorebook"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-application.h"
#include "sb-cli.h"
#include "sb-i18n.h"

/* Whether this is the program in the build folder (as build-aux/run and
 * the tests start it) rather than an installed one. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe ? g_path_get_dirname (exe) : NULL;
  g_autofree char *built = g_build_filename (BUILD_ROOT, "src", NULL);

  return dir != NULL && g_str_equal (dir, built);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbApplication) app = NULL;
  g_autofree char *localedir = NULL;
  int status;

  /* Uninstalled, the catalogue and the settings schema are the ones built
   * beside the program, so that it starts translated and with its settings
   * with nothing set by hand. Here, with sb_i18n_init(), is the one place
   * the environment is changed, before any thread exists. */
  if (running_uninstalled ())
    {
      g_autofree char *schemas = g_build_filename (BUILD_ROOT, "data", NULL);

      localedir = g_build_filename (BUILD_ROOT, "po", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, FALSE);
    }
  else
    localedir = g_strdup (LOCALEDIR);
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR") ? g_getenv ("SCOREBOOK_LOCALEDIR") : localedir);

  /* --validate, --outline and the other batch commands run here, before
   * GTK is touched, so they work over ssh and in CI with no display. */
  status = sb_cli_run (argc, argv);
  if (status >= 0)
    return status;

  app = sb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
