/* fuzz-render.c — any assessment that loads goes through roll-up, charts and the summary report,
 * drawn into surfaces that are thrown away
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>

#include "sb-assessment-file.h"
#include "sb-bar-chart.h"
#include "sb-fuzz.h"
#include "sb-radar-chart.h"
#include "sb-report.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  SbStandard *standard = sb_fuzz_standard ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "fuzz.scorebook", NULL, NULL);
  const SbDisplayLanguage languages[] = { SB_DISPLAY_LANGUAGE_ZH, SB_DISPLAY_LANGUAGE_EN, SB_DISPLAY_LANGUAGE_BOTH };
  SbScore total;

  if (assessment == NULL)
    return 0;
  sb_assessment_get_score (assessment, NULL, &total);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      /* A recording surface measures and draws as a PDF page would, and keeps nothing. */
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      SbChartOptions options;
      SbReportOptions report_options;
      g_autoptr(SbReport) report = NULL;

      for (SbChartLevel level = SB_CHART_LEVEL_DIMENSIONS; level <= SB_CHART_LEVEL_SUBITEMS; level++)
        {
          g_autoptr(SbChartData) chart = sb_chart_data_new_for_assessments (level, &assessment, 1);

          sb_chart_options_init (&options);
          options.language = languages[i];
          sb_radar_chart_draw (cr, 640, 480, &options, chart);
          sb_bar_chart_draw (cr, 640, 480, &options, chart);
        }

      sb_report_options_init (&report_options);
      report_options.language = languages[i];
      report_options.include_notes = TRUE;
      report = sb_report_new (assessment, &report_options, cr);
      for (guint page = 0; page < sb_report_get_n_pages (report); page++)
        sb_report_draw_page (report, cr, page);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  return 0;
}
