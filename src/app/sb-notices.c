/* sb-notices.c — the bars across the top of a window: what was just exported, and what standard an assessment was made for
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-notices"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-i18n.h"
#include "sb-notices.h"

/* Long enough to read the folder's name and reach for a button; the bar
 * also goes when closed, and at the next export. */
#define EXPORT_BAR_SECONDS 15

enum { RESPONSE_OPEN = 1, RESPONSE_SHOW_IN_FOLDER = 2, RESPONSE_SAVE_AS = 3 };

struct _SbNotices
{
  GtkWidget     parent_instance;

  /* Owned */
  GtkWidget    *export_bar;
  GtkWidget    *export_label;
  GtkWidget    *open_button;
  GtkWidget    *folder_button;
  GtkWidget    *close_button;
  GtkWidget    *standard_bar;
  GtkWidget    *standard_label;
  GtkWidget    *autosave_bar;
  GtkWidget    *autosave_label;
  GtkWidget    *save_as_button;
  char         *autosave_error;   /* why unsaved work is not kept, or NULL */
  GFile        *exported;
  SbExportKind  exported_kind;
  guint         hide_source;
  guint         hide_seconds;
  SbAssessment *assessment;
};

G_DEFINE_FINAL_TYPE (SbNotices, sb_notices, GTK_TYPE_WIDGET)

static void
hide_export_bar (SbNotices *self)
{
  g_clear_handle_id (&self->hide_source, g_source_remove);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self->export_bar), FALSE);
  gtk_widget_set_visible (self->export_bar, FALSE);
}

static gboolean
hide_timeout (gpointer user_data)
{
  SbNotices *self = user_data;

  self->hide_source = 0;
  hide_export_bar (self);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  SbNotices *self;
  GFile     *file;
} ShowItems;

static void
open_uri_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_debug ("Nothing opened the file: %s", error->message);
}

/* As gtk_show_uri(), but the program started gets the user's own
 * language, not the one Scorebook set for its catalogues. */
static void
open_uri (SbNotices  *self,
          const char *uri)
{
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  gdk_app_launch_context_set_timestamp (context, GDK_CURRENT_TIME);
  sb_i18n_prepare_launch (G_APP_LAUNCH_CONTEXT (context));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, open_uri_done, NULL);
}

static void
show_folder (SbNotices *self,
             GFile     *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder);

  open_uri (self, uri);
}

/* Without a file manager that takes the D-Bus call, the folder opens in
 * whatever opens folders. */
static void
show_items_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ShowItems *call = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      g_debug ("The file manager did not show the file: %s", error->message);
      show_folder (call->self, call->file);
    }
  g_object_unref (call->self);
  g_object_unref (call->file);
  g_free (call);
}

/* Asks the file manager to show the file selected in its folder, as the
 * desktop's own "Show in Folder" does. */
static void
show_in_folder (SbNotices *self,
                GFile     *file)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *uri = g_file_get_uri (file);
  const char *uris[] = { uri, NULL };
  ShowItems *call;

  if (bus == NULL)
    {
      show_folder (self, file);
      return;
    }
  call = g_new0 (ShowItems, 1);
  call->self = g_object_ref (self);
  call->file = g_object_ref (file);
  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", uris, ""), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_items_done, call);
}

static void
export_response (GtkInfoBar *bar,
                 int         response,
                 SbNotices  *self)
{
  g_autoptr(GFile) file = self->exported ? g_object_ref (self->exported) : NULL;

  if (response == RESPONSE_OPEN && file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      open_uri (self, uri);
    }
  else if (response == RESPONSE_SHOW_IN_FOLDER && file != NULL)
    show_in_folder (self, file);
  hide_export_bar (self);
}

static void
update_export_text (SbNotices *self)
{
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->exported == NULL)
    return;
  name = g_file_get_basename (self->exported);
  folder = g_file_get_parent (self->exported);
  where = folder ? g_file_get_parse_name (folder) : g_strdup ("");
  switch (self->exported_kind)
    {
    case SB_EXPORT_PDF:
      text = g_strdup_printf (_("The summary was exported as “%s” in %s"), name, where);
      break;
    case SB_EXPORT_CSV:
      text = g_strdup_printf (_("The scores were exported as “%s” in %s"), name, where);
      break;
    case SB_EXPORT_CHART:
    default:
      text = g_strdup_printf (_("The chart was exported as “%s” in %s"), name, where);
      break;
    }
  gtk_label_set_text (GTK_LABEL (self->export_label), text);
  gtk_button_set_label (GTK_BUTTON (self->open_button), _("_Open"));
  gtk_button_set_label (GTK_BUTTON (self->folder_button), _("Show in _Folder"));
  if (self->close_button != NULL)
    {
      gtk_widget_set_tooltip_text (self->close_button, _("Close"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Close"), -1);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* Says what was written where, with buttons to open the file or show it
 * in its folder; the bar hides after a while, or when closed. */
void
sb_notices_show_exported (SbNotices    *self,
                          SbExportKind  kind,
                          GFile        *file)
{
  g_return_if_fail (SB_IS_NOTICES (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->exported, file);
  self->exported_kind = kind;
  update_export_text (self);
  gtk_widget_set_visible (self->export_bar, TRUE);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self->export_bar), TRUE);
  g_clear_handle_id (&self->hide_source, g_source_remove);
  self->hide_source = g_timeout_add_seconds (self->hide_seconds, hide_timeout, self);
}

/* How long the export bar stays unless closed; 15 seconds by default. */
void
sb_notices_set_export_seconds (SbNotices *self,
                               guint      seconds)
{
  g_return_if_fail (SB_IS_NOTICES (self));
  self->hide_seconds = seconds;
}

GtkInfoBar *
sb_notices_get_export_bar (SbNotices *self)
{
  g_return_val_if_fail (SB_IS_NOTICES (self), NULL);
  return GTK_INFO_BAR (self->export_bar);
}

static void
update_standard_text (SbNotices *self)
{
  const char *id = NULL;
  const char *edition = NULL;
  g_autofree char *text = NULL;
  SbStandard *standard;

  if (self->assessment == NULL || !sb_assessment_get_other_standard (self->assessment, &id, &edition))
    {
      gtk_widget_set_visible (self->standard_bar, FALSE);
      return;
    }
  standard = sb_assessment_get_standard (self->assessment);
  text = g_strdup_printf (_("This assessment was made for the standard “%s” (edition %s). It is scored here "
                            "against “%s” (edition %s); parts this standard lacks are not counted."),
                          id, edition, sb_standard_get_id (standard), sb_standard_get_edition (standard));
  gtk_label_set_text (GTK_LABEL (self->standard_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->standard_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_visible (self->standard_bar, TRUE);
}

/* The standard bar stays for as long as @assessment is shown, when it was
 * made for another standard or edition: its scores mean something else. */
void
sb_notices_set_assessment (SbNotices    *self,
                           SbAssessment *assessment)
{
  g_return_if_fail (SB_IS_NOTICES (self));
  g_return_if_fail (assessment == NULL || SB_IS_ASSESSMENT (assessment));

  g_set_object (&self->assessment, assessment);
  update_standard_text (self);
}

GtkInfoBar *
sb_notices_get_standard_bar (SbNotices *self)
{
  g_return_val_if_fail (SB_IS_NOTICES (self), NULL);
  return GTK_INFO_BAR (self->standard_bar);
}

static void
update_autosave_text (SbNotices *self)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->autosave_bar, self->autosave_error != NULL);
  if (self->autosave_error == NULL)
    return;
  text = g_strdup_printf (_("Unsaved work is not being kept safe: %s. If Scorebook stopped now, it would be "
                            "lost. Save it, or save it somewhere else."), self->autosave_error);
  gtk_label_set_text (GTK_LABEL (self->autosave_label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->autosave_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* Autosave could not write the recovery file (a full or read-only data
 * folder): a bar says so at once and stays, with Save As a click away,
 * until a recovery file is written again (@error NULL). */
void
sb_notices_set_autosave_error (SbNotices    *self,
                               const GError *error)
{
  g_return_if_fail (SB_IS_NOTICES (self));

  g_clear_pointer (&self->autosave_error, g_free);
  if (error != NULL)
    self->autosave_error = g_strdup (error->message);
  update_autosave_text (self);
}

GtkInfoBar *
sb_notices_get_autosave_bar (SbNotices *self)
{
  g_return_val_if_fail (SB_IS_NOTICES (self), NULL);
  return GTK_INFO_BAR (self->autosave_bar);
}

static void
autosave_response (GtkInfoBar *bar,
                   int         response,
                   SbNotices  *self)
{
  if (response == RESPONSE_SAVE_AS)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
}

/* After the interface language changed. */
void
sb_notices_retranslate (SbNotices *self)
{
  g_return_if_fail (SB_IS_NOTICES (self));

  update_export_text (self);
  update_standard_text (self);
  update_autosave_text (self);
  gtk_button_set_label (GTK_BUTTON (self->save_as_button), _("Save _As…"));
}

/* A label with an icon before it, so that the two bars, which the theme
 * may colour alike, read apart at a glance. */
static GtkWidget *
bar_label (GtkInfoBar *bar,
           const char *icon_name)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_margin_end (icon, 6);
  gtk_info_bar_add_child (bar, icon);
  gtk_info_bar_add_child (bar, label);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* GtkInfoBar's own close button, which has an icon and no words. */
static GtkWidget *
find_close_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "close"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_close_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
sb_notices_dispose (GObject *object)
{
  SbNotices *self = SB_NOTICES (object);
  GtkWidget *child;

  g_clear_handle_id (&self->hide_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->exported);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->autosave_error, g_free);
  G_OBJECT_CLASS (sb_notices_parent_class)->dispose (object);
}

static void
sb_notices_class_init (SbNoticesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_notices_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "notices");
}

static void
sb_notices_init (SbNotices *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->standard_bar = gtk_info_bar_new ();
  self->standard_label = bar_label (GTK_INFO_BAR (self->standard_bar), "dialog-warning-symbolic");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->standard_bar), GTK_MESSAGE_WARNING);
  gtk_widget_set_visible (self->standard_bar, FALSE);
  gtk_widget_set_parent (self->standard_bar, GTK_WIDGET (self));

  self->autosave_bar = gtk_info_bar_new ();
  self->autosave_label = bar_label (GTK_INFO_BAR (self->autosave_bar), "dialog-error-symbolic");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->autosave_bar), GTK_MESSAGE_ERROR);
  self->save_as_button = gtk_info_bar_add_button (GTK_INFO_BAR (self->autosave_bar), _("Save _As…"),
                                                  RESPONSE_SAVE_AS);
  g_signal_connect (self->autosave_bar, "response", G_CALLBACK (autosave_response), self);
  gtk_widget_set_visible (self->autosave_bar, FALSE);
  gtk_widget_set_parent (self->autosave_bar, GTK_WIDGET (self));

  self->export_bar = gtk_info_bar_new ();
  self->export_label = bar_label (GTK_INFO_BAR (self->export_bar), "emblem-ok-symbolic");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->export_bar), GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self->export_bar), TRUE);
  self->open_button = gtk_info_bar_add_button (GTK_INFO_BAR (self->export_bar), _("_Open"), RESPONSE_OPEN);
  self->folder_button = gtk_info_bar_add_button (GTK_INFO_BAR (self->export_bar), _("Show in _Folder"),
                                                 RESPONSE_SHOW_IN_FOLDER);
  self->close_button = find_close_button (self->export_bar);
  self->hide_seconds = EXPORT_BAR_SECONDS;
  g_signal_connect (self->export_bar, "response", G_CALLBACK (export_response), self);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self->export_bar), FALSE);
  gtk_widget_set_visible (self->export_bar, FALSE);
  gtk_widget_set_parent (self->export_bar, GTK_WIDGET (self));
}

SbNotices *
sb_notices_new (void)
{
  return g_object_new (SB_TYPE_NOTICES, NULL);
}
