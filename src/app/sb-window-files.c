/* sb-window-files.c — the window's file actions: new, open, save, save as, print, export, and closing unsaved work
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window-files"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-assessment-file.h"
#include "sb-atomic-file.h"
#include "sb-chart-export.h"
#include "sb-compare-window.h"
#include "sb-details-dialog.h"
#include "sb-print.h"
#include "sb-window-private.h"

static GSettings *
settings_of (SbWindow *self)
{
  return sb_application_get_settings (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
remember_folder (SbWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (file);

  if (folder != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (settings_of (self), "last-folder", g_file_peek_path (folder));
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* GTK 4's filters are not floating: the chooser takes a reference of its
 * own, and ours is let go here. */
static void
add_scorebook_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scorebook assessments"));
  gtk_file_filter_add_pattern (filter, "*.scorebook");
  gtk_file_filter_add_mime_type (filter, "application/x-scorebook");
  gtk_file_chooser_add_filter (chooser, filter);
}

/* The folder named by the setting @key if it is still there, else the
 * user's documents (or home): never the folder the program happened to be
 * started from, which a file chooser would otherwise show. */
static GFile *
folder_of_setting (SbWindow   *self,
                   const char *key)
{
  g_autofree char *last = g_settings_get_string (settings_of (self), key);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (*last != '\0' && g_file_test (last, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (last);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
start_in_folder_of (SbWindow       *self,
                    GtkFileChooser *chooser,
                    const char     *key)
{
  g_autoptr(GFile) folder = folder_of_setting (self, key);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* Exports start beside the assessment, where what belongs to it is kept;
 * for one never saved, where the last export went. */
static GFile *
export_folder (SbWindow *self)
{
  GFile *file = sb_assessment_get_file (self->assessment);
  g_autoptr(GFile) folder = file ? g_file_get_parent (file) : NULL;

  return folder ? g_steal_pointer (&folder) : folder_of_setting (self, "last-export-folder");
}

/* Says what was written where, and remembers the folder for the next
 * export of an assessment that has no folder of its own. */
static void
exported (SbWindow     *self,
          SbExportKind  kind,
          GFile        *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) folder = g_file_get_parent (file);

  /* The window may have been closed while a PDF was being written. */
  if (app != NULL && folder != NULL && g_file_peek_path (folder) != NULL)
    g_settings_set_string (settings_of (self), "last-export-folder", g_file_peek_path (folder));
  if (self->notices != NULL)
    sb_notices_show_exported (self->notices, kind, file);
}

static void
summary_exported (GFile    *file,
                  gboolean  csv,
                  gpointer  user_data)
{
  exported (SB_WINDOW (user_data), csv ? SB_EXPORT_CSV : SB_EXPORT_PDF, file);
}

/* Keeps @lock (on the window's file) for as long as the window holds
 * that file; NULL lets it go. */
void
sb_window_hold_lock (SbWindow   *self,
                     SbFileLock *lock)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  g_set_object (&self->lock, lock);
  /* Holding the file, no other Scorebook writes it: what a killed save
   * left beside it can go. */
  if (lock != NULL)
    sb_atomic_file_clean_leftovers (sb_file_lock_get_file (lock));
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* Remembers the file as it is on disk now, after reading or writing it. */
void
sb_window_note_disk_state (SbWindow *self)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  g_free (self->disk_etag);
  self->disk_etag = query_etag (sb_assessment_get_file (self->assessment));
}

/* Whether something else wrote the window's file since this window last
 * read or wrote it: saving now would throw that away. A file that is gone
 * is not counted, since saving loses nothing then. */
gboolean
sb_window_changed_on_disk (SbWindow *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);
  now = query_etag (sb_assessment_get_file (self->assessment));
  return now != NULL && g_strcmp0 (now, self->disk_etag) != 0;
}

/* A save under way: what the window does once it is on disk. */
typedef struct
{
  SbWindow     *window;
  SbAssessment *assessment;
  GFile        *file;
  SbFileLock   *lock;
  SbWindowThen  then;
} Saving;

static void
saving_free (Saving *saving)
{
  g_object_unref (saving->window);
  g_object_unref (saving->assessment);
  g_object_unref (saving->file);
  g_object_unref (saving->lock);
  g_free (saving);
}

/* Once the writer has finished: the failure told as before threads wrote,
 * or the file held and remembered, then whatever waited for the save (a
 * queued Ctrl+S, closing). */
static void
saved (GObject      *source,
       GAsyncResult *result,
       gpointer      user_data)
{
  Saving *saving = user_data;
  SbWindow *self = saving->window;
  gboolean shown = gtk_window_get_application (GTK_WINDOW (self)) != NULL;
  g_autoptr(GError) error = NULL;

  self->saving--;
  if (!sb_assessment_file_save_finish (result, &error))
    {
      self->save_queued = FALSE;
      self->close_after_save = FALSE;
      if (shown)
        sb_application_tell (GTK_WINDOW (self), _("The assessment could not be saved"), error->message);
      else
        g_printerr ("%s\n", error->message);
    }
  else if (shown && self->assessment == saving->assessment)
    {
      sb_window_hold_lock (self, saving->lock);
      sb_window_note_disk_state (self);
      remember_folder (self, saving->file);
      if (saving->then != NULL)
        saving->then (self);
    }
  /* A window destroyed meanwhile (or by @then) has nothing more to do. */
  shown = gtk_window_get_application (GTK_WINDOW (self)) != NULL;
  if (shown && self->saving == 0 && self->save_queued)
    {
      self->save_queued = FALSE;
      sb_window_save (self, g_steal_pointer (&self->queued_then));
    }
  else if (shown && self->saving == 0 && self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
  saving_free (saving);
}

/* Saves to @file, then does @then. The bytes are taken now and written by
 * the writer thread, so the window goes on answering; typing meanwhile
 * leaves the work unsaved. On failure the work stays in memory (and in
 * the recovery file) and the message says why, so the user can save
 * elsewhere. A file that another window holds is refused: the two would
 * each save over the other's work. FALSE when the save was refused at
 * once. */
static gboolean
save_to_then (SbWindow     *self,
              GFile        *file,
              SbWindowThen  then)
{
  SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  SbWindow *holder = sb_application_find_window (app, file);
  g_autoptr(SbFileLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  SbFileLock *held;
  Saving *saving;

  if (holder != NULL && holder != self)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *why = g_strdup_printf (_("%s is open in another window. Close that window first, "
                                                "or save under another name."), name);

      sb_application_tell (GTK_WINDOW (self), _("The assessment could not be saved"), why);
      return FALSE;
    }

  /* Saving under a new name takes that file from every other process
   * first; the old name is let go once the save has worked. */
  held = self->lock;
  if (held == NULL || !g_file_equal (sb_file_lock_get_file (held), file))
    lock = sb_file_lock_acquire (file, &error);
  else
    lock = g_object_ref (held);
  if (lock == NULL)
    {
      sb_application_tell (GTK_WINDOW (self), _("The assessment could not be saved"), error->message);
      return FALSE;
    }
  saving = g_new0 (Saving, 1);
  saving->window = g_object_ref (self);
  saving->assessment = g_object_ref (self->assessment);
  saving->file = g_object_ref (file);
  saving->lock = g_steal_pointer (&lock);
  saving->then = then;
  self->saving++;
  sb_assessment_file_save_async (self->assessment, file, saved, saving);
  return TRUE;
}

gboolean
sb_window_save_to (SbWindow *self,
                   GFile    *file)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  return save_to_then (self, file, NULL);
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  SbWindow        *self)
{
  SbWindowThen then = self->after_save;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* The extension is what lets the file manager and the chooser's
       * filter find the file again. */
      if (g_str_has_suffix (name, ".scorebook"))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *with = g_strconcat (name, ".scorebook", NULL);
          file = g_file_get_child (parent, with);
        }
      save_to_then (self, file, then);
    }
  g_object_unref (chooser);
}

void
sb_window_save_as (SbWindow     *self,
                   SbWindowThen  then)
{
  SbAssessment *assessment = self->assessment;
  GtkFileChooserNative *chooser;
  const char *applicant = sb_assessment_get_applicant (assessment);
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Assessment"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_scorebook_filter (GTK_FILE_CHOOSER (chooser));
  if (sb_assessment_get_file (assessment) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), sb_assessment_get_file (assessment), NULL);
  else
    {
      start_in_folder_of (self, GTK_FILE_CHOOSER (chooser), "last-folder");
      name = g_strdup_printf ("%s.scorebook", applicant && *applicant ? applicant : _("assessment"));
      g_strdelimit (name, "/\\", '-');
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  self->after_save = then;
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

enum { RESPONSE_OVERWRITE = 1, RESPONSE_SAVE_AS = 2 };

static void
changed_on_disk_response (GtkDialog *dialog,
                          int        response,
                          SbWindow  *self)
{
  SbWindowThen then = self->after_save;
  GFile *file = sb_assessment_get_file (self->assessment);

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == RESPONSE_SAVE_AS)
    sb_window_save_as (self, then);
  else if (response == RESPONSE_OVERWRITE)
    save_to_then (self, file, then);
}

/* Someone else wrote the file since this window read it (a sync client,
 * a colleague, another program): ask before their version is replaced. */
static void
ask_changed_on_disk (SbWindow  *self,
                     SbWindowThen  then)
{
  g_autofree char *name = g_file_get_basename (sb_assessment_get_file (self->assessment));
  g_autofree char *question = g_strdup_printf (_("“%s” was changed by another program"), name);
  GtkWidget *dialog;

  dialog = sb_application_message_new (GTK_WINDOW (self), GTK_MESSAGE_WARNING, question,
                                       _("It was written since you opened or last saved it here. Saving "
                                         "replaces that version with yours (the replaced one is kept "
                                         "beside it, with “~” after its name). Save As keeps both."));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Replace Their Version"), RESPONSE_OVERWRITE,
                          _("Save _As…"), RESPONSE_SAVE_AS,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE_AS);
  G_GNUC_END_IGNORE_DEPRECATIONS
  self->after_save = then;
  g_signal_connect (dialog, "response", G_CALLBACK (changed_on_disk_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sb_window_save (SbWindow     *self,
                SbWindowThen  then)
{
  GFile *file = sb_assessment_get_file (self->assessment);

  /* One save at a time: the one asked for meanwhile starts when the one
   * under way has finished (and its own write is no longer news on disk). */
  if (self->saving > 0)
    {
      self->save_queued = TRUE;
      if (then != NULL)
        self->queued_then = then;
    }
  else if (file == NULL)
    sb_window_save_as (self, then);
  else if (sb_window_changed_on_disk (self))
    ask_changed_on_disk (self, then);
  else
    save_to_then (self, file, then);
}

static void
open_response (GtkNativeDialog *chooser,
               int              response,
               SbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          if (sb_application_open_file (SB_APPLICATION (app), file))
            remember_folder (self, file);
        }
    }
  g_object_unref (chooser);
}

/* A chooser of one or several assessments, in the last folder. */
static void
ask_assessments (SbWindow   *self,
                 const char *title,
                 const char *accept,
                 gboolean    several,
                 GCallback   response)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), several);
  add_scorebook_filter (GTK_FILE_CHOOSER (chooser));
  start_in_folder_of (self, GTK_FILE_CHOOSER (chooser), "last-folder");
  g_signal_connect (chooser, "response", response, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Asks for assessments to open, each in a window of its own (or this
 * one, when it holds nothing yet). */
void
sb_window_ask_open (SbWindow *self)
{
  ask_assessments (self, _("Open Assessment"), _("_Open"), TRUE, G_CALLBACK (open_response));
}

static void
compare_response (GtkNativeDialog *chooser,
                  int              response,
                  SbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      if (files->len > 0)
        remember_folder (self, files->pdata[0]);
      sb_compare_open_files (GTK_WINDOW (self), (GFile **) files->pdata, files->len);
    }
  g_object_unref (chooser);
}

/* Asks for the team's assessments of one applicant, to be compared. */
void
sb_window_ask_compare (SbWindow *self)
{
  ask_assessments (self, _("Compare Assessments"), _("Co_mpare"), TRUE, G_CALLBACK (compare_response));
}

/* New: who is assessed, as what, by whom. */
typedef struct
{
  SbWindow  *window;
  GtkWidget *dialog;
  GtkWidget *applicant;
  GtkWidget *subject;
  GtkWidget *kind;
  GtkWidget *examiner;
} NewDialog;

static void
new_dialog_free (gpointer  data,
                 GClosure *closure)
{
  g_free (data);
}

static void
new_response (GtkDialog *dialog,
              int        response,
              NewDialog *state)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      SbWindow *self = state->window;
      SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      g_autoptr(SbAssessment) assessment = sb_assessment_new (sb_application_get_standard (app));
      SbWindow *target;

      sb_assessment_set_applicant (assessment, gtk_editable_get_text (GTK_EDITABLE (state->applicant)));
      sb_assessment_set_examiner (assessment, gtk_editable_get_text (GTK_EDITABLE (state->examiner)));
      sb_assessment_set_subject (assessment, gtk_drop_down_get_selected (GTK_DROP_DOWN (state->subject)));
      sb_assessment_set_kind (assessment, gtk_drop_down_get_selected (GTK_DROP_DOWN (state->kind)));
      /* What was typed in this dialog is not something to undo. */
      sb_history_clear (sb_assessment_get_history (assessment));

      target = sb_application_window_for_opening (app);
      sb_window_set_assessment (target, assessment);
      gtk_window_present (GTK_WINDOW (target));
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Asks who is assessed, as what and by whom, and shows the new
 * assessment (here, when this window holds nothing yet). */
void
sb_window_ask_new (SbWindow *self)
{
  NewDialog *state = g_new0 (NewDialog, 1);
  const char *subjects[] = { _("Organization (组织)"), _("Project (项目)"), NULL };
  const char *kinds[] = { _("Self-assessment"), _("Independent review"), _("Consensus"), _("Site visit"), NULL };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *content;
  GtkWidget *create;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  state->window = self;
  state->dialog = gtk_dialog_new_with_buttons (_("New Assessment"), GTK_WINDOW (self),
                                               GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT | GTK_DIALOG_USE_HEADER_BAR,
                                               _("_Cancel"), GTK_RESPONSE_CANCEL,
                                               _("C_reate"), GTK_RESPONSE_ACCEPT,
                                               NULL);
  content = gtk_dialog_get_content_area (GTK_DIALOG (state->dialog));
  create = gtk_dialog_get_widget_for_response (GTK_DIALOG (state->dialog), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (GTK_DIALOG (state->dialog), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_widget_add_css_class (create, "suggested-action");

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  state->applicant = sb_details_add_field (GTK_GRID (grid), 0, _("_Applicant"), gtk_entry_new ());
  state->subject = sb_details_add_field (GTK_GRID (grid), 1, _("Asse_sses"), gtk_drop_down_new_from_strings (subjects));
  state->kind = sb_details_add_field (GTK_GRID (grid), 2, _("_Kind"), gtk_drop_down_new_from_strings (kinds));
  state->examiner = sb_details_add_field (GTK_GRID (grid), 3, _("_Examiner"), gtk_entry_new ());
  gtk_drop_down_set_selected (GTK_DROP_DOWN (state->kind), 1);
  gtk_box_append (GTK_BOX (content), grid);

  /* The answer's state lives as long as the dialog's handler. */
  g_signal_connect_data (state->dialog, "response", G_CALLBACK (new_response), state, new_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (state->dialog));
}

/* Starts a new assessment from the earlier one in @file: its details and
 * ratings, each rating a baseline until it is re-assessed. The new one has
 * no file yet, so nothing can overwrite the earlier one by a slip. */
static gboolean
new_from_file (SbWindow *self,
               GFile    *file)
{
  SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(SbAssessment) earlier = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  SbWindow *target;

  earlier = sb_assessment_file_load (sb_application_get_standard (app), file, NULL, NULL, &error);
  if (earlier == NULL)
    {
      sb_application_tell (GTK_WINDOW (self), _("No assessment could be started from this file"), error->message);
      return FALSE;
    }
  assessment = sb_assessment_new_from (earlier, sb_assessment_get_kind (earlier));
  target = sb_application_window_for_opening (app);
  sb_window_set_assessment (target, assessment);
  gtk_window_present (GTK_WINDOW (target));
  return TRUE;
}

static void
new_from_response (GtkNativeDialog *chooser,
                   int              response,
                   SbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (new_from_file (self, file))
        remember_folder (self, file);
    }
  g_object_unref (chooser);
}

/* Asks for the earlier assessment that a new one starts from. */
void
sb_window_ask_new_from (SbWindow *self)
{
  ask_assessments (self, _("New Assessment from an Earlier One"), _("_Start from It"), FALSE,
                   G_CALLBACK (new_from_response));
}

static void
close_now (SbWindow *self)
{
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

enum { RESPONSE_DISCARD = 1, RESPONSE_SAVE = 2 };

/* What the user answered about unsaved work, carried out once the
 * question is gone: closing the window from inside the dialog's own
 * response would finalize the window while the dialog still holds it. */
typedef struct
{
  SbWindow *window;
  int       response;
} CloseAnswer;

static gboolean
carry_out_close (gpointer user_data)
{
  CloseAnswer *answer = user_data;

  if (answer->response == RESPONSE_SAVE)
    sb_window_save (answer->window, close_now);
  else if (answer->response == RESPONSE_DISCARD)
    {
      sb_window_discard_recovery (answer->window);
      close_now (answer->window);
    }
  g_object_unref (answer->window);
  g_free (answer);
  return G_SOURCE_REMOVE;
}

static void
close_response (GtkDialog *dialog,
                int        response,
                SbWindow  *self)
{
  CloseAnswer *answer = g_new0 (CloseAnswer, 1);

  answer->window = g_object_ref (self);
  answer->response = response;
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_idle_add (carry_out_close, answer);
}

/* Closing with unsaved changes asks first: nothing is lost by a slip. */
gboolean
sb_window_close_request (GtkWindow *window)
{
  SbWindow *self = SB_WINDOW (window);
  SbAssessment *assessment = self->assessment;
  g_autofree char *name = NULL;
  g_autofree char *question = NULL;
  GtkWidget *dialog;

  /* A save under way finishes first: the window closes after it. */
  if (self->saving > 0)
    {
      self->close_after_save = TRUE;
      return TRUE;
    }
  if (self->closing || !sb_assessment_get_dirty (assessment))
    return FALSE;

  name = sb_window_dup_document_name (self);
  question = g_strdup_printf (_("Save the changes to “%s” before closing?"), name);
  dialog = sb_application_message_new (window, GTK_MESSAGE_QUESTION, question,
                                       _("If you close without saving, the changes are lost."));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Close _without Saving"), RESPONSE_DISCARD,
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save"), RESPONSE_SAVE,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The summary follows the language the window shows; evidence notes stay
 * out unless the examiner ticks "Include evidence notes", since they may
 * be confidential. */
void
sb_window_print (SbWindow *self)
{
  gboolean notes = g_settings_get_boolean (settings_of (self), "include-notes");

  sb_print_assessment (GTK_WINDOW (self), self->assessment, sb_window_get_language (self), notes);
}

/* The summary as PDF, or the scores as CSV, chosen where to. */
void
sb_window_export_summary (SbWindow *self,
                          gboolean  csv)
{
  gboolean notes = g_settings_get_boolean (settings_of (self), "include-notes");
  g_autoptr(GFile) folder = export_folder (self);

  sb_export_assessment (GTK_WINDOW (self), self->assessment, sb_window_get_language (self), notes,
                        csv, folder, summary_exported, self);
}

static void
chart_response (GtkNativeDialog *chooser,
                int              response,
                SbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      SbAssessment *assessment = self->assessment;
      gboolean radar = self->export_radar;
      g_autoptr(SbChartData) data = sb_chart_data_new_for_assessments (radar ? SB_CHART_LEVEL_ITEMS : SB_CHART_LEVEL_DIMENSIONS,
                                                                       &assessment, 1);
      g_autoptr(GError) error = NULL;
      SbChartOptions options;

      sb_chart_options_init (&options);
      sb_display_language_parse (sb_window_get_language (self), &options.language);
      if (sb_chart_format_for_path (path) == SB_CHART_FORMAT_PDF)
        sb_chart_palette_init_print (&options.palette);
      if (sb_chart_format_for_path (path) == SB_CHART_FORMAT_NONE)
        {
          g_autofree char *with = g_strconcat (path, ".png", NULL);
          g_free (path);
          path = g_steal_pointer (&with);
        }
      if (sb_chart_write (data, radar, &options, path, 1600, radar ? 1200 : 700, &error))
        {
          g_autoptr(GFile) written = g_file_new_for_path (path);

          exported (self, SB_EXPORT_CHART, written);
        }
      else
        sb_application_tell (GTK_WINDOW (self), _("The chart could not be exported"), error->message);
    }
  g_object_unref (chooser);
}

/* A chart as PNG, SVG or PDF, by the extension the user types. */
void
sb_window_ask_export_chart (SbWindow *self,
                            gboolean  radar)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf ("%s.png", radar ? _("radar") : _("bars"));
  g_autoptr(GFile) folder = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Images and documents (PNG, SVG, PDF)"));
  gtk_file_filter_add_pattern (filter, "*.png");
  gtk_file_filter_add_pattern (filter, "*.svg");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  folder = export_folder (self);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  self->export_radar = radar;
  g_signal_connect (chooser, "response", G_CALLBACK (chart_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
