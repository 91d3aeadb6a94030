/* sb-band-card.c — one band of a scoring guide as a button to pick: its range and level name
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-card"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-band-card.h"
#include "sb-band-texts.h"

/* A card shows its band's range and level, not its descriptors (the
 * picker shows those at full width); a screen reader hears the range and
 * level as its name and the descriptors as its description. Clicking it
 * activates band.pick with its 1-based number, so that whatever holds
 * that action (the band picker) says whether it is the chosen one. */
struct _SbBandCard
{
  GtkToggleButton    parent_instance;

  GtkWidget         *check;

  SbBand            *band;
  SbDisplayLanguage  language;
};

G_DEFINE_FINAL_TYPE (SbBandCard, sb_band_card, GTK_TYPE_TOGGLE_BUTTON)

enum {
  PROP_0,
  PROP_BAND,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The range, and the check mark that shows the chosen card: not by
 * colour alone. */
static GtkWidget *
head_new (SbBandCard *self)
{
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *range_text = sb_band_dup_range (self->band);
  GtkWidget *range = gtk_label_new (range_text);

  gtk_label_set_xalign (GTK_LABEL (range), 0);
  gtk_widget_add_css_class (range, "band-range");
  gtk_widget_add_css_class (range, "numeric");
  gtk_box_append (GTK_BOX (head), range);

  self->check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (self->check, "band-check");
  /* Shown by opacity, not visibility: the card keeps its size. */
  gtk_widget_set_opacity (self->check, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self)) ? 1 : 0);
  gtk_box_append (GTK_BOX (head), self->check);
  return head;
}

/* What a screen reader says: the band's name, and its descriptors, one
 * a line. */
static void
update_accessible (SbBandCard *self)
{
  GPtrArray *descriptors = sb_band_get_descriptors (self->band);
  g_autofree char *name = sb_band_texts_dup_name (self->band, self->language);
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint d = 0; d < descriptors->len; d++)
    {
      g_autofree char *flat = sb_text_format (g_ptr_array_index (descriptors, d), self->language, " ");

      g_string_append_printf (description, "%s%s", description->len ? "\n" : "", flat);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static void
sb_band_card_constructed (GObject *object)
{
  SbBandCard *self = SB_BAND_CARD (object);
  GtkWidget *box;
  g_autofree char *tooltip = NULL;
  guint index;

  G_OBJECT_CLASS (sb_band_card_parent_class)->constructed (object);
  g_return_if_fail (SB_IS_BAND (self->band));

  index = sb_band_card_get_index (self);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (box), head_new (self));
  sb_band_texts_append (GTK_BOX (box), sb_band_get_level (self->band), self->language, "band-level",
                        PANGO_WRAP_WORD);
  /* Ranges line up across the row; a range alone sits in the middle of
   * a row made tall by the percent control. */
  gtk_widget_set_valign (box, gtk_widget_get_first_child (box) == gtk_widget_get_last_child (box)
                              ? GTK_ALIGN_CENTER : GTK_ALIGN_START);
  gtk_button_set_child (GTK_BUTTON (self), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "band.pick");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "i", (int) index);
  /* Translators: the tooltip of a band button; %u is the band's number, the key to press */
  tooltip = g_strdup_printf (_("Alt+%u"), index);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  update_accessible (self);
}

static void
sb_band_card_toggled (GtkToggleButton *button)
{
  SbBandCard *self = SB_BAND_CARD (button);

  if (self->check != NULL)
    gtk_widget_set_opacity (self->check, gtk_toggle_button_get_active (button) ? 1 : 0);
}

static void
sb_band_card_finalize (GObject *object)
{
  SbBandCard *self = SB_BAND_CARD (object);

  g_clear_object (&self->band);

  G_OBJECT_CLASS (sb_band_card_parent_class)->finalize (object);
}

static void
sb_band_card_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SbBandCard *self = SB_BAND_CARD (object);

  switch (prop_id)
    {
    case PROP_BAND:
      g_value_set_object (value, self->band);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, sb_display_language_to_tag (self->language));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_band_card_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SbBandCard *self = SB_BAND_CARD (object);

  switch (prop_id)
    {
    case PROP_BAND:
      self->band = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      if (!sb_display_language_parse (g_value_get_string (value), &self->language))
        g_critical ("Unknown language “%s”: a band card shows “zh-CN”, “en” or “both”",
                    g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_band_card_class_init (SbBandCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkToggleButtonClass *toggle_class = GTK_TOGGLE_BUTTON_CLASS (klass);

  object_class->constructed = sb_band_card_constructed;
  object_class->finalize = sb_band_card_finalize;
  object_class->get_property = sb_band_card_get_property;
  object_class->set_property = sb_band_card_set_property;
  toggle_class->toggled = sb_band_card_toggled;

  /* The band it shows; required. */
  properties[PROP_BAND] =
    g_param_spec_object ("band", NULL, NULL, SB_TYPE_BAND,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* "zh-CN", "en" or "both": the language of its level name. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, SB_LANG_ZH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_band_card_init (SbBandCard *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "band-button");
}

GtkWidget *
sb_band_card_new (SbBand            *band,
                  SbDisplayLanguage  language)
{
  g_return_val_if_fail (SB_IS_BAND (band), NULL);

  return g_object_new (SB_TYPE_BAND_CARD,
                       "band", band,
                       "language", sb_display_language_to_tag (language),
                       NULL);
}

SbBand *
sb_band_card_get_band (SbBandCard *self)
{
  g_return_val_if_fail (SB_IS_BAND_CARD (self), NULL);
  return self->band;
}

/* Its band's place in the guide, from 1: the number band.pick takes and
 * Alt picks it with. */
guint
sb_band_card_get_index (SbBandCard *self)
{
  g_return_val_if_fail (SB_IS_BAND_CARD (self), 0);
  return sb_band_get_index (self->band) + 1;
}
