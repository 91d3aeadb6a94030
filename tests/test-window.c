/* test-window.c — the main window, driven as a user would: select, switch language
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "sb-application.h"
#include "sb-assessment-file.h"
#include "sb-autosave.h"
#include "sb-band-picker.h"
#include "sb-chart-view.h"
#include "sb-note-list.h"
#include "sb-notices.h"
#include "sb-overview-page.h"
#include "sb-i18n.h"
#include "sb-window.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"
#include "sb-test-data.h"
#include "sb-test-language.h"

static SbApplication *app;

static char *
window_text (SbWindow *window)
{
  return sb_test_dup_labels (GTK_WIDGET (window));
}

/* The window is built by g_object_new() alone, as GtkBuilder or a subclass
 * would build it: its standard is a construct-only property, and it follows
 * the application's settings as soon as it has its application. */
static void
test_built_by_g_object_new (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbStandard *standard = sb_application_get_standard (app);
  SbWindow *window = NULL;
  g_autoptr(SbStandard) shown = NULL;
  g_autofree char *text = NULL;

  g_settings_set_string (settings, "language", "en");
  window = g_object_new (SB_TYPE_WINDOW, "application", app, "standard", standard, NULL);
  g_object_get (window, "standard", &shown, NULL);
  g_assert_true (shown == standard);
  g_assert_nonnull (sb_window_get_assessment (window));
  g_assert_true (sb_assessment_get_standard (sb_window_get_assessment (window)) == standard);
  g_assert_cmpstr (sb_window_get_language (window), ==, "en");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  g_assert_true (sb_window_select_id (window, "3.1.2"));
  sb_test_wait_for_idle ();
  text = window_text (window);
  g_assert_nonnull (strstr (text, "3.1.2  Plan achievement results"));

  gtk_window_destroy (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_settings_reset (settings, "language");
}

/* A new rating or applicant (from the other pages' controls, another
 * window or an undo) changes the overview's numbers and title in place:
 * the page stays, scrolled where the examiner left it. */
static void
test_overview_updates_in_place (void)
{
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autoptr(GPtrArray) totals = g_ptr_array_new ();
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  GtkAdjustment *vadjustment;
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  page = sb_test_find_first (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE);
  g_assert_nonnull (page);
  g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  sb_test_find_all (page, GTK_TYPE_LABEL, "total", totals);
  g_assert_cmpuint (totals->len, ==, 1);
  before = g_strdup (gtk_label_get_text (totals->pdata[0]));
  vadjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (page, GTK_TYPE_SCROLLED_WINDOW)));
  sb_test_wait_for_frame (page);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  sb_assessment_set_applicant (assessment, "某某社区健康服务中心");
  sb_test_wait_for_idle ();

  g_assert_nonnull (page);
  g_assert_true (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE) == page);
  g_assert_cmpstr (gtk_label_get_text (totals->pdata[0]), !=, before);
  text = sb_test_dup_labels (page);
  g_assert_nonnull (strstr (text, "某某社区健康服务中心"));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

  g_object_remove_weak_pointer (G_OBJECT (page), (gpointer *) &page);
  sb_window_discard_recovery (window);
  gtk_window_destroy (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
}

static void
test_select_and_language (void)
{
  SbWindow *window = sb_window_new (app);
  GSettings *settings = sb_application_get_settings (app);
  g_autoptr(SbNode) selected = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *both = NULL;

  g_settings_set_string (settings, "language", "zh-CN");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  /* At first the overview is selected, which is no node of the criteria. */
  selected = sb_window_get_selected_node (window);
  g_assert_null (selected);

  sb_window_select_id (window, "3.1.2");
  sb_test_wait_for_idle ();
  selected = sb_window_get_selected_node (window);
  g_assert_cmpstr (sb_node_get_id (selected), ==, "3.1.2");

  zh = window_text (window);
  g_assert_nonnull (strstr (zh, "3.1.2  规划达成结果"));
  g_assert_nonnull (strstr (zh, "3.1.2.1"));
  g_assert_nonnull (strstr (zh, "预定目标达成情况"));
  g_assert_null (strstr (zh, "Plan achievement results"));

  /* The language follows the setting, at once, and the selection stays. */
  g_settings_set_string (settings, "language", "en");
  sb_test_wait_for_idle ();
  g_assert_cmpstr (sb_window_get_language (window), ==, "en");
  en = window_text (window);
  g_assert_nonnull (strstr (en, "3.1.2  Plan achievement results"));
  g_assert_nonnull (strstr (en, "Achievement of predetermined goals"));
  g_assert_null (strstr (en, "规划达成结果"));

  /* And the window's own control writes the setting back. */
  sb_window_set_language (window, "both");
  sb_test_wait_for_idle ();
  {
    g_autofree char *setting = g_settings_get_string (settings, "language");

    g_assert_cmpstr (setting, ==, "both");
  }
  both = window_text (window);
  g_assert_nonnull (strstr (both, "规划达成结果"));
  g_assert_nonnull (strstr (both, "Plan achievement results"));

  sb_test_destroy_window (window);
}

/* The first visible label below @widget whose text holds @needle. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *needle)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, needle);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_label_language (SbWindow   *window,
                       const char *needle,
                       const char *expected)
{
  GtkLabel *label = find_label (GTK_WIDGET (window), needle);
  g_autofree char *language = NULL;

  if (label == NULL)
    g_error ("no label shows “%s”", needle);
  language = sb_test_run_language (gtk_label_get_layout (label), needle);
  g_assert_cmpstr (language, ==, expected);
}

/* Every label says the language it is written in, so that Chinese is
 * drawn with Simplified glyph forms whatever the locale (the tests run in
 * C.UTF-8, where fontconfig's first CJK face is the Japanese one): the
 * standard's texts, the sidebar, the window's own words, and each half of
 * a bilingual page. */
static void
test_text_language (void)
{
  SbWindow *window = sb_window_new (app);
  GSettings *settings = sb_application_get_settings (app);

  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_string (settings, "interface-language", "zh-CN");
  gtk_window_present (GTK_WINDOW (window));
  sb_window_select_id (window, "3.1.2");
  sb_test_wait_for_idle ();
  /* A guidance point, the page's title (and its row in the sidebar). */
  assert_label_language (window, "预定目标达成情况", "zh-cn");
  assert_label_language (window, "规划达成结果", "zh-cn");
  /* The window's own words. */
  assert_label_language (window, "要点指引", "zh-cn");

  sb_window_set_language (window, "en");
  g_settings_set_string (settings, "interface-language", "en");
  sb_test_wait_for_idle ();
  assert_label_language (window, "Achievement of predetermined goals", "en");
  assert_label_language (window, "Guidance points", "en");

  sb_window_set_language (window, "both");
  sb_test_wait_for_idle ();
  assert_label_language (window, "预定目标达成情况", "zh-cn");
  assert_label_language (window, "Achievement of predetermined goals", "en");
  assert_label_language (window, "Plan achievement results", "en");

  sb_test_destroy_window (window);
  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_reset (settings, "interface-language");
  sb_test_wait_for_idle ();
}

static void
test_select_expands_ancestors (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(SbNode) selected = NULL;
  g_autofree char *text = NULL;
  guint n_points = 0;

  gtk_window_present (GTK_WINDOW (window));
  sb_window_select_id (window, "2.3.2");
  sb_test_wait_for_idle ();
  selected = sb_window_get_selected_node (window);
  g_assert_cmpstr (sb_node_get_id (selected), ==, "2.3.2");

  /* Four guidance points, each with its number on a line of its own, and
   * evidence notes and references for each. */
  text = window_text (window);
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_regex_match_simple ("^2\\.3\\.2\\.[1-9]$", lines[i], 0, 0))
        n_points++;
  }
  g_assert_cmpuint (n_points, ==, 4);
  g_assert_nonnull (strstr (text, "2.3.2.4"));

  /* An unknown id changes nothing. */
  sb_window_select_id (window, "9.9.9");
  g_clear_object (&selected);
  selected = sb_window_get_selected_node (window);
  g_assert_cmpstr (sb_node_get_id (selected), ==, "2.3.2");

  sb_test_destroy_window (window);
}

/* The interface follows its own setting at once, without a restart, and
 * the text language chosen in the header leaves it as it is. */
static void
test_interface_language (void)
{
  SbWindow *window = sb_window_new (app);
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *zh_title = NULL;
  g_autofree char *chosen = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_string (settings, "interface-language", "zh-CN");
  sb_window_select_id (window, "1.1.1");
  sb_test_wait_for_idle ();
  zh = window_text (window);
  g_assert_nonnull (strstr (zh, "概览\n"));
  g_assert_nonnull (strstr (zh, "要点指引\n"));
  zh_title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_cmpstr (zh_title, ==, "新建评审");

  /* English words around the Chinese text. */
  g_settings_set_string (settings, "interface-language", "en");
  sb_test_wait_for_idle ();
  en = window_text (window);
  g_assert_nonnull (strstr (en, "Overview\n"));
  g_assert_nonnull (strstr (en, "Guidance points\n"));
  g_assert_null (strstr (en, "要点指引\n"));
  g_assert_nonnull (strstr (en, "1.1.1  确定方向"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New assessment");
  g_assert_cmpstr (sb_window_get_language (window), ==, "zh-CN");

  /* English chosen in the window's own header relabels the text at once,
   * and the interface stays in the language chosen for it. */
  g_settings_set_string (settings, "interface-language", "zh-CN");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN)), 1);
  sb_test_wait_for_idle ();
  g_free (zh);
  zh = window_text (window);
  g_assert_nonnull (strstr (zh, "要点指引\n"));
  g_assert_null (strstr (zh, "Guidance points"));
  g_assert_nonnull (strstr (zh, "1.1.1  Setting direction"));
  g_assert_null (strstr (zh, "确定方向"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "新建评审");
  chosen = g_settings_get_string (settings, "language");
  g_assert_cmpstr (chosen, ==, "en");
  g_free (chosen);
  chosen = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (chosen, ==, "zh-CN");

  sb_test_destroy_window (window);
  g_settings_reset (settings, "interface-language");
}

/* Never chosen, both languages are the locale's: Chinese in a Chinese
 * locale, English in any other (the tests run in C.UTF-8). */
static void
test_first_start_follows_locale (void)
{
  GSettings *settings = sb_application_get_settings (app);
  const char *zh_tw[] = { "zh_TW.UTF-8", "zh_TW", "zh.UTF-8", "zh", "C", NULL };
  const char *zh_cn[] = { "zh_CN", "zh", "C", NULL };
  const char *en_gb[] = { "en_GB.UTF-8", "en_GB", "en", "C", NULL };
  const char *fr[] = { "fr_FR", "fr", "C", NULL };
  const char *c[] = { "C.UTF-8", "C", NULL };
  SbWindow *window;
  g_autofree char *text = NULL;
  g_autofree char *chosen = NULL;

  g_assert_cmpstr (sb_i18n_language_for_locale (zh_tw), ==, "zh-CN");
  g_assert_cmpstr (sb_i18n_language_for_locale (zh_cn), ==, "zh-CN");
  g_assert_cmpstr (sb_i18n_language_for_locale (en_gb), ==, "en");
  g_assert_cmpstr (sb_i18n_language_for_locale (fr), ==, "en");
  g_assert_cmpstr (sb_i18n_language_for_locale (c), ==, "en");
  g_assert_cmpstr (sb_i18n_get_locale_language (), ==, "en");

  g_settings_reset (settings, "language");
  g_settings_reset (settings, "interface-language");
  window = sb_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_assert_cmpstr (sb_window_get_language (window), ==, "en");
  g_assert_cmpstr (sb_i18n_get_language (), ==, "en");
  text = window_text (window);
  g_assert_nonnull (strstr (text, "Overview\n"));
  g_assert_null (strstr (text, "概览"));

  /* Nothing is written until the user chooses. */
  chosen = g_settings_get_string (settings, "language");
  g_assert_cmpstr (chosen, ==, "");
  g_free (chosen);
  chosen = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (chosen, ==, "");

  sb_test_destroy_window (window);
}

/* A standard in English only shows its English with a Chinese interface,
 * offers no other text language, and leaves the user's choice for other
 * standards alone. */
static void
test_one_language_standard (void)
{
  GSettings *settings = sb_application_get_settings (app);
  g_autofree char *path = sb_test_fixture_path ("standards/english-only.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_from_file (file, NULL, &error);
  GtkDropDown *dropdown;
  SbWindow *window, *bundled;
  g_autofree char *text = NULL;
  g_autofree char *chosen = NULL;

  g_assert_no_error (error);
  g_settings_set_string (settings, "language", "zh-CN");
  g_settings_set_string (settings, "interface-language", "zh-CN");
  window = sb_window_new_for_standard (app, standard);
  gtk_window_present (GTK_WINDOW (window));
  sb_window_select_id (window, "A.1.1.a");
  sb_test_wait_for_idle ();

  g_assert_cmpstr (sb_window_get_language (window), ==, "en");
  dropdown = GTK_DROP_DOWN (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), 0), ==, "English");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (dropdown)));
  text = window_text (window);
  g_assert_nonnull (strstr (text, "概览\n"));
  g_assert_nonnull (strstr (text, "要点指引\n"));
  g_assert_nonnull (strstr (text, "Clause a"));
  g_assert_nonnull (strstr (text, "Point one"));
  g_assert_cmpstr (sb_i18n_get_language (), ==, "zh-CN");
  chosen = g_settings_get_string (settings, "language");
  g_assert_cmpstr (chosen, ==, "zh-CN");

  /* A standard in both languages offers both, and both side by side. */
  bundled = sb_window_new (app);
  dropdown = GTK_DROP_DOWN (sb_test_find_first (GTK_WIDGET (bundled), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 3);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (dropdown)));
  g_assert_cmpstr (sb_window_get_language (bundled), ==, "zh-CN");

  sb_test_destroy_window (bundled);
  sb_test_destroy_window (window);
  g_settings_reset (settings, "interface-language");
}

/* @model and every section and submenu below it, once each. */
static void
collect_menus (GMenuModel *model,
               GPtrArray  *found)
{
  if (g_ptr_array_find (found, model, NULL))
    return;
  g_ptr_array_add (found, model);
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *link;

      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_menus (link, found);
          g_object_unref (link);
        }
    }
}

static GPtrArray *
primary_menus (SbWindow *window)
{
  GtkWidget *button = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  GPtrArray *found = g_ptr_array_new ();

  g_assert_nonnull (button);
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
  collect_menus (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), found);
  return found;
}

/* The primary menu follows the language, and its Open Recent every file
 * any application records: neither may leave menus behind. Every menu
 * that was in it is afterwards either still in it or gone. */
static void
test_primary_menu_released (void)
{
  SbWindow *window = sb_window_new (app);
  GSettings *settings = sb_application_get_settings (app);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree gpointer *alive = NULL;
  guint n;

  g_settings_set_string (settings, "language", "zh-CN");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  before = primary_menus (window);
  n = before->len;
  g_assert_cmpuint (n, >, 1);
  alive = g_new0 (gpointer, n);
  for (guint i = 0; i < n; i++)
    {
      alive[i] = before->pdata[i];
      g_object_add_weak_pointer (alive[i], &alive[i]);
    }
  g_clear_pointer (&before, g_ptr_array_unref);

  g_settings_set_string (settings, "language", "en");
  sb_test_wait_for_idle ();
  g_signal_emit_by_name (gtk_recent_manager_get_default (), "changed");
  sb_test_wait_for_idle ();

  after = primary_menus (window);
  for (guint i = 0; i < n; i++)
    if (alive[i] != NULL)
      {
        if (!g_ptr_array_find (after, alive[i], NULL))
          g_error ("a menu of %u items outlived the primary menu it was in",
                   g_menu_model_get_n_items (alive[i]));
        g_object_remove_weak_pointer (alive[i], &alive[i]);
      }

  sb_test_destroy_window (window);
}

static char *
selected_id (SbWindow *window)
{
  g_autoptr(SbNode) node = sb_window_get_selected_node (window);
  return node ? g_strdup (sb_node_get_id (node)) : NULL;
}

/* Ctrl+PageDown and Ctrl+PageUp walk the sixteen sub-items in order. */
static void
test_step_through_subitems (void)
{
  SbWindow *window = sb_window_new (app);
  g_autofree char *first = NULL, *second = NULL, *back = NULL, *last = NULL, *stay = NULL;

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  first = selected_id (window);
  g_assert_cmpstr (first, ==, "1.1.1");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  second = selected_id (window);
  g_assert_cmpstr (second, ==, "1.1.2");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-subitem", NULL);
  back = selected_id (window);
  g_assert_cmpstr (back, ==, "1.1.1");

  /* From a dimension, the next sub-item is its first. */
  sb_window_select_id (window, "3");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  g_free (first);
  first = selected_id (window);
  g_assert_cmpstr (first, ==, "3.1.1");

  /* At the end it stays put. */
  sb_window_select_id (window, "3.3.2");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-subitem", NULL);
  last = selected_id (window);
  g_assert_cmpstr (last, ==, "3.3.2");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-subitem", NULL);
  stay = selected_id (window);
  g_assert_cmpstr (stay, ==, "3.3.1");

  sb_test_destroy_window (window);
}

/* Ctrl+F, type, Enter: the first result is selected. */
static void
test_search_and_go (void)
{
  SbWindow *window = sb_window_new (app);
  GtkWidget *entry;
  g_autofree char *results = NULL;
  g_autofree char *id = NULL;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  entry = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR))));

  gtk_editable_set_text (GTK_EDITABLE (entry), "网格化");
  g_signal_emit_by_name (entry, "search-changed");
  results = window_text (window);
  g_assert_nonnull (strstr (results, "1 place for “网格化”"));
  g_assert_nonnull (strstr (results, "2.3.2  Innovation implementation › 2.3.2.2"));

  g_signal_emit_by_name (entry, "activate");
  sb_test_wait_for_idle ();
  id = selected_id (window);
  g_assert_cmpstr (id, ==, "2.3.2");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR))));

  sb_test_destroy_window (window);
}

/* A rating made with the keyboard (Alt+3) can be undone at once: the undo
 * action is enabled as soon as the history has something to undo, not at
 * the next change. */
static void
test_undo_enabled_at_once (void)
{
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);

  gtk_window_present (GTK_WINDOW (window));
  sb_window_select_id (window, "1.1.2");
  sb_test_wait_for_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pick-band", "i", 3));
  g_assert_true (sb_assessment_get_rating (assessment, "1.1.2", NULL, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (sb_assessment_get_rating (assessment, "1.1.2", NULL, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (sb_assessment_get_rating (assessment, "1.1.2", NULL, NULL));

  sb_test_destroy_window (window);
}

/* Unsaved work is in the recovery folder until it is saved; closing it
 * asks first and leaves the window open until the user answers. */
static void
test_unsaved_work (void)
{
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) during = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sb-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *header = NULL;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  before = sb_autosave_find_recoverable ();

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, &error));
  g_assert_no_error (error);
  g_assert_true (sb_window_flush_recovery (window, &error));
  g_assert_no_error (error);
  during = sb_autosave_find_recoverable ();
  g_assert_cmpuint (during->len, ==, before->len + 1);

  /* The header shows the total and that the work is unsaved. */
  header = window_text (window);
  g_assert_nonnull (strstr (header, "19.5 / 500 · 1 of 16 rated"));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Closing asks: the window stays until the question is answered. */
  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);
  sb_test_wait_for_idle ();
  after = sb_autosave_find_recoverable ();
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Saved work closes without a question. */
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (GTK_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_remove (path);
  g_rmdir (dir);
}

static GtkWidget *
find_note_list (GtkWidget  *widget,
                SbNoteKind  kind)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  sb_test_find_all (widget, SB_TYPE_NOTE_LIST, NULL, lists);
  for (guint i = 0; i < lists->len; i++)
    if (sb_note_list_get_kind (lists->pdata[i]) == kind)
      return lists->pdata[i];
  return NULL;
}

/* An examiner's round trip through the window alone: pick a band with
 * Alt+4, raise the percent, write a strength and the profile, undo, save,
 * and open the file again. */
static void
test_examiner_flow (void)
{
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);
  g_autofree char *dir = g_dir_make_tmp ("sb-flow-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "flow.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) reopened = NULL;
  const char *band = NULL;
  guint percent = 0;
  GtkWidget *notes;
  GtkTextView *row;
  SbScore total = { 0 };
  g_autofree char *header = NULL;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  sb_window_select_id (window, "1.1.1");
  sb_test_wait_for_idle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.pick-band", "i", 4);
  g_assert_true (sb_assessment_get_rating (assessment, "1.1.1", &band, &percent));
  g_assert_cmpstr (band, ==, "process-4");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step-percent", "i", 1);
  sb_assessment_get_rating (assessment, "1.1.1", &band, &percent);
  g_assert_cmpuint (percent % 5, ==, 0);
  g_assert_cmpuint (percent, >=, 60);
  g_assert_cmpuint (percent, <=, 80);

  /* The header follows at once. */
  sb_assessment_get_score (assessment, NULL, &total);
  g_assert_cmpint (total.points, ==, sb_points_of_percent (SB_POINTS (30), percent));
  header = window_text (window);
  g_assert_nonnull (strstr (header, "1 of 16 rated"));

  /* A strength, typed into the page's first note list for strengths. */
  notes = find_note_list (GTK_WIDGET (window), SB_NOTE_STRENGTH);
  g_assert_nonnull (notes);
  sb_note_list_add (SB_NOTE_LIST (notes));
  row = sb_note_list_get_row_view (SB_NOTE_LIST (notes), 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (row), "Clear mission, known by all", -1);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Clear mission, known by all");

  /* Undo takes the strength's text back, and redo restores it. */
  sb_history_seal (sb_assessment_get_history (assessment));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), !=, "Clear mission, known by all");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Clear mission, known by all");

  /* The profile, on the profile page. */
  sb_window_select_id (window, "0");
  sb_test_wait_for_idle ();
  {
    GtkWidget *view = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);

    g_assert_nonnull (view);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "一家社区健康服务中心。", -1);
    g_assert_cmpstr (sb_assessment_get_profile (assessment), ==, "一家社区健康服务中心。");
  }

  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);
  reopened = sb_assessment_file_load (sb_application_get_standard (app), file, NULL, NULL, &error);
  g_assert_no_error (error);
  sb_assessment_get_rating (reopened, "1.1.1", &band, &percent);
  g_assert_cmpstr (band, ==, "process-4");
  g_assert_cmpstr (sb_assessment_get_note (reopened, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Clear mission, known by all");
  g_assert_cmpstr (sb_assessment_get_profile (reopened), ==, "一家社区健康服务中心。");

  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_remove (path);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_remove (backup);
  g_rmdir (dir);
}

/* The windows that hold @file, as a new list. */
static GList *
windows_holding (GFile *file)
{
  GList *found = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      GFile *held = SB_IS_WINDOW (l->data) ? sb_assessment_get_file (sb_window_get_assessment (l->data)) : NULL;

      if (held != NULL && g_file_equal (held, file))
        found = g_list_prepend (found, l->data);
    }
  return found;
}

/* Opening a file that is open already brings its window forward instead
 * of a second window that would save over the first one's work. */
static void
test_open_twice (void)
{
  g_autofree char *path = sb_test_fixture_path ("assessment-full.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) same = g_file_new_for_path (path);
  g_autoptr(GList) first = NULL;
  g_autoptr(GList) second = NULL;

  g_assert_true (sb_application_open_file (app, file));
  sb_test_wait_for_idle ();
  first = windows_holding (file);
  g_assert_cmpuint (g_list_length (first), ==, 1);

  g_assert_true (sb_application_open_file (app, same));
  sb_test_wait_for_idle ();
  second = windows_holding (file);
  g_assert_cmpuint (g_list_length (second), ==, 1);
  g_assert_true (second->data == first->data);

  gtk_window_close (first->data);
  sb_test_wait_for_idle ();
}

/* Saving over a file that another window holds is refused, and the file
 * keeps that window's work. */
static void
test_save_over_open_file (void)
{
  g_autofree char *fixture = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *dir = g_dir_make_tmp ("sb-twice-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "held.scorebook", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.scorebook", NULL);
  g_autofree char *backup = g_strconcat (other_path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GList) holders = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(SbAssessment) fresh = sb_assessment_new (sb_application_get_standard (app));
  SbWindow *second;

  g_assert_true (g_file_get_contents (fixture, &before, NULL, NULL));
  g_assert_true (g_file_set_contents (path, before, -1, NULL));
  g_assert_true (sb_application_open_file (app, file));
  holders = windows_holding (file);
  g_assert_cmpuint (g_list_length (holders), ==, 1);

  second = sb_window_new (app);
  sb_window_set_assessment (second, fresh);
  gtk_window_present (GTK_WINDOW (second));
  sb_test_wait_for_idle ();

  g_assert_false (sb_window_save_to (second, file));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sb_window_save_to (second, other));
  sb_test_wait_for_idle ();
  g_assert_true (sb_application_find_window (app, other) == second);

  gtk_window_close (GTK_WINDOW (second));
  gtk_window_close (holders->data);
  sb_test_wait_for_idle ();
  g_remove (path);
  g_remove (other_path);
  g_remove (backup);
  g_rmdir (dir);
}

/* The sidebar opens as wide as the user last dragged it. */
static void
test_sidebar_width (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbWindow *window;
  GtkPaned *paned;

  g_settings_set_int (settings, "sidebar-width", 300);
  window = sb_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_frame (GTK_WIDGET (window));
  paned = GTK_PANED (sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_PANED));
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 300);

  gtk_paned_set_position (paned, 420);
  g_assert_cmpint (g_settings_get_int (settings, "sidebar-width"), ==, 420);

  gtk_window_close (GTK_WINDOW (window));
  g_settings_reset (settings, "sidebar-width");
  sb_test_wait_for_idle ();
}

/* Whether @widget's class (or a parent class) installs @name, as in "win.save". */
static gboolean
class_has_action (GtkWidget  *widget,
                  const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  GType owner;
  const char *found;
  const GVariantType *parameter;
  const char *property;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &found, &parameter, &property); i++)
    if (g_str_equal (found, name))
      return TRUE;
  return FALSE;
}

/* Every key the application sets leads to an action a window has. */
static void
test_accels (void)
{
  SbWindow *window = sb_window_new (app);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));

  g_assert_cmpuint (g_strv_length (actions), >=, 20);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      g_auto(GStrv) keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      gboolean found;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      g_assert_cmpuint (g_strv_length (keys), >=, 1);
      if (g_str_has_prefix (name, "app."))
        found = g_action_group_has_action (G_ACTION_GROUP (app), name + 4);
      else if (g_str_has_prefix (name, "win."))
        found = g_action_group_has_action (G_ACTION_GROUP (window), name + 4) ||
                class_has_action (GTK_WIDGET (window), name);
      else
        found = class_has_action (GTK_WIDGET (window), name);
      if (!found)
        g_error ("%s is bound to %s, which no window has", keys[0], actions[i]);
    }
  sb_test_destroy_window (window);
}

/* GTK's own words (its dialogs, the shortcuts window) follow the
 * interface language too, though the tests run in the C locale, where no
 * catalogue matches. */
static void
test_gtk_follows_language (void)
{
  GSettings *settings = sb_application_get_settings (app);

  g_settings_set_string (settings, "interface-language", "zh-CN");
  g_assert_cmpstr (g_dgettext ("gtk40", "Shortcuts"), !=, "Shortcuts");
  g_settings_set_string (settings, "interface-language", "en");
  g_assert_cmpstr (g_dgettext ("gtk40", "Shortcuts"), ==, "Shortcuts");
  g_settings_reset (settings, "interface-language");
}

/* The shortcuts window is built only when it is asked for, so that no
 * start-up pays for it, and then in the interface language of that
 * moment, over its window, and gone with it. */
static void
test_shortcuts_built_when_asked (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbWindow *window = sb_window_new (app);
  GtkWindow *shortcuts;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  gboolean found_find = FALSE;
  g_autofree char *english = NULL;
  g_autofree char *chinese = NULL;

  g_settings_set_string (settings, "interface-language", "en");
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_assert_null (sb_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  shortcuts = sb_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  english = sb_test_dup_labels (GTK_WIDGET (shortcuts));
  g_assert_nonnull (strstr (english, "Search the standard"));
  /* Each shortcut named by its action shows the key the application gives it. */
  sb_test_find_all (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, NULL, shown);
  for (guint i = 0; i < shown->len; i++)
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (shown->pdata[i], "action-name", &action, "accelerator", &accelerator, NULL);
      if (g_strcmp0 (action, "win.find") == 0)
        {
          g_assert_cmpstr (accelerator, ==, "<Control>f");
          found_find = TRUE;
        }
    }
  g_assert_true (found_find);
  gtk_window_close (shortcuts);
  sb_test_wait_for_idle ();

  g_settings_set_string (settings, "interface-language", "zh-CN");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  shortcuts = sb_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  g_assert_nonnull (shortcuts);
  chinese = sb_test_dup_labels (GTK_WIDGET (shortcuts));
  g_assert_nonnull (strstr (chinese, "搜索标准"));
  g_assert_null (strstr (chinese, "Search the standard"));

  g_settings_reset (settings, "interface-language");
  sb_test_destroy_window (window);
  g_assert_null (sb_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL));
}

/* A window builds no page before it is on screen, however often it is
 * given an assessment or a language first (a start does both), and then
 * builds one: the overview of the assessment it was last given. */
static void
test_page_built_when_shown (void)
{
  SbWindow *window = sb_window_new (app);
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (sb_application_get_standard (app),
                                                             "assessment-full.scorebook");
  g_autofree char *text = NULL;

  sb_window_set_language (window, "en");
  sb_window_set_language (window, "zh");
  sb_window_set_assessment (window, assessment);
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE, NULL), ==, 0);

  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE, NULL), ==, 1);
  text = sb_test_dup_labels (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE));
  g_assert_nonnull (strstr (text, sb_assessment_get_applicant (assessment)));

  g_assert_true (sb_window_select_id (window, "1.1.1"));
  sb_test_wait_for_idle ();
  g_assert_cmpuint (sb_test_count (GTK_WIDGET (window), SB_TYPE_OVERVIEW_PAGE, NULL), ==, 0);
  sb_test_destroy_window (window);
}

/* Whether the overview's charts (radar first, then bars) sit side by side. */
static gboolean
charts_side_by_side (SbWindow *window)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  graphene_rect_t radar, bars;

  sb_test_find_all (GTK_WIDGET (window), SB_TYPE_CHART_VIEW, NULL, charts);
  g_assert_cmpuint (charts->len, ==, 2);
  g_assert_true (gtk_widget_compute_bounds (charts->pdata[0], GTK_WIDGET (window), &radar));
  g_assert_true (gtk_widget_compute_bounds (charts->pdata[1], GTK_WIDGET (window), &bars));
  if (bars.origin.y >= radar.origin.y + radar.size.height)
    return FALSE;
  g_assert_cmpfloat (bars.origin.x, >=, radar.origin.x + radar.size.width);
  return TRUE;
}

/* With large text (144 dpi) on a 1366-pixel laptop screen, the window
 * still fits, the overview's charts stack so that their labels keep the
 * larger size, and every sidebar row shows its whole title in English. */
static void
test_large_text (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  SbWindow *window;
  GtkWidget *sidebar;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *last[] = { "1.2.2", "2.3.2", "3.3.2" };
  int dpi, min_width;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  window = sb_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 740);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (charts_side_by_side (window));

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);
  sb_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (charts_side_by_side (window));

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    sb_window_select_id (window, last[i]);
  sb_test_wait_for_frame (GTK_WIDGET (window));

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 1366);

  sidebar = sb_test_find_first (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  sb_test_find_all (sidebar, GTK_TYPE_LABEL, NULL, labels);
  g_assert_cmpuint (labels->len, >, 27);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) &&
        pango_layout_is_ellipsized (gtk_label_get_layout (labels->pdata[i])))
      g_error ("the sidebar cuts \"%s\" short", gtk_label_get_text (labels->pdata[i]));

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
}

/* The message dialog among the toplevels, if any. */
static GtkWidget *
find_message_dialog (void)
{
  return GTK_WIDGET (sb_test_find_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL));
}

static SbWindow *
window_with_applicant (const char *applicant)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (SB_IS_WINDOW (l->data) &&
        g_strcmp0 (sb_assessment_get_applicant (sb_window_get_assessment (l->data)), applicant) == 0)
      return l->data;
  return NULL;
}

/* After a kill, starting Scorebook asks over its window, which is on
 * screen first, and Restore brings back saved and never-saved work alike,
 * still kept in recovery files in case of a second crash. */
static void
test_restore_through_dialog (void)
{
  SbStandard *standard = sb_application_get_standard (app);
  g_autofree char *path = sb_test_copy_fixture ("assessment-partial.scorebook", "申请人A-2019.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) stale = sb_autosave_find_recoverable ();
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *question = NULL;
  g_autofree char *names = NULL;
  GtkWidget *dialog;
  GtkWindow *parent;
  SbWindow *restored;
  SbAssessment *assessment;
  guint percent = 0;

  for (guint i = 0; i < stale->len; i++)
    sb_recovery_discard (stale->pdata[i]);
  g_settings_set_string (sb_application_get_settings (app), "language", "en");

  {
    g_autoptr(SbAssessment) never = sb_assessment_new (standard);
    g_autoptr(SbAssessment) saved = NULL;

    sb_assessment_set_applicant (never, "未保存的申请人");
    g_assert_true (sb_assessment_set_rating (never, "2.1.1", "process-3", 50, NULL));
    sb_test_leave_recovery (never);

    g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, g_get_real_time () / G_USEC_PER_SEC - 3600,
                                 G_FILE_QUERY_INFO_NONE, NULL, &error);
    g_assert_no_error (error);
    saved = sb_assessment_file_load (standard, file, NULL, NULL, &error);
    g_assert_no_error (error);
    sb_assessment_set_applicant (saved, NULL);
    g_assert_true (sb_assessment_set_rating (saved, "3.2.1", "results-5", 90, NULL));
    sb_test_leave_recovery (saved);
  }

  g_application_activate (G_APPLICATION (app));
  sb_test_wait_for_idle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_assert_true (SB_IS_WINDOW (parent));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (parent)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Restore 2 pieces of unsaved work?");
  g_object_get (dialog, "text", &question, "secondary-text", &names, NULL);
  g_assert_cmpstr (question, ==, "Restore 2 pieces of unsaved work?");
  g_assert_nonnull (strstr (names, "申请人A-2019.scorebook"));
  g_assert_nonnull (strstr (names, "Never saved: applicant “未保存的申请人”"));

  sb_test_click (sb_test_find_button (dialog, "_Restore"));
  sb_test_wait_for_idle ();
  g_assert_null (find_message_dialog ());

  restored = sb_application_find_window (app, file);
  g_assert_nonnull (restored);
  assessment = sb_window_get_assessment (restored);
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_assessment_get_rating (assessment, "3.2.1", NULL, &percent));
  g_assert_cmpuint (percent, ==, 90);

  restored = window_with_applicant ("未保存的申请人");
  g_assert_nonnull (restored);
  assessment = sb_window_get_assessment (restored);
  g_assert_null (sb_assessment_get_file (assessment));
  g_assert_true (sb_assessment_get_rating (assessment, "2.1.1", NULL, &percent));
  g_assert_cmpuint (percent, ==, 50);

  /* A second crash now would lose nothing: both are in recovery files. */
  kept = sb_autosave_find_recoverable ();
  g_assert_cmpuint (kept->len, ==, 2);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    sb_window_discard_recovery (l->data);
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    sb_test_destroy_window (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  sb_test_remove_copy (path);
}

/* "Close without Saving" closes the window once its question is gone,
 * names the document as the title bar does, and leaves no recovery file. */
static void
test_close_without_saving (void)
{
  g_autofree char *path = sb_test_copy_fixture ("assessment-partial.scorebook", "申请人A-2019.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *question = NULL;
  g_autoptr(GPtrArray) left = NULL;
  SbWindow *window;
  GtkWidget *dialog;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  g_assert_true (sb_application_open_file (app, file));
  window = sb_application_find_window (app, file);
  sb_assessment_set_applicant (sb_window_get_assessment (window), "");
  g_assert_true (sb_assessment_set_rating (sb_window_get_assessment (window), "1.1.1", "process-4", 65, NULL));
  g_assert_true (sb_window_flush_recovery (window, NULL));
  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_object_get (dialog, "text", &question, NULL);
  g_assert_cmpstr (question, ==, "Save the changes to “申请人A-2019.scorebook” before closing?");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, question);

  sb_test_click (sb_test_find_button (dialog, "Close _without Saving"));
  sb_test_wait_for_idle ();
  g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window));
  g_assert_null (find_message_dialog ());
  left = sb_autosave_find_recoverable ();
  for (guint i = 0; i < left->len; i++)
    {
      GFile *saved = sb_recovery_get_saved_file (left->pdata[i]);
      g_assert_true (saved == NULL || !g_file_equal (saved, file));
    }
  sb_test_remove_copy (path);
}

/* A file that another Scorebook process holds is not opened a second
 * time, and the message says so; a window holds its own file the same way. */
static void
test_file_held_elsewhere (void)
{
  g_autofree char *path = sb_test_copy_fixture ("assessment-partial.scorebook", "held.scorebook");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  SbFileLock *elsewhere;
  SbFileLock *again;
  GtkWidget *dialog;
  SbWindow *window;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  /* Held through a lock of its own, as another process would hold it. */
  elsewhere = sb_file_lock_acquire (file, &error);
  g_assert_no_error (error);

  g_assert_false (sb_application_open_file (app, file));
  sb_test_wait_for_idle ();
  g_assert_null (sb_application_find_window (app, file));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (SB_IS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog))));
  g_object_get (dialog, "secondary-text", &why, NULL);
  g_assert_nonnull (strstr (why, "is open in another Scorebook"));
  sb_test_destroy_window (dialog);

  g_object_unref (elsewhere);
  g_assert_true (sb_application_open_file (app, file));
  window = sb_application_find_window (app, file);
  g_assert_nonnull (window);
  again = sb_file_lock_acquire (file, &error);
  g_assert_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_HELD);
  g_assert_null (again);

  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    sb_test_destroy_window (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  sb_test_remove_copy (path);
}

/* Saving over a file that something else wrote meanwhile asks first, and
 * their version is kept as the backup when the examiner replaces it. */
static void
test_changed_on_disk (void)
{
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *path = sb_test_copy_fixture ("assessment-partial.scorebook", "shared.scorebook");
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *kept = NULL;
  GtkWidget *dialog;
  SbWindow *window;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  g_assert_true (g_file_get_contents (full, &theirs, NULL, NULL));
  g_assert_true (sb_application_open_file (app, file));
  window = sb_application_find_window (app, file);
  g_assert_true (sb_assessment_set_rating (sb_window_get_assessment (window), "1.1.1", "process-4", 65, NULL));

  /* Another program writes the file: a new modification time says so. */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, g_get_real_time () / G_USEC_PER_SEC + 60,
                               G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  sb_test_wait_for_idle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "“shared.scorebook” was changed by another program");
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, theirs);

  sb_test_click (sb_test_find_button (dialog, "_Replace Their Version"));
  sb_test_wait_for_idle ();
  g_assert_false (sb_assessment_get_dirty (sb_window_get_assessment (window)));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, theirs);
  g_assert_false (sb_window_changed_on_disk (window));

  sb_test_destroy_window (window);
  sb_test_remove_copy (path);
}

/* The interface language is chosen in Preferences, remembered, and
 * applied at once: to the window and to Preferences itself. */
static void
test_preferences_interface_language (void)
{
  GSettings *settings = sb_application_get_settings (app);
  SbWindow *window = sb_window_new (app);
  GtkWindow *preferences;
  GtkDropDown *dropdown;
  g_autofree char *text = NULL;
  g_autofree char *chosen = NULL;

  g_settings_reset (settings, "interface-language");
  g_settings_set_string (settings, "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  sb_test_wait_for_idle ();
  preferences = sb_test_find_toplevel (GTK_TYPE_WINDOW, "Preferences");
  g_assert_nonnull (preferences);
  dropdown = GTK_DROP_DOWN (sb_test_find_first (GTK_WIDGET (preferences), GTK_TYPE_DROP_DOWN));
  /* The locale's language, English here, until one is chosen. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  gtk_drop_down_set_selected (dropdown, 0);
  sb_test_wait_for_idle ();
  chosen = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (chosen, ==, "zh-CN");
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, "首选项");
  text = window_text (window);
  g_assert_nonnull (strstr (text, "概览\n"));
  g_assert_nonnull (strstr (text, "High-standard positioning"));
  g_assert_cmpstr (sb_window_get_language (window), ==, "en");

  sb_test_destroy_window (preferences);
  sb_test_destroy_window (window);
  g_settings_reset (settings, "interface-language");
}

/* Preferences is a plain window, not a GtkDialog: it closes with Escape
 * only because it says so. */
static void
test_preferences_escape (void)
{
  SbWindow *window = sb_window_new (app);
  GtkWindow *preferences;

  g_settings_set_string (sb_application_get_settings (app), "language", "en");
  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  sb_test_wait_for_idle ();
  preferences = sb_test_find_toplevel (GTK_TYPE_WINDOW, "Preferences");
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  g_assert_true (sb_test_press_shortcut (GTK_WIDGET (preferences), GDK_KEY_Escape, 0));
  sb_test_wait_for_idle ();
  g_assert_null (preferences);

  sb_test_destroy_window (window);
}

/* The program's icon (About shows it) is found without being installed. */
static void
test_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  uri = g_file_get_uri (file);
  g_assert_true (g_str_has_suffix (uri, "/" APP_ID ".svg"));
}

/* A sub-item's rating on a 1366×768 laptop, the sidebar shown: the whole
 * band picker fits on the page's screen in every language, and clicking a
 * band (which focuses it, as a click does) leaves the page where it is,
 * with the rating at the foot of the page in sight. */
static void
test_rating_on_one_screen (void)
{
  const char *languages[] = { "zh-CN", "en", "both" };
  SbWindow *window;

  window = sb_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 740);
  gtk_window_present (GTK_WINDOW (window));
  sb_test_wait_for_frame (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GPtrArray) bands = g_ptr_array_new ();
      const guint clicks[] = { 2, 5, 1, 4 };
      GtkWidget *picker;
      GtkWidget *viewport;
      GtkAdjustment *vadjustment;
      graphene_rect_t bounds;

      g_settings_set_string (sb_application_get_settings (app), "language", languages[i]);
      sb_window_select_id (window, "1.1.1");
      sb_test_wait_for_frame (GTK_WIDGET (window));
      picker = sb_test_find_first (GTK_WIDGET (window), SB_TYPE_BAND_PICKER);
      g_assert_nonnull (picker);
      viewport = gtk_widget_get_ancestor (picker, GTK_TYPE_VIEWPORT);
      vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
      g_assert_cmpint (gtk_widget_get_height (picker), <=, (int) gtk_adjustment_get_page_size (vadjustment));

      /* Scrolled to the foot, where the rating is. */
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) -
                                             gtk_adjustment_get_page_size (vadjustment));
      sb_test_wait_for_frame (GTK_WIDGET (window));
      g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

      sb_test_find_all (picker, GTK_TYPE_TOGGLE_BUTTON, NULL, bands);
      g_assert_cmpuint (bands->len, ==, 5);
      for (guint c = 0; c < G_N_ELEMENTS (clicks); c++)
        {
          double before = gtk_adjustment_get_value (vadjustment);

          gtk_widget_grab_focus (bands->pdata[clicks[c] - 1]);
          sb_test_click (bands->pdata[clicks[c] - 1]);
          sb_test_wait_for_frame (GTK_WIDGET (window));
          g_assert_cmpuint (sb_band_picker_get_band (SB_BAND_PICKER (picker)), ==, clicks[c]);
          if (gtk_adjustment_get_value (vadjustment) != before)
            g_error ("in %s a click on band %u scrolled the page from %g to %g", languages[i],
                     clicks[c], before, gtk_adjustment_get_value (vadjustment));
        }
      g_assert_true (gtk_widget_compute_bounds (picker, viewport, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (viewport));
    }

  gtk_window_close (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
}

static gboolean
bar_visible (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
bar_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* When unsaved work cannot be written to the recovery folder (here: a file
 * stands where the folder should be, which stops root too), the window
 * says so at once, and says nothing more once autosave works again. */
static void
test_autosave_failure_shown (void)
{
  g_autofree char *folder = sb_autosave_get_folder ();
  g_autofree char *aside = g_strconcat (folder, ".aside", NULL);
  SbWindow *window = sb_window_new (app);
  SbAssessment *assessment = sb_window_get_assessment (window);
  GtkInfoBar *bar;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean said = FALSE;

  g_settings_set_string (sb_application_get_settings (app), "interface-language", "en");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (g_rename (folder, aside), ==, 0);
  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));

  bar = sb_notices_get_autosave_bar (SB_NOTICES (sb_test_find_first (GTK_WIDGET (window), SB_TYPE_NOTICES)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  sb_test_wait_until (bar_visible, bar);
  sb_test_find_all (GTK_WIDGET (bar), GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    said |= strstr (gtk_label_get_text (labels->pdata[i]), "Unsaved work is not being kept safe") != NULL;
  g_assert_true (said);

  g_assert_cmpint (g_unlink (folder), ==, 0);
  g_assert_cmpint (g_rename (aside, folder), ==, 0);
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 70, NULL));
  sb_test_wait_until (bar_hidden, bar);

  sb_window_discard_recovery (window);
  sb_test_destroy_window (window);
  g_settings_reset (sb_application_get_settings (app), "interface-language");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = sb_test_application_new (&argc, &argv);

  g_test_add_func ("/window/built-by-g-object-new", test_built_by_g_object_new);
  g_test_add_func ("/window/select-and-language", test_select_and_language);
  g_test_add_func ("/window/overview-updates-in-place", test_overview_updates_in_place);
  g_test_add_func ("/window/select-expands-ancestors", test_select_expands_ancestors);
  g_test_add_func ("/window/text-language", test_text_language);
  g_test_add_func ("/window/interface-language", test_interface_language);
  g_test_add_func ("/window/first-start-follows-locale", test_first_start_follows_locale);
  g_test_add_func ("/window/one-language-standard", test_one_language_standard);
  g_test_add_func ("/window/primary-menu-released", test_primary_menu_released);
  g_test_add_func ("/window/gtk-follows-language", test_gtk_follows_language);
  g_test_add_func ("/window/shortcuts-built-when-asked", test_shortcuts_built_when_asked);
  g_test_add_func ("/window/page-built-when-shown", test_page_built_when_shown);
  g_test_add_func ("/window/step-through-subitems", test_step_through_subitems);
  g_test_add_func ("/window/search-and-go", test_search_and_go);
  g_test_add_func ("/window/undo-enabled-at-once", test_undo_enabled_at_once);
  g_test_add_func ("/window/unsaved-work", test_unsaved_work);
  g_test_add_func ("/window/examiner-flow", test_examiner_flow);
  g_test_add_func ("/window/open-twice", test_open_twice);
  g_test_add_func ("/window/save-over-open-file", test_save_over_open_file);
  g_test_add_func ("/window/sidebar-width", test_sidebar_width);
  g_test_add_func ("/window/accels", test_accels);
  g_test_add_func ("/window/large-text", test_large_text);
  g_test_add_func ("/window/restore-through-dialog", test_restore_through_dialog);
  g_test_add_func ("/window/close-without-saving", test_close_without_saving);
  g_test_add_func ("/window/file-held-elsewhere", test_file_held_elsewhere);
  g_test_add_func ("/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/window/autosave-failure-shown", test_autosave_failure_shown);
  g_test_add_func ("/window/preferences-escape", test_preferences_escape);
  g_test_add_func ("/window/preferences-interface-language", test_preferences_interface_language);
  g_test_add_func ("/window/icon", test_icon);
  g_test_add_func ("/window/rating-on-one-screen", test_rating_on_one_screen);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
