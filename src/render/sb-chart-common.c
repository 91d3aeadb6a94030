/* sb-chart-common.c — what the radar and bar charts share: labels, legend, colours
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart"

#include "config.h"

#include <math.h>

#include "sb-chart-private.h"

/* A Pango context for @cr whose metrics do not depend on the surface:
 * without hinting a label measures the same for a PNG, an SVG and a
 * printer, so the layout computed for one is right for all. */
PangoContext *
sb_chart_context_new (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_update_context (cr, context);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

/* A layout in @font (a Pango font string, or NULL for Sans) at @size in
 * user units (absolute, not points), so that text scales with the canvas
 * and not with the screen's resolution. Charts and the report alike. */
PangoLayout *
sb_chart_layout_new_with_font (PangoContext *context,
                               const char   *font,
                               double        size,
                               gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (font ? font : "Sans");

  if (pango_font_description_get_family (desc) == NULL)
    pango_font_description_set_family (desc, "Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  return layout;
}

/* A chart label's layout. @wrap_width <= 0: one line per paragraph.
 * @max_lines > 0 ellipsizes after that many lines. */
PangoLayout *
sb_chart_layout_new (PangoContext         *context,
                     const SbChartOptions *options,
                     const char           *text,
                     double                size,
                     gboolean              bold,
                     double                wrap_width,
                     int                   max_lines,
                     PangoAlignment        alignment)
{
  PangoLayout *layout = sb_chart_layout_new_with_font (context, options->font, size, bold);

  pango_layout_set_alignment (layout, alignment);
  if (wrap_width > 0)
    {
      /* Whole titles break between words only (a word too long shows as
       * a layout wider than asked); shortened ones anywhere. */
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, max_lines > 0 ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  pango_layout_set_text (layout, text, -1);
  sb_language_set_on_layout (layout, sb_display_language_to_tag (options->language));
  return layout;
}

/* Takes @layout and measures it; the rect is placed at 0, 0. */
void
sb_chart_label_set_layout (SbChartLabel *label,
                           PangoLayout  *layout)
{
  PangoRectangle ink, logical;
  double x0, y0, x1, y1;

  g_clear_object (&label->layout);
  label->layout = layout;

  pango_layout_get_extents (layout, &ink, &logical);
  x0 = MIN (ink.x, logical.x);
  y0 = MIN (ink.y, logical.y);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height);
  if (ink.width == 0 || ink.height == 0)
    {
      x0 = logical.x, y0 = logical.y;
      x1 = logical.x + logical.width, y1 = logical.y + logical.height;
    }

  label->ox = -x0 / PANGO_SCALE;
  label->oy = -y0 / PANGO_SCALE;
  label->rect.x = 0;
  label->rect.y = 0;
  label->rect.width = (x1 - x0) / PANGO_SCALE;
  label->rect.height = (y1 - y0) / PANGO_SCALE;
}

void
sb_chart_label_clear (SbChartLabel *label)
{
  g_clear_object (&label->layout);
}

void
sb_chart_label_draw (cairo_t            *cr,
                     const SbChartLabel *label)
{
  if (label->layout == NULL)
    return;

  sb_chart_set_color (cr, &label->color);
  cairo_move_to (cr, label->rect.x + label->ox, label->rect.y + label->oy);
  pango_cairo_show_layout (cr, label->layout);
  /* show_layout leaves the current point behind; a later arc would draw
   * a line from it. */
  cairo_new_path (cr);
}

/* The base label size for a canvas: about 1/50 of its short side, so a
 * thumbnail and a page keep their proportions, within readable bounds. */
double
sb_chart_font_size (const SbChartOptions *options,
                    double                width,
                    double                height)
{
  if (options->font_size > 0)
    return options->font_size;
  return CLAMP (MIN (width, height) / 48.0, 7.5, 15.0);
}

double
sb_chart_min_font_size (const SbChartOptions *options,
                        double                base)
{
  if (options->min_font_size > 0)
    return MIN (options->min_font_size, base);
  return MIN (MAX (SB_CHART_FONT_MIN, base * 0.6), base);
}

/* "1.1 领导力", "1.1 Leadership", both on two lines, or just "1.1". */
char *
sb_chart_node_text (SbNode            *node,
                    SbDisplayLanguage  language,
                    gboolean           number_only,
                    gboolean           one_line)
{
  const char *number = sb_node_get_number (node);
  g_autofree char *title = NULL;

  if (number_only && number[0] != '\0')
    return g_strdup (number);
  title = sb_text_format (sb_node_get_title (node), language, one_line ? " " : "\n");
  return g_strdup_printf ("%s%s%s", number, number[0] ? " " : "", title);
}

/* In the chart's language, not the interface's: a Chinese report printed
 * from an English desktop still says 未评. */
char *
sb_chart_unrated_text (SbDisplayLanguage language)
{
  return sb_display_language_join (language, "未评", "unrated", " ");
}

gboolean
sb_chart_rect_intersects (const SbChartRect *a,
                          const SbChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
sb_chart_rect_inside (const SbChartRect *inner,
                      const SbChartRect *outer)
{
  const double e = 1e-6;

  return inner->x >= outer->x - e && inner->y >= outer->y - e &&
         inner->x + inner->width <= outer->x + outer->width + e &&
         inner->y + inner->height <= outer->y + outer->height + e;
}

gboolean
sb_chart_labels_overlap (SbChartLabel * const *labels,
                         guint                 n_labels)
{
  for (guint i = 0; i < n_labels; i++)
    for (guint j = i + 1; j < n_labels; j++)
      if (labels[i]->layout != NULL && labels[j]->layout != NULL &&
          sb_chart_rect_intersects (&labels[i]->rect, &labels[j]->rect))
        return TRUE;
  return FALSE;
}

/* Hides each label that leaves the @width × @height canvas or touches
 * one before it: the first in @labels are the first to stay. */
void
sb_chart_labels_drop_colliding (SbChartLabel **labels,
                                guint          n_labels,
                                double         width,
                                double         height)
{
  SbChartRect canvas = { 0, 0, width, height };

  for (guint i = 0; i < n_labels; i++)
    {
      SbChartLabel *label = labels[i];

      if (label->layout == NULL)
        continue;
      if (!sb_chart_rect_inside (&label->rect, &canvas))
        {
          sb_chart_label_clear (label);
          continue;
        }
      for (guint j = 0; j < i; j++)
        if (labels[j]->layout != NULL && sb_chart_rect_intersects (&label->rect, &labels[j]->rect))
          {
            sb_chart_label_clear (label);
            break;
          }
    }
}

void
sb_chart_set_color (cairo_t            *cr,
                    const SbChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

const SbChartColor *
sb_chart_series_color (const SbChartOptions *options,
                       guint                 series)
{
  return &options->palette.series[series % SB_CHART_N_SERIES];
}

const SbChartColor *
sb_chart_tint (const SbChartOptions *options,
               guint                 group)
{
  return &options->palette.tints[group % SB_CHART_N_TINTS];
}

/* Series differ in dash as well as colour: solid, dashed, dotted, dash-dot. */
void
sb_chart_series_dash (cairo_t *cr,
                      guint    series,
                      double   line_width)
{
  double w = MAX (line_width, 0.5);
  double dashes[4];

  switch (series % 4)
    {
    case 1:
      dashes[0] = 4 * w, dashes[1] = 2 * w;
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case 2:
      dashes[0] = 1 * w, dashes[1] = 1.5 * w;
      cairo_set_dash (cr, dashes, 2, 0);
      break;
    case 3:
      dashes[0] = 4 * w, dashes[1] = 1.5 * w, dashes[2] = 1 * w, dashes[3] = 1.5 * w;
      cairo_set_dash (cr, dashes, 4, 0);
      break;
    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

/* Series differ in marker too: circle, square, triangle, diamond. */
void
sb_chart_marker_path (cairo_t *cr,
                      guint    series,
                      double   x,
                      double   y,
                      double   size)
{
  double r = size / 2;

  cairo_new_sub_path (cr);
  switch (series % 4)
    {
    case 1:
      r *= 0.88;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      r *= 1.15;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      break;
    case 3:
      r *= 1.2;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

/* The centre of a pixel, where a 1-unit line is sharp. */
double
sb_chart_crisp (double v)
{
  return floor (v) + .5;
}

static void
key_entry_clear (gpointer data)
{
  SbChartKeyEntry *entry = data;

  g_free (entry->text);
  sb_chart_label_clear (&entry->label);
}

void
sb_chart_legend_init (SbChartLegend *legend)
{
  legend->entries = g_array_new (FALSE, TRUE, sizeof (SbChartKeyEntry));
  g_array_set_clear_func (legend->entries, key_entry_clear);
  legend->rect = (SbChartRect) { 0, 0, 0, 0 };
  legend->font_size = 0;
}

void
sb_chart_legend_clear (SbChartLegend *legend)
{
  g_clear_pointer (&legend->entries, g_array_unref);
}

/* Takes @text. */
void
sb_chart_legend_add (SbChartLegend  *legend,
                     SbChartKeyKind  kind,
                     guint           index,
                     char           *text)
{
  SbChartKeyEntry entry = { kind, index, text };

  g_array_append_val (legend->entries, entry);
}

/* The dimensions' tints (if @groups), the series when there is more than
 * one, and the hollow mark when something is unrated. */
void
sb_chart_legend_add_defaults (SbChartLegend        *legend,
                              SbChartData          *data,
                              const SbChartOptions *options,
                              gboolean              groups,
                              gboolean              unrated_mark,
                              SbChartKeyKind        series_kind)
{
  guint n_series = sb_chart_data_get_n_series (data);

  if (groups)
    for (guint g = 0; g < sb_chart_data_get_n_groups (data); g++)
      sb_chart_legend_add (legend, SB_CHART_KEY_TINT, g,
                           sb_chart_node_text (sb_chart_data_get_group (data, g),
                                               options->language, FALSE, TRUE));
  if (n_series > 1 && options->show_legend)
    for (guint s = 0; s < n_series; s++)
      sb_chart_legend_add (legend, series_kind, s,
                           g_strdup (sb_chart_series_get_label (sb_chart_data_get_series (data, s))));
  if (unrated_mark && sb_chart_data_has_unrated (data))
    sb_chart_legend_add (legend, SB_CHART_KEY_UNRATED, 0,
                         sb_chart_unrated_text (options->language));
}

void
sb_chart_legend_remove_kind (SbChartLegend  *legend,
                             SbChartKeyKind  kind)
{
  for (guint i = legend->entries->len; i > 0; i--)
    if (g_array_index (legend->entries, SbChartKeyEntry, i - 1).kind == kind)
      g_array_remove_index (legend->entries, i - 1);
}

static double
swatch_width (SbChartKeyKind kind,
              double         font_size)
{
  return kind == SB_CHART_KEY_SERIES ? font_size * 2.2 : font_size * 0.9;
}

/* Measures the entries at size @f in rows no wider than @width, each
 * entry at most a @columns-th of it: where each row ends, how wide it is,
 * and the height of them all. FALSE when an entry's text would be too
 * narrow to read. */
static gboolean
legend_measure (SbChartLegend        *legend,
                PangoContext         *context,
                const SbChartOptions *options,
                double                f,
                guint                 columns,
                double                width,
                GArray               *row_ends,
                GArray               *row_widths,
                double               *total_h)
{
  guint n = legend->entries->len;
  double gap = f * 0.4, spacing = f * 1.6, line_gap = f * 0.35;
  double max_entry = width / columns - (columns > 1 ? spacing : 0);
  double row_w = 0, row_h = 0;
  guint first = 0;

  *total_h = 0;
  for (guint i = 0; i < n; i++)
    {
      SbChartKeyEntry *entry = &g_array_index (legend->entries, SbChartKeyEntry, i);
      double sw = swatch_width (entry->kind, f);
      double text_w = max_entry - sw - gap;
      double w;

      if (text_w < f * 2)
        return FALSE;
      sb_chart_label_set_layout (&entry->label,
                                 sb_chart_layout_new (context, options, entry->text, f, FALSE,
                                                      text_w, 1, PANGO_ALIGN_LEFT));
      entry->label.color = options->palette.foreground;
      w = sw + gap + entry->label.rect.width;
      entry->swatch = (SbChartRect) { 0, 0, sw, f * 0.9 };

      if (i > first && row_w + spacing + w > width)
        {
          g_array_append_val (row_ends, i);
          g_array_append_val (row_widths, row_w);
          *total_h += row_h + line_gap;
          first = i;
          row_w = 0;
          row_h = 0;
        }
      row_w += (i > first ? spacing : 0) + w;
      row_h = MAX (row_h, MAX (entry->label.rect.height, entry->swatch.height));
    }
  g_array_append_val (row_ends, n);
  g_array_append_val (row_widths, row_w);
  *total_h += row_h;
  return TRUE;
}

/* Places the measured rows, each centred, the block ending at @bottom. */
static void
legend_place (SbChartLegend *legend,
              double         f,
              double         x,
              double         bottom,
              double         width,
              GArray        *row_ends,
              GArray        *row_widths,
              double         total_h)
{
  double gap = f * 0.4, spacing = f * 1.6, line_gap = f * 0.35;
  double y = bottom - total_h;
  guint first = 0;

  legend->rect = (SbChartRect) { x, y, width, total_h };
  legend->font_size = f;
  for (guint r = 0; r < row_ends->len; r++)
    {
      guint end = g_array_index (row_ends, guint, r);
      double cx = x + (width - g_array_index (row_widths, double, r)) / 2;
      double h = 0;

      for (guint i = first; i < end; i++)
        {
          SbChartKeyEntry *entry = &g_array_index (legend->entries, SbChartKeyEntry, i);
          h = MAX (h, MAX (entry->label.rect.height, entry->swatch.height));
        }
      for (guint i = first; i < end; i++)
        {
          SbChartKeyEntry *entry = &g_array_index (legend->entries, SbChartKeyEntry, i);

          entry->swatch.x = cx;
          entry->swatch.y = y + (h - entry->swatch.height) / 2;
          cx += entry->swatch.width + gap;
          entry->label.rect.x = cx;
          entry->label.rect.y = y + (h - entry->label.rect.height) / 2;
          cx += entry->label.rect.width + spacing;
        }
      y += h + line_gap;
      first = end;
    }
}

/* Flows the entries into centred rows that end at @bottom, shrinking the
 * font and then ellipsizing entries until they fit in @max_height. Returns
 * FALSE, with every entry hidden, if even that fails. */
gboolean
sb_chart_legend_fit (SbChartLegend        *legend,
                     PangoContext         *context,
                     const SbChartOptions *options,
                     double                font_size,
                     double                min_font_size,
                     double                x,
                     double                bottom,
                     double                width,
                     double                max_height)
{
  guint n = legend->entries->len;

  legend->rect = (SbChartRect) { x, bottom, width, 0 };
  if (n == 0)
    return TRUE;

  for (double f = font_size; f >= min_font_size - 1e-9; f = (f > min_font_size && f * 0.88 < min_font_size) ? min_font_size : f * 0.88)
    {
      for (guint columns = 1; columns <= 4; columns++)
        {
          g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autoptr(GArray) row_widths = g_array_new (FALSE, FALSE, sizeof (double));
          double total_h;

          /* Narrower columns leave even less room for the text. */
          if (!legend_measure (legend, context, options, f, columns, width, row_ends, row_widths, &total_h))
            break;
          if (total_h > max_height)
            continue;
          legend_place (legend, f, x, bottom, width, row_ends, row_widths, total_h);
          return TRUE;
        }
      if (f <= min_font_size)
        break;
    }

  for (guint i = 0; i < n; i++)
    sb_chart_label_clear (&g_array_index (legend->entries, SbChartKeyEntry, i).label);
  legend->rect = (SbChartRect) { x, bottom, width, 0 };
  return FALSE;
}

void
sb_chart_legend_draw (cairo_t              *cr,
                      const SbChartLegend  *legend,
                      const SbChartOptions *options)
{
  for (guint i = 0; i < legend->entries->len; i++)
    {
      const SbChartKeyEntry *entry = &g_array_index (legend->entries, SbChartKeyEntry, i);
      const SbChartRect *s = &entry->swatch;
      double cy = s->y + s->height / 2;

      if (entry->label.layout == NULL)
        continue;

      cairo_save (cr);
      switch (entry->kind)
        {
        case SB_CHART_KEY_TINT:
          cairo_rectangle (cr, s->x, s->y, s->width, s->height);
          sb_chart_set_color (cr, &options->palette.background);
          cairo_fill_preserve (cr);
          sb_chart_set_color (cr, sb_chart_tint (options, entry->index));
          cairo_fill_preserve (cr);
          cairo_set_line_width (cr, 1);
          sb_chart_set_color (cr, &options->palette.grid);
          cairo_stroke (cr);
          break;

        case SB_CHART_KEY_SERIES:
          {
            double lw = MAX (1.0, s->height / 6);

            sb_chart_set_color (cr, sb_chart_series_color (options, entry->index));
            cairo_set_line_width (cr, lw);
            sb_chart_series_dash (cr, entry->index, lw);
            cairo_move_to (cr, s->x, cy);
            cairo_line_to (cr, s->x + s->width, cy);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
            sb_chart_marker_path (cr, entry->index, s->x + s->width / 2, cy, s->height * 0.6);
            cairo_fill (cr);
          }
          break;

        case SB_CHART_KEY_SERIES_BAR:
          cairo_rectangle (cr, s->x, s->y, s->width, s->height);
          sb_chart_set_color (cr, sb_chart_series_color (options, entry->index));
          cairo_fill (cr);
          break;

        case SB_CHART_KEY_UNRATED:
        default:
          sb_chart_set_color (cr, &options->palette.muted);
          cairo_set_line_width (cr, MAX (1.0, s->height / 8));
          cairo_new_path (cr);
          cairo_arc (cr, s->x + s->width / 2, cy, s->height * 0.32, 0, 2 * G_PI);
          cairo_stroke (cr);
          break;
        }
      cairo_restore (cr);
      sb_chart_label_draw (cr, &entry->label);
    }
}

/* A placed label's box and text, for the layouts' public getters; FALSE
 * when it was dropped for lack of room (@rect and @text are left alone). */
gboolean
sb_chart_label_get (const SbChartLabel  *label,
                    SbChartRect         *rect,
                    const char         **text)
{
  if (label->layout == NULL)
    return FALSE;
  if (rect)
    *rect = label->rect;
  if (text)
    *text = pango_layout_get_text (label->layout);
  return TRUE;
}
