/* sb-node-page.c — the page of one node of the criteria: its texts, guidance points with their notes, findings, rating
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-node-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-band-picker.h"
#include "sb-node-page.h"
#include "sb-note-list.h"
#include "sb-page.h"
#include "sb-proposal-list.h"
#include "sb-rating-trail.h"

struct _SbNodePage
{
  GtkBox             parent_instance;

  SbDisplayLanguage  language;
  GHashTable        *places;  /* sb_page_place_key() → its widget, for search and undo */
  GtkWidget         *picker;  /* the band picker, on a scored node's page */
};

G_DEFINE_FINAL_TYPE (SbNodePage, sb_node_page, GTK_TYPE_BOX)

static void
add_place (SbNodePage *self,
           const char *owner_id,
           int         note_kind,
           GtkWidget  *widget)
{
  g_hash_table_replace (self->places, sb_page_place_key (owner_id, note_kind), widget);
}

/* What the standard calls @node's kind, as a heading starts: "Item". */
static char *
kind_name (SbNodePage *self,
           SbNode     *node)
{
  g_autofree char *name = sb_node_dup_kind_name (node, sb_display_language_primary (self->language));
  gunichar first = g_utf8_get_char (name);
  char head[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), head);
  return g_strconcat (head, g_utf8_next_char (name), NULL);
}

static void
append_title (SbNodePage *self,
              SbNode     *node)
{
  g_autofree char *title = sb_page_node_label (node, self->language);
  g_autofree char *points = sb_points_format_exact (sb_node_get_points (node));
  g_autofree char *kind = kind_name (self, node);
  g_autofree char *meta = NULL;
  SbGuide *guide = sb_node_get_guide (node);

  if (guide != NULL)
    meta = g_strdup_printf (_("%s · %s points · %s"), kind, points,
                            sb_text_get (sb_guide_get_name (guide), sb_display_language_primary (self->language)));
  else
    meta = g_strdup_printf (_("%s · %s points"), kind, points);
  sb_page_append_title (GTK_BOX (self), title, sb_display_language_to_tag (self->language), meta);
}

/* The examiner's evidence notes and the evidence seen, under a guidance point. */
static void
append_evidence (SbNodePage      *self,
                 SbAssessment    *assessment,
                 SbGuidancePoint *point)
{
  const char *point_id = sb_guidance_point_get_id (point);
  GtkWidget *evidence = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *notes_title = g_strdup_printf (_("Evidence notes for %s"), sb_guidance_point_get_number (point));
  g_autofree char *refs_title = g_strdup_printf (_("Evidence seen for %s"), sb_guidance_point_get_number (point));
  GtkWidget *notes = sb_note_list_new (notes_title);
  GtkWidget *refs = sb_note_list_new (refs_title);

  sb_note_list_set_target (SB_NOTE_LIST (notes), assessment, point_id, SB_NOTE_EVIDENCE);
  sb_note_list_set_target (SB_NOTE_LIST (refs), assessment, point_id, SB_NOTE_REFERENCE);
  add_place (self, point_id, SB_NOTE_EVIDENCE, notes);
  add_place (self, point_id, SB_NOTE_REFERENCE, refs);
  gtk_box_append (GTK_BOX (evidence), notes);
  gtk_box_append (GTK_BOX (evidence), refs);
  gtk_widget_add_css_class (evidence, "evidence");
  gtk_box_append (GTK_BOX (self), evidence);
}

static void
append_guidance (SbNodePage   *self,
                 SbAssessment *assessment,
                 SbNode       *node)
{
  GListModel *guidance = sb_node_get_guidance (node);

  if (g_list_model_get_n_items (guidance) > 0)
    sb_page_append_heading (GTK_BOX (self), _("Guidance points"));
  for (guint i = 0; i < g_list_model_get_n_items (guidance); i++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, i);

      add_place (self, sb_guidance_point_get_id (point), -1,
                 sb_page_append_numbered (GTK_BOX (self), self->language, sb_guidance_point_get_number (point),
                                          sb_guidance_point_get_title (point), sb_guidance_point_get_text (point)));
      if (sb_node_is_scored (node))
        append_evidence (self, assessment, point);
    }
}

/* A merge made a new comment of the team: the cursor goes into it, for
 * rewording the joined texts. */
static void
proposals_merged (SbNodePage     *self,
                  guint           index,
                  SbProposalList *proposals)
{
  g_autofree char *key = sb_page_place_key (sb_proposal_list_get_part_id (proposals),
                                            (int) sb_proposal_list_get_kind (proposals));
  GtkWidget *list = g_hash_table_lookup (self->places, key);
  GtkTextView *view = list != NULL ? sb_note_list_get_row_view (SB_NOTE_LIST (list), index) : NULL;

  if (view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (view));
}

/* The team's comments of one kind; in a consensus, with the examiners'
 * proposals of that kind beside them. */
static void
append_comments (SbNodePage   *self,
                 SbAssessment *assessment,
                 SbNode       *node,
                 SbNoteKind    kind,
                 const char   *title)
{
  GtkWidget *list = sb_note_list_new (title);
  GtkWidget *columns, *proposals;

  sb_note_list_set_target (SB_NOTE_LIST (list), assessment, sb_node_get_id (node), kind);
  add_place (self, sb_node_get_id (node), kind, list);
  if (sb_assessment_get_kind (assessment) != SB_ASSESSMENT_KIND_CONSENSUS)
    {
      gtk_box_append (GTK_BOX (self), list);
      if (kind == SB_NOTE_STRENGTH)
        gtk_widget_add_css_class (list, "findings");
      return;
    }
  columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_widget_add_css_class (columns, "findings");
  proposals = sb_proposal_list_new (assessment, sb_node_get_id (node), kind);
  g_signal_connect_object (proposals, "merged", G_CALLBACK (proposals_merged), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (columns), list);
  gtk_box_append (GTK_BOX (columns), proposals);
  gtk_box_append (GTK_BOX (self), columns);
}

/* A scored node's strengths and opportunities, then its rating and where
 * the rating came from. */
static void
append_findings (SbNodePage   *self,
                 SbAssessment *assessment,
                 SbNode       *node)
{
  append_comments (self, assessment, node, SB_NOTE_STRENGTH, _("Strengths"));
  append_comments (self, assessment, node, SB_NOTE_OPPORTUNITY, _("Opportunities for improvement"));

  sb_page_append_heading (GTK_BOX (self), _("Rating"));
  self->picker = sb_band_picker_new ();
  sb_band_picker_set_display_language (SB_BAND_PICKER (self->picker), self->language);
  sb_band_picker_set_target (SB_BAND_PICKER (self->picker), assessment, node);
  gtk_box_append (GTK_BOX (self), self->picker);
  add_place (self, sb_node_get_id (node), -1, self->picker);
  gtk_box_append (GTK_BOX (self), sb_rating_trail_new (assessment, sb_node_get_id (node)));
}

static void
sb_node_page_finalize (GObject *object)
{
  SbNodePage *self = SB_NODE_PAGE (object);

  g_hash_table_unref (self->places);

  G_OBJECT_CLASS (sb_node_page_parent_class)->finalize (object);
}

static void
sb_node_page_class_init (SbNodePageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_node_page_finalize;
}

static void
sb_node_page_init (SbNodePage *self)
{
  self->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sb_page_init (GTK_BOX (self));
}

/* The page of @node, its notes and rating written to @assessment. */
GtkWidget *
sb_node_page_new (SbNode            *node,
                  SbAssessment      *assessment,
                  SbDisplayLanguage  language)
{
  SbNodePage *self;

  g_return_val_if_fail (SB_IS_NODE (node), NULL);
  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SB_TYPE_NODE_PAGE, NULL);
  self->language = language;
  append_title (self, node);
  sb_page_append_block (GTK_BOX (self), language, _("Explanation"), sb_node_get_explanation (node));
  sb_page_append_block (GTK_BOX (self), language, _("Key points"), sb_node_get_keypoint (node));
  sb_page_append_block (GTK_BOX (self), language, _("Basic and overall requirements"), sb_node_get_requirement (node));
  append_guidance (self, assessment, node);
  if (sb_node_is_scored (node))
    append_findings (self, assessment, node);
  return GTK_WIDGET (self);
}

/* The widget that the place @key (sb_page_place_key()) stands for, or NULL. */
GtkWidget *
sb_node_page_lookup_place (SbNodePage *self,
                           const char *key)
{
  g_return_val_if_fail (SB_IS_NODE_PAGE (self), NULL);
  return key != NULL ? g_hash_table_lookup (self->places, key) : NULL;
}

/* The band picker, NULL on the page of a node that is not rated itself. */
GtkWidget *
sb_node_page_get_picker (SbNodePage *self)
{
  g_return_val_if_fail (SB_IS_NODE_PAGE (self), NULL);
  return self->picker;
}
