/* test-charts.c — radar and bar charts: data, geometry, labels, output formats
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "sb-bar-chart.h"
#include "sb-chart-private.h"
#include "sb-radar-chart.h"
#include "sb-test-data.h"
#include "sb-test-language.h"

#define A4_WIDTH  595.0   /* points */
#define A4_HEIGHT 842.0

static SbStandard *standard;

/* Made-up scores: a share of each node's maximum that varies by node, in
 * whole ten-thousandths so it is exact. */
static SbPoints
made_up (SbChartData *data,
         guint        index,
         guint        salt)
{
  SbPoints maximum = sb_chart_data_get_maximum (data, index);
  guint percent = 35 + ((index * 17 + salt * 29) % 60);

  return sb_points_of_percent (maximum, percent);
}

static SbChartData *
data_with_series (SbChartLevel level,
                  guint        n_series,
                  gboolean     some_unrated)
{
  SbChartData *data = sb_chart_data_new (standard, level);
  const char *labels[] = { "Examiner", "Self-assessment", "2025", "Examiner B" };

  for (guint s = 0; s < n_series; s++)
    {
      SbChartSeries *series = sb_chart_data_add_series (data, labels[s % G_N_ELEMENTS (labels)]);

      for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
        {
          SbNode *node = sb_chart_data_get_node (data, i);
          gboolean rated = !(some_unrated && (i + s) % 5 == 2);

          g_assert_true (sb_chart_series_set_value (series, sb_node_get_id (node),
                                                    made_up (data, i, s), rated));
        }
    }
  return data;
}

static cairo_t *
image_cr (double width,
          double height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

static void
assert_near (double a,
             double b)
{
  if (fabs (a - b) > 1e-6)
    g_error ("%.9f is not %.9f", a, b);
}

/* Data */

static void
test_data_levels (void)
{
  const guint expected[] = { 3, 8, 16 };

  for (SbChartLevel level = SB_CHART_LEVEL_DIMENSIONS; level <= SB_CHART_LEVEL_SUBITEMS; level++)
    {
      g_autoptr(SbChartData) data = sb_chart_data_new (standard, level);

      g_assert_cmpuint (sb_chart_data_get_n_nodes (data), ==, expected[level]);
      g_assert_cmpuint (sb_chart_data_get_n_groups (data), ==, 3);
      for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
        {
          SbNode *node = sb_chart_data_get_node (data, i);
          SbNode *group = sb_chart_data_get_group (data, sb_chart_data_get_node_group (data, i));

          g_assert_cmpuint (sb_node_get_depth (node), ==, level);
          g_assert_true (g_str_has_prefix (sb_node_get_number (node), sb_node_get_number (group)));
          g_assert_cmpint (sb_chart_data_find_node (data, sb_node_get_id (node)), ==, i);
        }
    }
}

static void
test_data_values (void)
{
  g_autoptr(SbChartData) data = sb_chart_data_new (standard, SB_CHART_LEVEL_DIMENSIONS);
  SbChartSeries *series = sb_chart_data_add_series (data, "Examiner");
  const char *id = sb_node_get_id (sb_chart_data_get_node (data, 0));
  SbPoints points = -1;
  double fraction = -1;
  g_autofree char *description = NULL;

  g_assert_cmpint (sb_chart_data_get_maximum (data, 0), ==, SB_POINTS (120));
  g_assert_cmpint (sb_chart_data_get_maximum (data, 1), ==, SB_POINTS (130));
  g_assert_cmpint (sb_chart_data_get_maximum (data, 2), ==, SB_POINTS (250));

  /* Unrated until set, and never a number. */
  g_assert_false (sb_chart_series_get_value (series, 0, &points));
  g_assert_false (sb_chart_series_get_fraction (series, 0, &fraction));
  assert_near (fraction, -1);
  g_assert_true (sb_chart_data_has_unrated (data));

  g_assert_true (sb_chart_series_set_value (series, id, 845000, TRUE));
  g_assert_true (sb_chart_series_get_value (series, 0, &points));
  g_assert_cmpint (points, ==, 845000);
  g_assert_true (sb_chart_series_get_fraction (series, 0, &fraction));
  assert_near (fraction, 84.5 / 120);

  /* Over the maximum is drawn at the maximum. */
  g_assert_true (sb_chart_series_set_value (series, id, SB_POINTS (500), TRUE));
  g_assert_true (sb_chart_series_get_fraction (series, 0, &fraction));
  assert_near (fraction, 1.0);

  /* Not this chart's nodes: an item on a dimension chart, or nonsense. */
  g_assert_false (sb_chart_series_set_value (series, "no-such-node", SB_POINTS (1), TRUE));
  g_assert_false (sb_chart_series_set_value (series, NULL, SB_POINTS (1), TRUE));
  {
    g_autoptr(SbChartData) items = sb_chart_data_new (standard, SB_CHART_LEVEL_ITEMS);
    g_assert_false (sb_chart_series_set_value (series, sb_node_get_id (sb_chart_data_get_node (items, 0)),
                                               SB_POINTS (1), TRUE));
  }

  sb_chart_series_set_value (series, sb_node_get_id (sb_chart_data_get_node (data, 1)), SB_POINTS (65), TRUE);
  description = sb_chart_data_describe (data, "en");
  g_assert_nonnull (strstr (description, "High-quality operations"));
  g_assert_nonnull (strstr (description, "65"));
  g_assert_nonnull (strstr (description, "50"));
}

/* Radar geometry */

static void
test_radar_geometry (gconstpointer user_data)
{
  SbChartLevel level = GPOINTER_TO_UINT (user_data);
  g_autoptr(SbChartData) data = sb_chart_data_new (standard, level);
  SbChartSeries *full = sb_chart_data_add_series (data, "full");
  SbChartSeries *half = sb_chart_data_add_series (data, "half");
  SbChartSeries *mixed = sb_chart_data_add_series (data, "mixed");
  SbChartOptions options;
  g_autoptr(SbRadarLayout) layout = NULL;
  cairo_t *cr = image_cr (800, 600);
  double cx, cy, radius;
  guint n;

  n = sb_chart_data_get_n_nodes (data);
  for (guint i = 0; i < n; i++)
    {
      const char *id = sb_node_get_id (sb_chart_data_get_node (data, i));
      SbPoints maximum = sb_chart_data_get_maximum (data, i);

      sb_chart_series_set_value (full, id, maximum, TRUE);
      sb_chart_series_set_value (half, id, maximum / 2, TRUE);
      /* zero, unrated, zero, unrated, … */
      sb_chart_series_set_value (mixed, id, 0, i % 2 == 0);
    }

  sb_chart_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  layout = sb_radar_layout_new (data, &options, cr, 800, 600);
  sb_radar_layout_get_center (layout, &cx, &cy);
  radius = sb_radar_layout_get_radius (layout);

  g_assert_cmpuint (sb_radar_layout_get_n_axes (layout), ==, n);
  g_assert_cmpfloat (radius, >, 600 * 0.2);
  /* The first axis points up; the rest follow clockwise, evenly. */
  assert_near (sb_radar_layout_get_axis_angle (layout, 0), -G_PI / 2);

  for (guint i = 0; i < n; i++)
    {
      double tx, ty, x, y;

      if (i > 0)
        assert_near (sb_radar_layout_get_axis_angle (layout, i) - sb_radar_layout_get_axis_angle (layout, i - 1),
                     2 * G_PI / n);
      sb_radar_layout_get_axis_tip (layout, i, &tx, &ty);
      assert_near (hypot (tx - cx, ty - cy), radius);
      g_assert_cmpfloat (tx, >=, 0);
      g_assert_cmpfloat (tx, <=, 800);
      g_assert_cmpfloat (ty, >=, 0);
      g_assert_cmpfloat (ty, <=, 600);

      /* 100 % on the tip, 50 % halfway. */
      g_assert_true (sb_radar_layout_get_point (layout, 0, i, &x, &y));
      assert_near (x, tx);
      assert_near (y, ty);
      g_assert_true (sb_radar_layout_get_point (layout, 1, i, &x, &y));
      assert_near (x, (cx + tx) / 2);
      assert_near (y, (cy + ty) / 2);

      /* A rated 0 is the centre; unrated is not: it is marked outside the rings, on its axis. */
      if (i % 2 == 0)
        {
          g_assert_true (sb_radar_layout_get_point (layout, 2, i, &x, &y));
          assert_near (x, cx);
          assert_near (y, cy);
        }
      else
        {
          g_assert_false (sb_radar_layout_get_point (layout, 2, i, &x, &y));
          g_assert_cmpfloat (hypot (x - cx, y - cy), >, radius);
          assert_near (atan2 (y - cy, x - cx), atan2 (ty - cy, tx - cx));
        }
    }

  cairo_destroy (cr);
}

/* Bar geometry */

static gboolean
bar_has_label (SbBarLayout *layout,
               const char  *wanted)
{
  for (guint i = 0; i < sb_bar_layout_get_n_labels (layout); i++)
    {
      const char *text;

      if (sb_bar_layout_get_label (layout, i, NULL, &text) && g_str_equal (text, wanted))
        return TRUE;
    }
  return FALSE;
}

static void
test_bar_geometry (void)
{
  g_autoptr(SbChartData) data = sb_chart_data_new (standard, SB_CHART_LEVEL_DIMENSIONS);
  SbChartSeries *a = sb_chart_data_add_series (data, "a");
  SbChartSeries *b = sb_chart_data_add_series (data, "b");
  SbChartOptions options;
  g_autoptr(SbBarLayout) layout = NULL;
  cairo_t *cr = image_cr (800, 600);
  SbChartRect track, fill, track_b, fill_b;

  /* 60 of 120; 84.5 of 130 against unrated; 250 of 250 against 0. */
  sb_chart_series_set_value (a, sb_node_get_id (sb_chart_data_get_node (data, 0)), SB_POINTS (60), TRUE);
  sb_chart_series_set_value (b, sb_node_get_id (sb_chart_data_get_node (data, 0)), SB_POINTS (120), TRUE);
  sb_chart_series_set_value (a, sb_node_get_id (sb_chart_data_get_node (data, 1)), 845000, TRUE);
  sb_chart_series_set_value (a, sb_node_get_id (sb_chart_data_get_node (data, 2)), SB_POINTS (250), TRUE);
  sb_chart_series_set_value (b, sb_node_get_id (sb_chart_data_get_node (data, 2)), 0, TRUE);

  sb_chart_options_init (&options);
  layout = sb_bar_layout_new (data, &options, cr, 800, 600);

  g_assert_true (sb_bar_layout_get_bar (layout, 0, 0, &track, &fill));
  g_assert_cmpfloat (track.width, >, 800 * 0.28);
  assert_near (fill.x, track.x);
  assert_near (fill.width, track.width / 2);
  assert_near (fill.height, track.height);
  assert_near (sb_bar_layout_get_threshold_x (layout, 0), track.x);
  assert_near (sb_bar_layout_get_threshold_x (layout, 60), track.x + track.width * 0.6);
  assert_near (sb_bar_layout_get_threshold_x (layout, 100), track.x + track.width);

  /* Series side by side: the same track, one under the other. */
  g_assert_true (sb_bar_layout_get_bar (layout, 1, 0, &track_b, &fill_b));
  assert_near (fill_b.width, track_b.width);
  assert_near (track_b.x, track.x);
  assert_near (track_b.width, track.width);
  g_assert_cmpfloat (track_b.y, >=, track.y + track.height);

  g_assert_true (sb_bar_layout_get_bar (layout, 0, 1, &track, &fill));
  assert_near (fill.width, track.width * 84.5 / 130);
  g_assert_false (sb_bar_layout_get_bar (layout, 1, 1, &track, &fill));
  assert_near (fill.width, 0);
  g_assert_cmpfloat (track.width, >, 0);

  g_assert_true (sb_bar_layout_get_bar (layout, 0, 2, &track, &fill));
  assert_near (fill.width, track.width);
  g_assert_true (sb_bar_layout_get_bar (layout, 1, 2, &track, &fill));
  assert_near (fill.width, 0);

  /* The value is spelt out beside the bar. */
  g_assert_true (bar_has_label (layout, "84.5 / 130 · 65 %"));

  cairo_destroy (cr);
}

/* A bar says the percent as the score table does, to one decimal: 27 of
 * 120 is 22.5 %, never 23 % beside a table that says 22.5 %. */
static void
test_bar_percent_as_table (void)
{
  g_autoptr(SbChartData) data = sb_chart_data_new (standard, SB_CHART_LEVEL_DIMENSIONS);
  SbChartSeries *a = sb_chart_data_add_series (data, "a");
  SbChartOptions options;
  g_autoptr(SbBarLayout) layout = NULL;
  g_autofree char *table = sb_percent_format (SB_POINTS (27), SB_POINTS (120));
  cairo_t *cr = image_cr (800, 600);

  sb_chart_series_set_value (a, sb_node_get_id (sb_chart_data_get_node (data, 0)), SB_POINTS (27), TRUE);
  sb_chart_options_init (&options);
  layout = sb_bar_layout_new (data, &options, cr, 800, 600);
  g_assert_cmpstr (table, ==, "22.5");
  g_assert_true (bar_has_label (layout, "27 / 120 · 22.5 %"));
  cairo_destroy (cr);
}

/* Labels: every size × language × level × chart */

typedef struct
{
  const char     *name;
  double          width, height;
} Size;

static const Size sizes[] = {
  { "thumbnail", 320, 240 },
  { "window", 800, 600 },
  { "a4", A4_WIDTH, A4_HEIGHT },
};

static const struct { const char *name; SbDisplayLanguage language; } languages[] = {
  { "zh", SB_DISPLAY_LANGUAGE_ZH },
  { "en", SB_DISPLAY_LANGUAGE_EN },
  { "both", SB_DISPLAY_LANGUAGE_BOTH },
};

static const char *level_names[] = { "dimensions", "items", "subitems" };

typedef struct
{
  gboolean        radar;
  Size            size;
  SbDisplayLanguage language;
  SbChartLevel    level;
  guint           n_series;
} LabelCase;

static void
assert_labels_apart (guint        n,
                     gboolean   (*get) (gconstpointer, guint, SbChartRect *, const char **),
                     gconstpointer layout,
                     double       width,
                     double       height,
                     guint       *n_shown)
{
  g_autofree SbChartRect *rects = g_new0 (SbChartRect, MAX (n, 1));
  g_autofree const char **texts = g_new0 (const char *, MAX (n, 1));
  g_autofree gboolean *shown = g_new0 (gboolean, MAX (n, 1));

  *n_shown = 0;
  for (guint i = 0; i < n; i++)
    {
      shown[i] = get (layout, i, &rects[i], &texts[i]);
      if (!shown[i])
        continue;
      (*n_shown)++;
      g_assert_true (isfinite (rects[i].x) && isfinite (rects[i].y));
      g_assert_cmpfloat (rects[i].width, >, 0);
      g_assert_cmpfloat (rects[i].height, >, 0);
      if (rects[i].x < -1e-6 || rects[i].y < -1e-6 ||
          rects[i].x + rects[i].width > width + 1e-6 || rects[i].y + rects[i].height > height + 1e-6)
        g_error ("“%s” (%.1f, %.1f, %.1f × %.1f) leaves the %.0f × %.0f canvas", texts[i],
                 rects[i].x, rects[i].y, rects[i].width, rects[i].height, width, height);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (shown[i] && shown[j] &&
          rects[i].x < rects[j].x + rects[j].width && rects[j].x < rects[i].x + rects[i].width &&
          rects[i].y < rects[j].y + rects[j].height && rects[j].y < rects[i].y + rects[i].height)
        g_error ("“%s” (%.1f, %.1f, %.1f × %.1f) overlaps “%s” (%.1f, %.1f, %.1f × %.1f)",
                 texts[i], rects[i].x, rects[i].y, rects[i].width, rects[i].height,
                 texts[j], rects[j].x, rects[j].y, rects[j].width, rects[j].height);
}

static gboolean
radar_label (gconstpointer layout, guint i, SbChartRect *rect, const char **text)
{
  return sb_radar_layout_get_label (layout, i, rect, text);
}

static gboolean
bar_label (gconstpointer layout, guint i, SbChartRect *rect, const char **text)
{
  return sb_bar_layout_get_label (layout, i, rect, text);
}

static void
test_labels (gconstpointer user_data)
{
  const LabelCase *c = user_data;
  g_autoptr(SbChartData) data = data_with_series (c->level, c->n_series, c->n_series > 1);
  SbChartOptions options;
  cairo_t *cr = image_cr (c->size.width, c->size.height);
  guint n_nodes = sb_chart_data_get_n_nodes (data);
  guint shown;

  sb_chart_options_init (&options);
  options.language = c->language;

  if (c->radar)
    {
      g_autoptr(SbRadarLayout) layout = sb_radar_layout_new (data, &options, cr, c->size.width, c->size.height);

      assert_labels_apart (sb_radar_layout_get_n_labels (layout), radar_label, layout,
                           c->size.width, c->size.height, &shown);
      g_assert_cmpfloat (sb_radar_layout_get_radius (layout), >, MIN (c->size.width, c->size.height) * 0.15);
      /* Every axis is named, at least by its number. */
      g_assert_cmpuint (shown, >=, n_nodes);
      /* With room to spare, by its title. */
      if (c->size.width >= 595 && c->level != SB_CHART_LEVEL_SUBITEMS)
        g_assert_false (sb_radar_layout_get_numbers_only (layout));
      sb_radar_layout_draw (layout, cr);
    }
  else
    {
      g_autoptr(SbBarLayout) layout = sb_bar_layout_new (data, &options, cr, c->size.width, c->size.height);

      assert_labels_apart (sb_bar_layout_get_n_labels (layout), bar_label, layout,
                           c->size.width, c->size.height, &shown);
      g_assert_cmpuint (shown, >=, n_nodes);
      if (c->size.width >= 595)
        g_assert_false (sb_bar_layout_get_numbers_only (layout));
      for (guint s = 0; s < c->n_series; s++)
        for (guint i = 0; i < n_nodes; i++)
          {
            SbChartRect track;

            sb_bar_layout_get_bar (layout, s, i, &track, NULL);
            g_assert_cmpfloat (track.height, >=, 1);
            g_assert_cmpfloat (track.y, >=, 0);
            g_assert_cmpfloat (track.y + track.height, <=, c->size.height);
          }
      sb_bar_layout_draw (layout, cr);
    }

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

/* Nothing rated, no series, a zero-size canvas: no NaN, no warning. */

static void
test_all_unrated (void)
{
  for (SbChartLevel level = SB_CHART_LEVEL_DIMENSIONS; level <= SB_CHART_LEVEL_SUBITEMS; level++)
    for (guint n_series = 0; n_series <= 2; n_series++)
      {
        g_autoptr(SbChartData) data = sb_chart_data_new (standard, level);
        SbChartOptions options;
        cairo_t *cr = image_cr (320, 240);

        for (guint s = 0; s < n_series; s++)
          sb_chart_data_add_series (data, "nothing yet");
        sb_chart_options_init (&options);

        {
          g_autoptr(SbRadarLayout) radar = sb_radar_layout_new (data, &options, cr, 320, 240);
          double cx, cy;

          sb_radar_layout_get_center (radar, &cx, &cy);
          g_assert_true (isfinite (cx) && isfinite (cy) && isfinite (sb_radar_layout_get_radius (radar)));
          for (guint s = 0; s < n_series; s++)
            for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
              {
                double x, y;

                g_assert_false (sb_radar_layout_get_point (radar, s, i, &x, &y));
                g_assert_true (isfinite (x) && isfinite (y));
              }
        }
        {
          g_autoptr(SbBarLayout) bars = sb_bar_layout_new (data, &options, cr, 320, 240);

          for (guint s = 0; s < n_series; s++)
            for (guint i = 0; i < sb_chart_data_get_n_nodes (data); i++)
              {
                SbChartRect track, fill;

                g_assert_false (sb_bar_layout_get_bar (bars, s, i, &track, &fill));
                g_assert_true (isfinite (track.x) && isfinite (track.width));
                assert_near (fill.width, 0);
              }
        }

        sb_radar_chart_draw (cr, 320, 240, &options, data);
        sb_bar_chart_draw (cr, 320, 240, &options, data);
        sb_radar_chart_draw (cr, 0, 0, &options, data);
        sb_bar_chart_draw (cr, 0, 0, &options, data);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        cairo_destroy (cr);
      }
}

/* Output formats */

static void
assert_svg_well_formed (const char *path)
{
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNodePtr root;

  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  g_assert_nonnull (root->children);
  xmlFreeDoc (doc);
}

static void
test_svg (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sb-charts-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (int radar = 0; radar <= 1; radar++)
      {
        g_autoptr(SbChartData) data = data_with_series (SB_CHART_LEVEL_ITEMS, 2, TRUE);
        g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
        cairo_surface_t *surface = cairo_svg_surface_create (path, 800, 600);
        cairo_t *cr = cairo_create (surface);
        SbChartOptions options;

        sb_chart_options_init (&options);
        options.language = languages[l].language;
        sb_chart_palette_init_print (&options.palette);
        if (radar)
          sb_radar_chart_draw (cr, 800, 600, &options, data);
        else
          sb_bar_chart_draw (cr, 800, 600, &options, data);
        cairo_destroy (cr);
        cairo_surface_finish (surface);
        g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy (surface);

        assert_svg_well_formed (path);
        g_assert_cmpint (g_unlink (path), ==, 0);
      }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sb-charts-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  g_autoptr(SbChartData) data = data_with_series (SB_CHART_LEVEL_SUBITEMS, 3, TRUE);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, A4_WIDTH, A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  SbChartOptions options;
  g_autofree char *contents = NULL;
  gsize length;

  sb_chart_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_BOTH;
  sb_chart_palette_init_print (&options.palette);
  sb_radar_chart_draw (cr, A4_WIDTH, A4_HEIGHT, &options, data);
  cairo_show_page (cr);
  sb_bar_chart_draw (cr, A4_WIDTH, A4_HEIGHT, &options, data);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The same layout on an image, an SVG and a PDF surface: the screen and
 * paper get one picture. */
static void
test_same_layout_everywhere (void)
{
  g_autoptr(SbChartData) data = data_with_series (SB_CHART_LEVEL_ITEMS, 2, FALSE);
  cairo_surface_t *surfaces[3];
  SbChartRect first[64];
  guint n_first = 0;
  SbChartOptions options;

  sb_chart_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_BOTH;
  surfaces[0] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 600);
  surfaces[1] = cairo_svg_surface_create (NULL, 800, 600);
  surfaces[2] = cairo_pdf_surface_create (NULL, 800, 600);

  for (guint k = 0; k < G_N_ELEMENTS (surfaces); k++)
    {
      cairo_t *cr = cairo_create (surfaces[k]);
      g_autoptr(SbRadarLayout) layout = sb_radar_layout_new (data, &options, cr, 800, 600);
      guint n = sb_radar_layout_get_n_labels (layout);

      g_assert_cmpuint (n, <=, G_N_ELEMENTS (first));
      if (k == 0)
        n_first = n;
      g_assert_cmpuint (n, ==, n_first);
      for (guint i = 0; i < n; i++)
        {
          SbChartRect rect = { 0 };

          sb_radar_layout_get_label (layout, i, &rect, NULL);
          if (k == 0)
            first[i] = rect;
          else
            {
              g_assert_cmpfloat (fabs (rect.x - first[i].x), <, 0.01);
              g_assert_cmpfloat (fabs (rect.width - first[i].width), <, 0.01);
              g_assert_cmpfloat (fabs (rect.height - first[i].height), <, 0.01);
            }
        }
      cairo_destroy (cr);
      cairo_surface_destroy (surfaces[k]);
    }
}

/* Palettes */

static double
luminance (const SbChartColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

/* On paper the series must differ in gray, not only in hue. */
static void
test_print_palette_grayscale (void)
{
  SbChartPalette palette;

  sb_chart_palette_init_print (&palette);
  for (guint i = 0; i < 4; i++)
    for (guint j = i + 1; j < 4; j++)
      g_assert_cmpfloat (fabs (luminance (&palette.series[i]) - luminance (&palette.series[j])), >=, 0.1);
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      g_assert_cmpfloat (fabs (palette.tints[i].alpha - palette.tints[j].alpha), >=, 0.05);
  g_assert_cmpfloat (luminance (&palette.background) - luminance (&palette.foreground), >, 0.9);

  sb_chart_palette_init_dark (&palette);
  g_assert_cmpfloat (luminance (&palette.foreground) - luminance (&palette.background), >, 0.7);
  sb_chart_palette_init_light (&palette);
  g_assert_cmpfloat (luminance (&palette.background) - luminance (&palette.foreground), >, 0.7);
}

static void
test_language_from_string (void)
{
  SbDisplayLanguage language = SB_DISPLAY_LANGUAGE_EN;

  g_assert_true (sb_display_language_parse ("zh-CN", &language));
  g_assert_cmpint (language, ==, SB_DISPLAY_LANGUAGE_ZH);
  g_assert_true (sb_display_language_parse ("both", &language));
  g_assert_cmpint (language, ==, SB_DISPLAY_LANGUAGE_BOTH);
  g_assert_true (sb_display_language_parse ("en", &language));
  g_assert_cmpint (language, ==, SB_DISPLAY_LANGUAGE_EN);
  g_assert_false (sb_display_language_parse ("fr", &language));
  g_assert_false (sb_display_language_parse (NULL, &language));
  g_assert_cmpint (language, ==, SB_DISPLAY_LANGUAGE_EN);
}

/* With SB_CHART_SAMPLES=DIR, both charts in every language and palette as
 * PNGs, for a person to look at. */
static void
write_samples (const char *dir)
{
  const struct { const char *name; double width, height; } canvases[] = {
    { "320x240", 320, 240 }, { "800x600", 800, 600 }, { "a4", A4_WIDTH, A4_HEIGHT },
  };
  const char *palettes[] = { "light", "dark", "print" };

  g_mkdir_with_parents (dir, 0755);
  for (guint c = 0; c < G_N_ELEMENTS (canvases); c++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      for (SbChartLevel level = 0; level <= SB_CHART_LEVEL_SUBITEMS; level++)
        for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
          for (int radar = 0; radar <= 1; radar++)
            {
              g_autoptr(SbChartData) data = data_with_series (level, p == 0 ? 1 : 3, p != 0);
              cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, canvases[c].width, canvases[c].height);
              cairo_t *cr = cairo_create (surface);
              g_autofree char *name = g_strdup_printf ("%s-%s-%s-%s-%s.png", radar ? "radar" : "bar",
                                                       level_names[level], languages[l].name,
                                                       canvases[c].name, palettes[p]);
              g_autofree char *path = g_build_filename (dir, name, NULL);
              SbChartOptions options;

              sb_chart_options_init (&options);
              options.language = languages[l].language;
              if (p == 1)
                sb_chart_palette_init_dark (&options.palette);
              else if (p == 2)
                sb_chart_palette_init_print (&options.palette);
              if (radar)
                sb_radar_chart_draw (cr, canvases[c].width, canvases[c].height, &options, data);
              else
                sb_bar_chart_draw (cr, canvases[c].width, canvases[c].height, &options, data);
              cairo_surface_write_to_png (surface, path);
              cairo_destroy (cr);
              cairo_surface_destroy (surface);
            }
}

/* A chart's labels say the language they are written in, so that Chinese
 * is drawn with Simplified glyph forms whatever the locale (the tests run
 * in C.UTF-8). In both languages, each half carries its own. */
static void
test_label_language (void)
{
  static const struct { SbDisplayLanguage language; const char *text, *needle, *expected; } cases[] = {
    { SB_DISPLAY_LANGUAGE_ZH, "1.1 领导力", "领导力", "zh-cn" },
    { SB_DISPLAY_LANGUAGE_ZH, "未评", "未评", "zh-cn" },
    { SB_DISPLAY_LANGUAGE_EN, "1.1 Leadership", "Leadership", "en" },
    { SB_DISPLAY_LANGUAGE_BOTH, "1.1 领导力\nLeadership", "领导力", "zh-cn" },
    { SB_DISPLAY_LANGUAGE_BOTH, "1.1 领导力\nLeadership", "Leadership", "en" },
    { SB_DISPLAY_LANGUAGE_BOTH, "未评 unrated", "未评", "zh-cn" },
    { SB_DISPLAY_LANGUAGE_BOTH, "未评 unrated", "unrated", "en" },
  };
  cairo_t *cr = image_cr (200, 200);
  PangoContext *context = sb_chart_context_new (cr);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SbChartOptions options;
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *language = NULL;

      sb_chart_options_init (&options);
      options.language = cases[i].language;
      layout = sb_chart_layout_new (context, &options, cases[i].text, 10, FALSE, 0, 0, PANGO_ALIGN_LEFT);
      language = sb_test_run_language (layout, cases[i].needle);
      g_assert_cmpstr (language, ==, cases[i].expected);
    }
  g_object_unref (context);
  cairo_destroy (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_test_init (&argc, &argv, NULL);

  standard = sb_test_bundled_standard ();

  if (g_getenv ("SB_CHART_SAMPLES") != NULL)
    write_samples (g_getenv ("SB_CHART_SAMPLES"));

  g_test_add_func ("/charts/data/levels", test_data_levels);
  g_test_add_func ("/charts/data/values", test_data_values);
  g_test_add_func ("/charts/options/language", test_language_from_string);
  g_test_add_func ("/charts/palette/grayscale", test_print_palette_grayscale);
  for (SbChartLevel level = 0; level <= SB_CHART_LEVEL_SUBITEMS; level++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/radar/geometry/%s", level_names[level]);
      g_test_add_data_func (path, GUINT_TO_POINTER (level), test_radar_geometry);
    }
  g_test_add_func ("/charts/bar/geometry", test_bar_geometry);
  g_test_add_func ("/charts/bar/percent-as-table", test_bar_percent_as_table);

  for (int radar = 1; radar >= 0; radar--)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        for (SbChartLevel level = 0; level <= SB_CHART_LEVEL_SUBITEMS; level++)
          for (guint n_series = 1; n_series <= 3; n_series += 2)
            {
              LabelCase *c = g_new0 (LabelCase, 1);
              g_autofree char *path = NULL;

              *c = (LabelCase) { radar, sizes[s], languages[l].language, level, n_series };
              g_ptr_array_add (cases, c);
              path = g_strdup_printf ("/charts/%s/labels/%s/%s/%s/%u-series", radar ? "radar" : "bar",
                                      sizes[s].name, languages[l].name, level_names[level], n_series);
              g_test_add_data_func (path, c, test_labels);
            }

  g_test_add_func ("/charts/unrated/all", test_all_unrated);
  g_test_add_func ("/charts/labels/language", test_label_language);
  g_test_add_func ("/charts/output/svg", test_svg);
  g_test_add_func ("/charts/output/pdf", test_pdf);
  g_test_add_func ("/charts/output/same-layout", test_same_layout_everywhere);

  status = g_test_run ();
  g_clear_object (&standard);
  return status;
}
