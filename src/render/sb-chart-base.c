/* sb-chart-base.c — what the radar and bar layouts share, and drawing a chart of either kind
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart"

#include "config.h"

#include <string.h>

#include "sb-bar-chart.h"
#include "sb-chart-private.h"
#include "sb-chart.h"
#include "sb-radar-chart.h"

/* Lays out and draws a chart of @kind in one go, @width × @height from
 * @cr's origin. */
void
sb_chart_draw (cairo_t              *cr,
               SbChartKind           kind,
               double                width,
               double                height,
               const SbChartOptions *options,
               SbChartData          *data)
{
  g_return_if_fail (cr != NULL);

  if (kind == SB_CHART_KIND_RADAR)
    sb_radar_chart_draw (cr, width, height, options, data);
  else
    sb_bar_chart_draw (cr, width, height, options, data);
}

/* The start of every layout: its own copy of @data's reference, of
 * @options and the font they name, a Pango context for @cr, the size
 * (at least 1 × 1), the margin, the base and smallest font sizes, and an
 * empty legend. */
void
sb_chart_base_init (SbChartBase          *base,
                    SbChartData          *data,
                    const SbChartOptions *options,
                    cairo_t              *cr,
                    double                width,
                    double                height)
{
  memset (base, 0, sizeof *base);
  base->data = g_object_ref (data);
  base->options = *options;
  base->font = g_strdup (options->font);
  base->options.font = base->font;
  base->context = sb_chart_context_new (cr);
  base->width = MAX (width, 1);
  base->height = MAX (height, 1);
  base->margin = MAX (2.0, MIN (base->width, base->height) * 0.015);
  base->labels = g_ptr_array_new ();
  sb_chart_legend_init (&base->legend);
  base->font_size = sb_chart_font_size (options, base->width, base->height);
  base->min_font_size = sb_chart_min_font_size (options, base->font_size);
}

/* Frees what sb_chart_base_init() made; the labels themselves belong to
 * the layout, which clears them first. */
void
sb_chart_base_clear (SbChartBase *base)
{
  sb_chart_legend_clear (&base->legend);
  g_ptr_array_unref (base->labels);
  g_object_unref (base->context);
  g_free (base->font);
  g_object_unref (base->data);
}

/* Fits the legend along the bottom margin, across the chart, no taller
 * than @max_height, from @font_size down to the smallest size. */
gboolean
sb_chart_base_fit_legend (SbChartBase *base,
                          double       font_size,
                          double       max_height)
{
  return sb_chart_legend_fit (&base->legend, base->context, &base->options, font_size, base->min_font_size,
                              base->margin, base->height - base->margin, base->width - 2 * base->margin,
                              max_height);
}

/* The palette's background over the whole chart, unless it is clear
 * (on screen, where the widget's own shows through). */
void
sb_chart_base_draw_background (const SbChartBase *base,
                               cairo_t           *cr)
{
  const SbChartColor *background = &base->options.palette.background;

  if (background->alpha <= 0)
    return;
  sb_chart_set_color (cr, background);
  cairo_rectangle (cr, 0, 0, base->width, base->height);
  cairo_fill (cr);
}

/* FALSE when the label was dropped for lack of room (rect and text are
 * left alone then). */
gboolean
sb_chart_base_get_label (const SbChartBase  *base,
                         guint               index,
                         SbChartRect        *rect,
                         const char        **text)
{
  g_return_val_if_fail (index < base->labels->len, FALSE);

  return sb_chart_label_get (g_ptr_array_index (base->labels, index), rect, text);
}
