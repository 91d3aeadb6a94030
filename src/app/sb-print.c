/* sb-print.c — printing and exporting an assessment's score summary from the window
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-print"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sb-application.h"
#include "sb-assessment-file.h"
#include "sb-csv.h"
#include "sb-print.h"
#include "sb-report.h"

/* "zh-CN", "zh", "en" or "both"; anything else falls back to Chinese. */
static void
options_for (SbReportOptions *options,
             const char      *language,
             gboolean         include_notes)
{
  sb_report_options_init (options);
  if (!sb_display_language_parse (language, &options->language))
    options->language = SB_DISPLAY_LANGUAGE_ZH;
  options->include_notes = include_notes;
}

static char *
suggested_name (SbAssessment *assessment,
                const char   *suffix)
{
  GFile *file = sb_assessment_get_file (assessment);
  g_autofree char *base = file ? g_file_get_basename (file) : NULL;
  const char *applicant = sb_assessment_get_applicant (assessment);

  if (base != NULL && g_str_has_suffix (base, SB_ASSESSMENT_SUFFIX))
    base[strlen (base) - strlen (SB_ASSESSMENT_SUFFIX)] = '\0';
  if (base == NULL || *base == '\0')
    {
      g_free (base);
      base = g_strdup (applicant && *applicant ? applicant : _("Score summary"));
      g_strdelimit (base, "/\\", '-');
    }
  return g_strconcat (base, suffix, NULL);
}

/* Printing */

typedef struct
{
  SbAssessment    *assessment;
  SbReportOptions  options;
  SbReport        *report;
  GtkWindow       *parent;
  gboolean         in_progress;  /* "done" is still to come and drops the operation */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->report);
  g_clear_object (&job->assessment);
  g_clear_object (&job->parent);
  g_free (job);
}

/* The dialog has settled the paper by now (A4, Letter, whatever the
 * printer takes): lay the summary out on it, once. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  job->options.page_width = gtk_print_context_get_width (context);
  job->options.page_height = gtk_print_context_get_height (context);
  g_clear_object (&job->report);
  job->report = sb_report_new (job->assessment, &job->options, gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, sb_report_get_n_pages (job->report));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  sb_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page);
}

/* Only for an operation that went on after gtk_print_operation_run()
 * returned; a synchronous one is finished there. */
static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  if (!job->in_progress)
    return;
  job->in_progress = FALSE;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      sb_application_tell (job->parent, _("Could not print the summary"), error ? error->message : "");
    }
  g_object_unref (operation);
}

/* Prints the summary through the system print dialog, with its preview.
 * The paper is the dialog's (its default follows the locale: A4, or Letter
 * where that is the custom). */
void
sb_print_assessment (GtkWindow    *parent,
                     SbAssessment *assessment,
                     const char   *language,
                     gboolean      include_notes)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));

  job = g_new0 (PrintJob, 1);
  job->assessment = g_object_ref (assessment);
  job->parent = parent ? g_object_ref (parent) : NULL;
  options_for (&job->options, language, include_notes);

  operation = gtk_print_operation_new ();
  job_name = suggested_name (assessment, "");
  gtk_print_operation_set_job_name (operation, job_name);
  /* The report keeps its own margins: it draws on the whole sheet, in points. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  page_setup = gtk_page_setup_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "sb-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);

  switch (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error))
    {
    case GTK_PRINT_OPERATION_RESULT_ERROR:
      sb_application_tell (parent, _("Could not print the summary"), error ? error->message : "");
      break;
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
      /* The dialog is open: the operation lives until on_done(). */
      job->in_progress = TRUE;
      g_object_ref (operation);
      break;
    case GTK_PRINT_OPERATION_RESULT_APPLY:
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    default:
      break;
    }
}

/* Exporting */

typedef struct
{
  SbStandard      *standard;
  GBytes          *snapshot;   /* the assessment as it was when asked */
  GFile           *source;     /* its file, for the footer; may be NULL */
  GFile           *file;
  SbReportOptions  options;
  char            *language;   /* of the CSV's band levels */
  char            *other_standard;
  char            *other_edition;
  gboolean         csv;

  /* Main thread only */
  GtkWindow       *parent;
  SbExportedFunc   exported;
  gpointer         exported_data;
  GtkWindow       *progress_window;
  GtkProgressBar  *progress_bar;
  guint            progress_source;
  gint             pages_done;  /* atomic */
  gint             n_pages;     /* atomic */
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_handle_id (&job->progress_source, g_source_remove);
  if (job->progress_window != NULL)
    gtk_window_destroy (job->progress_window);
  g_clear_object (&job->standard);
  g_clear_pointer (&job->snapshot, g_bytes_unref);
  g_clear_object (&job->source);
  g_clear_object (&job->file);
  g_clear_object (&job->parent);
  g_free (job->language);
  g_free (job->other_standard);
  g_free (job->other_edition);
  g_free (job);
}

static void
on_progress (guint    pages_done,
             guint    n_pages,
             gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->n_pages, n_pages);
  g_atomic_int_set (&job->pages_done, pages_done);
}

/* In a worker thread, on a copy of the assessment read back from the
 * snapshot, so the examiner can go on editing while the file is written. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  assessment = sb_assessment_file_load_bytes (job->standard, job->snapshot, "summary", NULL, &error);
  if (assessment == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->source != NULL)
    sb_assessment_set_file (assessment, job->source);
  /* The snapshot names the standard it is scored on: the summary must
   * still say that the examiner made it for another. */
  sb_assessment_set_other_standard (assessment, job->other_standard, job->other_edition);

  if (job->csv)
    ok = sb_csv_write (assessment, job->language, job->file, cancellable, &error);
  else
    {
      path = g_file_get_path (job->file);
      if (path == NULL)
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                   _("A summary can only be written to a local folder"));
          return;
        }
      ok = sb_report_write_pdf (assessment, path, &job->options, cancellable, on_progress, job, &error);
    }
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (task, &error))
    {
      if (job->exported != NULL)
        job->exported (job->file, job->csv, job->exported_data);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sb_application_tell (job->parent,
                job->csv ? _("Could not export the CSV file") : _("Could not export the PDF file"),
                error->message);
}

static void
on_cancel_clicked (GtkButton    *button,
                   GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/* The progress window appears only for an export that takes a while, so a
 * quick one does not flash it. */
static gboolean
update_progress (gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  int n = g_atomic_int_get (&job->n_pages);
  int done = g_atomic_int_get (&job->pages_done);

  if (job->progress_window == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *label = gtk_label_new (job->csv ? _("Exporting the CSV file…") : _("Exporting the PDF file…"));
      GtkWidget *bar = gtk_progress_bar_new ();
      GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

      gtk_widget_set_margin_top (box, 18);
      gtk_widget_set_margin_bottom (box, 18);
      gtk_widget_set_margin_start (box, 18);
      gtk_widget_set_margin_end (box, 18);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
      gtk_widget_set_halign (cancel, GTK_ALIGN_END);
      g_signal_connect_object (cancel, "clicked", G_CALLBACK (on_cancel_clicked),
                               g_task_get_cancellable (task), 0);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), bar);
      gtk_box_append (GTK_BOX (box), cancel);

      job->progress_window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_title (job->progress_window, _("Export"));
      gtk_window_set_transient_for (job->progress_window, job->parent);
      gtk_window_set_modal (job->progress_window, TRUE);
      gtk_window_set_deletable (job->progress_window, FALSE);
      gtk_window_set_resizable (job->progress_window, FALSE);
      gtk_window_set_default_size (job->progress_window, 360, -1);
      gtk_window_set_child (job->progress_window, box);
      job->progress_bar = GTK_PROGRESS_BAR (bar);
      gtk_window_present (job->progress_window);
    }

  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Page %d of %d"), done, n);

      gtk_progress_bar_set_fraction (job->progress_bar, (double) done / n);
      gtk_progress_bar_set_text (job->progress_bar, text);
    }
  else
    gtk_progress_bar_pulse (job->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
on_task_completed (GTask      *task,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  ExportJob *job = g_task_get_task_data (task);

  g_clear_handle_id (&job->progress_source, g_source_remove);
  if (job->progress_window != NULL)
    {
      gtk_window_destroy (job->progress_window);
      job->progress_window = NULL;
      job->progress_bar = NULL;
    }
}

static void
start_export (ExportJob *job)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, on_export_done, NULL);

  g_task_set_name (task, "sb-export");
  g_task_set_task_data (task, job, export_job_free);
  g_signal_connect (task, "notify::completed", G_CALLBACK (on_task_completed), NULL);
  /* The source holds no reference: on_task_completed() removes it. */
  job->progress_source = g_timeout_add (400, update_progress, task);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ExportJob       *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      start_export (job);
    }
  else
    export_job_free (job);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* Asks where to save the summary (PDF, or CSV for the committee's
 * spreadsheet), starting in @folder, then writes it in a worker thread
 * with a progress window, a message on failure and @exported on success.
 * @user_data must live until then; @parent, which the export holds a
 * reference to, is the usual one. */
void
sb_export_assessment (GtkWindow      *parent,
                      SbAssessment   *assessment,
                      const char     *language,
                      gboolean        include_notes,
                      gboolean        csv,
                      GFile          *folder,
                      SbExportedFunc  exported,
                      gpointer        user_data)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *other_id = NULL;
  const char *other_edition = NULL;
  ExportJob *job;
  GFile *source;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));

  job = g_new0 (ExportJob, 1);
  job->standard = g_object_ref (sb_assessment_get_standard (assessment));
  job->snapshot = sb_assessment_file_serialize (assessment);
  source = sb_assessment_get_file (assessment);
  job->source = source ? g_object_ref (source) : NULL;
  job->parent = parent ? g_object_ref (parent) : NULL;
  job->exported = exported;
  job->exported_data = user_data;
  job->csv = csv;
  job->language = g_strdup (language);
  if (sb_assessment_get_other_standard (assessment, &other_id, &other_edition))
    {
      job->other_standard = g_strdup (other_id);
      job->other_edition = g_strdup (other_edition);
    }
  options_for (&job->options, language, include_notes);
  sb_report_paper_for_locale (&job->options.page_width, &job->options.page_height);

  chooser = gtk_file_chooser_native_new (csv ? _("Export CSV") : _("Export PDF"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (csv)
    {
      gtk_file_filter_set_name (filter, _("CSV spreadsheets"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      gtk_file_filter_add_suffix (filter, "csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (assessment, csv ? ".csv" : ".pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
