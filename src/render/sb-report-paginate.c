/* sb-report-paginate.c — the summary's flow of blocks cut into pages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include <math.h>

#include "sb-report-private.h"

/* Where the pagination is: the page being filled and what repeats atop
 * the next one. */
typedef struct
{
  SbReport  *report;
  GPtrArray *flow;
  Page      *page;
  double     y;          /* where the next block goes */
  gboolean   empty;      /* nothing but repeats on the page yet */
  Block     *heading;    /* the table's heading, once placed: it repeats atop each page of the table */
  Block     *row;        /* the last sub-item row placed: its line repeats atop a page of its comments */
} Paginator;

static Page *
page_new (SbReport *self)
{
  Page *page = g_new0 (Page, 1);

  page->blocks = g_ptr_array_new_with_free_func (sb_report_block_free);
  page->top = self->options.margin + (self->pages->len > 0 ? self->header_height : 0);
  page->bottom = self->options.page_height - self->options.margin - self->footer_height;
  g_ptr_array_add (self->pages, page);
  return page;
}

void
sb_report_page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->blocks);
  g_free (page);
}

void
sb_report_place (Page  *page,
                 Block *block,
                 double y)
{
  block->y = y;
  g_ptr_array_add (page->blocks, block);
}

static void
place_repeat (Paginator   *p,
              const Block *block)
{
  Block *repeat = sb_report_block_copy (block);

  sb_report_place (p->page, repeat, p->y);
  p->y += repeat->height;
}

/* A new page for @next: below the table's heading when @next is in the
 * table, and below its sub-item's line when it is a comment. */
static void
start_page (Paginator *p,
            Block     *next)
{
  p->page = page_new (p->report);
  p->y = p->page->top;
  p->empty = TRUE;
  if (next->in_table && p->heading != NULL && next != p->heading)
    place_repeat (p, p->heading);
  if (next->kind == SB_REPORT_BLOCK_COMMENT && p->row != NULL)
    place_repeat (p, p->row->continued);
}

/* The height a fresh page has for @block, below what would repeat. */
static double
fresh_height (Paginator *p,
              Block     *block)
{
  double height = p->page->bottom - p->page->top;

  if (block->in_table && p->heading != NULL && block != p->heading)
    height -= p->heading->height;
  if (block->kind == SB_REPORT_BLOCK_COMMENT && p->row != NULL)
    height -= p->row->continued->height;
  return height;
}

/* The height a block needs together with the blocks it keeps with: a row
 * with its first comment, a heading with its first row. */
static double
chain_height (GPtrArray *flow,
              guint      index,
              double     fresh)
{
  Block *block = g_ptr_array_index (flow, index);
  double first = block->height;
  double height = first;

  while (block->keep_with_next && index + 1 < flow->len)
    {
      block = g_ptr_array_index (flow, ++index);
      /* Of a comment that will be split anyway, its first lines are enough. */
      height += block->space_before + (block->split_cell >= 0 && block->height > fresh ? SPLIT_MIN_HEIGHT
                                                                                      : block->height);
    }
  /* A chain longer than a page cannot stay together: then the block
   * alone decides. */
  return height > fresh ? first : height;
}

/* The two charts share what is left of page one, or a page of their own
 * when too little is left for them to be legible. */
static void
size_charts (Paginator *p,
             Block     *radar,
             Block     *bars)
{
  double left = p->page->bottom - p->y - radar->space_before - bars->space_before;

  if (left < CHART_MIN_HEIGHT && !p->empty)
    {
      start_page (p, radar);
      left = p->page->bottom - p->y - bars->space_before;
    }
  left = MIN (left, CHART_MAX_HEIGHT);
  radar->height = floor (left * CHART_RADAR_SHARE);
  bars->height = floor (left - radar->height);
}

/* Moves to a new page unless the chain starting at @index fits on this
 * one, or @block is a long comment of which a few lines fit here.
 * Returns the space to leave above @block. */
static double
make_room (Paginator *p,
           guint      index,
           double     space)
{
  Block *block = g_ptr_array_index (p->flow, index);
  double fresh = fresh_height (p, block);
  gboolean split_here;

  if (p->empty || p->y + space + chain_height (p->flow, index, fresh) <= p->page->bottom)
    return space;
  split_here = block->split_cell >= 0 && block->height > fresh && p->page->bottom - p->y - space >= SPLIT_MIN_HEIGHT;
  if (split_here)
    return space;
  start_page (p, block);
  return 0;
}

/* The y of the bottom of the last line of @layout that starts at or below
 * @from and ends at or above @limit (all in the layout's units), or -1
 * when even the first does not. */
static double
last_line_bottom (PangoLayout *layout,
                  double       from,
                  double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double best = -1;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if ((double) y0 / PANGO_SCALE < from - 0.01)
        continue;
      if ((double) y1 / PANGO_SCALE > limit + 0.01)
        break;
      best = (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return best;
}

/* Where the part of @block from @slice that fits in @avail ends: after
 * its last whole line, or at its end. */
static double
part_end (Block  *block,
          double  slice,
          double  avail)
{
  Cell *cell = &g_array_index (block->cells, Cell, block->split_cell);
  double line_end = last_line_bottom (cell->layout, slice - cell->y, slice + avail - cell->y);

  if (slice + avail >= block->height)
    return block->height;
  return line_end < 0 ? slice : cell->y + line_end;
}

/* Places a comment taller than what is left as parts, cut between lines,
 * each on a page of its own but the first; frees @block, whose parts are
 * copies. */
static void
place_split (Paginator *p,
             Block     *block,
             double     space)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  double slice = 0;

  while (slice < block->height - 0.01)
    {
      double avail = p->page->bottom - p->y - space;
      double end = part_end (block, slice, avail);
      Block *copy;

      if (end <= slice && !p->empty)
        {
          /* Not even one line fits: on to a fresh page. */
          start_page (p, block);
          space = 0;
          continue;
        }
      /* A line taller than a whole page would loop; show it cut. */
      if (end <= slice)
        end = MIN (block->height, slice + avail);
      copy = sb_report_block_copy (block);
      copy->slice = slice;
      copy->height = end - slice;
      copy->part = parts->len;
      sb_report_place (p->page, copy, p->y + space);
      g_ptr_array_add (parts, copy);
      p->y += space + copy->height;
      p->empty = FALSE;
      slice = end;
      if (slice < block->height - 0.01)
        {
          start_page (p, block);
          space = 0;
        }
    }
  for (guint k = 0; k < parts->len; k++)
    ((Block *) g_ptr_array_index (parts, k))->n_parts = parts->len;
  sb_report_block_free (block);
}

static void
place_whole (Paginator *p,
             Block     *block,
             double     space)
{
  sb_report_place (p->page, block, p->y + space);
  p->y += space + block->height;
  p->empty = FALSE;
  if (block->kind == SB_REPORT_BLOCK_ROW)
    p->row = block->continued ? block : NULL;
}

/* Places every block of @flow on the report's pages, each whole on one
 * page but long comments; @flow gives its blocks up to the pages. */
void
sb_report_paginate (SbReport  *self,
                    GPtrArray *flow)
{
  Paginator p = { self, flow, NULL, 0, TRUE, NULL, NULL };

  p.page = page_new (self);
  p.y = p.page->top;
  for (guint i = 0; i < flow->len; i++)
    {
      Block *block = g_ptr_array_index (flow, i);
      double space;

      if (block->kind == SB_REPORT_BLOCK_TABLE_HEADING)
        p.heading = block;
      if (block->break_before && !p.empty)
        start_page (&p, block);
      if (block->kind == SB_REPORT_BLOCK_CHART && block->chart == SB_CHART_KIND_RADAR && i + 1 < flow->len)
        size_charts (&p, block, g_ptr_array_index (flow, i + 1));

      space = make_room (&p, i, p.empty ? 0 : block->space_before);
      g_ptr_array_index (flow, i) = NULL;
      if (block->split_cell >= 0 && p.y + space + block->height > p.page->bottom)
        place_split (&p, block, space);
      else
        place_whole (&p, block, space);
    }
}
