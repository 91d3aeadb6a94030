/* sb-report-running.c — the summary's running header and footer: who, what, which file, page N of M
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include "sb-report-private.h"

/* The heights the pages leave for them, known before pagination. */
void
sb_report_measure_running (SbReport *self)
{
  g_autoptr(PangoLayout) probe = sb_report_line_new (self, "Ag 第", SIZE_RUNNING, -1);
  int w, h;

  pango_layout_get_size (probe, &w, &h);
  self->header_height = (double) h / PANGO_SCALE + HEADER_RULE_GAP + RUNNING_SPACE;
  self->footer_height = (double) h / PANGO_SCALE + FOOTER_RULE_GAP + RUNNING_SPACE;
}

static void
add_header (SbReport   *self,
            Page       *page,
            const char *text)
{
  double w = sb_report_content_width (self);
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_HEADER, "header");

  block->x = self->options.margin;
  block->width = w;
  sb_report_block_add_cell (block, sb_report_line_new (self, text, SIZE_RUNNING, w), 0, 0, GRAY_SUBTITLE);
  block->rule_below = RULE_RUNNING;
  block->height += HEADER_RULE_GAP;
  sb_report_block_finish_text (block);
  sb_report_place (page, block, self->options.margin);
}

/* The page number right, the file's name left in what room is left. */
static void
add_footer (SbReport *self,
            Page     *page,
            guint     number,
            guint     n_pages)
{
  double w = sb_report_content_width (self);
  g_autofree char *zh = g_strdup_printf ("第 %u 页，共 %u 页", number, n_pages);
  g_autofree char *en = g_strdup_printf ("Page %u of %u", number, n_pages);
  g_autofree char *text = sb_report_join (self, zh, en, " · ");
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_FOOTER, "footer");
  Cell *cell;
  double number_w;

  block->x = self->options.margin;
  block->width = w;
  sb_report_block_add_cell (block, sb_report_layout_new (self, text, FALSE, SIZE_RUNNING, FALSE, -1, PANGO_ALIGN_LEFT),
                            0, FOOTER_RULE_GAP, GRAY_SUBTITLE);
  cell = &g_array_index (block->cells, Cell, 0);
  number_w = sb_report_layout_width (cell->layout);
  cell->x = w - number_w;
  sb_report_block_add_cell (block, sb_report_line_new (self, self->file_name, SIZE_RUNNING,
                                                       MAX (FOOTER_NAME_MIN, w - number_w - FOOTER_NAME_GAP)),
                            0, FOOTER_RULE_GAP, GRAY_SUBTITLE);
  block->rule_above = RULE_RUNNING;
  sb_report_block_finish_text (block);
  sb_report_place (page, block, self->options.page_height - self->options.margin - block->height);
}

/* Header and footer go on once the number of pages is known; page one
 * has no header, its cover says it all. */
void
sb_report_add_running (SbReport *self)
{
  g_autofree char *header = sb_report_dup_title (self, "  ·  ");
  guint n = self->pages->len;

  for (guint p = 0; p < n; p++)
    {
      Page *page = g_ptr_array_index (self->pages, p);

      if (p > 0)
        add_header (self, page, header);
      add_footer (self, page, p + 1, n);
    }
}
