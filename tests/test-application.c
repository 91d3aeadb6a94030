/* test-application.c — the application as started and used: command line, opening files, app.* actions
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "sb-application.h"
#include "sb-assessment-file.h"
#include "sb-autosave.h"
#include "sb-compare-window.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-data.h"
#include "sb-test-widgets.h"

static SbApplication *app;

/* The message dialog among the toplevels, if any. */
static GtkWindow *
find_message (void)
{
  return sb_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL);
}

static char *
secondary_text (GtkWindow *dialog)
{
  char *text = NULL;

  g_object_get (dialog, "secondary-text", &text, NULL);
  return text;
}

static void
destroy_all_windows (GtkApplication *application)
{
  while (gtk_application_get_windows (application) != NULL)
    sb_test_destroy_window (gtk_application_get_windows (application)->data);
}

/* The program's start, in this process: what main() does after the batch
 * commands. */
typedef struct
{
  const char  *argv[8];
  GString     *printed;     /* what went to standard error */
  char        *selected;    /* the id the window showed at start, or NULL */
  guint        n_windows;
  char        *standard_id;
  gboolean     restore;     /* answer "Restore unsaved work?" first */
  char        *told;        /* a message left over the windows after that, or NULL */
  SbAssessment *shown;      /* what the active window held */
  guint        n_compared;  /* assessments in the active window when it is a comparison */
} Start;

static gboolean
look_and_close (gpointer user_data)
{
  Start *start = user_data;
  GtkApplication *application = GTK_APPLICATION (g_application_get_default ());
  GtkWindow *active = gtk_application_get_active_window (application);
  g_autoptr(SbNode) node = NULL;

  if (start->restore)
    {
      GtkWindow *question = find_message ();

      g_assert_nonnull (question);
      sb_test_click (sb_test_find_button (GTK_WIDGET (question), "_Restore"));
      sb_test_wait_for_idle ();
      if (find_message () != NULL)
        g_object_get (find_message (), "text", &start->told, NULL);
      active = gtk_application_get_active_window (application);
    }
  start->n_windows = g_list_length (gtk_application_get_windows (application));
  if (SB_IS_COMPARE_WINDOW (active))
    start->n_compared = sb_comparison_get_n_assessments (
      sb_compare_page_get_comparison (sb_compare_window_get_page (SB_COMPARE_WINDOW (active))));
  if (SB_IS_WINDOW (active))
    start->shown = g_object_ref (sb_window_get_assessment (SB_WINDOW (active)));
  node = SB_IS_WINDOW (active) ? sb_window_get_selected_node (SB_WINDOW (active)) : NULL;
  start->selected = node ? g_strdup (sb_node_get_id (node)) : NULL;
  start->standard_id = g_strdup (sb_standard_get_id (sb_application_get_standard (SB_APPLICATION (application))));
  destroy_all_windows (application);
  return G_SOURCE_REMOVE;
}

static void
started (GApplication *application,
         Start        *start)
{
  g_idle_add (look_and_close, start);
}

static void
opened (GApplication *application,
        GFile       **files,
        int           n_files,
        const char   *hint,
        Start        *start)
{
  g_idle_add (look_and_close, start);
}

static GString *printed;

static void
collect_printerr (const char *text)
{
  g_string_append (printed, text);
}

static int
run_program (Start *start)
{
  g_autoptr(SbApplication) program = sb_application_new ();
  GApplication *previous = g_application_get_default ();
  GPrintFunc old_handler;
  int argc = 0;
  int status;

  while (start->argv[argc] != NULL)
    argc++;
  start->printed = printed = g_string_new (NULL);
  old_handler = g_set_printerr_handler (collect_printerr);
  g_signal_connect_after (program, "activate", G_CALLBACK (started), start);
  g_signal_connect_after (program, "open", G_CALLBACK (opened), start);
  g_application_set_default (G_APPLICATION (program));
  /* The test's own application holds the program's name on the session
   * bus; the started one takes another, with the same resources. */
  {
    g_autofree char *resources = g_strdup (g_application_get_resource_base_path (G_APPLICATION (program)));

    g_application_set_application_id (G_APPLICATION (program), APP_ID ".Started");
    g_application_set_resource_base_path (G_APPLICATION (program), resources);
  }
  status = g_application_run (G_APPLICATION (program), argc, (char **) start->argv);
  g_application_set_default (previous);
  g_set_printerr_handler (old_handler);
  printed = NULL;
  sb_test_wait_for_idle ();
  return status;
}

static void
start_clear (Start *start)
{
  g_string_free (start->printed, TRUE);
  g_free (start->selected);
  g_free (start->standard_id);
  g_free (start->told);
  g_clear_object (&start->shown);
}

/* --goto opens the window at that node; an id the standard lacks is said
 * on the terminal, and the window opens at the overview all the same. */
static void
test_goto (void)
{
  Start start = { { "scorebook", "--goto", "3.1.2", NULL } };
  Start unknown = { { "scorebook", "--goto=9.9.9", NULL } };

  g_assert_cmpint (run_program (&start), ==, 0);
  g_assert_cmpuint (start.n_windows, ==, 1);
  g_assert_cmpstr (start.selected, ==, "3.1.2");
  g_assert_cmpstr (start.printed->str, ==, "");
  start_clear (&start);

  g_assert_cmpint (run_program (&unknown), ==, 0);
  g_assert_cmpuint (unknown.n_windows, ==, 1);
  g_assert_null (unknown.selected);
  g_assert_nonnull (strstr (unknown.printed->str, "There is nothing with the id “9.9.9” in the standard"));
  start_clear (&unknown);
}

/* --compare-window opens the files given side by side in a comparison
 * window alone, as File → Compare… does (for the benchmarks and the
 * README's pictures); with no files it says what it needs. */
static void
test_compare_window (void)
{
  g_autofree char *a = sb_test_fixture_path ("team/examiner-a.scorebook");
  g_autofree char *b = sb_test_fixture_path ("team/examiner-b.scorebook");
  g_autofree char *c = sb_test_fixture_path ("team/examiner-c.scorebook");
  Start start = { { "scorebook", "--compare-window", a, b, c, NULL } };
  Start alone = { { "scorebook", "--compare-window", NULL } };

  g_assert_cmpint (run_program (&start), ==, 0);
  g_assert_cmpuint (start.n_windows, ==, 1);
  g_assert_cmpuint (start.n_compared, ==, 3);
  g_assert_cmpstr (start.printed->str, ==, "");
  start_clear (&start);

  g_assert_cmpint (run_program (&alone), ==, 0);
  g_assert_cmpuint (alone.n_windows, ==, 1);
  g_assert_cmpuint (alone.n_compared, ==, 0);
  g_assert_nonnull (strstr (alone.printed->str, "--compare-window"));
  start_clear (&alone);
}

/* --standard scores on another standard; one that does not load is said
 * on the terminal, and no window opens. */
static void
test_standard_option (void)
{
  g_autofree char *baldrige = sb_test_fixture_path ("standards/baldrige.xml");
  g_autofree char *dir = g_dir_make_tmp ("sb-app-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  Start other = { { "scorebook", "--standard", baldrige, NULL } };
  Start bad = { { "scorebook", "--standard", broken, NULL } };
  g_autoptr(SbStandard) bundled = sb_test_bundled_standard ();

  g_assert_cmpint (run_program (&other), ==, 0);
  g_assert_cmpuint (other.n_windows, ==, 1);
  g_assert_cmpstr (other.standard_id, !=, sb_standard_get_id (bundled));
  g_assert_nonnull (other.standard_id);
  start_clear (&other);

  g_assert_true (g_file_set_contents (broken, "<standard", -1, NULL));
  g_assert_cmpint (run_program (&bad), ==, 1);
  g_assert_cmpuint (bad.n_windows, ==, 0);
  g_assert_nonnull (strstr (bad.printed->str, "broken.xml:"));
  start_clear (&bad);
  g_unlink (broken);
  g_rmdir (dir);
}

/* Files named at start open each in a window of its own, the first in the
 * empty window that comes first, and --goto applies to the last. */
static void
test_open_at_start (void)
{
  g_autofree char *partial = sb_test_copy_fixture ("assessment-partial.scorebook", "start-partial.scorebook");
  g_autofree char *full = sb_test_copy_fixture ("assessment-full.scorebook", "start-full.scorebook");
  Start start = { { "scorebook", "--goto", "2.1.1", partial, full, NULL } };

  g_assert_cmpint (run_program (&start), ==, 0);
  g_assert_cmpuint (start.n_windows, ==, 2);
  g_assert_cmpstr (start.selected, ==, "2.1.1");
  g_assert_cmpstr (start.printed->str, ==, "");
  start_clear (&start);
  sb_test_remove_copy (partial);
  sb_test_remove_copy (full);
}

/* A file made for another edition of the standard opens, and the window
 * says so over itself; a file that does not load opens nothing and says
 * why, over the window that is there. */
static void
test_open_with_warnings (void)
{
  g_autofree char *fixture = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *dir = g_dir_make_tmp ("sb-app-XXXXXX", NULL);
  g_autofree char *older = g_build_filename (dir, "older.scorebook", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.scorebook", NULL);
  g_autoptr(GFile) older_file = g_file_new_for_path (older);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *why = NULL;
  GtkWindow *message;
  SbWindow *window;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "edition=\"2019\"", "edition=\"2016\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (older, text->str, text->len, NULL));

  g_assert_true (sb_application_open_file (app, older_file));
  sb_test_wait_for_idle ();
  window = sb_application_find_window (app, older_file);
  g_assert_nonnull (window);
  message = find_message ();
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_window_get_title (message), ==, "The assessment was opened, with warnings");
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (window));
  why = secondary_text (message);
  g_assert_nonnull (strstr (why, "edition 2016"));
  sb_test_click (sb_test_find_button (message, "_Close"));
  sb_test_wait_for_idle ();
  g_assert_null (find_message ());

  g_assert_true (g_file_set_contents (broken, "<assessment", -1, NULL));
  g_assert_false (sb_application_open_file (app, broken_file));
  sb_test_wait_for_idle ();
  g_assert_null (sb_application_find_window (app, broken_file));
  message = find_message ();
  g_assert_nonnull (message);
  g_assert_cmpstr (gtk_window_get_title (message), ==, "The assessment could not be opened");
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (window));
  sb_test_destroy_window (message);

  destroy_all_windows (GTK_APPLICATION (app));
  g_unlink (older);
  g_unlink (broken);
  g_rmdir (dir);
}

static void
discard_recoveries (void)
{
  g_autoptr(GPtrArray) stale = sb_autosave_find_recoverable ();

  for (guint i = 0; i < stale->len; i++)
    sb_recovery_discard (stale->pdata[i]);
}

/* The recent-files menu opens by URI, in a new window beside the one
 * that holds work, and adds the file to the recent files itself. */
static void
test_open_recent (void)
{
  g_autofree char *path = sb_test_copy_fixture ("assessment-full.scorebook", "recent.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  SbWindow *busy = sb_window_new (app);
  SbWindow *opened_in;

  gtk_window_present (GTK_WINDOW (busy));
  g_assert_true (sb_assessment_set_rating (sb_window_get_assessment (busy), "1.1.1", "process-4", 65, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent", g_variant_new_string (uri));
  sb_test_wait_for_idle ();
  opened_in = sb_application_find_window (app, file);
  g_assert_nonnull (opened_in);
  g_assert_true (opened_in != busy);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));

  /* Asked again, it brings the same window forward rather than open a second. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent", g_variant_new_string (uri));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  destroy_all_windows (GTK_APPLICATION (app));
  discard_recoveries ();
  sb_test_remove_copy (path);
}

/* Quit closes every window, but one with unsaved work asks first and
 * stays until answered. */
static void
test_quit (void)
{
  SbWindow *clean = sb_window_new (app);
  SbWindow *dirty = sb_window_new (app);
  g_autofree char *question = NULL;
  GtkWindow *message;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (clean));
  gtk_window_present (GTK_WINDOW (dirty));
  g_assert_true (sb_assessment_set_rating (sb_window_get_assessment (dirty), "1.1.1", "process-4", 65, NULL));
  g_object_ref (clean);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sb_test_assert_finalized (clean);
  g_assert_true (gtk_application_get_windows (GTK_APPLICATION (app))->data == dirty);
  message = find_message ();
  g_assert_nonnull (message);
  g_object_get (message, "text", &question, NULL);
  g_assert_nonnull (strstr (question, "before closing?"));

  g_object_ref (dirty);
  g_object_ref (message);
  sb_test_click (sb_test_find_button (message, "Close _without Saving"));
  sb_test_assert_finalized (message);
  sb_test_assert_finalized (dirty);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* About names the program and its version, over the window. */
static void
test_about (void)
{
  SbWindow *window = sb_window_new (app);
  GtkWindow *about;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  sb_test_wait_for_idle ();
  about = sb_test_find_toplevel (GTK_TYPE_ABOUT_DIALOG, NULL);
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_about_dialog_get_program_name (GTK_ABOUT_DIALOG (about)), ==, "Scorebook");
  g_assert_cmpstr (gtk_about_dialog_get_version (GTK_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (GTK_ABOUT_DIALOG (about)), ==, GTK_LICENSE_GPL_3_0);

  /* gtk_show_about_dialog() keeps the dialog on its parent, to show it
   * again: it goes with the window. (A reference of the test's own would
   * outlive the parent, which GTK 4.8's dialog does not expect.) */
  g_object_add_weak_pointer (G_OBJECT (about), (gpointer *) &about);
  gtk_window_destroy (about);
  sb_test_destroy_window (window);
  g_assert_null (about);
}

/* The switch for evidence notes in Preferences and the setting follow
 * each other, both ways; so do the language list and its setting. */
static void
test_preferences_notes (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbWindow *window = sb_window_new (app);
  GtkWindow *preferences;
  GtkSwitch *notes;
  GtkDropDown *language;
  g_autofree char *chosen = NULL;

  g_settings_set_string (settings, "language", "en");
  g_settings_set_boolean (settings, "include-notes", FALSE);
  g_settings_set_string (settings, "interface-language", "en");
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  sb_test_wait_for_idle ();
  preferences = sb_test_find_toplevel (GTK_TYPE_WINDOW, "Preferences");
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_modal (preferences));
  notes = GTK_SWITCH (sb_test_find_first (GTK_WIDGET (preferences), GTK_TYPE_SWITCH));
  language = GTK_DROP_DOWN (sb_test_find_first (GTK_WIDGET (preferences), GTK_TYPE_DROP_DOWN));
  g_assert_false (gtk_switch_get_active (notes));
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 1);

  gtk_switch_set_active (notes, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "include-notes"));
  g_settings_set_boolean (settings, "include-notes", FALSE);
  g_assert_false (gtk_switch_get_active (notes));
  /* The application's own action for it is the same setting. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "include-notes", NULL);
  g_assert_true (gtk_switch_get_active (notes));

  g_settings_set_string (settings, "interface-language", "zh-CN");
  sb_test_wait_for_idle ();
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 0);
  gtk_drop_down_set_selected (language, 1);
  chosen = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (chosen, ==, "en");

  sb_test_destroy_window (preferences);
  sb_test_destroy_window (window);
  g_settings_reset (settings, "include-notes");
  g_settings_reset (settings, "interface-language");
}

/* Killed with work unsaved, then started again on the same file, as a
 * double-click on it does: Restore brings the work into the window that
 * opened the file. It used to refuse, naming this very process as the
 * one that had the file open. */
static void
test_restore_file_given_at_start (void)
{
  g_autofree char *path = sb_test_copy_fixture ("assessment-partial.scorebook", "start-restore.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) unsaved = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  Start start = { { "scorebook", path, NULL }, .restore = TRUE };
  guint percent = 0;

  discard_recoveries ();
  unsaved = sb_assessment_file_load (sb_application_get_standard (app), file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sb_assessment_set_rating (unsaved, "3.2.1", "results-5", 90, NULL));
  sb_test_leave_recovery (unsaved);

  g_assert_cmpint (run_program (&start), ==, 0);
  g_assert_cmpstr (start.told, ==, NULL);
  g_assert_cmpuint (start.n_windows, ==, 1);
  g_assert_nonnull (start.shown);
  g_assert_true (g_file_equal (sb_assessment_get_file (start.shown), file));
  g_assert_true (sb_assessment_get_dirty (start.shown));
  g_assert_true (sb_assessment_get_rating (start.shown, "3.2.1", NULL, &percent));
  g_assert_cmpuint (percent, ==, 90);
  /* Still kept against a second crash. */
  kept = sb_autosave_find_recoverable ();
  g_assert_cmpuint (kept->len, ==, 1);

  start_clear (&start);
  discard_recoveries ();
  sb_test_remove_copy (path);
}

/* A start after a crash offers the unsaved work once; Discard removes it
 * for good, and the question names work with no applicant as such. The
 * offer comes again only in a new process. */
static void
test_recovery_discarded (void)
{
  g_autoptr(SbAssessment) unnamed = sb_assessment_new (sb_application_get_standard (app));
  g_autoptr(GPtrArray) left = NULL;
  g_autofree char *names = NULL;
  g_autofree char *question = NULL;
  GtkWindow *message;

  discard_recoveries ();
  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  g_assert_true (sb_assessment_set_rating (unnamed, "2.1.1", "process-3", 50, NULL));
  sb_test_leave_recovery (unnamed);

  g_application_activate (G_APPLICATION (app));
  sb_test_wait_for_idle ();
  message = find_message ();
  g_assert_nonnull (message);
  g_object_get (message, "text", &question, NULL);
  g_assert_cmpstr (question, ==, "Restore unsaved work?");
  names = secondary_text (message);
  g_assert_nonnull (strstr (names, "Never saved: no applicant named, last changed "));

  g_object_ref (message);
  sb_test_click (sb_test_find_button (message, "_Discard"));
  sb_test_assert_finalized (message);
  left = sb_autosave_find_recoverable ();
  g_assert_cmpuint (left->len, ==, 0);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* Nothing is asked again in this process, whatever is left meanwhile. */
  sb_test_leave_recovery (unnamed);
  g_application_activate (G_APPLICATION (app));
  sb_test_wait_for_idle ();
  g_assert_null (find_message ());
  discard_recoveries ();
  destroy_all_windows (GTK_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

  g_test_add_func ("/application/goto", test_goto);
  g_test_add_func ("/application/standard-option", test_standard_option);
  g_test_add_func ("/application/compare-window", test_compare_window);
  g_test_add_func ("/application/open-at-start", test_open_at_start);
  g_test_add_func ("/application/open-with-warnings", test_open_with_warnings);
  g_test_add_func ("/application/restore-file-given-at-start", test_restore_file_given_at_start);
  g_test_add_func ("/application/open-recent", test_open_recent);
  g_test_add_func ("/application/quit", test_quit);
  g_test_add_func ("/application/about", test_about);
  g_test_add_func ("/application/preferences-notes", test_preferences_notes);
  g_test_add_func ("/application/recovery-discarded", test_recovery_discarded);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
