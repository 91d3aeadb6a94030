/* sb-window.c — the main window's shell: the standard's tree beside one page, the header, the assessment shown
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-compare-window.h"
#include "sb-details-dialog.h"
#include "sb-language.h"
#include "sb-nav-entry.h"
#include "sb-node-page.h"
#include "sb-notices.h"
#include "sb-overview-page.h"
#include "sb-text-page.h"
#include "sb-themes-page.h"
#include "sb-widget-language.h"
#include "sb-window-private.h"

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_ASSESSMENT,
  PROP_STANDARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whether the keyboard focus is on @widget or inside it. */
gboolean
sb_window_has_focus_within (SbWindow  *self,
                            GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Puts the focus on the first control of the page. FALSE when it has none:
 * the caller then chooses where the focus goes, so that it never rests
 * nowhere. */
gboolean
sb_window_focus_page (SbWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD))
      return TRUE;
  return FALSE;
}

/* Empties the page, and says whether the focus was on it. GTK leaves a
 * window's focus on a widget taken out of it, where no key reaches the
 * window any more (not even Ctrl+F), so the focus is taken off first and
 * the caller puts it somewhere that is shown. */
static gboolean
clear_page (SbWindow *self)
{
  GtkWidget *child;
  gboolean had_focus = sb_window_has_focus_within (self, GTK_WIDGET (self->page));

  if (had_focus)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  self->shown = NULL;
  self->marked = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page))))
    gtk_box_remove (self->page, child);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->page_scroller), 0);
  return had_focus;
}

/* Scrolls the page so that @place, once laid out, shows from its top. */
static gboolean
scroll_when_placed (GtkWidget     *place,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  SbWindow *self = user_data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  graphene_rect_t bounds;
  double top, view;

  if (gtk_widget_get_height (place) == 0 ||
      !gtk_widget_compute_bounds (place, GTK_WIDGET (self->page), &bounds))
    return G_SOURCE_CONTINUE;
  top = MAX (0, bounds.origin.y - 12);
  view = gtk_adjustment_get_page_size (adjustment);
  if (top < gtk_adjustment_get_value (adjustment) ||
      bounds.origin.y + MIN (bounds.size.height, view) > gtk_adjustment_get_value (adjustment) + view)
    gtk_adjustment_set_value (adjustment, top);
  return G_SOURCE_REMOVE;
}

/* The widget of the place @key (sb_page_place_key()) on the shown page. */
static GtkWidget *
lookup_place (SbWindow   *self,
              const char *key)
{
  if (key == NULL)
    return NULL;
  if (SB_IS_NODE_PAGE (self->shown))
    return sb_node_page_lookup_place (SB_NODE_PAGE (self->shown), key);
  if (SB_IS_TEXT_PAGE (self->shown))
    return sb_text_page_lookup_place (SB_TEXT_PAGE (self->shown), key);
  return NULL;
}

/* Brings the place @key stands for on the shown page into view and marks
 * it until the next page or place, with the focus on its first control (or
 * on the sidebar row when it has none). FALSE when the page has no such
 * place. */
gboolean
sb_window_lead_to (SbWindow   *self,
                   const char *key)
{
  GtkWidget *place = lookup_place (self, key);
  GtkWidget *controls, *next;

  if (place == NULL)
    return FALSE;
  if (self->marked != NULL)
    gtk_widget_remove_css_class (self->marked, "marked");
  self->marked = place;
  gtk_widget_add_css_class (place, "marked");
  /* A guidance point's controls (its notes) follow it. */
  next = gtk_widget_get_next_sibling (place);
  controls = place;
  if (gtk_widget_has_css_class (place, "guidance-point") && next != NULL && gtk_widget_has_css_class (next, "evidence"))
    controls = next;
  if (!sb_window_has_focus_within (self, controls) && !gtk_widget_child_focus (controls, GTK_DIR_TAB_FORWARD))
    sb_window_focus_sidebar (self);
  gtk_widget_add_tick_callback (place, scroll_when_placed, self, NULL);
  return TRUE;
}

static void
chart_node_activated (SbWindow *self,
                      SbNode   *node)
{
  sb_window_select_id (self, sb_node_get_id (node));
}

/* Text views measure their wrapped height only once laid out, after the
 * page is first measured: measure the page again when they have been. */
static gboolean
remeasure_page (gpointer data)
{
  SbWindow *self = data;

  /* The window may have been closed in the meantime. */
  if (self->page != NULL && gtk_widget_get_root (GTK_WIDGET (self->page)) != NULL)
    gtk_widget_queue_resize (GTK_WIDGET (self->page));
  return G_SOURCE_REMOVE;
}

/* The page of @item: a node, a section or guide, or one of the window's
 * own entries (the overview, the standard's front matter). */
static GtkWidget *
page_new (SbWindow *self,
          GObject  *item)
{
  GtkWidget *page;

  if (SB_IS_NODE (item))
    return sb_node_page_new (SB_NODE (item), self->assessment, self->language);
  if (SB_IS_SECTION (item))
    return sb_text_page_new_for_section (SB_SECTION (item), self->assessment, self->language);
  if (SB_IS_GUIDE (item))
    return sb_text_page_new_for_guide (SB_GUIDE (item), self->language);
  if (!SB_IS_NAV_ENTRY (item))
    return NULL;
  if (sb_nav_entry_get_kind (SB_NAV_ENTRY (item)) == SB_NAV_THEMES)
    return sb_themes_page_new (self->assessment);
  if (sb_nav_entry_get_kind (SB_NAV_ENTRY (item)) != SB_NAV_OVERVIEW)
    return sb_text_page_new_for_entry (SB_NAV_ENTRY (item), self->standard, self->language);
  page = sb_overview_page_new (self->assessment, self->language);
  g_signal_connect_swapped (page, "node-activated", G_CALLBACK (chart_node_activated), self);
  return page;
}

/* Shows @page (if any) in place of the emptied one. */
static void
show_page (SbWindow  *self,
           GtkWidget *page)
{
  self->shown = page;
  if (page != NULL)
    gtk_box_append (self->page, page);
}

/* A new page: the focus, if it was on the old one, follows the selection
 * to its sidebar row, from where Tab goes on into the page. */
void
sb_window_show_selected (SbWindow *self)
{
  g_autoptr(GObject) item = NULL;
  gboolean had_focus;

  /* Before a window is on screen nobody sees its page, and a start chooses
   * one three times (the blank assessment, the text language from the
   * settings, the file opened): only the last is built, when it maps. */
  self->page_wanted = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->page_wanted)
    {
      clear_page (self);
      return;
    }
  item = sb_window_dup_selected_item (self);
  g_timeout_add_full (G_PRIORITY_LOW, 100, remeasure_page, g_object_ref (self), g_object_unref);
  had_focus = clear_page (self);
  /* A page chosen replaces the search results, as well as the page. */
  sb_window_show_results (self, FALSE);
  show_page (self, page_new (self, item));
  if (had_focus)
    sb_window_focus_sidebar (self);
}

/* How the window names its document, in the title bar and in every
 * question about it: the applicant, else the file, else "New assessment". */
char *
sb_window_dup_document_name (SbWindow *self)
{
  const char *applicant = sb_assessment_get_applicant (self->assessment);
  GFile *file = sb_assessment_get_file (self->assessment);

  if (applicant && *applicant)
    return g_strdup (applicant);
  if (file != NULL)
    return g_file_get_basename (file);
  return g_strdup (_("New assessment"));
}

/* The header says whose assessment this is, whether it is saved, and the
 * running total: what an examiner glances at between questions. */
static void
update_header (SbWindow *self)
{
  g_autofree char *name = sb_window_dup_document_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *points = NULL;
  g_autofree char *maximum = NULL;
  SbScore total = { 0 };

  title = g_strdup_printf ("%s%s", sb_assessment_get_dirty (self->assessment) ? "• " : "", name);

  sb_assessment_get_score (self->assessment, NULL, &total);
  points = sb_points_format_exact (total.points);
  maximum = sb_points_format_exact (total.maximum);
  /* The kind is said, so that a self-assessment is never one unawares. */
  subtitle = g_strdup_printf (_("%s · %s / %s · %u of %u rated"),
                              sb_details_kind_name (sb_assessment_get_kind (self->assessment)),
                              points, maximum, total.n_rated, total.n_scored);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  /* A file's or an applicant's name, in whichever language it was typed. */
  sb_label_set_language (GTK_LABEL (self->title_label), sb_language_of_typed (title));
  gtk_label_set_text (GTK_LABEL (self->subtitle_label), subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* A part's consensus changed: its baseline mark may have gone. */
static void
notes_changed (SbWindow   *self,
               const char *owner_id,
               guint       kind)
{
  g_autoptr(GHashTable) part = NULL;

  if (kind != SB_NOTE_KIND_CONSENSUS)
    return;
  /* Its own row only: every rating comes here too. */
  part = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_add (part, (gpointer) owner_id);
  sb_window_refresh_node_rows (self, part);
}

/* Emitted for each part on the path from the rated one to the root, then
 * once (NULL) for the total: only the sidebar rows of that path are bound
 * again. The header follows `changed`, which comes first. */
static void
score_changed (SbWindow   *self,
               const char *node_id)
{
  if (node_id != NULL)
    {
      g_hash_table_add (self->score_path, g_strdup (node_id));
      return;
    }
  sb_window_refresh_node_rows (self, self->score_path);
  g_hash_table_remove_all (self->score_path);
}

/* Until the assessment names its applicant and examiner, a bar says so
 * and offers the dialog that sets them; closing it hides it until another
 * assessment is shown. */
static void
update_details_bar (SbWindow *self)
{
  gboolean no_applicant = *sb_assessment_get_applicant (self->assessment) == '\0';
  gboolean no_examiner = *sb_assessment_get_examiner (self->assessment) == '\0';
  const char *message;

  if (no_applicant && no_examiner)
    message = _("This assessment names no applicant and no examiner yet.");
  else if (no_applicant)
    message = _("This assessment names no applicant yet.");
  else
    message = _("This assessment names no examiner yet.");
  gtk_label_set_text (self->details_label, message);
  gtk_info_bar_set_revealed (self->details_bar, (no_applicant || no_examiner) && !self->details_dismissed);
}

static void
details_bar_response (SbWindow *self,
                      int       response)
{
  if (response == GTK_RESPONSE_CLOSE)
    {
      self->details_dismissed = TRUE;
      update_details_bar (self);
    }
}

/* The header names the applicant, and the bar asks for who is missing. */
static void
details_changed (SbWindow *self)
{
  update_header (self);
  update_details_bar (self);
}

/* A node's page is made for the kind of its assessment (a consensus has
 * the examiners' proposals beside its comments): a page shown when the
 * kind changes is made again. */
static void
kind_changed (SbWindow *self)
{
  details_changed (self);
  if (SB_IS_NODE_PAGE (self->shown))
    sb_window_show_selected (self);
}

static void
history_changed (SbWindow *self)
{
  SbHistory *history = sb_assessment_get_history (self->assessment);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", sb_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", sb_history_can_redo (history));
}

SbAssessment *
sb_window_get_assessment (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return self->assessment;
}

static void
autosave_written (SbWindow *self)
{
  sb_notices_set_autosave_error (self->notices, NULL);
}

/* Shows @assessment, which must be of the window's standard, and keeps
 * its unsaved changes in a recovery file from now on. */
void
sb_window_set_assessment (SbWindow     *self,
                          SbAssessment *assessment)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));
  g_return_if_fail (sb_assessment_get_standard (assessment) == self->standard);

  if (self->assessment == assessment)
    return;
  if (self->assessment != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->assessment, self);
      g_signal_handlers_disconnect_by_data (sb_assessment_get_history (self->assessment), self);
    }
  g_clear_object (&self->autosave);
  g_clear_object (&self->lock);
  g_set_object (&self->assessment, assessment);
  self->autosave = sb_autosave_new (assessment);
  g_signal_connect_object (self->autosave, "failed", G_CALLBACK (sb_notices_set_autosave_error), self->notices,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "written", G_CALLBACK (autosave_written), self, G_CONNECT_SWAPPED);
  sb_notices_set_autosave_error (self->notices, NULL);
  sb_window_note_disk_state (self);

  g_signal_connect_object (assessment, "score-changed", G_CALLBACK (score_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notes-changed", G_CALLBACK (notes_changed), self, G_CONNECT_SWAPPED);
  /* The model says "changed" before it records the step in its history:
   * the actions follow the history itself. */
  g_signal_connect_object (sb_assessment_get_history (assessment), "notify::can-undo",
                           G_CALLBACK (history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sb_assessment_get_history (assessment), "notify::can-redo",
                           G_CALLBACK (history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::dirty", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::file", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::applicant", G_CALLBACK (details_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::examiner", G_CALLBACK (details_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::kind", G_CALLBACK (kind_changed), self, G_CONNECT_SWAPPED);
  self->details_dismissed = FALSE;
  update_details_bar (self);

  sb_notices_set_assessment (self->notices, assessment);
  update_header (self);
  history_changed (self);
  if (self->tree != NULL)
    {
      sb_window_refresh_rows (self);
      sb_window_show_selected (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

/* For work closed without saving: its recovery file goes too. */
void
sb_window_discard_recovery (SbWindow *self)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  sb_autosave_discard (self->autosave);
}

/* Writes what is unsaved to the recovery file now, as on quit. */
gboolean
sb_window_flush_recovery (SbWindow  *self,
                          GError   **error)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);
  return sb_autosave_flush (self->autosave, error);
}

/* Every interface string the window shows outside its pages: set again
 * whenever the interface language changes, so no restart is needed. */
static void
retranslate (SbWindow *self)
{
  if (self->assessment != NULL)
    {
      update_header (self);
      update_details_bar (self);
    }
  gtk_button_set_label (self->details_button, _("Set _Details…"));
  sb_notices_retranslate (self->notices);

  sb_window_fill_primary_menu (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  /* Icon-only buttons have no words for a screen reader but these labels. GTK 4.8's menu
   * button takes the focus with an inner toggle button, which does not inherit the label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->menu_button))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_dropdown), _("Language of the standard’s text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->language_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language of the standard’s text"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contents"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->search_button), _("Search the standard (Ctrl+F)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the standard"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the standard"), -1);
  /* The setter is GTK 4.10; the property is older. */
  g_object_set (self->search_entry, "placeholder-text", _("Search the standard in Chinese or English"), NULL);

  /* A shortcuts window already built is in the old language: the next one
   * asked for is built in the new. */
  sb_window_drop_shortcuts (self);
}

const char *
sb_window_get_language (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return sb_display_language_to_tag (self->language);
}

/* Everything the window shows in words, again: after a change of the
 * text language or of the interface language. */
static void
relabel (SbWindow *self)
{
  retranslate (self);
  if (self->tree != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
      g_list_model_items_changed (G_LIST_MODEL (self->selection), 0, n, n);
      sb_window_show_selected (self);
    }
}

/* The language of the standard's texts; the interface language is the
 * application's own setting and does not follow it. */
void
sb_window_set_language (SbWindow   *self,
                        const char *language)
{
  SbDisplayLanguage shown;

  g_return_if_fail (SB_IS_WINDOW (self));
  g_return_if_fail (language != NULL);

  shown = sb_window_offered_language (self, language);
  if (self->language == shown)
    return;
  self->language = shown;
  sb_window_show_language_choice (self);

  relabel (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
sb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, sb_display_language_to_tag (self->language));
      break;
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_STANDARD:
      g_value_set_object (value, self->standard);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      sb_window_set_language (self, g_value_get_string (value));
      break;
    case PROP_STANDARD:
      self->standard = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The window's settings are its application's, so that the window's
 * handler of a change of the interface language runs after the
 * application's own, which switches the catalogues. A window has its
 * application only once constructed, so they are bound when it comes. */
static void
application_set (SbWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;

  if (application == NULL)
    return;
  g_signal_handlers_disconnect_by_func (self, application_set, NULL);
  settings = sb_application_get_settings (SB_APPLICATION (application));
  sb_window_bind_language (self, settings);
  g_signal_connect_object (settings, "changed::interface-language", G_CALLBACK (relabel), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  /* Read once: dragging one window's sidebar leaves the others' alone. */
  g_settings_bind (settings, "sidebar-width", self->paned, "position",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
}

/* A window shows a blank assessment of its standard until given one. */
static void
sb_window_constructed (GObject *object)
{
  SbWindow *self = SB_WINDOW (object);
  g_autoptr(SbAssessment) blank = NULL;

  G_OBJECT_CLASS (sb_window_parent_class)->constructed (object);

  g_return_if_fail (SB_IS_STANDARD (self->standard));
  blank = sb_assessment_new (self->standard);
  sb_window_set_assessment (self, blank);
  sb_window_fill_sidebar (self);
  sb_window_list_languages (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_set), NULL);
  application_set (self);
  sb_window_show_selected (self);
}

static void
sb_window_map (GtkWidget *widget)
{
  SbWindow *self = SB_WINDOW (widget);

  GTK_WIDGET_CLASS (sb_window_parent_class)->map (widget);
  if (self->page_wanted)
    sb_window_show_selected (self);
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = (SbWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
  g_clear_object (&self->autosave);
  g_clear_object (&self->lock);
  g_clear_pointer (&self->disk_etag, g_free);
  g_clear_object (&self->assessment);
  g_clear_object (&self->standard);

  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_finalize (GObject *object)
{
  SbWindow *self = (SbWindow *) object;

  g_clear_object (&self->primary);
  g_clear_pointer (&self->submenus, g_ptr_array_unref);
  g_clear_object (&self->recent);
  g_clear_pointer (&self->score_path, g_hash_table_unref);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);

  G_OBJECT_CLASS (sb_window_parent_class)->finalize (object);
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sb_window_get_property;
  object_class->set_property = sb_window_set_property;
  object_class->constructed = sb_window_constructed;
  object_class->dispose = sb_window_dispose;
  object_class->finalize = sb_window_finalize;
  widget_class->map = sb_window_map;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, SB_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The standard the window shows, and every assessment it holds is of. */
  properties[PROP_STANDARD] =
    g_param_spec_object ("standard", NULL, NULL, SB_TYPE_STANDARD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, SB_LANG_ZH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SB_TYPE_NOTICES);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, page);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, results);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, details_bar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, details_label);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, details_button);
  gtk_widget_class_bind_template_callback (widget_class, details_bar_response);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, notices);
  sb_window_class_add_search (widget_class);

  GTK_WINDOW_CLASS (klass)->close_request = sb_window_close_request;
  sb_window_class_add_actions (widget_class);
  gtk_widget_class_bind_template_callback_full (widget_class, "language_selected",
                                                G_CALLBACK (sb_window_language_selected));
}

static void
sb_window_init (SbWindow *self)
{
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->language = SB_DISPLAY_LANGUAGE_ZH;
  self->score_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bound_rows = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->title_label = gtk_label_new (NULL);
  self->subtitle_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title_label, "title");
  gtk_widget_add_css_class (self->subtitle_label, "subtitle");
  gtk_widget_add_css_class (self->subtitle_label, "numeric");
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (titles), self->title_label);
  gtk_box_append (GTK_BOX (titles), self->subtitle_label);
  /* Not a bound template child: GtkWindow disposes its titlebar itself. */
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (self))), titles);
  self->recent = g_menu_new ();
  self->primary = g_menu_new ();
  self->submenus = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->primary));
  retranslate (self);
  sb_window_init_search (self);
  sb_compare_add_drop_target (GTK_WINDOW (self));
  /* The primary menu's Open Recent follows the recent-files list. */
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed", G_CALLBACK (sb_window_fill_recent_menu), self,
                           G_CONNECT_SWAPPED);
}

SbWindow *
sb_window_new (SbApplication *application)
{
  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);

  return g_object_new (SB_TYPE_WINDOW,
                       "application", application,
                       "standard", sb_application_get_standard (application),
                       NULL);
}

/* A window on another standard than the application's, as a test needs. */
SbWindow *
sb_window_new_for_standard (SbApplication *application,
                            SbStandard    *standard)
{
  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);

  return g_object_new (SB_TYPE_WINDOW, "application", application, "standard", standard, NULL);
}
