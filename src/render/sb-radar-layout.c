/* sb-radar-layout.c — where everything of a radar chart goes: its axes, rings, labels and legend
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-radar-chart"

#include "config.h"

#include <math.h>

#include "sb-radar-private.h"

/* Where a label sits against its anchor: flush outward on the sides,
 * centred above and below the chart, sliding smoothly in between so
 * neighbours do not jump past each other. */
static void
label_factors (double  angle,
               double *fx,
               double *fy)
{
  *fx = CLAMP (2.0 * cos (angle), -1.0, 1.0);
  *fy = CLAMP (2.0 * sin (angle), -1.0, 1.0);
}

static void
place_axis_labels (SbRadarLayout *self,
                   double         gap)
{
  for (guint i = 0; i < self->n_axes; i++)
    {
      SbRadarAxis *axis = &self->axes[i];
      double fx, fy, ax, ay;

      label_factors (axis->angle, &fx, &fy);
      ax = self->cx + (self->radius + gap) * cos (axis->angle);
      ay = self->cy + (self->radius + gap) * sin (axis->angle);
      axis->label.rect.x = ax + (fx - 1) * axis->label.rect.width / 2;
      axis->label.rect.y = ay + (fy - 1) * axis->label.rect.height / 2;
    }
}

/* For a radius, the range of centres that keeps every label and the chart
 * itself inside @area. FALSE if there is none. */
static gboolean
centre_range (SbRadarLayout     *self,
              const SbChartRect *area,
              double             radius,
              double             gap,
              double            *cx,
              double            *cy)
{
  double x_lo, x_hi, y_lo, y_hi;
  double left = 1, right = 1, top = 1, bottom = 1;

  /* The chart's own extent: its polygon's corners (a triangle is less
   * wide than its circle), or the circle below three axes. */
  if (self->n_axes >= 3)
    {
      left = right = top = bottom = 0;
      for (guint i = 0; i < self->n_axes; i++)
        {
          left = MAX (left, -cos (self->axes[i].angle));
          right = MAX (right, cos (self->axes[i].angle));
          top = MAX (top, -sin (self->axes[i].angle));
          bottom = MAX (bottom, sin (self->axes[i].angle));
        }
    }
  x_lo = area->x + radius * left + self->marker_size;
  x_hi = area->x + area->width - radius * right - self->marker_size;
  y_lo = area->y + radius * top + self->marker_size;
  y_hi = area->y + area->height - radius * bottom - self->marker_size;

  for (guint i = 0; i < self->n_axes; i++)
    {
      SbRadarAxis *axis = &self->axes[i];
      double w = axis->label.rect.width, h = axis->label.rect.height;
      double fx, fy, dx, dy;

      label_factors (axis->angle, &fx, &fy);
      dx = (radius + gap) * cos (axis->angle) + (fx - 1) * w / 2;
      dy = (radius + gap) * sin (axis->angle) + (fy - 1) * h / 2;
      x_lo = MAX (x_lo, area->x - dx);
      x_hi = MIN (x_hi, area->x + area->width - w - dx);
      y_lo = MAX (y_lo, area->y - dy);
      y_hi = MIN (y_hi, area->y + area->height - h - dy);
    }

  if (x_lo > x_hi || y_lo > y_hi)
    return FALSE;
  /* Centre the polygon, not its circle: a triangle sits lower. */
  *cx = CLAMP (area->x + area->width / 2 + radius * (left - right) / 2, x_lo, x_hi);
  *cy = CLAMP (area->y + area->height / 2 + radius * (top - bottom) / 2, y_lo, y_hi);
  return TRUE;
}

/* The largest radius at which the measured labels fit, by bisection
 * (centre_range is monotonic in the radius). 0 if none does. */
static double
fit_radius (SbRadarLayout     *self,
            const SbChartRect *area,
            double             gap)
{
  double lo = 0, hi = MIN (area->width, area->height) / 2, cx, cy;

  if (!centre_range (self, area, 0, gap, &cx, &cy))
    return 0;
  for (int i = 0; i < 40; i++)
    {
      double mid = (lo + hi) / 2;

      if (centre_range (self, area, mid, gap, &cx, &cy))
        lo = mid;
      else
        hi = mid;
    }
  centre_range (self, area, lo, gap, &self->cx, &self->cy);
  /* A centre on a pixel's centre keeps the vertical axis sharp. */
  self->cx = sb_chart_crisp (self->cx);
  self->cy = sb_chart_crisp (self->cy);
  return lo;
}

/* Measures every axis label in one style. Returns FALSE if a whole title
 * has a word longer than the wrap width. A Chinese title is never wrapped
 * (they are short, and a lone character on a line reads badly); only the
 * English is. */
static gboolean
measure_axis_labels (SbRadarLayout *self,
                     double         font_size,
                     gboolean       numbers_only,
                     double         wrap_width,
                     int            max_lines)
{
  gboolean words_fit = TRUE;

  for (guint i = 0; i < self->n_axes; i++)
    {
      SbRadarAxis *axis = &self->axes[i];
      SbNode *node = sb_chart_data_get_node (self->base.data, i);
      g_autofree char *text = sb_chart_node_text (node, self->base.options.language, numbers_only, FALSE);
      double c = cos (axis->angle);
      PangoAlignment alignment = c > 0.3 ? PANGO_ALIGN_LEFT : c < -0.3 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
      double wrap = numbers_only ? 0 : wrap_width;

      if (!numbers_only && max_lines == 0 && self->base.options.language != SB_DISPLAY_LANGUAGE_EN)
        {
          g_autofree char *zh = g_strndup (text, strcspn (text, "\n"));
          g_autoptr(PangoLayout) line = sb_chart_layout_new (self->base.context, &self->base.options, zh, font_size,
                                                             FALSE, 0, 0, alignment);
          int line_width;

          pango_layout_get_size (line, &line_width, NULL);
          wrap = MAX (wrap, (double) line_width / PANGO_SCALE + 1);
        }

      sb_chart_label_set_layout (&axis->label,
                                 sb_chart_layout_new (self->base.context, &self->base.options, text, font_size,
                                                      FALSE, wrap, max_lines, alignment));
      axis->label.color = self->base.options.palette.foreground;
      if (wrap > 0 && axis->label.rect.width > wrap + 0.5)
        words_fit = FALSE;
    }
  return words_fit;
}

static gboolean
axis_labels_overlap (SbRadarLayout *self)
{
  for (guint i = 0; i < self->n_axes; i++)
    for (guint j = i + 1; j < self->n_axes; j++)
      if (self->axes[i].label.layout != NULL && self->axes[j].label.layout != NULL &&
          sb_chart_rect_intersects (&self->axes[i].label.rect, &self->axes[j].label.rect))
        return TRUE;
  return FALSE;
}

static double
label_gap (SbRadarLayout *self,
           double         font_size)
{
  double gap = MAX (3.0, font_size * 0.5);

  /* Room for the hollow marks of unrated values, one ring per series. */
  if (sb_chart_data_has_unrated (self->base.data))
    gap += self->marker_size * (0.9 + 1.5 * sb_chart_data_get_n_series (self->base.data));
  return gap;
}

/* Of the wrap widths, the one whose labels at size @f in one style leave
 * the largest chart, at least @min_radius, without touching: returns that
 * radius (0 for none) and the width in @best_wrap. */
static double
best_wrap (SbRadarLayout     *self,
           const SbChartRect *area,
           double             f,
           gboolean           numbers,
           int                max_lines,
           double             min_radius,
           double            *best_wrap_width)
{
  const double wraps[] = { 0.34, 0.27, 0.21, 0.16, 0.12 };
  double best_r = 0;

  for (guint w = 0; w < G_N_ELEMENTS (wraps); w++)
    {
      double r;

      if (numbers && w > 0)
        break;
      if (!measure_axis_labels (self, f, numbers, wraps[w] * area->width, max_lines) && max_lines == 0)
        continue;
      r = fit_radius (self, area, label_gap (self, f));
      if (r < min_radius || r <= best_r)
        continue;
      self->radius = r;
      place_axis_labels (self, label_gap (self, f));
      if (!axis_labels_overlap (self))
        {
          best_r = r;
          *best_wrap_width = wraps[w] * area->width;
        }
    }
  return best_r;
}

/* Hides the axis labels that leave the canvas or touch one before them. */
static void
drop_colliding_axis_labels (SbRadarLayout *self)
{
  g_autofree SbChartLabel **labels = g_new (SbChartLabel *, MAX (self->n_axes, 1));

  for (guint i = 0; i < self->n_axes; i++)
    labels[i] = &self->axes[i].label;
  sb_chart_labels_drop_colliding (labels, self->n_axes, self->base.width, self->base.height);
}

/* Last resort: the smallest numbers; hide whatever still collides or
 * does not fit, keeping every other axis named. */
static void
fit_smallest_numbers (SbRadarLayout     *self,
                      const SbChartRect *area,
                      double             min_font,
                      double             min_radius)
{
  double r;

  measure_axis_labels (self, min_font, TRUE, 0, 0);
  self->base.font_size = min_font;
  self->base.numbers_only = TRUE;
  r = fit_radius (self, area, label_gap (self, min_font));
  if (r < min_radius / 2)
    {
      for (guint i = 0; i < self->n_axes; i++)
        sb_chart_label_clear (&self->axes[i].label);
      r = fit_radius (self, area, label_gap (self, min_font));
    }
  self->radius = r;
  place_axis_labels (self, label_gap (self, min_font));
  drop_colliding_axis_labels (self);
}

/* Tries label styles from the richest to the barest: full titles wrapped
 * wide, narrower, shorter; a smaller font; numbers only. The first style
 * whose labels leave the chart a decent radius without touching wins. If
 * none does, numbers at the smallest size, hiding those that still touch. */
static void
fit_axis_labels (SbRadarLayout     *self,
                 const SbChartRect *area)
{
  const int both = self->base.options.language == SB_DISPLAY_LANGUAGE_BOTH;
  const int lines[] = { 0, both ? 4 : 2 };
  double base = self->base.font_size;
  double min_font = sb_chart_min_font_size (&self->base.options, base);
  double min_radius = 0.28 * MIN (area->width, area->height);

  /* Stage by stage: whole titles at every size, then shortened titles,
   * then numbers; within a size, the wrap width that leaves the largest
   * chart. */
  for (guint stage = 0; stage < G_N_ELEMENTS (lines) + 1; stage++)
    for (double f = base; ; f = MAX (min_font, f * 0.9))
      {
        gboolean numbers = stage == G_N_ELEMENTS (lines);
        int max_lines = numbers ? 0 : lines[stage];
        double wrap = 0;

        if (best_wrap (self, area, f, numbers, max_lines, min_radius, &wrap) > 0)
          {
            measure_axis_labels (self, f, numbers, wrap, max_lines);
            self->radius = fit_radius (self, area, label_gap (self, f));
            place_axis_labels (self, label_gap (self, f));
            self->base.font_size = f;
            self->base.numbers_only = numbers;
            return;
          }
        if (f <= min_font)
          break;
      }
  fit_smallest_numbers (self, area, min_font, min_radius);
}

/* "20 %" … "100 %" along the first axis, just right of it; every other one
 * dropped when the rings are too close for the text. */
static void
fit_ring_labels (SbRadarLayout *self)
{
  double f = MAX (sb_chart_min_font_size (&self->base.options, self->base.font_size), self->base.font_size * 0.8);
  guint step = 0;
  double h = 0;

  for (guint k = 0; k < SB_RADAR_N_RINGS; k++)
    {
      g_autofree char *text = g_strdup_printf ("%u %%", (k + 1) * 20);

      sb_chart_label_set_layout (&self->rings[k],
                                 sb_chart_layout_new (self->base.context, &self->base.options, text, f,
                                                      FALSE, 0, 0, PANGO_ALIGN_LEFT));
      self->rings[k].color = self->base.options.palette.muted;
      h = MAX (h, self->rings[k].rect.height);
    }

  /* Figures with at least their own height between them, or none. */
  for (guint s = 1; s <= SB_RADAR_N_RINGS; s++)
    if (s == 1 || s == 2 || s == 5)
      if (self->radius * s / SB_RADAR_N_RINGS >= 2 * h)
        {
          step = s;
          break;
        }

  for (guint k = 0; k < SB_RADAR_N_RINGS; k++)
    {
      SbChartLabel *label = &self->rings[k];
      double ring = self->radius * (k + 1) / SB_RADAR_N_RINGS;
      double angle = self->n_axes > 0 ? self->axes[0].angle : -G_PI / 2;
      double along = ring - label->rect.height / 2 - 1;

      if (step == 0 || (SB_RADAR_N_RINGS - 1 - k) % step != 0)
        {
          sb_chart_label_clear (label);
          continue;
        }
      /* Below the ring on the first axis, 2 units to its right. */
      label->rect.x = self->cx + along * cos (angle) + 2 - (cos (angle) < -0.1 ? label->rect.width + 4 : 0);
      label->rect.y = self->cy + along * sin (angle) - label->rect.height / 2;
    }
}

/* The legend first, at the bottom: the key to the dimensions' tints
 * (when axes are below dimensions), series, and the hollow mark. */
static void
fit_legend (SbRadarLayout *self)
{
  SbChartBase *base = &self->base;
  gboolean groups = sb_chart_data_get_level (base->data) != SB_CHART_LEVEL_DIMENSIONS;
  double legend_font = MAX (base->min_font_size, base->font_size * 0.92);
  double max_height = 0.22 * (base->height - 2 * base->margin);

  sb_chart_legend_add_defaults (&base->legend, base->data, &base->options, groups, TRUE, SB_CHART_KEY_SERIES);
  if (!sb_chart_base_fit_legend (base, legend_font, max_height))
    {
      /* No room for the key to the tints: the series matter more. */
      sb_chart_legend_remove_kind (&base->legend, SB_CHART_KEY_TINT);
      sb_chart_base_fit_legend (base, legend_font, max_height);
    }
}

/* The legend no larger than the labels it sits under; it only shrinks,
 * so the chart above keeps its room. */
static void
shrink_legend (SbRadarLayout *self)
{
  SbChartBase *base = &self->base;
  double top = base->legend.rect.y, size = base->legend.font_size;

  if (base->legend.font_size <= base->font_size || base->legend.entries->len == 0)
    return;
  sb_chart_base_fit_legend (base, base->font_size, base->height - base->margin - top);
  if (base->legend.rect.y < top - 1e-6 || base->legend.rect.height == 0)
    sb_chart_base_fit_legend (base, size, 0.22 * (base->height - 2 * base->margin));
}

/* The axes clockwise from the top, and the chart as large as its labels
 * let it be in what the legend leaves. */
static void
fit_axes (SbRadarLayout *self)
{
  SbChartBase *base = &self->base;
  SbChartRect area;

  self->n_axes = sb_chart_data_get_n_nodes (base->data);
  self->axes = g_new0 (SbRadarAxis, MAX (self->n_axes, 1));
  for (guint i = 0; i < self->n_axes; i++)
    {
      self->axes[i].angle = -G_PI / 2 + 2 * G_PI * i / self->n_axes;
      self->axes[i].group = sb_chart_data_get_node_group (base->data, i);
    }

  area.x = base->margin;
  area.y = base->margin;
  area.width = base->width - 2 * base->margin;
  area.height = base->legend.rect.y - base->margin - (base->legend.rect.height > 0 ? base->font_size * 0.6 : 0);
  if (area.height < 1)
    area.height = 1;

  self->cx = area.x + area.width / 2;
  self->cy = area.y + area.height / 2;
  if (self->n_axes > 0)
    fit_axis_labels (self, &area);
  else
    self->radius = MIN (area.width, area.height) / 2 * 0.8;
  self->unrated_radius = self->radius + self->marker_size * 1.6;
}

SbRadarLayout *
sb_radar_layout_new (SbChartData          *data,
                     const SbChartOptions *options,
                     cairo_t              *cr,
                     double                width,
                     double                height)
{
  SbRadarLayout *self;

  g_return_val_if_fail (SB_IS_CHART_DATA (data), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  self = g_new0 (SbRadarLayout, 1);
  sb_chart_base_init (&self->base, data, options, cr, width, height);
  self->marker_size = CLAMP (self->base.font_size * 0.55, 3.0, 8.0);
  fit_legend (self);
  fit_axes (self);
  shrink_legend (self);
  fit_ring_labels (self);

  for (guint i = 0; i < self->n_axes; i++)
    g_ptr_array_add (self->base.labels, &self->axes[i].label);
  for (guint k = 0; k < SB_RADAR_N_RINGS; k++)
    g_ptr_array_add (self->base.labels, &self->rings[k]);
  for (guint i = 0; i < self->base.legend.entries->len; i++)
    g_ptr_array_add (self->base.labels, &g_array_index (self->base.legend.entries, SbChartKeyEntry, i).label);

  return self;
}

void
sb_radar_layout_free (SbRadarLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_axes; i++)
    sb_chart_label_clear (&self->axes[i].label);
  for (guint k = 0; k < SB_RADAR_N_RINGS; k++)
    sb_chart_label_clear (&self->rings[k]);
  g_free (self->axes);
  sb_chart_base_clear (&self->base);
  g_free (self);
}

void
sb_radar_layout_get_center (const SbRadarLayout *self,
                            double              *x,
                            double              *y)
{
  g_return_if_fail (self != NULL);
  if (x)
    *x = self->cx;
  if (y)
    *y = self->cy;
}

double
sb_radar_layout_get_radius (const SbRadarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->radius;
}

guint
sb_radar_layout_get_n_axes (const SbRadarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_axes;
}

/* Radians, clockwise from the top (y grows downwards). */
double
sb_radar_layout_get_axis_angle (const SbRadarLayout *self,
                                guint                axis)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (axis < self->n_axes, 0);
  return self->axes[axis].angle;
}

/* The end of an axis: where 100 % sits. */
void
sb_radar_layout_get_axis_tip (const SbRadarLayout *self,
                              guint                axis,
                              double              *x,
                              double              *y)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (axis < self->n_axes);

  if (x)
    *x = self->cx + self->radius * cos (self->axes[axis].angle);
  if (y)
    *y = self->cy + self->radius * sin (self->axes[axis].angle);
}

/* Where a series' value is marked on an axis. For an unrated value (or a
 * node without a maximum) returns FALSE and the hollow mark's position,
 * outside the 100 % ring, where no value can be. */
gboolean
sb_radar_layout_get_point (const SbRadarLayout *self,
                           guint                series,
                           guint                axis,
                           double              *x,
                           double              *y)
{
  double fraction, r;
  gboolean rated;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (axis < self->n_axes, FALSE);
  g_return_val_if_fail (series < sb_chart_data_get_n_series (self->base.data), FALSE);

  rated = sb_chart_series_get_fraction (sb_chart_data_get_series (self->base.data, series), axis, &fraction);
  if (rated)
    r = self->radius * fraction;
  else
    r = self->unrated_radius + series * self->marker_size * 1.5;

  if (x)
    *x = self->cx + r * cos (self->axes[axis].angle);
  if (y)
    *y = self->cy + r * sin (self->axes[axis].angle);
  return rated;
}

double
sb_radar_layout_get_font_size (const SbRadarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->base.font_size;
}

gboolean
sb_radar_layout_get_numbers_only (const SbRadarLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->base.numbers_only;
}

/* Every label the chart has room for: axes, rings, legend. */
guint
sb_radar_layout_get_n_labels (const SbRadarLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->base.labels->len;
}

/* FALSE when the label was dropped for lack of room (rect and text are
 * left alone then). */
gboolean
sb_radar_layout_get_label (const SbRadarLayout *self,
                           guint                index,
                           SbChartRect         *rect,
                           const char         **text)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return sb_chart_base_get_label (&self->base, index, rect, text);
}
