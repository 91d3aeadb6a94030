/* test-consensus-model.c — what a consensus adds to the assessment: note ids, authors, proposals, trail, key themes, baselines
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-assessment.h"
#include "sb-test-data.h"

/* Counts the signals an assessment emits. */
typedef struct
{
  guint notes;      /* notes-changed */
  guint consensus;  /* notes-changed for a part's consensus */
  guint themes;     /* themes-changed */
  guint changed;
  char *last_owner;
} Counts;

static void
count_notes (SbAssessment *assessment,
             const char   *owner_id,
             guint         kind,
             guint         position,
             guint         removed,
             guint         added,
             Counts       *counts)
{
  if (kind == SB_NOTE_KIND_CONSENSUS)
    counts->consensus++;
  else
    counts->notes++;
  g_free (counts->last_owner);
  counts->last_owner = g_strdup (owner_id);
}

static void
count_themes (SbAssessment *assessment,
              guint         kind,
              guint         position,
              guint         removed,
              guint         added,
              Counts       *counts)
{
  counts->themes++;
}

static void
count_changed (SbAssessment *assessment,
               Counts       *counts)
{
  counts->changed++;
}

static void
watch (SbAssessment *assessment,
       Counts       *counts)
{
  g_signal_connect (assessment, "notes-changed", G_CALLBACK (count_notes), counts);
  g_signal_connect (assessment, "themes-changed", G_CALLBACK (count_themes), counts);
  g_signal_connect (assessment, "changed", G_CALLBACK (count_changed), counts);
}

static SbAssessment *
new_assessment (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();

  return sb_assessment_new (standard);
}

static void
undo (SbAssessment *assessment)
{
  g_assert_true (sb_history_undo (sb_assessment_get_history (assessment)));
}

static void
redo (SbAssessment *assessment)
{
  g_assert_true (sb_history_redo (sb_assessment_get_history (assessment)));
}

/* Every note has an id of its own, which stays with it through undo. */
static void
test_note_ids (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  g_autofree char *first = NULL;
  g_autofree char *moved = NULL;
  const char *owner;
  SbNoteKind kind;
  guint index;

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "One");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 1, "Two");
  sb_assessment_insert_note (assessment, "g1.1.1.1", SB_NOTE_EVIDENCE, 0, "Seen");
  sb_assessment_insert_reference (assessment, "g1.1.1.1", 0, SB_EVIDENCE_INTERVIEW, "CEO");
  first = g_strdup (sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_nonnull (first);
  g_assert_cmpstr (first, !=, sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 1));
  g_assert_cmpstr (sb_assessment_get_note_id (assessment, "g1.1.1.1", SB_NOTE_EVIDENCE, 0), !=,
                   sb_assessment_get_note_id (assessment, "g1.1.1.1", SB_NOTE_REFERENCE, 0));

  g_assert_true (sb_assessment_find_note (assessment, sb_assessment_get_note_id (assessment, "g1.1.1.1", SB_NOTE_REFERENCE, 0),
                                          &owner, &kind, &index));
  g_assert_cmpstr (owner, ==, "g1.1.1.1");
  g_assert_cmpint (kind, ==, SB_NOTE_REFERENCE);
  g_assert_cmpuint (index, ==, 0);
  g_assert_false (sb_assessment_find_note (assessment, "no-such-note", NULL, NULL, NULL));

  /* Editing keeps the id; removing the first moves the second up. */
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "One, reworded");
  g_assert_cmpstr (sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, first);
  moved = g_strdup (sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 1));
  sb_assessment_remove_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  g_assert_false (sb_assessment_find_note (assessment, first, NULL, NULL, NULL));
  g_assert_true (sb_assessment_find_note (assessment, moved, NULL, NULL, &index));
  g_assert_cmpuint (index, ==, 0);

  /* Undo brings the note back under its old id, and redo takes it away. */
  undo (assessment);
  g_assert_true (sb_assessment_find_note (assessment, first, &owner, &kind, &index));
  g_assert_cmpuint (index, ==, 0);
  redo (assessment);
  g_assert_false (sb_assessment_find_note (assessment, first, NULL, NULL, NULL));
  /* A new note never takes an id that was given before. */
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "New");
  g_assert_cmpstr (sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0), !=, first);
}

/* A file without note ids (format 1) gets the same ids at every opening. */
static void
test_note_ids_of_old_files (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) one = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(SbAssessment) two = sb_test_load_fixture (standard, "assessment-full.scorebook");
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint i = 0; i < scored->len; i++)
    {
      const char *id = sb_node_get_id (g_ptr_array_index (scored, i));

      for (SbNoteKind kind = SB_NOTE_STRENGTH; kind <= SB_NOTE_OPPORTUNITY; kind++)
        for (guint j = 0; j < sb_assessment_get_n_notes (one, id, kind); j++)
          {
            const char *note_id = sb_assessment_get_note_id (one, id, kind, j);

            g_assert_cmpstr (note_id, ==, sb_assessment_get_note_id (two, id, kind, j));
            g_assert_false (g_hash_table_contains (seen, note_id));
            g_hash_table_add (seen, (gpointer) note_id);
            n++;
          }
    }
  g_assert_cmpuint (n, >, 0);
}

/* Authors, ++ and key-theme candidates: each one step of undo, each
 * telling the note's list. */
static void
test_note_fields (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  Counts counts = { 0 };

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Clear mission");
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Clear mission, known");
  watch (assessment, &counts);
  g_assert_null (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_false (sb_assessment_get_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_false (sb_assessment_get_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));

  sb_assessment_set_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "LM, WF");
  sb_assessment_set_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  sb_assessment_set_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  sb_assessment_set_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);  /* no change */
  g_assert_cmpuint (counts.notes, ==, 3);
  g_assert_cmpstr (counts.last_owner, ==, "1.1.1");
  g_assert_cmpstr (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "LM, WF");
  g_assert_true (sb_assessment_get_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_true (sb_assessment_get_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));

  undo (assessment);
  g_assert_false (sb_assessment_get_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_true (sb_assessment_get_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  undo (assessment);
  g_assert_false (sb_assessment_get_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  undo (assessment);
  g_assert_null (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  /* and the text typed before is a step of its own */
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Clear mission, known");
  g_free (counts.last_owner);
}

static void
test_initials (void)
{
  const struct { const char *name; const char *initials; } cases[] = {
    { "Li Mei", "LM" },
    { "张伟 Zhang Wei", "张伟" },
    { "王芳", "王芳" },
    { "  wang  fang ", "WF" },
    { "", "?" },
    { NULL, "?" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *initials = sb_examiner_initials (cases[i].name);
      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static void
add_three_proposals (SbAssessment *assessment)
{
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_STRENGTH, "Li Mei", "Mission known by staff.");
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, "Wang Fang", "No review of values.");
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_STRENGTH, "张伟 Zhang Wei", "使命清晰。");
}

static void
test_proposals (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  Counts counts = { 0 };

  watch (assessment, &counts);
  g_assert_cmpuint (sb_assessment_get_n_proposals (assessment, "1.1.1"), ==, 0);
  add_three_proposals (assessment);
  g_assert_cmpuint (counts.consensus, ==, 3);
  g_assert_cmpstr (counts.last_owner, ==, "1.1.1");
  g_assert_cmpuint (sb_assessment_get_n_proposals (assessment, "1.1.1"), ==, 3);
  g_assert_cmpint (sb_assessment_get_proposal_kind (assessment, "1.1.1", 1), ==, SB_NOTE_OPPORTUNITY);
  g_assert_cmpstr (sb_assessment_get_proposal_author (assessment, "1.1.1", 1), ==, "Wang Fang");
  g_assert_cmpstr (sb_assessment_get_proposal_text (assessment, "1.1.1", 2), ==, "使命清晰。");
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 0), ==, SB_PROPOSAL_OPEN);

  sb_assessment_set_proposal_state (assessment, "1.1.1", 1, SB_PROPOSAL_NOT_USED);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 1), ==, SB_PROPOSAL_NOT_USED);
  undo (assessment);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 1), ==, SB_PROPOSAL_OPEN);
  undo (assessment);
  g_assert_cmpuint (sb_assessment_get_n_proposals (assessment, "1.1.1"), ==, 2);
  redo (assessment);
  g_assert_cmpstr (sb_assessment_get_proposal_author (assessment, "1.1.1", 2), ==, "张伟 Zhang Wei");
  g_free (counts.last_owner);
}

/* Merging makes one comment with its authors' initials, uses the
 * proposals, and is one step of undo. */
static void
test_merge (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  const guint indices[] = { 2, 0 };
  guint index;

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Written before");
  add_three_proposals (assessment);
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_STRENGTH, "Li Mei", "Values shared.");
  index = sb_assessment_merge_proposals (assessment, "1.1.1", (const guint[]) { 2, 0, 3 }, 3);
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 1), ==,
                   "使命清晰。\n\nMission known by staff.\n\nValues shared.");
  g_assert_cmpstr (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 1), ==, "张伟, LM");
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 0), ==, SB_PROPOSAL_USED);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 1), ==, SB_PROPOSAL_OPEN);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 3), ==, SB_PROPOSAL_USED);

  undo (assessment);
  g_assert_cmpuint (sb_assessment_get_n_notes (assessment, "1.1.1", SB_NOTE_STRENGTH), ==, 1);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 0), ==, SB_PROPOSAL_OPEN);
  g_assert_cmpint (sb_assessment_get_proposal_state (assessment, "1.1.1", 2), ==, SB_PROPOSAL_OPEN);
  g_assert_cmpuint (sb_assessment_get_n_proposals (assessment, "1.1.1"), ==, 4);
  redo (assessment);
  g_assert_cmpstr (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, 1), ==, "张伟, LM");

  /* Two proposals of one author make one initial. */
  index = sb_assessment_merge_proposals (assessment, "1.1.1", indices, 1);
  g_assert_cmpstr (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_STRENGTH, index), ==, "张伟");
  /* An opportunity goes to the opportunities. */
  index = sb_assessment_merge_proposals (assessment, "1.1.1", (const guint[]) { 1 }, 1);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0), ==, "No review of values.");
  g_assert_cmpstr (sb_assessment_get_note_authors (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0), ==, "WF");
}

static void
test_independent_range (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  guint lowest = 0, highest = 0;

  g_assert_false (sb_assessment_get_independent_range (assessment, "1.1.1", &lowest, &highest));
  g_assert_false (sb_assessment_rating_leaves_range (assessment, "1.1.1", 100));
  sb_assessment_set_independent_range (assessment, "1.1.1", 40, 65);
  g_assert_true (sb_assessment_get_independent_range (assessment, "1.1.1", &lowest, &highest));
  g_assert_cmpuint (lowest, ==, 40);
  g_assert_cmpuint (highest, ==, 65);
  g_assert_false (sb_assessment_rating_leaves_range (assessment, "1.1.1", 40));
  g_assert_false (sb_assessment_rating_leaves_range (assessment, "1.1.1", 65));
  g_assert_true (sb_assessment_rating_leaves_range (assessment, "1.1.1", 35));
  g_assert_true (sb_assessment_rating_leaves_range (assessment, "1.1.1", 70));
  undo (assessment);
  g_assert_false (sb_assessment_get_independent_range (assessment, "1.1.1", NULL, NULL));
}

static void
assert_entry (const SbTrailEntry *entry,
              gboolean            from_rated,
              guint               from_percent,
              guint               to_percent,
              const char         *rationale)
{
  g_assert_cmpint (entry->from_rated, ==, from_rated);
  if (from_rated)
    g_assert_cmpuint (entry->from_percent, ==, from_percent);
  g_assert_true (entry->to_rated);
  g_assert_cmpuint (entry->to_percent, ==, to_percent);
  g_assert_nonnull (entry->when);
  g_assert_cmpstr (entry->rationale ? entry->rationale : "", ==, rationale);
}

/* A consensus keeps a trail of its rating changes: a drag makes one entry,
 * a rationale closes it, undo takes entries back with the ratings. */
static void
test_trail (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  Counts counts = { 0 };

  /* Rated before it became a consensus (as a seeder does): no trail. */
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-3", 45, NULL));
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 0);
  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  watch (assessment, &counts);

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-3", 50, NULL));
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-3", 55, NULL));
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  g_assert_cmpuint (counts.consensus, ==, 3);
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 1);
  assert_entry (sb_assessment_get_trail (assessment, "1.1.1", 0), TRUE, 45, 65, "");
  g_assert_cmpstr (sb_assessment_get_trail (assessment, "1.1.1", 0)->from_band, ==, "process-3");
  g_assert_cmpstr (sb_assessment_get_trail (assessment, "1.1.1", 0)->to_band, ==, "process-4");

  sb_assessment_set_trail_rationale (assessment, "1.1.1", 0, "Deployment");
  sb_assessment_set_trail_rationale (assessment, "1.1.1", 0, "Deployment seen on site");
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 70, NULL));
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 2);
  assert_entry (sb_assessment_get_trail (assessment, "1.1.1", 0), TRUE, 45, 65, "Deployment seen on site");
  assert_entry (sb_assessment_get_trail (assessment, "1.1.1", 1), TRUE, 65, 70, "");

  /* Back where it started: the open entry goes. */
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 1);

  /* An unrated part's first rating starts from unrated. */
  g_assert_true (sb_assessment_set_rating (assessment, "3.1.2", "results-3", 50, NULL));
  assert_entry (sb_assessment_get_trail (assessment, "3.1.2", 0), FALSE, 0, 50, "");

  undo (assessment);  /* 3.1.2 */
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "3.1.2"), ==, 0);
  g_assert_false (sb_assessment_get_rating (assessment, "3.1.2", NULL, NULL));
  undo (assessment);  /* 70 → 65, 65 → 70: one rating step, merged */
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 1);
  undo (assessment);  /* the rationale, typed in one step */
  assert_entry (sb_assessment_get_trail (assessment, "1.1.1", 0), TRUE, 45, 65, "");
  undo (assessment);  /* the drag */
  g_assert_cmpuint (sb_assessment_get_n_trail (assessment, "1.1.1"), ==, 0);
  redo (assessment);
  assert_entry (sb_assessment_get_trail (assessment, "1.1.1", 0), TRUE, 45, 65, "");
  g_free (counts.last_owner);
}

static void
test_themes (void)
{
  g_autoptr(SbAssessment) assessment = new_assessment ();
  Counts counts = { 0 };
  const char *links[4] = { NULL };
  const char *contradicting = NULL;

  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Mission known");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "No review");
  sb_assessment_insert_note (assessment, "3.1.2", SB_NOTE_STRENGTH, 0, "Results rising");
  watch (assessment, &counts);

  sb_assessment_insert_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0, "Leadership");
  sb_assessment_insert_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0, "Strategy");
  g_assert_cmpuint (counts.themes, ==, 2);
  g_assert_cmpuint (counts.changed, >=, 2);
  g_assert_cmpuint (sb_assessment_get_n_themes (assessment, SB_THEME_PROCESS_STRENGTH), ==, 2);
  g_assert_cmpuint (sb_assessment_get_n_themes (assessment, SB_THEME_RESULTS_STRENGTH), ==, 0);
  g_assert_cmpstr (sb_assessment_get_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1), ==, "Leadership");
  sb_assessment_set_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, "Leader");
  sb_assessment_set_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, "Leadership by example");
  g_assert_cmpstr (sb_assessment_get_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1)[0], ==, NULL);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, NULL), ==, SB_THEME_UNSUPPORTED);

  links[0] = "gone";
  links[1] = sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  sb_assessment_set_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1, links);
  g_assert_cmpstr (sb_assessment_get_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1)[1], ==, links[1]);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, NULL), ==, SB_THEME_OK);

  /* An opportunity under a strength theme contradicts it; so does a
   * results part under a process theme. */
  links[2] = sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0);
  sb_assessment_set_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1, links);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, &contradicting), ==, SB_THEME_CONTRADICTED);
  g_assert_cmpstr (contradicting, ==, links[2]);
  links[2] = sb_assessment_get_note_id (assessment, "3.1.2", SB_NOTE_STRENGTH, 0);
  sb_assessment_set_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1, links);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1, NULL), ==, SB_THEME_CONTRADICTED);
  sb_assessment_insert_theme (assessment, SB_THEME_RESULTS_STRENGTH, 0, "Rising results");
  sb_assessment_set_theme_links (assessment, SB_THEME_RESULTS_STRENGTH, 0, &links[2]);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_RESULTS_STRENGTH, 0, NULL), ==, SB_THEME_OK);

  /* The comment it drew on goes: the theme has no support. */
  sb_assessment_remove_note (assessment, "3.1.2", SB_NOTE_STRENGTH, 0);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_RESULTS_STRENGTH, 0, NULL), ==, SB_THEME_UNSUPPORTED);
  undo (assessment);
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_RESULTS_STRENGTH, 0, NULL), ==, SB_THEME_OK);

  undo (assessment);  /* links of the results theme */
  undo (assessment);  /* the results theme */
  g_assert_cmpuint (sb_assessment_get_n_themes (assessment, SB_THEME_RESULTS_STRENGTH), ==, 0);
  undo (assessment);
  undo (assessment);
  undo (assessment);  /* the first links */
  g_assert_cmpstr (sb_assessment_get_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 1)[0], ==, NULL);
  undo (assessment);  /* the typing, one step */
  g_assert_cmpstr (sb_assessment_get_theme (assessment, SB_THEME_PROCESS_STRENGTH, 1), ==, "Leadership");
  sb_assessment_remove_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0);
  g_assert_cmpstr (sb_assessment_get_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0), ==, "Leadership");
  undo (assessment);
  g_assert_cmpstr (sb_assessment_get_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0), ==, "Strategy");
  g_free (counts.last_owner);
}

/* New from…: the ratings stay, marked until touched. */
static void
test_new_from (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) earlier = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  g_autoptr(SbAssessment) later = sb_assessment_new_from (earlier, SB_ASSESSMENT_KIND_SELF);
  const char *band;
  guint percent;

  g_assert_cmpstr (sb_assessment_get_applicant (later), ==, sb_assessment_get_applicant (earlier));
  g_assert_cmpint (sb_assessment_get_subject (later), ==, sb_assessment_get_subject (earlier));
  g_assert_cmpint (sb_assessment_get_kind (later), ==, SB_ASSESSMENT_KIND_SELF);
  g_assert_null (sb_assessment_get_file (later));
  g_assert_true (sb_assessment_get_dirty (later));
  g_assert_false (sb_history_can_undo (sb_assessment_get_history (later)));
  g_assert_true (sb_assessment_get_rating (later, "1.1.1", &band, &percent));
  g_assert_cmpstr (band, ==, "process-4");
  g_assert_cmpuint (percent, ==, 65);
  g_assert_true (sb_assessment_is_baseline (later, "1.1.1"));
  g_assert_true (sb_assessment_is_baseline (later, "1.1.2"));
  g_assert_false (sb_assessment_is_baseline (later, "1.2.1"));  /* not rated */
  g_assert_cmpuint (sb_assessment_get_n_notes (later, "1.1.1", SB_NOTE_STRENGTH), ==, 0);

  g_assert_true (sb_assessment_set_rating (later, "1.1.1", "process-4", 70, NULL));
  g_assert_false (sb_assessment_is_baseline (later, "1.1.1"));
  undo (later);
  g_assert_true (sb_assessment_is_baseline (later, "1.1.1"));
  g_assert_true (sb_assessment_get_rating (later, "1.1.1", NULL, &percent));
  g_assert_cmpuint (percent, ==, 65);

  /* The same rating given again is a re-assessment too. */
  g_assert_true (sb_assessment_set_rating (later, "1.1.1", "process-4", 65, NULL));
  g_assert_false (sb_assessment_is_baseline (later, "1.1.1"));
  sb_assessment_confirm_rating (later, "1.1.2");
  g_assert_false (sb_assessment_is_baseline (later, "1.1.2"));
  undo (later);
  g_assert_true (sb_assessment_is_baseline (later, "1.1.2"));
  sb_assessment_clear_rating (later, "1.1.2");
  g_assert_false (sb_assessment_is_baseline (later, "1.1.2"));

  /* The earlier assessment is as it was. */
  g_assert_false (sb_assessment_get_dirty (earlier));
  g_assert_false (sb_assessment_is_baseline (earlier, "1.1.1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/consensus-model/note-ids", test_note_ids);
  g_test_add_func ("/consensus-model/note-ids-of-old-files", test_note_ids_of_old_files);
  g_test_add_func ("/consensus-model/note-fields", test_note_fields);
  g_test_add_func ("/consensus-model/initials", test_initials);
  g_test_add_func ("/consensus-model/proposals", test_proposals);
  g_test_add_func ("/consensus-model/merge", test_merge);
  g_test_add_func ("/consensus-model/independent-range", test_independent_range);
  g_test_add_func ("/consensus-model/trail", test_trail);
  g_test_add_func ("/consensus-model/themes", test_themes);
  g_test_add_func ("/consensus-model/new-from", test_new_from);
  return g_test_run ();
}
