/* test-band-picker.c — the band picker, driven as an examiner would: pick, step, clear, undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-band-picker.h"
#include "sb-test-widgets.h"
#include "sb-test-data.h"

typedef struct
{
  SbStandard   *standard;
  SbAssessment *assessment;
  SbNode       *node;
  SbBandPicker *picker;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->standard = sb_test_bundled_standard ();
  fixture->assessment = sb_assessment_new (fixture->standard);
  fixture->node = sb_standard_lookup_node (fixture->standard, "1.1.1");
  fixture->picker = SB_BAND_PICKER (g_object_ref_sink (sb_band_picker_new ()));
  sb_band_picker_set_target (fixture->picker, fixture->assessment, fixture->node);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->picker);
  g_assert_finalize_object (fixture->assessment);
  g_assert_finalize_object (fixture->standard);
}

static GPtrArray *
cards (Fixture *fixture)
{
  GPtrArray *found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->picker), GTK_TYPE_TOGGLE_BUTTON, "band-card", found);
  return found;
}

static GtkWidget *
card (Fixture *fixture,
      guint    band)
{
  g_autoptr(GPtrArray) found = cards (fixture);

  g_assert_cmpuint (band, >=, 1);
  g_assert_cmpuint (band, <=, found->len);
  return g_ptr_array_index (found, band - 1);
}

static GtkWidget *
find_one (Fixture    *fixture,
          GType       type,
          const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->picker), type, css_class, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static GtkWidget *
clear_button (Fixture *fixture)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->picker), GTK_TYPE_BUTTON, NULL, found);
  for (guint i = 0; i < found->len; i++)
    if (!GTK_IS_TOGGLE_BUTTON (found->pdata[i]) &&
        g_strcmp0 (gtk_button_get_label (found->pdata[i]), "_Clear rating") == 0)
      return found->pdata[i];
  g_assert_not_reached ();
}

static char *
widget_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  sb_test_find_all (widget, GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (labels->pdata[i]));
  return g_string_free (text, FALSE);
}

static const char *
points_text (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (find_one (fixture, GTK_TYPE_LABEL, "band-points")));
}

/* The model holds @band_id at @percent, and every control shows it. */
static void
assert_rated (Fixture    *fixture,
              const char *band_id,
              guint       percent)
{
  const char *got_band = NULL;
  guint got_percent = 0;
  g_autoptr(GPtrArray) all = cards (fixture);
  GtkWidget *spin = find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL);
  guint band = band_id ? (guint) (band_id[strlen (band_id) - 1] - '0') : 0;

  if (band_id == NULL)
    g_assert_false (sb_assessment_get_rating (fixture->assessment, "1.1.1", NULL, NULL));
  else
    {
      g_assert_true (sb_assessment_get_rating (fixture->assessment, "1.1.1", &got_band, &got_percent));
      g_assert_cmpstr (got_band, ==, band_id);
      g_assert_cmpuint (got_percent, ==, percent);
      g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, percent);
    }
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, band);
  g_assert_cmpuint (sb_band_picker_get_percent (fixture->picker), ==, band_id ? percent : 0);
  g_assert_cmpint (gtk_widget_get_sensitive (spin), ==, band_id != NULL);
  g_assert_cmpint (gtk_widget_get_sensitive (clear_button (fixture)), ==, band_id != NULL);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (gtk_toggle_button_get_active (all->pdata[i]), ==, i + 1 == band);
}

static void
test_cards (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) all = cards (fixture);
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *both = NULL;

  /* The five bands of the process guide, in order, unrated at first. */
  g_assert_cmpuint (all->len, ==, 5);
  assert_rated (fixture, NULL, 0);
  g_assert_cmpstr (points_text (fixture), ==, "Not rated · 30 points available");

  zh = widget_text (card (fixture, 4));
  g_assert_nonnull (strstr (zh, "60–80 %\n"));
  g_assert_nonnull (strstr (zh, "优秀水平\n"));
  g_assert_nonnull (strstr (zh, "•\n"));
  g_assert_null (strstr (zh, "Excellent level"));

  sb_band_picker_set_language (fixture->picker, "en");
  g_assert_cmpstr (sb_band_picker_get_language (fixture->picker), ==, "en");
  en = widget_text (card (fixture, 4));
  g_assert_nonnull (strstr (en, "Excellent level\n"));
  g_assert_null (strstr (en, "优秀水平"));
  g_assert_nonnull (strstr (widget_text (GTK_WIDGET (fixture->picker)), "Process scoring guide"));

  sb_band_picker_set_language (fixture->picker, "both");
  both = widget_text (card (fixture, 4));
  g_assert_nonnull (strstr (both, "优秀水平\nExcellent level\n"));
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *spin = find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL);
  char *error;

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card (fixture, 4)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "60–80 %, 优秀水平");
  g_assert_null (error);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (card (fixture, 4)),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (card (fixture, 4)),
                                               GTK_ACCESSIBLE_ROLE_BUTTON));

  sb_band_picker_set_language (fixture->picker, "both");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card (fixture, 4)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "60–80 %, 优秀水平, Excellent level");
  g_assert_null (error);

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Percent within the band");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (clear_button (fixture)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear rating");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (fixture->picker),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Rating");
  g_assert_null (error);

  /* The chosen card says so to a screen reader, not by colour alone. */
  sb_test_click (card (fixture, 2));
  error = gtk_test_accessible_check_state (GTK_ACCESSIBLE (card (fixture, 2)),
                                           GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              "From 20 to 40 percent in steps of 5");
  g_assert_null (error);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_activate_card (Fixture       *fixture,
                    gconstpointer  data)
{
  guint band_notified = 0;

  g_signal_connect (fixture->picker, "notify::band", G_CALLBACK (count_notify), &band_notified);

  /* A click on a card rates at the band's midpoint. */
  sb_test_click (card (fixture, 3));
  assert_rated (fixture, "process-3", 50);
  g_assert_cmpstr (points_text (fixture), ==, "15 / 30 points");
  g_assert_cmpuint (band_notified, ==, 1);

  /* A click on the chosen card changes nothing. */
  sb_test_click (card (fixture, 3));
  assert_rated (fixture, "process-3", 50);
  g_assert_cmpuint (band_notified, ==, 1);

  sb_test_click (card (fixture, 1));
  assert_rated (fixture, "process-1", 10);
  sb_test_click (card (fixture, 5));
  assert_rated (fixture, "process-5", 90);
  g_assert_cmpstr (points_text (fixture), ==, "27 / 30 points");
  g_assert_cmpuint (band_notified, ==, 3);
}

static void
test_pick_action (Fixture       *fixture,
                  gconstpointer  data)
{
  /* What Alt+4 does, and what the window forwards. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 4));
  assert_rated (fixture, "process-4", 70);
  g_assert_cmpstr (points_text (fixture), ==, "21 / 30 points");

  /* The percent stays when the new band holds it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", -2));
  assert_rated (fixture, "process-4", 60);
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 3);
  assert_rated (fixture, "process-3", 60);

  /* A band the guide lacks changes nothing; 0 clears. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 6);
  assert_rated (fixture, "process-3", 60);
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 0);
  assert_rated (fixture, NULL, 0);
}

static void
test_step (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *picker = GTK_WIDGET (fixture->picker);

  /* Nothing to step while unrated. */
  gtk_widget_activate_action (picker, "band.step", "i", 1);
  assert_rated (fixture, NULL, 0);

  gtk_widget_activate_action (picker, "band.pick", "i", 4);
  gtk_widget_activate_action (picker, "band.step", "i", 1);
  assert_rated (fixture, "process-4", 75);
  g_assert_cmpstr (points_text (fixture), ==, "22.5 / 30 points");
  gtk_widget_activate_action (picker, "band.step", "i", 1);
  assert_rated (fixture, "process-4", 80);
  /* Held at the band's maximum: the step does not change the band. */
  gtk_widget_activate_action (picker, "band.step", "i", 1);
  assert_rated (fixture, "process-4", 80);
  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (picker, "band.step", "i", -1);
  assert_rated (fixture, "process-4", 60);
}

static void
test_spin (Fixture       *fixture,
           gconstpointer  data)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));
  double min, max;

  /* Unrated, the spin shows no number at all. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");

  sb_test_click (card (fixture, 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "30");
  gtk_spin_button_get_range (spin, &min, &max);
  g_assert_cmpfloat (min, ==, 20);
  g_assert_cmpfloat (max, ==, 40);

  gtk_spin_button_spin (spin, GTK_SPIN_STEP_FORWARD, 0);
  assert_rated (fixture, "process-2", 35);
  gtk_spin_button_set_value (spin, 40);
  assert_rated (fixture, "process-2", 40);
  /* Only what the band allows. */
  gtk_spin_button_set_value (spin, 55);
  assert_rated (fixture, "process-2", 40);
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));

  sb_test_click (card (fixture, 2));
  assert_rated (fixture, "process-2", 30);
  sb_test_click (clear_button (fixture));
  assert_rated (fixture, NULL, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");
  g_assert_cmpstr (points_text (fixture), ==, "Not rated · 30 points available");
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  SbHistory *history = sb_assessment_get_history (fixture->assessment);

  sb_test_click (card (fixture, 2));
  sb_test_click (card (fixture, 5));
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", 1);
  sb_test_click (clear_button (fixture));
  assert_rated (fixture, NULL, 0);

  /* Each change is a step of its own, and the picker follows at once. */
  g_assert_true (sb_history_undo (history));
  assert_rated (fixture, "process-5", 95);
  g_assert_cmpstr (points_text (fixture), ==, "28.5 / 30 points");
  g_assert_true (sb_history_undo (history));
  assert_rated (fixture, "process-5", 90);
  g_assert_true (sb_history_undo (history));
  assert_rated (fixture, "process-2", 30);
  g_assert_true (sb_history_undo (history));
  assert_rated (fixture, NULL, 0);
  g_assert_false (sb_history_can_undo (history));

  g_assert_true (sb_history_redo (history));
  assert_rated (fixture, "process-2", 30);
}

static void
test_outside_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-1", 15, &error));
  g_assert_no_error (error);
  assert_rated (fixture, "process-1", 15);
  g_assert_cmpstr (points_text (fixture), ==, "4.5 / 30 points");

  /* Another sub-item's rating is not this picker's. */
  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.2", "process-5", 100, &error));
  assert_rated (fixture, "process-1", 15);

  sb_assessment_clear_rating (fixture->assessment, "1.1.1");
  assert_rated (fixture, NULL, 0);

  /* A new target shows its own rating; the old one is no longer followed. */
  sb_band_picker_set_target (fixture->picker, fixture->assessment,
                             sb_standard_lookup_node (fixture->standard, "1.1.2"));
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 5);
  g_assert_cmpuint (sb_band_picker_get_percent (fixture->picker), ==, 100);
  g_assert_true (sb_assessment_set_rating (fixture->assessment, "1.1.1", "process-1", 15, &error));
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 5);

  /* No target: nothing to pick, nothing shown. */
  sb_band_picker_set_target (fixture->picker, NULL, NULL);
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", 1);
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 0);
  {
    g_autoptr(GPtrArray) none = cards (fixture);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* A guide whose bands have no level names: the range says it all. */
static void
test_results_guide (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *text = NULL;
  char *error;

  sb_band_picker_set_language (fixture->picker, "both");
  sb_band_picker_set_target (fixture->picker, fixture->assessment,
                             sb_standard_lookup_node (fixture->standard, "3.1.2"));
  all = cards (fixture);
  g_assert_cmpuint (all->len, ==, 5);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (all->pdata[4]),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "80–100 %");
  g_assert_null (error);
  text = widget_text (GTK_WIDGET (fixture->picker));
  g_assert_nonnull (strstr (text, "结果评分指南 · Results scoring guide\n"));

  sb_test_click (all->pdata[4]);
  g_assert_cmpuint (sb_band_picker_get_percent (fixture->picker), ==, 90);
  g_assert_cmpstr (points_text (fixture), ==, "45 / 50 points");
}

/* Alt+1 … Alt+5 and Alt+Up/Down are bound on the picker itself, so they
 * work wherever the focus is inside it. */
static void
test_bindings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->picker));
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
          GVariant *args = gtk_shortcut_get_arguments (shortcut);
          g_autofree char *args_text = args ? g_variant_print (args, FALSE) : g_strdup ("");

          g_string_append_printf (found, "%s %s %s\n", trigger, action, args_text);
        }
    }
  g_assert_nonnull (strstr (found->str, "<Alt>1 action(band.pick) 1\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>5 action(band.pick) 5\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>Up action(band.step) 1\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>Down action(band.step) -1\n"));
}

static int
card_y (GtkWidget *card_widget,
        GtkWidget *picker)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (card_widget, picker, &bounds));
  return (int) bounds.origin.y;
}

static int
outer_width (GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
  return (int) bounds.size.width;
}

static void
show_in_window (GtkWidget *window,
                GtkWidget *picker,
                int        width)
{
  gtk_window_set_child (GTK_WINDOW (window), picker);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (picker) == 0 || ABS (gtk_widget_get_width (picker) - width) > 100)
    g_main_context_iteration (NULL, TRUE);
  sb_test_wait_for_idle ();
}

/* Side by side when wide, stacked when narrow, and always all five. */
static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *wide = gtk_window_new ();
  GtkWidget *narrow = gtk_window_new ();
  GtkWidget *picker = GTK_WIDGET (fixture->picker);

  sb_band_picker_set_language (fixture->picker, "en");
  show_in_window (wide, picker, 1300);
  g_assert_cmpint (card_y (card (fixture, 1), picker), ==, card_y (card (fixture, 5), picker));
  /* One height for the row, so the cards line up. */
  g_assert_cmpint (gtk_widget_get_height (card (fixture, 1)), ==, gtk_widget_get_height (card (fixture, 5)));
  g_assert_cmpint (outer_width (card (fixture, 1)), <, 1300 / 5);

  gtk_window_set_child (GTK_WINDOW (wide), NULL);
  show_in_window (narrow, picker, 480);
  for (guint i = 1; i < 5; i++)
    g_assert_cmpint (card_y (card (fixture, i), picker), <, card_y (card (fixture, i + 1), picker));
  g_assert_cmpint (outer_width (card (fixture, 1)), ==, outer_width (picker));

  gtk_window_set_child (GTK_WINDOW (narrow), NULL);
  gtk_window_destroy (GTK_WINDOW (wide));
  gtk_window_destroy (GTK_WINDOW (narrow));
  sb_test_wait_for_idle ();
}

/* Every line of every wrapping label in @widget starts where a line may
 * break: no word is split across lines. */
static void
assert_no_broken_words (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  sb_test_find_all (widget, GTK_TYPE_LABEL, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      PangoLayout *layout = gtk_label_get_layout (labels->pdata[i]);
      const char *text = pango_layout_get_text (layout);
      const PangoLogAttr *attrs;
      int n_attrs;

      attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          glong offset = g_utf8_pointer_to_offset (text, text + pango_layout_line_get_start_index (line));

          g_assert_cmpint (offset, <, n_attrs);
          if (offset > 0 && !attrs[offset].is_line_break)
            g_error ("a word is broken at character %ld of \"%s\"", offset, text);
        }
    }
}

/* With large text the cards stack rather than split English words, while
 * Chinese, which breaks between characters, still fits them side by side. */
static void
test_large_text (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);

  sb_band_picker_set_language (fixture->picker, "en");
  show_in_window (window, picker, 950);
  for (guint i = 1; i < 5; i++)
    g_assert_cmpint (card_y (card (fixture, i), picker), <, card_y (card (fixture, i + 1), picker));
  assert_no_broken_words (picker);

  sb_band_picker_set_language (fixture->picker, "zh-CN");
  sb_test_wait_for_idle ();
  g_assert_cmpint (card_y (card (fixture, 1), picker), ==, card_y (card (fixture, 5), picker));

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_set_child (GTK_WINDOW (window), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  sb_test_wait_for_idle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/band-picker/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("cards", test_cards);
  ADD ("accessible", test_accessible);
  ADD ("activate-card", test_activate_card);
  ADD ("pick-action", test_pick_action);
  ADD ("step", test_step);
  ADD ("spin", test_spin);
  ADD ("clear", test_clear);
  ADD ("undo", test_undo);
  ADD ("outside-changes", test_outside_changes);
  ADD ("results-guide", test_results_guide);
  ADD ("bindings", test_bindings);
  ADD ("layout", test_layout);
  ADD ("large-text", test_large_text);
#undef ADD

  return g_test_run ();
}
