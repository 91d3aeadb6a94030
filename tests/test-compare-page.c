/* test-compare-page.c — the comparison window: its columns and agenda, flags, refusals, read-only files, the consensus started from it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-compare-charts.h"
#include "sb-compare-notes.h"
#include "sb-compare-window.h"
#include "sb-consensus.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-data.h"
#include "sb-test-widgets.h"

static SbApplication *app;

/* The comparison window of the team fixtures @names, opened as File →
 * Compare… does, over a main window @parent (returned). */
static GtkWindow *
compare (const char *const *names,
         SbWindow         **parent)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWindow *window;

  *parent = sb_window_new (app);
  sb_window_set_language (*parent, "en");
  gtk_window_present (GTK_WINDOW (*parent));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("team/%s.scorebook", names[i]);
      g_autofree char *path = sb_test_fixture_path (name);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  window = sb_compare_open_files (GTK_WINDOW (*parent), (GFile **) files->pdata, files->len);
  sb_test_wait_for_idle ();
  return window;
}

static const char *const team[] = { "examiner-a", "examiner-b", "examiner-c", NULL };

static SbComparePage *
page_of (GtkWindow *window)
{
  return sb_compare_window_get_page (SB_COMPARE_WINDOW (window));
}

static char *
column_title (GtkColumnView *view,
              guint          index)
{
  g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (gtk_column_view_get_columns (view), index);

  return g_strdup (gtk_column_view_column_get_title (column));
}

static void
close_all (GtkWindow *window,
           SbWindow  *parent)
{
  sb_test_destroy_window (window);
  sb_test_destroy_window (parent);
}

/* Agenda, part, one column per examiner headed by name, kind and date,
 * then lowest, highest, median and spread. */
static void
test_columns (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  GtkColumnView *view;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *last = NULL;

  g_assert_true (SB_IS_COMPARE_WINDOW (window));
  view = sb_compare_page_get_view (page_of (window));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 2 + 3 + 4);
  a = column_title (view, 2);
  b = column_title (view, 3);
  last = column_title (view, 8);
  g_assert_nonnull (strstr (a, "张伟 Zhang Wei"));
  g_assert_nonnull (strstr (a, "Independent review"));
  g_assert_nonnull (strstr (a, "2026-03-04"));
  g_assert_nonnull (strstr (b, "Li Mei"));
  g_assert_nonnull (strstr (last, "Spread"));
  g_assert_null (strstr (a, "again"));
  close_all (window, parent);
}

/* Divergent parts come first, flagged with their minutes; then the rest,
 * unflagged. Each cell tells a screen reader its column. */
static void
test_agenda_first (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  SbComparePage *page = page_of (window);
  SbComparison *comparison = sb_compare_page_get_comparison (page);
  gboolean flagged = TRUE;
  guint n_flagged = 0;

  for (guint row = 0; row < sb_comparison_get_n_parts (comparison); row++)
    {
      g_autofree char *spoken = NULL;
      g_autofree char *flag = sb_compare_page_dup_cell_text (page, row, 0, &spoken);
      const SbPartSpread *part = sb_comparison_get_part (comparison, row);

      g_assert_cmpint (*flag != '\0', ==, part->divergent);
      /* No flagged row after an unflagged one. */
      g_assert_true (flagged || !part->divergent);
      flagged = part->divergent;
      if (part->divergent)
        {
          g_autofree char *minutes = g_strdup_printf ("%u min", part->minutes);

          n_flagged++;
          g_assert_nonnull (strstr (flag, minutes));
          g_assert_true (g_str_has_prefix (spoken, "Agenda: divergent"));
        }
    }
  g_assert_cmpuint (n_flagged, >, 0);
  g_assert_cmpuint (n_flagged, <, sb_comparison_get_n_parts (comparison));
  close_all (window, parent);
}

/* An examiner's cell: band, percent and points, said with the examiner. */
static void
test_examiner_cell (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  SbComparePage *page = page_of (window);
  SbComparison *comparison = sb_compare_page_get_comparison (page);
  SbAssessment *first = sb_comparison_get_assessment (comparison, 0);
  const SbPartSpread *part = sb_comparison_get_part (comparison, 0);
  const char *band = NULL;
  guint percent = 0;
  g_autofree char *spoken = NULL;
  g_autofree char *shown = sb_compare_page_dup_cell_text (page, 0, 2, &spoken);
  g_autofree char *expected = NULL;

  g_assert_true (sb_assessment_get_rating (first, sb_node_get_id (part->node), &band, &percent));
  expected = g_strdup_printf (" · %u %% · ", percent);
  g_assert_nonnull (strstr (shown, expected));
  g_assert_true (g_str_has_prefix (spoken, "张伟 Zhang Wei"));
  g_assert_nonnull (strstr (spoken, "percent"));
  close_all (window, parent);
}

/* A cell's tooltip says its column and its words, made when it is asked
 * for: a tooltip set on every cell bound made each scrolled frame late. */
static void
test_cell_tooltip (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GtkTooltip) tooltip = NULL;
  gboolean shown = FALSE;

  sb_test_wait_for_frame (GTK_WIDGET (window));
  sb_test_find_all (GTK_WIDGET (window), GTK_TYPE_LABEL, "compare-cell", cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      g_assert_true (gtk_widget_get_has_tooltip (cells->pdata[i]));
      g_assert_null (gtk_widget_get_tooltip_text (cells->pdata[i]));
    }
  tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  g_signal_emit_by_name (cells->pdata[0], "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_true (shown);
  close_all (window, parent);
}

/* The same examiner twice is said above the table and on the column. */
static void
test_duplicate_examiner (void)
{
  const char *const names[] = { "examiner-a", "examiner-b", "examiner-a-again", NULL };
  SbWindow *parent;
  GtkWindow *window = compare (names, &parent);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autofree char *title = NULL;
  g_autoptr(SbChartData) data = NULL;

  sb_test_find_all (GTK_WIDGET (window), GTK_TYPE_LABEL, "compare-duplicate", found);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_text (found->pdata[0]), "examiner-a-again.scorebook"));
  title = column_title (sb_compare_page_get_view (page_of (window)), 4);
  g_assert_nonnull (strstr (title, "again"));
  /* The charts' legend tells the two lines apart; the median comes last. */
  data = sb_compare_chart_data_new (sb_compare_page_get_comparison (page_of (window)), SB_CHART_LEVEL_ITEMS);
  g_assert_cmpuint (sb_chart_data_get_n_series (data), ==, 4);
  g_assert_cmpstr (sb_chart_series_get_label (sb_chart_data_get_series (data, 0)), ==, "张伟 Zhang Wei");
  g_assert_cmpstr (sb_chart_series_get_label (sb_chart_data_get_series (data, 2)), ==, "张伟 Zhang Wei (again)");
  g_assert_cmpstr (sb_chart_series_get_label (sb_chart_data_get_series (data, 3)), ==, "Median");
  close_all (window, parent);
}

/* A file of another standard is refused over the main window, with the
 * comparison's words, and no comparison opens. */
static void
test_other_standard_refused (void)
{
  const char *const names[] = { "examiner-a", "other-standard", NULL };
  SbWindow *parent;
  GtkWindow *window = compare (names, &parent);
  GtkWindow *message = sb_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG, "The assessments cannot be compared");
  g_autofree char *secondary = NULL;

  g_assert_null (window);
  g_assert_null (sb_test_find_toplevel (SB_TYPE_COMPARE_WINDOW, NULL));
  g_assert_nonnull (message);
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (parent));
  g_assert_true (gtk_window_get_modal (message));
  g_object_get (message, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "other-standard.scorebook"));
  sb_test_destroy_window (message);
  sb_test_destroy_window (parent);
}

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *relative = g_strdup_printf ("team/%s.scorebook", name);
  g_autofree char *path = sb_test_fixture_path (relative);
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* The files compared are read, never taken: no save action, nothing
 * changed, no file held (the examiner may open theirs meanwhile). */
static void
test_read_only (void)
{
  SbWindow *parent;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  GtkWindow *window;
  SbComparison *comparison;

  for (guint i = 0; team[i] != NULL; i++)
    g_ptr_array_add (before, read_fixture (team[i]));
  window = compare (team, &parent);
  comparison = sb_compare_page_get_comparison (page_of (window));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  for (guint i = 0; team[i] != NULL; i++)
    {
      g_autoptr(GBytes) after = read_fixture (team[i]);
      SbAssessment *assessment = sb_comparison_get_assessment (comparison, i);

      g_assert_true (g_bytes_equal (before->pdata[i], after));
      g_assert_false (sb_assessment_get_dirty (assessment));
      g_assert_null (sb_application_find_window (app, sb_assessment_get_file (assessment)));
    }
  close_all (window, parent);
}

static SbWindow *
find_main_window (SbWindow *besides)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SB_IS_WINDOW (l->data) && l->data != besides)
      return l->data;
  return NULL;
}

/* "Start consensus" opens a new window on an unsaved consensus seeded from
 * the team; the files compared stay byte for byte as they were. */
static void
test_start_consensus (void)
{
  SbWindow *parent;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  GtkWindow *window;
  SbWindow *consensus;
  SbAssessment *assessment;

  for (guint i = 0; team[i] != NULL; i++)
    g_ptr_array_add (before, read_fixture (team[i]));
  window = compare (team, &parent);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "compare.start-consensus", NULL));
  sb_test_wait_for_idle ();
  consensus = find_main_window (parent);
  g_assert_nonnull (consensus);
  assessment = sb_window_get_assessment (consensus);
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_CONSENSUS);
  g_assert_null (sb_assessment_get_file (assessment));
  g_assert_cmpstr (sb_window_get_language (consensus), ==, "en");
  g_assert_true (sb_assessment_get_dirty (assessment));
  /* Seeded with the median, the examiners' comments beside it. */
  {
    SbComparison *comparison = sb_compare_page_get_comparison (page_of (window));
    const SbPartSpread *part = sb_comparison_get_part (comparison, 0);
    const char *seed_band = NULL, *band = NULL;
    guint percent = 0;
    guint seed = sb_consensus_seed_percent (comparison, part->node, SB_CONSENSUS_SEED_MEDIAN, &seed_band);

    g_assert_true (sb_assessment_get_rating (assessment, sb_node_get_id (part->node), &band, &percent));
    g_assert_cmpuint (percent, ==, seed);
    g_assert_cmpstr (band, ==, seed_band);
    g_assert_cmpuint (sb_assessment_get_n_proposals (assessment, sb_node_get_id (part->node)), >, 0);
  }
  for (guint i = 0; team[i] != NULL; i++)
    {
      g_autoptr(GBytes) after = read_fixture (team[i]);

      g_assert_true (g_bytes_equal (before->pdata[i], after));
      g_assert_false (sb_assessment_get_dirty (sb_comparison_get_assessment (
        sb_compare_page_get_comparison (page_of (window)), i)));
    }
  sb_window_discard_recovery (consensus);
  sb_test_destroy_window (consensus);
  close_all (window, parent);
}

/* Two assessments: the change of each part, in points and in bands. */
static void
test_before_after (void)
{
  const char *const names[] = { "examiner-a", "examiner-c", NULL };
  SbWindow *parent;
  GtkWindow *window = compare (names, &parent);
  SbComparePage *page = page_of (window);
  SbComparison *comparison = sb_compare_page_get_comparison (page);
  GtkColumnView *view = sb_compare_page_get_view (page);
  g_autofree char *title = column_title (view, 9);
  gboolean seen_up = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 2 + 2 + 4 + 2);
  g_assert_nonnull (strstr (title, "bands"));
  for (guint row = 0; row < sb_comparison_get_n_parts (comparison); row++)
    {
      const SbPartSpread *part = sb_comparison_get_part (comparison, row);
      SbPoints delta = 0;
      int bands = 0;
      g_autofree char *shown = sb_compare_page_dup_cell_text (page, row, 9, NULL);
      g_autofree char *expected = NULL;

      g_assert_true (sb_comparison_get_change (comparison, 0, 1, sb_node_get_id (part->node), &delta, &bands));
      expected = g_strdup_printf ("%s%d", bands > 0 ? "+" : bands < 0 ? "−" : "±", ABS (bands));
      g_assert_cmpstr (shown, ==, expected);
      seen_up |= bands > 0;
    }
  g_assert_true (seen_up);
  close_all (window, parent);
}

static gboolean
shows_selected (gpointer data)
{
  SbComparePage *page = data;
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_WINDOW);
  SbCompareNotes *notes = SB_COMPARE_NOTES (sb_test_find_first (window, SB_TYPE_COMPARE_NOTES));

  return sb_compare_notes_get_part (notes) == sb_compare_page_get_selected (page);
}

/* Rows passed by a held key build no comments: only the part where the
 * selection rests has its comments shown, a moment later. */
static void
test_comments_when_resting (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  SbComparePage *page = page_of (window);
  GtkSelectionModel *selection = gtk_column_view_get_model (sb_compare_page_get_view (page));
  SbCompareNotes *notes = SB_COMPARE_NOTES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_COMPARE_NOTES));
  SbNode *before = sb_compare_notes_get_part (notes);

  for (guint row = 1; row <= 3; row++)
    {
      gtk_selection_model_select_item (selection, row, TRUE);
      g_assert_true (sb_compare_notes_get_part (notes) == before);
    }
  sb_test_wait_until (shows_selected, page);
  close_all (window, parent);
}

/* Choosing a row shows each examiner's comments on that part. */
static void
test_comments_follow_selection (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  SbComparePage *page = page_of (window);
  SbComparison *comparison = sb_compare_page_get_comparison (page);
  GtkSelectionModel *selection = gtk_column_view_get_model (sb_compare_page_get_view (page));
  g_autofree char *labels = NULL;
  SbCompareNotes *notes;
  guint row = 0;

  /* The part examiner A wrote a strength and an evidence note on. */
  while (g_strcmp0 (sb_node_get_id (sb_comparison_get_part (comparison, row)->node), "1.1.1") != 0)
    row++;
  notes = SB_COMPARE_NOTES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_COMPARE_NOTES));
  gtk_selection_model_select_item (selection, row, TRUE);
  g_assert_cmpstr (sb_node_get_id (sb_compare_page_get_selected (page)), ==, "1.1.1");
  sb_test_wait_until (shows_selected, page);
  labels = sb_test_dup_labels (GTK_WIDGET (notes));
  g_assert_nonnull (strstr (labels, "领导班子每季度评审发展方向并公开结果。"));
  g_assert_nonnull (strstr (labels, "访谈院长：每季度召开战略研讨会。"));
  g_assert_nonnull (strstr (labels, "Li Mei"));
  close_all (window, parent);
}

/* The examiners' comments can be selected to copy, but Tab does not stop
 * on each of them: a dozen examiners' columns would trap the keyboard. */
static void
test_comments_no_tab_stops (void)
{
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  SbComparePage *page = page_of (window);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint selectable = 0;

  sb_test_wait_until (shows_selected, page);
  sb_test_find_all (GTK_WIDGET (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_COMPARE_NOTES)),
                    GTK_TYPE_LABEL, "compare-note", labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      selectable += gtk_label_get_selectable (GTK_LABEL (label));
      g_assert_false (gtk_widget_get_focusable (label));
      g_assert_false (gtk_widget_get_can_focus (label));
    }
  g_assert_cmpuint (selectable, >, 0);
  close_all (window, parent);
}

/* The interface language switches without a restart: the comparison's
 * words follow at once, on the part that was chosen. */
static void
test_interface_language (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbWindow *parent;
  GtkWindow *window = compare (team, &parent);
  GtkSelectionModel *selection = gtk_column_view_get_model (sb_compare_page_get_view (page_of (window)));
  g_autofree char *agenda = NULL;
  g_autofree char *labels = NULL;

  gtk_selection_model_select_item (selection, 2, TRUE);
  g_settings_set_string (settings, "interface-language", "zh-CN");
  sb_test_wait_for_idle ();
  agenda = column_title (sb_compare_page_get_view (page_of (window)), 0);
  g_assert_cmpstr (agenda, ==, "议程");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (window), "比较"));
  g_assert_nonnull (sb_test_find_button (window, "开始共识评审(_S)"));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
    gtk_column_view_get_model (sb_compare_page_get_view (page_of (window))))), ==, 2);
  labels = sb_test_dup_labels (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_COMPARE_NOTES));
  g_assert_nonnull (strstr (labels, "改进机会"));
  g_settings_set_string (settings, "interface-language", "en");
  sb_test_wait_for_idle ();
  close_all (window, parent);
}

/* Several files dropped on a main window are compared, as File →
 * Compare… would. */
static void
test_drop_several (void)
{
  SbWindow *parent = sb_window_new (app);
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (parent));
  GtkDropTarget *target = NULL;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean done = FALSE;
  GtkWindow *window;

  gtk_window_present (GTK_WINDOW (parent));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (target);
  for (guint i = 0; team[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("team/%s.scorebook", team[i]);
      g_autofree char *path = sb_test_fixture_path (name);

      files = g_slist_append (files, g_file_new_for_path (path));
    }
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &done);
  g_assert_true (done);
  sb_test_wait_for_idle ();
  window = sb_test_find_toplevel (SB_TYPE_COMPARE_WINDOW, NULL);
  g_assert_nonnull (window);
  g_assert_cmpuint (sb_comparison_get_n_assessments (sb_compare_page_get_comparison (page_of (window))), ==, 3);
  g_value_unset (&value);
  g_slist_free_full (files, g_object_unref);
  close_all (window, parent);
}

/* A standard of 2,000 scored parts, each worth one point, in 20 parts. */
static SbStandard *
large_standard_new (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<standard xmlns=\"urn:scorebook:standard:1\" format=\"1\" id=\"test-large\""
                                         " edition=\"2024\" revision=\"1\" languages=\"en\">\n"
                                         "<title xml:lang=\"en\">Large</title>\n<criteria points=\"2000\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SbStandard *standard;

  for (guint p = 0; p < 20; p++)
    {
      g_string_append_printf (xml, "<node id=\"P%u\" number=\"%u\" kind=\"part\" points=\"100\">"
                              "<title xml:lang=\"en\">Part %u</title>\n", p, p, p);
      for (guint c = 0; c < 100; c++)
        g_string_append_printf (xml, "<node id=\"P%u.%u\" number=\"%u.%u\" kind=\"clause\" points=\"1\""
                                " guide=\"g\"><title xml:lang=\"en\">Clause %u.%u</title></node>\n",
                                p, c, p, c, p, c);
      g_string_append (xml, "</node>\n");
    }
  g_string_append (xml, "</criteria>\n<guides><guide id=\"g\" kind=\"process\"><name xml:lang=\"en\">G</name>"
                   "<band id=\"g-1\" min=\"0\" max=\"50\"/><band id=\"g-2\" min=\"50\" max=\"100\"/>"
                   "</guide></guides>\n</standard>\n");
  bytes = g_bytes_new (xml->str, xml->len);
  standard = sb_standard_new_from_bytes (bytes, "large.xml", &error);
  g_assert_no_error (error);
  return standard;
}

/* Twelve examiners on 2,000 parts: the table makes cells for the rows
 * near the screen only, at the top and scrolled to the end alike. */
static void
test_large_standard (void)
{
  g_autoptr(SbStandard) standard = large_standard_new ();
  GPtrArray *parts = sb_standard_get_scored_nodes (standard);
  g_autoptr(GPtrArray) team12 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SbComparison) comparison = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *page;
  GtkAdjustment *adjustment;

  g_assert_cmpuint (parts->len, ==, 2000);
  for (guint k = 0; k < 12; k++)
    {
      SbAssessment *assessment = sb_assessment_new (standard);
      g_autofree char *examiner = g_strdup_printf ("Examiner %u", k);

      sb_assessment_set_examiner (assessment, examiner);
      for (guint i = 0; i < parts->len; i++)
        {
          guint percent = ((i * 7 + k * 13) % 21) * 5;
          SbBand *band = sb_guide_band_for_percent (sb_node_get_guide (parts->pdata[i]), percent);

          g_assert_true (sb_assessment_set_rating (assessment, sb_node_get_id (parts->pdata[i]),
                                                   sb_band_get_id (band), percent, &error));
        }
      g_ptr_array_add (team12, assessment);
    }
  comparison = sb_comparison_new (standard, (SbAssessment **) team12->pdata, team12->len, &error);
  g_assert_no_error (error);
  window = sb_compare_window_new (app, comparison, SB_DISPLAY_LANGUAGE_EN);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  page = GTK_WIDGET (sb_compare_window_get_page (SB_COMPARE_WINDOW (window)));
  sb_test_wait_for_frame (page);
  sb_test_find_all (page, GTK_TYPE_LABEL, "compare-cell", cells);
  g_assert_cmpuint (cells->len, >, 0);
  /* 18 columns, and rows for the screen and the few hundred GTK 4.8 keeps
   * around it (GTK_LIST_VIEW_MAX_LIST_ITEMS): however many parts there are,
   * never one row of widgets each. */
  g_assert_cmpuint (cells->len, <, 18 * 300);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sb_compare_page_get_view (SB_COMPARE_PAGE (page))));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  sb_test_wait_for_frame (page);
  g_ptr_array_set_size (cells, 0);
  sb_test_find_all (page, GTK_TYPE_LABEL, "compare-cell", cells);
  g_assert_cmpuint (cells->len, <, 18 * 300);
  sb_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);
  g_settings_set_string (sb_application_get_settings (app), "language", "en");

  g_test_add_func ("/compare-page/columns", test_columns);
  g_test_add_func ("/compare-page/agenda-first", test_agenda_first);
  g_test_add_func ("/compare-page/examiner-cell", test_examiner_cell);
  g_test_add_func ("/compare-page/cell-tooltip", test_cell_tooltip);
  g_test_add_func ("/compare-page/duplicate-examiner", test_duplicate_examiner);
  g_test_add_func ("/compare-page/other-standard-refused", test_other_standard_refused);
  g_test_add_func ("/compare-page/read-only", test_read_only);
  g_test_add_func ("/compare-page/start-consensus", test_start_consensus);
  g_test_add_func ("/compare-page/before-after", test_before_after);
  g_test_add_func ("/compare-page/comments-follow-selection", test_comments_follow_selection);
  g_test_add_func ("/compare-page/comments-when-resting", test_comments_when_resting);
  g_test_add_func ("/compare-page/comments-no-tab-stops", test_comments_no_tab_stops);
  g_test_add_func ("/compare-page/interface-language", test_interface_language);
  g_test_add_func ("/compare-page/drop-several", test_drop_several);
  g_test_add_func ("/compare-page/large-standard", test_large_standard);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
