/* sb-chart-private.h — what the radar and bar charts share: labels, legend, colours
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "sb-chart-data.h"
#include "sb-chart-options.h"
#include "sb-language.h"

G_BEGIN_DECLS

/* A measured piece of text. @rect is where it sits on the canvas: the union
 * of Pango's ink and logical extents, so that nothing drawn leaves it. */
typedef struct
{
  PangoLayout  *layout;    /* NULL: measured, then dropped for lack of room */
  double        ox, oy;    /* the layout's origin, relative to rect's corner */
  SbChartRect   rect;
  SbChartColor  color;
} SbChartLabel;

typedef enum
{
  SB_CHART_KEY_TINT,       /* a dimension: tinted square */
  SB_CHART_KEY_SERIES,     /* a series: line, dash and marker */
  SB_CHART_KEY_SERIES_BAR, /* a series: a filled block */
  SB_CHART_KEY_UNRATED,    /* the hollow mark */
} SbChartKeyKind;

typedef struct
{
  SbChartKeyKind kind;
  guint          index;
  char          *text;
  SbChartLabel   label;
  SbChartRect    swatch;
} SbChartKeyEntry;

typedef struct
{
  GArray      *entries;    /* SbChartKeyEntry */
  SbChartRect  rect;
  double       font_size;
} SbChartLegend;

#define SB_CHART_FONT_MIN 6.0

/* What every chart layout holds: the radar's and the bars' start with it. */
typedef struct
{
  SbChartData    *data;
  SbChartOptions  options;       /* options.font points at font */
  char           *font;
  PangoContext   *context;
  double          width, height;
  double          margin;        /* around the whole chart */
  double          font_size;     /* the labels' size when there is room */
  double          min_font_size; /* they shrink no further */
  gboolean        numbers_only;  /* node labels say "1.1" only */
  SbChartLegend   legend;
  GPtrArray      *labels;        /* SbChartLabel *, every label, for tests */
} SbChartBase;

void          sb_chart_base_init          (SbChartBase           *base,
                                           SbChartData           *data,
                                           const SbChartOptions  *options,
                                           cairo_t               *cr,
                                           double                 width,
                                           double                 height);
void          sb_chart_base_clear         (SbChartBase           *base);
gboolean      sb_chart_base_fit_legend    (SbChartBase           *base,
                                           double                 font_size,
                                           double                 max_height);
void          sb_chart_base_draw_background (const SbChartBase   *base,
                                           cairo_t               *cr);
gboolean      sb_chart_base_get_label     (const SbChartBase     *base,
                                           guint                  index,
                                           SbChartRect           *rect,
                                           const char           **text);

PangoContext *sb_chart_context_new        (cairo_t               *cr);
PangoLayout  *sb_chart_layout_new_with_font (PangoContext        *context,
                                             const char          *font,
                                             double               size,
                                             gboolean             bold);
PangoLayout  *sb_chart_layout_new         (PangoContext          *context,
                                           const SbChartOptions  *options,
                                           const char            *text,
                                           double                 size,
                                           gboolean               bold,
                                           double                 wrap_width,
                                           int                    max_lines,
                                           PangoAlignment         alignment);
void          sb_chart_label_set_layout   (SbChartLabel          *label,
                                           PangoLayout           *layout);
void          sb_chart_label_clear        (SbChartLabel          *label);
gboolean      sb_chart_label_get          (const SbChartLabel    *label,
                                           SbChartRect           *rect,
                                           const char           **text);
void          sb_chart_label_draw         (cairo_t               *cr,
                                           const SbChartLabel    *label);

double        sb_chart_font_size          (const SbChartOptions  *options,
                                           double                 width,
                                           double                 height);
double        sb_chart_min_font_size      (const SbChartOptions  *options,
                                           double                 base);
char         *sb_chart_node_text          (SbNode                *node,
                                           SbDisplayLanguage      language,
                                           gboolean               number_only,
                                           gboolean               one_line);
char         *sb_chart_unrated_text       (SbDisplayLanguage      language);

gboolean      sb_chart_rect_intersects    (const SbChartRect     *a,
                                           const SbChartRect     *b);
gboolean      sb_chart_rect_inside        (const SbChartRect     *inner,
                                           const SbChartRect     *outer);
gboolean      sb_chart_labels_overlap     (SbChartLabel * const  *labels,
                                           guint                  n_labels);
void          sb_chart_labels_drop_colliding (SbChartLabel       **labels,
                                           guint                  n_labels,
                                           double                 width,
                                           double                 height);

void          sb_chart_set_color          (cairo_t               *cr,
                                           const SbChartColor    *color);
const SbChartColor *sb_chart_series_color (const SbChartOptions  *options,
                                           guint                  series);
const SbChartColor *sb_chart_tint         (const SbChartOptions  *options,
                                           guint                  group);
void          sb_chart_series_dash        (cairo_t               *cr,
                                           guint                  series,
                                           double                 line_width);
void          sb_chart_marker_path        (cairo_t               *cr,
                                           guint                  series,
                                           double                 x,
                                           double                 y,
                                           double                 size);
double        sb_chart_crisp              (double                 v);

void          sb_chart_legend_init        (SbChartLegend         *legend);
void          sb_chart_legend_clear       (SbChartLegend         *legend);
void          sb_chart_legend_add         (SbChartLegend         *legend,
                                           SbChartKeyKind         kind,
                                           guint                  index,
                                           char                  *text);
void          sb_chart_legend_remove_kind (SbChartLegend         *legend,
                                           SbChartKeyKind         kind);
gboolean      sb_chart_legend_fit         (SbChartLegend         *legend,
                                           PangoContext          *context,
                                           const SbChartOptions  *options,
                                           double                 font_size,
                                           double                 min_font_size,
                                           double                 x,
                                           double                 bottom,
                                           double                 width,
                                           double                 max_height);
void          sb_chart_legend_draw        (cairo_t               *cr,
                                           const SbChartLegend   *legend,
                                           const SbChartOptions  *options);
void          sb_chart_legend_add_defaults (SbChartLegend        *legend,
                                           SbChartData           *data,
                                           const SbChartOptions  *options,
                                           gboolean               groups,
                                           gboolean               unrated_mark,
                                           SbChartKeyKind         series_kind);

G_END_DECLS
