/* sb-radar-chart.c — a radar chart of scores, one axis per node: painting its layout
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-radar-chart"

#include "config.h"

#include <math.h>

#include "sb-radar-private.h"

static void
point_xy (const SbRadarLayout *self,
          guint                series,
          guint                axis,
          double              *x,
          double              *y)
{
  sb_radar_layout_get_point (self, series, axis, x, y);
}

/* A series as runs of neighbouring rated axes: an unrated axis is a gap in
 * the outline and a notch in the fill, never a dip to the centre. */
static void
series_path (const SbRadarLayout *self,
             cairo_t             *cr,
             guint                series,
             const gboolean      *rated,
             gboolean             fill)
{
  guint n = self->n_axes, start = n;
  double x, y;

  for (guint i = 0; i < n; i++)
    if (!rated[i])
      {
        start = i;
        break;
      }

  if (start == n)
    {
      /* Everything rated: one closed polygon. */
      for (guint i = 0; i < n; i++)
        {
          point_xy (self, series, i, &x, &y);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      return;
    }

  for (guint k = 1; k <= n; k++)
    {
      guint i = (start + k) % n;
      guint len = 0;

      if (!rated[i])
        continue;
      while (k + len <= n && rated[(start + k + len) % n])
        len++;
      if (len >= 2)
        {
          if (fill)
            cairo_move_to (cr, self->cx, self->cy);
          for (guint j = 0; j < len; j++)
            {
              point_xy (self, series, (start + k + j) % n, &x, &y);
              if (j == 0 && !fill)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          if (fill)
            cairo_close_path (cr);
        }
      k += len;
    }
}

static void
ring_path (const SbRadarLayout *self,
           cairo_t             *cr,
           double               r)
{
  if (self->n_axes < 3)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, self->cx, self->cy, r, 0, 2 * G_PI);
      return;
    }
  for (guint i = 0; i < self->n_axes; i++)
    {
      double x = self->cx + r * cos (self->axes[i].angle);
      double y = self->cy + r * sin (self->axes[i].angle);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static double
sector_step (const SbRadarLayout *self)
{
  return self->n_axes > 0 ? 2 * G_PI / self->n_axes : 0;
}

/* Each dimension's sector, tinted inside the 100 % ring. */
static void
draw_sectors (const SbRadarLayout *self,
              cairo_t             *cr)
{
  guint n = self->n_axes;
  double step = sector_step (self);

  cairo_save (cr);
  ring_path (self, cr, self->radius);
  cairo_clip (cr);
  for (guint i = 0; i < n; )
    {
      guint group = self->axes[i].group, j = i;

      while (j + 1 < n && self->axes[j + 1].group == group)
        j++;
      cairo_move_to (cr, self->cx, self->cy);
      cairo_arc (cr, self->cx, self->cy, self->radius * 1.5,
                 self->axes[i].angle - step / 2, self->axes[j].angle + step / 2);
      cairo_close_path (cr);
      sb_chart_set_color (cr, sb_chart_tint (&self->base.options, group));
      cairo_fill (cr);
      i = j + 1;
    }
  cairo_restore (cr);
}

/* The rings and the axes, thin. */
static void
draw_grid (const SbRadarLayout *self,
           cairo_t             *cr)
{
  cairo_set_line_width (cr, 1);
  sb_chart_set_color (cr, &self->base.options.palette.grid);
  for (guint k = 1; k <= SB_RADAR_N_RINGS; k++)
    ring_path (self, cr, self->radius * k / SB_RADAR_N_RINGS);
  for (guint i = 0; i < self->n_axes; i++)
    {
      double x = self->cx + self->radius * cos (self->axes[i].angle);
      double y = self->cy + self->radius * sin (self->axes[i].angle);

      /* Vertical and horizontal axes on pixel centres. */
      if (fabs (cos (self->axes[i].angle)) < 1e-9)
        x = sb_chart_crisp (x);
      if (fabs (sin (self->axes[i].angle)) < 1e-9)
        y = sb_chart_crisp (y);
      cairo_move_to (cr, self->cx, self->cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
}

/* The 100 % ring and the borders between dimensions, darker. */
static void
draw_borders (const SbRadarLayout *self,
              cairo_t             *cr,
              double               line_width)
{
  guint n = self->n_axes;
  double step = sector_step (self);

  cairo_set_line_width (cr, MAX (1.0, line_width * 0.6));
  sb_chart_set_color (cr, &self->base.options.palette.muted);
  ring_path (self, cr, self->radius);
  if (sb_chart_data_get_n_groups (self->base.data) > 1 && n > 2 &&
      sb_chart_data_get_level (self->base.data) != SB_CHART_LEVEL_DIMENSIONS)
    for (guint i = 0; i < n; i++)
      if (self->axes[i].group != self->axes[(i + n - 1) % n].group)
        {
          double a = self->axes[i].angle - step / 2;
          /* To the 100 % polygon's edge, which is nearer than its corners. */
          double r = n >= 3 ? self->radius * cos (step / 2) : self->radius;

          cairo_move_to (cr, self->cx, self->cy);
          cairo_line_to (cr, self->cx + r * cos (a), self->cy + r * sin (a));
        }
  cairo_stroke (cr);
}

/* Each series filled, then outlined in its colour and dash. */
static void
draw_series (const SbRadarLayout *self,
             cairo_t             *cr,
             double               line_width)
{
  guint n = self->n_axes;

  for (guint s = 0; s < sb_chart_data_get_n_series (self->base.data); s++)
    {
      SbChartSeries *series = sb_chart_data_get_series (self->base.data, s);
      const SbChartColor *color = sb_chart_series_color (&self->base.options, s);
      g_autofree gboolean *rated = g_new0 (gboolean, n);

      for (guint i = 0; i < n; i++)
        rated[i] = sb_chart_series_get_fraction (series, i, NULL);

      series_path (self, cr, s, rated, TRUE);
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, self->base.options.palette.fill_alpha);
      cairo_fill (cr);

      series_path (self, cr, s, rated, FALSE);
      sb_chart_set_color (cr, color);
      cairo_set_line_width (cr, line_width);
      sb_chart_series_dash (cr, s, line_width);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

/* One series' mark on one axis: filled for a value, hollow outside the
 * 100 % ring for none. */
static void
draw_marker (const SbRadarLayout *self,
             cairo_t             *cr,
             guint                series,
             guint                axis,
             double               line_width)
{
  const SbChartPalette *palette = &self->base.options.palette;
  const SbChartColor *color = sb_chart_series_color (&self->base.options, series);
  double x, y;
  gboolean is_rated = sb_radar_layout_get_point (self, series, axis, &x, &y);

  sb_chart_marker_path (cr, series, x, y, self->marker_size * (is_rated ? 1.0 : 0.9));
  if (is_rated)
    {
      sb_chart_set_color (cr, color);
      cairo_fill_preserve (cr);
      if (palette->background.alpha > 0)
        {
          cairo_set_line_width (cr, 0.75);
          sb_chart_set_color (cr, &palette->background);
          cairo_stroke (cr);
        }
      else
        cairo_new_path (cr);
      return;
    }
  if (palette->background.alpha > 0)
    {
      sb_chart_set_color (cr, &palette->background);
      cairo_fill_preserve (cr);
    }
  cairo_set_line_width (cr, MAX (1.0, line_width * 0.7));
  sb_chart_set_color (cr, color);
  cairo_stroke (cr);
}

/* The rings' figures on a veil of the background, then the axes' labels. */
static void
draw_labels (const SbRadarLayout *self,
             cairo_t             *cr)
{
  const SbChartColor *background = &self->base.options.palette.background;

  for (guint k = 0; k < SB_RADAR_N_RINGS; k++)
    {
      const SbChartLabel *label = &self->rings[k];

      if (label->layout == NULL)
        continue;
      if (background->alpha > 0)
        {
          cairo_set_source_rgba (cr, background->red, background->green, background->blue, 0.75);
          cairo_rectangle (cr, label->rect.x - 1, label->rect.y, label->rect.width + 2, label->rect.height);
          cairo_fill (cr);
        }
      sb_chart_label_draw (cr, label);
    }
  for (guint i = 0; i < self->n_axes; i++)
    sb_chart_label_draw (cr, &self->axes[i].label);
}

void
sb_radar_layout_draw (const SbRadarLayout *self,
                      cairo_t             *cr)
{
  double line_width;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  line_width = CLAMP (self->base.font_size / 6.5, 1.0, 3.0);
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  sb_chart_base_draw_background (&self->base, cr);
  if (self->n_axes > 0 && self->radius > 0)
    {
      draw_sectors (self, cr);
      draw_grid (self, cr);
      draw_borders (self, cr, line_width);
      draw_series (self, cr, line_width);
      /* Marks on top of every outline. */
      for (guint s = 0; s < sb_chart_data_get_n_series (self->base.data); s++)
        for (guint i = 0; i < self->n_axes; i++)
          draw_marker (self, cr, s, i, line_width);
      draw_labels (self, cr);
    }
  sb_chart_legend_draw (cr, &self->base.legend, &self->base.options);
  cairo_restore (cr);
}

/* Lays the chart out for this canvas and paints it: the one call for the
 * screen, PNG, SVG, PDF and print. */
void
sb_radar_chart_draw (cairo_t              *cr,
                     double                width,
                     double                height,
                     const SbChartOptions *options,
                     SbChartData          *data)
{
  g_autoptr(SbRadarLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (SB_IS_CHART_DATA (data));

  layout = sb_radar_layout_new (data, options, cr, width, height);
  sb_radar_layout_draw (layout, cr);
}
