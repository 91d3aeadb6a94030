/* sb-compare-page.h — the comparison's table: every scored part, each examiner's rating side by side, the agenda first
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-comparison.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPARE_PAGE (sb_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (SbComparePage, sb_compare_page, SB, COMPARE_PAGE, GtkBox)

GtkWidget    *sb_compare_page_new           (SbComparison      *comparison,
                                             SbDisplayLanguage  language);
SbComparison *sb_compare_page_get_comparison (SbComparePage    *self);
GtkColumnView *sb_compare_page_get_view     (SbComparePage     *self);
SbNode       *sb_compare_page_get_selected  (SbComparePage     *self);
char         *sb_compare_page_dup_cell_text (SbComparePage     *self,
                                             guint              row,
                                             guint              column,
                                             char             **spoken);

/* Words the comparison's other views share. */
const char   *sb_compare_examiner_name      (SbComparison      *comparison,
                                             guint              index);
char         *sb_compare_examiner_title     (SbComparison      *comparison,
                                             guint              index);

G_END_DECLS
