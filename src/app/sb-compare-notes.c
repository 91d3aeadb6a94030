/* sb-compare-notes.c — one part's strengths, opportunities and evidence notes, each examiner's side by side
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-compare-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-compare-notes.h"
#include "sb-compare-page.h"
#include "sb-language.h"
#include "sb-page.h"
#include "sb-widget-language.h"

struct _SbCompareNotes
{
  GtkBox             parent_instance;

  SbComparison      *comparison;
  SbDisplayLanguage  language;
  GtkWidget         *title;
  GtkWidget         *columns;  /* one box per examiner */
  SbNode            *part;     /* shown, or NULL */
};

G_DEFINE_FINAL_TYPE (SbCompareNotes, sb_compare_notes, GTK_TYPE_BOX)

/* A note as written, in the language it was typed in, named for a screen
 * reader with its author and kind. */
static void
append_note (GtkBox     *column,
             const char *author,
             const char *kind,
             const char *prefix,
             const char *text)
{
  g_autofree char *shown = prefix != NULL ? g_strdup_printf ("%s  %s", prefix, text) : g_strdup (text);
  g_autofree char *said = g_strdup_printf ("%s, %s: %s", author, kind, shown);
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  sb_label_set_copyable (GTK_LABEL (label));
  gtk_widget_add_css_class (label, "compare-note");
  sb_label_set_language (GTK_LABEL (label), sb_language_of_typed (text));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
  gtk_box_append (column, label);
}

static void
append_none (GtkBox *column)
{
  GtkWidget *label = gtk_label_new (_("None"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (column, label);
}

/* The written notes of @owner_id of @kind; how many there were. */
static guint
append_notes (GtkBox       *column,
              SbAssessment *assessment,
              const char   *owner_id,
              SbNoteKind    kind,
              const char   *kind_name,
              const char   *prefix)
{
  const char *author = sb_assessment_get_examiner (assessment);
  guint n = 0;

  for (guint i = 0; i < sb_assessment_get_n_notes (assessment, owner_id, kind); i++)
    {
      const char *text = sb_assessment_get_note (assessment, owner_id, kind, i);

      if (sb_note_is_blank (text))
        continue;
      append_note (column, author, kind_name, prefix, text);
      n++;
    }
  return n;
}

/* The evidence notes of the part's guidance points, each after the
 * number of its point. */
static void
append_evidence (GtkBox       *column,
                 SbAssessment *assessment,
                 SbNode       *part)
{
  GListModel *points = sb_node_get_guidance (part);
  guint n = 0;

  sb_page_append_heading (column, _("Evidence notes"));
  for (guint i = 0; points != NULL && i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, i);

      n += append_notes (column, assessment, sb_guidance_point_get_id (point), SB_NOTE_EVIDENCE,
                         _("evidence note"), sb_guidance_point_get_number (point));
    }
  if (n == 0)
    append_none (column);
}

static GtkWidget *
examiner_column (SbCompareNotes *self,
                 guint           index,
                 SbNode         *part)
{
  SbAssessment *assessment = sb_comparison_get_assessment (self->comparison, index);
  const char *id = sb_node_get_id (part);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *heading = sb_compare_examiner_title (self->comparison, index);
  GtkWidget *author = sb_page_heading_new (heading);

  gtk_label_set_xalign (GTK_LABEL (author), 0);
  gtk_widget_add_css_class (author, "heading");
  sb_label_set_language (GTK_LABEL (author), sb_language_of_typed (heading));
  gtk_box_append (GTK_BOX (column), author);
  sb_page_append_heading (GTK_BOX (column), _("Strengths"));
  if (append_notes (GTK_BOX (column), assessment, id, SB_NOTE_STRENGTH, _("strength"), NULL) == 0)
    append_none (GTK_BOX (column));
  sb_page_append_heading (GTK_BOX (column), _("Opportunities for improvement"));
  if (append_notes (GTK_BOX (column), assessment, id, SB_NOTE_OPPORTUNITY, _("opportunity"), NULL) == 0)
    append_none (GTK_BOX (column));
  append_evidence (GTK_BOX (column), assessment, part);
  gtk_widget_set_size_request (column, 260, -1);
  gtk_widget_set_hexpand (column, TRUE);
  gtk_widget_add_css_class (column, "compare-notes-column");
  return column;
}

/* Shows what each examiner wrote on @part, one column each, in the
 * order of the table's columns. */
void
sb_compare_notes_show (SbCompareNotes *self,
                       SbNode         *part)
{
  GtkWidget *child;
  g_autofree char *title = NULL;

  g_return_if_fail (SB_IS_COMPARE_NOTES (self));
  g_return_if_fail (SB_IS_NODE (part));

  self->part = part;
  title = sb_page_node_label (part, self->language);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  sb_label_set_language (GTK_LABEL (self->title), sb_display_language_to_tag (self->language));
  while ((child = gtk_widget_get_first_child (self->columns)) != NULL)
    gtk_box_remove (GTK_BOX (self->columns), child);
  for (guint i = 0; i < sb_comparison_get_n_assessments (self->comparison); i++)
    gtk_box_append (GTK_BOX (self->columns), examiner_column (self, i, part));
}

/* The part whose comments are shown, NULL before one is. */
SbNode *
sb_compare_notes_get_part (SbCompareNotes *self)
{
  g_return_val_if_fail (SB_IS_COMPARE_NOTES (self), NULL);
  return self->part;
}

static void
sb_compare_notes_dispose (GObject *object)
{
  SbCompareNotes *self = SB_COMPARE_NOTES (object);

  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (sb_compare_notes_parent_class)->dispose (object);
}

static void
sb_compare_notes_class_init (SbCompareNotesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_compare_notes_dispose;
}

static void
sb_compare_notes_init (SbCompareNotes *self)
{
  sb_page_init (GTK_BOX (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "page");
  self->title = sb_page_append_title (GTK_BOX (self), "", NULL, NULL);
  self->columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  gtk_box_set_homogeneous (GTK_BOX (self->columns), TRUE);
  gtk_box_append (GTK_BOX (self), self->columns);
}

GtkWidget *
sb_compare_notes_new (SbComparison      *comparison,
                      SbDisplayLanguage  language)
{
  SbCompareNotes *self;

  g_return_val_if_fail (SB_IS_COMPARISON (comparison), NULL);

  self = g_object_new (SB_TYPE_COMPARE_NOTES, NULL);
  self->comparison = g_object_ref (comparison);
  self->language = language;
  return GTK_WIDGET (self);
}
