/* test-window-files.c — the window's file dialogs and what it tells about files: exports, bad files, other standards
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "sb-application.h"
#include "sb-assessment-file.h"
#include "sb-notices.h"
#include "sb-window.h"
#include "sb-test-run.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"
#include "sb-test-data.h"

static SbApplication *app;

/* The dialog a GtkFileChooserNative shows where no portal is asked. */
static GtkWidget *
find_toplevel (GType type)
{
  GtkWidget *found = NULL;
  GList *list = gtk_window_list_toplevels ();

  for (GList *l = list; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (list);
  return found;
}

static char *
chooser_folder (GtkWidget *chooser)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  return folder ? g_file_get_path (folder) : NULL;
}

/* Opens the file chooser of @action, returns the folder it starts in, and
 * answers it: with @name (in that folder) to accept, or NULL to cancel. */
static char *
run_chooser (SbWindow   *window,
             const char *action,
             const char *name)
{
  GtkWidget *chooser;
  char *folder;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  sb_test_wait_for_idle ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  folder = chooser_folder (chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (name != NULL)
    {
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    }
  else
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sb_test_wait_for_idle ();
  return folder;
}

static void
close_message_dialogs (void)
{
  GList *list = gtk_window_list_toplevels ();

  for (GList *l = list; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (list);
  sb_test_wait_for_idle ();
}

/* The secondary text of the one message dialog shown, or NULL. */
static char *
message_text (void)
{
  GtkWidget *dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  char *text = NULL;

  if (dialog != NULL)
    g_object_get (dialog, "secondary-text", &text, NULL);
  return text;
}

static char *
copy_fixture (const char *dir,
              const char *fixture,
              const char *name,
              const char *from,
              const char *to)
{
  g_autofree char *source = sb_test_fixture_path (fixture);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  text = g_string_new (contents);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  return path;
}

static SbWindow *
open_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SbWindow *window;

  g_assert_true (sb_application_open_file (app, file));
  sb_test_wait_for_idle ();
  window = sb_application_find_window (app, file);
  g_assert_nonnull (window);
  return window;
}

static gboolean
bar_shown (gpointer data)
{
  GtkInfoBar *bar = data;

  return gtk_widget_get_visible (GTK_WIDGET (bar)) && gtk_info_bar_get_revealed (bar);
}

static GtkInfoBar *
export_bar (SbWindow *window)
{
  SbNotices *notices = SB_NOTICES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_NOTICES));

  g_assert_nonnull (notices);
  return sb_notices_get_export_bar (notices);
}

static GtkInfoBar *
standard_bar (SbWindow *window)
{
  SbNotices *notices = SB_NOTICES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_NOTICES));

  g_assert_nonnull (notices);
  return sb_notices_get_standard_bar (notices);
}

static char *
bar_text (GtkInfoBar *bar)
{
  GtkWidget *label = sb_test_find_first (GTK_WIDGET (bar), GTK_TYPE_LABEL);

  return g_strdup (gtk_label_get_text (GTK_LABEL (label)));
}

/* The labels of the bar's buttons, mnemonics and all, one per line; the
 * tooltip of one with an icon only. */
static char *
bar_buttons (GtkInfoBar *bar)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  sb_test_find_all (GTK_WIDGET (bar), GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_button_get_label (buttons->pdata[i]);

      g_string_append_printf (text, "%s\n", label ? label : gtk_widget_get_tooltip_text (buttons->pdata[i]));
    }
  return g_string_free (text, FALSE);
}

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

typedef struct
{
  const char *action;
  const char *name;
  const char *en;
  const char *zh;
} ExportCase;

static const ExportCase export_cases[] = {
  { "win.export-pdf", "summary.pdf", "The summary was exported as “summary.pdf” in ", "评审汇总已导出为“summary.pdf”，位于 " },
  { "win.export-csv", "scores.csv", "The scores were exported as “scores.csv” in ", "评分已导出为“scores.csv”，位于 " },
  { "win.export-radar", "radar.png", "The chart was exported as “radar.png” in ", "图表已导出为“radar.png”，位于 " },
};

/* After an export the window says what it wrote where, with Open and Show
 * in Folder, in the interface's language; the file is as private as the
 * assessment. The chooser starts beside the assessment for every kind. */
static void
test_export_confirmation (gconstpointer data)
{
  const ExportCase *c = data;
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("sb-export-XXXXXX", NULL);
  g_autofree char *elsewhere = g_dir_make_tmp ("sb-elsewhere-XXXXXX", NULL);
  g_autofree char *input = copy_fixture (dir, "assessment-full.scorebook", "a.scorebook", NULL, NULL);
  g_autofree char *out = g_build_filename (dir, c->name, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *buttons = NULL;
  g_autofree char *en_where = g_strconcat (c->en, dir, NULL);
  g_autofree char *zh_where = g_strconcat (c->zh, dir, NULL);
  GtkInfoBar *bar;
  SbWindow *window;

  g_settings_set_string (settings, "language", "en");
  /* The last export went elsewhere: this one still starts beside the assessment. */
  g_settings_set_string (settings, "last-export-folder", elsewhere);
  window = open_path (input);
  bar = export_bar (window);
  g_assert_false (bar_shown (bar));

  folder = run_chooser (window, c->action, c->name);
  g_assert_cmpstr (folder, ==, dir);
  sb_test_wait_until (bar_shown, bar);

  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (out), ==, 0600);
  en = bar_text (bar);
  g_assert_cmpstr (en, ==, en_where);
  buttons = bar_buttons (bar);
  g_assert_cmpstr (buttons, ==, "_Open\nShow in _Folder\nClose\n");

  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_string (settings, "interface-language", "zh-CN");
  sb_test_wait_for_idle ();
  zh = bar_text (bar);
  g_assert_cmpstr (zh, ==, zh_where);
  g_free (buttons);
  buttons = bar_buttons (bar);
  g_assert_cmpstr (buttons, ==, "打开(_O)\n在文件夹中显示(_F)\n关闭\n");
  {
    g_autofree char *setting = g_settings_get_string (settings, "last-export-folder");

    g_assert_cmpstr (setting, ==, dir);
  }

  /* Closing it hides it. */
  gtk_info_bar_response (bar, GTK_RESPONSE_CLOSE);
  sb_test_wait_for_idle ();
  g_assert_false (bar_shown (bar));

  sb_test_destroy_window (window);
  g_remove (out);
  g_remove (input);
  g_rmdir (dir);
  g_rmdir (elsewhere);
  g_settings_reset (settings, "interface-language");
}

static gboolean
bar_hidden (gpointer data)
{
  return !bar_shown (data);
}

/* The bar goes away on its own after a while. */
static void
test_export_bar_hides (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-hides-XXXXXX", NULL);
  g_autofree char *input = copy_fixture (dir, "assessment-partial.scorebook", "a.scorebook", NULL, NULL);
  g_autofree char *out = g_build_filename (dir, "a.csv", NULL);
  SbWindow *window;
  GtkInfoBar *bar;

  window = open_path (input);
  bar = export_bar (window);
  sb_notices_set_export_seconds (SB_NOTICES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_NOTICES)), 1);
  g_free (run_chooser (window, "win.export-csv", "a.csv"));
  sb_test_wait_until (bar_shown, bar);
  sb_test_wait_until (bar_hidden, bar);

  sb_test_destroy_window (window);
  g_remove (out);
  g_remove (input);
  g_rmdir (dir);
}

/* A new assessment is first saved in the documents folder (or home), never
 * in the folder the program was started from; its exports start where the
 * last export went, or there too. */
static void
test_start_folders (void)
{
  GSettings *settings = sb_application_get_settings (app);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *expected = g_strdup (documents && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                        ? documents : g_get_home_dir ());
  g_autofree char *cwd = g_dir_make_tmp ("sb-cwd-XXXXXX", NULL);
  g_autofree char *before = g_get_current_dir ();
  g_autofree char *exports = g_dir_make_tmp ("sb-exports-XXXXXX", NULL);
  const char *actions[] = { "win.export-pdf", "win.export-csv", "win.export-radar", "win.export-bars" };
  SbWindow *window;

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_settings_set_string (settings, "language", "en");
  g_settings_set_string (settings, "last-folder", "");
  g_settings_set_string (settings, "last-export-folder", "");
  window = sb_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  {
    g_autofree char *folder = run_chooser (window, "win.save-as", NULL);

    g_assert_cmpstr (folder, ==, expected);
    g_assert_cmpstr (folder, !=, cwd);
  }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *folder = run_chooser (window, actions[i], NULL);

      g_assert_cmpstr (folder, ==, expected);
    }

  g_settings_set_string (settings, "last-export-folder", exports);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *folder = run_chooser (window, actions[i], NULL);

      g_assert_cmpstr (folder, ==, exports);
    }

  g_assert_cmpint (g_chdir (before), ==, 0);
  sb_test_destroy_window (window);
  g_rmdir (cwd);
  g_rmdir (exports);
}

/* Every file chooser lets go of its filters when it is answered: GTK 4's
 * filters are not floating, so one the window kept a reference to would
 * outlive its dialog, once per Open, Save As and export. */
static void
test_choosers_release_filters (void)
{
  const char *actions[] = { "win.open", "win.save-as", "win.export-pdf", "win.export-csv",
                            "win.export-radar", "win.export-bars" };
  SbWindow *window = sb_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GListModel) filters = NULL;
      g_autofree gpointer *alive = NULL;
      GtkWidget *chooser;
      guint n;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL));
      sb_test_wait_for_idle ();
      chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
      g_assert_nonnull (chooser);
      filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
      n = g_list_model_get_n_items (filters);
      g_assert_cmpuint (n, >, 0);
      alive = g_new0 (gpointer, n);
      for (guint k = 0; k < n; k++)
        {
          alive[k] = g_list_model_get_item (filters, k);
          g_object_add_weak_pointer (alive[k], &alive[k]);
          g_object_unref (alive[k]);
        }
      g_clear_object (&filters);

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
      G_GNUC_END_IGNORE_DEPRECATIONS
      sb_test_wait_for_idle ();
      for (guint k = 0; k < n; k++)
        if (alive[k] != NULL)
          g_error ("a filter of %s's chooser outlived it", actions[i]);
    }

  sb_test_destroy_window (window);
}

/* What the window says about a picture or a file cut short: the same words
 * as the command line, in the interface's language. */
static void
test_bad_files (void)
{
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("sb-bad-XXXXXX", NULL);
  const char *languages[] = { "en", "zh-CN" };

  for (guint i = 0; i < sb_test_n_bad_files; i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        const SbTestBadFile *bad = &sb_test_bad_files[i];
        g_autofree char *path = g_build_filename (dir, bad->name, NULL);
        g_autofree char *located = g_strconcat (path, bad->located, NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autofree char *text = NULL;
        SbWindow *window = sb_window_new (app);

        g_settings_set_string (settings, "language", languages[l]);
        g_settings_set_string (settings, "interface-language", languages[l]);
        gtk_window_present (GTK_WINDOW (window));
        g_assert_true (g_file_set_contents (path, bad->contents, bad->length, NULL));
        g_assert_false (sb_application_open_file (app, file));
        sb_test_wait_for_idle ();
        text = message_text ();
        g_assert_nonnull (text);
        g_assert_true (g_str_has_prefix (text, l == 0 ? located : path));
        g_assert_nonnull (strstr (text, l == 0 ? bad->en : bad->zh));
        g_assert_null (strstr (text, "UTF-8"));
        g_assert_null (strstr (text, "XML"));
        close_message_dialogs ();
        sb_test_destroy_window (window);
        g_remove (path);
      }
  g_rmdir (dir);
  g_settings_reset (settings, "interface-language");
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* An assessment made for another standard keeps a bar saying so for as
 * long as it is open, saved or not, in the interface's language; its PDF
 * says it too. One made for this standard has no such bar. */
static void
test_other_standard (void)
{
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("sb-other-XXXXXX", NULL);
  g_autofree char *other = copy_fixture (dir, "assessment-full.scorebook", "other.scorebook",
                                         "id=\"szmqa-2019-social\"", "id=\"szmqa-2017-enterprise\"");
  g_autofree char *same = copy_fixture (dir, "assessment-partial.scorebook", "same.scorebook", NULL, NULL);
  g_autofree char *pdf = g_build_filename (dir, "other.pdf", NULL);
  g_autofree char *backup = g_strconcat (other, "~", NULL);
  g_autofree char *warning = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *saved = NULL;
  g_auto(SbTestRun) run = { 0 };
  g_autoptr(GFile) file = g_file_new_for_path (other);
  SbWindow *window;
  SbWindow *plain;

  g_settings_set_string (settings, "language", "en");
  window = open_path (other);
  /* The one warning on opening. */
  warning = message_text ();
  g_assert_nonnull (strstr (warning, "szmqa-2017-enterprise"));
  close_message_dialogs ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (standard_bar (window))));
  en = bar_text (standard_bar (window));
  g_assert_cmpstr (en, ==, "This assessment was made for the standard “szmqa-2017-enterprise” (edition 2019). "
                           "It is scored here against “szmqa-2019-social” (edition 2019); parts this standard "
                           "lacks are not counted.");
  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_string (settings, "interface-language", "zh-CN");
  sb_test_wait_for_idle ();
  zh = bar_text (standard_bar (window));
  g_assert_nonnull (strstr (zh, "本评审是按标准“szmqa-2017-enterprise”（2019年版）做的"));

  /* Saving does not make it an assessment of this standard. */
  g_assert_true (sb_window_save_to (window, file));
  sb_test_wait_for_idle ();
  saved = bar_text (standard_bar (window));
  g_assert_cmpstr (saved, ==, zh);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (standard_bar (window))));

  /* Its summary, written from the window, says so too. */
  g_free (run_chooser (window, "win.export-pdf", "other.pdf"));
  sb_test_wait_until (file_exists, pdf);
  sb_test_wait_until (bar_shown, export_bar (window));
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", pdf, "-", NULL };

    sb_test_run_argv (&run, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "szmqa-2017-enterprise"));
  }

  g_settings_set_string (settings, "language", "en");
  plain = open_path (same);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (standard_bar (plain))));

  sb_test_destroy_window (plain);
  sb_test_destroy_window (window);
  g_remove (pdf);
  g_remove (other);
  g_remove (backup);
  g_remove (same);
  g_rmdir (dir);
  g_settings_reset (settings, "interface-language");
}

/* New asks who is assessed, as what, by whom, and shows the new assessment
 * in the window that holds nothing yet, with nothing to undo; a window
 * that holds work keeps it, and the new one opens beside it. Cancel makes
 * nothing. */
static void
test_new_assessment (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  SbAssessment *made;
  GtkWindow *dialog;
  SbWindow *beside = NULL;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  sb_test_wait_for_idle ();
  dialog = sb_test_find_toplevel (GTK_TYPE_DIALOG, "New Assessment");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  sb_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL, entries);
  g_assert_cmpuint (entries->len, ==, 2);
  gtk_editable_set_text (entries->pdata[0], "深圳市某某医院");
  gtk_editable_set_text (entries->pdata[1], "Wang Fang");
  g_object_ref (dialog);
  sb_test_click (sb_test_find_button (dialog, "C_reate"));
  sb_test_assert_finalized (dialog);

  made = sb_window_get_assessment (window);
  g_assert_cmpstr (sb_assessment_get_applicant (made), ==, "深圳市某某医院");
  g_assert_cmpstr (sb_assessment_get_examiner (made), ==, "Wang Fang");
  g_assert_cmpint (sb_assessment_get_kind (made), ==, 1);
  g_assert_false (sb_history_can_undo (sb_assessment_get_history (made)));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  g_assert_true (sb_assessment_set_rating (made, "1.1.1", "process-4", 65, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  sb_test_wait_for_idle ();
  dialog = sb_test_find_toplevel (GTK_TYPE_DIALOG, "New Assessment");
  sb_test_click (sb_test_find_button (dialog, "C_reate"));
  sb_test_wait_for_idle ();
  g_assert_true (sb_window_get_assessment (window) == made);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (l->data != window)
      beside = l->data;
  g_assert_nonnull (beside);
  g_assert_cmpstr (sb_assessment_get_applicant (sb_window_get_assessment (beside)), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (beside), "win.new", NULL));
  sb_test_wait_for_idle ();
  dialog = sb_test_find_toplevel (GTK_TYPE_DIALOG, "New Assessment");
  g_object_ref (dialog);
  sb_test_click (sb_test_find_button (dialog, "_Cancel"));
  sb_test_assert_finalized (dialog);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  sb_test_destroy_window (beside);
  sb_test_destroy_window (window);
}

static gboolean
chooser_has_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

  return file != NULL;
}

/* Open opens the chosen file in the window that holds nothing yet. */
/* Opens the chooser of @action and chooses @file in it. */
static void
choose_file (SbWindow   *window,
             const char *action,
             GFile      *file)
{
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  sb_test_wait_for_idle ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  sb_test_wait_until (chooser_has_file, chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sb_test_wait_for_idle ();
}

static void
test_open_through_chooser (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-open-XXXXXX", NULL);
  g_autofree char *input = copy_fixture (dir, "assessment-full.scorebook", "chosen.scorebook", NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (input);
  SbWindow *window = sb_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  choose_file (window, "win.open", file);

  g_assert_true (sb_application_find_window (app, file) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  sb_test_destroy_window (window);
  g_remove (input);
  g_rmdir (dir);
}

/* File → New From…: the earlier assessment's details and ratings, each a
 * baseline, in a window with no file; the earlier file is left as it was. */
static void
test_new_from_through_chooser (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-new-from-XXXXXX", NULL);
  g_autofree char *input = copy_fixture (dir, "team/examiner-a.scorebook", "last year.scorebook", NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (input);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SbWindow *window = sb_window_new (app);
  SbAssessment *next;

  g_assert_true (g_file_get_contents (input, &before, NULL, NULL));
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  choose_file (window, "win.new-from", file);

  next = sb_window_get_assessment (window);
  g_assert_null (sb_assessment_get_file (next));
  g_assert_null (sb_application_find_window (app, file));
  g_assert_cmpstr (sb_assessment_get_applicant (next), ==, "深圳市某某社区健康服务中心");
  g_assert_true (sb_assessment_is_baseline (next, "1.1.1"));
  g_assert_true (sb_assessment_get_rating (next, "1.1.1", NULL, NULL));
  g_assert_true (g_file_get_contents (input, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  sb_window_discard_recovery (window);
  sb_assessment_mark_clean (next);
  sb_test_destroy_window (window);
  g_remove (input);
  g_rmdir (dir);
}

/* A save goes to the disk off the main thread. Closing the window while
 * it is on its way waits for it: the window closes once the file is whole,
 * without asking about work it has just saved. A save that fails there
 * says what it always said, and leaves the work unsaved. */
static void
test_close_waits_for_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-saving-XXXXXX", NULL);
  g_autofree char *path = copy_fixture (dir, "assessment-partial.scorebook", "a.scorebook", NULL, NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *blocked = g_build_filename (dir, "blocked.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) blocked_file = g_file_new_for_path (blocked);
  g_autoptr(SbAssessment) reread = NULL;
  g_autoptr(GError) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *told = NULL;
  SbWindow *window = open_path (path);
  SbAssessment *assessment = sb_window_get_assessment (window);

  /* A folder where the file should be: the write fails even for root. */
  g_assert_cmpint (g_mkdir (blocked, 0700), ==, 0);
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "写在保存之前");
  g_assert_false (sb_assessment_file_save (assessment, blocked_file, NULL, &expected));
  g_assert_true (sb_window_save_to (window, blocked_file));
  sb_test_wait_for_idle ();
  told = message_text ();
  g_assert_cmpstr (told, ==, expected->message);
  g_assert_true (sb_assessment_get_dirty (assessment));
  close_message_dialogs ();

  g_assert_true (sb_window_save_to (window, file));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (sb_application_find_window (app, file) == window);
  sb_test_wait_for_idle ();
  g_assert_null (sb_application_find_window (app, file));
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  reread = sb_assessment_file_load (sb_application_get_standard (app), file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_assessment_get_note (reread, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "写在保存之前");

  g_rmdir (blocked);
  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (export_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window-files/export/%s", export_cases[i].action + 11);

      g_test_add_data_func (path, &export_cases[i], test_export_confirmation);
    }
  g_test_add_func ("/window-files/export-bar-hides", test_export_bar_hides);
  g_test_add_func ("/window-files/start-folders", test_start_folders);
  g_test_add_func ("/window-files/choosers-release-filters", test_choosers_release_filters);
  g_test_add_func ("/window-files/bad-files", test_bad_files);
  g_test_add_func ("/window-files/other-standard", test_other_standard);
  g_test_add_func ("/window-files/new-assessment", test_new_assessment);
  g_test_add_func ("/window-files/open-through-chooser", test_open_through_chooser);
  g_test_add_func ("/window-files/new-from-through-chooser", test_new_from_through_chooser);
  g_test_add_func ("/window-files/close-waits-for-save", test_close_waits_for_save);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
