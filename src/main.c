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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbApplication) app = NULL;
  int status;

  /* An uninstalled build (build-aux/run, the tests) points this at _build/po. */
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR") ? g_getenv ("SCOREBOOK_LOCALEDIR") : LOCALEDIR);

  /* --validate, --outline and the other batch commands run here, before
   * GTK is touched, so they work over ssh and in CI with no display. */
  status = sb_cli_run (argc, argv);
  if (status >= 0)
    return status;

  app = sb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
