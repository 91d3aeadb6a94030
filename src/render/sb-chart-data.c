/* sb-chart-data.c — the values a chart shows: series of points over a standard's nodes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-chart-data.h"

typedef struct
{
  SbPoints points;
  gboolean rated;
} SbChartValue;

struct _SbChartSeries
{
  SbChartData  *data;      /* unowned: the data owns its series */
  char         *label;
  SbChartValue *values;    /* one per node, unrated until set */
};

struct _SbChartData
{
  GObject       parent_instance;

  SbStandard   *standard;
  SbChartLevel  level;
  GPtrArray    *nodes;     /* SbNode, unowned: the standard outlives us */
  GPtrArray    *groups;    /* SbNode at depth 0 */
  guint        *node_group;
  GHashTable   *index_by_id;
  GPtrArray    *series;    /* SbChartSeries */
  guint         n_ranged;  /* the first series whose range the bars show */
};

G_DEFINE_FINAL_TYPE (SbChartData, sb_chart_data, G_TYPE_OBJECT)

static void
sb_chart_series_free (SbChartSeries *series)
{
  g_free (series->label);
  g_free (series->values);
  g_free (series);
}

static void
sb_chart_data_finalize (GObject *object)
{
  SbChartData *self = (SbChartData *) object;

  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->index_by_id, g_hash_table_unref);
  g_clear_pointer (&self->node_group, g_free);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_object (&self->standard);

  G_OBJECT_CLASS (sb_chart_data_parent_class)->finalize (object);
}

static void
sb_chart_data_class_init (SbChartDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_chart_data_finalize;
}

static void
sb_chart_data_init (SbChartData *self)
{
  self->nodes = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();
  self->index_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_chart_series_free);
}

static SbNode *
root_of (SbNode *node)
{
  while (sb_node_get_parent (node) != NULL)
    node = sb_node_get_parent (node);
  return node;
}

/* Collects the nodes at @depth in document order, each with the index of
 * its dimension (its depth-0 ancestor), which tints and groups it. */
SbChartData *
sb_chart_data_new (SbStandard   *standard,
                   SbChartLevel  level)
{
  SbChartData *self;
  GPtrArray *all;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);

  self = g_object_new (SB_TYPE_CHART_DATA, NULL);
  self->standard = g_object_ref (standard);
  self->level = level;

  all = sb_standard_get_nodes (standard);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      SbNode *node = g_ptr_array_index (all, i);

      if (sb_node_get_depth (node) == 0)
        g_ptr_array_add (self->groups, node);
      if (sb_node_get_depth (node) == (guint) level)
        {
          g_hash_table_insert (self->index_by_id, (gpointer) sb_node_get_id (node),
                               GUINT_TO_POINTER (self->nodes->len + 1));
          g_ptr_array_add (self->nodes, node);
        }
    }

  self->node_group = g_new0 (guint, MAX (self->nodes->len, 1));
  for (guint i = 0; i < self->nodes->len; i++)
    {
      SbNode *root = root_of (g_ptr_array_index (self->nodes, i));
      guint group;

      if (!g_ptr_array_find (self->groups, root, &group))
        group = 0;
      self->node_group[i] = group;
    }

  return self;
}

SbStandard *
sb_chart_data_get_standard (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);
  return self->standard;
}

SbChartLevel
sb_chart_data_get_level (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  return self->level;
}

guint
sb_chart_data_get_n_nodes (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  return self->nodes->len;
}

SbNode *
sb_chart_data_get_node (SbChartData *self,
                        guint        index)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, index);
}

/* The index of @node_id among the chart's nodes, or -1. */
int
sb_chart_data_find_node (SbChartData *self,
                         const char  *node_id)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), -1);
  if (node_id == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index_by_id, node_id)) - 1;
}

/* The node's maximum from the standard; 0 for a node without points. */
SbPoints
sb_chart_data_get_maximum (SbChartData *self,
                           guint        index)
{
  SbNode *node;

  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  g_return_val_if_fail (index < self->nodes->len, 0);

  node = g_ptr_array_index (self->nodes, index);
  return sb_node_has_points (node) ? MAX (sb_node_get_points (node), 0) : 0;
}

guint
sb_chart_data_get_n_groups (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  return self->groups->len;
}

SbNode *
sb_chart_data_get_group (SbChartData *self,
                         guint        group)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, group);
}

guint
sb_chart_data_get_node_group (SbChartData *self,
                              guint        index)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  g_return_val_if_fail (index < self->nodes->len, 0);
  return self->node_group[index];
}

/* Adds a series in which every node is unrated until a value is set.
 * @label names it in the legend (e.g. "Self-assessment", "2025"). */
SbChartSeries *
sb_chart_data_add_series (SbChartData *self,
                          const char  *label)
{
  SbChartSeries *series;

  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);

  series = g_new0 (SbChartSeries, 1);
  series->data = self;
  series->label = g_strdup (label ? label : "");
  series->values = g_new0 (SbChartValue, MAX (self->nodes->len, 1));
  g_ptr_array_add (self->series, series);
  return series;
}

guint
sb_chart_data_get_n_series (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), 0);
  return self->series->len;
}

SbChartSeries *
sb_chart_data_get_series (SbChartData *self,
                          guint        index)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  return g_ptr_array_index (self->series, index);
}

/* Whether some series has a node without a value: the legend explains the
 * hollow mark then. */
gboolean
sb_chart_data_has_unrated (SbChartData *self)
{
  g_return_val_if_fail (SB_IS_CHART_DATA (self), FALSE);

  for (guint s = 0; s < self->series->len; s++)
    {
      SbChartSeries *series = g_ptr_array_index (self->series, s);

      for (guint i = 0; i < self->nodes->len; i++)
        if (!series->values[i].rated)
          return TRUE;
    }
  return FALSE;
}

const char *
sb_chart_series_get_label (SbChartSeries *series)
{
  g_return_val_if_fail (series != NULL, NULL);
  return series->label;
}

/* Sets the points given to @node_id. Returns FALSE, and changes nothing, if
 * the node is not one of the chart's (another level, or unknown). Points are
 * kept as given; drawing clamps them to 0…maximum. */
gboolean
sb_chart_series_set_value (SbChartSeries *series,
                           const char    *node_id,
                           SbPoints       points,
                           gboolean       rated)
{
  int index;

  g_return_val_if_fail (series != NULL, FALSE);

  index = sb_chart_data_find_node (series->data, node_id);
  if (index < 0)
    return FALSE;

  series->values[index].points = rated ? points : 0;
  series->values[index].rated = !!rated;
  return TRUE;
}

/* Returns whether node @index is rated, and its points if so. */
gboolean
sb_chart_series_get_value (SbChartSeries *series,
                           guint          index,
                           SbPoints      *points)
{
  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (index < series->data->nodes->len, FALSE);

  if (points != NULL)
    *points = series->values[index].points;
  return series->values[index].rated;
}

/* points / maximum clamped to 0…1. FALSE, with @fraction untouched, when the
 * node is unrated or has no maximum: there is no honest position to draw. */
gboolean
sb_chart_series_get_fraction (SbChartSeries *series,
                              guint          index,
                              double        *fraction)
{
  SbPoints points, maximum;

  g_return_val_if_fail (series != NULL, FALSE);
  g_return_val_if_fail (index < series->data->nodes->len, FALSE);

  if (!sb_chart_series_get_value (series, index, &points))
    return FALSE;
  maximum = sb_chart_data_get_maximum (series->data, index);
  if (maximum <= 0)
    return FALSE;
  if (fraction != NULL)
    *fraction = CLAMP ((double) points / (double) maximum, 0.0, 1.0);
  return TRUE;
}

/* The bars show, per node, the range of the first @n_series series (the
 * examiners of a comparison, not their median): lowest to highest. */
void
sb_chart_data_set_range_series (SbChartData *self,
                                guint        n_series)
{
  g_return_if_fail (SB_IS_CHART_DATA (self));
  self->n_ranged = n_series;
}

/* The shares of its maximum that bound node @index's range, when the
 * data asks for one and two or more of its series rated the node. */
gboolean
sb_chart_data_get_range (SbChartData *self,
                         guint        index,
                         double      *lowest,
                         double      *highest)
{
  guint n_rated = 0;
  double low = 1.0, high = 0.0;

  g_return_val_if_fail (SB_IS_CHART_DATA (self), FALSE);
  g_return_val_if_fail (index < self->nodes->len, FALSE);

  for (guint s = 0; s < MIN (self->n_ranged, self->series->len); s++)
    {
      double fraction;

      if (!sb_chart_series_get_fraction (self->series->pdata[s], index, &fraction))
        continue;
      low = MIN (low, fraction);
      high = MAX (high, fraction);
      n_rated++;
    }
  if (n_rated < 2)
    return FALSE;
  if (lowest != NULL)
    *lowest = low;
  if (highest != NULL)
    *highest = high;
  return TRUE;
}

/* The scores in words, for an accessible description of a chart:
 * one line per node and series. @lang picks the titles. */
/* Takes every value of @series from @assessment's roll-up. A node counts
 * as rated once any sub-item under it is, so a half-rated item shows what
 * it has so far; a node with nothing rated stays a gap, never a zero. */
void
sb_chart_series_set_from_assessment (SbChartSeries *series,
                                     SbAssessment  *assessment)
{
  g_return_if_fail (series != NULL);
  g_return_if_fail (SB_IS_ASSESSMENT (assessment));

  for (guint i = 0; i < sb_chart_data_get_n_nodes (series->data); i++)
    {
      SbNode *node = sb_chart_data_get_node (series->data, i);
      SbScore score = { 0 };

      sb_assessment_get_score (assessment, sb_node_get_id (node), &score);
      sb_chart_series_set_value (series, sb_node_get_id (node), score.points, score.n_rated > 0);
    }
}

/* One series per assessment, all of the first one's standard, labelled by
 * examiner (or applicant when there is no examiner's name). */
SbChartData *
sb_chart_data_new_for_assessments (SbChartLevel   level,
                                   SbAssessment **assessments,
                                   guint          n_assessments)
{
  SbChartData *data;

  g_return_val_if_fail (n_assessments > 0, NULL);

  data = sb_chart_data_new (sb_assessment_get_standard (assessments[0]), level);
  for (guint i = 0; i < n_assessments; i++)
    {
      const char *examiner = sb_assessment_get_examiner (assessments[i]);
      const char *label = examiner && *examiner ? examiner : sb_assessment_get_applicant (assessments[i]);
      SbChartSeries *series = sb_chart_data_add_series (data, label && *label ? label : "—");

      sb_chart_series_set_from_assessment (series, assessments[i]);
    }
  return data;
}

char *
sb_chart_data_describe (SbChartData *self,
                        const char  *lang)
{
  GString *str;

  g_return_val_if_fail (SB_IS_CHART_DATA (self), NULL);

  str = g_string_new (NULL);
  for (guint s = 0; s < self->series->len; s++)
    {
      SbChartSeries *series = g_ptr_array_index (self->series, s);

      if (self->series->len > 1 || series->label[0] != '\0')
        g_string_append_printf (str, "%s\n", series->label);
      for (guint i = 0; i < self->nodes->len; i++)
        {
          SbNode *node = g_ptr_array_index (self->nodes, i);
          const char *title = sb_text_get (sb_node_get_title (node), lang);
          SbPoints maximum = sb_chart_data_get_maximum (self, i);
          g_autofree char *max_text = sb_points_format_exact (maximum);

          if (series->values[i].rated)
            {
              g_autofree char *points_text = sb_points_format_exact (series->values[i].points);
              g_autofree char *percent = sb_percent_format (series->values[i].points, maximum);

              /* Translators: a node's score, e.g. "1.1 Leadership: 45 of 60 points (75 %)" */
              g_string_append_printf (str, _("%s %s: %s of %s points (%s %%)"),
                                      sb_node_get_number (node), title ? title : "",
                                      points_text, max_text, percent);
            }
          else
            {
              /* Translators: a node not scored yet, e.g. "1.1 Leadership: not rated (of 60 points)" */
              g_string_append_printf (str, _("%s %s: not rated (of %s points)"),
                                      sb_node_get_number (node), title ? title : "", max_text);
            }
          g_string_append_c (str, '\n');
        }
    }
  return g_string_free (str, FALSE);
}
