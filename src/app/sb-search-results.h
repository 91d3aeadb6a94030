/* sb-search-results.h — the places a search of the standard and the examiner's notes found, a list that goes there
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

#define SB_TYPE_SEARCH_RESULTS (sb_search_results_get_type ())
G_DECLARE_FINAL_TYPE (SbSearchResults, sb_search_results, SB, SEARCH_RESULTS, GtkBox)

GtkWidget *sb_search_results_new            (void);
void       sb_search_results_search         (SbSearchResults   *self,
                                             SbAssessment      *assessment,
                                             const char        *query,
                                             SbDisplayLanguage  language);
gboolean   sb_search_results_activate_first (SbSearchResults   *self);
gboolean   sb_search_results_focus_first    (SbSearchResults   *self);

G_END_DECLS
