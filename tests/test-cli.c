/* test-cli.c — the headless commands, run as a user would run them, with no display
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sb-test-run.h"
#include "sb-test-data.h"

static char *
fixture (const char *name)
{
  g_autofree char *relative = g_build_filename ("standards", name, NULL);

  return sb_test_fixture_path (relative);
}

static char *
bundled_path (void)
{
  return g_build_filename (g_getenv ("SB_SOURCE_ROOT"), "data", "standards", "szmqa-2019-social.xml", NULL);
}

static void
test_outline_bundled (void)
{
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint counts[4] = { 0 };
  const char *kinds[] = { "category", "item", "subitem", "point" };

  sb_test_run_scorebook (&run, "--outline", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 27 + 50 + 1);
  g_assert_cmpstr (lines[77], ==, "");
  g_assert_cmpstr (lines[0], ==, "1\tcategory\t120\t\t高标准定位\tHigh-standard positioning");
  g_assert_cmpstr (lines[2], ==, "1.1.1\tsubitem\t30\tprocess\t确定方向\tSetting direction");
  g_assert_true (g_str_has_prefix (lines[3], "g1.1.1.1\tpoint\t\t\t领导带领组织"));

  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      /* Exactly six columns: no tab or newline leaked out of a text. */
      g_assert_cmpuint (g_strv_length (fields), ==, 6);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (g_str_equal (fields[1], kinds[k]))
          counts[k]++;
      g_assert_cmpstr (fields[4], !=, "");
      g_assert_cmpstr (fields[5], !=, "");
    }
  g_assert_cmpuint (counts[0], ==, 3);
  g_assert_cmpuint (counts[1], ==, 8);
  g_assert_cmpuint (counts[2], ==, 16);
  g_assert_cmpuint (counts[3], ==, 50);
}

/* A point with two paragraphs is still one row. */
static void
test_outline_flattens_newlines (void)
{
  g_auto(SbTestRun) run = { 0 };
  const char *row;

  sb_test_run_scorebook (&run, "--outline", NULL);
  row = strstr (run.out, "g3.1.2.2\tpoint");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row, "运营结果"));
}

static void
test_outline_other_standard (void)
{
  g_autofree char *path = fixture ("minimal.xml");
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--outline", "--standard", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "A\tpart\t60\t\t甲部分\tPart A\nA.1\tchapter\t40\t\t第一章\tChapter 1\n"));
  g_assert_nonnull (strstr (run.out, "A.1.1.a\tclause\t19.5\tapproach\t条款甲\tClause a\npa1\tpoint\t\t\t要点一\tPoint one\n"));
}

static void
test_outline_bad_standard (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.xml", NULL);
  g_auto(SbTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, "<standard>\n  <oops>\n</standard>\n", -1, NULL));
  sb_test_run_scorebook (&run, "--outline", "--standard", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, path));
  g_assert_nonnull (strstr (run.err, ":3:"));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_validate (void)
{
  g_autofree char *good = bundled_path ();
  g_autofree char *other = fixture ("minimal.xml");
  g_autofree char *dir = g_dir_make_tmp ("sb-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_auto(SbTestRun) run = { 0 };
  g_auto(SbTestRun) run_bad = { 0 };
  g_autofree char *expected = NULL;

  sb_test_run_scorebook (&run, "--validate", good, other, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "16 scored parts worth 500 points"));
  g_assert_nonnull (strstr (run.out, "4 scored parts worth 100 points"));

  /* One broken file among good ones: its problems are located, the good
   * ones are still checked, and the exit status says something failed. */
  g_assert_true (g_file_get_contents (other, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_string_replace (text, "kind=\"chapter\" points=\"20\"", "kind=\"chapter\" points=\"25\"", 1);
  g_string_replace (text, "guide=\"results\"", "guide=\"outcomes\"", 1);
  g_assert_true (g_file_set_contents (bad, text->str, text->len, NULL));

  sb_test_run_scorebook (&run_bad, "--validate", good, bad, other, NULL);
  g_assert_cmpint (run_bad.status, ==, 1);
  expected = g_strdup_printf ("%s:32:50: chapter A.2 has 25 points but its part A leaves room for 20\n", bad);
  g_assert_nonnull (strstr (run_bad.err, expected));
  g_assert_true (g_regex_match_simple (":[0-9]+:[0-9]+: chapter B.1 uses the scoring guide “outcomes”", run_bad.err, 0, 0));
  g_assert_nonnull (strstr (run_bad.out, "16 scored parts"));
  g_assert_nonnull (strstr (run_bad.out, "4 scored parts"));

  g_remove (bad);
  g_rmdir (dir);
}

/* --validate tells the kind of file by its root element: an assessment
 * behind a long comment is an assessment, a standard whose comment names
 * the assessment namespace is a standard, and what is not an ordinary
 * file is refused unread (a FIFO would wait for ever). */
static void
test_validate_kind_by_root (void)
{
  g_autofree char *standard = fixture ("minimal.xml");
  g_autofree char *assessment = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *dir = g_dir_make_tmp ("sb-cli-XXXXXX", NULL);
  g_autofree char *commented = g_build_filename (dir, "commented.xml", NULL);
  g_autofree char *misleading = g_build_filename (dir, "misleading.xml", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *text = NULL;
  g_autofree char *comment = g_strnfill (5000, 'x');
  g_auto(SbTestRun) run = { 0 };
  g_auto(SbTestRun) run_fifo = { 0 };
  g_autoptr(GString) edited = NULL;

  /* after the XML declaration: a comment longer than any sniffing window */
  g_assert_true (g_file_get_contents (assessment, &text, NULL, NULL));
  edited = g_string_new (text);
  g_string_insert (edited, strstr (text, "?>\n") + 3 - text, " -->\n");
  g_string_insert (edited, strstr (text, "?>\n") + 3 - text, comment);
  g_string_insert (edited, strstr (text, "?>\n") + 3 - text, "<!-- ");
  g_assert_true (g_file_set_contents (commented, edited->str, edited->len, NULL));

  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (standard, &text, NULL, NULL));
  g_string_assign (edited, text);
  g_string_insert (edited, strstr (text, "?>\n") + 3 - text, "<!-- not an urn:scorebook:assessment:1 file -->\n");
  g_assert_true (g_file_set_contents (misleading, edited->str, edited->len, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  sb_test_run_scorebook (&run, "--validate", commented, misleading, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "commented.xml: a valid assessment"));
  g_assert_nonnull (strstr (run.out, "misleading.xml: a valid standard"));

  sb_test_run_scorebook (&run_fifo, "--validate", fifo, NULL);
  g_assert_cmpint (run_fifo.status, ==, 1);
  g_assert_nonnull (strstr (run_fifo.err, "not an ordinary file"));

  g_remove (commented);
  g_remove (misleading);
  g_remove (fifo);
  g_rmdir (dir);
}

static void
test_validate_needs_files (void)
{
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--validate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--validate needs at least one file"));
}

static void
test_validate_missing_file (void)
{
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--validate", "/nonexistent/x.xml", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "/nonexistent/x.xml: "));
}

/* Files an examiner may pick by mistake or find damaged: each is called
 * what it is, in the interface's language, by --validate and --scores
 * alike, never in the XML parser's words. */
static void
test_bad_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sb-cli-XXXXXX", NULL);
  const char *commands[] = { "--validate", "--scores" };
  const char *languages[] = { "LANGUAGE=", "LANGUAGE=zh_CN" };

  for (guint i = 0; i < sb_test_n_bad_files; i++)
    {
      const SbTestBadFile *bad = &sb_test_bad_files[i];
      g_autofree char *path = g_build_filename (dir, bad->name, NULL);
      g_autofree char *located = g_strconcat (path, bad->located, NULL);

      g_assert_true (g_file_set_contents (path, bad->contents, bad->length, NULL));
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
          {
            g_auto(SbTestRun) run = { 0 };
            const char *argv[] = { "env", languages[l], g_getenv ("SB_SCOREBOOK"), commands[c], path, NULL };

            sb_test_run_argv (&run, argv);
            g_test_message ("%s %s: %s", commands[c], bad->name, run.err);
            g_assert_cmpint (run.status, ==, 1);
            g_assert_cmpstr (run.out, ==, "");
            g_assert_true (g_str_has_prefix (run.err, l == 0 ? located : path));
            g_assert_nonnull (strstr (run.err, l == 0 ? bad->en : bad->zh));
            g_assert_null (strstr (run.err, "UTF-8"));
            g_assert_null (strstr (run.err, "XML"));
          }
      g_remove (path);
    }
  g_rmdir (dir);
}

/* The window's --help lists every option of the command line, from the
 * one table both parse with. */
static void
test_help_lists_commands (void)
{
  g_auto(SbTestRun) app = { 0 };
  g_auto(SbTestRun) cli = { 0 };
  g_autoptr(GRegex) option = g_regex_new ("^  (--[a-z-]+)", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  sb_test_run_scorebook (&app, "--help", NULL);
  g_assert_cmpint (app.status, ==, 0);
  sb_test_run_scorebook (&cli, "--validate", "--help", NULL);
  g_assert_cmpint (cli.status, ==, 0);
  g_assert_nonnull (strstr (app.out, "--goto"));
  for (g_regex_match (option, cli.out, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *line = g_strconcat ("\n  ", name, NULL);

      if (g_str_equal (name, "--help"))
        continue;
      if (strstr (app.out, line) == NULL)
        g_error ("%s is not in the window's --help:\n%s", name, app.out);
      n++;
    }
  g_assert_cmpuint (n, ==, 17);
}

/* An option of the commands given with no command is refused, with the
 * commands it goes with, rather than taken for the window's. */
static void
test_modifier_without_command (void)
{
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--lang", "en", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "--lang "));
  g_assert_nonnull (strstr (run.err, "--export-chart"));
}

/* Several files in one --scores: every file's rows, each after its file,
 * from one process (a committee scores a thousand files at once). */
static void
test_scores_several (void)
{
  g_autofree char *partial = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *empty = sb_test_fixture_path ("assessment-empty.scorebook");
  g_autofree char *first_row = g_strdup_printf ("%s\t1\tcategory\t120\t\t21.3\t25.5\n", partial);
  g_autofree char *partial_total = g_strdup_printf ("%s\ttotal\ttotal\t500\t\t6.5\t32.25\n", partial);
  g_autofree char *empty_total = g_strdup_printf ("%s\ttotal\ttotal\t500\t\t\t\n", empty);
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  sb_test_run_scorebook (&run, "--scores", partial, empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 2 * 28 + 1);
  g_assert_true (g_str_has_prefix (run.out, first_row));
  g_assert_nonnull (strstr (run.out, partial_total));
  g_assert_true (g_str_has_suffix (run.out, empty_total));
}

/* A file that cannot be scored among others: said by name on stderr,
 * none of its rows printed, every row of the others whole. */
static void
test_scores_one_fails (void)
{
  g_autofree char *partial = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *empty = sb_test_fixture_path ("assessment-empty.scorebook");
  g_autofree char *broken = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-cli-XXXXXX", NULL);
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  broken = g_build_filename (dir, "broken.scorebook", NULL);
  g_assert_true (g_file_set_contents (broken, "<assessment", -1, NULL));
  sb_test_run_scorebook (&run, "--scores", partial, broken, empty, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, broken));
  g_assert_null (strstr (run.out, broken));
  rows = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 2 * 28 + 1);
  for (guint i = 0; i < 2 * 28; i++)
    g_assert_true (g_str_has_prefix (rows[i], i < 28 ? partial : empty));
  g_unlink (broken);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/outline/bundled", test_outline_bundled);
  g_test_add_func ("/cli/outline/flattens-newlines", test_outline_flattens_newlines);
  g_test_add_func ("/cli/outline/other-standard", test_outline_other_standard);
  g_test_add_func ("/cli/outline/bad-standard", test_outline_bad_standard);
  g_test_add_func ("/cli/validate/files", test_validate);
  g_test_add_func ("/cli/validate/needs-files", test_validate_needs_files);
  g_test_add_func ("/cli/validate/kind-by-root", test_validate_kind_by_root);
  g_test_add_func ("/cli/validate/missing-file", test_validate_missing_file);
  g_test_add_func ("/cli/bad-files", test_bad_files);
  g_test_add_func ("/cli/scores/several", test_scores_several);
  g_test_add_func ("/cli/scores/one-fails", test_scores_one_fails);
  g_test_add_func ("/cli/help/lists-commands", test_help_lists_commands);
  g_test_add_func ("/cli/modifier-without-command", test_modifier_without_command);

  return g_test_run ();
}
