/* sb-radar-chart.h — a radar chart of scores, one axis per node
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sb-chart-data.h"
#include "sb-chart-options.h"

G_BEGIN_DECLS

typedef struct _SbRadarLayout SbRadarLayout;

SbRadarLayout *sb_radar_layout_new            (SbChartData          *data,
                                               const SbChartOptions *options,
                                               cairo_t              *cr,
                                               double                width,
                                               double                height);
void           sb_radar_layout_free           (SbRadarLayout        *layout);

void           sb_radar_layout_get_center     (const SbRadarLayout  *layout,
                                               double               *x,
                                               double               *y);
double         sb_radar_layout_get_radius     (const SbRadarLayout  *layout);
guint          sb_radar_layout_get_n_axes     (const SbRadarLayout  *layout);
double         sb_radar_layout_get_axis_angle (const SbRadarLayout  *layout,
                                               guint                 axis);
void           sb_radar_layout_get_axis_tip   (const SbRadarLayout  *layout,
                                               guint                 axis,
                                               double               *x,
                                               double               *y);
gboolean       sb_radar_layout_get_point      (const SbRadarLayout  *layout,
                                               guint                 series,
                                               guint                 axis,
                                               double               *x,
                                               double               *y);
double         sb_radar_layout_get_font_size  (const SbRadarLayout  *layout);
gboolean       sb_radar_layout_get_numbers_only (const SbRadarLayout *layout);
guint          sb_radar_layout_get_n_labels   (const SbRadarLayout  *layout);
gboolean       sb_radar_layout_get_label      (const SbRadarLayout  *layout,
                                               guint                 index,
                                               SbChartRect          *rect,
                                               const char          **text);

void           sb_radar_layout_draw           (const SbRadarLayout  *layout,
                                               cairo_t              *cr);
void           sb_radar_chart_draw            (cairo_t              *cr,
                                               double                width,
                                               double                height,
                                               const SbChartOptions *options,
                                               SbChartData          *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbRadarLayout, sb_radar_layout_free)

G_END_DECLS
