/* sb-bar-private.h — the bar chart's layout, shared by its layout and its painting
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-bar-chart.h"
#include "sb-chart-private.h"

G_BEGIN_DECLS

#define SB_BAR_N_TICKS 6   /* 0, 20, 40, 60, 80, 100 %: the scoring bands' edges */

/* A row is a dimension's heading or one node's bars. */
typedef struct
{
  gboolean     header;
  guint        index;      /* group for a header, node otherwise */
  double       y, height;
  SbChartLabel label;
} SbBarRow;

struct _SbBarLayout
{
  SbChartBase     base;

  guint           n_nodes, n_series;
  guint           n_rows;
  SbBarRow       *rows;
  SbChartLabel   *values;  /* [series * n_nodes + node] */
  SbChartRect    *tracks;
  SbChartRect    *fills;
  gboolean       *rated;
  SbChartRect    *ranges;  /* [node]: lowest to highest across the row's bars, when ranged */
  gboolean       *ranged;

  double          plot_x, plot_width, plot_top, plot_bottom;
  SbChartLabel    ticks[SB_BAR_N_TICKS];
};

G_END_DECLS
