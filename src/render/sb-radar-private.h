/* sb-radar-private.h — the radar chart's layout, shared by its layout and its painting
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-chart-private.h"
#include "sb-radar-chart.h"

G_BEGIN_DECLS

#define SB_RADAR_N_RINGS 5   /* 20, 40, 60, 80, 100 %: the scoring bands' edges */

typedef struct
{
  double       angle;
  guint        group;
  SbChartLabel label;
} SbRadarAxis;

struct _SbRadarLayout
{
  SbChartBase     base;

  double          cx, cy, radius;
  double          marker_size;
  double          unrated_radius;   /* where hollow marks sit, outside 100 % */

  guint           n_axes;
  SbRadarAxis    *axes;
  SbChartLabel    rings[SB_RADAR_N_RINGS];
};

G_END_DECLS
