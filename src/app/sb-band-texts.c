/* sb-band-texts.c — the labels of the band picker and its parts: a band's name, its texts in the shown languages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-texts"

#include "config.h"

#include "sb-band-texts.h"
#include "sb-widget-language.h"

/* The range and the level name: what a band is called, aloud and in the
 * heading of its descriptors. */
char *
sb_band_texts_dup_name (SbBand            *band,
                        SbDisplayLanguage  language)
{
  g_autofree char *range = NULL;
  g_autofree char *level = NULL;

  g_return_val_if_fail (SB_IS_BAND (band), NULL);

  range = sb_band_dup_range (band);
  level = sb_text_format (sb_band_get_level (band), language, ", ");
  if (*level == '\0')
    return g_steal_pointer (&range);
  return g_strdup_printf ("%s, %s", range, level);
}

/* An empty label for a line that may wrap (a caption, a status, a
 * heading), set to the start. */
GtkWidget *
sb_band_texts_wrapping_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A label of a text in @lang, or of the interface's own words for NULL.
 * @wrap_mode: PANGO_WRAP_WORD where a word must never be split (a level
 * name on a narrow button: the button widens instead), WORD_CHAR where one
 * long token (a web address in a descriptor) may be. */
GtkWidget *
sb_band_texts_label_new (const char    *text,
                         const char    *lang,
                         const char    *css_class,
                         gboolean       second_language,
                         PangoWrapMode  wrap_mode)
{
  GtkWidget *label = gtk_label_new (text);

  if (lang != NULL)
    sb_label_set_language (GTK_LABEL (label), lang);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), wrap_mode);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  /* Only the natural width: given more, the label still fills it. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (second_language)
    gtk_widget_add_css_class (label, "second-language");
  return label;
}

/* A band's text in the shown languages, one label each, appended to @box;
 * the second is marked as such. */
void
sb_band_texts_append (GtkBox            *box,
                      const SbText      *text,
                      SbDisplayLanguage  language,
                      const char        *css_class,
                      PangoWrapMode      wrap_mode)
{
  const char *langs[] = { SB_LANG_ZH, SB_LANG_EN };
  gboolean first = TRUE;

  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (text != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      const char *value = sb_text_get (text, langs[i]);

      if (!sb_display_language_shows (language, langs[i]) || *value == '\0')
        continue;
      gtk_box_append (box, sb_band_texts_label_new (value, langs[i], css_class, !first, wrap_mode));
      first = FALSE;
    }
}
