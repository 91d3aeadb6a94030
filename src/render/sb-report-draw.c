/* sb-report-draw.c — the summary's pages painted into any cairo_t, and written as a PDF file
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include <cairo-pdf.h>

#include "sb-render-file.h"
#include "sb-report-private.h"

static void
set_gray (cairo_t *cr,
          double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
}

static void
draw_rule (cairo_t *cr,
           double   width,
           double   x,
           double   y,
           double   length)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x, y);
  cairo_rel_line_to (cr, length, 0);
  cairo_stroke (cr);
}

/* The block's background and its rules above and below. */
static void
draw_frame (cairo_t     *cr,
            const Block *block)
{
  if (block->fill >= 0)
    {
      set_gray (cr, block->fill);
      cairo_rectangle (cr, block->x, block->y, block->width, block->height);
      cairo_fill (cr);
    }
  set_gray (cr, block->kind == SB_REPORT_BLOCK_ROW ? GRAY_RULE_ROW : GRAY_RULE);
  if (block->rule_above > 0)
    draw_rule (cr, block->rule_above, block->x, block->y, block->width);
  if (block->rule_below > 0)
    draw_rule (cr, block->rule_below, block->x, block->y + block->height, block->width);
}

/* The charts are drawn by the same functions as on screen, in the
 * summary's language, font and print palette. */
static void
draw_chart (SbReport    *self,
            cairo_t     *cr,
            const Block *block)
{
  SbChartOptions chart;

  sb_chart_options_init (&chart);
  chart.language = self->options.language;
  chart.palette = self->options.palette;
  chart.font = self->font;
  chart.font_size = SIZE_CHART;
  chart.show_legend = TRUE;
  chart.show_values = TRUE;
  cairo_translate (cr, block->x, block->y);
  cairo_rectangle (cr, 0, 0, block->width, block->height);
  cairo_clip (cr);
  sb_chart_draw (cr, block->chart, block->width, block->height, &chart,
                 block->chart == SB_CHART_KIND_RADAR ? self->radar_data : self->bar_data);
}

static void
draw_cells (cairo_t     *cr,
            const Block *block)
{
  /* A part of a split comment shows only its own lines. */
  if (block->n_parts > 1)
    {
      cairo_rectangle (cr, block->x - SPLIT_BLEED, block->y, block->width + 2 * SPLIT_BLEED, block->height);
      cairo_clip (cr);
    }
  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      set_gray (cr, cell->gray);
      cairo_move_to (cr, block->x + cell->x, block->y + cell->y - block->slice);
      pango_cairo_show_layout (cr, cell->layout);
    }
}

static void
draw_block (SbReport    *self,
            cairo_t     *cr,
            const Block *block)
{
  cairo_save (cr);
  draw_frame (cr, block);
  if (block->kind == SB_REPORT_BLOCK_CHART)
    draw_chart (self, cr, block);
  else
    draw_cells (cr, block);
  cairo_restore (cr);
}

/* Paints @page into @cr, whose user space is the page in points. */
void
sb_report_draw_page (SbReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  Page *p;

  g_return_if_fail (SB_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < p->blocks->len; i++)
    draw_block (self, cr, g_ptr_array_index (p->blocks, i));
}

/* Writing a PDF */

/* Writes the summary of @assessment to @path as a PDF, page by page,
 * calling @progress after each. The file appears whole or not at all (an
 * existing one is kept on failure or cancellation). Safe to call from a
 * worker thread as long as nobody changes @assessment meanwhile. */
gboolean
sb_report_write_pdf (SbAssessment          *assessment,
                     const char            *path,
                     const SbReportOptions *options,
                     GCancellable          *cancellable,
                     SbReportProgressFunc   progress,
                     gpointer               progress_data,
                     GError               **error)
{
  g_autoptr(SbReport) report = NULL;
  g_autofree char *title = NULL;
  SbRenderFile *out;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  out = sb_render_file_open (path, cancellable, error);
  if (out == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (sb_render_file_write, out, options->page_width, options->page_height);
  cr = cairo_create (surface);
  report = sb_report_new (assessment, options, cr);

  {
    title = sb_report_dup_title (report, " — ");
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    if (sb_assessment_get_examiner (assessment) && *sb_assessment_get_examiner (assessment))
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, sb_assessment_get_examiner (assessment));
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Scorebook " PACKAGE_VERSION);
  }

  n_pages = sb_report_get_n_pages (report);
  for (guint i = 0; i < n_pages; i++)
    {
      if (sb_render_file_failed (out))
        break;
      sb_report_draw_page (report, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, n_pages, progress_data);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return sb_render_file_close (out, status, error);
}
