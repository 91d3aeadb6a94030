/* sb-note-marks.c — a consensus comment's marks: its authors' initials, significant (++ / −−), key theme
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-note-marks"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-note-marks.h"
#include "sb-language.h"
#include "sb-widget-language.h"

/* Beside each strength or opportunity of a consensus: whose comments it
 * was built from (as the team's paper scorebooks keep them), whether the
 * team finds it significant, and whether it is a candidate key theme. The
 * model is the truth; the note list shows a row's marks again whenever
 * the row's note changes or moves (sb_note_marks_sync()). */

struct _SbNoteMarks
{
  GtkWidget     parent_instance;

  GtkWidget    *authors;
  GtkWidget    *significant;
  GtkWidget    *key_theme;

  SbAssessment *assessment;   /* not owned: the note list holds it */
  char         *owner_id;
  SbNoteKind    kind;
  guint         index;
  gboolean      syncing;
};

G_DEFINE_FINAL_TYPE (SbNoteMarks, sb_note_marks, GTK_TYPE_WIDGET)

/* Only the team's comments carry marks. */
gboolean
sb_note_marks_wanted (SbAssessment *assessment,
                      SbNoteKind    kind)
{
  return assessment != NULL && sb_assessment_get_kind (assessment) == SB_ASSESSMENT_KIND_CONSENSUS &&
         (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY);
}

/* A mark is a step of its own in the history, never folded into typing. */
static void
toggled (GtkToggleButton *button,
         SbNoteMarks     *self)
{
  SbHistory *history;
  gboolean active = gtk_toggle_button_get_active (button);

  if (self->syncing || self->assessment == NULL)
    return;
  history = sb_assessment_get_history (self->assessment);
  sb_history_seal (history);
  if (GTK_WIDGET (button) == self->significant)
    sb_assessment_set_note_significant (self->assessment, self->owner_id, self->kind, self->index, active);
  else
    sb_assessment_set_note_key_theme (self->assessment, self->owner_id, self->kind, self->index, active);
  sb_history_seal (history);
}

static void
set_active (GtkWidget *button,
            gboolean   active)
{
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) != active)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
}

/* Labels that say which comment a mark is of, for screen readers. */
static void
update_labels (SbNoteMarks *self,
               const char  *authors)
{
  gboolean strength = self->kind == SB_NOTE_STRENGTH;
  g_autofree char *significant = NULL;
  g_autofree char *key_theme = NULL;
  g_autofree char *by = NULL;

  /* Translators: the accessible label of the ++ toggle of a strength; %u is its number */
  significant = g_strdup_printf (strength ? _("Strength %u is significant (++)")
                                 /* Translators: the accessible label of the −− toggle of an opportunity */
                                          : _("Opportunity %u is significant (−−)"), self->index + 1);
  /* Translators: the accessible label of a comment's key-theme toggle; %u is its number */
  key_theme = g_strdup_printf (_("Comment %u is a key theme candidate"), self->index + 1);
  /* Translators: whose comments a consensus comment was built from; %s are initials, "LM, WF" */
  by = authors != NULL && *authors != '\0' ? g_strdup_printf (_("From %s"), authors) : g_strdup (_("Written by the team"));

  gtk_button_set_label (GTK_BUTTON (self->significant), strength ? "++" : "−−");
  gtk_button_set_label (GTK_BUTTON (self->key_theme), _("Key theme"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->significant), GTK_ACCESSIBLE_PROPERTY_LABEL, significant, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->key_theme), GTK_ACCESSIBLE_PROPERTY_LABEL, key_theme, -1);
  gtk_widget_set_tooltip_text (self->significant, strength ? _("A significant strength") : _("A significant opportunity"));
  gtk_widget_set_tooltip_text (self->key_theme, _("A candidate for the key themes of the whole application"));
  gtk_widget_set_tooltip_text (self->authors, by);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->authors), GTK_ACCESSIBLE_PROPERTY_LABEL, by, -1);
}

/* Shows the marks of note @index of @owner_id's @kind in @assessment, and
 * writes the toggles there from now on. */
void
sb_note_marks_sync (SbNoteMarks  *self,
                    SbAssessment *assessment,
                    const char   *owner_id,
                    SbNoteKind    kind,
                    guint         index)
{
  const char *authors;

  g_return_if_fail (SB_IS_NOTE_MARKS (self));
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));

  self->assessment = assessment;
  if (g_strcmp0 (self->owner_id, owner_id) != 0)
    {
      g_free (self->owner_id);
      self->owner_id = g_strdup (owner_id);
    }
  self->kind = kind;
  self->index = index;
  if (index >= sb_assessment_get_n_notes (assessment, owner_id, kind))
    return;

  authors = sb_assessment_get_note_authors (assessment, owner_id, kind, index);
  self->syncing = TRUE;
  gtk_label_set_text (GTK_LABEL (self->authors), authors != NULL ? authors : "");
  sb_label_set_language (GTK_LABEL (self->authors), sb_language_of_typed (authors != NULL ? authors : ""));
  gtk_widget_set_visible (self->authors, authors != NULL && *authors != '\0');
  set_active (self->significant, sb_assessment_get_note_significant (assessment, owner_id, kind, index));
  set_active (self->key_theme, sb_assessment_get_note_key_theme (assessment, owner_id, kind, index));
  self->syncing = FALSE;
  update_labels (self, authors);
}

static void
sb_note_marks_dispose (GObject *object)
{
  SbNoteMarks *self = SB_NOTE_MARKS (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->assessment = NULL;

  G_OBJECT_CLASS (sb_note_marks_parent_class)->dispose (object);
}

static void
sb_note_marks_finalize (GObject *object)
{
  g_free (SB_NOTE_MARKS (object)->owner_id);

  G_OBJECT_CLASS (sb_note_marks_parent_class)->finalize (object);
}

static void
sb_note_marks_class_init (SbNoteMarksClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sb_note_marks_dispose;
  G_OBJECT_CLASS (klass)->finalize = sb_note_marks_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "notemarks");
}

static GtkWidget *
toggle_new (SbNoteMarks *self,
            const char  *css_class)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, css_class);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  g_signal_connect (button, "toggled", G_CALLBACK (toggled), self);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  return button;
}

static void
sb_note_marks_init (SbNoteMarks *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  self->authors = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->authors, "note-authors");
  gtk_widget_add_css_class (self->authors, "dim-label");
  gtk_widget_set_valign (self->authors, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->authors, GTK_WIDGET (self));
  self->significant = toggle_new (self, "note-significant");
  self->key_theme = toggle_new (self, "note-key-theme");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
}

GtkWidget *
sb_note_marks_new (void)
{
  return g_object_new (SB_TYPE_NOTE_MARKS, NULL);
}
