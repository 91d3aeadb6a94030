/* sb-bar-chart.h — bars of score against maximum, grouped by dimension
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sb-chart-data.h"
#include "sb-chart-options.h"

G_BEGIN_DECLS

typedef struct _SbBarLayout SbBarLayout;

SbBarLayout *sb_bar_layout_new            (SbChartData          *data,
                                           const SbChartOptions *options,
                                           cairo_t              *cr,
                                           double                width,
                                           double                height);
void         sb_bar_layout_free           (SbBarLayout          *layout);

gboolean     sb_bar_layout_get_bar        (const SbBarLayout    *layout,
                                           guint                 series,
                                           guint                 node,
                                           SbChartRect          *track,
                                           SbChartRect          *fill);
gboolean     sb_bar_layout_get_range      (const SbBarLayout    *layout,
                                           guint                 node,
                                           SbChartRect          *range);
double       sb_bar_layout_get_threshold_x (const SbBarLayout   *layout,
                                           guint                 percent);
double       sb_bar_layout_get_font_size  (const SbBarLayout    *layout);
gboolean     sb_bar_layout_get_numbers_only (const SbBarLayout  *layout);
guint        sb_bar_layout_get_n_labels   (const SbBarLayout    *layout);
gboolean     sb_bar_layout_get_label      (const SbBarLayout    *layout,
                                           guint                 index,
                                           SbChartRect          *rect,
                                           const char          **text);

void         sb_bar_layout_draw           (const SbBarLayout    *layout,
                                           cairo_t              *cr);
void         sb_bar_chart_draw            (cairo_t              *cr,
                                           double                width,
                                           double                height,
                                           const SbChartOptions *options,
                                           SbChartData          *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbBarLayout, sb_bar_layout_free)

G_END_DECLS
