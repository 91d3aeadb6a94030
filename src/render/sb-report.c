/* sb-report.c — the printable score summary: laid out once, then painted to paper or PDF
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the summary says is in sb-report-cover.c and sb-report-table.c, how
 * it is cut into pages in sb-report-paginate.c, its header and footer in
 * sb-report-running.c, how it is painted and written as a PDF in
 * sb-report-draw.c; its sizes and grays in sb-report-style.h and its own
 * words in sb-report-labels.c.
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "sb-chart-private.h"
#include "sb-report-private.h"

G_DEFINE_FINAL_TYPE (SbReport, sb_report, G_TYPE_OBJECT)

/* Construction */

static void
sb_report_finalize (GObject *object)
{
  SbReport *self = SB_REPORT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->radar_data);
  g_clear_object (&self->bar_data);
  g_clear_object (&self->context);
  g_clear_object (&self->assessment);
  g_free (self->font);
  g_free (self->file_name);

  G_OBJECT_CLASS (sb_report_parent_class)->finalize (object);
}

static void
sb_report_class_init (SbReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_report_finalize;
}

static void
sb_report_init (SbReport *self)
{
  self->pages = g_ptr_array_new_with_free_func (sb_report_page_free);
}

/* The paper of the user's locale (LC_PAPER): Letter in the Americas, A4
 * nearly everywhere else and wherever it cannot be told. */
void
sb_report_paper_for_locale (double *width,
                            double *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  *width = SB_REPORT_A4_WIDTH;
  *height = SB_REPORT_A4_HEIGHT;
#if defined(__GLIBC__)
  {
    /* glibc answers these two with a number where a pointer would be. */
    guint w = (guint) (guintptr) nl_langinfo (_NL_PAPER_WIDTH);
    guint h = (guint) (guintptr) nl_langinfo (_NL_PAPER_HEIGHT);

    if (w == 216 && h == 279)
      {
        *width = SB_REPORT_LETTER_WIDTH;
        *height = SB_REPORT_LETTER_HEIGHT;
      }
  }
#endif
}

/* Chinese, no evidence notes, A4, 2 cm margins, the print palette. */
void
sb_report_options_init (SbReportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->language = SB_DISPLAY_LANGUAGE_ZH;
  options->include_notes = FALSE;
  options->page_width = SB_REPORT_A4_WIDTH;
  options->page_height = SB_REPORT_A4_HEIGHT;
  options->margin = MARGIN_DEFAULT;
  sb_chart_palette_init_print (&options->palette);
}

/* Lays the summary of @assessment out on pages, measuring text with
 * @measure's font options (NULL: as a PDF would). The report keeps the
 * assessment's values as they are now: it does not follow later edits. */
SbReport *
sb_report_new (SbAssessment          *assessment,
               const SbReportOptions *options,
               cairo_t               *measure)
{
  SbReport *self;
  g_autoptr(GPtrArray) flow = NULL;
  GFile *file;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->page_width > 2 * options->margin + 200, NULL);
  g_return_val_if_fail (options->page_height > 2 * options->margin + 200, NULL);

  self = g_object_new (SB_TYPE_REPORT, NULL);
  self->options = *options;
  self->font = g_strdup (options->font ? options->font : "Sans");
  self->options.font = self->font;
  self->assessment = g_object_ref (assessment);
  file = sb_assessment_get_file (assessment);
  if (options->file_name != NULL)
    self->file_name = g_strdup (options->file_name);
  else if (file != NULL)
    {
      g_autofree char *base = g_file_get_basename (file);

      self->file_name = g_filename_display_name (base);
    }
  else
    self->file_name = sb_report_label (self, SB_REPORT_LABEL_UNSAVED);
  self->options.file_name = self->file_name;

  if (measure != NULL)
    self->context = sb_chart_context_new (measure);
  else
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);

      self->context = sb_chart_context_new (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  self->radar_data = sb_chart_data_new_for_assessments (SB_CHART_LEVEL_DIMENSIONS, &assessment, 1);
  self->bar_data = sb_chart_data_new_for_assessments (SB_CHART_LEVEL_DIMENSIONS, &assessment, 1);

  sb_report_measure_running (self);
  flow = g_ptr_array_new_with_free_func (sb_report_block_free);
  sb_report_add_cover (self, flow);
  sb_report_add_charts (self, flow);
  sb_report_add_table (self, flow);
  sb_report_add_key_themes (self, flow);
  sb_report_add_left_out (self, flow);

  sb_report_paginate (self, flow);
  sb_report_add_running (self);
  return self;
}

guint
sb_report_get_n_pages (SbReport *self)
{
  g_return_val_if_fail (SB_IS_REPORT (self), 0);

  return self->pages->len;
}

/* Where the body of @page is: below the running header, above the footer. */
void
sb_report_get_body (SbReport *self,
                    guint     page,
                    double   *top,
                    double   *bottom)
{
  Page *p;

  g_return_if_fail (SB_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  if (top)
    *top = p->top;
  if (bottom)
    *bottom = p->bottom;
}

guint
sb_report_get_n_blocks (SbReport *self,
                        guint     page)
{
  g_return_val_if_fail (SB_IS_REPORT (self), 0);
  g_return_val_if_fail (page < self->pages->len, 0);

  return ((Page *) g_ptr_array_index (self->pages, page))->blocks->len;
}

gboolean
sb_report_get_block (SbReport      *self,
                     guint          page,
                     guint          index,
                     SbReportBlock *out)
{
  Page *p;
  Block *block;

  g_return_val_if_fail (SB_IS_REPORT (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (page >= self->pages->len)
    return FALSE;
  p = g_ptr_array_index (self->pages, page);
  if (index >= p->blocks->len)
    return FALSE;
  block = g_ptr_array_index (p->blocks, index);
  out->kind = block->kind;
  out->x = block->x;
  out->y = block->y;
  out->width = block->width;
  out->height = block->height;
  out->key = block->key;
  out->text = block->text ? block->text : "";
  out->part = block->part;
  out->n_parts = block->n_parts;
  return TRUE;
}
