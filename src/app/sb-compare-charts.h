/* sb-compare-charts.h — the comparison's charts: one series per examiner and the median, each dimension's range
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-chart-data.h"
#include "sb-comparison.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

GtkWidget   *sb_compare_charts_new       (SbComparison      *comparison,
                                          SbDisplayLanguage  language);
SbChartData *sb_compare_chart_data_new   (SbComparison      *comparison,
                                          SbChartLevel       level);

G_END_DECLS
