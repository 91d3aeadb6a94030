/* test-cli-compare.c — --compare and --consensus, run as a team leader would run them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-test-data.h"
#include "sb-test-run.h"
#include "sb-test-team.h"

static char *
team (const char *name)
{
  g_autofree char *relative = g_build_filename ("team", name, NULL);

  return sb_test_fixture_path (relative);
}

/* The row of @id in --compare's output, split at its tabs. */
static GStrv
row_of (const char *out,
        const char *id)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      GStrv fields = g_strsplit (lines[i], "\t", -1);

      if (g_str_equal (fields[0], id))
        return fields;
      g_strfreev (fields);
    }
  g_assert_not_reached ();
}

static void
assert_row (const char *out,
            const char *expected)
{
  g_auto(GStrv) fields = g_strsplit (expected, "\t", 2);
  g_auto(GStrv) row = row_of (out, fields[0]);
  g_autofree char *joined = g_strjoinv ("\t", row);

  g_assert_cmpstr (joined, ==, expected);
}

/* A header naming the examiners, then a row per scored part in the
 * standard's order: points of each, lowest, highest, median, bands, flag. */
static void
test_compare (void)
{
  g_autofree char *a = team ("examiner-a.scorebook");
  g_autofree char *b = team ("examiner-b.scorebook");
  g_autofree char *c = team ("examiner-c.scorebook");
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;

  sb_test_run_scorebook (&run, "--compare", a, b, c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 16 + 1);
  g_assert_cmpstr (lines[0], ==, "id\t张伟 Zhang Wei\tLi Mei\tWang Fang\tlowest\thighest\tmedian\tbands\tflag");
  g_assert_cmpstr (lines[1], ==, "1.1.1\t19.5\t18\t21\t18\t21\t19.5\t0\t");
  g_assert_cmpstr (lines[16], ==, "3.3.2\t14\t12\t18\t12\t18\t14\t1\t");
  assert_row (run.out, "1.2.1\t22\t26\t24\t22\t26\t24\t1\t");
  assert_row (run.out, "2.1.1\t8\t16\t12\t8\t16\t12\t1\tdivergent");
  assert_row (run.out, "2.1.2\t4.5\t7.5\t10.5\t4.5\t10.5\t7.5\t2\tdivergent");
  assert_row (run.out, "2.2.2\t2.25\t7.5\t9.75\t2.25\t9.75\t7.5\t3\tdivergent");
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 1 + 3 + 5);
    }
}

/* Two files: the median is the mean of the two; an unrated part stays
 * empty and counts for nothing. */
static void
test_compare_unrated (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) b = sb_test_team_examiner (standard, 1);
  g_autofree char *a = team ("examiner-a.scorebook");
  g_autofree char *dir = g_dir_make_tmp ("sb-compare-XXXXXX", NULL);
  g_autofree char *b_path = g_build_filename (dir, "b.scorebook", NULL);
  g_autoptr(GFile) b_file = g_file_new_for_path (b_path);
  g_autoptr(GError) error = NULL;
  g_auto(SbTestRun) run = { 0 };

  sb_assessment_clear_rating (b, "1.1.1");
  sb_assessment_set_examiner (b, "");
  g_assert_true (sb_assessment_file_save (b, b_file, NULL, &error));
  sb_test_run_scorebook (&run, "--compare", a, b_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "id\t张伟 Zhang Wei\tb.scorebook\tlowest"));
  assert_row (run.out, "1.1.1\t19.5\t\t19.5\t19.5\t19.5\t0\t");
  assert_row (run.out, "1.1.2\t12\t13.5\t12\t13.5\t12.75\t0\t");
  g_remove (b_path);
  g_rmdir (dir);
}

/* Files of different standards: exit 1, both named. */
static void
test_compare_other_standard (void)
{
  g_autofree char *a = team ("examiner-a.scorebook");
  g_autofree char *other = team ("other-standard.scorebook");
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--compare", a, other, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "other-standard.scorebook was made for the standard “test-minimal” "
                                     "(edition 2024), not for"));
  g_assert_nonnull (strstr (run.err, "(szmqa-2019-social, edition 2019)"));
}

/* One file is no comparison; the same examiner twice is said, not refused. */
static void
test_compare_few_and_twice (void)
{
  g_autofree char *a = team ("examiner-a.scorebook");
  g_autofree char *b = team ("examiner-b.scorebook");
  g_autofree char *again = team ("examiner-a-again.scorebook");
  g_auto(SbTestRun) one = { 0 };
  g_auto(SbTestRun) twice = { 0 };

  sb_test_run_scorebook (&one, "--compare", a, NULL);
  g_assert_cmpint (one.status, ==, 1);
  g_assert_nonnull (strstr (one.err, "at least two"));
  sb_test_run_scorebook (&twice, "--compare", a, b, again, NULL);
  g_assert_cmpint (twice.status, ==, 0);
  g_assert_nonnull (strstr (twice.err, "examiner-a-again.scorebook: warning: the examiner “张伟 Zhang Wei”"));
  g_assert_null (strstr (twice.err, "examiner-b.scorebook"));
  g_assert_true (g_str_has_prefix (twice.out, "id\t张伟 Zhang Wei\tLi Mei\t张伟 Zhang Wei\t"));
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  return g_bytes_new_take (contents, length);
}

/* The consensus written from three examiners, at @seed ("median" or
 * "mean", NULL for the default), loaded back; the examiners' files unchanged. */
static SbAssessment *
run_consensus (SbStandard *standard,
               const char *seed)
{
  const char *names[] = { "examiner-a.scorebook", "examiner-b.scorebook", "examiner-c.scorebook" };
  g_autofree char *dir = g_dir_make_tmp ("sb-consensus-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "consensus.scorebook", NULL);
  g_autofree char *seed_arg = seed ? g_strconcat ("--seed=", seed, NULL) : NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  char *paths[3];
  GBytes *before[3];
  g_auto(SbTestRun) run = { 0 };
  SbAssessment *consensus;

  for (guint i = 0; i < 3; i++)
    {
      paths[i] = team (names[i]);
      before[i] = read_bytes (paths[i]);
    }
  {
    const char *argv[] = { g_getenv ("SB_SCOREBOOK"), "--consensus", out, paths[0], paths[1], paths[2],
                           seed_arg, NULL };

    sb_test_run_argv (&run, argv);
  }
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) after = read_bytes (paths[i]);

      g_assert_true (g_bytes_equal (before[i], after));
      g_bytes_unref (before[i]);
      g_free (paths[i]);
    }
  consensus = sb_assessment_file_load (standard, file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_remove (out);
  g_rmdir (dir);
  return consensus;
}

/* --consensus OUT A B C: a consensus of the team, at the median of each
 * part (the mean with --seed=mean), and nothing of theirs changed. */
static void
test_consensus (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) median = run_consensus (standard, NULL);
  g_autoptr(SbAssessment) mean = run_consensus (standard, "mean");

  g_assert_cmpint (sb_assessment_get_kind (median), ==, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_cmpstr (sb_assessment_get_examiner (median), ==, "张伟 Zhang Wei, Li Mei, Wang Fang");
  g_assert_cmpstr (sb_assessment_get_applicant (median), ==, "深圳市某某社区健康服务中心");
  /* 2.2.2 at 15, 50 and 65 %: median 50, mean 43.3 to 45 */
  sb_test_assert_rating (median, "2.2.2", "process-3", 50);
  sb_test_assert_rating (mean, "2.2.2", "process-3", 45);
  /* 2.1.1 at 40, 80 and 60 %: both 60, in the band the examiner gave */
  sb_test_assert_rating (median, "2.1.1", "process-4", 60);
  sb_test_assert_rating (mean, "2.1.1", "process-4", 60);
}

/* The consensus never takes the place of an examiner's file. */
static void
test_consensus_not_over_input (void)
{
  g_autofree char *a = team ("examiner-a.scorebook");
  g_autofree char *b = team ("examiner-b.scorebook");
  g_autoptr(GBytes) before = read_bytes (a);
  g_autoptr(GBytes) after = NULL;
  g_auto(SbTestRun) run = { 0 };
  g_auto(SbTestRun) seed = { 0 };

  sb_test_run_scorebook (&run, "--consensus", a, a, b, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "would replace an examiner’s own assessment"));
  after = read_bytes (a);
  g_assert_true (g_bytes_equal (before, after));
  sb_test_run_scorebook (&seed, "--consensus", "/nonexistent/c.scorebook", "--seed=mode", a, b, NULL);
  g_assert_cmpint (seed.status, ==, 2);
  g_assert_nonnull (strstr (seed.err, "“mode”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/compare/team", test_compare);
  g_test_add_func ("/cli/compare/unrated", test_compare_unrated);
  g_test_add_func ("/cli/compare/other-standard", test_compare_other_standard);
  g_test_add_func ("/cli/compare/few-and-twice", test_compare_few_and_twice);
  g_test_add_func ("/cli/consensus/seeded", test_consensus);
  g_test_add_func ("/cli/consensus/not-over-input", test_consensus_not_over_input);
  return g_test_run ();
}
