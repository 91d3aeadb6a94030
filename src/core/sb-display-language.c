/* sb-display-language.c — which languages a standard's texts are shown in: one, or both side by side
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-display-language"

#include "config.h"

#include "sb-display-language.h"

/* @text: "zh-CN" (also "zh", "zh_CN"), "en" or "both", as the settings, the
 * command line and the views' language menus spell it. */
gboolean
sb_display_language_parse (const char        *text,
                           SbDisplayLanguage *language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_str_equal (text, SB_LANG_ZH) || g_str_equal (text, "zh") || g_str_equal (text, "zh_CN"))
    *language = SB_DISPLAY_LANGUAGE_ZH;
  else if (g_str_equal (text, SB_LANG_EN))
    *language = SB_DISPLAY_LANGUAGE_EN;
  else if (g_str_equal (text, SB_LANG_BOTH))
    *language = SB_DISPLAY_LANGUAGE_BOTH;
  else
    return FALSE;
  return TRUE;
}

/* "zh-CN", "en" or "both": what the settings keep and what
 * sb_language_set_on_layout() takes. */
const char *
sb_display_language_to_tag (SbDisplayLanguage language)
{
  switch (language)
    {
    case SB_DISPLAY_LANGUAGE_EN:
      return SB_LANG_EN;
    case SB_DISPLAY_LANGUAGE_BOTH:
      return SB_LANG_BOTH;
    case SB_DISPLAY_LANGUAGE_ZH:
    default:
      return SB_LANG_ZH;
    }
}

/* The one language of a place that has room for one text (a sidebar row,
 * an axis label): English when only English is shown, Chinese otherwise. */
const char *
sb_display_language_primary (SbDisplayLanguage language)
{
  return language == SB_DISPLAY_LANGUAGE_EN ? SB_LANG_EN : SB_LANG_ZH;
}

/* Whether a text written in @lang is shown at all. */
gboolean
sb_display_language_shows (SbDisplayLanguage  language,
                           const char        *lang)
{
  g_return_val_if_fail (lang != NULL, FALSE);

  return language == SB_DISPLAY_LANGUAGE_BOTH || g_str_equal (lang, sb_display_language_primary (language));
}

/* @zh and @en in @language: both shows them joined by @separator, Chinese
 * first, but only once when they are the same or one of them is empty. */
char *
sb_display_language_join (SbDisplayLanguage  language,
                          const char        *zh,
                          const char        *en,
                          const char        *separator)
{
  zh = zh ? zh : "";
  en = en ? en : "";
  switch (language)
    {
    case SB_DISPLAY_LANGUAGE_EN:
      return g_strdup (*en ? en : zh);
    case SB_DISPLAY_LANGUAGE_BOTH:
      if (*zh && *en && !g_str_equal (zh, en))
        return g_strconcat (zh, separator ? separator : " ", en, NULL);
      return g_strdup (*zh ? zh : en);
    case SB_DISPLAY_LANGUAGE_ZH:
    default:
      return g_strdup (*zh ? zh : en);
    }
}

/* A standard's text as a view shows it: in the one language (falling back
 * to whichever the text has, as sb_text_get() does), or in both. */
char *
sb_text_format (const SbText      *text,
                SbDisplayLanguage  language,
                const char        *separator)
{
  const char *zh = sb_text_lookup (text, SB_LANG_ZH);
  const char *en = sb_text_lookup (text, SB_LANG_EN);

  /* A standard in neither language still shows its own. */
  if (language != SB_DISPLAY_LANGUAGE_BOTH || ((zh == NULL || *zh == '\0') && (en == NULL || *en == '\0')))
    return g_strdup (sb_text_get (text, sb_display_language_primary (language)));
  return sb_display_language_join (language, zh, en, separator);
}
