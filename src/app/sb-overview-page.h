/* sb-overview-page.h — the applicant at a glance: total, charts of the dimensions and items, the score table
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

#define SB_TYPE_OVERVIEW_PAGE (sb_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (SbOverviewPage, sb_overview_page, SB, OVERVIEW_PAGE, GtkBox)

GtkWidget *sb_overview_page_new (SbAssessment      *assessment,
                                 SbDisplayLanguage  language);

G_END_DECLS
