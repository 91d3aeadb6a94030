/* sb-compare-charts.c — the comparison's charts: one series per examiner and the median, each dimension's range
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-compare-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-chart-view.h"
#include "sb-compare-charts.h"
#include "sb-compare-page.h"
#include "sb-page.h"
#include "sb-widget-language.h"

/* Whether any of the assessments rated something under @node. */
static gboolean
any_rated (SbComparison *comparison,
           SbNode       *node)
{
  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    {
      SbScore score = { 0 };

      sb_assessment_get_score (sb_comparison_get_assessment (comparison, i), sb_node_get_id (node), &score);
      if (score.n_rated > 0)
        return TRUE;
    }
  return FALSE;
}

/* "张伟 Zhang Wei", or with "(again)" on a second file of one examiner,
 * so that the legend tells the two lines apart. */
static char *
series_label (SbComparison *comparison,
              guint         index)
{
  const char *examiner = sb_compare_examiner_name (comparison, index);

  if (sb_comparison_is_duplicate_examiner (comparison, index))
    /* Translators: a chart's series: an examiner with another file in the comparison already */
    return g_strdup_printf (_("%s (again)"), examiner);
  return g_strdup (examiner);
}

/* Each examiner's series, then the median of them all. Two assessments
 * (before and after) are shown as they are: their median is only their
 * mean, a third line that neither examiner gave. */
SbChartData *
sb_compare_chart_data_new (SbComparison *comparison,
                           SbChartLevel  level)
{
  guint n = sb_comparison_get_n_assessments (comparison);
  SbChartData *data = sb_chart_data_new (sb_comparison_get_standard (comparison), level);
  SbChartSeries *median;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = series_label (comparison, i);

      sb_chart_series_set_from_assessment (sb_chart_data_add_series (data, label),
                                           sb_comparison_get_assessment (comparison, i));
    }
  if (n < 3)
    return data;
  /* The bars show the examiners' range, the median's line inside it. */
  sb_chart_data_set_range_series (data, n);
  median = sb_chart_data_add_series (data, _("Median"));
  for (guint k = 0; k < sb_chart_data_get_n_nodes (data); k++)
    {
      SbNode *node = sb_chart_data_get_node (data, k);
      SbPoints lowest = 0, highest = 0, middle = 0;

      sb_comparison_get_range (comparison, sb_node_get_id (node), &lowest, &highest, &middle);
      sb_chart_series_set_value (median, sb_node_get_id (node), middle, any_rated (comparison, node));
    }
  return data;
}

static GtkWidget *
chart_new (SbComparison      *comparison,
           SbChartKind        kind,
           SbChartLevel       level,
           SbDisplayLanguage  language)
{
  GtkWidget *chart = sb_chart_view_new (kind);
  g_autoptr(SbChartData) data = sb_compare_chart_data_new (comparison, level);

  sb_chart_view_set_language (SB_CHART_VIEW (chart), language);
  sb_chart_view_set_data (SB_CHART_VIEW (chart), data);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_widget_set_valign (chart, GTK_ALIGN_START);
  return chart;
}

static void
attach (GtkGrid    *grid,
        int         column,
        int         row,
        const char *text,
        const char *spoken)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  if (row == 0)
    gtk_widget_add_css_class (label, "heading");
  if (spoken != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* Each dimension's range across the examiners: lowest, highest, median.
 * What the bars show, in words a screen reader reads. */
static GtkWidget *
range_table_new (SbComparison      *comparison,
                 SbDisplayLanguage  language)
{
  GListModel *criteria = sb_standard_get_criteria (sb_comparison_get_standard (comparison));
  GtkWidget *grid = gtk_grid_new ();
  const char *headings[] = { _("Dimension"), _("Lowest"), _("Highest"), _("Median") };

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Range of each dimension"), -1);
  for (int c = 0; c < 4; c++)
    attach (GTK_GRID (grid), c, 0, headings[c], NULL);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) dimension = g_list_model_get_item (criteria, i);
      g_autofree char *name = sb_page_node_label (dimension, language);
      SbPoints values[3] = { 0 };

      sb_comparison_get_range (comparison, sb_node_get_id (dimension), &values[0], &values[1], &values[2]);
      attach (GTK_GRID (grid), 0, (int) i + 1, name, NULL);
      sb_label_set_language (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, (int) i + 1)),
                             sb_display_language_to_tag (language));
      for (int c = 0; c < 3; c++)
        {
          g_autofree char *points = sb_points_format (values[c], 2);
          g_autofree char *spoken = g_strdup_printf ("%s, %s: %s", name, headings[c + 1], points);

          attach (GTK_GRID (grid), c + 1, (int) i + 1, points, spoken);
        }
    }
  return grid;
}

/* The radar of the items and the bars of the dimensions, side by side
 * where they fit, and the ranges under them. */
GtkWidget *
sb_compare_charts_new (SbComparison      *comparison,
                       SbDisplayLanguage  language)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *charts = gtk_flow_box_new ();

  g_return_val_if_fail (SB_IS_COMPARISON (comparison), NULL);

  gtk_widget_add_css_class (box, "page");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (charts), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (charts), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (charts), 24);
  gtk_flow_box_append (GTK_FLOW_BOX (charts),
                       chart_new (comparison, SB_CHART_KIND_RADAR, SB_CHART_LEVEL_ITEMS, language));
  gtk_flow_box_append (GTK_FLOW_BOX (charts),
                       chart_new (comparison, SB_CHART_KIND_BARS, SB_CHART_LEVEL_DIMENSIONS, language));
  for (int i = 0; i < 2; i++)
    gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (charts), i)), FALSE);
  gtk_box_append (GTK_BOX (box), charts);
  sb_page_append_heading (GTK_BOX (box), _("Range of each dimension"));
  gtk_box_append (GTK_BOX (box), range_table_new (comparison, language));
  return box;
}
