/* test-navigation.c — moving around the main window: search, the keyboard, undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-application.h"
#include "sb-note-list.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"

static SbApplication *app;

static SbWindow *
window_new (const char *language)
{
  SbWindow *window;

  g_settings_set_string (sb_application_get_settings (app), "language", language);
  window = sb_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static void
window_close (SbWindow *window)
{
  sb_test_destroy_window (window);
}

static GtkWidget *
focus_of (SbWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The focus is on a widget that is shown in @window, where keys reach the
 * window's shortcuts (Ctrl+F, Ctrl+PageDown) and Tab goes on from. */
static void
assert_focus_shown (SbWindow *window)
{
  GtkWidget *focus = focus_of (window);

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_root (focus) == GTK_ROOT (window));
  g_assert_true (gtk_widget_get_mapped (focus));
}

static GtkWidget *
sidebar_of (SbWindow *window)
{
  return sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
}

static GtkWidget *
page_of (SbWindow *window)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (window), GTK_TYPE_BOX, "page", pages);
  g_assert_cmpuint (pages->len, ==, 1);
  return pages->pdata[0];
}

static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

static guint
selected_position (SbWindow *window)
{
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (sidebar_of (window)));

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));
}

static char *
selected_id (SbWindow *window)
{
  g_autoptr(SbNode) node = sb_window_get_selected_node (window);

  return node ? g_strdup (sb_node_get_id (node)) : NULL;
}

/* The sidebar's widget for the selected row. */
static GtkWidget *
selected_row (SbWindow *window)
{
  guint position = selected_position (window);

  for (GtkWidget *row = gtk_widget_get_first_child (sidebar_of (window)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = gtk_widget_get_first_child (row);

      if (GTK_IS_TREE_EXPANDER (expander) && gtk_widget_get_visible (row) &&
          gtk_tree_list_row_get_position (gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander))) == position)
        return row;
    }
  g_assert_not_reached ();
}

static GtkTreeListRow *
selected_tree_row (SbWindow *window)
{
  return gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (gtk_widget_get_first_child (selected_row (window))));
}

/* Puts the focus on the selected sidebar row, as a click on it would. */
static void
focus_selected_row (SbWindow *window)
{
  g_assert_true (gtk_widget_grab_focus (selected_row (window)));
}

/* The focus follows the selection: it is on the selected sidebar row. */
static void
assert_focus_on_selected_row (SbWindow *window)
{
  assert_focus_shown (window);
  g_assert_true (is_inside (focus_of (window), selected_row (window)));
}

/* A key pressed in the sidebar, as its key handler receives it before
 * the list's own. Returns whether it was handled there. */
static gboolean
sidebar_key (SbWindow        *window,
             guint            keyval,
             GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (sidebar_of (window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          sb_test_wait_for_idle ();
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* The row on the page that shows guidance point @number. */
static GtkWidget *
point_row (SbWindow   *window,
           const char *number)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  sb_test_find_all (page_of (window), GTK_TYPE_BOX, "guidance-point", rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (rows->pdata[i]))), number))
      return rows->pdata[i];
  g_assert_not_reached ();
}

/* Waits (a bounded number of frames) until @widget is laid out inside the
 * page's visible area, and says whether it got there. */
static gboolean
wait_until_visible (SbWindow  *window,
                    GtkWidget *widget)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (page_of (window), GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  for (guint frame = 0; frame < 20; frame++)
    {
      graphene_rect_t bounds;
      double top = gtk_adjustment_get_value (adjustment);
      double bottom = top + gtk_adjustment_get_page_size (adjustment);

      sb_test_wait_for_frame (GTK_WIDGET (window));
      if (gtk_widget_get_height (widget) > 0 &&
          gtk_widget_compute_bounds (widget, page_of (window), &bounds) &&
          bounds.origin.y >= top && bounds.origin.y + 20 <= bottom)
        return TRUE;
    }
  return FALSE;
}

/* The list of search results. */
static GtkWidget *
results_of (SbWindow *window)
{
  return sb_test_find_nth (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, "search-list", 0);
}

/* The results' rows that have widgets: the rows in view. */
static void
find_hits (SbWindow  *window,
           GPtrArray *hits)
{
  sb_test_find_all (results_of (window), GTK_TYPE_BOX, "search-hit", hits);
}

/* Types @query into the search entry. */
static void
type_query (SbWindow   *window,
            const char *query)
{
  GtkWidget *entry = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  g_signal_emit_by_name (entry, "search-changed");
  sb_test_wait_for_frame (GTK_WIDGET (window));
}

/* The rows of the search results in view, and the one whose heading
 * holds @where (the first without). */
static GtkWidget *
search_for (SbWindow   *window,
            const char *query,
            const char *where)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new ();

  type_query (window, query);
  find_hits (window, hits);
  g_assert_cmpuint (hits->len, >, 0);
  for (guint i = 0; i < hits->len && where != NULL; i++)
    {
      GtkWidget *heading = sb_test_find_first (hits->pdata[i], GTK_TYPE_LABEL);

      if (strstr (gtk_label_get_text (GTK_LABEL (heading)), where) != NULL)
        return hits->pdata[i];
    }
  return hits->pdata[0];
}

/* Enter on a result's row, which has the focus, as a keyboard user opens
 * it. */
static void
open_hit (GtkWidget *hit)
{
  GtkWidget *row = gtk_widget_get_parent (hit);

  g_assert_true (gtk_widget_grab_focus (row));
  g_signal_emit_by_name (row, "activate-keybinding");
}

/* A key pressed in @widget, as its own key handler in @phase gets it.
 * Returns whether it was handled there. */
static gboolean
key_in (GtkWidget           *widget,
        GtkPropagationPhase  phase,
        guint                keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && gtk_event_controller_get_propagation_phase (controller) == phase)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          sb_test_wait_for_idle ();
          return handled;
        }
    }
  return FALSE;
}

/* Ctrl+F, "PDCA", Down to a result, Enter: the window goes to the guidance
 * point, scrolls to it and marks it, and the focus is on its first control
 * (where Ctrl+F and Tab still work), not on the result's row that went
 * away with the results. */
static void
test_search_result_keeps_keyboard (void)
{
  SbWindow *window = window_new ("zh-CN");
  GtkWidget *hit = search_for (window, "PDCA", "› 2.2.2.4");
  g_autofree char *id = NULL;
  GtkWidget *row;

  open_hit (hit);
  sb_test_wait_for_frame (GTK_WIDGET (window));

  id = selected_id (window);
  g_assert_cmpstr (id, ==, "2.2.2");
  assert_focus_shown (window);
  row = point_row (window, "2.2.2.4");
  g_assert_true (gtk_widget_has_css_class (row, "marked"));
  g_assert_true (is_inside (focus_of (window), page_of (window)));
  /* The focus is on the point's own evidence notes, which come after it. */
  g_assert_true (is_inside (focus_of (window), gtk_widget_get_next_sibling (row)));
  g_assert_true (wait_until_visible (window, row));

  /* The next search works from the keyboard again, and the next page
   * leaves the mark behind. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  g_assert_true (is_inside (focus_of (window), sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY)));
  hit = search_for (window, "标杆", NULL);
  g_signal_emit_by_name (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY), "activate");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  assert_focus_shown (window);
  {
    g_autoptr(GPtrArray) marked = g_ptr_array_new ();

    sb_test_find_all (page_of (window), GTK_TYPE_WIDGET, "marked", marked);
    g_assert_cmpuint (marked->len, <=, 1);
  }

  window_close (window);
}

/* A result in a sub-item's own texts (not a guidance point) leaves the
 * focus on the sub-item's sidebar row, from where Tab goes into the page. */
static void
test_search_result_without_point (void)
{
  SbWindow *window = window_new ("en");
  GtkWidget *hit = search_for (window, "PDCA", NULL);
  g_autofree char *id = NULL;

  open_hit (hit);
  sb_test_wait_for_frame (GTK_WIDGET (window));
  id = selected_id (window);
  g_assert_cmpstr (id, ==, "2.2.2");
  assert_focus_on_selected_row (window);

  window_close (window);
}

/* Escape (or the search button) closes the search bar: the focus leaves
 * the hidden entry. */
static void
test_search_closed_keeps_keyboard (void)
{
  SbWindow *window = window_new ("en");

  search_for (window, "PDCA", NULL);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR)), FALSE);
  sb_test_wait_for_frame (GTK_WIDGET (window));
  sb_test_wait_for_frame (GTK_WIDGET (window));
  assert_focus_shown (window);

  window_close (window);
}

/* The match is in bold, and what the examiner typed is escaped around it. */
static void
test_snippet_markup (void)
{
  SbWindow *window = window_new ("en");
  SbAssessment *assessment = sb_window_get_assessment (window);
  GtkWidget *hit, *snippet;

  sb_assessment_insert_note (assessment, "g2.3.2.1", SB_NOTE_EVIDENCE, 0, "Budget for R&D <2024> & beyond");
  hit = search_for (window, "r&d", NULL);
  snippet = gtk_widget_get_last_child (hit);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (snippet)), ==, "Budget for R&D <2024> & beyond");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (snippet)), ==, "Budget for <b>R&amp;D</b> &lt;2024&gt; &amp; beyond");

  hit = search_for (window, "PDCA", NULL);
  snippet = gtk_widget_get_last_child (hit);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (snippet)), "<b>PDCA</b>"));

  /* Each band of a scoring guide is a place of its own, told apart by its
   * range rather than listed under one name again and again. */
  hit = search_for (window, "benchmarking results lead", NULL);
  {
    g_autoptr(GPtrArray) hits = g_ptr_array_new ();
    g_autoptr(GHashTable) headings = g_hash_table_new (g_str_hash, g_str_equal);

    find_hits (window, hits);
    g_assert_cmpuint (hits->len, >=, 2);
    for (guint i = 0; i < hits->len; i++)
      {
        const char *heading = gtk_label_get_text (GTK_LABEL (sb_test_find_first (hits->pdata[i], GTK_TYPE_LABEL)));

        g_assert_true (g_str_has_prefix (heading, "Results scoring guide › "));
        g_assert_true (g_hash_table_add (headings, (gpointer) heading));
      }
  }

  window_close (window);
}

/* The list's model of results, under its selection. */
static GListModel *
results_model (SbWindow *window)
{
  return gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_grid_view_get_model (GTK_GRID_VIEW (results_of (window)))));
}

/* A hundred and more results get widgets only for the rows in view, each named
 * for a screen reader by where it leads and the words around the match. */
static void
test_search_rows_in_view (void)
{
  SbWindow *window = window_new ("zh-CN");
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autoptr(GPtrArray) hits = g_ptr_array_new ();

  for (guint i = 0; i < 120; i++)
    sb_assessment_insert_note (assessment, "g2.3.2.1", SB_NOTE_EVIDENCE, 0, "质量的改进");
  type_query (window, "的");
  g_assert_cmpuint (g_list_model_get_n_items (results_model (window)), >=, 150);
  find_hits (window, hits);
  g_assert_cmpuint (hits->len, >, 0);
  g_assert_cmpuint (hits->len, <, 40);
  for (guint i = 0; i < hits->len; i++)
    {
      GtkWidget *heading = gtk_widget_get_first_child (hits->pdata[i]);
      GtkWidget *snippet = gtk_widget_get_last_child (hits->pdata[i]);
      g_autofree char *spoken = g_strdup_printf ("%s: %s", gtk_label_get_text (GTK_LABEL (heading)),
                                                 gtk_label_get_text (GTK_LABEL (snippet)));
      g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (hits->pdata[i])),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, spoken);

      g_assert_cmpstr (error, ==, NULL);
    }

  window_close (window);
}

/* Each key searches into the same list and the same model, whose rows
 * keep their widgets and change their words, and the page stays beneath
 * the results for when they close. */
static void
test_search_same_model (void)
{
  SbWindow *window = window_new ("en");
  GtkWidget *page = page_of (window);
  GListModel *model;
  GtkWidget *list;
  guint n_wide;

  g_autoptr(GtkWidget) first = NULL;
  g_autofree char *first_words = NULL;

  first = g_object_ref (search_for (window, "P", NULL));
  first_words = sb_test_dup_labels (first);
  list = results_of (window);
  model = results_model (window);
  n_wide = g_list_model_get_n_items (model);
  type_query (window, "PDCA");
  g_assert_true (results_of (window) == list);
  g_assert_true (results_model (window) == model);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, n_wide);
  /* The first row's widgets stay, and show the first result of the new query. */
  {
    g_autofree char *words = NULL;

    g_assert_true (is_inside (first, list));
    g_assert_true (search_for (window, "PDCA", NULL) == first);
    words = sb_test_dup_labels (first);
    g_assert_cmpstr (words, !=, first_words);
    g_assert_nonnull (strstr (words, "PDCA"));
  }
  g_assert_false (gtk_widget_get_mapped (page));

  type_query (window, "");
  g_assert_true (page_of (window) == page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_false (gtk_widget_get_mapped (list));

  window_close (window);
}

/* Down in the search entry goes to the first result, Escape there back to
 * the entry, and Enter on a result opens it. */
static void
test_search_keys (void)
{
  SbWindow *window = window_new ("en");
  GtkWidget *entry = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list, *first;
  g_autofree char *id = NULL;

  first = search_for (window, "PDCA", NULL);
  list = results_of (window);
  g_assert_true (is_inside (focus_of (window), entry));
  g_assert_true (key_in (entry, GTK_PHASE_CAPTURE, GDK_KEY_Down));
  g_assert_true (is_inside (focus_of (window), list));
  g_assert_true (focus_of (window) == gtk_widget_get_parent (first));

  g_assert_true (key_in (gtk_widget_get_parent (gtk_widget_get_parent (list)), GTK_PHASE_BUBBLE, GDK_KEY_Escape));
  g_assert_true (is_inside (focus_of (window), entry));

  g_assert_true (key_in (entry, GTK_PHASE_CAPTURE, GDK_KEY_Down));
  g_signal_emit_by_name (focus_of (window), "activate-keybinding");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  id = selected_id (window);
  g_assert_cmpstr (id, ==, "2.2.2");
  g_assert_false (gtk_widget_get_mapped (list));
  assert_focus_shown (window);

  window_close (window);
}

/* Tab leaves the sidebar for the page, whose controls it then walks one
 * by one, every step to a widget that is shown, past the Add buttons of
 * the notes and on out of the page; Shift+Tab comes back to the row. */
static void
test_tab_through_page (void)
{
  SbWindow *window = window_new ("en");
  GtkWidget *page = page_of (window);
  guint n_add = 0, steps = 0;

  sb_window_select_id (window, "2.2.2");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  focus_selected_row (window);

  g_assert_true (sidebar_key (window, GDK_KEY_Tab, 0));
  assert_focus_shown (window);
  g_assert_true (is_inside (focus_of (window), page));
  g_assert_true (GTK_IS_BUTTON (focus_of (window)));

  g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_BACKWARD);
  assert_focus_on_selected_row (window);
  g_assert_true (sidebar_key (window, GDK_KEY_Tab, 0));

  while (is_inside (focus_of (window), page))
    {
      GtkWidget *before = focus_of (window);

      if (GTK_IS_BUTTON (before) && gtk_widget_get_ancestor (before, SB_TYPE_NOTE_LIST) != NULL)
        n_add++;
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      assert_focus_shown (window);
      if (focus_of (window) == before)
        g_error ("Tab stays on a %s", G_OBJECT_TYPE_NAME (before));
      g_assert_cmpuint (++steps, <, 500);
    }
  /* Two lists of notes for each of the four points, strengths and
   * opportunities. */
  g_assert_cmpuint (n_add, >=, 10);

  /* An item's page has no controls: Tab goes on to the header. */
  sb_window_select_id (window, "2.3");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  focus_selected_row (window);
  g_assert_true (sidebar_key (window, GDK_KEY_Tab, 0));
  assert_focus_shown (window);
  g_assert_true (is_inside (focus_of (window), gtk_window_get_titlebar (GTK_WINDOW (window))));

  window_close (window);
}

/* Right unfolds a sidebar row, Left folds it, and Left again goes to the
 * row above it in the tree. */
static void
test_left_right_fold (void)
{
  SbWindow *window = window_new ("en");
  GtkTreeListRow *row;
  g_autofree char *parent = NULL;

  sb_window_select_id (window, "2.2");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  focus_selected_row (window);
  row = selected_tree_row (window);
  g_assert_true (gtk_tree_list_row_is_expandable (row));
  g_assert_false (gtk_tree_list_row_get_expanded (row));

  g_assert_true (sidebar_key (window, GDK_KEY_Right, 0));
  g_assert_true (gtk_tree_list_row_get_expanded (row));
  g_assert_true (sidebar_key (window, GDK_KEY_Left, 0));
  g_assert_false (gtk_tree_list_row_get_expanded (row));

  g_assert_true (sidebar_key (window, GDK_KEY_Left, 0));
  parent = selected_id (window);
  g_assert_cmpstr (parent, ==, "2");
  assert_focus_on_selected_row (window);

  window_close (window);
}

/* Ctrl+PageDown moves the focus with the selection: on to the new row when
 * it was on the old one, and off the old page (to the new row) when it was
 * there. */
static void
test_focus_follows_selection (void)
{
  SbWindow *window = window_new ("en");
  g_autofree char *first = NULL;

  focus_selected_row (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  sb_test_wait_for_idle ();
  first = selected_id (window);
  g_assert_cmpstr (first, ==, "1.1.2");
  assert_focus_on_selected_row (window);

  g_assert_true (sidebar_key (window, GDK_KEY_Tab, 0));
  g_assert_true (is_inside (focus_of (window), page_of (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  sb_test_wait_for_idle ();
  assert_focus_on_selected_row (window);

  window_close (window);
}

/* Undo and redo go to what they changed, on its own page, scrolled to and
 * marked: a rating, then a note on the last guidance point. */
static void
test_undo_shows_change (void)
{
  SbWindow *window = window_new ("en");
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *rated = NULL, *noted = NULL;
  GtkWidget *place;
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  g_assert_true (sb_assessment_set_rating (assessment, "2.3.2", "process-4", 65, &error));
  sb_history_seal (sb_assessment_get_history (assessment));
  sb_assessment_insert_note (assessment, "g2.3.2.4", SB_NOTE_EVIDENCE, 0, "Seen the grid plan");
  sb_history_seal (sb_assessment_get_history (assessment));

  /* The note is undone on another page. */
  sb_window_select_id (window, "1.1.1");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  sb_test_wait_for_idle ();
  noted = selected_id (window);
  g_assert_cmpstr (noted, ==, "2.3.2");
  g_assert_cmpuint (sb_assessment_get_n_notes (assessment, "g2.3.2.4", SB_NOTE_EVIDENCE), ==, 0);
  sb_test_find_all (page_of (window), SB_TYPE_NOTE_LIST, "marked", lists);
  g_assert_cmpuint (lists->len, ==, 1);
  place = point_row (window, "2.3.2.4");
  g_assert_true (gtk_widget_get_next_sibling (place) == gtk_widget_get_parent (lists->pdata[0]));
  g_assert_true (wait_until_visible (window, lists->pdata[0]));
  assert_focus_shown (window);

  /* The rating is undone from the top of another page. */
  sb_window_select_id (window, "3.1.1");
  sb_test_wait_for_frame (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  sb_test_wait_for_idle ();
  g_free (rated);
  rated = selected_id (window);
  g_assert_cmpstr (rated, ==, "2.3.2");
  g_assert_false (sb_assessment_get_rating (assessment, "2.3.2", NULL, NULL));
  g_ptr_array_set_size (lists, 0);
  sb_test_find_all (page_of (window), GTK_TYPE_WIDGET, "marked", lists);
  g_assert_cmpuint (lists->len, ==, 1);
  g_assert_true (wait_until_visible (window, lists->pdata[0]));
  g_assert_true (is_inside (focus_of (window), lists->pdata[0]));

  /* Redo too. */
  sb_window_select_id (window, "1.1.1");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  sb_test_wait_for_idle ();
  g_free (rated);
  rated = selected_id (window);
  g_assert_cmpstr (rated, ==, "2.3.2");

  /* The applicant's profile is no sub-item: its editor is shown. */
  sb_history_seal (sb_assessment_get_history (assessment));
  sb_assessment_set_profile (assessment, "A district hospital");
  sb_history_seal (sb_assessment_get_history (assessment));
  sb_window_select_id (window, "3.3.2");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  sb_test_wait_for_idle ();
  g_assert_cmpstr (sb_assessment_get_profile (assessment), ==, "");
  g_ptr_array_set_size (lists, 0);
  sb_test_find_all (page_of (window), GTK_TYPE_FRAME, "marked", lists);
  g_assert_cmpuint (lists->len, ==, 1);
  g_assert_true (is_inside (focus_of (window), lists->pdata[0]));

  window_close (window);
}

/* The sidebar's points label of each row it shows, by the id of the
 * node the row is for. */
static GHashTable *
points_labels (SbWindow *window)
{
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (sidebar_of (window)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = gtk_widget_get_first_child (row);
      GtkTreeListRow *list_row;
      g_autoptr(GObject) item = NULL;

      if (!GTK_IS_TREE_EXPANDER (expander) || !gtk_widget_get_visible (row))
        continue;
      list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
      item = list_row ? gtk_tree_list_row_get_item (list_row) : NULL;
      if (SB_IS_NODE (item))
        g_hash_table_insert (labels, g_strdup (sb_node_get_id (SB_NODE (item))),
                             gtk_widget_get_last_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))));
    }
  return labels;
}

/* A rating binds again the sidebar rows of its path to the root (their
 * points change), and no other row. */
static void
test_rating_touches_its_path (void)
{
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autoptr(GHashTable) labels = NULL;
  GHashTableIter iter;
  gpointer label;

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  sb_window_select_id (window, "1.1.1");
  sb_test_wait_for_idle ();
  labels = points_labels (window);
  g_assert_nonnull (g_hash_table_lookup (labels, "1"));
  g_assert_nonnull (g_hash_table_lookup (labels, "1.1"));
  g_assert_nonnull (g_hash_table_lookup (labels, "2"));
  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, NULL, &label))
    gtk_label_set_text (label, "untouched");

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  sb_test_wait_for_idle ();
  g_clear_pointer (&labels, g_hash_table_unref);
  labels = points_labels (window);
  g_assert_cmpstr (gtk_label_get_text (g_hash_table_lookup (labels, "1")), !=, "untouched");
  g_assert_cmpstr (gtk_label_get_text (g_hash_table_lookup (labels, "1.1")), !=, "untouched");
  g_assert_cmpstr (gtk_label_get_text (g_hash_table_lookup (labels, "1.1.1")), !=, "untouched");
  g_assert_cmpstr (gtk_label_get_text (g_hash_table_lookup (labels, "2")), ==, "untouched");
  g_assert_cmpstr (gtk_label_get_text (g_hash_table_lookup (labels, "1.2")), ==, "untouched");

  sb_window_discard_recovery (window);
  gtk_window_destroy (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

  g_test_add_func ("/navigation/search-result-keeps-keyboard", test_search_result_keeps_keyboard);
  g_test_add_func ("/navigation/search-result-without-point", test_search_result_without_point);
  g_test_add_func ("/navigation/search-closed-keeps-keyboard", test_search_closed_keeps_keyboard);
  g_test_add_func ("/navigation/snippet-markup", test_snippet_markup);
  g_test_add_func ("/navigation/search-rows-in-view", test_search_rows_in_view);
  g_test_add_func ("/navigation/search-same-model", test_search_same_model);
  g_test_add_func ("/navigation/search-keys", test_search_keys);
  g_test_add_func ("/navigation/tab-through-page", test_tab_through_page);
  g_test_add_func ("/navigation/left-right-fold", test_left_right_fold);
  g_test_add_func ("/navigation/focus-follows-selection", test_focus_follows_selection);
  g_test_add_func ("/navigation/undo-shows-change", test_undo_shows_change);
  g_test_add_func ("/navigation/rating-touches-its-path", test_rating_touches_its_path);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
