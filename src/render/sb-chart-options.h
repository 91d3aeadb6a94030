/* sb-chart-options.h — how a chart is drawn: language, palette, fonts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sb-display-language.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} SbChartColor;

#define SB_CHART_N_TINTS  4
#define SB_CHART_N_SERIES 6

/* Every colour a chart uses. The screen fills one from the theme; paper
 * uses sb_chart_palette_init_print(), whose series differ in lightness,
 * dash and marker as well as hue, so they read in grayscale.
 * A background with alpha 0 is not painted (the widget's shows through). */
typedef struct
{
  SbChartColor background;
  SbChartColor foreground;
  SbChartColor muted;          /* secondary text: ring and axis figures */
  SbChartColor grid;
  SbChartColor track;          /* the empty part of a bar */
  SbChartColor tints[SB_CHART_N_TINTS];    /* one per dimension, cycled */
  SbChartColor series[SB_CHART_N_SERIES];  /* one per series, cycled */
  double       fill_alpha;     /* radar polygons */
} SbChartPalette;

/* A rectangle in the chart's user units (pixels on screen, points on paper). */
typedef struct
{
  double x, y, width, height;
} SbChartRect;

typedef struct
{
  SbDisplayLanguage language;
  SbChartPalette  palette;
  const char     *font;        /* a Pango font description; its family is used. NULL: "Sans" */
  double          font_size;   /* base label size in user units; 0 scales it to the canvas */
  double          min_font_size; /* labels shrink no further; 0 for the default */
  gboolean        show_legend; /* a legend when there is more than one series */
  gboolean        show_values; /* "84.5 / 120 · 70 %" beside bars */
} SbChartOptions;

void     sb_chart_palette_init_light   (SbChartPalette  *palette);
void     sb_chart_palette_init_dark    (SbChartPalette  *palette);
void     sb_chart_palette_init_print   (SbChartPalette  *palette);

void     sb_chart_options_init         (SbChartOptions  *options);

G_END_DECLS
