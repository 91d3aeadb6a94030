/* test-bar-range.c — the bar chart's range whiskers: each node's lowest to highest across the series the data names
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sb-bar-chart.h"
#include "sb-test-data.h"

static SbStandard *standard;

/* Three examiners at 20, 50 and 80 % of each dimension, and a median at
 * 50 % that lies inside their range and must not widen it. */
static SbChartData *
three_examiners_and_median (void)
{
  SbChartData *data = sb_chart_data_new (standard, SB_CHART_LEVEL_DIMENSIONS);
  const guint percents[] = { 20, 50, 80, 50 };
  const char *labels[] = { "A", "B", "C", "Median" };

  for (guint s = 0; s < G_N_ELEMENTS (percents); s++)
    {
      SbChartSeries *series = sb_chart_data_add_series (data, labels[s]);

      for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
        g_assert_true (sb_chart_series_set_value (series, sb_node_get_id (sb_chart_data_get_node (data, i)),
                                                  sb_points_of_percent (sb_chart_data_get_maximum (data, i),
                                                                        percents[s]), TRUE));
    }
  return data;
}

static cairo_t *
image_cr (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

/* The pixel at (@x, @y) of what @cr draws on, as 0xAARRGGBB. */
static guint32
pixel (cairo_t *cr,
       double   x,
       double   y)
{
  cairo_surface_t *surface = cairo_get_target (cr);

  cairo_surface_flush (surface);
  return *(guint32 *) (cairo_image_surface_get_data (surface) + (int) y * cairo_image_surface_get_stride (surface)
                       + (int) x * 4);
}

/* The data asks for the range of its first three series: each dimension
 * has a whisker from 20 % to 80 % of its bars' track, as tall as its
 * stack of bars, and drawn: its cap changes the pixels over the first
 * bar's empty track that a chart without ranges leaves as they are. */
static void
test_whiskers (void)
{
  g_autoptr(SbChartData) data = three_examiners_and_median ();
  g_autoptr(SbChartData) plain_data = three_examiners_and_median ();
  g_autoptr(SbBarLayout) layout = NULL;
  g_autoptr(SbBarLayout) plain = NULL;
  SbChartOptions options;
  cairo_t *cr = image_cr (1200, 900);
  cairo_t *plain_cr = image_cr (1200, 900);

  sb_chart_data_set_range_series (data, 3);
  sb_chart_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  layout = sb_bar_layout_new (data, &options, cr, 1200, 900);
  plain = sb_bar_layout_new (plain_data, &options, plain_cr, 1200, 900);
  sb_bar_layout_draw (layout, cr);
  sb_bar_layout_draw (plain, plain_cr);
  for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
    {
      SbChartRect range, first, last;
      double cap;

      g_assert_true (sb_bar_layout_get_range (layout, i, &range));
      sb_bar_layout_get_bar (layout, 0, i, &first, NULL);
      sb_bar_layout_get_bar (layout, 3, i, &last, NULL);
      g_assert_cmpfloat_with_epsilon (range.x, first.x + first.width * 0.2, 0.5);
      g_assert_cmpfloat_with_epsilon (range.x + range.width, first.x + first.width * 0.8, 0.5);
      g_assert_cmpfloat (range.y, <=, first.y);
      g_assert_cmpfloat (range.y + range.height, >=, last.y + last.height);
      cap = range.x + range.width;
      g_assert_cmphex (pixel (cr, cap, first.y + first.height / 2), !=,
                       pixel (plain_cr, cap, first.y + first.height / 2));
    }
  cairo_destroy (cr);
  cairo_destroy (plain_cr);
}

/* Without the data asking, and where fewer than two of the named series
 * rated a node, there is no range to draw. */
static void
test_no_range (void)
{
  g_autoptr(SbChartData) data = three_examiners_and_median ();
  g_autoptr(SbChartData) alone = sb_chart_data_new (standard, SB_CHART_LEVEL_DIMENSIONS);
  SbChartSeries *series = sb_chart_data_add_series (alone, "A");
  cairo_t *cr = image_cr (800, 600);
  g_autoptr(SbBarLayout) plain = NULL;
  g_autoptr(SbBarLayout) single = NULL;
  SbChartOptions options;

  sb_chart_options_init (&options);
  sb_chart_series_set_value (series, sb_node_get_id (sb_chart_data_get_node (alone, 0)), 0, TRUE);
  sb_chart_data_set_range_series (alone, 3);
  plain = sb_bar_layout_new (data, &options, cr, 800, 600);
  single = sb_bar_layout_new (alone, &options, cr, 800, 600);
  for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
    {
      g_assert_false (sb_bar_layout_get_range (plain, i, NULL));
      g_assert_false (sb_bar_layout_get_range (single, i, NULL));
    }
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbStandard) bundled = NULL;

  g_test_init (&argc, &argv, NULL);
  standard = bundled = sb_test_bundled_standard ();
  g_test_add_func ("/bar-range/whiskers", test_whiskers);
  g_test_add_func ("/bar-range/no-range", test_no_range);
  return g_test_run ();
}
