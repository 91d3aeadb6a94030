/* sb-chart-view.h — a radar or bar chart on screen, drawn by src/render
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-chart.h"

G_BEGIN_DECLS

#define SB_TYPE_CHART_VIEW (sb_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (SbChartView, sb_chart_view, SB, CHART_VIEW, GtkWidget)

GtkWidget   *sb_chart_view_new          (SbChartKind      kind);
SbChartKind  sb_chart_view_get_kind     (SbChartView     *self);
void         sb_chart_view_set_data     (SbChartView     *self,
                                         SbChartData     *data);
SbChartData *sb_chart_view_get_data     (SbChartView     *self);
void         sb_chart_view_set_language (SbChartView     *self,
                                         SbDisplayLanguage language);
SbNode      *sb_chart_view_node_at      (SbChartView     *self,
                                         double           x,
                                         double           y);

G_END_DECLS
