/* test-window-standard.c — the window opened on another standard with --standard
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-application.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"
#include "sb-test-data.h"

static SbApplication *app;

/* A standard shaped like the Baldrige Criteria: its items are what is
 * rated, so the window counts items, with the exact points the model holds. */
static void
test_baldrige (void)
{
  SbWindow *window = sb_window_new (app);
  SbStandard *standard = sb_application_get_standard (app);
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-baldrige.scorebook");
  g_autofree char *overview = NULL;
  g_autofree char *item = NULL;

  g_assert_cmpstr (sb_standard_get_id (standard), ==, "test-baldrige");
  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  sb_window_set_assessment (window, assessment);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  overview = sb_test_dup_labels (GTK_WIDGET (window));
  g_assert_nonnull (strstr (overview, "184.75 / 1000"));
  g_assert_nonnull (strstr (overview, "6 of 17 items rated"));
  g_assert_nonnull (strstr (overview, "15.75 / 85"));
  g_assert_null (strstr (overview, "sub-item"));

  g_assert_true (sb_window_select_id (window, "i2.1"));
  sb_test_wait_for_idle ();
  item = sb_test_dup_labels (GTK_WIDGET (window));
  g_assert_nonnull (strstr (item, "Item · 45 points · Process"));
  g_assert_nonnull (strstr (item, "10–25 %"));
  g_assert_null (strstr (item, "sub-item"));

  sb_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  int handled = 0;
  int status;

  app = sb_test_application_new (&argc, &argv);
  /* As "scorebook --standard FILE" would: before any window exists. */
  path = sb_test_fixture_path ("standards/baldrige.xml");
  g_variant_dict_insert (options, "standard", "^ay", path);
  g_signal_emit_by_name (app, "handle-local-options", options, &handled);
  g_assert_cmpint (handled, ==, -1);

  g_test_add_func ("/window-standard/baldrige", test_baldrige);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
