/* test-consensus.c — a team's consensus assessment, seeded from the independent reviews
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "sb-assessment-file.h"
#include "sb-consensus.h"
#include "sb-test-data.h"
#include "sb-test-team.h"

static SbStandard *standard;

typedef struct
{
  SbAssessment *examiners[3];
  GBytes       *saved[3];
  SbComparison *comparison;
} Team;

static void
team_set_up (Team          *team,
             gconstpointer  data)
{
  const char *names[] = { "team/examiner-a.scorebook", "team/examiner-b.scorebook", "team/examiner-c.scorebook" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      team->examiners[i] = sb_test_load_fixture (standard, names[i]);
      team->saved[i] = sb_assessment_file_serialize (team->examiners[i]);
    }
  team->comparison = sb_comparison_new (standard, team->examiners, 3, &error);
  g_assert_no_error (error);
}

/* Whatever the consensus did, each examiner's assessment saves as it was
 * loaded and is not dirty. */
static void
team_tear_down (Team          *team,
                gconstpointer  data)
{
  g_assert_finalize_object (team->comparison);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) now = sb_assessment_file_serialize (team->examiners[i]);

      g_assert_true (g_bytes_equal (team->saved[i], now));
      g_assert_false (sb_assessment_get_dirty (team->examiners[i]));
      g_bytes_unref (team->saved[i]);
      g_assert_finalize_object (team->examiners[i]);
    }
}

typedef struct
{
  const char *id;
  const char *median_band;
  guint       median;
  const char *mean_band;
  guint       mean;
} SeedCase;

/* The examiners' percents are in tests/sb-test-team.c. */
static const SeedCase seed_cases[] = {
  { "1.1.1", "process-4", 65, "process-4", 65 },   /* 65 60 70 */
  { "1.1.2", "process-3", 45, "process-3", 45 },   /* 40 45 55: mean 46.7 */
  { "1.2.2", "process-2", 35, "process-2", 35 },   /* 20 35 45: mean 33.3 */
  { "2.1.1", "process-4", 60, "process-4", 60 },   /* 40 80 60 */
  { "2.2.1", "process-3", 45, "process-3", 50 },   /* 35 45 65: mean 48.3 */
  { "2.2.2", "process-3", 50, "process-3", 45 },   /* 15 50 65: mean 43.3 */
  { "3.1.2", "results-2", 35, "results-2", 35 },   /* 30 40 35 */
  { "3.3.1", "results-3", 55, "results-3", 50 },   /* 40 60 55: mean 51.7 */
  { "3.3.2", "results-2", 35, "results-2", 35 },   /* 35 30 45: mean 36.7 */
};

static void
test_seed (Team          *team,
           gconstpointer  data)
{
  g_autoptr(SbAssessment) median = sb_consensus_new (team->comparison, SB_CONSENSUS_SEED_MEDIAN);
  g_autoptr(SbAssessment) mean = sb_consensus_new (team->comparison, SB_CONSENSUS_SEED_MEAN);
  SbScore score;

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    {
      g_test_message ("%s", seed_cases[i].id);
      sb_test_assert_rating (median, seed_cases[i].id, seed_cases[i].median_band, seed_cases[i].median);
      sb_test_assert_rating (mean, seed_cases[i].id, seed_cases[i].mean_band, seed_cases[i].mean);
    }
  sb_assessment_get_score (median, NULL, &score);
  g_assert_cmpuint (score.n_rated, ==, 16);
}

/* The consensus is the team's, of the same applicant; the seed is its
 * start, not a change: nothing to undo. */
static void
test_metadata (Team          *team,
               gconstpointer  data)
{
  g_autoptr(SbAssessment) consensus = sb_consensus_new (team->comparison, SB_CONSENSUS_SEED_MEDIAN);

  g_assert_cmpint (sb_assessment_get_kind (consensus), ==, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_cmpstr (sb_assessment_get_applicant (consensus), ==, "深圳市某某社区健康服务中心");
  g_assert_cmpstr (sb_assessment_get_examiner (consensus), ==, "张伟 Zhang Wei, Li Mei, Wang Fang");
  g_assert_true (sb_assessment_get_standard (consensus) == standard);
  g_assert_null (sb_assessment_get_file (consensus));
  g_assert_false (sb_history_can_undo (sb_assessment_get_history (consensus)));
}

/* Every examiner's strengths and opportunities, by file, as proposals
 * with their author; merging keeps the authors' initials. */
static void
test_proposals (Team          *team,
                gconstpointer  data)
{
  g_autoptr(SbAssessment) consensus = sb_consensus_new (team->comparison, SB_CONSENSUS_SEED_MEDIAN);
  const struct { SbNoteKind kind; const char *author; const char *start; } expected[] = {
    { SB_NOTE_STRENGTH, "张伟 Zhang Wei", "领导班子每季度" },
    { SB_NOTE_OPPORTUNITY, "张伟 Zhang Wei", "未见经验教训" },
    { SB_NOTE_STRENGTH, "Li Mei", "Leaders review" },
    { SB_NOTE_OPPORTUNITY, "Wang Fang", "Lessons learned" },
  };
  const guint strengths[] = { 0, 2 };
  guint merged;

  g_assert_cmpuint (sb_assessment_get_n_proposals (consensus, "1.1.1"), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (sb_assessment_get_proposal_kind (consensus, "1.1.1", i), ==, expected[i].kind);
      g_assert_cmpstr (sb_assessment_get_proposal_author (consensus, "1.1.1", i), ==, expected[i].author);
      g_assert_true (g_str_has_prefix (sb_assessment_get_proposal_text (consensus, "1.1.1", i), expected[i].start));
      g_assert_cmpint (sb_assessment_get_proposal_state (consensus, "1.1.1", i), ==, SB_PROPOSAL_OPEN);
    }
  g_assert_cmpuint (sb_assessment_get_n_proposals (consensus, "2.2.2"), ==, 3);
  g_assert_cmpuint (sb_assessment_get_n_proposals (consensus, "1.1.2"), ==, 0);
  /* the consensus's own comments start empty */
  g_assert_cmpuint (sb_assessment_get_n_notes (consensus, "1.1.1", SB_NOTE_STRENGTH), ==, 0);

  merged = sb_assessment_merge_proposals (consensus, "1.1.1", strengths, G_N_ELEMENTS (strengths));
  g_assert_cmpstr (sb_assessment_get_note_authors (consensus, "1.1.1", SB_NOTE_STRENGTH, merged), ==, "张伟, LM");
}

/* The range of the examiners' percents is kept per part; the seed leaves
 * no trail. */
static void
test_independent_range (Team          *team,
                        gconstpointer  data)
{
  g_autoptr(SbAssessment) consensus = sb_consensus_new (team->comparison, SB_CONSENSUS_SEED_MEDIAN);
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);
  guint lowest = 0, highest = 0;

  g_assert_true (sb_assessment_get_independent_range (consensus, "2.2.2", &lowest, &highest));
  g_assert_cmpuint (lowest, ==, 15);
  g_assert_cmpuint (highest, ==, 65);
  g_assert_false (sb_assessment_rating_leaves_range (consensus, "2.2.2", 50));
  g_assert_true (sb_assessment_rating_leaves_range (consensus, "2.2.2", 70));
  g_assert_true (sb_assessment_get_independent_range (consensus, "1.1.1", &lowest, &highest));
  g_assert_cmpuint (lowest, ==, 60);
  g_assert_cmpuint (highest, ==, 70);
  for (guint i = 0; i < scored->len; i++)
    g_assert_cmpuint (sb_assessment_get_n_trail (consensus, sb_node_get_id (g_ptr_array_index (scored, i))), ==, 0);

  /* a change the team makes is on the trail */
  g_assert_true (sb_assessment_set_rating (consensus, "2.2.2", "process-4", 70, NULL));
  g_assert_cmpuint (sb_assessment_get_n_trail (consensus, "2.2.2"), ==, 1);
}

/* An even team: the mean of the middle two, to the nearest step; at a
 * band's shared end the band an examiner gave that percent. Unrated parts
 * count for nothing; a part nobody rated stays unrated. */
static void
test_seed_even_and_unrated (void)
{
  g_autoptr(SbAssessment) a = sb_test_team_examiner (standard, 0);
  g_autoptr(SbAssessment) b = sb_test_team_examiner (standard, 1);
  g_autoptr(SbAssessment) c = sb_test_team_examiner (standard, 2);
  SbAssessment *pair[] = { a, b };
  SbAssessment *trio[] = { a, b, c };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbComparison) two = NULL;
  g_autoptr(SbComparison) three = NULL;
  g_autoptr(SbAssessment) from_two = NULL;
  g_autoptr(SbAssessment) from_three = NULL;

  sb_assessment_clear_rating (c, "1.1.1");
  for (guint i = 0; i < 3; i++)
    sb_assessment_clear_rating (trio[i], "3.2.1");
  two = sb_comparison_new (standard, pair, 2, &error);
  three = sb_comparison_new (standard, trio, 3, &error);
  g_assert_no_error (error);
  from_two = sb_consensus_new (two, SB_CONSENSUS_SEED_MEDIAN);
  from_three = sb_consensus_new (three, SB_CONSENSUS_SEED_MEDIAN);

  sb_test_assert_rating (from_two, "1.1.2", "process-3", 45);   /* 40 45: 42.5 up to 45 */
  sb_test_assert_rating (from_two, "1.2.2", "process-2", 30);   /* 20 35: 27.5 up to 30 */
  sb_test_assert_rating (from_two, "2.1.1", "process-4", 60);   /* 40 80 */
  sb_test_assert_rating (from_two, "2.2.2", "process-2", 35);   /* 15 50: 32.5 up to 35 */
  sb_test_assert_rating (from_three, "1.1.1", "process-4", 65); /* 65 60: 62.5 up to 65 */
  g_assert_false (sb_assessment_get_rating (from_three, "3.2.1", NULL, NULL));
}

/* At a shared end (40 % is process-2's top and process-3's foot), the
 * seed takes the band an examiner gave it, else the higher. */
static void
test_seed_shared_end (void)
{
  g_autoptr(SbAssessment) a = sb_assessment_new (standard);
  g_autoptr(SbAssessment) b = sb_assessment_new (standard);
  g_autoptr(SbAssessment) c = sb_assessment_new (standard);
  SbAssessment *trio[] = { a, b, c };
  g_autoptr(GError) error = NULL;
  g_autoptr(SbComparison) comparison = NULL;
  g_autoptr(SbAssessment) consensus = NULL;

  g_assert_true (sb_assessment_set_rating (a, "1.1.1", "process-2", 40, &error));
  g_assert_true (sb_assessment_set_rating (b, "1.1.1", "process-2", 40, &error));
  g_assert_true (sb_assessment_set_rating (c, "1.1.1", "process-3", 55, &error));
  g_assert_true (sb_assessment_set_rating (a, "1.1.2", "process-2", 35, &error));
  g_assert_true (sb_assessment_set_rating (b, "1.1.2", "process-3", 45, &error));
  comparison = sb_comparison_new (standard, trio, 3, &error);
  g_assert_no_error (error);
  consensus = sb_consensus_new (comparison, SB_CONSENSUS_SEED_MEDIAN);
  sb_test_assert_rating (consensus, "1.1.1", "process-2", 40);
  sb_test_assert_rating (consensus, "1.1.2", "process-3", 40);
}

typedef struct
{
  const char *name;
  const char *initials;
} InitialsCase;

static const InitialsCase initials_cases[] = {
  { "Li Mei", "LM" },
  { "Wang Fang", "WF" },
  { "张伟 Zhang Wei", "张伟" },
  { "李敏 (Li Min)", "李敏" },
  { "  欧阳娜娜  ", "欧阳娜娜" },
  { "mary-jane o'neil", "MO" },
  { "Émile  Zola", "ÉZ" },
  { "", "?" },
  { "  ", "?" },
};

static void
test_initials (gconstpointer data)
{
  const InitialsCase *expected = data;
  g_autofree char *initials = sb_examiner_initials (expected->name);

  g_assert_cmpstr (initials, ==, expected->initials);
}

static void
test_initials_null (void)
{
  g_autofree char *initials = sb_examiner_initials (NULL);

  g_assert_cmpstr (initials, ==, "?");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();

  g_test_add ("/consensus/seed", Team, NULL, team_set_up, test_seed, team_tear_down);
  g_test_add ("/consensus/metadata", Team, NULL, team_set_up, test_metadata, team_tear_down);
  g_test_add ("/consensus/proposals", Team, NULL, team_set_up, test_proposals, team_tear_down);
  g_test_add ("/consensus/independent-range", Team, NULL, team_set_up, test_independent_range, team_tear_down);
  g_test_add_func ("/consensus/seed/even-and-unrated", test_seed_even_and_unrated);
  g_test_add_func ("/consensus/seed/shared-end", test_seed_shared_end);
  for (guint i = 0; i < G_N_ELEMENTS (initials_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/consensus/initials/%u", i);

      g_test_add_data_func (path, &initials_cases[i], test_initials);
    }
  g_test_add_func ("/consensus/initials/null", test_initials_null);

  status = g_test_run ();
  g_object_unref (standard);
  return status;
}
