/* sb-themes-page.h — the key themes of the application as a whole, each linked to the part comments it draws on
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_THEMES_PAGE (sb_themes_page_get_type ())
G_DECLARE_FINAL_TYPE (SbThemesPage, sb_themes_page, SB, THEMES_PAGE, GtkBox)

GtkWidget  *sb_themes_page_new         (SbAssessment *assessment);
GtkWidget  *sb_themes_page_get_entry   (SbThemesPage *self,
                                        SbThemeKind   kind,
                                        guint         index);
const char *sb_themes_page_get_warning (SbThemesPage *self,
                                        SbThemeKind   kind,
                                        guint         index);
void        sb_themes_page_add         (SbThemesPage *self,
                                        SbThemeKind   kind);
void        sb_themes_page_toggle_link (SbThemesPage *self,
                                        SbThemeKind   kind,
                                        guint         index,
                                        const char   *note_id);
GtkWidget  *sb_themes_page_links_popover (SbThemesPage *self,
                                          SbThemeKind   kind,
                                          guint         index);

G_END_DECLS
