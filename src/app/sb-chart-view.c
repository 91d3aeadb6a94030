/* sb-chart-view.c — a radar or bar chart on screen, drawn by src/render
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sb-bar-chart.h"
#include "sb-chart-view.h"
#include "sb-radar-chart.h"

struct _SbChartView
{
  GtkWidget        parent_instance;

  SbChartKind      kind;
  SbChartData     *data;
  SbChartOptions   options;

  /* The drawing is kept until the data, the size or the theme changes:
   * scrolling and repainting the page never redraws the chart. */
  GskRenderNode   *cache;
  int              cache_width;
  int              cache_height;
  SbRadarLayout   *radar;
  SbBarLayout     *bars;
};

G_DEFINE_FINAL_TYPE (SbChartView, sb_chart_view, GTK_TYPE_WIDGET)

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
drop_cache (SbChartView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->radar, sb_radar_layout_free);
  g_clear_pointer (&self->bars, sb_bar_layout_free);
}

static void
update_description (SbChartView *self)
{
  g_autofree char *description = NULL;
  const char *lang = sb_display_language_primary (self->options.language);

  if (self->data == NULL)
    return;
  description = sb_chart_data_describe (self->data, lang);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->kind == SB_CHART_KIND_RADAR ? _("Radar chart of the scores") : _("Bar chart of the scores"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Colours from the theme: the text colour becomes the chart's, and a
 * light text colour means a dark theme. */
static void
update_palette (SbChartView *self)
{
  GdkRGBA color;
  double luminance;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue;
  if (luminance > 0.5)
    sb_chart_palette_init_dark (&self->options.palette);
  else
    sb_chart_palette_init_light (&self->options.palette);
  self->options.palette.foreground = (SbChartColor) { color.red, color.green, color.blue, color.alpha };
  self->options.palette.background.alpha = 0;

  /* Labels follow the interface's text size, so large text makes larger
   * charts' labels too (the layout still shrinks them where space runs out). */
  {
    const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
    double size = font ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 0;

    if (font != NULL && !pango_font_description_get_size_is_absolute (font))
      size = size * 96.0 / 72.0;
    self->options.font_size = size > 0 ? size * 0.9 : 12;
  }
}

static void
sb_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  SbChartView *self = SB_CHART_VIEW (widget);

  double font_size = self->options.font_size;

  GTK_WIDGET_CLASS (sb_chart_view_parent_class)->css_changed (widget, change);
  update_palette (self);
  drop_cache (self);
  if (self->options.font_size != font_size)
    gtk_widget_queue_resize (widget);
  else
    gtk_widget_queue_draw (widget);
}

static void
sb_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SbChartView *self = SB_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  if (self->cache == NULL || self->cache_width != width || self->cache_height != height)
    {
      GtkSnapshot *drawing = gtk_snapshot_new ();
      cairo_t *cr;

      drop_cache (self);
      cr = gtk_snapshot_append_cairo (drawing, &GRAPHENE_RECT_INIT (0, 0, width, height));
      if (self->kind == SB_CHART_KIND_RADAR)
        {
          self->radar = sb_radar_layout_new (self->data, &self->options, cr, width, height);
          sb_radar_layout_draw (self->radar, cr);
        }
      else
        {
          self->bars = sb_bar_layout_new (self->data, &self->options, cr, width, height);
          sb_bar_layout_draw (self->bars, cr);
        }
      cairo_destroy (cr);
      self->cache = gtk_snapshot_free_to_node (drawing);
      self->cache_width = width;
      self->cache_height = height;
    }
  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);
}

/* The node under a point: for the radar, the axis nearest in angle within
 * the chart's circle and its labels; for bars, the row the point is in. */
SbNode *
sb_chart_view_node_at (SbChartView *self,
                       double       x,
                       double       y)
{
  g_return_val_if_fail (SB_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL)
    return NULL;

  if (self->radar != NULL)
    {
      double cx, cy, radius, best = G_MAXDOUBLE;
      guint n = sb_radar_layout_get_n_axes (self->radar);
      int found = -1;

      sb_radar_layout_get_center (self->radar, &cx, &cy);
      radius = sb_radar_layout_get_radius (self->radar);
      if (hypot (x - cx, y - cy) > radius * 1.35 || n == 0)
        return NULL;
      for (guint i = 0; i < n; i++)
        {
          double tx, ty, distance;

          sb_radar_layout_get_axis_tip (self->radar, i, &tx, &ty);
          distance = fabs (remainder (atan2 (y - cy, x - cx) - atan2 (ty - cy, tx - cx), 2 * G_PI));
          if (distance < best)
            best = distance, found = i;
        }
      return found >= 0 ? sb_chart_data_get_node (self->data, found) : NULL;
    }

  if (self->bars != NULL)
    {
      guint n_series = MAX (sb_chart_data_get_n_series (self->data), 1);

      for (guint i = 0; i < sb_chart_data_get_n_nodes (self->data); i++)
        {
          SbChartRect first, last, fill;

          if (!sb_bar_layout_get_bar (self->bars, 0, i, &first, &fill) ||
              !sb_bar_layout_get_bar (self->bars, n_series - 1, i, &last, &fill))
            continue;
          if (y >= first.y - 2 && y <= last.y + last.height + 2)
            return sb_chart_data_get_node (self->data, i);
        }
    }
  return NULL;
}

static void
clicked (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         SbChartView     *self)
{
  SbNode *node = sb_chart_view_node_at (self, x, y);

  if (node != NULL)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, node);
}

static GtkSizeRequestMode
sb_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Sizes are in multiples of the label size, so that large text asks for a
 * larger chart rather than crowding its labels: a row of charts too narrow
 * for their minimums stacks them (see the window's overview). The minimum
 * width stops growing at 600 pixels, so that even very large text leaves
 * the window narrower than a laptop's screen. */
static void
sb_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  SbChartView *self = SB_CHART_VIEW (widget);
  gboolean radar = self->kind == SB_CHART_KIND_RADAR;
  double em = self->options.font_size;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = CLAMP ((int) ((radar ? 30 : 20) * em), 240, 600);
      *natural = MAX (*minimum, (int) ((radar ? 34 : 24) * em));
    }
  else
    {
      *minimum = 240;
      if (!radar)
        *natural = (int) (23 * em);
      else if (for_size > 0)
        /* A radar is round: as tall as it is wide, short of its legend. */
        *natural = MIN ((int) (for_size * 0.9), (int) (36 * em));
      else
        *natural = (int) (36 * em);
      *natural = MAX (*minimum, *natural);
    }
}

static void
sb_chart_view_dispose (GObject *object)
{
  SbChartView *self = (SbChartView *) object;

  drop_cache (self);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (sb_chart_view_parent_class)->dispose (object);
}

static void
sb_chart_view_class_init (SbChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_chart_view_dispose;
  widget_class->snapshot = sb_chart_view_snapshot;
  widget_class->get_request_mode = sb_chart_view_get_request_mode;
  widget_class->measure = sb_chart_view_measure;
  widget_class->css_changed = sb_chart_view_css_changed;

  /* Emitted when the user clicks an axis or a bar: the view goes there. */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_NODE);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sb_chart_view_init (SbChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  sb_chart_options_init (&self->options);
  self->options.font_size = 12;  /* until the theme says otherwise */
  g_signal_connect (click, "released", G_CALLBACK (clicked), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

GtkWidget *
sb_chart_view_new (SbChartKind kind)
{
  SbChartView *self = g_object_new (SB_TYPE_CHART_VIEW, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

SbChartKind
sb_chart_view_get_kind (SbChartView *self)
{
  g_return_val_if_fail (SB_IS_CHART_VIEW (self), SB_CHART_KIND_RADAR);
  return self->kind;
}

/* Replaces what the chart shows; call it again whenever scores change. */
void
sb_chart_view_set_data (SbChartView *self,
                        SbChartData *data)
{
  g_return_if_fail (SB_IS_CHART_VIEW (self));

  g_set_object (&self->data, data);
  drop_cache (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SbChartData *
sb_chart_view_get_data (SbChartView *self)
{
  g_return_val_if_fail (SB_IS_CHART_VIEW (self), NULL);
  return self->data;
}

void
sb_chart_view_set_language (SbChartView       *self,
                            SbDisplayLanguage  language)
{
  g_return_if_fail (SB_IS_CHART_VIEW (self));

  self->options.language = language;
  drop_cache (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
