/* sb-rating-trail.c — where a part's rating came from: a baseline to confirm, its changes in consensus, their rationale
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-rating-trail"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-language.h"
#include "sb-rating-trail.h"
#include "sb-widget-language.h"

/* Under the band picker. In an assessment started from an earlier one, a
 * rating carried over is a baseline until the examiner changes it or
 * confirms it here. In a consensus, every change of the rating is on the
 * trail (from, to, when, why); a change that takes the rating out of the
 * range of the examiners' own ratings asks, in a bar that cannot be
 * overlooked, why the team decided so. The bar asks without taking the
 * focus: the team may still be moving the rating with the keys. */

struct _SbRatingTrail
{
  GtkWidget     parent_instance;

  GtkWidget    *baseline;
  GtkWidget    *baseline_label;
  GtkWidget    *confirm;
  GtkWidget    *heading;
  GtkWidget    *entries;
  GtkWidget    *prompt;
  GtkWidget    *prompt_label;
  GtkWidget    *rationale;
  GtkWidget    *save;

  SbAssessment *assessment;
  char         *part_id;
  char         *shown;        /* the trail as last shown, to rebuild only on change */
  int           asking;       /* the trail entry the prompt asks about, or -1 */
};

G_DEFINE_FINAL_TYPE (SbRatingTrail, sb_rating_trail, GTK_TYPE_WIDGET)

static char *
rating_text (gboolean rated,
             guint    percent)
{
  /* Translators: a rating on the trail of changes that has none */
  return rated ? g_strdup_printf ("%u %%", percent) : g_strdup (_("unrated"));
}

/* "50 % → 75 %, 2026-05-12 21:40": one line of the trail. */
static char *
entry_text (const SbTrailEntry *entry)
{
  g_autofree char *from = rating_text (entry->from_rated, entry->from_percent);
  g_autofree char *to = rating_text (entry->to_rated, entry->to_percent);
  g_autofree char *when = entry->when != NULL ? g_date_time_format (entry->when, "%Y-%m-%d %H:%M") : g_strdup ("");

  /* Translators: a change of the rating: from, to, and when */
  return g_strdup_printf (_("%s → %s, %s"), from, to, when);
}

static gboolean
has_rationale (const SbTrailEntry *entry)
{
  return entry->rationale != NULL && *entry->rationale != '\0';
}

static GtkWidget *
entry_row_new (const SbTrailEntry *entry)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *change = entry_text (entry);
  GtkWidget *what = gtk_label_new (change);
  GtkWidget *why = gtk_label_new (has_rationale (entry) ? entry->rationale : _("No rationale given"));
  g_autofree char *spoken = g_strdup_printf ("%s. %s", change, gtk_label_get_text (GTK_LABEL (why)));

  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_widget_add_css_class (what, "numeric");
  gtk_widget_add_css_class (what, "trail-change");
  gtk_label_set_xalign (GTK_LABEL (why), 0);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (why), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (why, has_rationale (entry) ? "trail-rationale" : "dim-label");
  if (has_rationale (entry))
    sb_label_set_language (GTK_LABEL (why), sb_language_of_typed (entry->rationale));
  gtk_box_append (GTK_BOX (row), what);
  gtk_box_append (GTK_BOX (row), why);
  gtk_widget_add_css_class (row, "trail-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  return row;
}

/* The entry the team must explain: the last one, when it has no rationale
 * yet and the rating it leads to lies outside the examiners' range. */
static int
entry_to_explain (SbRatingTrail *self)
{
  guint n = sb_assessment_get_n_trail (self->assessment, self->part_id);
  const SbTrailEntry *last;

  if (n == 0)
    return -1;
  last = sb_assessment_get_trail (self->assessment, self->part_id, n - 1);
  if (has_rationale (last) || !last->to_rated ||
      !sb_assessment_rating_leaves_range (self->assessment, self->part_id, last->to_percent))
    return -1;
  return (int) n - 1;
}

/* Once laid out, scrolls the page just enough to show the bar that asks,
 * which may lie below the screen when the rating was changed by keys. */
static gboolean
show_prompt (GtkWidget     *prompt,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (prompt, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = scroller != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double bottom;

  if (content == NULL || !gtk_widget_get_visible (prompt))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (prompt) == 0 || !gtk_widget_compute_bounds (prompt, content, &bounds))
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  bottom = bounds.origin.y + bounds.size.height + 12;
  if (bottom > gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment, bottom - gtk_adjustment_get_page_size (adjustment));
  return G_SOURCE_REMOVE;
}

static void
update_prompt (SbRatingTrail *self)
{
  int asking = entry_to_explain (self);
  guint lowest = 0, highest = 0;
  g_autofree char *question = NULL;
  const SbTrailEntry *entry;

  if (asking != self->asking)
    gtk_editable_set_text (GTK_EDITABLE (self->rationale), "");
  if (asking >= 0 && asking != self->asking)
    gtk_widget_add_tick_callback (self->prompt, show_prompt, NULL, NULL);
  self->asking = asking;
  gtk_widget_set_visible (self->prompt, asking >= 0);
  if (asking < 0)
    return;
  entry = sb_assessment_get_trail (self->assessment, self->part_id, (guint) asking);
  sb_assessment_get_independent_range (self->assessment, self->part_id, &lowest, &highest);
  /* Translators: asked when the team's rating leaves the examiners' range; %u are percents */
  question = g_strdup_printf (_("%u %% lies outside the examiners’ ratings (%u–%u %%). Why did the team decide so?"),
                              entry->to_percent, lowest, highest);
  gtk_label_set_text (GTK_LABEL (self->prompt_label), question);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt), GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);
}

static void
update_strings (SbRatingTrail *self)
{
  gtk_label_set_text (GTK_LABEL (self->baseline_label),
                      _("Not yet re-assessed: this rating is carried over from the earlier assessment."));
  gtk_button_set_label (GTK_BUTTON (self->confirm), _("_Confirm Rating"));
  gtk_widget_set_tooltip_text (self->confirm, _("Keep this rating as this assessment’s own"));
  gtk_label_set_text (GTK_LABEL (self->heading), _("Changes to the rating"));
  gtk_button_set_label (GTK_BUTTON (self->save), _("_Save Rationale"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rationale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Rationale for the rating"), -1);
  g_object_set (self->rationale, "placeholder-text", _("Why the team decided so"), NULL);
}

/* Everything again from the model; the trail's rows only when it changed,
 * so that the prompt's entry keeps what is being typed. */
static void
sync_trail (SbRatingTrail *self)
{
  guint n = sb_assessment_get_n_trail (self->assessment, self->part_id);
  g_autoptr(GString) shown = g_string_new (NULL);
  gboolean baseline = sb_assessment_is_baseline (self->assessment, self->part_id);
  GtkWidget *child;

  gtk_widget_set_visible (self->baseline, baseline);
  for (guint i = 0; i < n; i++)
    {
      const SbTrailEntry *entry = sb_assessment_get_trail (self->assessment, self->part_id, i);
      g_autofree char *line = entry_text (entry);

      g_string_append_printf (shown, "%s\n%s\n", line, has_rationale (entry) ? entry->rationale : "");
    }
  if (g_strcmp0 (shown->str, self->shown) != 0)
    {
      g_free (self->shown);
      self->shown = g_strdup (shown->str);
      while ((child = gtk_widget_get_first_child (self->entries)))
        gtk_box_remove (GTK_BOX (self->entries), child);
      for (guint i = 0; i < n; i++)
        gtk_box_append (GTK_BOX (self->entries), entry_row_new (sb_assessment_get_trail (self->assessment, self->part_id, i)));
    }
  gtk_widget_set_visible (self->heading, n > 0);
  update_prompt (self);
  gtk_widget_set_visible (GTK_WIDGET (self), baseline || n > 0);
}

/* The trail, the rationales and the baseline mark are the part's
 * consensus, which the model reports as notes-changed of kind
 * SB_NOTE_KIND_CONSENSUS once they are written: after the rating itself,
 * so rating-changed would come too early. */
static void
consensus_changed (SbRatingTrail *self,
                   const char    *owner_id,
                   guint          kind)
{
  if (kind == SB_NOTE_KIND_CONSENSUS && g_strcmp0 (owner_id, self->part_id) == 0)
    sync_trail (self);
}

static void
save_clicked (SbRatingTrail *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rationale))));

  if (*text == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_widget_grab_focus (self->rationale);
      return;
    }
  sb_rating_trail_give_rationale (self, text);
}

static void
sb_rating_trail_dispose (GObject *object)
{
  SbRatingTrail *self = SB_RATING_TRAIL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sb_rating_trail_parent_class)->dispose (object);
}

static void
sb_rating_trail_finalize (GObject *object)
{
  SbRatingTrail *self = SB_RATING_TRAIL (object);

  g_free (self->part_id);
  g_free (self->shown);

  G_OBJECT_CLASS (sb_rating_trail_parent_class)->finalize (object);
}

static void
sb_rating_trail_class_init (SbRatingTrailClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sb_rating_trail_dispose;
  G_OBJECT_CLASS (klass)->finalize = sb_rating_trail_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ratingtrail");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
wrapping_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* The bar that asks why: a label, the entry and its button. */
static void
build_prompt (SbRatingTrail *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->prompt = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "spacing", 6,
                               "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT, NULL);
  gtk_widget_add_css_class (self->prompt, "rationale-prompt");
  self->prompt_label = wrapping_label_new ();
  gtk_widget_add_css_class (self->prompt_label, "heading");
  self->rationale = gtk_entry_new ();
  gtk_widget_set_hexpand (self->rationale, TRUE);
  gtk_widget_add_css_class (self->rationale, "rationale-entry");
  self->save = gtk_button_new_with_mnemonic ("");
  gtk_widget_add_css_class (self->save, "suggested-action");
  g_signal_connect_swapped (self->rationale, "activate", G_CALLBACK (save_clicked), self);
  g_signal_connect_swapped (self->save, "clicked", G_CALLBACK (save_clicked), self);
  gtk_box_append (GTK_BOX (line), self->rationale);
  gtk_box_append (GTK_BOX (line), self->save);
  gtk_box_append (GTK_BOX (self->prompt), self->prompt_label);
  gtk_box_append (GTK_BOX (self->prompt), line);
  gtk_widget_set_parent (self->prompt, GTK_WIDGET (self));
}

static void
sb_rating_trail_init (SbRatingTrail *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->asking = -1;

  self->baseline = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->baseline, "baseline-bar");
  self->baseline_label = wrapping_label_new ();
  self->confirm = gtk_button_new_with_mnemonic ("");
  gtk_widget_set_valign (self->confirm, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->confirm, "clicked", G_CALLBACK (sb_rating_trail_confirm), self);
  gtk_box_append (GTK_BOX (self->baseline), self->baseline_label);
  gtk_box_append (GTK_BOX (self->baseline), self->confirm);
  gtk_widget_set_parent (self->baseline, GTK_WIDGET (self));

  build_prompt (self);

  self->heading = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_widget_set_parent (self->heading, GTK_WIDGET (self));
  self->entries = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->entries, GTK_WIDGET (self));
  update_strings (self);
}

/* The trail and baseline of @part_id in @assessment, following its changes. */
GtkWidget *
sb_rating_trail_new (SbAssessment *assessment,
                     const char   *part_id)
{
  SbRatingTrail *self;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (part_id != NULL, NULL);

  self = g_object_new (SB_TYPE_RATING_TRAIL, NULL);
  self->assessment = g_object_ref (assessment);
  self->part_id = g_strdup (part_id);
  g_signal_connect_object (assessment, "notes-changed", G_CALLBACK (consensus_changed), self, G_CONNECT_SWAPPED);
  sync_trail (self);
  return GTK_WIDGET (self);
}

/* Whether the bar asks the team why it moved the rating out of range. */
gboolean
sb_rating_trail_asks_rationale (SbRatingTrail *self)
{
  g_return_val_if_fail (SB_IS_RATING_TRAIL (self), FALSE);
  return self->asking >= 0 && gtk_widget_get_visible (self->prompt);
}

/* Answers the bar: @rationale goes to the trail entry it asks about. */
void
sb_rating_trail_give_rationale (SbRatingTrail *self,
                                const char    *rationale)
{
  SbHistory *history;

  g_return_if_fail (SB_IS_RATING_TRAIL (self));
  g_return_if_fail (rationale != NULL);

  if (self->asking < 0)
    return;
  history = sb_assessment_get_history (self->assessment);
  sb_history_seal (history);
  sb_assessment_set_trail_rationale (self->assessment, self->part_id, (guint) self->asking, rationale);
  sb_history_seal (history);
}

gboolean
sb_rating_trail_shows_baseline (SbRatingTrail *self)
{
  g_return_val_if_fail (SB_IS_RATING_TRAIL (self), FALSE);
  return gtk_widget_get_visible (self->baseline);
}

/* Keeps the carried-over rating as this assessment's own. */
void
sb_rating_trail_confirm (SbRatingTrail *self)
{
  g_return_if_fail (SB_IS_RATING_TRAIL (self));

  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_confirm_rating (self->assessment, self->part_id);
  sb_history_seal (sb_assessment_get_history (self->assessment));
}
