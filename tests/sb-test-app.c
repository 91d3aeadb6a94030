/* sb-test-app.c — the application that window tests run in
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "sb-autosave.h"
#include "sb-i18n.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"

/* Sets up GTK as main() does and returns a registered application whose
 * recovery files go to a folder of the test's own. */
SbApplication *
sb_test_application_new (int    *argc,
                         char ***argv)
{
  SbApplication *app;

  sb_test_use_own_data_home ();
  /* First, as in main(): it settles whether GTK's own words are translated. */
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR"));
  gtk_test_init (argc, argv, NULL);

  app = sb_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);
  return app;
}

/* Writes @assessment's recovery file as the autosave of a process that
 * then died would have left it. */
void
sb_test_leave_recovery (SbAssessment *assessment)
{
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_autosave_flush (autosave, &error));
  g_assert_no_error (error);
}
