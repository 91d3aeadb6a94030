/* test-assessment.c — ratings, the score roll-up, notes, signals and undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-assessment.h"
#include "sb-test-data.h"

static char *
score_points (SbAssessment *assessment,
              const char   *id)
{
  SbScore score;

  g_assert_true (sb_assessment_get_score (assessment, id, &score));
  return sb_points_format (score.points, 4);
}

/* One rating and the points it gives, exactly. */
typedef struct
{
  const char *node;
  const char *band;
  guint       percent;
  const char *points;     /* NULL: the rating is refused */
  int         error_code;
} RatingCase;

static const RatingCase rating_cases[] = {
  { "1.1.1", "process-4", 65, "19.5" },          /* 30 × 65 % */
  { "2.1.2", "process-3", 45, "6.75" },          /* 15 × 45 %: exact, not 6.7499… */
  { "1.1.1", "process-1", 0, "0" },
  { "1.1.1", "process-1", 5, "1.5" },
  { "1.1.1", "process-1", 20, "6" },
  { "1.1.1", "process-2", 20, "6" },             /* both bands hold their shared edge */
  { "1.1.1", "process-2", 40, "12" },
  { "1.1.1", "process-3", 40, "12" },
  { "1.1.1", "process-3", 60, "18" },
  { "1.1.1", "process-4", 60, "18" },
  { "1.1.1", "process-4", 80, "24" },
  { "1.1.1", "process-5", 80, "24" },
  { "1.1.1", "process-5", 100, "30" },
  { "3.1.2", "results-5", 95, "47.5" },
  { "3.2.2", "results-1", 15, "4.5" },
  { "1.1.1", "process-1", 25, NULL, SB_ASSESSMENT_ERROR_PERCENT },   /* above its band */
  { "1.1.1", "process-2", 15, NULL, SB_ASSESSMENT_ERROR_PERCENT },   /* below its band */
  { "1.1.1", "process-3", 42, NULL, SB_ASSESSMENT_ERROR_PERCENT },   /* not a step of 5 */
  { "1.1.1", "process-5", 105, NULL, SB_ASSESSMENT_ERROR_PERCENT },
  { "1.1.1", "results-3", 50, NULL, SB_ASSESSMENT_ERROR_NO_SUCH_BAND },  /* another guide's band */
  { "1.1.1", "process-9", 50, NULL, SB_ASSESSMENT_ERROR_NO_SUCH_BAND },
  { "1.1", "process-3", 50, NULL, SB_ASSESSMENT_ERROR_NOT_SCORED },      /* an item */
  { "9.9.9", "process-3", 50, NULL, SB_ASSESSMENT_ERROR_NOT_SCORED },
};

static void
test_rating (gconstpointer data)
{
  const RatingCase *c = data;
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(GError) error = NULL;
  gboolean ok = sb_assessment_set_rating (assessment, c->node, c->band, c->percent, &error);

  if (c->points != NULL)
    {
      g_autofree char *points = NULL;
      const char *band = NULL;
      guint percent = 0;

      g_assert_no_error (error);
      g_assert_true (ok);
      points = score_points (assessment, c->node);
      g_assert_cmpstr (points, ==, c->points);
      g_assert_true (sb_assessment_get_rating (assessment, c->node, &band, &percent));
      g_assert_cmpstr (band, ==, c->band);
      g_assert_cmpuint (percent, ==, c->percent);
    }
  else
    {
      SbScore score;

      g_assert_error (error, SB_ASSESSMENT_ERROR, c->error_code);
      g_assert_false (ok);
      g_assert_false (sb_assessment_get_rating (assessment, c->node, NULL, NULL));
      sb_assessment_get_score (assessment, NULL, &score);
      g_assert_cmpint (score.points, ==, 0);
      g_assert_cmpuint (score.n_rated, ==, 0);
      g_assert_false (sb_assessment_get_dirty (assessment));
    }
}

/* Several ratings, and what every level above them adds up to. */
typedef struct
{
  const char *ratings;   /* "node band percent;…" */
  const char *expected;  /* "node points rated;…", "total" for the total */
} RollUpCase;

static const RollUpCase roll_up_cases[] = {
  { "", "1.1.1 0 0;1.1 0 0;1 0 0;total 0 0" },
  { "1.1.1 process-4 65", "1.1.1 19.5 1;1.1 19.5 1;1 19.5 1;2 0 0;total 19.5 1" },
  { "1.1.1 process-4 65;1.1.2 process-3 55", "1.1 36 2;1 36 2;total 36 2" },
  { "1.1.1 process-5 100;1.1.2 process-5 100;1.2.1 process-5 100;1.2.2 process-5 100",
    "1.1 60 2;1.2 60 2;1 120 4;total 120 4" },
  { "2.1.2 process-3 45;2.2.2 process-3 45;3.2.2 results-1 15",
    "2.1 6.75 1;2.2 6.75 1;2 13.5 2;3.2 4.5 1;3 4.5 1;total 18 3" },
  { "1.1.1 process-1 0;3.3.2 results-1 0", "1.1.1 0 1;1.1 0 1;3.3 0 1;total 0 2" },
  /* the same sub-item rated again replaces its rating */
  { "1.1.1 process-4 65;1.1.1 process-2 30", "1.1.1 9 1;1.1 9 1;total 9 1" },
};

static void
apply_ratings (SbAssessment *assessment,
               const char   *ratings)
{
  g_auto(GStrv) list = g_strsplit (ratings, ";", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autoptr(GError) error = NULL;

      if (*list[i] == '\0')
        continue;
      parts = g_strsplit (list[i], " ", 3);
      sb_assessment_set_rating (assessment, parts[0], parts[1], atoi (parts[2]), &error);
      g_assert_no_error (error);
    }
}

static void
check_scores (SbAssessment *assessment,
              const char   *expected)
{
  g_auto(GStrv) list = g_strsplit (expected, ";", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (list[i], " ", 3);
      const char *id = strcmp (parts[0], "total") == 0 ? NULL : parts[0];
      g_autofree char *points = NULL;
      SbScore score;

      g_assert_true (sb_assessment_get_score (assessment, id, &score));
      points = sb_points_format (score.points, 4);
      g_assert_cmpstr (points, ==, parts[1]);
      g_assert_cmpuint (score.n_rated, ==, atoi (parts[2]));
    }
}

static void
test_roll_up (gconstpointer data)
{
  const RollUpCase *c = data;
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);

  apply_ratings (assessment, c->ratings);
  check_scores (assessment, c->expected);
}

static void
test_maxima (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  SbScore score;

  g_assert_true (sb_assessment_get_score (assessment, NULL, &score));
  g_assert_cmpint (score.maximum, ==, SB_POINTS (500));
  g_assert_cmpuint (score.n_scored, ==, 16);
  g_assert_cmpuint (score.n_rated, ==, 0);
  g_assert_true (sb_assessment_get_score (assessment, "1", &score));
  g_assert_cmpint (score.maximum, ==, SB_POINTS (120));
  g_assert_cmpuint (score.n_scored, ==, 4);
  g_assert_true (sb_assessment_get_score (assessment, "2.1.2", &score));
  g_assert_cmpint (score.maximum, ==, SB_POINTS (15));
  g_assert_cmpuint (score.n_scored, ==, 1);
  /* guidance points and strangers have no score */
  g_assert_false (sb_assessment_get_score (assessment, "g1.1.1.1", &score));
  g_assert_false (sb_assessment_get_score (assessment, "nope", &score));
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
record_id (GPtrArray  *ids,
           const char *id)
{
  g_ptr_array_add (ids, g_strdup (id ? id : "total"));
}

static void
test_clear_and_signals (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (g_free);
  guint n_rating = 0, n_changed = 0, n_dirty = 0;

  g_signal_connect_swapped (assessment, "rating-changed", G_CALLBACK (count_signal), &n_rating);
  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (count_signal), &n_changed);
  g_signal_connect_swapped (assessment, "notify::dirty", G_CALLBACK (count_signal), &n_dirty);
  g_signal_connect_swapped (assessment, "score-changed", G_CALLBACK (record_id), scores);

  g_assert_true (sb_assessment_set_rating (assessment, "3.2.2", "results-3", 50, NULL));
  g_assert_cmpuint (n_rating, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_dirty, ==, 1);
  g_assert_true (sb_assessment_get_dirty (assessment));
  /* the sub-item, each node above it, then the total: nothing else */
  g_assert_cmpuint (scores->len, ==, 4);
  g_assert_cmpstr (scores->pdata[0], ==, "3.2.2");
  g_assert_cmpstr (scores->pdata[1], ==, "3.2");
  g_assert_cmpstr (scores->pdata[2], ==, "3");
  g_assert_cmpstr (scores->pdata[3], ==, "total");

  /* the same rating again is no change */
  g_assert_true (sb_assessment_set_rating (assessment, "3.2.2", "results-3", 50, NULL));
  g_assert_cmpuint (n_rating, ==, 1);

  sb_assessment_clear_rating (assessment, "3.2.2");
  g_assert_cmpuint (n_rating, ==, 2);
  g_assert_false (sb_assessment_get_rating (assessment, "3.2.2", NULL, NULL));
  check_scores (assessment, "3.2.2 0 0;3.2 0 0;total 0 0");
}

static void
test_metadata (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  guint n_applicant = 0, n_modified = 0;
  g_autoptr(GDateTime) old = g_date_time_new_utc (2001, 1, 1, 0, 0, 0);

  g_signal_connect_swapped (assessment, "notify::applicant", G_CALLBACK (count_signal), &n_applicant);
  sb_assessment_set_modified (assessment, old);
  g_signal_connect_swapped (assessment, "notify::modified", G_CALLBACK (count_signal), &n_modified);

  sb_assessment_set_applicant (assessment, "某某医院");
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "某某医院");
  g_assert_cmpuint (n_applicant, ==, 1);
  g_assert_cmpuint (n_modified, ==, 1);
  g_assert_false (g_date_time_equal (sb_assessment_get_modified (assessment), old));
  sb_assessment_set_applicant (assessment, "某某医院");
  g_assert_cmpuint (n_applicant, ==, 1);

  /* characters XML cannot hold never reach the model */
  sb_assessment_set_examiner (assessment, "Li\x01 Min\x1b");
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "Li Min");

  sb_assessment_set_subject (assessment, SB_SUBJECT_PROJECT);
  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_cmpint (sb_assessment_get_subject (assessment), ==, SB_SUBJECT_PROJECT);
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_cmpstr (sb_assessment_kind_to_string (SB_ASSESSMENT_KIND_SITE_VISIT), ==, "site-visit");
  g_assert_cmpstr (sb_subject_to_string (SB_SUBJECT_ORGANIZATION), ==, "organization");
}

static void
test_notes (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  guint n_notes = 0;

  g_signal_connect_swapped (assessment, "notes-changed", G_CALLBACK (count_signal), &n_notes);

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Clear mission");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "使命清晰");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "No review cycle");
  sb_assessment_insert_note (assessment, "g1.1.1.2", SB_NOTE_EVIDENCE, 0, "Saw the minutes");
  sb_assessment_insert_reference (assessment, "g1.1.1.2", 0, SB_EVIDENCE_INTERVIEW, "Director");
  g_assert_cmpuint (n_notes, ==, 5);

  g_assert_cmpuint (sb_assessment_get_n_notes (assessment, "1.1.1", SB_NOTE_STRENGTH), ==, 2);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "使命清晰");
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 1), ==, "Clear mission");
  g_assert_cmpuint (sb_assessment_get_note_evidence (assessment, "g1.1.1.2", 0), ==, SB_EVIDENCE_INTERVIEW);

  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 1, "Clear mission, known to all");
  sb_assessment_set_note_evidence (assessment, "g1.1.1.2", 0, SB_EVIDENCE_OBSERVATION);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 1), ==,
                   "Clear mission, known to all");
  g_assert_cmpuint (sb_assessment_get_note_evidence (assessment, "g1.1.1.2", 0), ==, SB_EVIDENCE_OBSERVATION);

  sb_assessment_remove_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  g_assert_cmpuint (sb_assessment_get_n_notes (assessment, "1.1.1", SB_NOTE_STRENGTH), ==, 1);
  g_assert_cmpuint (n_notes, ==, 8);

  /* notes are not a rating */
  check_scores (assessment, "1.1.1 0 0;total 0 0");
}

static void
test_undo (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  SbHistory *history = sb_assessment_get_history (assessment);
  guint n_can_undo = 0;

  g_signal_connect_swapped (history, "notify::can-undo", G_CALLBACK (count_signal), &n_can_undo);
  g_assert_false (sb_history_can_undo (history));

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  g_assert_cmpuint (n_can_undo, ==, 1);
  sb_history_seal (history);
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.2", "process-2", 30, NULL));
  check_scores (assessment, "1.1 28.5 2");

  g_assert_true (sb_history_undo (history));
  check_scores (assessment, "1.1 19.5 1;1.1.2 0 0");
  g_assert_true (sb_history_undo (history));
  check_scores (assessment, "total 0 0");
  g_assert_false (sb_history_undo (history));
  g_assert_false (sb_assessment_get_dirty (assessment));

  g_assert_true (sb_history_redo (history));
  g_assert_true (sb_history_redo (history));
  check_scores (assessment, "1.1 28.5 2");
  g_assert_false (sb_history_redo (history));

  /* typing into one note is one step */
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "");
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "L");
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Le");
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Leaders");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpuint (sb_assessment_get_n_notes (assessment, "1.1.1", SB_NOTE_STRENGTH), ==, 0);
  g_assert_true (sb_history_redo (history));
  g_assert_true (sb_history_redo (history));
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Leaders");

  /* removing comes back with its text */
  sb_assessment_remove_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Leaders");

  /* metadata is undone too */
  sb_assessment_set_applicant (assessment, "A");
  sb_history_seal (history);
  sb_assessment_set_applicant (assessment, "B");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "A");
  sb_assessment_set_subject (assessment, SB_SUBJECT_PROJECT);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpint (sb_assessment_get_subject (assessment), ==, SB_SUBJECT_ORGANIZATION);

  /* a new change drops what could be redone */
  g_assert_true (sb_history_can_redo (history));
  sb_assessment_set_profile (assessment, "profile");
  g_assert_false (sb_history_can_redo (history));
}

static void
test_dirty (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  SbHistory *history = sb_assessment_get_history (assessment);

  g_assert_false (sb_assessment_get_dirty (assessment));
  sb_assessment_set_applicant (assessment, "A");
  g_assert_true (sb_assessment_get_dirty (assessment));
  sb_assessment_mark_clean (assessment);
  g_assert_false (sb_assessment_get_dirty (assessment));
  /* typing after a save is a change even though it could merge */
  sb_assessment_set_applicant (assessment, "AB");
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_history_undo (history));
  g_assert_false (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_history_redo (history));
  g_assert_true (sb_assessment_get_dirty (assessment));
}

/* Who is assessed, as what, by whom: each setter is a step of undo, and
 * several set at once in a group (a dialog's OK) are one step. */
static void
test_details_undo (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  SbHistory *history = sb_assessment_get_history (assessment);
  guint n_kind = 0;

  g_signal_connect_swapped (assessment, "notify::kind", G_CALLBACK (count_signal), &n_kind);

  /* One at a time. */
  sb_assessment_set_examiner (assessment, "李敏");
  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_SITE_VISIT);
  g_assert_cmpuint (n_kind, ==, 1);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_SELF);
  g_assert_cmpuint (n_kind, ==, 2);
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "李敏");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "");
  g_assert_false (sb_history_can_undo (history));
  g_assert_false (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_history_redo (history));
  g_assert_true (sb_history_redo (history));
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "李敏");
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_SITE_VISIT);
  sb_assessment_mark_clean (assessment);

  /* All four at once, as one step: the first change makes the assessment
   * dirty and undoable at once, not only when the group ends. */
  sb_history_begin_group (history);
  sb_assessment_set_applicant (assessment, "某某医院");
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_history_can_undo (history));
  sb_assessment_set_examiner (assessment, "Li Min");
  sb_assessment_set_subject (assessment, SB_SUBJECT_PROJECT);
  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_history_end_group (history);

  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "");
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "李敏");
  g_assert_cmpint (sb_assessment_get_subject (assessment), ==, SB_SUBJECT_ORGANIZATION);
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_SITE_VISIT);
  g_assert_false (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_history_redo (history));
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "某某医院");
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "Li Min");
  g_assert_cmpint (sb_assessment_get_subject (assessment), ==, SB_SUBJECT_PROJECT);
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_false (sb_history_can_redo (history));

  /* Typing after a group is a step of its own, and an empty group none. */
  sb_history_begin_group (history);
  sb_history_end_group (history);
  sb_assessment_set_applicant (assessment, "某某医院二");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "某某医院");
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "Li Min");
}

/* No globals: two assessments of one standard do not see each other. */
static void
test_independent (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) a = sb_assessment_new (standard);
  g_autoptr(SbAssessment) b = sb_assessment_new (standard);

  g_assert_true (sb_assessment_set_rating (a, "1.1.1", "process-4", 65, NULL));
  check_scores (a, "total 19.5 1");
  check_scores (b, "total 0 0");
  g_assert_false (sb_history_can_undo (sb_assessment_get_history (b)));
  g_assert_finalize_object (g_steal_pointer (&a));
  g_assert_finalize_object (g_steal_pointer (&b));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rating_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment/rating/%s-%s-%u", rating_cases[i].node,
                                               rating_cases[i].band, rating_cases[i].percent);
      g_test_add_data_func (path, &rating_cases[i], test_rating);
    }
  for (guint i = 0; i < G_N_ELEMENTS (roll_up_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment/roll-up/%u", i);
      g_test_add_data_func (path, &roll_up_cases[i], test_roll_up);
    }
  g_test_add_func ("/assessment/maxima", test_maxima);
  g_test_add_func ("/assessment/clear-and-signals", test_clear_and_signals);
  g_test_add_func ("/assessment/metadata", test_metadata);
  g_test_add_func ("/assessment/notes", test_notes);
  g_test_add_func ("/assessment/undo", test_undo);
  g_test_add_func ("/assessment/dirty", test_dirty);
  g_test_add_func ("/assessment/details-undo", test_details_undo);
  g_test_add_func ("/assessment/independent", test_independent);
  return g_test_run ();
}
