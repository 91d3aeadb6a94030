/* sb-window-actions.c — every win.* action of the main window, one callback each
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window-actions"

#include "config.h"

#include "sb-details-dialog.h"
#include "sb-node-page.h"
#include "sb-page.h"
#include "sb-window-private.h"

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  sb_window_ask_new (SB_WINDOW (widget));
}

static void
new_from_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  sb_window_ask_new_from (SB_WINDOW (widget));
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sb_window_ask_open (SB_WINDOW (widget));
}

static void
compare_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sb_window_ask_compare (SB_WINDOW (widget));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sb_window_save (SB_WINDOW (widget), NULL);
}

static void
save_as_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sb_window_save_as (SB_WINDOW (widget), NULL);
}

static void
details_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sb_details_dialog_new (GTK_WINDOW (self), self->assessment)));
}

/* The summary follows the language the window shows; evidence notes stay
 * out unless the examiner ticks "Include evidence notes", since they may
 * be confidential. */
static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sb_window_print (SB_WINDOW (widget));
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sb_window_export_summary (SB_WINDOW (widget), FALSE);
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sb_window_export_summary (SB_WINDOW (widget), TRUE);
}

static void
export_radar_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  sb_window_ask_export_chart (SB_WINDOW (widget), TRUE);
}

static void
export_bars_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  sb_window_ask_export_chart (SB_WINDOW (widget), FALSE);
}

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SbWindow *self = SB_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Moves to the next or previous scored node in document order, from
 * wherever the selection is. */
static void
step (SbWindow *self,
      gboolean  forward)
{
  g_autoptr(SbNode) current = sb_window_get_selected_node (self);
  GPtrArray *nodes = sb_standard_get_nodes (self->standard);
  guint position = 0;
  SbNode *target = NULL;

  if (current != NULL)
    g_ptr_array_find (nodes, current, &position);

  if (forward)
    {
      for (guint i = current ? position + 1 : 0; i < nodes->len && target == NULL; i++)
        if (sb_node_is_scored (nodes->pdata[i]))
          target = nodes->pdata[i];
    }
  else
    {
      for (guint i = current ? position : nodes->len; i > 0 && target == NULL; i--)
        if (sb_node_is_scored (nodes->pdata[i - 1]))
          target = nodes->pdata[i - 1];
    }

  if (target != NULL)
    sb_window_select_id (self, sb_node_get_id (target));
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
next_subitem_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  step (SB_WINDOW (widget), TRUE);
}

static void
previous_subitem_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  step (SB_WINDOW (widget), FALSE);
}

/* Alt+1…5 and Alt+Up/Down work anywhere on a sub-item's page, not only
 * with the focus in the band picker: they are its own actions. */
static void
activate_picker (SbWindow   *self,
                 const char *action_name,
                 GVariant   *parameter)
{
  GtkWidget *picker = SB_IS_NODE_PAGE (self->shown) ? sb_node_page_get_picker (SB_NODE_PAGE (self->shown)) : NULL;

  if (picker == NULL)
    gtk_widget_error_bell (GTK_WIDGET (self));
  else
    gtk_widget_activate_action_variant (picker, action_name, parameter);
}

static void
pick_band_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  activate_picker (SB_WINDOW (widget), "band.pick", parameter);
}

static void
step_percent_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  activate_picker (SB_WINDOW (widget), "band.step", parameter);
}

/* Where an undo or redo changed something: the sidebar item to select and
 * the place on its page, from the first change the assessment reports. */
typedef struct
{
  SbWindow *window;
  char     *item_id;
  char     *place;
} Touched;

static void
touched_owner (Touched    *touched,
               const char *owner_id,
               int         note_kind)
{
  SbStandard *standard = touched->window->standard;
  SbGuidancePoint *point = NULL;

  if (touched->item_id != NULL)
    return;
  if (sb_standard_lookup_node (standard, owner_id) != NULL)
    touched->item_id = g_strdup (owner_id);
  else if ((point = sb_standard_lookup_point (standard, owner_id)) != NULL)
    touched->item_id = g_strdup (sb_node_get_id (sb_guidance_point_get_node (point)));
  else
    return;
  touched->place = sb_page_place_key (owner_id, note_kind);
}

static void
touched_rating (SbAssessment *assessment,
                const char   *node_id,
                Touched      *touched)
{
  touched_owner (touched, node_id, -1);
}

static void
touched_notes (SbAssessment *assessment,
               const char   *owner_id,
               guint         kind,
               guint         position,
               guint         removed,
               guint         added,
               Touched      *touched)
{
  touched_owner (touched, owner_id, (int) kind);
}

static void
touched_profile (SbAssessment *assessment,
                 GParamSpec   *pspec,
                 Touched      *touched)
{
  SbSection *profile = sb_standard_get_profile (touched->window->standard);

  if (touched->item_id == NULL && profile != NULL)
    {
      touched->item_id = g_strdup (sb_section_get_id (profile));
      touched->place = sb_page_place_key (touched->item_id, -1);
    }
}

/* An undo shows what it changed, which may be on another page or far down
 * this one: the window goes there, scrolls to it and marks it. */
static void
undo_or_redo (SbWindow *self,
              gboolean  undo)
{
  SbHistory *history = sb_assessment_get_history (self->assessment);
  Touched touched = { self, NULL, NULL };
  gulong handlers[3];

  handlers[0] = g_signal_connect (self->assessment, "rating-changed", G_CALLBACK (touched_rating), &touched);
  handlers[1] = g_signal_connect (self->assessment, "notes-changed", G_CALLBACK (touched_notes), &touched);
  handlers[2] = g_signal_connect (self->assessment, "notify::profile", G_CALLBACK (touched_profile), &touched);
  if (undo)
    sb_history_undo (history);
  else
    sb_history_redo (history);
  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_handler_disconnect (self->assessment, handlers[i]);

  if (touched.item_id != NULL && !gtk_search_bar_get_search_mode (self->search_bar))
    {
      sb_window_select_id (self, touched.item_id);
      sb_window_lead_to (self, touched.place);
    }
  g_free (touched.item_id);
  g_free (touched.place);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  undo_or_redo (SB_WINDOW (widget), TRUE);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  undo_or_redo (SB_WINDOW (widget), FALSE);
}

static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  sb_window_show_shortcuts (SB_WINDOW (widget));
}

/* The shortcuts are the application's (sb-application.c); the menu's
 * items, buttons and shortcuts all name these. */
void
sb_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.new-from", NULL, new_from_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated);
  gtk_widget_class_install_action (widget_class, "win.details", NULL, details_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_activated);
  gtk_widget_class_install_action (widget_class, "win.export-radar", NULL, export_radar_activated);
  gtk_widget_class_install_action (widget_class, "win.export-bars", NULL, export_bars_activated);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.next-subitem", NULL, next_subitem_activated);
  gtk_widget_class_install_action (widget_class, "win.previous-subitem", NULL, previous_subitem_activated);
  gtk_widget_class_install_action (widget_class, "win.pick-band", "i", pick_band_activated);
  gtk_widget_class_install_action (widget_class, "win.step-percent", "i", step_percent_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
}
