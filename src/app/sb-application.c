/* sb-application.c — the GTK application: actions, settings, windows
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-application.h"
#include "sb-assessment-file.h"
#include "sb-autosave.h"
#include "sb-cli.h"
#include "sb-compare-window.h"
#include "sb-i18n.h"
#include "sb-timing.h"
#include "sb-widget-language.h"
#include "sb-window.h"

struct _SbApplication
{
  GtkApplication  parent_instance;

  SbStandard     *standard;
  GSettings      *settings;
  char           *standard_path;
  char           *goto_id;
  gboolean        compare_window;
  gboolean        recovery_checked;
};

G_DEFINE_FINAL_TYPE (SbApplication, sb_application, GTK_TYPE_APPLICATION)

SbApplication *
sb_application_new (void)
{
  return g_object_new (SB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/* The standard that --standard named, or the bundled one. */
SbStandard *
sb_application_get_standard (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);

  if (self->standard == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* The bundled standard is checked by the test suite on every build,
       * so failing to load it here is a bug, not bad input. */
      self->standard = sb_standard_new_bundled (&error);
      if (self->standard == NULL)
        g_error ("The bundled standard does not load: %s", error->message);
    }
  return self->standard;
}

GSettings *
sb_application_get_settings (SbApplication *self)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* The standard is loaded before any window exists, so a broken --standard
 * file is reported on the terminal and Scorebook exits instead of opening
 * an empty window. */
static int
sb_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "goto", "s", &self->goto_id);
  g_variant_dict_lookup (options, "compare-window", "b", &self->compare_window);
  if (g_variant_dict_lookup (options, "standard", "^ay", &self->standard_path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (self->standard_path);
      self->standard = sb_standard_new_from_file (file, NULL, &error);
    }
  else
    self->standard = sb_standard_new_bundled (&error);

  if (self->standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return -1;
}

/* The question "Restore unsaved work?" and what it offers: each recovery
 * is read before the question is asked, so the question can name the
 * applicant, and the answer only has to show what was read. */
typedef struct
{
  SbApplication *app;
  GPtrArray     *found;      /* of SbRecovery */
  GPtrArray     *restored;   /* of SbAssessment, NULL where it could not be read */
  GPtrArray     *errors;     /* of char *, where it could not be read */
} RecoveryOffer;

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
recovery_offer_free (RecoveryOffer *offer)
{
  g_object_unref (offer->app);
  g_ptr_array_unref (offer->found);
  g_ptr_array_unref (offer->restored);
  g_ptr_array_unref (offer->errors);
  g_free (offer);
}

/* The window that opened @file at start, as a double-click on it after a
 * crash does: the unsaved work of that file goes back into it, and its
 * lock makes way for the work's (else the lock would refuse this very
 * process). A window with changes of its own is left alone. */
static SbWindow *
window_taking_back (SbApplication *app,
                    GFile         *file)
{
  SbWindow *window = sb_application_find_window (app, file);

  if (window == NULL || sb_assessment_get_dirty (sb_window_get_assessment (window)))
    return NULL;
  sb_window_hold_lock (window, NULL);
  return window;
}

static void
restore_response (GtkDialog     *dialog,
                  int            response,
                  RecoveryOffer *offer)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GString) unreadable = g_string_new (NULL);

  gtk_window_destroy (GTK_WINDOW (dialog));
  for (guint i = 0; i < offer->found->len; i++)
    {
      SbRecovery *recovery = offer->found->pdata[i];
      SbAssessment *assessment = offer->restored->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(SbFileLock) lock = NULL;
      SbWindow *window = NULL;

      if (response != GTK_RESPONSE_ACCEPT)
        {
          sb_recovery_discard (recovery);
          continue;
        }
      if (assessment != NULL && sb_assessment_get_file (assessment) != NULL)
        {
          window = window_taking_back (offer->app, sb_assessment_get_file (assessment));
          lock = sb_file_lock_acquire (sb_assessment_get_file (assessment), &error);
        }
      if (assessment == NULL || error != NULL)
        {
          /* The recovery file stays, so nothing more is lost than is already. */
          g_string_append_printf (unreadable, "%s%s", unreadable->len ? "\n" : "",
                                  error ? error->message : (const char *) offer->errors->pdata[i]);
          continue;
        }
      if (window == NULL)
        window = sb_application_window_for_opening (offer->app);
      sb_window_set_assessment (window, assessment);
      sb_window_hold_lock (window, lock);
      gtk_window_present (GTK_WINDOW (window));
      parent = GTK_WINDOW (window);
      /* The window's own autosave keeps it from now on. Work that was saved
       * before has the same recovery file as before, so the old copy goes
       * first and the new one is written over it at once. */
      sb_recovery_discard (recovery);
      if (!sb_window_flush_recovery (window, &error))
        sb_application_tell (parent, _("Restored work is not yet safe: save it now"), error->message);
    }
  if (unreadable->len > 0 && parent != NULL)
    sb_application_tell (parent, _("Unsaved work could not be restored"), unreadable->str);
  recovery_offer_free (offer);
}

/* How the question names one piece of work: its file, or for work that
 * was never saved, its applicant and when it was last changed. */
static char *
describe_recovery (SbRecovery   *recovery,
                   SbAssessment *assessment)
{
  GFile *saved = sb_recovery_get_saved_file (recovery);
  const char *applicant = assessment ? sb_assessment_get_applicant (assessment) : NULL;
  GDateTime *modified = assessment ? sb_assessment_get_modified (assessment) : NULL;
  g_autoptr(GDateTime) local = modified ? g_date_time_to_local (modified) : NULL;
  g_autofree char *when = local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;
  g_autofree char *who = NULL;

  if (saved != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (saved);

      if (sb_recovery_get_saved_is_newer (recovery))
        /* TRANSLATORS: a file's name, then a note on it */
        return g_strdup_printf (_("%s (the file was saved again after this work; look before you keep either)"),
                                name);
      return g_steal_pointer (&name);
    }
  if (applicant != NULL && *applicant != '\0')
    who = g_strdup_printf (_("applicant “%s”"), applicant);
  else
    who = g_strdup (_("no applicant named"));
  if (when != NULL)
    /* TRANSLATORS: work that was never saved: its applicant, then when it was last changed */
    return g_strdup_printf (_("Never saved: %s, last changed %s"), who, when);
  return g_strdup_printf (_("Never saved: %s"), who);
}

/* After a crash, a power cut or a kill, the recovery folder holds work
 * that was never saved: offer it back once, over the window that is
 * already on screen, so that the question is on top and has a parent. */
static void
offer_recovery (SbApplication *self,
                GtkWindow     *parent)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *question = NULL;
  RecoveryOffer *offer;
  GtkWidget *dialog;

  if (self->recovery_checked || parent == NULL)
    return;
  self->recovery_checked = TRUE;

  found = sb_autosave_find_recoverable ();
  if (found->len == 0)
    return;

  offer = g_new0 (RecoveryOffer, 1);
  offer->app = g_object_ref (self);
  offer->found = g_ptr_array_ref (found);
  offer->restored = g_ptr_array_new_with_free_func (unref_if_set);
  offer->errors = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < found->len; i++)
    {
      g_autoptr(GError) error = NULL;
      SbAssessment *assessment = sb_recovery_restore (found->pdata[i], sb_application_get_standard (self), NULL, &error);
      g_autofree char *name = describe_recovery (found->pdata[i], assessment);

      g_ptr_array_add (offer->restored, assessment);
      g_ptr_array_add (offer->errors, error ? g_strdup (error->message) : NULL);
      g_string_append_printf (names, "%s%s", i ? "\n" : "", name);
    }

  question = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Restore unsaved work?",
                                           "Restore %u pieces of unsaved work?", found->len),
                              found->len);
  dialog = sb_application_message_new (parent, GTK_MESSAGE_QUESTION, question, NULL);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Scorebook was closed before this work was saved:\n%s"), names->str);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT,
                          _("_Restore"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sb_application_activate (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (self->compare_window)
    g_printerr (_("--compare-window needs the files of two or more assessments\n"));
  if (window == NULL)
    window = GTK_WINDOW (sb_window_new (self));
  if (self->goto_id != NULL)
    if (!sb_window_select_id (SB_WINDOW (window), self->goto_id))
      g_printerr (_("There is nothing with the id “%s” in the standard\n"), self->goto_id);
  /* The window is on screen before any question is asked over it. */
  gtk_window_present (window);
  offer_recovery (self, window);
}

/* A modal message over @parent, titled so that a window manager and a
 * screen reader can name it, destroyed before its parent. */
GtkWidget *
sb_application_message_new (GtkWindow      *parent,
                            GtkMessageType  type,
                            const char     *primary,
                            const char     *secondary)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (primary != NULL, NULL);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_DESTROY_WITH_PARENT | GTK_DIALOG_MODAL,
                                   type, GTK_BUTTONS_NONE, "%s", primary);
  gtk_window_set_title (GTK_WINDOW (dialog), primary);
  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  return dialog;
}


/* A message the user must see, over @parent; it never blocks the caller. */
void
sb_application_tell (GtkWindow  *parent,
                     const char *primary,
                     const char *secondary)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  dialog = sb_application_message_new (parent, GTK_MESSAGE_WARNING, primary, secondary);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A window to show a newly opened assessment in: the active one when it
 * holds nothing yet, a new one otherwise, so several stay open side by side. */
SbWindow *
sb_application_window_for_opening (SbApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SB_IS_WINDOW (active))
    {
      SbAssessment *current = sb_window_get_assessment (SB_WINDOW (active));
      SbScore total = { 0 };

      sb_assessment_get_score (current, NULL, &total);
      if (sb_assessment_get_file (current) == NULL && !sb_assessment_get_dirty (current) && total.n_rated == 0)
        return SB_WINDOW (active);
    }
  return sb_window_new (self);
}

/* The window that holds @file, if any. */
SbWindow *
sb_application_find_window (SbApplication *self,
                            GFile         *file)
{
  g_return_val_if_fail (SB_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SB_IS_WINDOW (l->data))
      {
        GFile *held = sb_assessment_get_file (sb_window_get_assessment (l->data));

        if (held != NULL && g_file_equal (held, file))
          return l->data;
      }
  return NULL;
}

/* Opens @file in a window; a file that does not load leaves every open
 * window as it was and says what is wrong and where. A file that is open
 * already brings its window forward: two windows on one file would each
 * save over the other's work. */
gboolean
sb_application_open_file (SbApplication *self,
                          GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(SbFileLock) lock = NULL;
  g_autofree char *uri = NULL;
  SbWindow *window;

  g_return_val_if_fail (SB_IS_APPLICATION (self), FALSE);

  window = sb_application_find_window (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return TRUE;
    }
  /* With no window yet (a file given at start), an empty one comes first,
   * on screen: the file fills it if it opens, and if not, the message is
   * shown over it rather than behind it. */
  if (gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL)
    gtk_window_present (GTK_WINDOW (sb_window_new (self)));

  /* Another Scorebook process holding the file keeps it: each would save
   * over the other's work. */
  lock = sb_file_lock_acquire (file, &error);
  if (lock != NULL)
    assessment = sb_assessment_file_load (sb_application_get_standard (self), file, &warnings, NULL, &error);
  if (assessment == NULL)
    {
      sb_application_tell (gtk_application_get_active_window (GTK_APPLICATION (self)),
                           _("The assessment could not be opened"), error->message);
      return FALSE;
    }

  window = sb_application_window_for_opening (self);
  sb_window_set_assessment (window, assessment);
  sb_window_hold_lock (window, lock);
  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  gtk_window_present (GTK_WINDOW (window));

  if (warnings != NULL && warnings->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (warnings, NULL);
      joined = g_strjoinv ("\n", (char **) warnings->pdata);
      g_ptr_array_remove_index (warnings, warnings->len - 1);
      sb_application_tell (GTK_WINDOW (window), _("The assessment was opened, with warnings"), joined);
    }
  return TRUE;
}

static void
sb_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SbApplication *self = SB_APPLICATION (app);
  GtkWindow *active;

  /* The comparison's files are read only, never opened for editing. */
  if (self->compare_window)
    {
      sb_compare_open_at_start (self, files, n_files);
      offer_recovery (self, gtk_application_get_active_window (GTK_APPLICATION (app)));
      return;
    }
  for (int i = 0; i < n_files; i++)
    sb_application_open_file (self, files[i]);

  active = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (self->goto_id != NULL && SB_IS_WINDOW (active))
    sb_window_select_id (SB_WINDOW (active), self->goto_id);
  offer_recovery (self, active);
}

/* Quitting closes each window, so each asks about its unsaved work. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SbApplication *self = user_data;
  const char *authors[] = { _("The Scorebook authors"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", "Scorebook",
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("A workbench for quality-award examiners"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  sb_application_open_file (SB_APPLICATION (user_data), file);
}

/* The interface language: chosen in Preferences, else the locale's. */
static const char *
interface_language (SbApplication *self)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "interface-language");

  if (g_str_equal (chosen, SB_LANG_ZH))
    return SB_LANG_ZH;
  if (g_str_equal (chosen, SB_LANG_EN))
    return SB_LANG_EN;
  return sb_i18n_get_locale_language ();
}

static gboolean
interface_language_to_index (GValue   *value,
                             GVariant *variant,
                             gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  if (*language == '\0')
    language = sb_i18n_get_locale_language ();
  g_value_set_uint (value, g_str_equal (language, SB_LANG_EN) ? 1 : 0);
  return TRUE;
}

static GVariant *
index_to_interface_language (const GValue       *value,
                             const GVariantType *type,
                             gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? SB_LANG_EN : SB_LANG_ZH);
}

/* The preferences' words, again when the interface language changes
 * while they are open: the interface language is chosen there. */
static void
retranslate_preferences (GtkWindow *window)
{
  GtkGrid *grid = GTK_GRID (gtk_window_get_child (window));
  g_autofree char *folder = sb_autosave_get_folder ();
  g_autofree char *where = g_strdup_printf (_("Unsaved work is kept in %s until it is saved."), folder);

  gtk_window_set_title (window, _("Preferences"));
  gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 0)), _("_Interface language"));
  gtk_label_set_text_with_mnemonic (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1)),
                                    _("Include _evidence notes in printed and exported summaries"));
  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 2)), where);
}

/* Preferences: the few choices Scorebook remembers, each applied at once. */
static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SbApplication *self = user_data;
  /* Each language is named in its own words, to be found whatever the
   * interface shows. */
  const char *languages[] = { "中文", "English", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label, *language, *notes;

  gtk_window_set_transient_for (GTK_WINDOW (window), gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, -1);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_widget_set_margin_top (grid, 24);
  gtk_widget_set_margin_bottom (grid, 24);
  gtk_widget_set_margin_start (grid, 24);
  gtk_widget_set_margin_end (grid, 24);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  language = gtk_drop_down_new_from_strings (languages);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), language);
  g_settings_bind_with_mapping (self->settings, "interface-language", language, "selected", G_SETTINGS_BIND_DEFAULT,
                                interface_language_to_index, index_to_interface_language, NULL, NULL);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), language, 1, 0, 1, 1);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  notes = gtk_switch_new ();
  gtk_widget_set_valign (notes, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (notes, GTK_ALIGN_END);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), notes);
  g_settings_bind (self->settings, "include-notes", notes, "active", G_SETTINGS_BIND_DEFAULT);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), notes, 1, 1, 1, 1);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), label, 0, 2, 2, 1);

  gtk_window_set_child (GTK_WINDOW (window), grid);
  retranslate_preferences (GTK_WINDOW (window));
  g_signal_connect_object (self->settings, "changed::interface-language", G_CALLBACK (retranslate_preferences),
                           window, G_CONNECT_SWAPPED);
  /* A plain window, unlike GtkDialog, does not close with Escape by itself. */
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, keys);
  }
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_activated },
  { "open-recent", open_recent_activated, "s" },
  { "quit", quit_activated },
  { "about", about_activated },
};

/* Connected before any window follows the setting, so the catalogues
 * have switched by the time windows relabel themselves. */
static void
interface_language_changed (SbApplication *self)
{
  sb_i18n_set_language (interface_language (self));
  sb_widget_language_update ();
}

/* Every key of the application; ui/sb-shortcuts.ui lists them for the user. */
static const struct
{
  const char *action;
  const char *keys;
} accels[] = {
  { "app.quit", "<Control>q" },
  { "app.preferences", "<Control>comma" },
  { "window.close", "<Control>w" },
  { "win.new", "<Control>n" },
  { "win.open", "<Control>o" },
  { "win.compare", "<Control><Shift>o" },
  { "win.save", "<Control>s" },
  { "win.save-as", "<Control><Shift>s" },
  { "win.details", "<Control>i" },
  { "win.print", "<Control>p" },
  { "win.export-pdf", "<Control><Shift>e" },
  { "win.undo", "<Control>z" },
  { "win.redo", "<Control><Shift>z" },
  { "win.find", "<Control>f" },
  { "win.show-help-overlay", "<Control>question" },
  { "win.next-subitem", "<Control>Page_Down" },
  { "win.previous-subitem", "<Control>Page_Up" },
  { "win.pick-band(1)", "<Alt>1" },
  { "win.pick-band(2)", "<Alt>2" },
  { "win.pick-band(3)", "<Alt>3" },
  { "win.pick-band(4)", "<Alt>4" },
  { "win.pick-band(5)", "<Alt>5" },
  { "win.step-percent(1)", "<Alt>Up" },
  { "win.step-percent(-1)", "<Alt>Down" },
};

static void
sb_application_startup (GApplication *app)
{
  SbApplication *self = SB_APPLICATION (app);
  g_autoptr(GAction) language = NULL;
  g_autoptr(GtkCssProvider) provider = NULL;

  G_APPLICATION_CLASS (sb_application_parent_class)->startup (app);
  sb_timing_init (GTK_APPLICATION (app));
  sb_widget_language_init ();

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::interface-language",
                            G_CALLBACK (interface_language_changed), self);
  interface_language_changed (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  language = g_settings_create_action (self->settings, "language");
  g_action_map_add_action (G_ACTION_MAP (self), language);
  {
    g_autoptr(GAction) notes = g_settings_create_action (self->settings, "include-notes");
    g_action_map_add_action (G_ACTION_MAP (self), notes);
  }
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      const char *keys[] = { accels[i].keys, NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, keys);
    }
}

static void
sb_application_finalize (GObject *object)
{
  SbApplication *self = (SbApplication *) object;

  g_clear_object (&self->standard);
  g_clear_object (&self->settings);
  g_free (self->standard_path);
  g_free (self->goto_id);

  G_OBJECT_CLASS (sb_application_parent_class)->finalize (object);
}

/* The last window is gone; a save or a recovery copy may still be on its
 * way to the disk, and ending now would lose it. */
static void
sb_application_shutdown (GApplication *app)
{
  sb_assessment_file_wait_for_writes ();
  G_APPLICATION_CLASS (sb_application_parent_class)->shutdown (app);
}

static void
sb_application_class_init (SbApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sb_application_finalize;
  app_class->handle_local_options = sb_application_handle_local_options;
  app_class->startup = sb_application_startup;
  app_class->shutdown = sb_application_shutdown;
  app_class->activate = sb_application_activate;
  app_class->open = sb_application_open;
}

static void
sb_application_init (SbApplication *self)
{
  const GOptionEntry entries[] = {
    { "goto", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Open at the node with this id, e.g. 1.1.1"), N_("ID") },
    { "compare-window", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Open the files given side by side in a comparison window (--compare prints them)"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  /* --standard, and in --help the commands that need no window. */
  sb_cli_add_options (G_APPLICATION (self));
}
