/* sb-report-private.h — what the summary's files share: its blocks, pages and state
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "sb-chart.h"
#include "sb-report.h"
#include "sb-report-labels.h"
#include "sb-report-style.h"

G_BEGIN_DECLS

/* The types below are the report's own; they keep the short names they
 * had when the report was one file. */

/* One piece of text in a block, at a place relative to the block's corner. */
typedef struct
{
  PangoLayout *layout;
  double       x, y;
  double       gray;       /* 0 black … 1 white */
} Cell;

/* A rectangle of the page and what is painted in it. The flow of blocks
 * is built first with y = 0, then paginated: each block is placed whole on
 * one page, except a comment taller than a page, which is cut between two
 * lines into parts (copies that show different slices of the same text). */
typedef struct _Block
{
  SbReportBlockKind kind;
  double        x, y, width, height;
  char         *key;
  char         *text;
  guint         part, n_parts;
  double        slice;       /* the y of the text shown at the block's top */
  GArray       *cells;       /* Cell, shared between the parts of a block */
  double        fill;        /* background gray, < 0 for none */
  double        rule_above;  /* line widths, 0 for none */
  double        rule_below;
  SbChartKind   chart;       /* of a SB_REPORT_BLOCK_CHART */
  struct _Block *continued; /* a sub-item's row: the line that stands for it atop a page of its comments */

  /* How it flows */
  double        space_before;
  gboolean      keep_with_next;
  gboolean      in_table;
  gboolean      break_before;
  int           split_cell;  /* the cell whose lines a split follows, -1: never split */
} Block;

typedef struct
{
  GPtrArray *blocks;       /* Block */
  double     top, bottom;  /* the body, between header and footer */
} Page;

struct _SbReport
{
  GObject          parent_instance;

  SbReportOptions  options;
  char            *font;
  char            *file_name;
  SbAssessment    *assessment;
  PangoContext    *context;
  SbChartData     *radar_data;
  SbChartData     *bar_data;
  GPtrArray       *pages;  /* Page */
  double           header_height;
  double           footer_height;
  guint            n_comments;        /* comments printed so far */
  gsize            comment_bytes;     /* and their text */
  guint            n_left_out;        /* comments beyond the bounds */
  gsize            bytes_left_out;
};

/* A summary prints at most this many comments and this much of their text:
 * any file the loader accepts (64 MB of notes, two million of them) then
 * still gives a summary in seconds, and says what it left out. */
#define SB_REPORT_MAX_COMMENTS      5000
#define SB_REPORT_MAX_COMMENT_BYTES (1024 * 1024)

/* sb-report-block.c: blocks and the text in them */
Block       *sb_report_block_new             (SbReportBlockKind  kind,
                                              const char        *key);
Block       *sb_report_block_copy            (const Block       *block);
void         sb_report_block_free            (gpointer            block);
void         sb_report_block_add_cell        (Block             *block,
                                              PangoLayout       *layout,
                                              double             x,
                                              double             y,
                                              double             gray);
void         sb_report_block_align_baselines (Block             *block);
void         sb_report_block_finish_text     (Block             *block);
Block       *sb_report_text_block            (SbReport          *self,
                                              const char        *key,
                                              const char        *markup,
                                              double             size,
                                              gboolean           bold,
                                              double             gray);
Block       *sb_report_notice_block          (SbReport          *self,
                                              const char        *key,
                                              const char        *zh,
                                              const char        *en,
                                              double             size);
PangoLayout *sb_report_layout_new            (SbReport          *self,
                                              const char        *text,
                                              gboolean           markup,
                                              double             size,
                                              gboolean           bold,
                                              double             width,
                                              PangoAlignment     alignment);
PangoLayout *sb_report_line_new              (SbReport          *self,
                                              const char        *text,
                                              double             size,
                                              double             width);
double       sb_report_layout_width          (PangoLayout       *layout);
double       sb_report_content_width         (SbReport          *self);
char        *sb_report_label                 (SbReport          *self,
                                              SbReportLabel      label);
char        *sb_report_join                  (SbReport          *self,
                                              const char        *zh,
                                              const char        *en,
                                              const char        *separator);
char        *sb_report_join_markup           (SbReport          *self,
                                              const char        *zh,
                                              const char        *en,
                                              const char        *en_attributes);
char        *sb_report_text_markup           (SbReport          *self,
                                              const SbText      *text);
char        *sb_report_dup_title             (SbReport          *self,
                                              const char        *separator);

/* sb-report-cover.c: page one */
void         sb_report_add_cover             (SbReport          *self,
                                              GPtrArray         *flow);
void         sb_report_add_charts            (SbReport          *self,
                                              GPtrArray         *flow);

/* sb-report-table.c: the scores, with comments */
void         sb_report_add_table             (SbReport          *self,
                                              GPtrArray         *flow);
char        *sb_report_band_markup           (SbReport          *self,
                                              SbNode            *node,
                                              const char        *band_id);
Block       *sb_report_comment_block         (SbReport          *self,
                                              const char        *key,
                                              const char        *mark,
                                              const char        *text,
                                              gboolean           markup,
                                              gboolean           bold);
void         sb_report_add_comment_heading   (SbReport          *self,
                                              GPtrArray         *flow,
                                              const char        *key,
                                              SbReportLabel      label);
gboolean     sb_report_take_comment          (SbReport          *self,
                                              const char        *text);
gboolean     sb_report_has_room              (SbReport          *self);
void         sb_report_add_left_out          (SbReport          *self,
                                              GPtrArray         *flow);
void         sb_report_add_section_title     (SbReport          *self,
                                              GPtrArray         *flow,
                                              const char        *key,
                                              const char        *title);

/* sb-report-consensus.c: a consensus's trail and key themes */
void         sb_report_add_not_used          (SbReport          *self,
                                              GPtrArray         *flow,
                                              SbNode            *node);
void         sb_report_add_trail             (SbReport          *self,
                                              GPtrArray         *flow,
                                              SbNode            *node);
void         sb_report_add_key_themes        (SbReport          *self,
                                              GPtrArray         *flow);
char        *sb_report_comment_markup        (SbReport          *self,
                                              const char        *owner_id,
                                              SbNoteKind         kind,
                                              guint              index,
                                              const char        *mark,
                                              char             **shown_mark);

/* sb-report-paginate.c: the flow cut into pages */
void         sb_report_page_free             (gpointer            page);
void         sb_report_paginate              (SbReport          *self,
                                              GPtrArray         *flow);
void         sb_report_place                 (Page              *page,
                                              Block             *block,
                                              double             y);

/* sb-report-running.c: header and footer */
void         sb_report_measure_running       (SbReport          *self);
void         sb_report_add_running           (SbReport          *self);

G_END_DECLS
