/* sb-bar-chart.c — bars of score against maximum, grouped by dimension: painting their layout
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-bar-chart"

#include "config.h"

#include "sb-bar-private.h"

static guint
row_group (const SbBarLayout *self,
           guint              r)
{
  const SbBarRow *row = &self->rows[r];

  return row->header ? row->index : sb_chart_data_get_node_group (self->base.data, row->index);
}

/* Diagonal hatching across an unrated track: plainly not an empty bar. */
static void
hatch (cairo_t           *cr,
       const SbChartRect *r,
       double             spacing)
{
  cairo_save (cr);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_clip (cr);
  for (double x = r->x - r->height; x < r->x + r->width; x += spacing)
    {
      cairo_move_to (cr, x, r->y + r->height);
      cairo_line_to (cr, x + r->height, r->y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Each dimension's rows on its tint, as one band. */
static void
draw_tints (const SbBarLayout *self,
            cairo_t           *cr)
{
  double m = self->base.margin;

  for (guint r = 0; r < self->n_rows; )
    {
      guint group = row_group (self, r);
      double y0 = self->rows[r].y, y1;

      while (r + 1 < self->n_rows && row_group (self, r + 1) == group)
        r++;
      y1 = self->rows[r].y + self->rows[r].height;
      r++;
      sb_chart_set_color (cr, sb_chart_tint (&self->base.options, group));
      cairo_rectangle (cr, m / 2, y0, self->base.width - m, y1 - y0);
      cairo_fill (cr);
    }
}

/* Every track, filled to the share scored, or hatched when unrated. */
static void
draw_bars (const SbBarLayout *self,
           cairo_t           *cr)
{
  const SbChartPalette *palette = &self->base.options.palette;

  for (guint k = 0; k < self->n_nodes * self->n_series; k++)
    {
      const SbChartRect *t = &self->tracks[k], *f = &self->fills[k];
      guint s = k / MAX (self->n_nodes, 1);

      if (t->height <= 0)
        continue;
      sb_chart_set_color (cr, &palette->track);
      cairo_rectangle (cr, t->x, t->y, t->width, t->height);
      cairo_fill (cr);
      if (self->rated[k])
        {
          sb_chart_set_color (cr, sb_chart_series_color (&self->base.options, s));
          cairo_rectangle (cr, f->x, f->y, f->width, f->height);
          cairo_fill (cr);
        }
      else
        {
          sb_chart_set_color (cr, &palette->muted);
          cairo_set_line_width (cr, 1);
          hatch (cr, t, MAX (4.0, t->height * 0.8));
        }
    }
}

/* Each node's range as a whisker over its bars: a line from the lowest
 * share to the highest at mid-height, a cap at each end as tall as the
 * bars, in the text's colour so it reads over any series' fill. */
static void
draw_ranges (const SbBarLayout *self,
             cairo_t           *cr)
{
  sb_chart_set_color (cr, &self->base.options.palette.foreground);
  cairo_set_line_width (cr, MAX (1.0, self->base.font_size / 8));
  for (guint i = 0; i < self->n_nodes; i++)
    {
      const SbChartRect *r = &self->ranges[i];
      double mid = r->y + r->height / 2;

      if (!self->ranged[i])
        continue;
      cairo_move_to (cr, r->x, r->y);
      cairo_line_to (cr, r->x, r->y + r->height);
      cairo_move_to (cr, r->x + r->width, r->y);
      cairo_line_to (cr, r->x + r->width, r->y + r->height);
      cairo_move_to (cr, r->x, mid);
      cairo_line_to (cr, r->x + r->width, mid);
    }
  cairo_stroke (cr);
}

/* The band edges across every track; 0 and 100 % solid. */
static void
draw_thresholds (const SbBarLayout *self,
                 cairo_t           *cr)
{
  const SbChartPalette *palette = &self->base.options.palette;

  cairo_set_line_width (cr, 1);
  for (guint k = 0; k < SB_BAR_N_TICKS; k++)
    {
      double x = sb_chart_crisp (sb_bar_layout_get_threshold_x (self, k * 20));
      double dash[] = { 2, 2 };

      sb_chart_set_color (cr, k == 0 || k == SB_BAR_N_TICKS - 1 ? &palette->muted : &palette->grid);
      cairo_set_dash (cr, dash, k == 0 || k == SB_BAR_N_TICKS - 1 ? 0 : 2, 0);
      /* Through the bars' rows, not across the headings. */
      for (guint r = 0; r < self->n_rows; r++)
        {
          guint first = r;

          if (self->rows[r].header)
            continue;
          while (r + 1 < self->n_rows && !self->rows[r + 1].header)
            r++;
          cairo_move_to (cr, x, self->rows[first].y);
          cairo_line_to (cr, x, self->rows[r].y + self->rows[r].height);
        }
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

void
sb_bar_layout_draw (const SbBarLayout *self,
                    cairo_t           *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  sb_chart_base_draw_background (&self->base, cr);
  draw_tints (self, cr);
  draw_bars (self, cr);
  draw_thresholds (self, cr);
  draw_ranges (self, cr);
  /* The legend's own labels come first in the list; it draws them. */
  for (guint i = self->base.legend.entries->len; i < self->base.labels->len; i++)
    sb_chart_label_draw (cr, g_ptr_array_index (self->base.labels, i));
  sb_chart_legend_draw (cr, &self->base.legend, &self->base.options);
  cairo_restore (cr);
}

void
sb_bar_chart_draw (cairo_t              *cr,
                   double                width,
                   double                height,
                   const SbChartOptions *options,
                   SbChartData          *data)
{
  g_autoptr(SbBarLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (SB_IS_CHART_DATA (data));

  layout = sb_bar_layout_new (data, options, cr, width, height);
  sb_bar_layout_draw (layout, cr);
}
