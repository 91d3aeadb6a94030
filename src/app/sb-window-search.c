/* sb-window-search.c — the window's search: the search bar, its results in place of the page, the keys between them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include "sb-search.h"
#include "sb-window-private.h"

/* The search results take the place of the page, which is kept beneath
 * them as it was: closing the search shows it again without building it. */
void
sb_window_show_results (SbWindow *self,
                        gboolean  shown)
{
  gtk_widget_set_visible (GTK_WIDGET (self->page_scroller), !shown);
  gtk_widget_set_visible (GTK_WIDGET (self->results), shown);
}

/* Choosing a result goes there. */
static void
hit_activated (SbWindow   *self,
               const char *target_id,
               const char *place)
{
  /* Leaving search mode shows the page again, in place of the results. */
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  sb_window_select_id (self, target_id);
  sb_window_show_results (self, FALSE);
  if (!sb_window_lead_to (self, place))
    sb_window_focus_sidebar (self);
}

/* Every key searches again, into the same list. */
static void
search_changed (SbWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (*query != '\0')
    sb_search_results_search (self->results, self->assessment, query, self->language);
  sb_window_show_results (self, *query != '\0');
}

/* Enter goes to the first result. */
static void
search_activated (SbWindow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->results)))
    sb_search_results_activate_first (self->results);
}

static void
search_stopped (SbWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* When the search bar opens, the standard's texts are made ready for the
 * first key. However it closes (Escape, its button, a result), the page
 * comes back, and the focus leaves the hidden entry, where keys would
 * reach nothing. */
static void
search_mode_changed (SbWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      sb_search_prepare (self->standard);
      return;
    }
  sb_window_show_results (self, FALSE);
  if (sb_window_has_focus_within (self, GTK_WIDGET (self->search_bar)))
    sb_window_focus_sidebar (self);
}

/* Down in the search entry goes into the results. The entry's text would
 * take the key (and fail) before it bubbles up, so this listens first. */
static gboolean
entry_key_pressed (SbWindow        *self,
                   guint            keyval,
                   guint            keycode,
                   GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (!gtk_widget_get_visible (GTK_WIDGET (self->results)))
    return GDK_EVENT_PROPAGATE;
  return sb_search_results_focus_first (self->results);
}

/* Escape in the results goes back to the search entry, where the query is. */
static gboolean
results_key_pressed (SbWindow        *self,
                     guint            keyval,
                     guint            keycode,
                     GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return GDK_EVENT_STOP;
}

static void
add_key_handler (GtkWidget          *widget,
                 GtkPropagationPhase phase,
                 GCallback           handler,
                 SbWindow           *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, phase);
  g_signal_connect_swapped (keys, "key-pressed", handler, self);
  gtk_widget_add_controller (widget, keys);
}

/* The keys between the search entry and its results. */
void
sb_window_init_search (SbWindow *self)
{
  add_key_handler (GTK_WIDGET (self->search_entry), GTK_PHASE_CAPTURE, G_CALLBACK (entry_key_pressed), self);
  add_key_handler (GTK_WIDGET (self->results), GTK_PHASE_BUBBLE, G_CALLBACK (results_key_pressed), self);
}

void
sb_window_class_add_search (GtkWidgetClass *widget_class)
{
  g_type_ensure (SB_TYPE_SEARCH_RESULTS);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_activated);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed);
  gtk_widget_class_bind_template_callback (widget_class, hit_activated);
}
