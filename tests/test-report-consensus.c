/* test-report-consensus.c — the summary of a consensus: each part's rating changes and the key themes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-consensus.h"
#include "sb-report.h"
#include "sb-test-data.h"
#include "sb-test-report.h"
#include "sb-test-team.h"

#define RATIONALE SB_TEST_TEAM_RATIONALE
#define THEME_STRENGTH SB_TEST_TEAM_THEME_STRENGTH
#define THEME_RESULTS SB_TEST_TEAM_THEME_RESULTS

static SbStandard *standard;

static SbReport *
report_in (SbAssessment      *assessment,
           SbDisplayLanguage  language)
{
  SbReportOptions options;

  sb_report_options_init (&options);
  options.language = language;
  return sb_report_new (assessment, &options, NULL);
}

static void
assert_text (SbReport   *report,
             const char *key,
             const char *part)
{
  SbReportBlock block;

  g_assert_nonnull (sb_test_find_block (report, key, &block, NULL));
  if (strstr (block.text, part) == NULL)
    g_error ("%s says “%s”, without “%s”", key, block.text, part);
}

/* Under each changed part, its trail: from, to, and why (or that no
 * reason was given), in the summary's language. */
static void
test_trail (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) en = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  g_autoptr(SbReport) zh = report_in (consensus, SB_DISPLAY_LANGUAGE_ZH);
  SbReportBlock block, row;
  guint trail_page, row_page;

  assert_text (en, "trails:2.2.2", "Rating changes");
  assert_text (en, "trail:2.2.2:0", "50 % → ");
  assert_text (en, "trail:2.2.2:0", " 70 %");
  assert_text (en, "trail:2.2.2:0", "Rationale: " RATIONALE);
  assert_text (en, "trail:1.1.1:0", "65 % → ");
  assert_text (en, "trail:1.1.1:0", "no rationale given");
  assert_text (zh, "trails:2.2.2", "评分变更记录");
  assert_text (zh, "trail:2.2.2:0", "理由：" RATIONALE);
  assert_text (zh, "trail:1.1.1:0", "未说明理由");
  g_assert_null (sb_test_find_block (en, "trails:1.2.1", &block, NULL));
  g_assert_null (sb_test_find_block (en, "trail:2.2.2:1", &block, NULL));

  /* below its part's row */
  g_assert_nonnull (sb_test_find_block (en, "trail:2.2.2:0", &block, &trail_page));
  g_assert_nonnull (sb_test_find_block (en, "row:2.2.2", &row, &row_page));
  g_assert_true (trail_page > row_page || (trail_page == row_page && block.y > row.y));
}

/* A consensus comment names the examiners it was built from, and a
 * significant one has its mark doubled. */
static void
test_authors (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) en = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);

  assert_text (en, "strength:1.1.1:0", "++");
  assert_text (en, "strength:1.1.1:0", "Leaders review the direction every quarter and publish the results.  (张伟, LM)");
  sb_assessment_set_note_significant (consensus, "1.1.1", SB_NOTE_STRENGTH, 0, FALSE);
  {
    g_autoptr(SbReport) plain = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
    SbReportBlock block;

    g_assert_nonnull (sb_test_find_block (plain, "strength:1.1.1:0", &block, NULL));
    g_assert_null (strstr (block.text, "++"));
  }
}

/* The examiners' comments the team did not use stay on paper, with their
 * author; the open and used ones are not repeated. */
static void
test_not_used (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) en = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  g_autoptr(SbReport) zh = report_in (consensus, SB_DISPLAY_LANGUAGE_ZH);
  SbReportBlock block;

  assert_text (en, "not-used:1.1.1", "Examiners' comments not used");
  assert_text (en, "not-used:1.1.1:3", "Lessons learned are not fed back into planning.  (Wang Fang)");
  assert_text (zh, "not-used:1.1.1", "未采用的评审意见");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *key = g_strdup_printf ("not-used:1.1.1:%u", i);

      g_assert_null (sb_test_find_block (en, key, &block, NULL));
    }
  g_assert_null (sb_test_find_block (en, "not-used:2.2.2", &block, NULL));
}

/* A theme the page warns of is printed with its warning, for the panel
 * that reads the paper: unsupported, or contradicted by a part's comment. */
static void
test_theme_warnings (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) en = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  g_autoptr(SbReport) contradicted = NULL;
  g_autoptr(SbReport) zh = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  guint n;
  SbReportBlock block;

  assert_text (en, "theme:3:0", "⚠ No comment of a part supports this theme");
  g_assert_nonnull (sb_test_find_block (en, "theme:0:0", &block, NULL));
  g_assert_null (strstr (block.text, "⚠"));

  for (const char * const *l = sb_assessment_get_theme_links (consensus, SB_THEME_PROCESS_STRENGTH, 0); *l != NULL; l++)
    g_ptr_array_add (links, (gpointer) *l);
  n = sb_assessment_get_n_notes (consensus, "1.1.1", SB_NOTE_OPPORTUNITY);
  sb_assessment_insert_note (consensus, "1.1.1", SB_NOTE_OPPORTUNITY, n, "Strategy not deployed");
  g_ptr_array_add (links, (gpointer) sb_assessment_get_note_id (consensus, "1.1.1", SB_NOTE_OPPORTUNITY, n));
  g_ptr_array_add (links, NULL);
  sb_assessment_set_theme_links (consensus, SB_THEME_PROCESS_STRENGTH, 0, (const char * const *) links->pdata);
  contradicted = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  zh = report_in (consensus, SB_DISPLAY_LANGUAGE_ZH);
  assert_text (contradicted, "theme:0:0", "⚠ Contradicted by a comment of: 1.1.1");
  assert_text (zh, "theme:0:0", "⚠ 与该部分的评语相矛盾：1.1.1");
}

/* After the table, the key themes by kind, each with the parts it draws on. */
static void
test_key_themes (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) en = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  g_autoptr(SbReport) both = report_in (consensus, SB_DISPLAY_LANGUAGE_BOTH);
  SbReportBlock block;
  guint themes_page, row_page;

  assert_text (en, "key-themes", "Key themes");
  assert_text (en, "themes:0", "Process strengths");
  assert_text (en, "theme:0:0", THEME_STRENGTH);
  assert_text (en, "theme:0:0", "Drawn from: 1.1.1");
  assert_text (en, "themes:3", "Results opportunities for improvement");
  assert_text (en, "theme:3:0", THEME_RESULTS);
  assert_text (both, "key-themes", "关键主题 Key themes");
  assert_text (both, "theme:0:0", "依据 Drawn from: 1.1.1");
  g_assert_null (sb_test_find_block (en, "themes:1", &block, NULL));
  g_assert_null (sb_test_find_block (en, "themes:2", &block, NULL));
  g_assert_nonnull (sb_test_find_block (en, "theme:3:0", &block, NULL));
  g_assert_null (strstr (block.text, "Drawn from"));

  /* on a page of their own, after the last row */
  g_assert_nonnull (sb_test_find_block (en, "key-themes", &block, &themes_page));
  g_assert_nonnull (sb_test_find_block (en, "row:3.3.2", &block, &row_page));
  g_assert_cmpuint (themes_page, >, row_page);
}

/* The number of notes the summary's notice says it left out. */
static guint
left_out (SbReport *report)
{
  SbReportBlock block;

  g_assert_nonnull (sb_test_find_block (report, "left-out", &block, NULL));
  return (guint) g_ascii_strtoull (block.text, NULL, 10);
}

/* What the bounds leave no room for (a rating change, an examiner's
 * comment not used, a key theme) is counted in the notice of what was
 * left out, under no heading of its own: never dropped in silence. */
static void
test_left_out (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(SbReport) before = NULL;
  g_autoptr(SbReport) after = NULL;
  g_autoptr(GError) error = NULL;
  SbReportBlock block;
  guint open = G_MAXUINT;

  /* the first comments printed fill the bounds (5000 of them) */
  for (guint i = 0; i < 5000; i++)
    sb_assessment_insert_note (consensus, "1.1.1", SB_NOTE_STRENGTH, i, "x");
  before = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);
  g_assert_nonnull (sb_test_find_block (before, "strength:1.1.1:4999", &block, NULL));
  g_assert_null (sb_test_find_block (before, "strength:1.1.1:5000", &block, NULL));

  /* one more of each */
  g_assert_true (sb_assessment_set_rating (consensus, "2.2.2", "process-4", 75, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sb_assessment_get_n_trail (consensus, "2.2.2"), ==, 2);
  sb_assessment_set_trail_rationale (consensus, "2.2.2", 1, RATIONALE);
  for (guint i = 0; i < sb_assessment_get_n_proposals (consensus, "1.1.1") && open == G_MAXUINT; i++)
    if (sb_assessment_get_proposal_state (consensus, "1.1.1", i) == SB_PROPOSAL_OPEN)
      open = i;
  g_assert_cmpuint (open, !=, G_MAXUINT);
  sb_assessment_set_proposal_state (consensus, "1.1.1", open, SB_PROPOSAL_NOT_USED);
  sb_assessment_insert_theme (consensus, SB_THEME_RESULTS_STRENGTH, 0, THEME_RESULTS);
  after = report_in (consensus, SB_DISPLAY_LANGUAGE_EN);

  g_assert_cmpuint (left_out (after), ==, left_out (before) + 3);
  g_assert_null (sb_test_find_block (after, "trails:2.2.2", &block, NULL));
  g_assert_null (sb_test_find_block (after, "not-used:1.1.1", &block, NULL));
  g_assert_null (sb_test_find_block (after, "key-themes", &block, NULL));
  g_assert_null (sb_test_find_block (after, "themes:2", &block, NULL));
}

/* Saved and opened again, the consensus prints the same trail, authors
 * and key themes. */
static void
test_reopened (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  g_autoptr(GBytes) bytes = sb_assessment_file_serialize (consensus);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) reopened = sb_assessment_file_load_bytes (standard, bytes, "consensus.scorebook",
                                                                     NULL, &error);
  g_autoptr(SbReport) before = NULL;
  g_autoptr(SbReport) after = NULL;
  const char *keys[] = { "trail:2.2.2:0", "trail:1.1.1:0", "strength:1.1.1:0", "theme:0:0", "theme:3:0" };

  g_assert_no_error (error);
  before = report_in (consensus, SB_DISPLAY_LANGUAGE_BOTH);
  after = report_in (reopened, SB_DISPLAY_LANGUAGE_BOTH);
  assert_text (after, "trail:2.2.2:0", RATIONALE);
  assert_text (after, "strength:1.1.1:0", "(张伟, LM)");
  assert_text (after, "theme:0:0", "1.1.1");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      SbReportBlock old_block, new_block;

      g_assert_nonnull (sb_test_find_block (before, keys[i], &old_block, NULL));
      g_assert_nonnull (sb_test_find_block (after, keys[i], &new_block, NULL));
      g_assert_cmpstr (old_block.text, ==, new_block.text);
    }
  g_assert_cmpuint (sb_report_get_n_pages (after), ==, sb_report_get_n_pages (before));
}

/* An examiner's own summary has neither. */
static void
test_independent (void)
{
  g_autoptr(SbAssessment) examiner = sb_test_team_examiner (standard, 0);
  g_autoptr(SbReport) report = report_in (examiner, SB_DISPLAY_LANGUAGE_BOTH);

  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        SbReportBlock block;

        g_assert_true (sb_report_get_block (report, p, i, &block));
        g_assert_false (g_str_has_prefix (block.key, "trail"));
        g_assert_false (g_str_has_prefix (block.key, "theme"));
        g_assert_cmpstr (block.key, !=, "key-themes");
      }
}

/* The PDF is written; with SB_TEST_OUTPUT set it is kept there for a look. */
static void
test_pdf (void)
{
  g_autoptr(SbAssessment) consensus = sb_test_team_consensus (standard);
  const char *keep = g_getenv ("SB_TEST_OUTPUT");
  g_autofree char *dir = keep ? g_strdup (keep) : g_dir_make_tmp ("test-report-XXXXXX", NULL);
  const SbDisplayLanguage languages[] = { SB_DISPLAY_LANGUAGE_ZH, SB_DISPLAY_LANGUAGE_EN };
  const char *names[] = { "consensus-zh.pdf", "consensus-en.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GError) error = NULL;
      SbReportOptions options;

      sb_report_options_init (&options);
      options.language = languages[i];
      g_assert_true (sb_report_write_pdf (consensus, path, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      if (keep == NULL)
        g_unlink (path);
    }
  if (keep == NULL)
    g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();

  g_test_add_func ("/report/consensus/trail", test_trail);
  g_test_add_func ("/report/consensus/authors", test_authors);
  g_test_add_func ("/report/consensus/theme-warnings", test_theme_warnings);
  g_test_add_func ("/report/consensus/not-used", test_not_used);
  g_test_add_func ("/report/consensus/key-themes", test_key_themes);
  g_test_add_func ("/report/consensus/left-out", test_left_out);
  g_test_add_func ("/report/consensus/reopened", test_reopened);
  g_test_add_func ("/report/consensus/independent", test_independent);
  g_test_add_func ("/report/consensus/pdf", test_pdf);

  status = g_test_run ();
  g_object_unref (standard);
  return status;
}
