/* sb-band-picker-percent.c — the band picker's percent control: what a typed percent becomes, and the points it gives
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-picker"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "sb-band-picker-private.h"

/* @percent rounded to the nearest step, halves up. */
static guint
round_to_step (SbBandPicker *self,
               double        percent)
{
  guint step = sb_band_picker_step (self);

  return (guint) (floor (CLAMP (percent, 0, 100) / step + 0.5) * step);
}

/* The points @percent of the chosen band @band gives, or, unrated, the
 * points there are to give. */
static void
update_points (SbBandPicker *self,
               SbBand       *band,
               guint         percent)
{
  SbPoints maximum = self->node != NULL ? sb_node_get_points (self->node) : 0;
  g_autofree char *max_text = sb_points_format_exact (maximum);
  g_autofree char *points_text = NULL;

  if (band != NULL)
    {
      g_autofree char *got = sb_points_format_exact (sb_points_of_percent (maximum, percent));
      /* Translators: points given of the sub-item's maximum, as in "19.5 / 30 points" */
      points_text = g_strdup_printf (_("%s / %s points"), got, max_text);
      gtk_widget_remove_css_class (self->points_label, "dim-label");
    }
  else
    {
      /* Translators: %s is the sub-item's maximum points */
      points_text = g_strdup_printf (_("Not rated · %s points available"), max_text);
      gtk_widget_add_css_class (self->points_label, "dim-label");
    }
  gtk_label_set_text (GTK_LABEL (self->points_label), points_text);
}

/* What a screen reader says of the percent control: the chosen band, the
 * percents it takes, and the note on the last typed percent. */
static void
update_spin_description (SbBandPicker *self,
                         SbBand       *band)
{
  g_autofree char *range = NULL;
  g_autofree char *description = NULL;
  g_autofree char *full = NULL;

  if (band == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  range = sb_band_dup_range (band);
  /* Translators: the description of the percent control; %s is the chosen band's range */
  description = g_strdup_printf (_("In the %s band. Any percent from 0 to 100 in steps "
                                   "of %u; one outside the band moves the rating to its band."),
                                 range, sb_band_picker_step (self));
  full = self->message ? g_strconcat (self->message, " ", description, NULL) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  full ? full : description, -1);
}

/* Shows @percent in @band, the rating the model holds, or, for NULL, that
 * there is none; never writes to the model. */
void
sb_band_picker_show_percent (SbBandPicker *self,
                             SbBand       *band,
                             guint         percent)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->spin));

  /* Any percent may be typed: one outside the band moves the rating to
   * the band that holds it (see spin_value_changed). */
  self->syncing = TRUE;
  self->spin_empty = band == NULL;
  gtk_adjustment_configure (adjustment, percent, 0, 100, sb_band_picker_step (self), sb_band_picker_step (self), 0);
  /* The spin redraws its text on value-changed only, and whether it shows
   * a number may change while the value does not. */
  g_signal_emit_by_name (adjustment, "value-changed");
  self->syncing = FALSE;

  gtk_widget_set_sensitive (self->spin, band != NULL);
  gtk_widget_set_sensitive (self->percent_label, band != NULL);
  gtk_widget_set_sensitive (self->clear_button, band != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.step", band != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.clear", band != NULL);

  update_points (self, band, percent);
  update_spin_description (self, band);
}

/* The control's own words, in the interface's language of the moment. */
void
sb_band_picker_controls_update_strings (SbBandPicker *self)
{
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->percent_label), _("_Percent"));
  gtk_button_set_label (GTK_BUTTON (self->clear_button), _("_Clear rating"));
  gtk_widget_set_tooltip_text (self->spin, _("Alt+Up and Alt+Down change the percent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Percent"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear rating"),
                                  -1);
}

/* A band's midpoint, rounded to a step and kept inside the band. */
guint
sb_band_picker_default_percent (SbBandPicker *self,
                                SbBand       *band)
{
  guint min = sb_band_get_min (band);
  guint max = sb_band_get_max (band);
  guint percent = round_to_step (self, (min + max) / 2.0);

  return CLAMP (percent, min, max);
}

/* The band that holds @percent: the chosen one when it does, else the
 * nearest to it (at a shared end, 60 % from 80–100 % goes to 60–80 %,
 * from 20–40 % to 40–60 %). 1-based; 0 if none does. */
static guint
band_for_percent (SbBandPicker *self,
                  guint         percent)
{
  guint best = 0;

  for (guint i = 1; i <= sb_band_picker_n_bands (self); i++)
    if (sb_band_allows (sb_band_picker_band_at (self, i), percent) &&
        (best == 0 || abs ((int) i - (int) self->band) < abs ((int) best - (int) self->band)))
      best = i;
  return best;
}

/* What a typed percent becomes, said in words rather than done in
 * silence: the spin button alone would revert 95 to the band's 80 and
 * snap 43 to 45 without a word. The note waits in self->pending until
 * spin_value_changed writes the rating. */
static int
spin_input (SbBandPicker  *self,
            double        *new_value,
            GtkSpinButton *spin)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;
  double typed;
  guint percent;

  g_clear_pointer (&self->pending, g_free);
  if (self->band == 0)
    return FALSE;
  if (g_str_has_suffix (text, "%"))
    {
      text[strlen (text) - 1] = '\0';
      g_strchomp (text);
    }
  typed = g_ascii_strtod (text, &end);
  if (*text == '\0' || end == text || *end != '\0' || !isfinite (typed))
    {
      g_free (self->message);
      /* Translators: %s is what was typed in the percent control */
      self->message = g_strdup_printf (_("“%s” is not a percent; the rating stays at %u %%."),
                                       text, self->percent);
      sb_band_picker_update_status (self);
      *new_value = self->percent;
      return TRUE;
    }

  percent = round_to_step (self, typed);
  if (typed < 0 || typed > 100)
    /* Translators: %s is the percent typed, %u the one used */
    self->pending = g_strdup_printf (_("%s %% is not between 0 and 100 %%; %u %% was used."), text, percent);
  else if (typed != percent)
    /* Translators: %s is the percent typed, the first %u the guide's step,
     * the second the nearest percent in that step that was used */
    self->pending = g_strdup_printf (_("%s %% is not a step of %u %%; %u %% was used."),
                                     text, sb_band_picker_step (self), percent);

  /* No value-changed follows when the value stays: say it now. */
  if (percent == self->percent)
    {
      g_free (self->message);
      self->message = g_steal_pointer (&self->pending);
      sb_band_picker_update_status (self);
    }
  *new_value = percent;
  return TRUE;
}

/* Puts the spin back to the model's percent when it shows another (43
 * set from code, say), and only then: "value-changed" does not recurse
 * but starts over, so showing the same value again would never end. */
static void
show_model_percent (SbBandPicker  *self,
                    GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value (spin) != self->percent)
    sb_band_picker_sync (self);
}

static void
spin_value_changed (SbBandPicker  *self,
                    GtkSpinButton *spin)
{
  g_autofree char *note = g_steal_pointer (&self->pending);
  SbBand *band;
  guint index;
  guint percent;

  if (self->syncing || self->assessment == NULL || self->band == 0)
    return;
  percent = round_to_step (self, gtk_spin_button_get_value (spin));
  index = band_for_percent (self, percent);
  band = sb_band_picker_band_at (self, index);
  if (band == NULL)
    {
      show_model_percent (self, spin);
      return;
    }
  if (index != self->band)
    {
      g_autofree char *range = sb_band_dup_range (band);
      /* Translators: %u is the percent, %s the range of the band it belongs to */
      g_autofree char *moved = g_strdup_printf (_("%u %% is in the %s band: the rating moved there."),
                                                percent, range);
      g_autofree char *typed = g_steal_pointer (&note);

      /* Translators: two sentences, one after the other (in Chinese, with no space between) */
      note = typed ? g_strdup_printf (_("%s %s"), typed, moved) : g_steal_pointer (&moved);
    }
  if (percent != self->percent || index != self->band)
    sb_band_picker_write_rating (self, band, percent, g_steal_pointer (&note));
  else
    show_model_percent (self, spin);
}

/* The spin shows nothing while unrated: a 0 would read as a rating. */
static gboolean
spin_output (SbBandPicker  *self,
             GtkSpinButton *spin)
{
  if (!self->spin_empty)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static void
clear_clicked (SbBandPicker *self)
{
  guint band = self->band;
  gboolean had_focus = gtk_widget_has_focus (self->clear_button);

  gtk_widget_activate_action (GTK_WIDGET (self), "band.clear", NULL);
  /* The button is insensitive now: keyboard users go on from the band
   * that was chosen rather than from nowhere. */
  if (had_focus && band > 0 && band <= self->buttons->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->buttons, band - 1));
}

void
sb_band_picker_step_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SbBandPicker *self = SB_BAND_PICKER (widget);
  SbBand *band = sb_band_picker_band_at (self, self->band);
  int percent;

  if (band == NULL || self->assessment == NULL)
    return;
  percent = (int) self->percent + (int) sb_band_picker_step (self) * g_variant_get_int32 (parameter);
  percent = CLAMP (percent, (int) sb_band_get_min (band), (int) sb_band_get_max (band));
  if ((guint) percent != self->percent)
    sb_band_picker_write_rating (self, band, (guint) percent, NULL);
}

/* The percent, then the points it gives and the way back to unrated. */
GtkWidget *
sb_band_picker_controls_new (SbBandPicker *self)
{
  GtkWidget *controls = gtk_grid_new ();
  GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 100, 5, 5, 0);

  gtk_grid_set_column_spacing (GTK_GRID (controls), 8);
  gtk_grid_set_row_spacing (GTK_GRID (controls), 4);
  gtk_widget_add_css_class (controls, "band-controls");

  self->percent_label = gtk_label_new (NULL);
  gtk_label_set_use_underline (GTK_LABEL (self->percent_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->percent_label), 0);
  gtk_grid_attach (GTK_GRID (controls), self->percent_label, 0, 0, 1, 1);

  /* 0 to 100 whatever the band, and no snapping: spin_input says what a
   * typed percent becomes, and spin_value_changed moves the band. */
  self->spin = gtk_spin_button_new (adjustment, 5, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->spin), FALSE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (self->spin), GTK_UPDATE_ALWAYS);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), 3);
  gtk_widget_set_valign (self->spin, GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (self->percent_label), self->spin);
  g_signal_connect_swapped (self->spin, "input", G_CALLBACK (spin_input), self);
  g_signal_connect_swapped (self->spin, "value-changed", G_CALLBACK (spin_value_changed), self);
  g_signal_connect_swapped (self->spin, "output", G_CALLBACK (spin_output), self);
  gtk_grid_attach (GTK_GRID (controls), self->spin, 1, 0, 1, 1);

  gtk_grid_attach (GTK_GRID (controls), gtk_label_new ("%"), 2, 0, 1, 1);

  self->clear_button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->clear_button), TRUE);
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (self->clear_button, 4);
  gtk_widget_add_css_class (self->clear_button, "band-clear");
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (clear_clicked), self);
  gtk_grid_attach (GTK_GRID (controls), self->clear_button, 3, 0, 1, 1);

  /* Its width does not follow its text, so that rating does not move
   * the row of bands beside it. */
  self->points_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->points_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->points_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->points_label), 16);
  gtk_widget_add_css_class (self->points_label, "band-points");
  gtk_widget_add_css_class (self->points_label, "numeric");
  gtk_grid_attach (GTK_GRID (controls), self->points_label, 0, 1, 4, 1);
  return controls;
}
