/* sb-band-picker.c — the bands of a sub-item's scoring guide, one to pick, and a percent inside it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-picker"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sb-band-picker.h"

/* The widget is its own layout: the guide's name, then the band cards
 * side by side when each gets at least its minimum width and stacked
 * otherwise, then the percent control. Cards in a row share one height so
 * that the descriptors line up as they do in the printed guide. */
#define SPACING 12

struct _SbBandPicker
{
  GtkWidget     parent_instance;

  /* Children */
  GtkWidget    *caption;
  GPtrArray    *cards;        /* GtkToggleButton, one per band */
  GtkWidget    *controls;
  GtkWidget    *percent_label;
  GtkWidget    *spin;
  GtkWidget    *percent_sign;
  GtkWidget    *points_label;
  GtkWidget    *clear_button;

  /* Owned */
  SbAssessment *assessment;
  SbNode       *node;
  char         *language;     /* "zh-CN", "en" or "both" */
  gulong        rating_handler;

  /* What the model holds, as shown */
  guint         band;         /* 1-based; 0 unrated */
  guint         percent;
  gboolean      syncing;
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

static SbGuide *
get_guide (SbBandPicker *self)
{
  return self->node != NULL ? sb_node_get_guide (self->node) : NULL;
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

static gboolean
show_lang (SbBandPicker *self,
           const char   *lang)
{
  if (g_str_equal (self->language, "both"))
    return TRUE;
  return g_str_equal (self->language, lang);
}

/* The primary language: the one a single line is written in. */
static const char *
primary_language (SbBandPicker *self)
{
  return g_str_equal (self->language, SB_LANG_EN) ? SB_LANG_EN : SB_LANG_ZH;
}

static char *
range_text (SbBand *band)
{
  /* Translators: a band's range of percents, as in "60–80 %" */
  return g_strdup_printf (_("%u–%u %%"), sb_band_get_min (band), sb_band_get_max (band));
}

/* A text in the shown language, or in both joined by @separator. */
static char *
text_in_language (SbBandPicker *self,
                  const SbText *text,
                  const char   *separator)
{
  const char *zh = sb_text_get (text, SB_LANG_ZH);
  const char *en = sb_text_get (text, SB_LANG_EN);

  if (g_str_equal (self->language, "both"))
    {
      if (*zh == '\0' || *en == '\0')
        return g_strconcat (zh, en, NULL);
      return g_strconcat (zh, separator, en, NULL);
    }
  return g_strdup (sb_text_get (text, primary_language (self)));
}

static GtkWidget *
text_label_new (const char *text,
                const char *css_class,
                gboolean    second_language)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  /* The narrowest a card may be: below this the cards stack. */
  gtk_label_set_width_chars (GTK_LABEL (label), 9);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (second_language)
    gtk_widget_add_css_class (label, "second-language");
  return label;
}

/* A band's text in one or both languages, as labels in @box. */
static void
append_text (SbBandPicker *self,
             GtkWidget    *box,
             const SbText *text,
             const char   *css_class)
{
  const char *langs[] = { SB_LANG_ZH, SB_LANG_EN };
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      const char *value = sb_text_get (text, langs[i]);

      if (!show_lang (self, langs[i]) || *value == '\0')
        continue;
      gtk_box_append (GTK_BOX (box), text_label_new (value, css_class, !first));
      first = FALSE;
    }
}

static void
card_active_changed (GtkToggleButton *card,
                     GParamSpec      *pspec,
                     GtkWidget       *check)
{
  gtk_widget_set_visible (check, gtk_toggle_button_get_active (card));
}

static GtkWidget *
card_new (SbBandPicker *self,
          SbBand       *band,
          guint         index)
{
  GtkWidget *card = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *range;
  GtkWidget *check;
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GPtrArray *descriptors = sb_band_get_descriptors (band);
  g_autofree char *range_str = range_text (band);
  g_autofree char *level = text_in_language (self, sb_band_get_level (band), ", ");
  g_autoptr(GString) label = g_string_new (range_str);
  g_autoptr(GString) description = g_string_new (NULL);

  range = gtk_label_new (range_str);
  gtk_label_set_xalign (GTK_LABEL (range), 0);
  gtk_widget_set_hexpand (range, TRUE);
  gtk_widget_add_css_class (range, "band-range");
  gtk_widget_add_css_class (range, "numeric");
  gtk_box_append (GTK_BOX (head), range);

  /* Not colour alone: the chosen card also carries a check mark. */
  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_add_css_class (check, "band-check");
  gtk_widget_set_visible (check, FALSE);
  gtk_box_append (GTK_BOX (head), check);
  gtk_box_append (GTK_BOX (box), head);
  g_signal_connect_object (card, "notify::active", G_CALLBACK (card_active_changed), check, 0);

  append_text (self, box, sb_band_get_level (band), "band-level");

  for (guint d = 0; d < descriptors->len; d++)
    {
      const SbText *text = g_ptr_array_index (descriptors, d);
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      g_autofree char *flat = text_in_language (self, text, " ");

      gtk_label_set_yalign (GTK_LABEL (bullet), 0);
      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_widget_add_css_class (bullet, "band-bullet");
      append_text (self, texts, text, "band-descriptor");
      gtk_box_append (GTK_BOX (item), bullet);
      gtk_box_append (GTK_BOX (item), texts);
      gtk_box_append (GTK_BOX (list), item);
      g_string_append_printf (description, "%s%s", description->len ? "\n" : "", flat);
    }
  if (descriptors->len > 0)
    gtk_box_append (GTK_BOX (box), list);

  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_button_set_child (GTK_BUTTON (card), box);
  gtk_widget_add_css_class (card, "band-card");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (card), "band.pick");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (card), "i", (int) index);

  if (*level != '\0')
    g_string_append_printf (label, ", %s", level);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  {
    /* Translators: the tooltip of a band card; %u is the band's number, the key to press */
    g_autofree char *tooltip = g_strdup_printf (_("Alt+%u"), index);
    gtk_widget_set_tooltip_text (card, tooltip);
  }
  return card;
}

static void
remove_cards (SbBandPicker *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);
}

static void
update_caption (SbBandPicker *self)
{
  SbGuide *guide = get_guide (self);
  g_autofree char *name = guide ? text_in_language (self, sb_guide_get_name (guide), " · ") : NULL;

  gtk_label_set_text (GTK_LABEL (self->caption), name ? name : "");
  gtk_widget_set_visible (self->caption, name != NULL && *name != '\0');
}

/* The interface's own words, in the interface's language of the moment:
 * set again whenever the language changes. */
static void
update_strings (SbBandPicker *self)
{
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->percent_label), _("_Percent"));
  gtk_button_set_label (GTK_BUTTON (self->clear_button), _("_Clear rating"));
  gtk_widget_set_tooltip_text (self->spin, _("Alt+Up and Alt+Down change the percent"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Percent within the band"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear rating"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rating"),
                                  -1);
}

static void
rebuild (SbBandPicker *self)
{
  GListModel *bands;

  remove_cards (self);
  update_caption (self);
  update_strings (self);
  if (get_guide (self) == NULL)
    return;

  bands = sb_guide_get_bands (get_guide (self));
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(SbBand) band = g_list_model_get_item (bands, i);
      GtkWidget *card = card_new (self, band, i + 1);

      gtk_widget_insert_before (card, GTK_WIDGET (self), self->controls);
      g_ptr_array_add (self->cards, card);
    }
}

/* Shows what the model holds; never writes to it. */
static void
sync_from_model (SbBandPicker *self)
{
  const char *band_id = NULL;
  guint percent = 0;
  guint band = 0;
  SbBand *b = NULL;
  SbPoints maximum = 0;
  g_autofree char *max_text = NULL;
  g_autofree char *points_text = NULL;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->spin));

  if (self->assessment != NULL && self->node != NULL &&
      sb_assessment_get_rating (self->assessment, sb_node_get_id (self->node), &band_id, &percent))
    {
      b = sb_guide_lookup_band (get_guide (self), band_id);
      band = b != NULL ? sb_band_get_index (b) + 1 : 0;
    }
  if (b == NULL)
    percent = 0;

  self->syncing = TRUE;
  self->spin_empty = b == NULL;
  if (b != NULL)
    gtk_adjustment_configure (adjustment, percent, sb_band_get_min (b), sb_band_get_max (b), 5, 5, 0);
  else
    gtk_adjustment_configure (adjustment, 0, 0, 100, 5, 5, 0);
  /* The spin redraws its text on value-changed only, and whether it shows
   * a number may change while the value does not. */
  g_signal_emit_by_name (adjustment, "value-changed");
  self->syncing = FALSE;

  gtk_widget_set_sensitive (self->spin, b != NULL);
  gtk_widget_set_sensitive (self->percent_label, b != NULL);
  gtk_widget_set_sensitive (self->clear_button, b != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.step", b != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "band.clear", b != NULL);

  if (self->node != NULL)
    maximum = sb_node_get_points (self->node);
  max_text = sb_points_format (maximum, 2);
  if (b != NULL)
    {
      g_autofree char *got = sb_points_format (sb_points_of_percent (maximum, percent), 2);
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

  if (b != NULL)
    {
      /* Translators: the description of the percent control: its band's range */
      g_autofree char *description = g_strdup_printf (_("From %u to %u percent in steps of 5"),
                                                      sb_band_get_min (b), sb_band_get_max (b));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (self->band != band)
    {
      self->band = band;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND]);
    }
  if (self->percent != percent)
    {
      self->percent = percent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERCENT]);
    }
}

static void
rating_changed (SbBandPicker *self,
                const char   *node_id,
                SbAssessment *assessment)
{
  if (self->node != NULL && g_strcmp0 (node_id, sb_node_get_id (self->node)) == 0)
    sync_from_model (self);
}

/* Every change the picker makes is a step of its own in the history:
 * picking band 3 and then band 4 undoes to band 3, not to unrated. */
static void
write_rating (SbBandPicker *self,
              SbBand       *band,
              guint         percent)
{
  SbHistory *history = sb_assessment_get_history (self->assessment);
  g_autoptr(GError) error = NULL;

  sb_history_seal (history);
  if (band == NULL)
    sb_assessment_clear_rating (self->assessment, sb_node_get_id (self->node));
  else if (!sb_assessment_set_rating (self->assessment, sb_node_get_id (self->node),
                                      sb_band_get_id (band), percent, &error))
    g_critical ("Could not rate %s: %s", sb_node_get_id (self->node), error->message);
  sb_history_seal (history);
}

/* A band's midpoint, rounded to a step of 5 and kept inside the band. */
static guint
band_default_percent (SbBand *band)
{
  guint min = sb_band_get_min (band);
  guint max = sb_band_get_max (band);
  guint percent = (guint) (floor ((min + max) / 10.0 + 0.5) * 5);

  return CLAMP (percent, min, max);
}

static void
spin_value_changed (SbBandPicker  *self,
                    GtkSpinButton *spin)
{
  SbBand *band;
  guint percent;

  if (self->syncing || self->assessment == NULL || self->band == 0)
    return;
  band = get_band (self, self->band);
  percent = (guint) CLAMP (gtk_spin_button_get_value_as_int (spin), 0, 100);
  percent = percent / 5 * 5;
  percent = CLAMP (percent, sb_band_get_min (band), sb_band_get_max (band));
  if (percent != self->percent)
    write_rating (self, band, percent);
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
  if (had_focus && band > 0 && band <= self->cards->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->cards, band - 1));
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
  percent = (int) self->percent + 5 * g_variant_get_int32 (parameter);
  percent = CLAMP (percent, (int) sb_band_get_min (band), (int) sb_band_get_max (band));
  if ((guint) percent != self->percent)
    write_rating (self, band, (guint) percent);
}

static void
band_clear_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sb_band_picker_set_band (SB_BAND_PICKER (widget), 0);
}

/* Layout */

static GtkSizeRequestMode
sb_band_picker_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* How much wider than its minimum the wrapping labels under @widget must
 * be to hold their longest word whole, up to twice that minimum. */
static int
word_shortfall (GtkWidget *widget)
{
  int shortfall = 0;

  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (widget, gtk_label_get_text (GTK_LABEL (widget)));
      PangoRectangle words;
      int min;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      /* Wrapped at width 0 by words alone, every line is one word. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_width (layout, 0);
      pango_layout_get_pixel_extents (layout, NULL, &words);
      return CLAMP (words.width - min, 0, min);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    shortfall = MAX (shortfall, word_shortfall (child));
  return shortfall;
}

/* The narrowest width at which the cards go side by side: each card must
 * hold its longest word, so that large text stacks the cards rather than
 * breaking words apart, but one long token (a web address, say) in a
 * descriptor still wraps instead of stacking them. Stacked, a card needs
 * no more than its minimum, so nothing here can widen the page. */
static int
row_min_width (SbBandPicker *self)
{
  int width = 0;

  for (guint i = 0; i < self->cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->cards, i);
      int min;

      gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      width = MAX (width, min + word_shortfall (card));
    }
  return width * (int) self->cards->len + SPACING * ((int) self->cards->len - 1);
}

static gboolean
cards_in_row (SbBandPicker *self,
              int           width)
{
  return self->cards->len > 0 && width >= row_min_width (self);
}

/* The width of card @i of a row of cards sharing @width. */
static int
card_width (SbBandPicker *self,
            int           width,
            guint         i)
{
  int n = (int) self->cards->len;
  int each = (width - SPACING * (n - 1)) / n;

  return i + 1 == self->cards->len ? width - (each + SPACING) * (n - 1) : each;
}

static void
measure_height (GtkWidget *child,
                int        width,
                int       *min,
                int       *nat)
{
  int child_min = 0, child_nat = 0;

  if (gtk_widget_should_layout (child))
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat, NULL, NULL);
  *min = child_min;
  *nat = child_nat;
}

static void
sb_band_picker_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SbBandPicker *self = SB_BAND_PICKER (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0, nat = 0, row_nat = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          if (g_ptr_array_find (self->cards, child, NULL))
            row_nat += child_nat + (row_nat > 0 ? SPACING : 0);
          else
            nat = MAX (nat, child_nat);
        }
      *minimum = min;
      *natural = MAX (nat, MAX (row_nat, min));
    }
  else
    {
      int width = for_size;
      int min = 0, nat = 0;
      int row_min = 0, row_nat = 0;
      gboolean row;
      gboolean first = TRUE;

      if (width < 0)
        {
          int ignored;
          sb_band_picker_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &ignored, &width, NULL, NULL);
        }
      row = cards_in_row (self, width);

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          guint index;
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          if (row && g_ptr_array_find (self->cards, child, &index))
            {
              measure_height (child, card_width (self, width, index), &child_min, &child_nat);
              row_min = MAX (row_min, child_min);
              row_nat = MAX (row_nat, child_nat);
              continue;
            }
          measure_height (child, width, &child_min, &child_nat);
          min += child_min + (first ? 0 : SPACING);
          nat += child_nat + (first ? 0 : SPACING);
          first = FALSE;
        }
      if (row)
        {
          min += row_min + (first ? 0 : SPACING);
          nat += row_nat + (first ? 0 : SPACING);
        }
      *minimum = min;
      *natural = nat;
    }
  if (minimum_baseline)
    *minimum_baseline = -1;
  if (natural_baseline)
    *natural_baseline = -1;
}

static void
sb_band_picker_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SbBandPicker *self = SB_BAND_PICKER (widget);
  gboolean row = cards_in_row (self, width);
  int row_height = 0;
  int y = 0;
  int x = 0;

  if (row)
    for (guint i = 0; i < self->cards->len; i++)
      {
        int min, nat;

        measure_height (g_ptr_array_index (self->cards, i), card_width (self, width, i), &min, &nat);
        row_height = MAX (row_height, nat);
      }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      guint index;
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      if (row && g_ptr_array_find (self->cards, child, &index))
        {
          int w = card_width (self, width, index);

          gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, w, row_height }, -1);
          x += w + SPACING;
          if (index + 1 == self->cards->len)
            y += row_height + SPACING;
          continue;
        }
      measure_height (child, width, &min, &nat);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, nat }, -1);
      y += nat + SPACING;
    }
}

/* GObject */

static void
sb_band_picker_dispose (GObject *object)
{
  SbBandPicker *self = (SbBandPicker *) object;
  GtkWidget *child;

  sb_band_picker_set_target (self, NULL, NULL);
  g_ptr_array_set_size (self->cards, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  self->caption = self->controls = NULL;

  G_OBJECT_CLASS (sb_band_picker_parent_class)->dispose (object);
}

static void
sb_band_picker_finalize (GObject *object)
{
  SbBandPicker *self = (SbBandPicker *) object;

  g_ptr_array_unref (self->cards);
  g_free (self->language);

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
      g_value_set_string (value, self->language);
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

  widget_class->get_request_mode = sb_band_picker_get_request_mode;
  widget_class->measure = sb_band_picker_measure;
  widget_class->size_allocate = sb_band_picker_size_allocate;

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

  /* band.pick i: choose band i (1-based), 0 clears. Stateful, so each card
   * shows whether it is the chosen one. */
  gtk_widget_class_install_property_action (widget_class, "band.pick", "band");
  /* band.step n: move the percent n steps of 5 within the band. */
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

static void
sb_band_picker_init (SbBandPicker *self)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 100, 5, 5, 0);

  self->language = g_strdup (SB_LANG_ZH);
  self->cards = g_ptr_array_new ();

  self->caption = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 0);
  gtk_label_set_wrap (GTK_LABEL (self->caption), TRUE);
  gtk_widget_add_css_class (self->caption, "dim-label");
  gtk_widget_add_css_class (self->caption, "band-caption");
  gtk_widget_set_parent (self->caption, GTK_WIDGET (self));

  self->controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->controls, "band-controls");
  gtk_widget_set_parent (self->controls, GTK_WIDGET (self));

  self->percent_label = gtk_label_new (NULL);
  gtk_label_set_use_underline (GTK_LABEL (self->percent_label), TRUE);
  gtk_box_append (GTK_BOX (self->controls), self->percent_label);

  self->spin = gtk_spin_button_new (adjustment, 5, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->spin), TRUE);
  gtk_spin_button_set_snap_to_ticks (GTK_SPIN_BUTTON (self->spin), TRUE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (self->spin), GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), 3);
  gtk_widget_set_valign (self->spin, GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (self->percent_label), self->spin);
  g_signal_connect_swapped (self->spin, "value-changed", G_CALLBACK (spin_value_changed), self);
  g_signal_connect_swapped (self->spin, "output", G_CALLBACK (spin_output), self);
  gtk_box_append (GTK_BOX (self->controls), self->spin);

  self->percent_sign = gtk_label_new ("%");
  gtk_box_append (GTK_BOX (self->controls), self->percent_sign);

  self->points_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->points_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->points_label), TRUE);
  gtk_widget_set_hexpand (self->points_label, TRUE);
  gtk_widget_add_css_class (self->points_label, "band-points");
  gtk_widget_add_css_class (self->points_label, "numeric");
  gtk_box_append (GTK_BOX (self->controls), self->points_label);

  self->clear_button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->clear_button), TRUE);
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (clear_clicked), self);
  gtk_box_append (GTK_BOX (self->controls), self->clear_button);

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
  g_return_if_fail (SB_IS_BAND_PICKER (self));
  g_return_if_fail (lang != NULL);

  if (!g_str_equal (lang, SB_LANG_ZH) && !g_str_equal (lang, SB_LANG_EN) && !g_str_equal (lang, "both"))
    {
      g_critical ("Unknown language “%s”: the band picker shows “zh-CN”, “en” or “both”", lang);
      return;
    }
  if (g_str_equal (self->language, lang))
    {
      update_strings (self);
      sync_from_model (self);
      return;
    }
  g_free (self->language);
  self->language = g_strdup (lang);
  rebuild (self);
  sync_from_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
sb_band_picker_get_language (SbBandPicker *self)
{
  g_return_val_if_fail (SB_IS_BAND_PICKER (self), NULL);
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
      write_rating (self, NULL, 0);
      return;
    }
  if (band > n_bands (self))
    return;

  b = get_band (self, band);
  percent = self->band != 0 && sb_band_allows (b, self->percent) ? self->percent : band_default_percent (b);
  write_rating (self, b, percent);
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
