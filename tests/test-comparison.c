/* test-comparison.c — a team's assessments compared part by part
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "sb-assessment-file.h"
#include "sb-comparison.h"
#include "sb-test-data.h"
#include "sb-test-team.h"

#define P(whole, ten_thousandths) (SB_POINTS (whole) + (ten_thousandths))

static SbStandard *standard;

/* The team fixtures examiner-a, -b, -c (and examiner-a-again) as loaded. */
static SbAssessment *
load_team (const char *name)
{
  g_autofree char *path = g_build_filename ("team", name, NULL);

  return sb_test_load_fixture (standard, path);
}

static SbComparison *
compare (SbAssessment **assessments,
         guint          n)
{
  g_autoptr(GError) error = NULL;
  SbComparison *comparison = sb_comparison_new (standard, assessments, n, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

/* The three examiners of the fixtures, compared. */
static SbComparison *
compare_team (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(SbAssessment) b = load_team ("examiner-b.scorebook");
  g_autoptr(SbAssessment) c = load_team ("examiner-c.scorebook");
  SbAssessment *team[] = { a, b, c };

  return compare (team, G_N_ELEMENTS (team));
}

/* The fixtures are what the program's own writer makes of the team. */
static void
test_fixtures_current (void)
{
  g_autofree char *minimal_path = sb_test_fixture_path ("standards/minimal.xml");
  g_autoptr(GFile) minimal_file = g_file_new_for_path (minimal_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) other = sb_standard_new_from_file (minimal_file, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; sb_test_team_files[i] != NULL; i++)
    {
      g_autofree char *team_path = g_build_filename (g_getenv ("SB_FIXTURES"), "team", sb_test_team_files[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = sb_test_team_serialize (standard, other, sb_test_team_files[i]);
      gsize length;

      g_test_message ("%s", sb_test_team_files[i]);
      g_assert_true (g_file_get_contents (team_path, &contents, &length, &error));
      g_assert_no_error (error);
      g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
}

/* Three examiners: the median is the middle one. */
static void
test_spread_odd (void)
{
  g_autoptr(SbComparison) comparison = compare_team ();
  const SbPartSpread *part = sb_comparison_lookup (comparison, "1.1.1");

  g_assert_cmpuint (sb_comparison_get_n_assessments (comparison), ==, 3);
  g_assert_cmpuint (sb_comparison_get_n_parts (comparison), ==, 16);
  /* 30 points at 65, 60 and 70 percent */
  g_assert_nonnull (part);
  g_assert_cmpstr (sb_node_get_id (part->node), ==, "1.1.1");
  g_assert_cmpuint (part->n_rated, ==, 3);
  g_assert_cmpint (part->lowest, ==, P (18, 0));
  g_assert_cmpint (part->highest, ==, P (21, 0));
  g_assert_cmpint (part->median, ==, P (19, 5000));
  g_assert_cmpuint (part->band_spread, ==, 0);
  g_assert_cmpuint (part->percent_spread, ==, 10);
  g_assert_false (part->divergent);
  g_assert_cmpuint (part->minutes, ==, 0);
  g_assert_null (sb_comparison_lookup (comparison, "1.1"));
  g_assert_null (sb_comparison_lookup (comparison, "no-such-part"));
}

/* Two or four examiners: the mean of the middle two. */
static void
test_spread_even (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(SbAssessment) b = load_team ("examiner-b.scorebook");
  g_autoptr(SbAssessment) c = load_team ("examiner-c.scorebook");
  g_autoptr(SbAssessment) again = load_team ("examiner-a-again.scorebook");
  SbAssessment *two[] = { a, b };
  SbAssessment *four[] = { a, b, c, again };
  g_autoptr(SbComparison) pair = compare (two, G_N_ELEMENTS (two));
  g_autoptr(SbComparison) quartet = compare (four, G_N_ELEMENTS (four));
  const SbPartSpread *part;

  /* 1.1.2, 30 points: 40 and 45 percent, 12 and 13.5 points */
  part = sb_comparison_lookup (pair, "1.1.2");
  g_assert_cmpint (part->median, ==, P (12, 7500));
  /* 2.2.2, 15 points: 15, 50, 65 and 15 percent: 2.25, 7.5, 9.75, 2.25 */
  part = sb_comparison_lookup (quartet, "2.2.2");
  g_assert_cmpuint (part->n_rated, ==, 4);
  g_assert_cmpint (part->lowest, ==, P (2, 2500));
  g_assert_cmpint (part->highest, ==, P (9, 7500));
  g_assert_cmpint (part->median, ==, P (4, 8750));
}

/* Only those who rated a part count; one rating has no spread. */
static void
test_spread_unrated (void)
{
  g_autoptr(SbAssessment) a = sb_test_team_examiner (standard, 0);
  g_autoptr(SbAssessment) b = sb_test_team_examiner (standard, 1);
  g_autoptr(SbAssessment) c = sb_test_team_examiner (standard, 2);
  SbAssessment *team[] = { a, b, c };
  g_autoptr(SbComparison) comparison = NULL;
  const SbPartSpread *part;

  sb_assessment_clear_rating (c, "1.1.1");     /* 65 and 60 left */
  sb_assessment_clear_rating (b, "2.2.2");     /* and c: 15 alone */
  sb_assessment_clear_rating (c, "2.2.2");
  for (guint i = 0; i < G_N_ELEMENTS (team); i++)
    sb_assessment_clear_rating (team[i], "3.2.1");
  comparison = compare (team, G_N_ELEMENTS (team));

  part = sb_comparison_lookup (comparison, "1.1.1");
  g_assert_cmpuint (part->n_rated, ==, 2);
  g_assert_cmpint (part->lowest, ==, P (18, 0));
  g_assert_cmpint (part->highest, ==, P (19, 5000));
  g_assert_cmpint (part->median, ==, P (18, 7500));
  g_assert_cmpuint (part->percent_spread, ==, 5);

  part = sb_comparison_lookup (comparison, "2.2.2");
  g_assert_cmpuint (part->n_rated, ==, 1);
  g_assert_cmpuint (part->lowest_percent, ==, 15);
  g_assert_cmpuint (part->highest_percent, ==, 15);
  g_assert_cmpint (part->lowest, ==, P (2, 2500));
  g_assert_cmpint (part->median, ==, P (2, 2500));
  g_assert_cmpuint (part->band_spread, ==, 0);
  g_assert_false (part->divergent);

  part = sb_comparison_lookup (comparison, "3.2.1");
  g_assert_cmpuint (part->n_rated, ==, 0);
  g_assert_cmpint (part->lowest, ==, 0);
  g_assert_cmpint (part->highest, ==, 0);
  g_assert_cmpint (part->median, ==, 0);
  g_assert_false (part->divergent);
}

typedef struct
{
  const char *id;
  guint       band_spread;
  guint       percent_spread;
  gboolean    divergent;
  guint       minutes;
} DivergenceCase;

/* The fixtures' parts at 0, 1, 2 and 3 bands apart, and 40 percent apart
 * within one band. */
static const DivergenceCase divergence_cases[] = {
  { "1.1.1", 0, 10, FALSE, 0 },
  { "1.2.1", 1, 10, FALSE, 0 },
  { "1.2.2", 1, 25, FALSE, 0 },
  { "2.1.1", 1, 40, TRUE, 10 },
  { "2.2.1", 2, 30, TRUE, 10 },
  { "2.1.2", 2, 40, TRUE, 10 },
  { "2.2.2", 3, 50, TRUE, 15 },
};

static void
test_divergence (gconstpointer data)
{
  const DivergenceCase *expected = data;
  g_autoptr(SbComparison) comparison = compare_team ();
  const SbPartSpread *part = sb_comparison_lookup (comparison, expected->id);

  g_assert_cmpuint (part->band_spread, ==, expected->band_spread);
  g_assert_cmpuint (part->percent_spread, ==, expected->percent_spread);
  g_assert_cmpuint (part->highest_percent - part->lowest_percent, ==, expected->percent_spread);
  g_assert_cmpint (part->divergent, ==, expected->divergent);
  g_assert_cmpuint (part->minutes, ==, expected->minutes);
}

/* 39 percent apart is not divergent, 40 is: the small test standard
 * with a guide in steps of 1 (bands 0–50, 50–100). */
static void
test_divergence_percent (void)
{
  g_autofree char *path = sb_test_fixture_path ("standards/minimal.xml");
  g_autofree char *contents = NULL;
  g_autofree char *stepped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) minimal = NULL;
  const guint percents[] = { 79, 80 };
  g_auto(GStrv) pieces = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  pieces = g_strsplit (contents, "<guide id=\"approach\" kind=\"process\">", 2);
  g_assert_cmpuint (g_strv_length (pieces), ==, 2);
  stepped = g_strjoinv ("<guide id=\"approach\" kind=\"process\" step=\"1\">", pieces);
  bytes = g_bytes_new (stepped, strlen (stepped));
  minimal = sb_standard_new_from_bytes (bytes, "minimal.xml", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autoptr(SbAssessment) low = sb_assessment_new (minimal);
      g_autoptr(SbAssessment) high = sb_assessment_new (minimal);
      SbAssessment *pair[] = { low, high };
      g_autoptr(SbComparison) comparison = NULL;
      const SbPartSpread *part;

      g_assert_true (sb_assessment_set_rating (low, "A.1.1.a", "approach-1", 40, &error));
      g_assert_true (sb_assessment_set_rating (high, "A.1.1.a", "approach-2", percents[i], &error));
      comparison = sb_comparison_new (minimal, pair, 2, &error);
      g_assert_no_error (error);
      part = sb_comparison_lookup (comparison, "A.1.1.a");
      g_assert_cmpuint (part->band_spread, ==, 1);
      g_assert_cmpuint (part->percent_spread, ==, percents[i] - 40);
      g_assert_cmpint (part->divergent, ==, percents[i] - 40 >= 40);
    }
}

/* Divergent parts first, widest apart first; then the standard's order. */
static void
test_agenda (void)
{
  g_autoptr(SbComparison) comparison = compare_team ();
  const char *expected[] = {
    "2.2.2", "2.1.2", "2.2.1", "2.1.1",
    "1.1.1", "1.1.2", "1.2.1", "1.2.2", "2.3.1", "2.3.2",
    "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.3.1", "3.3.2",
  };

  g_assert_cmpuint (sb_comparison_get_n_parts (comparison), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (sb_node_get_id (sb_comparison_get_part (comparison, i)->node), ==, expected[i]);
  g_assert_cmpuint (sb_comparison_get_n_divergent (comparison), ==, 4);
  g_assert_cmpuint (sb_comparison_get_minutes (comparison), ==, 15 + 10 + 10 + 10);
}

/* The same examiner in a second file is flagged there, not in the first;
 * names match whatever their case and surrounding spaces. */
static void
test_duplicate_examiner (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(SbAssessment) b = load_team ("examiner-b.scorebook");
  g_autoptr(SbAssessment) again = load_team ("examiner-a-again.scorebook");
  g_autoptr(SbAssessment) c = sb_test_team_examiner (standard, 2);
  g_autoptr(SbAssessment) nameless = sb_assessment_new (standard);
  g_autoptr(SbAssessment) nameless_too = sb_assessment_new (standard);
  SbAssessment *team[] = { a, b, again, c, nameless, nameless_too };
  g_autoptr(SbComparison) comparison = NULL;
  const gboolean expected[] = { FALSE, FALSE, TRUE, TRUE, FALSE, FALSE };

  sb_assessment_set_examiner (c, "  li MEI ");
  comparison = compare (team, G_N_ELEMENTS (team));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (sb_comparison_is_duplicate_examiner (comparison, i), ==, expected[i]);
}

/* A file of another standard is refused, naming it and both standards. */
static void
test_other_standard (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(SbAssessment) other = load_team ("other-standard.scorebook");
  SbAssessment *team[] = { a, other };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbComparison) comparison = sb_comparison_new (standard, team, 2, &error);

  g_assert_null (comparison);
  g_assert_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_OTHER_STANDARD);
  g_assert_nonnull (strstr (error->message, "other-standard.scorebook"));
  g_assert_nonnull (strstr (error->message, "test-minimal"));
  g_assert_nonnull (strstr (error->message, "2024"));
  g_assert_nonnull (strstr (error->message, "szmqa-2019-social"));
  g_assert_nonnull (strstr (error->message, "2019"));
  g_test_message ("%s", error->message);
}

/* Examiner a's file as if made for edition @edition, with @from renamed
 * @to among its parts. */
static SbAssessment *
load_edition (const char *edition,
              const char *from,
              const char *to)
{
  g_autofree char *path = sb_test_fixture_path ("team/examiner-a.scorebook");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attribute = g_strdup_printf ("edition=\"%s\"", edition);
  SbAssessment *assessment;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "edition=\"2019\"", attribute, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  assessment = sb_assessment_file_load_bytes (standard, bytes, "edition.scorebook", NULL, &error);
  g_assert_no_error (error);
  return assessment;
}

/* Another edition of the standard is compared when its ids are this
 * one's, and refused when it rated a part this edition lacks. */
static void
test_other_edition (void)
{
  g_autoptr(SbAssessment) b = load_team ("examiner-b.scorebook");
  g_autoptr(SbAssessment) same_ids = load_edition ("2018", "id=\"3.3.2\"", "id=\"3.3.2\"");
  g_autoptr(SbAssessment) other_ids = load_edition ("2018", "id=\"3.3.2\"", "id=\"3.3.9\"");
  SbAssessment *fitting[] = { b, same_ids };
  SbAssessment *refused[] = { b, other_ids };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbComparison) comparison = sb_comparison_new (standard, fitting, 2, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  g_assert_null (sb_comparison_new (standard, refused, 2, &error));
  g_assert_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_OTHER_STANDARD);
  g_assert_nonnull (strstr (error->message, "edition 2018"));
  g_assert_nonnull (strstr (error->message, "edition 2019"));
}

static void
test_too_few (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(GError) error = NULL;

  g_assert_null (sb_comparison_new (standard, &a, 1, &error));
  g_assert_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_TOO_FEW);
  g_clear_error (&error);
  g_assert_null (sb_comparison_new (standard, NULL, 0, &error));
  g_assert_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_TOO_FEW);
}

/* Before and after, from examiner a to examiner b. */
static void
test_change (void)
{
  g_autoptr(SbComparison) comparison = compare_team ();
  SbPoints points = -1;
  int bands = -9;

  /* 1.2.1, 40 points: 55 % in band 3, then 65 % in band 4 */
  g_assert_true (sb_comparison_get_change (comparison, 0, 1, "1.2.1", &points, &bands));
  g_assert_cmpint (points, ==, P (4, 0));
  g_assert_cmpint (bands, ==, 1);
  g_assert_true (sb_comparison_get_change (comparison, 1, 0, "1.2.1", &points, &bands));
  g_assert_cmpint (points, ==, -P (4, 0));
  g_assert_cmpint (bands, ==, -1);
  /* 2.2.2, 15 points: 15 % in band 1, then 65 % in band 4 (of examiner c) */
  g_assert_true (sb_comparison_get_change (comparison, 0, 2, "2.2.2", &points, &bands));
  g_assert_cmpint (points, ==, P (7, 5000));
  g_assert_cmpint (bands, ==, 3);
  /* the first dimension: 57.5 points, then 64.5; no bands there */
  g_assert_true (sb_comparison_get_change (comparison, 0, 1, "1", &points, &bands));
  g_assert_cmpint (points, ==, P (7, 0));
  g_assert_cmpint (bands, ==, 0);
  g_assert_false (sb_comparison_get_change (comparison, 0, 1, "no-such-part", &points, &bands));
}

/* Unrated on either side: no change to tell. */
static void
test_change_unrated (void)
{
  g_autoptr(SbAssessment) a = sb_test_team_examiner (standard, 0);
  g_autoptr(SbAssessment) b = sb_test_team_examiner (standard, 1);
  SbAssessment *pair[] = { a, b };
  g_autoptr(SbComparison) comparison = NULL;

  sb_assessment_clear_rating (b, "1.2.1");
  comparison = compare (pair, 2);
  g_assert_false (sb_comparison_get_change (comparison, 0, 1, "1.2.1", NULL, NULL));
  g_assert_false (sb_comparison_get_change (comparison, 1, 0, "1.2.1", NULL, NULL));
  g_assert_true (sb_comparison_get_change (comparison, 0, 1, "1.1.1", NULL, NULL));
}

/* The range of a dimension: each examiner's points under it.
 * 1.1.1 30, 1.1.2 30, 1.2.1 40, 1.2.2 20 points:
 * a 19.5 + 12 + 22 + 4 = 57.5, b 18 + 13.5 + 26 + 7 = 64.5,
 * c 21 + 16.5 + 24 + 9 = 70.5. */
static void
test_range (void)
{
  g_autoptr(SbComparison) comparison = compare_team ();
  SbPoints lowest, highest, median;

  sb_comparison_get_range (comparison, "1", &lowest, &highest, &median);
  g_assert_cmpint (lowest, ==, P (57, 5000));
  g_assert_cmpint (highest, ==, P (70, 5000));
  g_assert_cmpint (median, ==, P (64, 5000));
  sb_comparison_get_range (comparison, "1.1.1", &lowest, &highest, &median);
  g_assert_cmpint (lowest, ==, P (18, 0));
  g_assert_cmpint (highest, ==, P (21, 0));
  g_assert_cmpint (median, ==, P (19, 5000));
  sb_comparison_get_range (comparison, "no-such-part", &lowest, &highest, &median);
  g_assert_cmpint (lowest, ==, 0);
  g_assert_cmpint (highest, ==, 0);
  g_assert_cmpint (median, ==, 0);
}

/* A comparison only reads: every file saves as it was, nothing dirty. */
static void
test_unchanged (void)
{
  g_autoptr(SbAssessment) a = load_team ("examiner-a.scorebook");
  g_autoptr(SbAssessment) b = load_team ("examiner-b.scorebook");
  g_autoptr(GBytes) a_before = sb_assessment_file_serialize (a);
  g_autoptr(GBytes) b_before = sb_assessment_file_serialize (b);
  g_autoptr(GBytes) a_after = NULL;
  g_autoptr(GBytes) b_after = NULL;
  SbAssessment *pair[] = { a, b };
  SbComparison *comparison = compare (pair, 2);
  SbPoints lowest;

  sb_comparison_get_range (comparison, "1", &lowest, NULL, NULL);
  sb_comparison_get_change (comparison, 0, 1, "1", NULL, NULL);
  g_assert_finalize_object (comparison);
  a_after = sb_assessment_file_serialize (a);
  b_after = sb_assessment_file_serialize (b);
  g_assert_true (g_bytes_equal (a_before, a_after));
  g_assert_true (g_bytes_equal (b_before, b_after));
  g_assert_false (sb_assessment_get_dirty (a));
  g_assert_false (sb_assessment_get_dirty (b));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();

  g_test_add_func ("/comparison/fixtures-current", test_fixtures_current);
  g_test_add_func ("/comparison/spread/odd", test_spread_odd);
  g_test_add_func ("/comparison/spread/even", test_spread_even);
  g_test_add_func ("/comparison/spread/unrated", test_spread_unrated);
  for (guint i = 0; i < G_N_ELEMENTS (divergence_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/comparison/divergence/%s", divergence_cases[i].id);

      g_test_add_data_func (path, &divergence_cases[i], test_divergence);
    }
  g_test_add_func ("/comparison/divergence/percent-39-40", test_divergence_percent);
  g_test_add_func ("/comparison/agenda", test_agenda);
  g_test_add_func ("/comparison/duplicate-examiner", test_duplicate_examiner);
  g_test_add_func ("/comparison/other-standard", test_other_standard);
  g_test_add_func ("/comparison/other-edition", test_other_edition);
  g_test_add_func ("/comparison/too-few", test_too_few);
  g_test_add_func ("/comparison/change", test_change);
  g_test_add_func ("/comparison/change/unrated", test_change_unrated);
  g_test_add_func ("/comparison/range", test_range);
  g_test_add_func ("/comparison/unchanged", test_unchanged);

  status = g_test_run ();
  g_object_unref (standard);
  return status;
}
