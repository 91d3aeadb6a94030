/* test-any-standard.c — a standard shaped like the Baldrige Criteria, through every output
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "sb-bar-chart.h"
#include "sb-chart-data.h"
#include "sb-csv.h"
#include "sb-radar-chart.h"
#include "sb-report.h"
#include "sb-test-data.h"
#include "sb-test-run.h"

static SbStandard *
load_baldrige (void)
{
  g_autofree char *path = sb_test_fixture_path ("standards/baldrige.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SbStandard *standard = sb_standard_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return standard;
}

/* Bands a step apart, as Baldrige prints them, load; every percent in
 * steps of 5 has its band, and the scored parts are called items. */
static void
test_load (void)
{
  g_autoptr(SbStandard) standard = load_baldrige ();
  SbGuide *process = sb_standard_lookup_guide (standard, "process");
  g_autofree char *items = sb_standard_dup_scored_name (standard, SB_LANG_EN, TRUE);
  g_autofree char *item = sb_node_dup_kind_name (sb_standard_lookup_node (standard, "i7.1"), SB_LANG_EN);
  g_autofree char *category = sb_node_dup_kind_name (sb_standard_lookup_node (standard, "c7"), SB_LANG_EN);
  const guint mins[] = { 0, 10, 30, 50, 70, 90 };

  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_criteria (standard)), ==, 7);
  g_assert_cmpuint (sb_standard_get_scored_nodes (standard)->len, ==, 17);
  g_assert_cmpint (sb_standard_get_total (standard), ==, SB_POINTS (1000));
  g_assert_cmpstrv (sb_standard_get_languages (standard), ((const char *[]) { "en", NULL }));
  g_assert_cmpstr (items, ==, "items");
  g_assert_cmpstr (item, ==, "item");
  g_assert_cmpstr (category, ==, "category");

  g_assert_cmpuint (sb_guide_get_step (process), ==, 5);
  for (guint percent = 0; percent <= 100; percent += 5)
    {
      SbBand *band = sb_guide_band_for_percent (process, percent);
      guint expected = 0;

      for (guint i = 0; i < G_N_ELEMENTS (mins); i++)
        if (percent >= mins[i])
          expected = i;
      g_assert_nonnull (band);
      g_assert_cmpuint (sb_band_get_index (band), ==, expected);
    }
  g_assert_null (sb_guide_band_for_percent (process, 7));
}

static void
test_rating (void)
{
  g_autoptr(SbStandard) standard = load_baldrige ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(GError) error = NULL;
  SbScore score;

  g_assert_true (sb_assessment_set_rating (assessment, "i1.1", "process-1", 5, &error));
  g_assert_no_error (error);
  g_assert_true (sb_assessment_set_rating (assessment, "i1.1", "process-2", 10, &error));
  g_assert_no_error (error);
  g_assert_false (sb_assessment_set_rating (assessment, "i1.1", "process-2", 5, &error));
  g_assert_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT);
  g_assert_nonnull (strstr (error->message, "it allows 10% to 25% in steps of 5"));
  g_clear_error (&error);
  g_assert_false (sb_assessment_set_rating (assessment, "i1.1", "process-2", 12, &error));
  g_assert_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT);
  g_clear_error (&error);

  /* 45 × 35 % is 15.75 exactly, and so is the category and the total. */
  g_assert_true (sb_assessment_set_rating (assessment, "i2.1", "process-3", 35, &error));
  sb_assessment_get_score (assessment, "c2", &score);
  g_assert_cmpint (score.points, ==, SB_POINTS (15) + 7500);
  sb_assessment_get_score (assessment, NULL, &score);
  g_assert_cmpint (score.points, ==, SB_POINTS (7) + SB_POINTS (15) + 7500);
  g_assert_cmpuint (score.n_rated, ==, 2);
  g_assert_cmpuint (score.n_scored, ==, 17);
}

static void
test_roll_up (void)
{
  g_autoptr(SbStandard) standard = load_baldrige ();
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-baldrige.scorebook");
  g_autofree char *text = NULL;
  SbScore score;

  sb_assessment_get_score (assessment, NULL, &score);
  text = sb_points_format_exact (score.points);
  g_assert_cmpstr (text, ==, "184.75");
  g_assert_cmpuint (score.n_rated, ==, 6);
  sb_assessment_get_score (assessment, "c3", &score);
  g_assert_cmpint (score.points, ==, SB_POINTS (29) + 2500);
}

/* The sum of what is printed for the nodes of @nodes; nothing printed
 * counts as nothing. */
static SbPoints
sum_printed (GListModel *nodes,
             GHashTable *printed)
{
  SbPoints sum = 0;

  for (guint k = 0; k < g_list_model_get_n_items (nodes); k++)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (nodes, k);
      const char *part = g_hash_table_lookup (printed, sb_node_get_id (node));
      SbPoints value = 0;

      g_assert_nonnull (part);
      if (*part != '\0')
        g_assert_true (sb_points_parse (part, &value));
      sum += value;
    }
  return sum;
}

/* Every printed sum is the sum of the printed parts below it, and an
 * unrated node prints no points at all. */
static void
check_adds_up (SbStandard   *standard,
               SbAssessment *assessment,
               GHashTable   *printed)
{
  GPtrArray *nodes = sb_standard_get_nodes (standard);
  SbPoints total;
  SbScore score;

  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = g_ptr_array_index (nodes, i);
      GListModel *children = sb_node_get_children (node);
      const char *text = g_hash_table_lookup (printed, sb_node_get_id (node));
      SbPoints own;

      g_assert_nonnull (text);
      sb_assessment_get_score (assessment, sb_node_get_id (node), &score);
      if (score.n_rated == 0)
        {
          g_assert_cmpstr (text, ==, "");
          continue;
        }
      g_assert_true (sb_points_parse (text, &own));
      if (g_list_model_get_n_items (children) > 0)
        g_assert_cmpint (sum_printed (children, printed), ==, own);
    }
  g_assert_true (sb_points_parse (g_hash_table_lookup (printed, "total"), &total));
  g_assert_cmpint (sum_printed (sb_standard_get_criteria (standard), printed), ==, total);
}

typedef struct
{
  const char *standard;      /* NULL: the bundled one */
  const char *assessment;
} Case;

static const Case cases[] = {
  { NULL, "assessment-partial.scorebook" },
  { NULL, "assessment-full.scorebook" },
  { "standards/baldrige.xml", "assessment-baldrige.scorebook" },
};

static SbStandard *
case_standard (const Case *c)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SbStandard *standard;

  if (c->standard == NULL)
    return sb_test_bundled_standard ();
  path = sb_test_fixture_path (c->standard);
  file = g_file_new_for_path (path);
  standard = sb_standard_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  return standard;
}

/* What --scores prints in its points column: exact points. */
static void
print_scores (const Case   *c,
              SbAssessment *assessment,
              GHashTable   *printed)
{
  g_autofree char *standard_path = c->standard ? sb_test_fixture_path (c->standard) : NULL;
  g_autofree char *path = sb_test_fixture_path (c->assessment);
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  if (standard_path != NULL)
    sb_test_run_scorebook (&run, "--standard", standard_path, "--scores", path, NULL);
  else
    sb_test_run_scorebook (&run, "--scores", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 6);
      g_hash_table_insert (printed, g_strdup (fields[0]), g_strdup (fields[5]));
    }
}

/* The fields of one CSV line; quoted fields may hold commas and "". */
static GPtrArray *
split_csv_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line;; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, '"'), p++;
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }
  g_string_free (field, TRUE);
  return fields;
}

/* The CSV's points column. */
static void
print_csv (const Case   *c,
           SbAssessment *assessment,
           GHashTable   *printed)
{
  g_autofree char *csv = sb_csv_for_assessment (assessment, SB_LANG_EN);
  g_auto(GStrv) lines = g_strsplit (csv + 3, "\r\n", -1);

  for (guint i = 1; lines[i] && *lines[i]; i++)
    {
      g_autoptr(GPtrArray) fields = split_csv_line (lines[i]);

      g_assert_cmpuint (fields->len, ==, 11);
      g_hash_table_insert (printed, g_strdup (fields->pdata[0]), g_strdup (fields->pdata[8]));
    }
}

/* The blocks of @assessment's summary in English, one page after another. */
static GArray *
report_blocks (SbAssessment *assessment,
               SbReport    **report)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (SbReportBlock));
  SbReportOptions options;

  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  *report = sb_report_new (assessment, &options, NULL);
  for (guint p = 0; p < sb_report_get_n_pages (*report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (*report, p); i++)
      {
        SbReportBlock block;

        sb_report_get_block (*report, p, i, &block);
        g_array_append_val (blocks, block);
      }
  return blocks;
}

/* The report's table (PDF and print draw it): the last word of each row,
 * without the mark of a partly rated row; its total on the first page. */
static void
print_report (const Case   *c,
              SbAssessment *assessment,
              GHashTable   *printed)
{
  g_autoptr(SbReport) report = NULL;
  g_autoptr(GArray) blocks = report_blocks (assessment, &report);
  SbScore total;

  for (guint i = 0; i < blocks->len; i++)
    {
      SbReportBlock *block = &g_array_index (blocks, SbReportBlock, i);
      g_auto(GStrv) words = NULL;
      char *last;
      SbPoints value;

      if (block->kind != SB_REPORT_BLOCK_ROW || block->part != 0)
        continue;
      words = g_strsplit_set (block->text, " \t\n", -1);
      last = words[g_strv_length (words) - 1];
      if (g_str_has_suffix (last, "*"))
        last[strlen (last) - 1] = '\0';
      g_hash_table_insert (printed, g_strdup (block->key + strlen ("row:")),
                           g_strdup (sb_points_parse (last, &value) ? last : ""));
    }
  sb_assessment_get_score (assessment, NULL, &total);
  g_hash_table_insert (printed, g_strdup ("total"), sb_points_format_exact (total.points));
}

typedef void (*PrintFunc) (const Case *c, SbAssessment *assessment, GHashTable *printed);

static const struct
{
  const char *name;
  PrintFunc   print;
} outputs[] = {
  { "scores", print_scores },
  { "csv", print_csv },
  { "report", print_report },
};

typedef struct
{
  const Case *c;
  PrintFunc   print;
} Check;

/* What each output prints adds up: scores are shown exactly. */
static void
test_adds_up (gconstpointer data)
{
  const Check *check = data;
  g_autoptr(SbStandard) standard = case_standard (check->c);
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, check->c->assessment);
  g_autoptr(GHashTable) printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  check->print (check->c, assessment, printed);
  check_adds_up (standard, assessment, printed);
}

/* The charts lay out 7 categories and 17 items, and the report has the
 * standard's words and exact points; the PDF is written whole. */
static void
test_charts_and_pdf (void)
{
  g_autoptr(SbStandard) standard = load_baldrige ();
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-baldrige.scorebook");
  SbAssessment *list[] = { assessment };
  g_autoptr(SbChartData) items = sb_chart_data_new_for_assessments (SB_CHART_LEVEL_ITEMS, list, 1);
  g_autoptr(SbChartData) categories = sb_chart_data_new_for_assessments (SB_CHART_LEVEL_DIMENSIONS, list, 1);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  SbChartOptions chart_options;
  g_autoptr(SbReport) report = NULL;
  g_autoptr(GArray) blocks = NULL;
  SbReportOptions options;
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("sb-any-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_cmpuint (sb_chart_data_get_n_nodes (items), ==, 17);
  g_assert_cmpuint (sb_chart_data_get_n_nodes (categories), ==, 7);
  sb_chart_options_init (&chart_options);
  sb_radar_chart_draw (cr, 800, 600, &chart_options, items);
  sb_bar_chart_draw (cr, 800, 600, &chart_options, categories);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  blocks = report_blocks (assessment, &report);
  for (guint i = 0; i < blocks->len; i++)
    g_string_append_printf (texts, "%s\n", g_array_index (blocks, SbReportBlock, i).text);
  sb_report_options_init (&options);
  options.language = SB_DISPLAY_LANGUAGE_EN;
  g_assert_nonnull (strstr (texts->str, "6 of 17 items rated"));
  g_assert_nonnull (strstr (texts->str, "Category, item"));
  g_assert_nonnull (strstr (texts->str, "Scores by category and item"));
  g_assert_nonnull (strstr (texts->str, "Only some of the items below are rated"));
  g_assert_nonnull (strstr (texts->str, "184.75"));
  g_assert_null (strstr (texts->str, "sub-item"));

  g_assert_true (sb_report_write_pdf (assessment, pdf, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
  g_assert_nonnull (g_strstr_len (contents + length - 16, 16, "%%EOF"));
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The words for the scored parts come from the standard, or are neutral. */
static void
test_kind_names (void)
{
  g_autoptr(SbStandard) bundled = sb_test_bundled_standard ();
  g_autofree char *path = sb_test_fixture_path ("standards/minimal.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SbStandard) minimal = sb_standard_new_from_file (file, NULL, NULL);
  g_autofree char *en = sb_standard_dup_scored_name (bundled, SB_LANG_EN, TRUE);
  g_autofree char *zh = sb_standard_dup_scored_name (bundled, SB_LANG_ZH, TRUE);
  g_autofree char *neutral_en = sb_standard_dup_scored_name (minimal, SB_LANG_EN, TRUE);
  g_autofree char *neutral_zh = sb_standard_dup_scored_name (minimal, SB_LANG_ZH, TRUE);
  g_autofree char *part = sb_node_dup_kind_name (sb_standard_lookup_node (minimal, "A"), SB_LANG_EN);

  g_assert_cmpstr (en, ==, "sub-items");
  g_assert_cmpstr (zh, ==, "子条目");
  g_assert_cmpstr (neutral_en, ==, "scored parts");
  g_assert_cmpstr (neutral_zh, ==, "评分项");
  g_assert_cmpstr (part, ==, "part");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/any-standard/baldrige/load", test_load);
  g_test_add_func ("/any-standard/baldrige/rating", test_rating);
  g_test_add_func ("/any-standard/baldrige/roll-up", test_roll_up);
  g_test_add_func ("/any-standard/baldrige/charts-and-pdf", test_charts_and_pdf);
  g_test_add_func ("/any-standard/kind-names", test_kind_names);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint k = 0; k < G_N_ELEMENTS (outputs); k++)
      {
        static Check checks[G_N_ELEMENTS (cases) * G_N_ELEMENTS (outputs)];
        Check *check = &checks[i * G_N_ELEMENTS (outputs) + k];
        g_autofree char *path = g_strdup_printf ("/any-standard/adds-up/%s/%s", outputs[k].name, cases[i].assessment);

        *check = (Check) { &cases[i], outputs[k].print };
        g_test_add_data_func (path, check, test_adds_up);
      }
  return g_test_run ();
}
