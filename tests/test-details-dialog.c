/* test-details-dialog.c — the assessment's details: the dialog, the window's bar and title, undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-application.h"
#include "sb-details-dialog.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"

static SbApplication *app;

typedef struct
{
  SbWindow     *window;
  SbAssessment *assessment;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  fixture->window = sb_window_new (app);
  fixture->assessment = sb_window_get_assessment (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  sb_test_wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Nothing here is worth keeping: close without the unsaved-work question. */
  sb_test_destroy_window (fixture->window);
}

/* The details dialog that is open, or NULL. */
static SbDetailsDialog *
find_dialog (void)
{
  return (SbDetailsDialog *) sb_test_find_toplevel (SB_TYPE_DETAILS_DIALOG, NULL);
}

/* Opens the dialog as the menu item and the key do. */
static SbDetailsDialog *
open_dialog (Fixture *fixture)
{
  SbDetailsDialog *dialog;

  g_assert_null (find_dialog ());
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.details", NULL);
  sb_test_wait_for_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

static GtkWidget *
nth_of_type (GtkWidget *widget,
             GType      type,
             guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (widget, type, NULL, found);
  g_assert_cmpuint (found->len, >, n);
  return found->pdata[n];
}

/* The dialog's header holds Cancel and the suggested Apply. */
static GtkWidget *
button (SbDetailsDialog *dialog,
        const char      *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  sb_test_find_all (gtk_window_get_titlebar (GTK_WINDOW (dialog)), GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  g_error ("no button %s", label);
}

static void
fill_in (SbDetailsDialog *dialog,
         const char      *applicant,
         SbSubject        subject,
         SbAssessmentKind kind,
         const char      *examiner)
{
  gtk_editable_set_text (GTK_EDITABLE (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0)), applicant);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 0)), subject);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 1)), kind);
  gtk_editable_set_text (GTK_EDITABLE (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 1)), examiner);
}

static GtkInfoBar *
details_bar (Fixture *fixture)
{
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->window), GTK_TYPE_INFO_BAR, "details", bars);
  g_assert_cmpuint (bars->len, ==, 1);
  return bars->pdata[0];
}

/* The header's subtitle: the label below the title in the header bar. */
static const char *
subtitle (Fixture *fixture)
{
  GtkWidget *header = gtk_window_get_titlebar (GTK_WINDOW (fixture->window));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  sb_test_find_all (header, GTK_TYPE_LABEL, "subtitle", labels);
  g_assert_cmpuint (labels->len, ==, 1);
  return gtk_label_get_text (labels->pdata[0]);
}

/* The title of the page shown: the overview's is the applicant. */
static const char *
page_title (Fixture *fixture)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  /* The page, not the search results beside it, which have a title too. */
  GtkWidget *page = sb_test_find_nth (GTK_WIDGET (fixture->window), GTK_TYPE_BOX, "page", 0);

  sb_test_find_all (page, GTK_TYPE_LABEL, "title-1", titles);
  g_assert_cmpuint (titles->len, ==, 1);
  return gtk_label_get_text (titles->pdata[0]);
}

/* A new window says that no one is named, and that it is a
 * self-assessment, instead of printing dashes later without a word. */
static void
test_new_window_says_so (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkInfoBar *bar = details_bar (fixture);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean said = FALSE;

  g_assert_nonnull (bar);
  g_assert_true (gtk_info_bar_get_revealed (bar));
  sb_test_find_all (GTK_WIDGET (bar), GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    said |= g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "This assessment names no applicant and no examiner yet.") == 0;
  g_assert_true (said);
  g_assert_true (g_str_has_prefix (subtitle (fixture), "Self-assessment · "));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "New assessment");

  /* Its button opens the dialog. */
  {
    GtkWidget *set = NULL;
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    sb_test_find_all (GTK_WIDGET (bar), GTK_TYPE_BUTTON, NULL, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "Set _Details…") == 0)
        set = buttons->pdata[i];
    g_assert_nonnull (set);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (set)), ==, "win.details");
  }

  /* Closed, it stays closed for this assessment. */
  gtk_info_bar_response (bar, GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_info_bar_get_revealed (bar));
  sb_assessment_set_applicant (fixture->assessment, "A");
  g_assert_false (gtk_info_bar_get_revealed (bar));
}

/* Apply sets all four details as one step of undo; the window follows. */
static void
test_apply_and_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  SbDetailsDialog *dialog = open_dialog (fixture);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Assessment Details");
  g_assert_true (sb_details_dialog_get_assessment (dialog) == fixture->assessment);

  fill_in (dialog, "  Harbour Hospital ", SB_SUBJECT_PROJECT, SB_ASSESSMENT_KIND_SITE_VISIT, "Li Min");
  sb_test_click (button (dialog, "_Apply"));
  sb_test_wait_for_idle ();
  g_assert_null (find_dialog ());

  g_assert_cmpstr (sb_assessment_get_applicant (fixture->assessment), ==, "Harbour Hospital");
  g_assert_cmpstr (sb_assessment_get_examiner (fixture->assessment), ==, "Li Min");
  g_assert_cmpint (sb_assessment_get_subject (fixture->assessment), ==, SB_SUBJECT_PROJECT);
  g_assert_cmpint (sb_assessment_get_kind (fixture->assessment), ==, SB_ASSESSMENT_KIND_SITE_VISIT);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "• Harbour Hospital");
  g_assert_true (g_str_has_prefix (subtitle (fixture), "Site visit · "));
  g_assert_false (gtk_info_bar_get_revealed (details_bar (fixture)));
  g_assert_cmpstr (page_title (fixture), ==, "Harbour Hospital");

  /* One Ctrl+Z takes all four back, and the bar returns. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpstr (sb_assessment_get_applicant (fixture->assessment), ==, "");
  g_assert_cmpstr (sb_assessment_get_examiner (fixture->assessment), ==, "");
  g_assert_cmpint (sb_assessment_get_subject (fixture->assessment), ==, SB_SUBJECT_ORGANIZATION);
  g_assert_cmpint (sb_assessment_get_kind (fixture->assessment), ==, SB_ASSESSMENT_KIND_SELF);
  g_assert_false (sb_assessment_get_dirty (fixture->assessment));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "New assessment");
  g_assert_true (gtk_info_bar_get_revealed (details_bar (fixture)));
  g_assert_cmpstr (page_title (fixture), ==, "Overview");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  g_assert_cmpstr (sb_assessment_get_applicant (fixture->assessment), ==, "Harbour Hospital");
  g_assert_cmpint (sb_assessment_get_kind (fixture->assessment), ==, SB_ASSESSMENT_KIND_SITE_VISIT);

  /* Opened again, the dialog shows what is set; only the examiner left
   * empty brings the bar back, saying what is missing. */
  dialog = open_dialog (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0))), ==,
                   "Harbour Hospital");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, 1))), ==,
                    SB_ASSESSMENT_KIND_SITE_VISIT);
  fill_in (dialog, "Harbour Hospital", SB_SUBJECT_PROJECT, SB_ASSESSMENT_KIND_SITE_VISIT, " ");
  sb_test_click (button (dialog, "_Apply"));
  sb_test_wait_for_idle ();
  g_assert_cmpstr (sb_assessment_get_examiner (fixture->assessment), ==, "");
  g_assert_true (gtk_info_bar_get_revealed (details_bar (fixture)));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    gboolean said = FALSE;

    sb_test_find_all (GTK_WIDGET (details_bar (fixture)), GTK_TYPE_LABEL, NULL, labels);
    for (guint i = 0; i < labels->len; i++)
      said |= g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "This assessment names no examiner yet.") == 0;
    g_assert_true (said);
  }
}

/* Escape and Cancel change nothing and leave nothing to undo. */
static void
test_escape_and_cancel (Fixture       *fixture,
                        gconstpointer  data)
{
  SbHistory *history = sb_assessment_get_history (fixture->assessment);
  SbDetailsDialog *dialog = open_dialog (fixture);

  fill_in (dialog, "Typed", SB_SUBJECT_PROJECT, SB_ASSESSMENT_KIND_CONSENSUS, "Not kept");
  g_assert_true (sb_test_press_shortcut (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0), GDK_KEY_Escape, 0));
  sb_test_wait_for_idle ();
  g_assert_null (find_dialog ());

  dialog = open_dialog (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (nth_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, 0))), ==, "");
  fill_in (dialog, "Typed", SB_SUBJECT_PROJECT, SB_ASSESSMENT_KIND_CONSENSUS, "Not kept");
  sb_test_click (button (dialog, "_Cancel"));
  sb_test_wait_for_idle ();
  g_assert_null (find_dialog ());

  /* Apply with nothing changed is no step either. */
  dialog = open_dialog (fixture);
  sb_test_click (button (dialog, "_Apply"));
  sb_test_wait_for_idle ();

  g_assert_cmpstr (sb_assessment_get_applicant (fixture->assessment), ==, "");
  g_assert_cmpint (sb_assessment_get_kind (fixture->assessment), ==, SB_ASSESSMENT_KIND_SELF);
  g_assert_false (sb_history_can_undo (history));
  g_assert_false (sb_assessment_get_dirty (fixture->assessment));
}

/* Every field is named by its label for screen readers, and reached by
 * its mnemonic. */
static void
test_labels (Fixture       *fixture,
             gconstpointer  data)
{
  SbDetailsDialog *dialog = open_dialog (fixture);
  const char *names[] = { "_Applicant", "Asse_sses", "_Kind", "_Examiner" };
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = 0;

  sb_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *field = gtk_label_get_mnemonic_widget (labels->pdata[i]);

      if (field == NULL || GTK_IS_BUTTON (field))
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (names));
      g_assert_cmpstr (gtk_label_get_label (labels->pdata[i]), ==, names[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (names));
  sb_test_destroy_window (dialog);
}

/* The menu item and the key lead to the same action. */
static void
test_reachable (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(GStrv) keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.details");
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (sb_test_find_first (
    gtk_window_get_titlebar (GTK_WINDOW (fixture->window)), GTK_TYPE_MENU_BUTTON)));
  gboolean in_menu = FALSE;

  g_assert_cmpstrv (keys, ((const char *[]) { "<Control>i", NULL }));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            in_menu |= g_strcmp0 (action, "win.details") == 0;
        }
    }
  g_assert_true (in_menu);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

  g_test_add ("/details-dialog/new-window-says-so", Fixture, NULL, fixture_set_up, test_new_window_says_so, fixture_tear_down);
  g_test_add ("/details-dialog/apply-and-undo", Fixture, NULL, fixture_set_up, test_apply_and_undo, fixture_tear_down);
  g_test_add ("/details-dialog/escape-and-cancel", Fixture, NULL, fixture_set_up, test_escape_and_cancel, fixture_tear_down);
  g_test_add ("/details-dialog/labels", Fixture, NULL, fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/details-dialog/reachable", Fixture, NULL, fixture_set_up, test_reachable, fixture_tear_down);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
