/* sb-chart-export.h — writing a chart to a PNG, SVG or PDF file
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-chart-data.h"
#include "sb-chart-options.h"

G_BEGIN_DECLS

#define SB_CHART_EXPORT_ERROR (sb_chart_export_error_quark ())

typedef enum
{
  SB_CHART_EXPORT_ERROR_FORMAT,
  SB_CHART_EXPORT_ERROR_WRITE,
} SbChartExportError;

typedef enum
{
  SB_CHART_FORMAT_NONE,
  SB_CHART_FORMAT_PNG,
  SB_CHART_FORMAT_SVG,
  SB_CHART_FORMAT_PDF,
} SbChartFormat;

GQuark        sb_chart_export_error_quark (void);
SbChartFormat sb_chart_format_for_path    (const char           *path);
gboolean      sb_chart_write              (SbChartData          *data,
                                           gboolean              radar,
                                           const SbChartOptions *options,
                                           const char           *path,
                                           guint                 width,
                                           guint                 height,
                                           GError              **error);

G_END_DECLS
