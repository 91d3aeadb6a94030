/* sb-report.h — the printable score summary: laid out once, painted to paper or PDF
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sb-assessment.h"
#include "sb-chart-options.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define SB_REPORT_A4_WIDTH      595.2756
#define SB_REPORT_A4_HEIGHT     841.8898
#define SB_REPORT_LETTER_WIDTH  612.0
#define SB_REPORT_LETTER_HEIGHT 792.0

typedef struct
{
  SbDisplayLanguage language;
  gboolean          include_notes;  /* evidence notes and references: off, they may be confidential */
  double          page_width;     /* points */
  double          page_height;
  double          margin;         /* points, on every side */
  SbChartPalette  palette;        /* for the charts; sb_chart_palette_init_print() */
  const char     *font;           /* a Pango font description; NULL: "Sans" */
  const char     *file_name;      /* for the footer; NULL: the assessment's file's name */
} SbReportOptions;

/* What a block on a page is, so that tests and callers can reason about
 * the layout without painting it. */
typedef enum
{
  SB_REPORT_BLOCK_TEXT,          /* a title, a line of the cover page */
  SB_REPORT_BLOCK_TOTAL,         /* the total, in large type */
  SB_REPORT_BLOCK_CHART,         /* the radar or the bar chart */
  SB_REPORT_BLOCK_HEADER,        /* the running header */
  SB_REPORT_BLOCK_FOOTER,        /* file name and page N of M */
  SB_REPORT_BLOCK_TABLE_HEADING, /* the table's column headings, repeated on each page */
  SB_REPORT_BLOCK_ROW,           /* a dimension, item or sub-item */
  SB_REPORT_BLOCK_COMMENT,       /* a strength, opportunity, evidence note or its heading */
} SbReportBlockKind;

typedef struct
{
  SbReportBlockKind kind;
  double            x, y, width, height;  /* on the page, in points */
  const char       *key;     /* e.g. "row:1.1.1", "strength:1.1.1:0", "radar" */
  const char       *text;    /* the block's plain text */
  guint             part;    /* a comment taller than a page is split between */
  guint             n_parts; /* lines: part 0 of 1 when whole */
} SbReportBlock;

/* Called from the thread that writes, after each page. */
typedef void (*SbReportProgressFunc) (guint    pages_done,
                                      guint    n_pages,
                                      gpointer user_data);

#define SB_TYPE_REPORT (sb_report_get_type ())
G_DECLARE_FINAL_TYPE (SbReport, sb_report, SB, REPORT, GObject)

void      sb_report_options_init      (SbReportOptions       *options);
void      sb_report_paper_for_locale  (double                *width,
                                       double                *height);

SbReport *sb_report_new               (SbAssessment          *assessment,
                                       const SbReportOptions *options,
                                       cairo_t               *measure);
guint     sb_report_get_n_pages       (SbReport              *self);
void      sb_report_get_body          (SbReport              *self,
                                       guint                  page,
                                       double                *top,
                                       double                *bottom);
guint     sb_report_get_n_blocks      (SbReport              *self,
                                       guint                  page);
gboolean  sb_report_get_block         (SbReport              *self,
                                       guint                  page,
                                       guint                  index,
                                       SbReportBlock         *block);
void      sb_report_draw_page         (SbReport              *self,
                                       cairo_t               *cr,
                                       guint                  page);

gboolean  sb_report_write_pdf         (SbAssessment          *assessment,
                                       const char            *path,
                                       const SbReportOptions *options,
                                       GCancellable          *cancellable,
                                       SbReportProgressFunc   progress,
                                       gpointer               progress_data,
                                       GError               **error);

G_END_DECLS
