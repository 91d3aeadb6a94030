/* sb-chart.h — the kinds of chart Scorebook draws, and drawing one of them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sb-chart-data.h"
#include "sb-chart-options.h"

G_BEGIN_DECLS

typedef enum
{
  SB_CHART_KIND_RADAR,
  SB_CHART_KIND_BARS,
} SbChartKind;

void sb_chart_draw (cairo_t              *cr,
                    SbChartKind           kind,
                    double                width,
                    double                height,
                    const SbChartOptions *options,
                    SbChartData          *data);

G_END_DECLS
