/* sb-chart-data.h — the values a chart shows: series of points over a standard's nodes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

/* Which nodes a chart has one axis or bar for: the nodes at this depth of
 * the criteria tree (dimensions, items, sub-items in the bundled standard). */
typedef enum
{
  SB_CHART_LEVEL_DIMENSIONS = 0,
  SB_CHART_LEVEL_ITEMS      = 1,
  SB_CHART_LEVEL_SUBITEMS   = 2,
} SbChartLevel;

typedef struct _SbChartSeries SbChartSeries;

#define SB_TYPE_CHART_DATA (sb_chart_data_get_type ())
G_DECLARE_FINAL_TYPE (SbChartData, sb_chart_data, SB, CHART_DATA, GObject)

SbChartData   *sb_chart_data_new              (SbStandard    *standard,
                                               SbChartLevel   level);
SbStandard    *sb_chart_data_get_standard     (SbChartData   *self);
SbChartLevel   sb_chart_data_get_level        (SbChartData   *self);

guint          sb_chart_data_get_n_nodes      (SbChartData   *self);
SbNode        *sb_chart_data_get_node         (SbChartData   *self,
                                               guint          index);
int            sb_chart_data_find_node        (SbChartData   *self,
                                               const char    *node_id);
SbPoints       sb_chart_data_get_maximum      (SbChartData   *self,
                                               guint          index);

guint          sb_chart_data_get_n_groups     (SbChartData   *self);
SbNode        *sb_chart_data_get_group        (SbChartData   *self,
                                               guint          group);
guint          sb_chart_data_get_node_group   (SbChartData   *self,
                                               guint          index);

SbChartSeries *sb_chart_data_add_series       (SbChartData   *self,
                                               const char    *label);
guint          sb_chart_data_get_n_series     (SbChartData   *self);
SbChartSeries *sb_chart_data_get_series       (SbChartData   *self,
                                               guint          index);
gboolean       sb_chart_data_has_unrated      (SbChartData   *self);
void           sb_chart_data_set_range_series (SbChartData   *self,
                                               guint          n_series);
gboolean       sb_chart_data_get_range        (SbChartData   *self,
                                               guint          index,
                                               double        *lowest,
                                               double        *highest);

const char    *sb_chart_series_get_label      (SbChartSeries *series);
gboolean       sb_chart_series_set_value      (SbChartSeries *series,
                                               const char    *node_id,
                                               SbPoints       points,
                                               gboolean       rated);
gboolean       sb_chart_series_get_value      (SbChartSeries *series,
                                               guint          index,
                                               SbPoints      *points);
gboolean       sb_chart_series_get_fraction   (SbChartSeries *series,
                                               guint          index,
                                               double        *fraction);

void           sb_chart_series_set_from_assessment (SbChartSeries *series,
                                                    SbAssessment  *assessment);
SbChartData   *sb_chart_data_new_for_assessments  (SbChartLevel   level,
                                                    SbAssessment **assessments,
                                                    guint          n_assessments);
char          *sb_chart_data_describe         (SbChartData   *self,
                                               const char    *lang);

G_END_DECLS
