/* sb-search-results.c — the places a search of the standard and the examiner's notes found, each a button that goes there
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

/* Where one result leads: the sidebar item and the place on its page. */
typedef struct
{
  GtkWidget *button;
  char      *target_id;
  char      *place;
} Result;

struct _SbSearchResults
{
  GtkBox             parent_instance;

  SbDisplayLanguage  language;
  GArray            *results;  /* of Result, in the order shown */
};

G_DEFINE_FINAL_TYPE (SbSearchResults, sb_search_results, GTK_TYPE_BOX)

enum {
  HIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
result_clear (gpointer data)
{
  Result *result = data;

  g_free (result->target_id);
  g_free (result->place);
}

static void
hit_clicked (GtkButton       *button,
             SbSearchResults *self)
{
  for (guint i = 0; i < self->results->len; i++)
    {
      Result *result = &g_array_index (self->results, Result, i);

      if (result->button == GTK_WIDGET (button))
        {
          /* The window takes these results away in its handler. */
          g_autofree char *target_id = g_strdup (result->target_id);
          g_autofree char *place = g_strdup (result->place);

          g_object_ref (self);
          g_signal_emit (self, signals[HIT_ACTIVATED], 0, target_id, place);
          g_object_unref (self);
          return;
        }
    }
}

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
hit_heading (SbSearchResults *self,
             SbSearchHit     *hit,
             gboolean         in_notes)
{
  g_autofree char *where = sb_page_item_label (hit->target, self->language);
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

static void
append_hit (SbSearchResults *self,
            SbSearchHit     *hit,
            gboolean         in_notes)
{
  g_autofree char *where = hit_heading (self, hit, in_notes);
  g_autofree char *markup = snippet_markup (hit);
  g_autofree char *spoken = NULL;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *heading = gtk_label_new (where);
  GtkWidget *snippet = gtk_label_new (NULL);
  const char *lang = sb_display_language_to_tag (self->language);
  const char *id = sb_page_item_id (hit->target);
  Result result = { button, g_strdup (id), NULL };

  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  sb_label_set_language (GTK_LABEL (heading), lang);
  sb_label_set_language (GTK_LABEL (snippet), lang);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_button_set_child (GTK_BUTTON (button), box);
  /* A button holding a box has no words of its own: a screen reader
   * reads where the match is and the text around it. */
  spoken = g_strdup_printf ("%s: %s", where, gtk_label_get_text (GTK_LABEL (snippet)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "search-hit");
  if (id == NULL)
    gtk_widget_set_sensitive (button, FALSE);
  if (hit->detail != NULL && SB_IS_GUIDANCE_POINT (hit->detail))
    result.place = sb_page_place_key (sb_guidance_point_get_id (SB_GUIDANCE_POINT (hit->detail)), -1);
  g_array_append_val (self->results, result);
  g_signal_connect (button, "clicked", G_CALLBACK (hit_clicked), self);
  gtk_box_append (GTK_BOX (self), button);
}

static void
sb_search_results_finalize (GObject *object)
{
  SbSearchResults *self = SB_SEARCH_RESULTS (object);

  g_array_unref (self->results);

  G_OBJECT_CLASS (sb_search_results_parent_class)->finalize (object);
}

static void
sb_search_results_class_init (SbSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_search_results_finalize;

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
  self->results = g_array_new (FALSE, TRUE, sizeof (Result));
  g_array_set_clear_func (self->results, result_clear);
  sb_page_init (GTK_BOX (self));
}

/* The places @query is found in @assessment's notes, then in its standard. */
GtkWidget *
sb_search_results_new (SbAssessment      *assessment,
                       const char        *query,
                       SbDisplayLanguage  language)
{
  SbSearchResults *self;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) in_standard = NULL;
  g_autofree char *title = NULL;
  guint n_notes;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (SB_TYPE_SEARCH_RESULTS, NULL);
  self->language = language;
  hits = sb_search_assessment (assessment, query, MAX_NOTES);
  in_standard = sb_search_standard (sb_assessment_get_standard (assessment), query, MAX_STANDARD);
  n_notes = hits->len;
  /* The examiner's own notes first: they are what is looked for most. */
  g_ptr_array_extend_and_steal (hits, g_steal_pointer (&in_standard));
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place for “%s”", "%u places for “%s”", hits->len),
                           hits->len, query);
  sb_page_append_title (GTK_BOX (self), title, NULL,
                        hits->len >= MAX_STANDARD ? _("Showing the first results; type more to narrow the search.") : NULL);
  for (guint i = 0; i < hits->len; i++)
    append_hit (self, hits->pdata[i], i < n_notes);
  return GTK_WIDGET (self);
}

/* Enter in the search entry goes to the first result that leads somewhere;
 * FALSE when there is none. */
gboolean
sb_search_results_activate_first (SbSearchResults *self)
{
  g_return_val_if_fail (SB_IS_SEARCH_RESULTS (self), FALSE);

  for (guint i = 0; i < self->results->len; i++)
    {
      Result *result = &g_array_index (self->results, Result, i);

      if (gtk_widget_get_sensitive (result->button))
        {
          g_signal_emit_by_name (result->button, "clicked");
          return TRUE;
        }
    }
  return FALSE;
}
