/* sb-band-texts.h — the labels of the band picker and its parts: a band's name, its texts in the shown languages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-display-language.h"
#include "sb-standard.h"

G_BEGIN_DECLS

char      *sb_band_texts_dup_name  (SbBand            *band,
                                    SbDisplayLanguage  language);
GtkWidget *sb_band_texts_wrapping_label_new (const char *css_class);
GtkWidget *sb_band_texts_label_new (const char        *text,
                                    const char        *lang,
                                    const char        *css_class,
                                    gboolean           second_language,
                                    PangoWrapMode      wrap_mode);
void       sb_band_texts_append    (GtkBox            *box,
                                    const SbText      *text,
                                    SbDisplayLanguage  language,
                                    const char        *css_class,
                                    PangoWrapMode      wrap_mode);

G_END_DECLS
