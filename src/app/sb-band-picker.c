/* sb-band-picker.c — the bands of a sub-item's scoring guide, one to pick, and a percent inside it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-picker"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "sb-band-picker.h"
#include "sb-band-card.h"
#include "sb-band-details.h"
#include "sb-band-layout.h"
#include "sb-band-texts.h"
#include "sb-display-language.h"
#include "sb-widget-language.h"

/* Made to rate a sub-item on one laptop screen: the guide's name; one
 * compact row of band cards (range and level) with the percent control
 * beside it when both fit, under it otherwise (sb-band-layout.c); a
 * status line; and, at the page's full width, the descriptors of the
 * band being looked at (hovered, else focused, else chosen). The
 * descriptors take the height of the longest band's, and the status line
 * always holds a line, so that neither pointing at a band nor picking
 * one changes the picker's height: a page scrolled to its foot would
 * jump, and move the cards under the pointer. */

struct _SbBandPicker
{
  GtkWidget     parent_instance;

  /* Children */
  GtkWidget    *caption;
  GtkWidget    *bands;        /* the row of band buttons */
  GPtrArray    *buttons;      /* GtkToggleButton, one per band */
  GtkWidget    *controls;
  GtkWidget    *percent_label;
  GtkWidget    *spin;
  GtkWidget    *points_label;
  GtkWidget    *clear_button;
  GtkWidget    *status;
  GtkWidget    *details;

  /* Owned */
  SbAssessment *assessment;
  SbNode       *node;
  SbDisplayLanguage language;
  gulong        rating_handler;
  char         *message;      /* what the last typed percent became, or NULL */
  char         *pending;      /* the note on a typed percent, until it is written */

  /* What the model holds, as shown */
  guint         band;         /* 1-based; 0 unrated */
  guint         percent;
  guint         hovered;      /* the band under the pointer, 0 for none */
  guint         focused;      /* the band whose button has the focus, 0 for none */
  gboolean      syncing;
  gboolean      writing;
  gboolean      spin_empty;   /* unrated: the spin shows no number */
};

G_DEFINE_FINAL_TYPE (SbBandPicker, sb_band_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BAND,
  PROP_PERCENT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_details (SbBandPicker *self);

static SbGuide *
get_guide (SbBandPicker *self)
{
  return self->node != NULL ? sb_node_get_guide (self->node) : NULL;
}

/* The percents a rating takes are the multiples of the guide's step. */
static guint
get_step (SbBandPicker *self)
{
  SbGuide *guide = get_guide (self);

  return guide != NULL ? sb_guide_get_step (guide) : 5;
}

/* @percent rounded to the nearest step, halves up. */
static guint
round_to_step (SbBandPicker *self,
               double        percent)
{
  guint step = get_step (self);

  return (guint) (floor (CLAMP (percent, 0, 100) / step + 0.5) * step);
}

static guint
n_bands (SbBandPicker *self)
{
  SbGuide *guide = get_guide (self);

  return guide != NULL ? g_list_model_get_n_items (sb_guide_get_bands (guide)) : 0;
}

/* @index is 1-based. */
static SbBand *
get_band (SbBandPicker *self,
          guint         index)
{
  SbGuide *guide = get_guide (self);
  SbBand *band;

  if (guide == NULL || index == 0)
    return NULL;
  band = g_list_model_get_item (sb_guide_get_bands (guide), index - 1);
  /* The guide keeps its bands alive: hand out a borrowed pointer. */
  if (band != NULL)
    g_object_unref (band);
  return band;
}

/* The number of the band whose card @controller watches. */
static guint
card_index (GtkEventController *controller)
{
  return sb_band_card_get_index (SB_BAND_CARD (gtk_event_controller_get_widget (controller)));
}

static void
button_enter (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              SbBandPicker             *self)
{
  self->hovered = card_index (GTK_EVENT_CONTROLLER (motion));
  update_details (self);
}

static void
button_leave (GtkEventControllerMotion *motion,
              SbBandPicker             *self)
{
  if (self->hovered == card_index (GTK_EVENT_CONTROLLER (motion)))
    self->hovered = 0;
  update_details (self);
}

static void
button_focus_enter (GtkEventControllerFocus *focus,
                    SbBandPicker            *self)
{
  self->focused = card_index (GTK_EVENT_CONTROLLER (focus));
  update_details (self);
}

static void
button_focus_leave (GtkEventControllerFocus *focus,
                    SbBandPicker            *self)
{
  if (self->focused == card_index (GTK_EVENT_CONTROLLER (focus)))
    self->focused = 0;
  update_details (self);
}

/* A card for @band whose pointer and focus the details follow. */
static GtkWidget *
card_new (SbBandPicker *self,
          SbBand       *band)
{
  GtkWidget *card = sb_band_card_new (band, self->language);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (motion, "enter", G_CALLBACK (button_enter), self);
  g_signal_connect (motion, "leave", G_CALLBACK (button_leave), self);
  gtk_widget_add_controller (card, motion);
  g_signal_connect (focus, "enter", G_CALLBACK (button_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (button_focus_leave), self);
  gtk_widget_add_controller (card, focus);
  return card;
}

/* Left and Right (and Home, End) move the focus along the row of bands
 * and stay in it, as in a group of radio buttons; Space or Enter picks. */
static gboolean
move_in_row (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SbBandPicker *self = SB_BAND_PICKER (user_data);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  int n = (int) self->buttons->len;
  int delta = g_variant_get_int32 (args);
  int index = -1;

  for (int i = 0; i < n; i++)
    if (focus != NULL && (focus == self->buttons->pdata[i] || gtk_widget_is_ancestor (focus, self->buttons->pdata[i])))
      index = i;
  if (index < 0)
    return FALSE;
  if (delta == G_MININT)
    index = 0;
  else if (delta == G_MAXINT)
    index = n - 1;
  else
    {
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        delta = -delta;
      index = CLAMP (index + delta, 0, n - 1);
    }
  gtk_widget_grab_focus (self->buttons->pdata[index]);
  return TRUE;
}

static void
add_row_key (GtkShortcutController *controller,
             guint                  key,
             int                    delta,
             SbBandPicker          *self)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                            gtk_callback_action_new (move_in_row, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (delta));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
remove_bands (SbBandPicker *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_box_remove (GTK_BOX (self->bands), g_ptr_array_index (self->buttons, i));
  g_ptr_array_set_size (self->buttons, 0);
  self->hovered = self->focused = 0;
}

static void
update_caption (SbBandPicker *self)
{
  SbGuide *guide = get_guide (self);
  g_autofree char *name = guide ? sb_text_format (sb_guide_get_name (guide), self->language, " · ") : NULL;

  gtk_label_set_text (GTK_LABEL (self->caption), name ? name : "");
  sb_label_set_language (GTK_LABEL (self->caption), sb_display_language_to_tag (self->language));
  gtk_widget_set_visible (self->caption, name != NULL && *name != '\0');
}

/* The line under the row: what happened to a typed percent, else which
 * keys rate from anywhere on the page. It always holds a line. */
static void
update_status (SbBandPicker *self)
{
  g_autofree char *keys = NULL;

  if (self->message != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status), self->message);
      gtk_widget_remove_css_class (self->status, "dim-label");
      gtk_widget_add_css_class (self->status, "band-message");
      return;
    }
  if (n_bands (self) > 1)
    /* Translators: the keys that rate; %u is the number of bands, as in "Alt+1…Alt+5" */
    keys = g_strdup_printf (_("Alt+1…Alt+%u choose a band, Alt+Up and Alt+Down change the percent"),
                            MIN (n_bands (self), 9));
  gtk_label_set_text (GTK_LABEL (self->status), keys ? keys : "");
  gtk_widget_remove_css_class (self->status, "band-message");
  gtk_widget_add_css_class (self->status, "dim-label");
}

/* The interface's own words, in the interface's language of the moment:
 * set again whenever the language changes. */
static void
update_strings (SbBandPicker *self)
{
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->percent_label), _("_Percent"));
  gtk_button_set_label (GTK_BUTTON (self->clear_button), _("_Clear rating"));
  sb_band_details_update_strings (SB_BAND_DETAILS (self->details));
  gtk_widget_set_tooltip_text (self->spin, _("Alt+Up and Alt+Down change the percent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Percent"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear rating"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bands),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bands"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rating"),
                                  -1);
  update_status (self);
}

/* Shows the descriptors of the band being looked at: the one under the
 * pointer, else the one whose button has the focus, else the chosen one;
 * a hint when there is none. */
static void
update_details (SbBandPicker *self)
{
  guint shown = self->hovered ? self->hovered : self->focused ? self->focused : self->band;

  sb_band_details_show (SB_BAND_DETAILS (self->details), get_band (self, shown), shown == self->band);
}

static void
rebuild (SbBandPicker *self)
{
  GListModel *bands;

  remove_bands (self);
  update_caption (self);
  update_strings (self);
  sb_band_details_set_guide (SB_BAND_DETAILS (self->details), get_guide (self), self->language);
  if (get_guide (self) != NULL)
    {
      bands = sb_guide_get_bands (get_guide (self));
      for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(SbBand) band = g_list_model_get_item (bands, i);
          GtkWidget *button = card_new (self, band);

          gtk_box_append (GTK_BOX (self->bands), button);
          g_ptr_array_add (self->buttons, button);
        }
    }
  gtk_widget_set_visible (self->bands, self->buttons->len > 0);
  update_details (self);
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
                                 range, get_step (self));
  full = self->message ? g_strconcat (self->message, " ", description, NULL) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  full ? full : description, -1);
}

/* Shows what the model holds; never writes to it. */
static void
sync_from_model (SbBandPicker *self)
{
  const char *band_id = NULL;
  guint percent = 0;
  guint band = 0;
  SbBand *b = NULL;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->spin));

  if (self->assessment != NULL && self->node != NULL &&
      sb_assessment_get_rating (self->assessment, sb_node_get_id (self->node), &band_id, &percent))
    {
      b = sb_guide_lookup_band (get_guide (self), band_id);
      band = b != NULL ? sb_band_get_index (b) + 1 : 0;
    }
  if (b == NULL)
    percent = 0;

  /* Any percent may be typed: one outside the band moves the rating to
   * the band that holds it (see spin_value_changed). */
  self->syncing = TRUE;
  self->spin_empty = b == NULL;
  gtk_adjustment_configure (adjustment, percent, 0, 100, get_step (self), get_step (self), 0);
  /* The spin redraws its text on value-changed only, and whether it shows
   * a number may change while the value does not. */
  g_signal_emit_by_name (adjustment, "value-changed");
  self->syncing = FALSE;

  gtk_widget_set_sensitive (self->spin, b != NULL);
  gtk_widget_set_sensitive (self->percent_label, b != NULL);
  gtk_widget_set_sensitive (self->clear_button, b != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.step", b != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.clear", b != NULL);

  update_points (self, b, percent);
  update_spin_description (self, b);

  if (self->band != band)
    {
      self->band = band;
      /* The examiner acted: show the outcome, not the band the focus
       * happens to be on. */
      self->focused = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND]);
    }
  if (self->percent != percent)
    {
      self->percent = percent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENT]);
    }
  update_status (self);
  update_details (self);
}

/* A change from elsewhere (undo, another view) makes the note on the
 * last typed percent stale. */
static void
rating_changed (SbBandPicker *self,
                const char   *node_id,
                SbAssessment *assessment)
{
  if (self->node == NULL || g_strcmp0 (node_id, sb_node_get_id (self->node)) != 0)
    return;
  if (!self->writing)
    g_clear_pointer (&self->message, g_free);
  sync_from_model (self);
}

/* Every change the picker makes is a step of its own in the history:
 * picking band 3 and then band 4 undoes to band 3, not to unrated.
 * @message says what became of a typed percent (NULL for none) and stays
 * on show until the next change. */
static void
write_rating (SbBandPicker *self,
              SbBand       *band,
              guint         percent,
              char         *message)
{
  SbHistory *history = sb_assessment_get_history (self->assessment);
  g_autoptr(GError) error = NULL;

  g_free (self->message);
  self->message = message;
  self->writing = TRUE;
  sb_history_seal (history);
  if (band == NULL)
    sb_assessment_clear_rating (self->assessment, sb_node_get_id (self->node));
  else if (!sb_assessment_set_rating (self->assessment, sb_node_get_id (self->node),
                                      sb_band_get_id (band), percent, &error))
    g_critical ("Could not rate %s: %s", sb_node_get_id (self->node), error->message);
  sb_history_seal (history);
  self->writing = FALSE;
}

/* A band's midpoint, rounded to a step and kept inside the band. */
static guint
band_default_percent (SbBandPicker *self,
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

  for (guint i = 1; i <= n_bands (self); i++)
    if (sb_band_allows (get_band (self, i), percent) &&
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
      update_status (self);
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
                                     text, get_step (self), percent);

  /* No value-changed follows when the value stays: say it now. */
  if (percent == self->percent)
    {
      g_free (self->message);
      self->message = g_steal_pointer (&self->pending);
      update_status (self);
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
    sync_from_model (self);
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
  band = get_band (self, index);
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
    write_rating (self, band, percent, g_steal_pointer (&note));
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

static void
band_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SbBandPicker *self = SB_BAND_PICKER (widget);
  SbBand *band = get_band (self, self->band);
  int percent;

  if (band == NULL || self->assessment == NULL)
    return;
  percent = (int) self->percent + (int) get_step (self) * g_variant_get_int32 (parameter);
  percent = CLAMP (percent, (int) sb_band_get_min (band), (int) sb_band_get_max (band));
  if ((guint) percent != self->percent)
    write_rating (self, band, (guint) percent, NULL);
}

static void
band_clear_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sb_band_picker_set_band (SB_BAND_PICKER (widget), 0);
}

/* GObject */

static void
sb_band_picker_dispose (GObject *object)
{
  SbBandPicker *self = (SbBandPicker *) object;
  GtkWidget *child;

  sb_band_picker_set_target (self, NULL, NULL);
  g_ptr_array_set_size (self->buttons, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->caption = self->controls = self->bands = self->details = NULL;

  G_OBJECT_CLASS (sb_band_picker_parent_class)->dispose (object);
}

static void
sb_band_picker_finalize (GObject *object)
{
  SbBandPicker *self = (SbBandPicker *) object;

  g_ptr_array_unref (self->buttons);
  g_free (self->message);
  g_free (self->pending);

  G_OBJECT_CLASS (sb_band_picker_parent_class)->finalize (object);
}

static void
sb_band_picker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbBandPicker *self = SB_BAND_PICKER (object);

  switch (prop_id)
    {
    case PROP_BAND:
      g_value_set_int (value, (int) self->band);
      break;
    case PROP_PERCENT:
      g_value_set_uint (value, self->percent);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, sb_display_language_to_tag (self->language));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_band_picker_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbBandPicker *self = SB_BAND_PICKER (object);

  switch (prop_id)
    {
    case PROP_BAND:
      sb_band_picker_set_band (self, (guint) g_value_get_int (value));
      break;
    case PROP_LANGUAGE:
      sb_band_picker_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_band_picker_class_init (SbBandPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_band_picker_dispose;
  object_class->finalize = sb_band_picker_finalize;
  object_class->get_property = sb_band_picker_get_property;
  object_class->set_property = sb_band_picker_set_property;

  gtk_widget_class_set_layout_manager_type (widget_class, SB_TYPE_BAND_LAYOUT);

  /* The chosen band, 1 to the number of bands; 0 when unrated. Setting it
   * rates the sub-item. */
  properties[PROP_BAND] =
    g_param_spec_int ("band", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The rating's percent; 0 when unrated. */
  properties[PROP_PERCENT] =
    g_param_spec_uint ("percent", NULL, NULL, 0, 100, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "zh-CN", "en" or "both": the language of the guide's texts. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, SB_LANG_ZH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* band.pick i: choose band i (1-based), 0 clears. Stateful, so each button
   * shows whether it is the chosen one. */
  gtk_widget_class_install_property_action (widget_class, "band.pick", "band");
  /* band.step n: move the percent n of the guide's steps within the band. */
  gtk_widget_class_install_action (widget_class, "band.step", "i", band_step_action);
  gtk_widget_class_install_action (widget_class, "band.clear", NULL, band_clear_action);

  for (guint i = 1; i <= 9; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK, "band.pick", "i", (int) i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, GDK_ALT_MASK, "band.pick", "i", (int) i);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "band.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "band.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "band.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "band.step", "i", -1);

  gtk_widget_class_set_css_name (widget_class, "bandpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* One segmented row: the cards share its width evenly. The arrow keys
 * move along it (move_in_row). */
static GtkWidget *
row_new (SbBandPicker *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *keys = gtk_shortcut_controller_new ();
  const struct { guint key, keypad; int delta; } moves[] = {
    { GDK_KEY_Left, GDK_KEY_KP_Left, -1 },
    { GDK_KEY_Right, GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Home, GDK_KEY_KP_Home, G_MININT },
    { GDK_KEY_End, GDK_KEY_KP_End, G_MAXINT },
  };

  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_widget_add_css_class (row, "linked");
  gtk_widget_add_css_class (row, "band-row");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_ORIENTATION,
                                  GTK_ORIENTATION_HORIZONTAL, -1);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      add_row_key (GTK_SHORTCUT_CONTROLLER (keys), moves[i].key, moves[i].delta, self);
      add_row_key (GTK_SHORTCUT_CONTROLLER (keys), moves[i].keypad, moves[i].delta, self);
    }
  gtk_widget_add_controller (row, keys);
  return row;
}

/* The percent, then the points it gives and the way back to unrated. */
static GtkWidget *
controls_new (SbBandPicker *self)
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

static void
sb_band_picker_init (SbBandPicker *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->language = SB_DISPLAY_LANGUAGE_ZH;
  self->buttons = g_ptr_array_new ();

  /* In this order, top to bottom (sb-band-layout.c). */
  self->caption = sb_band_texts_wrapping_label_new ("dim-label");
  gtk_widget_add_css_class (self->caption, "band-caption");
  gtk_widget_set_parent (self->caption, widget);
  self->bands = row_new (self);
  gtk_widget_set_parent (self->bands, widget);
  self->controls = controls_new (self);
  gtk_widget_set_parent (self->controls, widget);

  self->status = sb_band_texts_wrapping_label_new ("band-status");
  gtk_label_set_wrap_mode (GTK_LABEL (self->status), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (self->status), 60);
  gtk_widget_set_parent (self->status, widget);
  /* The descriptors at the page's full width, set further apart than
   * the lines above them. */
  self->details = sb_band_details_new ();
  gtk_widget_set_margin_top (self->details, 6);
  gtk_widget_set_parent (self->details, widget);
  sb_band_layout_set_row (SB_BAND_LAYOUT (gtk_widget_get_layout_manager (widget)), self->bands, self->controls);

  rebuild (self);
  sync_from_model (self);
}

GtkWidget *
sb_band_picker_new (void)
{
  return g_object_new (SB_TYPE_BAND_PICKER, NULL);
}

/* Shows and edits the rating of @scored_node in @assessment, following
 * the assessment's changes (undo included) as they happen. NULLs show
 * nothing. */
void
sb_band_picker_set_target (SbBandPicker *self,
                           SbAssessment *assessment,
                           SbNode       *scored_node)
{
  g_return_if_fail (SB_IS_BAND_PICKER (self));
  g_return_if_fail (assessment == NULL || SB_IS_ASSESSMENT (assessment));
  g_return_if_fail (scored_node == NULL || (SB_IS_NODE (scored_node) && sb_node_is_scored (scored_node)));

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->rating_handler, self->assessment);
  g_set_object (&self->assessment, assessment);
  g_set_object (&self->node, scored_node);
  if (self->assessment != NULL)
    self->rating_handler = g_signal_connect_object (self->assessment, "rating-changed",
                                                    G_CALLBACK (rating_changed), self,
                                                    G_CONNECT_SWAPPED);
  if (gtk_widget_get_first_child (GTK_WIDGET (self)) == NULL)
    return;  /* disposing */
  rebuild (self);
  sync_from_model (self);
}

SbAssessment *
sb_band_picker_get_assessment (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), NULL);
  return self->assessment;
}

SbNode *
sb_band_picker_get_node (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), NULL);
  return self->node;
}

/* @lang: "zh-CN", "en" or "both". Also takes up the interface language
 * of the moment for the picker's own words. */
void
sb_band_picker_set_language (SbBandPicker *self,
                             const char   *lang)
{
  SbDisplayLanguage language;

  g_return_if_fail (SB_IS_BAND_PICKER (self));
  g_return_if_fail (lang != NULL);

  if (!sb_display_language_parse (lang, &language))
    {
      g_critical ("Unknown language “%s”: the band picker shows “zh-CN”, “en” or “both”", lang);
      return;
    }
  sb_band_picker_set_display_language (self, language);
}

/* The same for the one representation of the shown language. */
void
sb_band_picker_set_display_language (SbBandPicker      *self,
                                     SbDisplayLanguage  language)
{
  g_return_if_fail (SB_IS_BAND_PICKER (self));
  g_return_if_fail (language <= SB_DISPLAY_LANGUAGE_BOTH);

  if (self->language == language)
    {
      update_strings (self);
      sync_from_model (self);
      return;
    }
  self->language = language;
  rebuild (self);
  sync_from_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
sb_band_picker_get_language (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), NULL);
  return sb_display_language_to_tag (self->language);
}

SbDisplayLanguage
sb_band_picker_get_display_language (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), SB_DISPLAY_LANGUAGE_ZH);
  return self->language;
}

/* Rates the sub-item in band @band (1-based) or, for 0, clears its
 * rating. The percent stays when it is inside the new band, else it
 * becomes the band's midpoint. */
void
sb_band_picker_set_band (SbBandPicker *self,
                         guint         band)
{
  SbBand *b;
  guint percent;

  g_return_if_fail (SB_IS_BAND_PICKER (self));

  if (self->assessment == NULL || self->node == NULL || band == self->band)
    return;
  if (band == 0)
    {
      write_rating (self, NULL, 0, NULL);
      return;
    }
  if (band > n_bands (self))
    return;

  b = get_band (self, band);
  percent = self->band != 0 && sb_band_allows (b, self->percent) ? self->percent : band_default_percent (self, b);
  write_rating (self, b, percent, NULL);
}

guint
sb_band_picker_get_band (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), 0);
  return self->band;
}

guint
sb_band_picker_get_percent (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), 0);
  return self->percent;
}
