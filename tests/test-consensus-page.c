/* test-consensus-page.c — consensus on the page, driven as a team would: merge, set aside, mark, explain, key themes, new from
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-node-page.h"
#include "sb-note-list.h"
#include "sb-proposal-list.h"
#include "sb-rating-trail.h"
#include "sb-themes-page.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-data.h"
#include "sb-test-widgets.h"

static SbApplication *app;

typedef struct
{
  SbStandard   *standard;
  SbAssessment *assessment;
  SbHistory    *history;
  GtkWidget    *window;   /* the page's, so that the focus can go somewhere */
  GtkWidget    *page;
} Fixture;

/* A consensus on 1.1.1 seeded as the comparison would: three proposals
 * (two strengths, one opportunity) and the examiners' range 40–60 %. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->standard = sb_test_bundled_standard ();
  fixture->assessment = sb_assessment_new (fixture->standard);
  fixture->history = sb_assessment_get_history (fixture->assessment);
  sb_assessment_set_kind (fixture->assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_assessment_add_proposal (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, "Li Mei", "Clear strategy");
  sb_assessment_add_proposal (fixture->assessment, "1.1.1", SB_NOTE_OPPORTUNITY, "Li Mei", "Few measures");
  sb_assessment_add_proposal (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, "Wang Fang", "Leaders visible");
  sb_assessment_set_independent_range (fixture->assessment, "1.1.1", 40, 60);
  sb_history_clear (fixture->history);
  fixture->page = sb_node_page_new (sb_standard_lookup_node (fixture->standard, "1.1.1"), fixture->assessment,
                                    SB_DISPLAY_LANGUAGE_EN);
  fixture->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  sb_test_wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sb_test_destroy_window (fixture->window);
  g_assert_finalize_object (fixture->assessment);
  g_assert_finalize_object (fixture->standard);
}

static SbProposalList *
proposals (Fixture    *fixture,
           SbNoteKind  kind)
{
  for (guint i = 0; i < sb_test_count (fixture->page, SB_TYPE_PROPOSAL_LIST, NULL); i++)
    {
      GtkWidget *list = sb_test_find_nth (fixture->page, SB_TYPE_PROPOSAL_LIST, NULL, i);

      if (sb_proposal_list_get_kind (SB_PROPOSAL_LIST (list)) == kind)
        return SB_PROPOSAL_LIST (list);
    }
  g_assert_not_reached ();
}

static SbNoteList *
note_list (Fixture    *fixture,
           SbNoteKind  kind)
{
  for (guint i = 0; i < sb_test_count (fixture->page, SB_TYPE_NOTE_LIST, NULL); i++)
    {
      GtkWidget *list = sb_test_find_nth (fixture->page, SB_TYPE_NOTE_LIST, NULL, i);

      if (sb_note_list_get_kind (SB_NOTE_LIST (list)) == kind &&
          g_strcmp0 (sb_note_list_get_owner_id (SB_NOTE_LIST (list)), "1.1.1") == 0)
        return SB_NOTE_LIST (list);
    }
  g_assert_not_reached ();
}

static char *
labels_of (gpointer widget)
{
  return sb_test_dup_labels (GTK_WIDGET (widget));
}

/* Two strengths ticked and merged become one comment of the team that
 * names both examiners by their initials, with the cursor in it for
 * rewording; the proposals leave the list. One Ctrl+Z brings it all back. */
static void
test_merge_keeps_initials (Fixture       *fixture,
                           gconstpointer  data)
{
  SbProposalList *strengths = proposals (fixture, SB_NOTE_STRENGTH);
  SbNoteList *comments = note_list (fixture, SB_NOTE_STRENGTH);
  g_autofree char *shown = NULL;

  g_assert_cmpuint (sb_proposal_list_get_n_shown (strengths, SB_PROPOSAL_OPEN), ==, 2);
  g_assert_cmpuint (sb_proposal_list_get_n_shown (proposals (fixture, SB_NOTE_OPPORTUNITY), SB_PROPOSAL_OPEN), ==, 1);
  shown = labels_of (strengths);
  g_assert_nonnull (strstr (shown, "Li Mei"));
  g_assert_nonnull (strstr (shown, "Leaders visible"));
  g_assert_false (gtk_widget_get_sensitive (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_BUTTON, "proposal-merge", 0)));

  gtk_widget_activate (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_CHECK_BUTTON, "proposal", 0));
  gtk_widget_activate (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_CHECK_BUTTON, "proposal", 1));
  sb_test_click (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_BUTTON, "proposal-merge", 0));
  sb_test_wait_for_idle ();

  g_assert_cmpuint (sb_assessment_get_n_notes (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH), ==, 1);
  g_assert_cmpstr (sb_assessment_get_note_authors (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "LM, WF");
  g_assert_cmpuint (sb_note_list_get_n_rows (comments), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sb_test_find_nth (GTK_WIDGET (comments), GTK_TYPE_LABEL, "note-authors", 0))),
                   ==, "LM, WF");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (sb_note_list_get_row_view (comments, 0))));
  g_assert_cmpuint (sb_proposal_list_get_n_shown (strengths, SB_PROPOSAL_OPEN), ==, 0);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (strengths), GTK_TYPE_CHECK_BUTTON, "proposal"), ==, 0);

  g_assert_true (sb_history_undo (fixture->history));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_note_list_get_n_rows (comments), ==, 0);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (strengths), GTK_TYPE_CHECK_BUTTON, "proposal"), ==, 2);
}

/* A proposal set aside stays in sight under "Not used" and comes back
 * from there; undo takes each step back. */
static void
test_not_used_list (Fixture       *fixture,
                    gconstpointer  data)
{
  SbProposalList *strengths = proposals (fixture, SB_NOTE_STRENGTH);
  g_autofree char *shown = NULL;

  gtk_widget_activate (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_CHECK_BUTTON, "proposal", 1));
  sb_test_click (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_BUTTON, "proposal-drop", 0));
  sb_test_wait_for_idle ();

  g_assert_cmpint (sb_assessment_get_proposal_state (fixture->assessment, "1.1.1", 2), ==, SB_PROPOSAL_NOT_USED);
  g_assert_cmpuint (sb_proposal_list_get_n_shown (strengths, SB_PROPOSAL_NOT_USED), ==, 1);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (strengths), GTK_TYPE_BOX, "proposal-unused"), ==, 1);
  shown = labels_of (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_BOX, "proposal-unused", 0));
  g_assert_nonnull (strstr (shown, "Leaders visible"));
  g_assert_true (gtk_widget_get_visible (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_LABEL, "proposal-unused-heading", 0)));

  sb_test_click (sb_test_find_nth (GTK_WIDGET (strengths), GTK_TYPE_BUTTON, "proposal-restore", 0));
  sb_test_wait_for_idle ();
  g_assert_cmpint (sb_assessment_get_proposal_state (fixture->assessment, "1.1.1", 2), ==, SB_PROPOSAL_OPEN);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (strengths), GTK_TYPE_BOX, "proposal-unused"), ==, 0);

  g_assert_true (sb_history_undo (fixture->history));
  g_assert_cmpint (sb_assessment_get_proposal_state (fixture->assessment, "1.1.1", 2), ==, SB_PROPOSAL_NOT_USED);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (strengths), GTK_TYPE_BOX, "proposal-unused"), ==, 1);
}

/* ++ on a strength and "key theme" are the comment's own marks, each a
 * step of undo; an independent review's comments have none. */
static void
test_significance (Fixture       *fixture,
                   gconstpointer  data)
{
  SbNoteList *comments = note_list (fixture, SB_NOTE_STRENGTH);
  GtkWidget *plus, *theme;
  g_autoptr(SbAssessment) review = sb_assessment_new (fixture->standard);
  GtkWidget *other = g_object_ref_sink (sb_note_list_new ("Strengths"));

  sb_note_list_add (comments);
  plus = sb_test_find_nth (GTK_WIDGET (comments), GTK_TYPE_TOGGLE_BUTTON, "note-significant", 0);
  theme = sb_test_find_nth (GTK_WIDGET (comments), GTK_TYPE_TOGGLE_BUTTON, "note-key-theme", 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (plus)), ==, "++");
  sb_test_click (plus);
  g_assert_true (sb_assessment_get_note_significant (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  sb_test_click (theme);
  g_assert_true (sb_assessment_get_note_key_theme (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0));

  g_assert_true (sb_history_undo (fixture->history));
  g_assert_false (sb_assessment_get_note_key_theme (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (theme)));
  g_assert_true (sb_history_undo (fixture->history));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (plus)));

  sb_note_list_add (note_list (fixture, SB_NOTE_OPPORTUNITY));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (sb_test_find_nth (GTK_WIDGET (note_list (fixture, SB_NOTE_OPPORTUNITY)),
                                                               GTK_TYPE_TOGGLE_BUTTON, "note-significant", 0))), ==, "−−");

  sb_assessment_insert_note (review, "1.1.1", SB_NOTE_STRENGTH, 0, "Own comment");
  sb_note_list_set_target (SB_NOTE_LIST (other), review, "1.1.1", SB_NOTE_STRENGTH);
  g_assert_cmpuint (sb_test_count (other, GTK_TYPE_TOGGLE_BUTTON, "note-significant"), ==, 0);
  g_assert_finalize_object (other);
}

static SbRatingTrail *
trail (Fixture *fixture)
{
  return SB_RATING_TRAIL (sb_test_find_nth (fixture->page, SB_TYPE_RATING_TRAIL, NULL, 0));
}

/* Inside the examiners' range a change is on the trail without a
 * question; out of it, the bar asks why, and the answer goes on the trail
 * and into the file's model. */
static void
test_trail_asks_rationale (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *entry;
  const SbTrailEntry *last;
  g_autofree char *shown = NULL;

  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-3", 55, NULL));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_assessment_get_n_trail (fixture->assessment, "1.1.1"), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (trail (fixture))));
  g_assert_false (sb_rating_trail_asks_rationale (trail (fixture)));
  shown = labels_of (trail (fixture));
  g_assert_nonnull (strstr (shown, "55 %"));
  g_assert_true (gtk_widget_get_visible (sb_test_find_nth (GTK_WIDGET (trail (fixture)), GTK_TYPE_LABEL, "trail-change", 0)));

  sb_history_seal (fixture->history);
  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-4", 75, NULL));
  sb_test_wait_for_idle ();
  g_assert_true (sb_rating_trail_asks_rationale (trail (fixture)));
  g_clear_pointer (&shown, g_free);
  shown = labels_of (sb_test_find_nth (GTK_WIDGET (trail (fixture)), GTK_TYPE_BOX, "rationale-prompt", 0));
  g_assert_nonnull (strstr (shown, "75 % lies outside the examiners’ ratings (40–60 %)"));

  entry = sb_test_find_nth (GTK_WIDGET (trail (fixture)), GTK_TYPE_ENTRY, "rationale-entry", 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Site visit showed deployment");
  g_signal_emit_by_name (entry, "activate");
  sb_test_wait_for_idle ();
  last = sb_assessment_get_trail (fixture->assessment, "1.1.1", sb_assessment_get_n_trail (fixture->assessment, "1.1.1") - 1);
  g_assert_cmpstr (last->rationale, ==, "Site visit showed deployment");
  g_assert_false (sb_rating_trail_asks_rationale (trail (fixture)));
  g_clear_pointer (&shown, g_free);
  shown = labels_of (trail (fixture));
  g_assert_nonnull (strstr (shown, "Site visit showed deployment"));

  /* Back inside the range: no question. */
  sb_history_seal (fixture->history);
  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-3", 45, NULL));
  sb_test_wait_for_idle ();
  g_assert_false (sb_rating_trail_asks_rationale (trail (fixture)));
}

static gboolean
is_scrolled (gpointer data)
{
  return gtk_adjustment_get_value (data) > 0;
}

/* The question comes into view by itself when a key (Alt+1 at the top of
 * the page, say) takes the rating out of range far above it. */
static void
test_trail_question_scrolled_to (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *prompt;
  graphene_rect_t bounds;

  g_object_ref (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), fixture->page);
  g_object_unref (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 400);
  sb_test_wait_for_frame (fixture->window);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-1", 10, NULL));
  g_assert_true (sb_rating_trail_asks_rationale (trail (fixture)));
  sb_test_wait_until (is_scrolled, adjustment);
  prompt = sb_test_find_nth (GTK_WIDGET (trail (fixture)), GTK_TYPE_BOX, "rationale-prompt", 0);
  g_assert_true (gtk_widget_compute_bounds (prompt, fixture->page, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, gtk_adjustment_get_value (adjustment));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment));
}

/* A theme linked to nothing says so; linked to a strength of a process
 * part it is supported; linked to an opportunity it is contradicted. */
static void
test_key_theme_warnings (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *themes = sb_themes_page_new (fixture->assessment);
  GtkWidget *entry, *popover;
  const char *strength, *opportunity;

  gtk_window_set_child (GTK_WINDOW (fixture->window), themes);
  fixture->page = themes;
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Strategy deployed everywhere");
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "Strategy not deployed");
  sb_assessment_set_note_key_theme (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  strength = sb_assessment_get_note_id (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  opportunity = sb_assessment_get_note_id (fixture->assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0);

  sb_test_click (sb_test_find_nth (themes, GTK_TYPE_BUTTON, "theme-add", SB_THEME_PROCESS_STRENGTH));
  entry = sb_themes_page_get_entry (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "A deployed strategy");
  g_assert_cmpstr (sb_assessment_get_theme (fixture->assessment, SB_THEME_PROCESS_STRENGTH, 0), ==, "A deployed strategy");
  g_assert_nonnull (strstr (sb_themes_page_get_warning (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0),
                            "No comment"));

  /* The menu lists the candidate first. */
  popover = g_object_ref_sink (sb_themes_page_links_popover (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0));
  g_assert_nonnull (strstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (sb_test_find_first (popover, GTK_TYPE_CHECK_BUTTON))),
                            "Strategy deployed everywhere"));
  g_object_unref (popover);

  sb_themes_page_toggle_link (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0, strength);
  g_assert_null (sb_themes_page_get_warning (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0));
  sb_themes_page_toggle_link (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0, opportunity);
  g_assert_nonnull (strstr (sb_themes_page_get_warning (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0),
                            "Contradicted by 1.1.1 · Opportunity 1"));

  g_assert_true (sb_history_undo (fixture->history));
  g_assert_null (sb_themes_page_get_warning (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0));
}

/* The label among @root's descendants that reads @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The links menu heads only the lists it has: with every comment a
 * candidate, no "Other comments" over nothing; with none at all, it says
 * where comments come from. */
static void
test_links_menu_headings (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *themes = sb_themes_page_new (fixture->assessment);
  GtkWidget *popover;

  gtk_window_set_child (GTK_WINDOW (fixture->window), themes);
  fixture->page = themes;
  sb_test_click (sb_test_find_nth (themes, GTK_TYPE_BUTTON, "theme-add", SB_THEME_PROCESS_STRENGTH));

  popover = g_object_ref_sink (sb_themes_page_links_popover (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0));
  g_assert_false (gtk_widget_get_visible (find_label (popover, "Other comments")));
  g_assert_false (gtk_widget_get_visible (find_label (popover, "Key theme candidates")));
  g_assert_nonnull (find_label (popover, "No comments to link yet: write the parts’ strengths and opportunities first."));
  g_object_unref (popover);

  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Strategy deployed everywhere");
  sb_assessment_set_note_key_theme (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  popover = g_object_ref_sink (sb_themes_page_links_popover (SB_THEMES_PAGE (themes), SB_THEME_PROCESS_STRENGTH, 0));
  g_assert_true (gtk_widget_get_visible (find_label (popover, "Key theme candidates")));
  g_assert_false (gtk_widget_get_visible (find_label (popover, "Other comments")));
  g_object_unref (popover);
}

/* New from: a rating carried over says so in the sidebar and on its page
 * until it is confirmed, which one Ctrl+Z takes back. */
static void
test_new_from_baseline (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(SbAssessment) earlier = sb_assessment_new (sb_application_get_standard (app));
  g_autoptr(SbAssessment) next = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) trails = g_ptr_array_new ();
  SbRatingTrail *shown;

  g_assert_true (sb_assessment_set_rating (earlier, "1.1.2", "process-3", 50, NULL));
  next = sb_assessment_new_from (earlier, SB_ASSESSMENT_KIND_SELF);
  g_assert_true (sb_assessment_is_baseline (next, "1.1.2"));
  sb_window_set_assessment (window, next);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sb_window_select_id (window, "1.1.2"));
  sb_test_wait_for_idle ();

  before = sb_test_dup_labels (GTK_WIDGET (window));
  g_assert_nonnull (strstr (before, "baseline"));
  sb_test_find_all (GTK_WIDGET (window), SB_TYPE_RATING_TRAIL, NULL, trails);
  g_assert_cmpuint (trails->len, ==, 1);
  shown = trails->pdata[0];
  g_assert_true (sb_rating_trail_shows_baseline (shown));

  sb_test_click (sb_test_find_button (shown, "_Confirm Rating"));
  sb_test_wait_for_idle ();
  g_assert_false (sb_assessment_is_baseline (next, "1.1.2"));
  g_assert_false (sb_rating_trail_shows_baseline (shown));
  after = sb_test_dup_labels (GTK_WIDGET (window));
  g_assert_null (strstr (after, "baseline"));

  g_assert_true (sb_history_undo (sb_assessment_get_history (next)));
  g_assert_true (sb_assessment_is_baseline (next, "1.1.2"));
  sb_test_destroy_window (window);
}

/* A node's page shown while its assessment becomes a consensus is made
 * again, with the examiners' proposals beside the comments. */
static void
test_kind_changed_rebuilds (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(SbAssessment) assessment = sb_assessment_new (sb_application_get_standard (app));

  sb_window_set_assessment (window, assessment);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sb_window_select_id (window, "1.1.1"));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_PROPOSAL_LIST, NULL), ==, 0);

  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_PROPOSAL_LIST, NULL), ==, 2);
  g_assert_cmpstr (sb_node_get_id (sb_window_get_selected_node (window)), ==, "1.1.1");

  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_INDEPENDENT);
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_PROPOSAL_LIST, NULL), ==, 0);
  sb_test_destroy_window (window);
}

/* `--goto key-themes` opens at the key themes page. */
static void
test_goto_key_themes (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(SbAssessment) assessment = sb_assessment_new (sb_application_get_standard (app));

  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_window_set_assessment (window, assessment);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (sb_window_select_id (window, "key-themes"));
  sb_test_wait_for_idle ();
  g_assert_nonnull (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_THEMES_PAGE));
  sb_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

#define ADD(path, func) g_test_add ("/consensus-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("merge-keeps-initials", test_merge_keeps_initials);
  ADD ("not-used-list", test_not_used_list);
  ADD ("significance", test_significance);
  ADD ("trail-asks-rationale", test_trail_asks_rationale);
  ADD ("trail-question-scrolled-to", test_trail_question_scrolled_to);
  ADD ("key-theme-warnings", test_key_theme_warnings);
  ADD ("links-menu-headings", test_links_menu_headings);
#undef ADD
  g_test_add_func ("/consensus-page/new-from-baseline", test_new_from_baseline);
  g_test_add_func ("/consensus-page/kind-changed-rebuilds", test_kind_changed_rebuilds);
  g_test_add_func ("/consensus-page/goto-key-themes", test_goto_key_themes);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
