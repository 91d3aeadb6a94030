/* sb-search-results.c — the places a search of the standard and the examiner's notes found, a list that goes there
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-page.h"
#include "sb-search.h"
#include "sb-search-results.h"
#include "sb-widget-language.h"

/* The examiner's notes are looked for first, then the standard. */
#define MAX_NOTES     100
#define MAX_STANDARD  200

/* One result, as its row shows it and where it leads: the sidebar item
 * and the place on its page. Made once per search, so that the list's
 * rows (made only for the rows in view) only copy words. */
#define SB_TYPE_SEARCH_ROW (sb_search_row_get_type ())
G_DECLARE_FINAL_TYPE (SbSearchRow, sb_search_row, SB, SEARCH_ROW, GObject)

struct _SbSearchRow
{
  GObject     parent_instance;

  char       *heading;    /* where it is */
  char       *markup;     /* the text around the match, the match in bold */
  char       *spoken;     /* both, for a screen reader */
  const char *lang;       /* the shown language's tag */
  char       *target_id;  /* NULL when it leads nowhere */
  char       *place;      /* sb_page_place_key(), or NULL */
};

G_DEFINE_FINAL_TYPE (SbSearchRow, sb_search_row, G_TYPE_OBJECT)

static void
sb_search_row_finalize (GObject *object)
{
  SbSearchRow *self = SB_SEARCH_ROW (object);

  g_free (self->heading);
  g_free (self->markup);
  g_free (self->spoken);
  g_free (self->target_id);
  g_free (self->place);

  G_OBJECT_CLASS (sb_search_row_parent_class)->finalize (object);
}

static guint row_changed;

static void
sb_search_row_class_init (SbSearchRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_search_row_finalize;

  /* The row now holds another result: its widgets, if it has any, show it. */
  row_changed = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                              G_TYPE_NONE, 0);
}

/* @self takes what @other holds, which is left empty. */
static void
search_row_take (SbSearchRow *self,
                 SbSearchRow *other)
{
  g_free (self->heading);
  g_free (self->markup);
  g_free (self->spoken);
  g_free (self->target_id);
  g_free (self->place);
  self->heading = g_steal_pointer (&other->heading);
  self->markup = g_steal_pointer (&other->markup);
  self->spoken = g_steal_pointer (&other->spoken);
  self->lang = other->lang;
  self->target_id = g_steal_pointer (&other->target_id);
  self->place = g_steal_pointer (&other->place);
}

static void
sb_search_row_init (SbSearchRow *self)
{
}

struct _SbSearchResults
{
  GtkBox             parent_instance;

  GtkWidget         *title;
  GtkWidget         *more;      /* says that only the first results are listed */
  GtkWidget         *scroller;
  GtkGridView       *list;
  GListStore        *rows;      /* of SbSearchRow, in the order shown; spliced per search */
};

G_DEFINE_FINAL_TYPE (SbSearchResults, sb_search_results, GTK_TYPE_BOX)

enum {
  HIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The snippet with the match in bold, every part escaped. */
static char *
snippet_markup (SbSearchHit *hit)
{
  g_autofree char *before = g_markup_escape_text (hit->snippet, hit->match_start);
  g_autofree char *match = g_markup_escape_text (hit->snippet + hit->match_start, hit->match_length);
  g_autofree char *after = g_markup_escape_text (hit->snippet + hit->match_start + hit->match_length, -1);

  if (hit->match_length == 0)
    return g_markup_escape_text (hit->snippet, -1);
  return g_strconcat (before, "<b>", match, "</b>", after, NULL);
}

/* Where the hit is: the item's title, then its guidance point or band,
 * and whether it is in the examiner's own notes. */
static char *
hit_heading (SbSearchHit       *hit,
             SbDisplayLanguage  language,
             gboolean           in_notes)
{
  g_autofree char *where = sb_page_item_label (hit->target, language);
  g_autofree char *detailed = NULL;

  if (hit->detail != NULL && SB_IS_GUIDANCE_POINT (hit->detail))
    detailed = g_strdup_printf ("%s › %s", where, sb_guidance_point_get_number (SB_GUIDANCE_POINT (hit->detail)));
  /* A guide's bands are places of their own: the range tells them apart. */
  else if (hit->detail != NULL && SB_IS_BAND (hit->detail))
    detailed = g_strdup_printf ("%s › %u–%u%%", where, sb_band_get_min (SB_BAND (hit->detail)),
                                sb_band_get_max (SB_BAND (hit->detail)));
  else
    detailed = g_steal_pointer (&where);
  if (in_notes)
    return g_strdup_printf (_("%s · your notes"), detailed);
  return g_steal_pointer (&detailed);
}

static SbSearchRow *
search_row_new (SbSearchHit       *hit,
                SbDisplayLanguage  language,
                gboolean           in_notes)
{
  SbSearchRow *row = g_object_new (SB_TYPE_SEARCH_ROW, NULL);

  row->heading = hit_heading (hit, language, in_notes);
  row->markup = snippet_markup (hit);
  row->spoken = g_strdup_printf ("%s: %s", row->heading, hit->snippet);
  row->lang = sb_display_language_to_tag (language);
  row->target_id = g_strdup (sb_page_item_id (hit->target));
  if (hit->detail != NULL && SB_IS_GUIDANCE_POINT (hit->detail))
    row->place = sb_page_place_key (sb_guidance_point_get_id (SB_GUIDANCE_POINT (hit->detail)), -1);
  return row;
}

/* A row's widgets, made for the rows in view only and used again for
 * whichever result scrolls into their place. */
static void
row_setup (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_add_css_class (box, "search-hit");
  gtk_list_item_set_child (item, box);
}

static void
row_show (GtkListItem *item)
{
  SbSearchRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkLabel *heading = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *snippet = GTK_LABEL (gtk_widget_get_last_child (box));

  gtk_label_set_text (heading, row->heading);
  gtk_label_set_markup (snippet, row->markup);
  sb_label_set_language (heading, row->lang);
  sb_label_set_language (snippet, row->lang);
  gtk_list_item_set_activatable (item, row->target_id != NULL);
  gtk_widget_set_sensitive (box, row->target_id != NULL);
  /* The focus rests on the list's own row widget, which holds the box and
   * has no words of its own (GTK 4.8 gives list items no accessible label):
   * a screen reader reads where the match is and the text around it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row->spoken, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, row->spoken, -1);
}

static void
row_bind (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  row_show (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (row_show), item, G_CONNECT_SWAPPED);
}

static void
row_unbind (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), row_show, item);
}

/* Enter on a row, or a click. */
static void
row_activated (SbSearchResults *self,
               guint            position)
{
  g_autoptr(SbSearchRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  /* The window hides these results in its handler and may search again. */
  g_autofree char *target_id = NULL;
  g_autofree char *place = NULL;

  if (row == NULL || row->target_id == NULL)
    return;
  target_id = g_strdup (row->target_id);
  place = g_strdup (row->place);
  g_signal_emit (self, signals[HIT_ACTIVATED], 0, target_id, place);
}

static void
sb_search_results_dispose (GObject *object)
{
  SbSearchResults *self = SB_SEARCH_RESULTS (object);

  g_clear_object (&self->rows);

  G_OBJECT_CLASS (sb_search_results_parent_class)->dispose (object);
}

static void
sb_search_results_class_init (SbSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_search_results_dispose;

  /**
   * SbSearchResults::hit-activated:
   * @target_id: the id of the node, section or guide the result is in
   * @place: (nullable): the place on its page (sb_page_place_key()), if any
   *
   * A result was chosen: the window goes there.
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
sb_search_results_init (SbSearchResults *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  /* The title keeps a page's margins; the list runs to the edges, where
   * its scroll bar is. */
  sb_page_init (GTK_BOX (top));
  gtk_widget_add_css_class (top, "search-top");
  self->title = sb_page_append_title (GTK_BOX (top), "", NULL, " ");
  self->more = gtk_widget_get_next_sibling (self->title);
  gtk_box_append (GTK_BOX (self), top);

  self->rows = g_list_store_new (SB_TYPE_SEARCH_ROW);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind), NULL);
  /* A grid of one column rather than a GtkListView: GTK 4.8's list view
   * keeps widgets for up to 200 rows whatever its height, and a search
   * made them all again for every key; its grid view keeps about 30. */
  self->list = g_object_new (GTK_TYPE_GRID_VIEW,
                             "model", selection,
                             "factory", factory,
                             "max-columns", 1,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                             /* A click opens a result, as the buttons they replace did. */
                             "single-click-activate", TRUE,
                             NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "search-list");
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (row_activated), self);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_box_append (GTK_BOX (self), self->scroller);
}

/* The rows that were there take the new results in place, and only the
 * difference in number is spliced: a row's widgets then stay and only
 * change their words. GTK 4.8 makes new widgets for every item that a
 * splice brings, and that was most of a key's work. */
static void
show_rows (SbSearchResults *self,
           GPtrArray       *rows)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_kept = MIN (n_old, rows->len);

  for (guint i = 0; i < n_kept; i++)
    {
      g_autoptr(SbSearchRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      search_row_take (row, rows->pdata[i]);
      g_signal_emit (row, row_changed, 0);
    }
  g_list_store_splice (self->rows, n_kept, n_old - n_kept, rows->pdata + n_kept, rows->len - n_kept);
}

GtkWidget *
sb_search_results_new (void)
{
  return g_object_new (SB_TYPE_SEARCH_RESULTS, NULL);
}

/* Shows the places @query is found in @assessment's notes, then in its
 * standard: the rows of the last search are replaced in the same list. */
void
sb_search_results_search (SbSearchResults   *self,
                          SbAssessment      *assessment,
                          const char        *query,
                          SbDisplayLanguage  language)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) in_standard = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  guint n_notes;

  g_return_if_fail (SB_IS_SEARCH_RESULTS (self));
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));
  g_return_if_fail (query != NULL);

  hits = sb_search_assessment (assessment, query, MAX_NOTES);
  in_standard = sb_search_standard (sb_assessment_get_standard (assessment), query, MAX_STANDARD);
  n_notes = hits->len;
  /* The examiner's own notes first: they are what is looked for most. */
  g_ptr_array_extend_and_steal (hits, g_steal_pointer (&in_standard));
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (rows, search_row_new (hits->pdata[i], language, i < n_notes));
  show_rows (self, rows);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place for “%s”", "%u places for “%s”", hits->len),
                           hits->len, query);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_label_set_text (GTK_LABEL (self->more), _("Showing the first results; type more to narrow the search."));
  gtk_widget_set_visible (self->more, hits->len >= MAX_STANDARD);
  /* Set with every search, so that it follows the interface language. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search results"), -1);
  /* A new search is read from its first result. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/* Enter in the search entry goes to the first result that leads somewhere;
 * FALSE when there is none. */
gboolean
sb_search_results_activate_first (SbSearchResults *self)
{
  GListModel *rows;

  g_return_val_if_fail (SB_IS_SEARCH_RESULTS (self), FALSE);

  rows = G_LIST_MODEL (self->rows);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SbSearchRow) row = g_list_model_get_item (rows, i);

      if (row->target_id != NULL)
        {
          row_activated (self, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* Down from the search entry: the focus goes to the first result. FALSE
 * when there is none. */
gboolean
sb_search_results_focus_first (SbSearchResults *self)
{
  g_return_val_if_fail (SB_IS_SEARCH_RESULTS (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0)
    return FALSE;
  /* GTK 4.8's list follows its focus through this action: scrolled to,
   * the first row is the one the list gives the focus to. */
  gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", 0);
  return gtk_widget_grab_focus (GTK_WIDGET (self->list));
}
