/* sb-compare-window.h — several assessments of one applicant side by side, read only, and the consensus started from them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-application.h"
#include "sb-compare-page.h"
#include "sb-comparison.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPARE_WINDOW (sb_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (SbCompareWindow, sb_compare_window, SB, COMPARE_WINDOW, GtkApplicationWindow)

GtkWidget     *sb_compare_window_new       (SbApplication     *application,
                                            SbComparison      *comparison,
                                            SbDisplayLanguage  language);
SbComparePage *sb_compare_window_get_page  (SbCompareWindow   *self);
GtkWindow     *sb_compare_window_start_consensus (SbCompareWindow *self);

/* Opening a comparison: from files chosen or dropped (sb-compare-open.c). */
GtkWindow     *sb_compare_open_files       (GtkWindow         *parent,
                                            GFile            **files,
                                            guint              n_files);
GtkWindow     *sb_compare_open_at_start    (SbApplication     *application,
                                            GFile            **files,
                                            guint              n_files);
void           sb_compare_add_drop_target  (GtkWindow         *window);

G_END_DECLS
