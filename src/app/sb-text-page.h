/* sb-text-page.h — a page of the standard's own texts: a section (with the applicant's profile), a scoring guide, the front matter
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"
#include "sb-nav-entry.h"

G_BEGIN_DECLS

#define SB_TYPE_TEXT_PAGE (sb_text_page_get_type ())
G_DECLARE_FINAL_TYPE (SbTextPage, sb_text_page, SB, TEXT_PAGE, GtkBox)

GtkWidget *sb_text_page_new_for_section (SbSection         *section,
                                         SbAssessment      *assessment,
                                         SbDisplayLanguage  language);
GtkWidget *sb_text_page_new_for_guide   (SbGuide           *guide,
                                         SbDisplayLanguage  language);
GtkWidget *sb_text_page_new_for_entry   (SbNavEntry        *entry,
                                         SbStandard        *standard,
                                         SbDisplayLanguage  language);
GtkWidget *sb_text_page_lookup_place    (SbTextPage        *self,
                                         const char        *key);

G_END_DECLS
