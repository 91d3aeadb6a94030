/* sb-bar-layout.c — where everything of a bar chart goes: rows, bars, values, ticks and legend
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-bar-chart"

#include "config.h"

#include "sb-bar-private.h"

typedef enum
{
  LABELS_WRAPPED,          /* whole titles, as many lines as they take */
  LABELS_SHORT,            /* at most a line or two, ellipsized */
  LABELS_NUMBERS,          /* "1.1" */
} LabelMode;

typedef enum
{
  VALUES_FULL,             /* "84.5 / 120 · 70 %" */
  VALUES_BRIEF,            /* "70 %" */
  VALUES_NONE,
} ValueMode;

static char *
value_text (SbBarLayout *self,
            guint        series,
            guint        node,
            gboolean     brief)
{
  SbChartSeries *s = sb_chart_data_get_series (self->base.data, series);
  SbPoints maximum = sb_chart_data_get_maximum (self->base.data, node);
  SbPoints points;
  g_autofree char *points_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *percent = NULL;

  if (!sb_chart_series_get_value (s, node, &points))
    return sb_chart_unrated_text (self->base.options.language);
  if (maximum <= 0)
    return g_strdup ("—");

  percent = sb_percent_format (points, maximum);
  if (brief)
    return g_strdup_printf ("%s %%", percent);
  points_text = sb_points_format_exact (points);
  max_text = sb_points_format_exact (maximum);
  return g_strdup_printf ("%s / %s · %s %%", points_text, max_text, percent);
}

/* One attempt's sizes, in one style at one font size, shared by its steps. */
typedef struct
{
  double f;                /* the labels' size */
  double gap;              /* between label, plot and value columns */
  double fv, ft;           /* the values' and the ticks' size */
  double label_w, value_w, value_h, tick_h;
  double top;              /* where the rows start */
  double bar;              /* a bar's thickness */
  double pitch;            /* a bar's slot, at least a value's height */
  double bar_gap;          /* between a node's bars */
  double row_pad;          /* added to a node's row */
  double header_pad;       /* added to a heading's row */
} Attempt;

static double
rows_height (SbBarLayout   *self,
             const Attempt *a,
             double         bar)
{
  guint n_s = MAX (self->n_series, 1);
  double total = 0;

  for (guint r = 0; r < self->n_rows; r++)
    {
      SbBarRow *row = &self->rows[r];

      if (row->header)
        row->height = row->label.rect.height + a->header_pad;
      else
        row->height = MAX (row->label.layout ? row->label.rect.height : 0,
                           (n_s - 1) * (MAX (bar, a->pitch) + a->bar_gap) + MAX (bar, a->pitch)) + a->row_pad;
      total += row->height;
    }
  return total;
}

static gboolean
labels_fit (SbBarLayout *self)
{
  SbChartRect canvas = { 0, 0, self->base.width, self->base.height };

  for (guint i = 0; i < self->base.labels->len; i++)
    {
      SbChartLabel *label = g_ptr_array_index (self->base.labels, i);

      if (label->layout != NULL && !sb_chart_rect_inside (&label->rect, &canvas))
        return FALSE;
    }
  return !sb_chart_labels_overlap ((SbChartLabel * const *) self->base.labels->pdata, self->base.labels->len);
}

/* The value column: "84.5 / 120 · 70 %", or "70 %" when pressed. */
static void
measure_values (SbBarLayout *self,
                Attempt     *a,
                ValueMode    values)
{
  const SbChartOptions *options = &self->base.options;

  for (guint s = 0; s < self->n_series; s++)
    for (guint i = 0; i < self->n_nodes; i++)
      {
        SbChartLabel *label = &self->values[s * self->n_nodes + i];
        g_autofree char *text = NULL;

        if (!options->show_values || values == VALUES_NONE)
          {
            sb_chart_label_clear (label);
            continue;
          }
        text = value_text (self, s, i, values == VALUES_BRIEF);
        sb_chart_label_set_layout (label, sb_chart_layout_new (self->base.context, options, text, a->fv, FALSE,
                                                               0, 0, PANGO_ALIGN_LEFT));
        label->color = options->palette.foreground;
        a->value_w = MAX (a->value_w, label->rect.width);
        a->value_h = MAX (a->value_h, label->rect.height);
      }
}

/* The label column, at most a third of the width; headings across. */
static void
measure_row_labels (SbBarLayout *self,
                    Attempt     *a,
                    LabelMode    mode)
{
  const SbChartOptions *options = &self->base.options;
  double inner = self->base.width - 2 * self->base.margin;
  gboolean both = options->language == SB_DISPLAY_LANGUAGE_BOTH;

  for (guint r = 0; r < self->n_rows; r++)
    {
      SbBarRow *row = &self->rows[r];
      g_autofree char *text = NULL;

      if (row->header)
        {
          text = sb_chart_node_text (sb_chart_data_get_group (self->base.data, row->index),
                                     options->language, FALSE, TRUE);
          sb_chart_label_set_layout (&row->label, sb_chart_layout_new (self->base.context, options, text, a->f, TRUE,
                                                                       inner, 1, PANGO_ALIGN_LEFT));
          row->label.color = options->palette.foreground;
          continue;
        }
      text = sb_chart_node_text (sb_chart_data_get_node (self->base.data, row->index), options->language,
                                 mode == LABELS_NUMBERS, FALSE);
      sb_chart_label_set_layout (&row->label,
                                 sb_chart_layout_new (self->base.context, options, text, a->f, FALSE,
                                                      mode == LABELS_NUMBERS ? 0 : inner * 0.34,
                                                      mode == LABELS_SHORT ? (both ? 2 : 1) : 0,
                                                      PANGO_ALIGN_LEFT));
      row->label.color = options->palette.foreground;
      a->label_w = MAX (a->label_w, row->label.rect.width);
    }
}

/* The plot between the columns, at least 28 % of the width. FALSE when
 * it is narrower, unless @force: then values go and labels are cut. */
static gboolean
place_plot (SbBarLayout *self,
            Attempt     *a,
            gboolean     force)
{
  double m = self->base.margin, inner = self->base.width - 2 * m;

  self->plot_x = m + a->label_w + a->gap;
  self->plot_width = inner - a->label_w - a->gap - (a->value_w > 0 ? a->value_w + a->gap : 0);
  if (self->plot_width >= inner * 0.28)
    return TRUE;
  if (!force)
    return FALSE;
  for (guint i = 0; i < self->n_nodes * self->n_series; i++)
    sb_chart_label_clear (&self->values[i]);
  a->value_w = 0;
  self->plot_width = MAX (inner * 0.28, inner - a->label_w - a->gap);
  self->plot_x = m + inner - self->plot_width;
  return TRUE;
}

/* The band figures under the plot. */
static void
measure_ticks (SbBarLayout *self,
               Attempt     *a)
{
  for (guint k = 0; k < SB_BAR_N_TICKS; k++)
    {
      g_autofree char *text = k == SB_BAR_N_TICKS - 1 ? g_strdup_printf ("%u %%", k * 20) : g_strdup_printf ("%u", k * 20);

      sb_chart_label_set_layout (&self->ticks[k], sb_chart_layout_new (self->base.context, &self->base.options, text,
                                                                       a->ft, FALSE, 0, 0, PANGO_ALIGN_LEFT));
      self->ticks[k].color = self->base.options.palette.muted;
      a->tick_h = MAX (a->tick_h, self->ticks[k].rect.height);
    }
}

/* Room to spare: airier rows, up to a point, and the block centred in
 * what is left. */
static void
spread_rows (SbBarLayout *self,
             Attempt     *a,
             double       total,
             double       available)
{
  guint n_node_rows = 0;
  double extra;

  for (guint r = 0; r < self->n_rows; r++)
    n_node_rows += !self->rows[r].header;
  extra = MIN ((available - total) / MAX (n_node_rows, 1), a->f * 1.5);
  for (guint r = 0; r < self->n_rows; r++)
    if (!self->rows[r].header)
      self->rows[r].height += extra;
  total += extra * n_node_rows;
  a->top += (available - total) / 2;
}

/* The bars as thick as the height allows, between a least and a most
 * for the font size. FALSE when even the thinnest do not fit, unless
 * @force: then every row is squeezed alike. */
static gboolean
size_rows (SbBarLayout *self,
           Attempt     *a,
           gboolean     force)
{
  guint n_s = MAX (self->n_series, 1);
  double bottom = self->base.legend.rect.y - (self->base.legend.rect.height > 0 ? a->gap : 0);
  double available, total, bar_min, bar_max;

  a->top = self->base.margin;
  available = bottom - a->top - a->tick_h - a->gap * 0.4;
  a->bar_gap = n_s > 1 ? MAX (1.0, a->f * 0.15) : 0;
  a->row_pad = a->f * 0.45;
  a->header_pad = a->f * 0.35;
  a->pitch = self->base.options.show_values && a->value_w > 0 ? a->value_h : 0;
  bar_min = MAX (2.0, a->f * 0.45);
  bar_max = MAX (bar_min, a->f * (n_s > 1 ? 1.2 : 2.0));

  total = rows_height (self, a, bar_min);
  if (total > available && !force)
    return FALSE;
  a->bar = bar_max;
  while (a->bar > bar_min && rows_height (self, a, a->bar) > available)
    a->bar = MAX (bar_min, a->bar - (bar_max - bar_min) / 16);
  total = rows_height (self, a, a->bar);

  if (total > available)
    {
      double scale = available / total;

      a->bar = MAX (1.0, a->bar * scale);
      for (guint r = 0; r < self->n_rows; r++)
        self->rows[r].height *= scale;
    }
  else if (total < available)
    spread_rows (self, a, total, available);
  return TRUE;
}

/* The node's range, when the data has one: from the lowest share to the
 * highest, as tall as its stack of bars. */
static void
place_range (SbBarLayout *self,
             guint        node,
             double       y,
             double       height)
{
  double lowest = 0, highest = 0;

  self->ranged[node] = sb_chart_data_get_range (self->base.data, node, &lowest, &highest);
  if (self->ranged[node])
    self->ranges[node] = (SbChartRect) { self->plot_x + self->plot_width * lowest, y,
                                         self->plot_width * (highest - lowest), height };
}

/* A node's bars, one per series, centred in its row, with their values. */
static void
place_bars (SbBarLayout   *self,
            const Attempt *a,
            const SbBarRow *row)
{
  guint n_s = MAX (self->n_series, 1);
  double slot = MAX (a->bar, a->pitch);
  double stack = (n_s - 1) * (slot + a->bar_gap) + slot;
  double sy = row->y + (row->height - stack) / 2;

  for (guint s = 0; s < self->n_series; s++)
    {
      guint k = s * self->n_nodes + row->index;
      double by = sy + s * (slot + a->bar_gap) + (slot - a->bar) / 2;
      double fraction = 0;

      self->rated[k] = sb_chart_series_get_fraction (sb_chart_data_get_series (self->base.data, s),
                                                     row->index, &fraction);
      self->tracks[k] = (SbChartRect) { self->plot_x, by, self->plot_width, a->bar };
      self->fills[k] = (SbChartRect) { self->plot_x, by, self->rated[k] ? self->plot_width * fraction : 0, a->bar };
      self->values[k].rect.x = self->plot_x + self->plot_width + a->gap;
      self->values[k].rect.y = by + a->bar / 2 - self->values[k].rect.height / 2;
    }
  place_range (self, row->index, sy, stack);
}

/* The rows one below the other, each with its label and bars. */
static void
place_rows (SbBarLayout   *self,
            const Attempt *a)
{
  double y = a->top;

  for (guint r = 0; r < self->n_rows; r++)
    {
      SbBarRow *row = &self->rows[r];

      row->y = y;
      row->label.rect.x = self->base.margin;
      if (row->header)
        row->label.rect.y = y + a->header_pad * 0.6;
      else
        {
          row->label.rect.y = y + (row->height - row->label.rect.height) / 2;
          place_bars (self, a, row);
        }
      y += row->height;
    }
  self->plot_top = a->top;
  self->plot_bottom = y;
}

/* Ticks under the plot; fewer of them when they would touch. */
static void
place_ticks (SbBarLayout   *self,
             const Attempt *a)
{
  double m = self->base.margin;

  for (guint k = 0; k < SB_BAR_N_TICKS; k++)
    {
      SbChartLabel *tick = &self->ticks[k];
      double x = self->plot_x + self->plot_width * k / (SB_BAR_N_TICKS - 1) - tick->rect.width / 2;

      tick->rect.x = CLAMP (x, m, self->base.width - m - tick->rect.width);
      tick->rect.y = self->plot_bottom + a->gap * 0.4;
    }
  for (guint step = 1; step <= SB_BAR_N_TICKS; step++)
    {
      gboolean touch = FALSE;

      for (guint k = 0; k + step < SB_BAR_N_TICKS && !touch; k += step)
        {
          SbChartRect r = self->ticks[k].rect, next = self->ticks[k + step].rect;

          r.width += 2;
          touch = sb_chart_rect_intersects (&r, &next) || (k + step < SB_BAR_N_TICKS - 1 && (SB_BAR_N_TICKS - 1) % step != 0);
        }
      if (!touch || step == SB_BAR_N_TICKS)
        {
          for (guint k = 0; k < SB_BAR_N_TICKS; k++)
            if (k % step != 0 || (step == SB_BAR_N_TICKS && k != SB_BAR_N_TICKS - 1))
              sb_chart_label_clear (&self->ticks[k]);
          break;
        }
    }
}

/* Lays everything out in one style. With @force it always succeeds, by
 * squeezing rows and hiding the labels that still do not fit, legend and
 * headings first in line to stay. */
static gboolean
try_layout (SbBarLayout *self,
            double       f,
            LabelMode    mode,
            ValueMode    values,
            gboolean     force)
{
  double min_font = sb_chart_min_font_size (&self->base.options, self->base.font_size);
  Attempt a = { 0 };

  a.f = f;
  a.gap = MAX (3.0, f * 0.6);
  a.fv = MAX (min_font, f * 0.9);
  a.ft = MAX (min_font, f * 0.85);
  measure_values (self, &a, values);
  measure_row_labels (self, &a, mode);
  if (!place_plot (self, &a, force))
    return FALSE;
  measure_ticks (self, &a);
  if (!size_rows (self, &a, force))
    return FALSE;
  place_rows (self, &a);
  place_ticks (self, &a);

  self->base.font_size = f;
  self->base.numbers_only = mode == LABELS_NUMBERS;
  if (labels_fit (self))
    return TRUE;
  if (!force)
    return FALSE;
  sb_chart_labels_drop_colliding ((SbChartLabel **) self->base.labels->pdata, self->base.labels->len,
                                  self->base.width, self->base.height);
  return TRUE;
}

SbBarLayout *
sb_bar_layout_new (SbChartData          *data,
                   const SbChartOptions *options,
                   cairo_t              *cr,
                   double                width,
                   double                height)
{
  SbBarLayout *self;
  guint n_groups, r = 0, n_values;
  double min_font;
  gboolean headers;
  gboolean done = FALSE;

  g_return_val_if_fail (SB_IS_CHART_DATA (data), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  self = g_new0 (SbBarLayout, 1);
  sb_chart_base_init (&self->base, data, options, cr, width, height);
  min_font = self->base.min_font_size;

  self->n_nodes = sb_chart_data_get_n_nodes (data);
  self->n_series = sb_chart_data_get_n_series (data);
  n_groups = sb_chart_data_get_n_groups (data);
  headers = sb_chart_data_get_level (data) != SB_CHART_LEVEL_DIMENSIONS && n_groups > 0;

  /* Rows: each dimension's heading (below the dimensions' own level), then its nodes. */
  self->rows = g_new0 (SbBarRow, self->n_nodes + (headers ? n_groups : 0) + 1);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      guint group = sb_chart_data_get_node_group (data, i);

      if (headers && (i == 0 || sb_chart_data_get_node_group (data, i - 1) != group))
        self->rows[r++] = (SbBarRow) { TRUE, group };
      self->rows[r++] = (SbBarRow) { FALSE, i };
    }
  self->n_rows = r;

  n_values = MAX (self->n_nodes * self->n_series, 1);
  self->values = g_new0 (SbChartLabel, n_values);
  self->tracks = g_new0 (SbChartRect, n_values);
  self->fills = g_new0 (SbChartRect, n_values);
  self->rated = g_new0 (gboolean, n_values);
  self->ranges = g_new0 (SbChartRect, MAX (self->n_nodes, 1));
  self->ranged = g_new0 (gboolean, MAX (self->n_nodes, 1));

  sb_chart_legend_add_defaults (&self->base.legend, data, options, FALSE, FALSE, SB_CHART_KEY_SERIES_BAR);
  sb_chart_base_fit_legend (&self->base, MAX (min_font, self->base.font_size * 0.92),
                            0.25 * (self->base.height - 2 * self->base.margin));

  /* Legend first, so that a label collision found later is never with a
   * legend entry that is dropped instead of it. */
  for (guint i = 0; i < self->base.legend.entries->len; i++)
    g_ptr_array_add (self->base.labels, &g_array_index (self->base.legend.entries, SbChartKeyEntry, i).label);
  for (guint i = 0; i < self->n_rows; i++)
    g_ptr_array_add (self->base.labels, &self->rows[i].label);
  for (guint k = 0; k < SB_BAR_N_TICKS; k++)
    g_ptr_array_add (self->base.labels, &self->ticks[k]);
  for (guint i = 0; i < self->n_nodes * self->n_series; i++)
    g_ptr_array_add (self->base.labels, &self->values[i]);

  /* From the richest style to the barest; see sb_radar_layout_new(). */
  /* Whole titles with whole values at any size, before anything is
   * shortened; numbers only as a last resort. */
  for (LabelMode mode = LABELS_WRAPPED; mode <= LABELS_NUMBERS && !done; mode++)
    for (ValueMode values = VALUES_FULL; values <= VALUES_NONE && !done; values++)
      for (double f = self->base.font_size; !done; f = MAX (min_font, f * 0.9))
        {
          done = try_layout (self, f, mode, values, FALSE);
          if (f <= min_font)
            break;
        }
  if (!done)
    try_layout (self, min_font, LABELS_NUMBERS, VALUES_NONE, TRUE);

  return self;
}

void
sb_bar_layout_free (SbBarLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->base.labels->len; i++)
    sb_chart_label_clear (g_ptr_array_index (self->base.labels, i));
  g_free (self->rows);
  g_free (self->values);
  g_free (self->tracks);
  g_free (self->fills);
  g_free (self->rated);
  g_free (self->ranges);
  g_free (self->ranged);
  sb_chart_base_clear (&self->base);
  g_free (self);
}

/* A series' bar for a node: the track is 0 … maximum, the fill the share
 * scored. FALSE for an unrated node (the fill is empty then). */
gboolean
sb_bar_layout_get_bar (const SbBarLayout *self,
                       guint              series,
                       guint              node,
                       SbChartRect       *track,
                       SbChartRect       *fill)
{
  guint k;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (series < self->n_series, FALSE);
  g_return_val_if_fail (node < self->n_nodes, FALSE);

  k = series * self->n_nodes + node;
  if (track)
    *track = self->tracks[k];
  if (fill)
    *fill = self->fills[k];
  return self->rated[k];
}

/* Node @node's range across the series the data names (lowest to
 * highest, as tall as its bars); FALSE when it has none. */
gboolean
sb_bar_layout_get_range (const SbBarLayout *self,
                         guint              node,
                         SbChartRect       *range)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node < self->n_nodes, FALSE);

  if (range != NULL)
    *range = self->ranges[node];
  return self->ranged[node];
}

/* Where the line for @percent crosses every track. */
double
sb_bar_layout_get_threshold_x (const SbBarLayout *self,
                               guint              percent)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->plot_x + self->plot_width * MIN (percent, 100) / 100.0;
}

double
sb_bar_layout_get_font_size (const SbBarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->base.font_size;
}

gboolean
sb_bar_layout_get_numbers_only (const SbBarLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->base.numbers_only;
}

guint
sb_bar_layout_get_n_labels (const SbBarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->base.labels->len;
}

gboolean
sb_bar_layout_get_label (const SbBarLayout *self,
                         guint              index,
                         SbChartRect       *rect,
                         const char       **text)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return sb_chart_base_get_label (&self->base, index, rect, text);
}
