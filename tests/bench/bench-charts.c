/* bench-charts.c — how long the radar and bar charts take to draw at 1920×1080
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints figures and never fails on time: machines differ. Each chart's
 * mean is also given as a ratio to a baseline measured in the same run
 * (filling the surface with a flat colour), which travels between
 * machines better than milliseconds do.
 */
#include "config.h"

#include "sb-bar-chart.h"
#include "sb-radar-chart.h"

#define WIDTH  1920
#define HEIGHT 1080
#define BUDGET_MS 50.0     /* a frame-ish budget for one chart at this size */

typedef void (*DrawFunc) (cairo_t *, double, double, const SbChartOptions *, SbChartData *);

static void
flat_fill (cairo_t              *cr,
           double                width,
           double                height,
           const SbChartOptions *options,
           SbChartData          *data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

/* Mean milliseconds per call over at least @min_runs and 0.5 s (one run
 * in the suite's quick mode, SB_BENCH_QUICK=1). */
static double
measure (DrawFunc              draw,
         cairo_t              *cr,
         const SbChartOptions *options,
         SbChartData          *data,
         guint                 min_runs)
{
  gboolean quick = g_strcmp0 (g_getenv ("SB_BENCH_QUICK"), "1") == 0;
  gint64 start, elapsed;
  guint runs = 0;

  if (quick)
    min_runs = 1;

  draw (cr, WIDTH, HEIGHT, options, data);   /* warm the font caches */
  start = g_get_monotonic_time ();
  do
    {
      draw (cr, WIDTH, HEIGHT, options, data);
      cairo_surface_flush (cairo_get_target (cr));
      runs++;
      elapsed = g_get_monotonic_time () - start;
    }
  while (runs < min_runs || (!quick && elapsed < G_USEC_PER_SEC / 2));

  return elapsed / 1000.0 / runs;
}

int
main (int   argc,
      char *argv[])
{
  const char *level_names[] = { "dimensions", "items", "subitems" };
  const char *language_names[] = { "zh", "en", "both" };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_bundled (&error);
  cairo_surface_t *surface;
  cairo_t *cr;
  SbChartOptions options;
  double baseline;

  if (standard == NULL)
    g_error ("%s", error->message);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  sb_chart_options_init (&options);

  baseline = measure (flat_fill, cr, &options, NULL, 50);
  g_print ("baseline: flat fill of %dx%d: %.3f ms\n", WIDTH, HEIGHT, baseline);
  g_print ("%-6s %-10s %-5s %8s %8s %10s\n", "chart", "level", "lang", "ms", "x fill", "of budget");

  for (guint level = SB_CHART_LEVEL_DIMENSIONS; level <= SB_CHART_LEVEL_SUBITEMS; level++)
    for (guint language = SB_DISPLAY_LANGUAGE_ZH; language <= SB_DISPLAY_LANGUAGE_BOTH; language++)
      {
        g_autoptr(SbChartData) data = sb_chart_data_new (standard, level);
        const char *labels[] = { "Examiner", "Self-assessment" };

        for (guint s = 0; s < G_N_ELEMENTS (labels); s++)
          {
            SbChartSeries *series = sb_chart_data_add_series (data, labels[s]);

            for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
              sb_chart_series_set_value (series, sb_node_get_id (sb_chart_data_get_node (data, i)),
                                         sb_points_of_percent (sb_chart_data_get_maximum (data, i), 40 + (i * 7 + s * 13) % 55),
                                         (i + s) % 7 != 3);
          }
        options.language = language;

        for (int radar = 1; radar >= 0; radar--)
          {
            double ms = measure (radar ? sb_radar_chart_draw : sb_bar_chart_draw, cr, &options, data, 5);

            g_print ("%-6s %-10s %-5s %8.2f %8.1f %9.0f %%\n", radar ? "radar" : "bar",
                     level_names[level], language_names[language], ms, ms / baseline,
                     100 * ms / BUDGET_MS);
          }
      }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
