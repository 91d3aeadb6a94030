/* sb-band-picker.c — the bands of a sub-item's scoring guide, one to pick, and a percent inside it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-band-picker-private.h"
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
 * jump, and move the cards under the pointer.
 *
 * This file holds the guide's bands, which of them is looked at, and the
 * one way to rate; its parts are in files of their own: the cards
 * (sb-band-card.c), the descriptors (sb-band-details.c), the percent
 * control (sb-band-picker-percent.c) and the layout (sb-band-layout.c). */

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

SbGuide *
sb_band_picker_guide (SbBandPicker *self)
{
  return self->node != NULL ? sb_node_get_guide (self->node) : NULL;
}

/* The percents a rating takes are the multiples of the guide's step. */
guint
sb_band_picker_step (SbBandPicker *self)
{
  SbGuide *guide = sb_band_picker_guide (self);

  return guide != NULL ? sb_guide_get_step (guide) : 5;
}

guint
sb_band_picker_n_bands (SbBandPicker *self)
{
  SbGuide *guide = sb_band_picker_guide (self);

  return guide != NULL ? g_list_model_get_n_items (sb_guide_get_bands (guide)) : 0;
}

/* @index is 1-based. */
SbBand *
sb_band_picker_band_at (SbBandPicker *self,
                        guint         index)
{
  SbGuide *guide = sb_band_picker_guide (self);
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
  SbGuide *guide = sb_band_picker_guide (self);
  g_autofree char *name = guide ? sb_text_format (sb_guide_get_name (guide), self->language, " · ") : NULL;

  gtk_label_set_text (GTK_LABEL (self->caption), name ? name : "");
  sb_label_set_language (GTK_LABEL (self->caption), sb_display_language_to_tag (self->language));
  gtk_widget_set_visible (self->caption, name != NULL && *name != '\0');
}

/* The line under the row: what happened to a typed percent, else which
 * keys rate from anywhere on the page. It always holds a line. */
void
sb_band_picker_update_status (SbBandPicker *self)
{
  g_autofree char *keys = NULL;

  if (self->message != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status), self->message);
      gtk_widget_remove_css_class (self->status, "dim-label");
      gtk_widget_add_css_class (self->status, "band-message");
      return;
    }
  if (sb_band_picker_n_bands (self) > 1)
    /* Translators: the keys that rate; %u is the number of bands, as in "Alt+1…Alt+5" */
    keys = g_strdup_printf (_("Alt+1…Alt+%u choose a band, Alt+Up and Alt+Down change the percent"),
                            MIN (sb_band_picker_n_bands (self), 9));
  gtk_label_set_text (GTK_LABEL (self->status), keys ? keys : "");
  gtk_widget_remove_css_class (self->status, "band-message");
  gtk_widget_add_css_class (self->status, "dim-label");
}

/* The interface's own words, in the interface's language of the moment:
 * set again whenever the language changes. */
static void
update_strings (SbBandPicker *self)
{
  sb_band_picker_controls_update_strings (self);
  sb_band_details_update_strings (SB_BAND_DETAILS (self->details));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bands),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bands"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rating"),
                                  -1);
  sb_band_picker_update_status (self);
}

/* Shows the descriptors of the band being looked at: the one under the
 * pointer, else the one whose button has the focus, else the chosen one;
 * a hint when there is none. */
static void
update_details (SbBandPicker *self)
{
  guint shown = self->hovered ? self->hovered : self->focused ? self->focused : self->band;

  sb_band_details_show (SB_BAND_DETAILS (self->details), sb_band_picker_band_at (self, shown), shown == self->band);
}

static void
rebuild (SbBandPicker *self)
{
  GListModel *bands;

  remove_bands (self);
  update_caption (self);
  update_strings (self);
  sb_band_details_set_guide (SB_BAND_DETAILS (self->details), sb_band_picker_guide (self), self->language);
  if (sb_band_picker_guide (self) != NULL)
    {
      bands = sb_guide_get_bands (sb_band_picker_guide (self));
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

/* Shows what the model holds; never writes to it. */
void
sb_band_picker_sync (SbBandPicker *self)
{
  const char *band_id = NULL;
  guint percent = 0;
  guint band = 0;
  SbBand *b = NULL;

  if (self->assessment != NULL && self->node != NULL &&
      sb_assessment_get_rating (self->assessment, sb_node_get_id (self->node), &band_id, &percent))
    {
      b = sb_guide_lookup_band (sb_band_picker_guide (self), band_id);
      band = b != NULL ? sb_band_get_index (b) + 1 : 0;
    }
  if (b == NULL)
    percent = 0;

  sb_band_picker_show_percent (self, b, percent);

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
  sb_band_picker_update_status (self);
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
  sb_band_picker_sync (self);
}

/* Every change the picker makes is a step of its own in the history:
 * picking band 3 and then band 4 undoes to band 3, not to unrated.
 * @message says what became of a typed percent (NULL for none) and stays
 * on show until the next change. */
void
sb_band_picker_write_rating (SbBandPicker *self,
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
  gtk_widget_class_install_action (widget_class, "band.step", "i", sb_band_picker_step_action);
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
  self->controls = sb_band_picker_controls_new (self);
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
  sb_band_picker_sync (self);
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
  sb_band_picker_sync (self);
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
      sb_band_picker_sync (self);
      return;
    }
  self->language = language;
  rebuild (self);
  sb_band_picker_sync (self);
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
      sb_band_picker_write_rating (self, NULL, 0, NULL);
      return;
    }
  if (band > sb_band_picker_n_bands (self))
    return;

  b = sb_band_picker_band_at (self, band);
  percent = self->band != 0 && sb_band_allows (b, self->percent) ? self->percent : sb_band_picker_default_percent (self, b);
  sb_band_picker_write_rating (self, b, percent, NULL);
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
