/* sb-chart-export.c — writing a chart to a PNG, SVG or PDF file
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart-export"

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "sb-bar-chart.h"
#include "sb-chart-export.h"
#include "sb-radar-chart.h"
#include "sb-render-file.h"

G_DEFINE_QUARK (sb-chart-export-error-quark, sb_chart_export_error)

/* The format a file name asks for, by its extension, in any case. */
SbChartFormat
sb_chart_format_for_path (const char *path)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  if (dot == NULL)
    return SB_CHART_FORMAT_NONE;
  if (g_ascii_strcasecmp (dot, ".png") == 0)
    return SB_CHART_FORMAT_PNG;
  if (g_ascii_strcasecmp (dot, ".svg") == 0)
    return SB_CHART_FORMAT_SVG;
  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    return SB_CHART_FORMAT_PDF;
  return SB_CHART_FORMAT_NONE;
}

/* Draws the radar (or the bars) of @data at @width × @height (pixels for
 * PNG, points for SVG and PDF) into @path, in the format its extension
 * names. The same draw function as the screen's, so the file is the
 * picture the examiner saw. The file appears whole or not at all, 0600
 * as the assessment it shows. */
gboolean
sb_chart_write (SbChartData          *data,
                gboolean              radar,
                const SbChartOptions *options,
                const char           *path,
                guint                 width,
                guint                 height,
                GError              **error)
{
  SbChartFormat format = sb_chart_format_for_path (path);
  cairo_surface_t *surface;
  cairo_status_t status;
  SbRenderFile *out;
  cairo_t *cr;

  g_return_val_if_fail (SB_IS_CHART_DATA (data), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (format == SB_CHART_FORMAT_NONE)
    {
      g_set_error (error, SB_CHART_EXPORT_ERROR, SB_CHART_EXPORT_ERROR_FORMAT,
                   _("%s: cannot tell the format: name it .png, .svg or .pdf"), path);
      return FALSE;
    }
  out = sb_render_file_open (path, NULL, error);
  if (out == NULL)
    return FALSE;

  switch (format)
    {
    case SB_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (sb_render_file_write, out, width, height);
      break;
    case SB_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (sb_render_file_write, out, width, height);
      break;
    case SB_CHART_FORMAT_PNG:
    case SB_CHART_FORMAT_NONE:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    }

  cr = cairo_create (surface);
  if (radar)
    sb_radar_chart_draw (cr, width, height, options, data);
  else
    sb_bar_chart_draw (cr, width, height, options, data);
  cairo_destroy (cr);

  if (format == SB_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, sb_render_file_write, out);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  /* GIO's messages and ours name the file already. */
  return sb_render_file_close (out, status, error);
}
