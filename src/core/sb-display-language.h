/* sb-display-language.h — which languages a standard's texts are shown in: one, or both side by side
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-text.h"

G_BEGIN_DECLS

/* "both": Chinese and English side by side, as the views show them */
#define SB_LANG_BOTH "both"

/* The one representation of the language a view, a chart, the summary or
 * the command line shows texts in. The interface's own words follow the
 * interface language instead (sb-i18n.h). */
typedef enum
{
  SB_DISPLAY_LANGUAGE_ZH,
  SB_DISPLAY_LANGUAGE_EN,
  SB_DISPLAY_LANGUAGE_BOTH,
} SbDisplayLanguage;

gboolean     sb_display_language_parse    (const char        *text,
                                           SbDisplayLanguage *language);
const char  *sb_display_language_to_tag   (SbDisplayLanguage  language);
const char  *sb_display_language_primary  (SbDisplayLanguage  language);
gboolean     sb_display_language_shows    (SbDisplayLanguage  language,
                                           const char        *lang);
char        *sb_display_language_join     (SbDisplayLanguage  language,
                                           const char        *zh,
                                           const char        *en,
                                           const char        *separator);
char        *sb_text_format               (const SbText      *text,
                                           SbDisplayLanguage  language,
                                           const char        *separator);

G_END_DECLS
