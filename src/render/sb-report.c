/* sb-report.c — the printable score summary: laid out once, painted to paper or PDF
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include <math.h>
#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "sb-bar-chart.h"
#include "sb-chart-private.h"
#include "sb-radar-chart.h"
#include "sb-render-file.h"
#include "sb-report.h"

/* Type sizes in points. */
#define SIZE_KICKER   9.0
#define SIZE_TITLE   19.0
#define SIZE_TITLE2  13.0
#define SIZE_SUB     10.5
#define SIZE_INFO     9.5
#define SIZE_TOTAL   40.0
#define SIZE_TOTAL2  15.0
#define SIZE_SECTION 13.0
#define SIZE_TABLE    8.8
#define SIZE_COMMENT  8.3
#define SIZE_RUNNING  7.5
#define SIZE_CHART    8.0

#define ROW_PAD       3.5   /* above and below a table row's text */
#define CELL_GAP      5.0   /* between table columns */
#define INDENT_STEP   9.0   /* per level of the criteria tree */

typedef enum
{
  CHART_NONE,
  CHART_RADAR,
  CHART_BARS,
} ChartKind;

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
  double     x, y, width, height;
  char      *key;
  char      *text;
  guint      part, n_parts;
  double     slice;        /* the y of the text shown at the block's top */
  GArray    *cells;        /* Cell, shared between the parts of a block */
  double     fill;         /* background gray, < 0 for none */
  double     rule_above;   /* line widths, 0 for none */
  double     rule_below;
  ChartKind  chart;
  struct _Block *continued; /* a sub-item's row: the line that stands for it atop a page of its comments */

  /* How it flows */
  double     space_before;
  gboolean   keep_with_next;
  gboolean   in_table;
  gboolean   break_before;
  int        split_cell;   /* the cell whose lines a split follows, -1: never split */
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
#define MAX_COMMENTS      5000
#define MAX_COMMENT_BYTES (1024 * 1024)

G_DEFINE_FINAL_TYPE (SbReport, sb_report, G_TYPE_OBJECT)

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
}

static Block *
block_new (SbReportBlockKind  kind,
           const char        *key)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->key = g_strdup (key);
  block->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (block->cells, cell_clear);
  block->fill = -1;
  block->split_cell = -1;
  block->n_parts = 1;
  return block;
}

static Block *
block_copy (const Block *block)
{
  Block *copy = g_memdup2 (block, sizeof *block);

  copy->key = g_strdup (block->key);
  copy->text = g_strdup (block->text);
  copy->cells = g_array_ref (block->cells);
  copy->continued = NULL;
  return copy;
}

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block == NULL)
    return;
  g_free (block->key);
  g_free (block->text);
  g_array_unref (block->cells);
  block_free (block->continued);
  g_free (block);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->blocks);
  g_free (page);
}

static void
block_add_cell (Block       *block,
                PangoLayout *layout,
                double       x,
                double       y,
                double       gray)
{
  Cell cell = { layout, x, y, gray };
  int w, h;

  g_array_append_val (block->cells, cell);
  pango_layout_get_size (layout, &w, &h);
  block->height = MAX (block->height, y + (double) h / PANGO_SCALE);
}

/* Moves the cells down so that their first lines share a baseline: a
 * line of Chinese is taller than one of digits, and a row should read
 * along one line all the same. */
static void
block_align_baselines (Block *block)
{
  int top = 0;

  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      top = MAX (top, pango_layout_get_baseline (cell->layout));
    }
  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);
      int w, h;

      cell->y += (double) (top - pango_layout_get_baseline (cell->layout)) / PANGO_SCALE;
      pango_layout_get_size (cell->layout, &w, &h);
      block->height = MAX (block->height, cell->y + (double) h / PANGO_SCALE);
    }
}

/* The plain text of every cell, tab-separated, for tests and search. */
static void
block_finish_text (Block *block)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      if (i > 0)
        g_string_append_c (str, '\t');
      g_string_append (str, pango_layout_get_text (cell->layout));
    }
  g_free (block->text);
  block->text = g_string_free (str, FALSE);
}

/* Texts */

/* A label of the report itself, in the report's language: "优势 Strengths"
 * when both are asked for. */
static char *
tr (SbReport   *self,
    const char *zh,
    const char *en)
{
  switch (self->options.language)
    {
    case SB_DISPLAY_LANGUAGE_ZH:
      return g_strdup (zh);
    case SB_DISPLAY_LANGUAGE_EN:
      return g_strdup (en);
    case SB_DISPLAY_LANGUAGE_BOTH:
    default:
      return g_strdup_printf ("%s %s", zh, en);
    }
}

/* A text of the standard as markup: one language, or Chinese with the
 * English below it in gray. */
static char *
text_markup (SbReport     *self,
             const SbText *text)
{
  const char *zh = sb_text_lookup (text, SB_LANG_ZH);
  const char *en = sb_text_lookup (text, SB_LANG_EN);

  if (self->options.language == SB_DISPLAY_LANGUAGE_BOTH && zh && en && g_strcmp0 (zh, en) != 0)
    return g_markup_printf_escaped ("%s\n<span foreground=\"#4d4d4d\">%s</span>", zh, en);
  return g_markup_escape_text (sb_text_get (text, sb_display_language_primary (self->options.language)), -1);
}

static PangoLayout *
layout_new (SbReport       *self,
            const char     *text,
            gboolean        markup,
            double          size,
            gboolean        bold,
            double          width,
            PangoAlignment  alignment)
{
  PangoLayout *layout = sb_chart_layout_new_with_font (self->context, self->font, size, bold);

  /* Words break between words, and a word wider than the column (a long
   * URL, a run of CJK) anywhere, so nothing leaves its column. */
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  sb_language_set_on_layout (layout, sb_display_language_to_tag (self->options.language));
  return layout;
}

static PangoLayout *
line_new (SbReport   *self,
          const char *text,
          double      size,
          double      width)
{
  PangoLayout *layout = layout_new (self, text, FALSE, size, FALSE, width, PANGO_ALIGN_LEFT);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

static double
content_width (SbReport *self)
{
  return self->options.page_width - 2 * self->options.margin;
}

/* The flow: everything the report says, in order */

static Block *
text_block (SbReport   *self,
            const char *key,
            const char *markup,
            double      size,
            gboolean    bold,
            double      gray)
{
  Block *block = block_new (SB_REPORT_BLOCK_TEXT, key);

  block->x = self->options.margin;
  block->width = content_width (self);
  block_add_cell (block, layout_new (self, markup, TRUE, size, bold, block->width, PANGO_ALIGN_LEFT),
                  0, 0, gray);
  block_finish_text (block);
  return block;
}

static const char *
kind_zh (SbAssessmentKind kind)
{
  switch (kind)
    {
    case SB_ASSESSMENT_KIND_SELF: return "自我评价";
    case SB_ASSESSMENT_KIND_INDEPENDENT: return "独立评审";
    case SB_ASSESSMENT_KIND_CONSENSUS: return "共识评审";
    case SB_ASSESSMENT_KIND_SITE_VISIT: return "现场评审";
    default: return "";
    }
}

static const char *
kind_en (SbAssessmentKind kind)
{
  switch (kind)
    {
    case SB_ASSESSMENT_KIND_SELF: return "Self-assessment";
    case SB_ASSESSMENT_KIND_INDEPENDENT: return "Independent review";
    case SB_ASSESSMENT_KIND_CONSENSUS: return "Consensus review";
    case SB_ASSESSMENT_KIND_SITE_VISIT: return "Site visit";
    default: return "";
    }
}

static void
add_info_row (SbReport   *self,
              GPtrArray  *flow,
              const char *key,
              const char *label,
              const char *value)
{
  double w = content_width (self);
  double label_w = self->options.language == SB_DISPLAY_LANGUAGE_BOTH ? 170 : 110;
  Block *block = block_new (SB_REPORT_BLOCK_TEXT, key);

  block->x = self->options.margin;
  block->width = w;
  block->space_before = 2;
  block_add_cell (block, layout_new (self, label, FALSE, SIZE_INFO, FALSE, label_w - CELL_GAP, PANGO_ALIGN_LEFT),
                  0, 0, 0.3);
  block_add_cell (block, layout_new (self, value && *value ? value : "—", FALSE, SIZE_INFO, TRUE,
                                     w - label_w, PANGO_ALIGN_LEFT),
                  label_w, 0, 0);
  block_align_baselines (block);
  block_finish_text (block);
  g_ptr_array_add (flow, block);
}

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) local = NULL;

  if (date == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (date);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* A notice of the report's own, in the chosen language; in both, each
 * language on a line of its own and tagged with it. */
static char *
notice_markup (SbReport   *self,
               const char *zh,
               const char *en)
{
  if (self->options.language == SB_DISPLAY_LANGUAGE_BOTH)
    return g_markup_printf_escaped ("%s\n<span lang=\"en\">%s</span>", zh, en);
  return g_markup_escape_text (self->options.language == SB_DISPLAY_LANGUAGE_EN ? en : zh, -1);
}

/* An assessment made for another standard (or edition) is scored here
 * against this one: the page says so under the standard's name, as the
 * window does, so nobody reads the scores as what the examiner gave. */
static void
add_other_standard (SbReport  *self,
                    GPtrArray *flow)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  const char *id = NULL;
  const char *edition = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *markup = NULL;
  Block *block;

  if (!sb_assessment_get_other_standard (self->assessment, &id, &edition))
    return;
  zh = g_strdup_printf ("注意：本评审是按标准“%s”（%s年版）做的，这里按“%s”（%s年版）计分；"
                        "本标准没有的部分不计分。",
                        id, edition, sb_standard_get_id (standard), sb_standard_get_edition (standard));
  en = g_strdup_printf ("Note: this assessment was made for the standard “%s” (edition %s) and is scored "
                        "here against “%s” (edition %s); parts this standard lacks are not counted.",
                        id, edition, sb_standard_get_id (standard), sb_standard_get_edition (standard));
  markup = notice_markup (self, zh, en);
  block = text_block (self, "other-standard", markup, SIZE_INFO, TRUE, 0);
  block->space_before = 4;
  block->height += 6;
  g_ptr_array_add (flow, block);
}

static void
add_cover (SbReport  *self,
           GPtrArray *flow)
{
  SbAssessment *assessment = self->assessment;
  SbStandard *standard = sb_assessment_get_standard (assessment);
  GPtrArray *subtitles = sb_standard_get_subtitles (standard);
  g_autofree char *kicker = tr (self, "评审评分汇总", "Score summary");
  g_autofree char *kicker_markup = g_markup_escape_text (kicker, -1);
  g_autofree char *title = NULL;
  GString *sub = g_string_new (NULL);
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  g_autofree char *date = NULL;
  g_autofree char *edition = NULL;
  const SbText *title_text = sb_standard_get_title (standard);
  Block *block;
  SbScore score;

  g_ptr_array_add (flow, text_block (self, "kicker", kicker_markup, SIZE_KICKER, TRUE, 0.3));

  if (self->options.language == SB_DISPLAY_LANGUAGE_BOTH)
    title = g_markup_printf_escaped ("%s\n<span size=\"%d\" weight=\"normal\">%s</span>",
                                     sb_text_get (title_text, SB_LANG_ZH),
                                     (int) (SIZE_TITLE2 * PANGO_SCALE),
                                     sb_text_get (title_text, SB_LANG_EN));
  else
    title = g_markup_escape_text (sb_text_get (title_text, sb_display_language_primary (self->options.language)), -1);
  block = text_block (self, "title", title, SIZE_TITLE, TRUE, 0);
  block->space_before = 4;
  g_ptr_array_add (flow, block);

  for (guint i = 0; subtitles != NULL && i < subtitles->len; i++)
    {
      g_autofree char *line = sb_text_format (g_ptr_array_index (subtitles, i), self->options.language, " ");

      g_string_append_printf (sub, "%s%s", i > 0 ? "\n" : "", line);
    }
  edition = self->options.language == SB_DISPLAY_LANGUAGE_ZH
    ? g_strdup_printf ("%s年版", sb_standard_get_edition (standard))
    : self->options.language == SB_DISPLAY_LANGUAGE_EN
    ? g_strdup_printf ("Edition %s", sb_standard_get_edition (standard))
    : g_strdup_printf ("%s年版 Edition %s", sb_standard_get_edition (standard), sb_standard_get_edition (standard));
  g_string_append_printf (sub, "%s%s · %s", sub->len > 0 ? "\n" : "", edition, sb_standard_get_id (standard));
  {
    g_autofree char *markup = g_markup_escape_text (sub->str, -1);

    block = text_block (self, "subtitle", markup, SIZE_SUB, FALSE, 0.25);
    block->space_before = 3;
    block->rule_below = 0.8;
    block->height += 8;
    g_ptr_array_add (flow, block);
  }
  g_string_free (sub, TRUE);
  add_other_standard (self, flow);

  label = tr (self, "申报单位", "Applicant");
  add_info_row (self, flow, "applicant", label, sb_assessment_get_applicant (assessment));
  g_free (label);
  label = tr (self, "申报类别", "Organization or project");
  value = sb_assessment_get_subject (assessment) == SB_SUBJECT_PROJECT
    ? tr (self, "项目", "Project") : tr (self, "组织", "Organization");
  add_info_row (self, flow, "subject", label, value);
  g_free (label);
  g_free (value);
  label = tr (self, "评审类型", "Assessment kind");
  value = tr (self, kind_zh (sb_assessment_get_kind (assessment)), kind_en (sb_assessment_get_kind (assessment)));
  add_info_row (self, flow, "kind", label, value);
  g_free (label);
  label = tr (self, "评审员", "Examiner");
  add_info_row (self, flow, "examiner", label, sb_assessment_get_examiner (assessment));
  g_free (label);
  label = tr (self, "日期", "Date");
  date = format_date (sb_assessment_get_modified (assessment) ? sb_assessment_get_modified (assessment)
                                                              : sb_assessment_get_created (assessment));
  add_info_row (self, flow, "date", label, date);

  /* The total: large figures, the maximum and the percent beside them. */
  sb_assessment_get_score (assessment, NULL, &score);
  {
    g_autofree char *points = sb_points_format_exact (score.points);
    g_autofree char *maximum = sb_points_format_exact (score.maximum);
    g_autofree char *percent = score.maximum > 0 ? sb_percent_format (score.points, score.maximum) : g_strdup ("0");
    g_autofree char *caption = tr (self, "总分", "Total score");
    g_autofree char *rated = NULL;
    g_autofree char *of = g_strdup_printf ("/ %s", maximum);
    g_autofree char *pct = g_strdup_printf ("%s %%", percent);
    PangoLayout *layout;
    double x, big_h, small_h;
    int w, h, baseline_big, baseline_small;

    {
      g_autofree char *zh_name = sb_standard_dup_scored_name (standard, SB_LANG_ZH, TRUE);
      g_autofree char *en_name = sb_standard_dup_scored_name (standard, SB_LANG_EN, TRUE);
      g_autofree char *zh = g_strdup_printf ("已评 %u / %u 个%s", score.n_rated, score.n_scored, zh_name);
      g_autofree char *en = g_strdup_printf ("%u of %u %s rated", score.n_rated, score.n_scored, en_name);

      rated = self->options.language == SB_DISPLAY_LANGUAGE_BOTH ? g_strdup_printf ("%s · %s", zh, en) : tr (self, zh, en);
    }

    block = block_new (SB_REPORT_BLOCK_TOTAL, "total");
    block->x = self->options.margin;
    block->width = content_width (self);
    block->space_before = 14;
    block->rule_above = 0;
    block_add_cell (block, layout_new (self, caption, FALSE, SIZE_INFO, TRUE, -1, PANGO_ALIGN_LEFT), 0, 0, 0.3);
    pango_layout_get_size (g_array_index (block->cells, Cell, 0).layout, &w, &h);
    big_h = (double) h / PANGO_SCALE + 2;

    layout = layout_new (self, points, FALSE, SIZE_TOTAL, TRUE, -1, PANGO_ALIGN_LEFT);
    baseline_big = pango_layout_get_baseline (layout);
    block_add_cell (block, layout, 0, big_h, 0);
    x = layout_width (layout) + 6;

    /* The smaller figures sit on the large one's baseline. */
    layout = layout_new (self, of, FALSE, SIZE_TOTAL2, FALSE, -1, PANGO_ALIGN_LEFT);
    baseline_small = pango_layout_get_baseline (layout);
    small_h = big_h + (double) (baseline_big - baseline_small) / PANGO_SCALE;
    block_add_cell (block, layout, x, small_h, 0.2);
    x += layout_width (layout) + 14;
    layout = layout_new (self, pct, FALSE, SIZE_TOTAL2, TRUE, -1, PANGO_ALIGN_LEFT);
    block_add_cell (block, layout, x, small_h, 0);
    x += layout_width (layout) + 18;
    /* How many are rated goes beside the figures, or below them when it
     * would have to wrap there. */
    layout = layout_new (self, rated, FALSE, SIZE_INFO, FALSE, -1, PANGO_ALIGN_LEFT);
    if (x + layout_width (layout) <= block->width)
      {
        baseline_small = pango_layout_get_baseline (layout);
        block_add_cell (block, layout, x, big_h + (double) (baseline_big - baseline_small) / PANGO_SCALE, 0.3);
      }
    else
      {
        g_object_unref (layout);
        layout = layout_new (self, rated, FALSE, SIZE_INFO, FALSE, block->width, PANGO_ALIGN_LEFT);
        block_add_cell (block, layout, 0, block->height + 2, 0.3);
      }
    block->height += 6;
    block->rule_below = 0.8;
    block_finish_text (block);
    g_ptr_array_add (flow, block);
  }
}

/* The two charts share what is left of page one; their heights are set
 * by paginate() once it knows how much that is. */
static void
add_charts (SbReport  *self,
            GPtrArray *flow)
{
  const char *keys[] = { "radar", "bars" };

  for (guint i = 0; i < 2; i++)
    {
      Block *block = block_new (SB_REPORT_BLOCK_CHART, keys[i]);

      block->chart = i == 0 ? CHART_RADAR : CHART_BARS;
      block->x = self->options.margin;
      block->width = content_width (self);
      block->space_before = 12;
      block->text = g_strdup (keys[i]);
      g_ptr_array_add (flow, block);
    }
}

/* Columns of the table: x and width, relative to the left margin. */
typedef struct
{
  double number_x, number_w;
  double title_x, title_w;
  double max_x, max_w;
  double band_x, band_w;
  double percent_x, percent_w;
  double points_x, points_w;
} Columns;

static void
get_columns (SbReport *self,
             Columns  *c)
{
  double w = content_width (self);
  gboolean both = self->options.language == SB_DISPLAY_LANGUAGE_BOTH;

  c->points_w = 50;
  c->percent_w = 42;
  c->band_w = both ? 92 : 78;
  c->max_w = 40;
  c->number_w = 36;
  c->points_x = w - c->points_w;
  c->percent_x = c->points_x - c->percent_w;
  c->band_x = c->percent_x - c->band_w;
  c->max_x = c->band_x - c->max_w;
  c->number_x = 0;
  c->title_x = c->number_w;
  c->title_w = c->max_x - c->title_x;
}

typedef struct
{
  const char     *zh, *en;
  double          x, w;
  PangoAlignment  align;
} Heading;

/* The standard's names for its levels in English, from the top down along
 * its first branch, as in "dimension, item and sub-item" (@last_joint " and
 * ") or "Category, item" (", ", @capital): the table says what the rows are
 * in the standard's words. */
static char *
kinds_in_english (SbReport   *self,
                  const char *last_joint,
                  gboolean    capital)
{
  GListModel *level = sb_standard_get_criteria (sb_assessment_get_standard (self->assessment));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  while (g_list_model_get_n_items (level) > 0)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (level, 0);
      char *name = sb_node_dup_kind_name (node, SB_LANG_EN);

      if (names->len > 0 && g_str_equal (name, g_ptr_array_index (names, names->len - 1)))
        g_free (name);
      else
        g_ptr_array_add (names, name);
      level = sb_node_get_children (node);
    }
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == names->len ? last_joint : ", ",
                            (const char *) g_ptr_array_index (names, i));
  if (capital && out->len > 0)
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}

static Block *
table_heading (SbReport *self)
{
  Columns c;
  Block *block = block_new (SB_REPORT_BLOCK_TABLE_HEADING, "table-heading");
  gboolean both = self->options.language == SB_DISPLAY_LANGUAGE_BOTH;
  Heading heads[6];
  g_autofree char *kinds = kinds_in_english (self, ", ", TRUE);

  get_columns (self, &c);
  heads[0] = (Heading) { "编号", "No.", c.number_x, c.number_w, PANGO_ALIGN_LEFT };
  heads[1] = (Heading) { "评分项目", kinds, c.title_x, c.title_w, PANGO_ALIGN_LEFT };
  heads[2] = (Heading) { "满分", "Max.", c.max_x, c.max_w, PANGO_ALIGN_RIGHT };
  heads[3] = (Heading) { "评分档", "Band", c.band_x, c.band_w, PANGO_ALIGN_LEFT };
  heads[4] = (Heading) { "百分比", "%", c.percent_x, c.percent_w, PANGO_ALIGN_RIGHT };
  heads[5] = (Heading) { "得分", "Points", c.points_x, c.points_w, PANGO_ALIGN_RIGHT };

  block->x = self->options.margin;
  block->width = content_width (self);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = both ? g_strdup_printf ("%s\n%s", heads[i].zh, heads[i].en)
                                   : g_strdup (self->options.language == SB_DISPLAY_LANGUAGE_EN ? heads[i].en : heads[i].zh);
      double x = heads[i].x + (heads[i].align == PANGO_ALIGN_LEFT ? 3 : 0);
      double w = heads[i].w - CELL_GAP;

      block_add_cell (block, layout_new (self, text, FALSE, SIZE_TABLE - 0.5, TRUE, w, heads[i].align),
                      x, ROW_PAD, 0);
    }
  block_align_baselines (block);
  block->height += ROW_PAD;
  block->fill = 0.82;
  block->rule_below = 0.8;
  block->in_table = TRUE;
  block->keep_with_next = TRUE;
  block_finish_text (block);
  return block;
}

static char *
band_markup (SbReport *self,
             SbBand   *band)
{
  g_autofree char *zh = sb_band_dup_level_name (band, SB_LANG_ZH);
  g_autofree char *en = sb_band_dup_level_name (band, SB_LANG_EN);

  switch (self->options.language)
    {
    case SB_DISPLAY_LANGUAGE_ZH:
      return g_markup_escape_text (zh, -1);
    case SB_DISPLAY_LANGUAGE_EN:
      return g_markup_escape_text (en, -1);
    case SB_DISPLAY_LANGUAGE_BOTH:
    default:
      return g_markup_printf_escaped ("%s\n<span foreground=\"#4d4d4d\">%s</span>", zh, en);
    }
}

static Block *
node_row (SbReport *self,
          SbNode   *node)
{
  SbAssessment *assessment = self->assessment;
  const char *id = sb_node_get_id (node);
  guint depth = sb_node_get_depth (node);
  gboolean scored = sb_node_is_scored (node);
  g_autofree char *key = g_strdup_printf ("row:%s", id);
  g_autofree char *title = text_markup (self, sb_node_get_title (node));
  g_autofree char *maximum = NULL;
  g_autofree char *band = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *points = NULL;
  g_autofree char *number = g_markup_escape_text (sb_node_get_number (node), -1);
  gboolean bold = !scored;
  double indent = MIN (depth, 3) * INDENT_STEP;
  const char *band_id = NULL;
  guint rating = 0;
  Block *block = block_new (SB_REPORT_BLOCK_ROW, key);
  SbScore score;
  Columns c;

  get_columns (self, &c);
  sb_assessment_get_score (assessment, id, &score);
  maximum = sb_points_format_exact (score.maximum);

  if (scored && sb_assessment_get_rating (assessment, id, &band_id, &rating))
    {
      SbBand *b = sb_guide_lookup_band (sb_node_get_guide (node), band_id);

      band = b ? band_markup (self, b) : g_markup_escape_text (band_id, -1);
      percent = g_strdup_printf ("%u %%", rating);
      points = sb_points_format_exact (score.points);
    }
  else if (scored)
    {
      g_autofree char *unrated = tr (self, "未评分", "Unrated");

      band = g_markup_printf_escaped ("<i>%s</i>", unrated);
      percent = g_strdup ("—");
      points = g_strdup ("—");
    }
  else if (score.n_rated > 0)
    {
      g_autofree char *p = sb_percent_format (score.points, score.maximum);
      g_autofree char *pts = sb_points_format_exact (score.points);

      band = g_strdup ("");
      percent = g_strdup_printf ("%s %%", p);
      /* A mark when only some of the sub-items below are rated. */
      points = score.n_rated < score.n_scored ? g_strdup_printf ("%s*", pts) : g_steal_pointer (&pts);
    }
  else
    {
      g_autofree char *unrated = tr (self, "未评分", "Unrated");

      band = g_markup_printf_escaped ("<i>%s</i>", unrated);
      percent = g_strdup ("—");
      points = g_strdup ("—");
    }

  block->x = self->options.margin;
  block->width = content_width (self);
  {
    g_autofree char *number_markup = g_strdup_printf ("%s", number);

    block_add_cell (block, layout_new (self, number_markup, TRUE, SIZE_TABLE, bold, c.number_w - CELL_GAP + 3,
                                       PANGO_ALIGN_LEFT),
                    c.number_x + 3, ROW_PAD, 0);
  }
  block_add_cell (block, layout_new (self, title, TRUE, SIZE_TABLE, bold, c.title_w - indent - CELL_GAP,
                                     PANGO_ALIGN_LEFT),
                  c.title_x + indent, ROW_PAD, 0);
  block_add_cell (block, layout_new (self, maximum, FALSE, SIZE_TABLE, FALSE, c.max_w - CELL_GAP, PANGO_ALIGN_RIGHT),
                  c.max_x, ROW_PAD, 0.15);
  block_add_cell (block, layout_new (self, band, TRUE, SIZE_TABLE, FALSE, c.band_w - CELL_GAP, PANGO_ALIGN_LEFT),
                  c.band_x + 3, ROW_PAD, 0);
  block_add_cell (block, layout_new (self, percent, FALSE, SIZE_TABLE, FALSE, c.percent_w - CELL_GAP,
                                     PANGO_ALIGN_RIGHT),
                  c.percent_x, ROW_PAD, 0);
  block_add_cell (block, layout_new (self, points, FALSE, SIZE_TABLE, TRUE, c.points_w - 3, PANGO_ALIGN_RIGHT),
                  c.points_x, ROW_PAD, 0);
  block_align_baselines (block);
  block->height += ROW_PAD;
  block->in_table = TRUE;
  if (depth == 0)
    {
      block->fill = 0.87;
      block->space_before = 6;
      block->keep_with_next = TRUE;
    }
  else if (!scored)
    {
      block->fill = 0.94;
      block->space_before = 3;
      block->keep_with_next = TRUE;
    }
  else
    {
      g_autofree char *plain = sb_text_format (sb_node_get_title (node), self->options.language, " ");
      g_autofree char *more = tr (self, "（续）", "(continued)");
      g_autofree char *line = g_strdup_printf ("%s  %s %s", sb_node_get_number (node), plain, more);
      Block *continued = block_new (SB_REPORT_BLOCK_TEXT, NULL);

      block->rule_above = 0.4;
      continued->key = g_strdup_printf ("continued:%s", id);
      continued->x = block->x;
      continued->width = block->width;
      block_add_cell (continued, line_new (self, line, SIZE_COMMENT, block->width - 6), 3, ROW_PAD, 0.3);
      continued->height += 2;
      continued->in_table = TRUE;
      block_finish_text (continued);
      block->continued = continued;
    }
  block_finish_text (block);
  return block;
}

/* A comment hangs under its sub-item's title, with a mark in the margin. */
static Block *
comment_block (SbReport   *self,
               const char *key,
               const char *mark,
               const char *text,
               gboolean    markup,
               gboolean    bold)
{
  Columns c;
  Block *block = block_new (SB_REPORT_BLOCK_COMMENT, key);
  double x, w;

  get_columns (self, &c);
  x = c.title_x + INDENT_STEP * 2;
  w = content_width (self) - x - 3;
  block->x = self->options.margin + x;
  block->width = w;
  if (mark != NULL)
    block_add_cell (block, layout_new (self, mark, FALSE, SIZE_COMMENT, TRUE, -1, PANGO_ALIGN_LEFT), 0, 0, 0.2);
  block_add_cell (block, layout_new (self, text, markup, SIZE_COMMENT, bold, w - 12, PANGO_ALIGN_LEFT),
                  mark != NULL ? 12 : 0, 0, bold ? 0.25 : 0);
  block_align_baselines (block);
  block->split_cell = block->cells->len - 1;
  block->in_table = TRUE;
  block->space_before = 1.5;
  block_finish_text (block);
  return block;
}

/* Whether @text still fits in the summary's bounds; counted either way. */
static gboolean
take_comment (SbReport   *self,
              const char *text)
{
  gsize length = strlen (text);

  if (self->n_comments < MAX_COMMENTS && self->comment_bytes + length <= MAX_COMMENT_BYTES)
    {
      self->n_comments++;
      self->comment_bytes += length;
      return TRUE;
    }
  self->n_left_out++;
  self->bytes_left_out += length;
  return FALSE;
}

static gboolean
has_room (SbReport *self)
{
  return self->n_comments < MAX_COMMENTS && self->comment_bytes < MAX_COMMENT_BYTES;
}

/* After the table, what the bounds left out, and where it is. */
static void
add_left_out (SbReport  *self,
              GPtrArray *flow)
{
  g_autofree char *size = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *markup = NULL;
  Block *block;

  if (self->n_left_out == 0)
    return;
  size = g_format_size (self->bytes_left_out);
  zh = g_strdup_printf ("另有 %u 条记录（%s）未打印：一份汇总最多打印 %u 条记录；所有记录都保存在评审文件中。",
                        self->n_left_out, size, MAX_COMMENTS);
  en = g_strdup_printf ("%u further notes (%s) are not printed: a summary prints at most %u notes; every note "
                        "is kept in the assessment file.", self->n_left_out, size, MAX_COMMENTS);
  markup = notice_markup (self, zh, en);
  block = text_block (self, "left-out", markup, SIZE_COMMENT, TRUE, 0);
  block->height += 6;
  g_ptr_array_add (flow, block);
}

static void
add_comment_list (SbReport   *self,
                  GPtrArray  *flow,
                  const char *owner_id,
                  SbNoteKind  kind,
                  const char *key_prefix,
                  const char *heading_prefix,
                  const char *heading_zh,
                  const char *heading_en,
                  const char *mark)
{
  guint n = sb_assessment_get_n_notes (self->assessment, owner_id, kind);
  g_autofree char *heading = NULL;
  g_autofree char *heading_key = NULL;
  Block *block;

  if (sb_assessment_count_written_notes (self->assessment, owner_id, kind) == 0)
    return;
  if (!has_room (self))
    {
      /* No heading over nothing: the notes are only counted as left out. */
      for (guint i = 0; i < n; i++)
        if (!sb_note_is_blank (sb_assessment_get_note (self->assessment, owner_id, kind, i)))
          take_comment (self, sb_assessment_get_note (self->assessment, owner_id, kind, i));
      return;
    }
  heading = tr (self, heading_zh, heading_en);
  heading_key = g_strdup_printf ("%s:%s", heading_prefix, owner_id);
  block = comment_block (self, heading_key, NULL, heading, FALSE, TRUE);
  block->space_before = 3;
  block->keep_with_next = TRUE;
  block->split_cell = -1;
  g_ptr_array_add (flow, block);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s:%s:%u", key_prefix, owner_id, i);
      const char *note = sb_assessment_get_note (self->assessment, owner_id, kind, i);

      if (sb_note_is_blank (note) || !take_comment (self, note))
        continue;
      block = comment_block (self, key, mark, note, FALSE, FALSE);
      g_ptr_array_add (flow, block);
    }
}

static const char *
evidence_label (SbReport       *self,
                SbEvidenceKind  kind)
{
  gboolean en = self->options.language == SB_DISPLAY_LANGUAGE_EN;
  gboolean both = self->options.language == SB_DISPLAY_LANGUAGE_BOTH;

  switch (kind)
    {
    case SB_EVIDENCE_DOCUMENT: return both ? "文件 Document" : en ? "Document" : "文件";
    case SB_EVIDENCE_INTERVIEW: return both ? "访谈 Interview" : en ? "Interview" : "访谈";
    case SB_EVIDENCE_OBSERVATION: return both ? "观察 Observation" : en ? "Observation" : "观察";
    default: return "";
    }
}

/* Evidence notes and references, point by point: only when asked for. */
static void
add_evidence (SbReport  *self,
              GPtrArray *flow,
              SbNode    *node)
{
  GListModel *guidance = sb_node_get_guidance (node);
  gboolean any = FALSE;

  for (guint p = 0; p < g_list_model_get_n_items (guidance); p++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, p);
      const char *point_id = sb_guidance_point_get_id (point);
      guint n_notes = sb_assessment_get_n_notes (self->assessment, point_id, SB_NOTE_EVIDENCE);
      guint n_refs = sb_assessment_get_n_notes (self->assessment, point_id, SB_NOTE_REFERENCE);
      const char *number = sb_guidance_point_get_number (point);

      if (sb_assessment_count_written_notes (self->assessment, point_id, SB_NOTE_EVIDENCE) +
          sb_assessment_count_written_notes (self->assessment, point_id, SB_NOTE_REFERENCE) == 0)
        continue;
      if (!any && has_room (self))
        {
          g_autofree char *heading = tr (self, "证据记录", "Evidence notes");
          g_autofree char *key = g_strdup_printf ("evidences:%s", sb_node_get_id (node));
          Block *block = comment_block (self, key, NULL, heading, FALSE, TRUE);

          block->space_before = 3;
          block->keep_with_next = TRUE;
          block->split_cell = -1;
          g_ptr_array_add (flow, block);
          any = TRUE;
        }
      for (guint i = 0; i < n_notes; i++)
        {
          const char *note = sb_assessment_get_note (self->assessment, point_id, SB_NOTE_EVIDENCE, i);
          g_autofree char *key = g_strdup_printf ("evidence:%s:%u", point_id, i);
          g_autofree char *text = NULL;

          if (sb_note_is_blank (note) || !take_comment (self, note))
            continue;
          text = g_markup_printf_escaped ("<b>%s</b>  %s", number ? number : "", note);
          g_ptr_array_add (flow, comment_block (self, key, "•", text, TRUE, FALSE));
        }
      for (guint i = 0; i < n_refs; i++)
        {
          const char *note = sb_assessment_get_note (self->assessment, point_id, SB_NOTE_REFERENCE, i);
          g_autofree char *key = g_strdup_printf ("reference:%s:%u", point_id, i);
          SbEvidenceKind kind = sb_assessment_get_note_evidence (self->assessment, point_id, i);
          g_autofree char *text = NULL;

          if (sb_note_is_blank (note) || !take_comment (self, note))
            continue;
          text = g_markup_printf_escaped ("<b>%s</b>  <i>%s:</i> %s", number ? number : "",
                                          evidence_label (self, kind), note);
          g_ptr_array_add (flow, comment_block (self, key, "›", text, TRUE, FALSE));
        }
    }
}

static void
add_node (SbReport  *self,
          GPtrArray *flow,
          SbNode    *node)
{
  GListModel *children = sb_node_get_children (node);
  guint before;

  g_ptr_array_add (flow, node_row (self, node));
  if (sb_node_is_scored (node))
    {
      const char *id = sb_node_get_id (node);

      before = flow->len;
      add_comment_list (self, flow, id, SB_NOTE_STRENGTH, "strength", "strengths", "优势", "Strengths", "+");
      add_comment_list (self, flow, id, SB_NOTE_OPPORTUNITY, "opportunity", "opportunities", "改进机会",
                        "Opportunities for improvement", "–");
      if (self->options.include_notes)
        add_evidence (self, flow, node);
      if (flow->len > before)
        {
          Block *row = g_ptr_array_index (flow, before - 1);
          Block *last = g_ptr_array_index (flow, flow->len - 1);

          row->keep_with_next = TRUE;
          last->height += 4;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SbNode) child = g_list_model_get_item (children, i);

      add_node (self, flow, child);
    }
}

static void
add_table (SbReport  *self,
           GPtrArray *flow)
{
  GListModel *criteria = sb_standard_get_criteria (sb_assessment_get_standard (self->assessment));
  g_autofree char *kinds = kinds_in_english (self, " and ", FALSE);
  g_autofree char *by = g_strdup_printf ("Scores by %s", kinds);
  g_autofree char *title = tr (self, "评分明细", by);
  g_autofree char *markup = g_markup_escape_text (title, -1);
  g_autofree char *note = NULL;
  Block *block = text_block (self, "table-title", markup, SIZE_SECTION, TRUE, 0);
  SbScore score;

  block->break_before = TRUE;
  block->keep_with_next = TRUE;
  block->height += 6;
  g_ptr_array_add (flow, block);
  g_ptr_array_add (flow, table_heading (self));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (criteria, i);

      add_node (self, flow, node);
    }
  add_left_out (self, flow);

  /* The mark on partly rated items needs a word of explanation. */
  sb_assessment_get_score (self->assessment, NULL, &score);
  if (score.n_rated == 0 || score.n_rated == score.n_scored)
    return;
  {
    SbStandard *standard = sb_assessment_get_standard (self->assessment);
    g_autofree char *zh_name = sb_standard_dup_scored_name (standard, SB_LANG_ZH, TRUE);
    g_autofree char *en_name = sb_standard_dup_scored_name (standard, SB_LANG_EN, TRUE);
    g_autofree char *zh = g_strdup_printf ("* 部分%s尚未评分。", zh_name);
    g_autofree char *en = g_strdup_printf ("* Only some of the %s below are rated.", en_name);

    note = tr (self, zh, en);
  }
  g_free (markup);
  markup = g_markup_escape_text (note, -1);
  block = text_block (self, "table-note", markup, SIZE_COMMENT, FALSE, 0.3);
  block->space_before = 6;
  block->rule_above = 0.8;
  g_ptr_array_add (flow, block);
}

/* Pagination */

static Page *
page_new (SbReport *self)
{
  Page *page = g_new0 (Page, 1);

  page->blocks = g_ptr_array_new_with_free_func (block_free);
  page->top = self->options.margin + (self->pages->len > 0 ? self->header_height : 0);
  page->bottom = self->options.page_height - self->options.margin - self->footer_height;
  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (Page  *page,
       Block *block,
       double y)
{
  block->y = y;
  g_ptr_array_add (page->blocks, block);
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
      height += block->space_before + (block->split_cell >= 0 && block->height > fresh ? 40 : block->height);
    }
  /* A chain longer than a page cannot stay together: then the block
   * alone decides. */
  return height > fresh ? first : height;
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

static void
paginate (SbReport  *self,
          GPtrArray *flow)
{
  Page *page = page_new (self);
  Block *heading = NULL;
  Block *row = NULL;        /* the last sub-item row placed */
  double y = page->top;
  gboolean empty = TRUE;
  guint i = 0;

#define NEW_PAGE(block)                                                        \
  G_STMT_START {                                                               \
    page = page_new (self);                                                    \
    y = page->top;                                                             \
    empty = TRUE;                                                              \
    if ((block)->in_table && heading != NULL && (block) != heading)            \
      {                                                                        \
        Block *repeat = block_copy (heading);                                  \
        place (page, repeat, y);                                               \
        y += repeat->height;                                                   \
      }                                                                        \
    if ((block)->kind == SB_REPORT_BLOCK_COMMENT && row != NULL)               \
      {                                                                        \
        Block *repeat = block_copy (row->continued);                           \
        place (page, repeat, y);                                               \
        y += repeat->height;                                                   \
      }                                                                        \
  } G_STMT_END

  while (i < flow->len)
    {
      Block *block = g_ptr_array_index (flow, i);
      double space, fresh;

      if (block->kind == SB_REPORT_BLOCK_TABLE_HEADING)
        heading = block;
      if (block->break_before && !empty)
        NEW_PAGE (block);

      /* The two charts share what is left of page one, or a page of their
       * own when too little is left for them to be legible. */
      if (block->chart == CHART_RADAR && i + 1 < flow->len)
        {
          Block *bars = g_ptr_array_index (flow, i + 1);
          double left = page->bottom - y - block->space_before - bars->space_before;

          if (left < 300 && !empty)
            {
              NEW_PAGE (block);
              left = page->bottom - y - bars->space_before;
            }
          left = MIN (left, 620);
          block->height = floor (left * 0.57);
          bars->height = floor (left - block->height);
        }

      space = empty ? 0 : block->space_before;
      fresh = page->bottom - page->top - (block->in_table && heading && block != heading ? heading->height : 0)
              - (block->kind == SB_REPORT_BLOCK_COMMENT && row != NULL ? row->continued->height : 0);

      if (y + space + chain_height (flow, i, fresh) > page->bottom && !empty)
        {
          /* A long comment starts on this page when a few of its lines fit;
           * anything else moves to the next. */
          gboolean split_here = block->split_cell >= 0 && block->height > fresh &&
                                page->bottom - y - space >= 40;

          if (!split_here)
            {
              NEW_PAGE (block);
              space = 0;
            }
        }

      if (block->split_cell >= 0 && y + space + block->height > page->bottom)
        {
          Cell *cell = &g_array_index (block->cells, Cell, block->split_cell);
          double slice = 0;
          guint part = 0;
          GPtrArray *parts = g_ptr_array_new ();

          while (slice < block->height - 0.01)
            {
              double avail = page->bottom - y - space;
              double line_end = last_line_bottom (cell->layout, slice - cell->y, slice + avail - cell->y);
              double end = line_end < 0 ? slice : cell->y + line_end;
              Block *copy;

              if (slice + avail >= block->height)
                end = block->height;
              if (end <= slice)
                {
                  /* Not even one line fits: on to a fresh page. A line
                   * taller than a whole page would loop; show it cut. */
                  if (empty)
                    end = MIN (block->height, slice + avail);
                  else
                    {
                      NEW_PAGE (block);
                      space = 0;
                      continue;
                    }
                }
              copy = block_copy (block);
              copy->slice = slice;
              copy->height = end - slice;
              copy->part = part++;
              place (page, copy, y + space);
              g_ptr_array_add (parts, copy);
              y += space + copy->height;
              empty = FALSE;
              slice = end;
              if (slice < block->height - 0.01)
                {
                  NEW_PAGE (block);
                  space = 0;
                }
            }
          for (guint k = 0; k < parts->len; k++)
            ((Block *) g_ptr_array_index (parts, k))->n_parts = parts->len;
          g_ptr_array_unref (parts);
          block_free (block);
          g_ptr_array_index (flow, i) = NULL;
          i++;
          continue;
        }

      place (page, block, y + space);
      y += space + block->height;
      empty = FALSE;
      row = block->kind == SB_REPORT_BLOCK_ROW ? (block->continued ? block : NULL) : row;
      g_ptr_array_index (flow, i) = NULL;
      i++;
    }
#undef NEW_PAGE
}

/* The applicant and the standard, joined by @separator; the standard
 * alone while no applicant is named, since a dash in its place ("— — …")
 * reads as a fault. */
static char *
applicant_and_standard (SbReport   *self,
                        const char *separator)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  g_autofree char *title = sb_text_format (sb_standard_get_title (standard), self->options.language, " ");
  const char *applicant = sb_assessment_get_applicant (self->assessment);

  if (applicant == NULL || *applicant == '\0')
    return g_steal_pointer (&title);
  return g_strconcat (applicant, separator, title, NULL);
}

/* Header and footer go on once the number of pages is known. */
static void
add_running (SbReport *self)
{
  g_autofree char *header = applicant_and_standard (self, "  ·  ");
  double w = content_width (self);
  guint n = self->pages->len;

  for (guint p = 0; p < n; p++)
    {
      Page *page = g_ptr_array_index (self->pages, p);
      g_autofree char *number = NULL;
      Block *block;
      double number_w;

      if (p > 0)
        {
          block = block_new (SB_REPORT_BLOCK_HEADER, "header");
          block->x = self->options.margin;
          block->width = w;
          block_add_cell (block, line_new (self, header, SIZE_RUNNING, w), 0, 0, 0.25);
          block->rule_below = 0.5;
          block->height += 3;
          block_finish_text (block);
          place (page, block, self->options.margin);
        }

      if (self->options.language == SB_DISPLAY_LANGUAGE_ZH)
        number = g_strdup_printf ("第 %u 页，共 %u 页", p + 1, n);
      else if (self->options.language == SB_DISPLAY_LANGUAGE_EN)
        number = g_strdup_printf ("Page %u of %u", p + 1, n);
      else
        number = g_strdup_printf ("第 %u 页，共 %u 页 · Page %u of %u", p + 1, n, p + 1, n);

      block = block_new (SB_REPORT_BLOCK_FOOTER, "footer");
      block->x = self->options.margin;
      block->width = w;
      block_add_cell (block, layout_new (self, number, FALSE, SIZE_RUNNING, FALSE, -1, PANGO_ALIGN_LEFT),
                      0, 4, 0.25);
      number_w = layout_width (g_array_index (block->cells, Cell, 0).layout);
      g_array_index (block->cells, Cell, 0).x = w - number_w;
      block_add_cell (block, line_new (self, self->file_name, SIZE_RUNNING, MAX (20, w - number_w - 24)), 0, 4, 0.25);
      block->rule_above = 0.5;
      block_finish_text (block);
      place (page, block, self->options.page_height - self->options.margin - block->height);
    }
}

static void
measure_running (SbReport *self)
{
  g_autoptr(PangoLayout) probe = line_new (self, "Ag 第", SIZE_RUNNING, -1);
  int w, h;

  pango_layout_get_size (probe, &w, &h);
  self->header_height = (double) h / PANGO_SCALE + 3 + 10;
  self->footer_height = (double) h / PANGO_SCALE + 4 + 10;
}

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
  self->pages = g_ptr_array_new_with_free_func (page_free);
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
  options->margin = 56.7;
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
    self->file_name = tr (self, "未保存", "Unsaved");
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

  measure_running (self);
  flow = g_ptr_array_new_with_free_func (block_free);
  add_cover (self, flow);
  add_charts (self, flow);
  add_table (self, flow);

  paginate (self, flow);
  add_running (self);
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

static void
set_gray (cairo_t *cr,
          double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
}

static void
draw_block (SbReport *self,
            cairo_t  *cr,
            Block    *block)
{
  cairo_save (cr);
  if (block->fill >= 0)
    {
      set_gray (cr, block->fill);
      cairo_rectangle (cr, block->x, block->y, block->width, block->height);
      cairo_fill (cr);
    }
  if (block->rule_above > 0 || block->rule_below > 0)
    {
      set_gray (cr, block->kind == SB_REPORT_BLOCK_ROW ? 0.6 : 0.2);
      if (block->rule_above > 0)
        {
          cairo_set_line_width (cr, block->rule_above);
          cairo_move_to (cr, block->x, block->y);
          cairo_rel_line_to (cr, block->width, 0);
          cairo_stroke (cr);
        }
      if (block->rule_below > 0)
        {
          cairo_set_line_width (cr, block->rule_below);
          cairo_move_to (cr, block->x, block->y + block->height);
          cairo_rel_line_to (cr, block->width, 0);
          cairo_stroke (cr);
        }
    }

  if (block->chart != CHART_NONE)
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
      if (block->chart == CHART_RADAR)
        sb_radar_chart_draw (cr, block->width, block->height, &chart, self->radar_data);
      else
        sb_bar_chart_draw (cr, block->width, block->height, &chart, self->bar_data);
      cairo_restore (cr);
      return;
    }

  /* A part of a split comment shows only its own lines. */
  if (block->n_parts > 1)
    {
      cairo_rectangle (cr, block->x - 20, block->y, block->width + 40, block->height);
      cairo_clip (cr);
    }
  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      set_gray (cr, cell->gray);
      cairo_move_to (cr, block->x + cell->x, block->y + cell->y - block->slice);
      pango_cairo_show_layout (cr, cell->layout);
    }
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
    title = applicant_and_standard (report, " — ");
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
