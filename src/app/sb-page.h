/* sb-page.h — what every page of the window is built of: titles, headings, the standard's texts in the shown language
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"
#include "sb-standard.h"

G_BEGIN_DECLS

void       sb_label_set_copyable   (GtkLabel          *label);
void       sb_page_init            (GtkBox            *page);
GtkWidget *sb_page_heading_new     (const char        *text);
void       sb_page_append_heading  (GtkBox            *page,
                                    const char        *heading);
GtkWidget *sb_page_append_title    (GtkBox            *page,
                                    const char        *text,
                                    const char        *lang,
                                    const char        *meta);
void       sb_page_append_text     (GtkBox            *page,
                                    const SbText      *text,
                                    SbDisplayLanguage  language,
                                    const char        *css_class);
void       sb_page_append_block    (GtkBox            *page,
                                    SbDisplayLanguage  language,
                                    const char        *heading,
                                    const SbText      *text);
GtkWidget *sb_page_append_numbered (GtkBox            *page,
                                    SbDisplayLanguage  language,
                                    const char        *number,
                                    const SbText      *title,
                                    const SbText      *text);

char      *sb_page_place_key       (const char        *owner_id,
                                    int                note_kind);
char      *sb_page_node_label      (SbNode            *node,
                                    SbDisplayLanguage  language);
char      *sb_page_item_label      (GObject           *item,
                                    SbDisplayLanguage  language);
/* The id --goto takes for the key themes page. */
#define SB_PAGE_THEMES_ID "key-themes"

const char *sb_page_item_id        (GObject           *item);
char      *sb_page_score_text      (SbAssessment      *assessment,
                                    SbNode            *node);

G_END_DECLS
