/* test-print.c — printing the summary from the window, through GTK's print dialog, to a file
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>
#include <glib/gstdio.h>

#include "sb-application.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-data.h"
#include "sb-test-run.h"
#include "sb-test-widgets.h"

static SbApplication *app;

/* What the print operations of a test did, seen through their signals:
 * the test cannot reach an operation the window makes and drops. */
typedef struct
{
  GtkPrintOperation       *operation;  /* weak */
  guint                    n_done;
  GtkPrintOperationResult  result;
  char                    *job_name;
} Seen;

static Seen seen;

static gboolean
on_done (GSignalInvocationHint *hint,
         guint                  n_values,
         const GValue          *values,
         gpointer               user_data)
{
  seen.n_done++;
  g_set_weak_pointer (&seen.operation, g_value_get_object (&values[0]));
  seen.result = g_value_get_enum (&values[1]);
  g_free (seen.job_name);
  g_object_get (seen.operation, "job-name", &seen.job_name, NULL);
  return TRUE;
}

static gboolean
print_done (gpointer data)
{
  return seen.n_done > 0;
}

static gboolean
printer_chosen (gpointer data)
{
  return gtk_print_unix_dialog_get_selected_printer (data) != NULL;
}

static gboolean
find_virtual_printer (GtkPrinter *printer,
                      gpointer    data)
{
  char **name = data;

  if (gtk_printer_is_virtual (printer) && *name == NULL)
    *name = g_strdup (gtk_printer_get_name (printer));
  return *name != NULL;
}

/* The name of the printer that prints to a file: it is named in GTK's
 * own words, which follow the interface language. */
static char *
file_printer_name (void)
{
  char *name = NULL;

  gtk_enumerate_printers (find_virtual_printer, &name, NULL, TRUE);
  g_assert_nonnull (name);
  return name;
}

static char *
pdftotext (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", path, "-", NULL };
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static SbWindow *
open_fixture (const char *name,
              char      **path)
{
  g_autoptr(GFile) file = NULL;
  SbWindow *window;

  *path = sb_test_copy_fixture (name, name);
  file = g_file_new_for_path (*path);
  g_assert_true (sb_application_open_file (app, file));
  sb_test_wait_for_idle ();
  window = sb_application_find_window (app, file);
  g_assert_nonnull (window);
  return window;
}

/* win.print opens GTK's print dialog over the window; this answers it with
 * the printer that writes a PDF to @uri, or cancels it when @uri is NULL.
 * What the operation did is then in @seen. */
static void
answer_print_dialog (SbWindow   *window,
                     const char *uri)
{
  GtkWindow *dialog;

  g_clear_weak_pointer (&seen.operation);
  g_clear_pointer (&seen.job_name, g_free);
  memset (&seen, 0, sizeof seen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  sb_test_wait_for_idle ();
  dialog = sb_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG, NULL);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  g_object_ref (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (uri != NULL)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_unix_dialog_get_settings (GTK_PRINT_UNIX_DIALOG (dialog));
      g_autofree char *printer = file_printer_name ();

      gtk_print_settings_set_printer (settings, printer);
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
      gtk_print_unix_dialog_set_settings (GTK_PRINT_UNIX_DIALOG (dialog), settings);
      sb_test_wait_until (printer_chosen, dialog);
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
    }
  else
    gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sb_test_wait_until (print_done, NULL);
  /* The operation and its dialog are let go once the job is done. */
  sb_test_assert_finalized (dialog);
  g_assert_null (seen.operation);
}

/* The printed summary is the one of the window's assessment, in the
 * language the window shows, and holds the evidence notes only when the
 * examiner asked for them. */
static void
test_print_to_file (void)
{
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *dir = g_dir_make_tmp ("sb-print-XXXXXX", NULL);
  g_autofree char *en_path = g_build_filename (dir, "en.pdf", NULL);
  g_autofree char *zh_path = g_build_filename (dir, "zh.pdf", NULL);
  g_autofree char *en_uri = g_filename_to_uri (en_path, NULL, NULL);
  g_autofree char *zh_uri = g_filename_to_uri (zh_path, NULL, NULL);
  g_autofree char *path = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh = NULL;
  SbWindow *window;

  g_settings_set_string (settings, "language", "en");
  g_settings_set_boolean (settings, "include-notes", FALSE);
  window = open_fixture ("assessment-full.scorebook", &path);

  answer_print_dialog (window, en_uri);
  g_assert_cmpint (seen.result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  en = pdftotext (en_path);
  g_assert_nonnull (strstr (en, "High-standard positioning"));
  g_assert_null (strstr (en, "高标准定位"));
  /* The notes are confidential until the examiner includes them. */
  g_assert_null (strstr (en, "quarterly strategy meetings"));

  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_boolean (settings, "include-notes", TRUE);
  answer_print_dialog (window, zh_uri);
  g_assert_cmpint (seen.result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  zh = pdftotext (zh_path);
  g_assert_nonnull (strstr (zh, "高标准定位"));
  g_assert_null (strstr (zh, "High-standard positioning"));
  g_assert_nonnull (strstr (zh, "quarterly strategy meetings"));

  g_settings_reset (settings, "include-notes");
  g_settings_reset (settings, "language");
  sb_test_destroy_window (window);
  sb_test_remove_copy (path);
  g_unlink (en_path);
  g_unlink (zh_path);
  g_rmdir (dir);
}

/* Cancelling prints nothing and says nothing; the job is named after the
 * assessment's file, without its extension. */
static void
test_print_cancelled (void)
{
  g_autofree char *path = NULL;
  SbWindow *window = open_fixture ("assessment-partial.scorebook", &path);

  answer_print_dialog (window, NULL);
  g_assert_cmpint (seen.result, ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_cmpstr (seen.job_name, ==, "assessment-partial");
  g_assert_null (sb_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL));

  sb_test_destroy_window (window);
  sb_test_remove_copy (path);
}

/* A print that fails is said over the window, with the reason. */
static void
test_print_failure (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-print-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *target = g_build_filename (blocker, "summary.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (target, NULL, NULL);
  g_autofree char *path = NULL;
  GtkWindow *message;
  SbWindow *window;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  /* A file where the folder should be: no one, root included, can write there. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  window = open_fixture ("assessment-partial.scorebook", &path);

  answer_print_dialog (window, uri);
  g_assert_cmpint (seen.result, ==, GTK_PRINT_OPERATION_RESULT_ERROR);
  message = sb_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG, "Could not print the summary");
  g_assert_nonnull (message);
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (window));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));

  sb_test_destroy_window (message);
  sb_test_destroy_window (window);
  sb_test_remove_copy (path);
  g_unlink (blocker);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);
  /* Only the printer that writes files: a test must not find the
   * machine's real printers, or wait for a print server. */
  g_object_set (gtk_settings_get_default (), "gtk-print-backends", "file", NULL);
  /* A class's signals exist once the class does; the class is kept. */
  g_type_class_ref (GTK_TYPE_PRINT_OPERATION);
  g_signal_add_emission_hook (g_signal_lookup ("done", GTK_TYPE_PRINT_OPERATION), 0,
                              on_done, NULL, NULL);

  g_test_add_func ("/print/to-file", test_print_to_file);
  g_test_add_func ("/print/cancelled", test_print_cancelled);
  g_test_add_func ("/print/failure", test_print_failure);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
