/* sb-window-language.c — which of its standard's languages the main window shows: the header's choice and the setting
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window-language"

#include "config.h"

#include "sb-i18n.h"
#include "sb-window-private.h"

/* The text language the standard can show for @language: the one asked
 * for where it has it, else the interface's where it has that, else its
 * first. "" asks for the locale's language. */
SbDisplayLanguage
sb_window_offered_language (SbWindow   *self,
                            const char *language)
{
  SbDisplayLanguage asked = SB_DISPLAY_LANGUAGE_ZH;
  SbDisplayLanguage interface;
  gboolean known = sb_display_language_parse (*language ? language : sb_i18n_get_locale_language (), &asked);

  for (guint i = 0; known && i < self->n_offered; i++)
    if (self->offered[i] == asked)
      return asked;
  if (sb_display_language_parse (sb_i18n_get_language (), &interface))
    for (guint i = 0; i < self->n_offered; i++)
      if (self->offered[i] == interface)
        return interface;
  return self->n_offered > 0 ? self->offered[0] : asked;
}

/* The header shows the language the window shows. */
void
sb_window_show_language_choice (SbWindow *self)
{
  for (guint i = 0; i < self->n_offered; i++)
    if (self->offered[i] == self->language)
      gtk_drop_down_set_selected (self->language_dropdown, i);
}

/* The header's choice, unless it is the list being filled. */
void
sb_window_language_selected (SbWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  if (!self->listing && selected < self->n_offered)
    sb_window_set_language (self, sb_display_language_to_tag (self->offered[selected]));
}

/* The header lists the languages of the standard's texts, and both side
 * by side only where it has Chinese and English. */
void
sb_window_list_languages (SbWindow *self)
{
  const char * const *have = sb_standard_get_languages (self->standard);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gboolean zh = g_strv_contains (have, SB_LANG_ZH);
  gboolean en = g_strv_contains (have, SB_LANG_EN);

  self->n_offered = 0;
  if (zh)
    self->offered[self->n_offered++] = SB_DISPLAY_LANGUAGE_ZH;
  if (en)
    self->offered[self->n_offered++] = SB_DISPLAY_LANGUAGE_EN;
  if (zh && en)
    self->offered[self->n_offered++] = SB_DISPLAY_LANGUAGE_BOTH;
  /* Each named in its own words, to be found whatever the interface shows. */
  for (guint i = 0; i < self->n_offered; i++)
    gtk_string_list_append (names, self->offered[i] == SB_DISPLAY_LANGUAGE_ZH ? "中文"
                                   : self->offered[i] == SB_DISPLAY_LANGUAGE_EN ? "English"
                                   : "中文 + English");

  self->listing = TRUE;
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (names));
  sb_window_show_language_choice (self);
  self->listing = FALSE;
  /* One language is shown, not offered. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_dropdown), self->n_offered > 1);
}

/* The setting holds "" until the user chooses: the locale's language. */
static gboolean
language_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  g_value_set_string (value, *language ? language : sb_i18n_get_locale_language ());
  return TRUE;
}

static GVariant *
language_to_setting (const GValue       *value,
                     const GVariantType *type,
                     gpointer            user_data)
{
  return g_variant_new_string (g_value_get_string (value));
}

/* The window shows the language of the setting, and writes the header's
 * choice back to it. */
void
sb_window_bind_language (SbWindow  *self,
                         GSettings *settings)
{
  g_settings_bind_with_mapping (settings, "language", self, "language", G_SETTINGS_BIND_DEFAULT,
                                language_from_setting, language_to_setting, NULL, NULL);
}
