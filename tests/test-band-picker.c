/* test-band-picker.c — the band picker, driven as an examiner would: pick, step, clear, undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-band-picker.h"
#include "sb-i18n.h"
#include "sb-standard-loader.h"
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
buttons (Fixture *fixture)
{
  GPtrArray *found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->picker), GTK_TYPE_TOGGLE_BUTTON, "band-button", found);
  return found;
}

static GtkWidget *
button (Fixture *fixture,
        guint    band)
{
  g_autoptr(GPtrArray) found = buttons (fixture);

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
  return find_one (fixture, GTK_TYPE_BUTTON, "band-clear");
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
  g_autoptr(GPtrArray) all = buttons (fixture);
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

/* What the details under the row show: their heading, whether the band
 * is the chosen one, and the texts of the visible page. */
static char *
details_text (Fixture *fixture)
{
  GtkWidget *stack = find_one (fixture, GTK_TYPE_STACK, NULL);
  GtkWidget *heading = find_one (fixture, GTK_TYPE_LABEL, "band-heading");
  g_autofree char *head = widget_text (gtk_widget_get_parent (heading));
  g_autofree char *page = widget_text (gtk_stack_get_visible_child (GTK_STACK (stack)));

  return g_strconcat (head, page, NULL);
}

static void
test_bands (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) all = buttons (fixture);
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *both = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *chosen_en = NULL;

  /* The five bands of the process guide, in order, unrated at first. */
  g_assert_cmpuint (all->len, ==, 5);
  assert_rated (fixture, NULL, 0);
  g_assert_cmpstr (points_text (fixture), ==, "Not rated · 30 points available");

  /* A button holds the range and the level, not the descriptors. */
  zh = widget_text (button (fixture, 4));
  g_assert_cmpstr (zh, ==, "60–80 %\n优秀水平\n");

  /* Unrated, the details give a hint rather than a band's descriptors. */
  hint = details_text (fixture);
  g_assert_true (g_str_has_prefix (hint, "Not rated yet\n\n"));
  g_assert_nonnull (strstr (hint, "Point at a band"));
  g_assert_null (strstr (hint, "•"));

  /* Rated, they show the chosen band's descriptors, at full width. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 4);
  chosen = details_text (fixture);
  g_assert_true (g_str_has_prefix (chosen, "60–80 %, 优秀水平\nChosen\n"));
  g_assert_nonnull (strstr (chosen, "•\n针对评审细则所列要点指引，通过对组织所在行业了解，制定行业先进水平"));
  g_assert_null (strstr (chosen, "Point at a band"));

  sb_band_picker_set_language (fixture->picker, "en");
  g_assert_cmpstr (sb_band_picker_get_language (fixture->picker), ==, "en");
  en = widget_text (button (fixture, 4));
  g_assert_cmpstr (en, ==, "60–80 %\nExcellent level\n");
  chosen_en = details_text (fixture);
  g_assert_true (g_str_has_prefix (chosen_en, "60–80 %, Excellent level\n"));
  g_assert_nonnull (strstr (chosen_en, "sector's advanced level"));
  g_assert_null (strstr (chosen_en, "优秀水平"));
  {
    g_autofree char *text = widget_text (GTK_WIDGET (fixture->picker));

    g_assert_nonnull (strstr (text, "Process scoring guide"));
  }

  sb_band_picker_set_language (fixture->picker, "both");
  both = widget_text (button (fixture, 4));
  g_assert_cmpstr (both, ==, "60–80 %\n优秀水平\nExcellent level\n");
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 4);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *spin = find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL);
  char *error;

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button (fixture, 4)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "60–80 %, 优秀水平");
  g_assert_null (error);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button (fixture, 4)),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (button (fixture, 4)),
                                               GTK_ACCESSIBLE_ROLE_BUTTON));

  sb_band_picker_set_language (fixture->picker, "both");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button (fixture, 4)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "60–80 %, 优秀水平, Excellent level");
  g_assert_null (error);

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Percent");
  g_assert_null (error);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clear_button (fixture))), ==, "_Clear rating");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (clear_button (fixture)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear rating");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (fixture->picker),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Rating");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (button (fixture, 1))),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Bands");
  g_assert_null (error);

  /* The chosen band says so to a screen reader, not by colour alone. */
  sb_test_click (button (fixture, 2));
  error = gtk_test_accessible_check_state (GTK_ACCESSIBLE (button (fixture, 2)),
                                           GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              "In the 20–40 % band. Any percent from 0 to 100 in steps of 5; "
                                              "one outside the band moves the rating to its band.");
  g_assert_null (error);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The shown language as the one type the views share: the string property
 * follows it, and only a real change is notified. */
static void
test_display_language (Fixture       *fixture,
                       gconstpointer  data)
{
  guint notified = 0;
  g_autofree char *both = NULL;

  g_signal_connect (fixture->picker, "notify::language", G_CALLBACK (count_notify), &notified);
  sb_band_picker_set_display_language (fixture->picker, SB_DISPLAY_LANGUAGE_BOTH);
  g_assert_cmpstr (sb_band_picker_get_language (fixture->picker), ==, "both");
  g_assert_cmpuint (notified, ==, 1);
  both = widget_text (button (fixture, 4));
  g_assert_cmpstr (both, ==, "60–80 %\n优秀水平\nExcellent level\n");
  sb_band_picker_set_language (fixture->picker, "both");
  g_assert_cmpuint (notified, ==, 1);
  sb_band_picker_set_language (fixture->picker, "en");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpint (sb_band_picker_get_display_language (fixture->picker), ==, SB_DISPLAY_LANGUAGE_EN);
}

static void
test_activate_band (Fixture       *fixture,
                    gconstpointer  data)
{
  guint band_notified = 0;

  g_signal_connect (fixture->picker, "notify::band", G_CALLBACK (count_notify), &band_notified);

  /* A click on a band rates at its midpoint. */
  sb_test_click (button (fixture, 3));
  assert_rated (fixture, "process-3", 50);
  g_assert_cmpstr (points_text (fixture), ==, "15 / 30 points");
  g_assert_cmpuint (band_notified, ==, 1);

  /* A click on the chosen band changes nothing. */
  sb_test_click (button (fixture, 3));
  assert_rated (fixture, "process-3", 50);
  g_assert_cmpuint (band_notified, ==, 1);

  sb_test_click (button (fixture, 1));
  assert_rated (fixture, "process-1", 10);
  sb_test_click (button (fixture, 5));
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

static const char *
status_text (Fixture *fixture)
{
  return gtk_label_get_text (GTK_LABEL (find_one (fixture, GTK_TYPE_LABEL, "band-status")));
}

/* Types @text into the percent control and presses Enter. */
static void
type_percent (Fixture    *fixture,
              const char *text)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
}

static void
test_spin (Fixture       *fixture,
           gconstpointer  data)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));
  double min, max;

  /* Unrated, the spin shows no number at all. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "");

  sb_test_click (button (fixture, 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "30");
  gtk_spin_button_get_range (spin, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 100);

  gtk_spin_button_spin (spin, GTK_SPIN_STEP_FORWARD, 0);
  assert_rated (fixture, "process-2", 35);
  gtk_spin_button_set_value (spin, 40);
  assert_rated (fixture, "process-2", 40);
  /* The band follows the percent: the spin's + at the top of a band goes
   * on into the next, and says so. */
  gtk_spin_button_spin (spin, GTK_SPIN_STEP_FORWARD, 0);
  assert_rated (fixture, "process-3", 45);
  g_assert_cmpstr (status_text (fixture), ==, "45 % is in the 40–60 % band: the rating moved there.");
  /* At a shared end the band stays. */
  gtk_spin_button_set_value (spin, 40);
  assert_rated (fixture, "process-3", 40);
}

/* A typed percent is never reverted or snapped in silence: it moves the
 * rating to its band, and the line under the row says what became of it. */
static void
test_typed_percent (Fixture       *fixture,
                    gconstpointer  data)
{
  SbHistory *history = sb_assessment_get_history (fixture->assessment);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));
  const char *keys = "Alt+1…Alt+5 choose a band, Alt+Up and Alt+Down change the percent";

  g_assert_cmpstr (status_text (fixture), ==, keys);
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 4);
  assert_rated (fixture, "process-4", 70);

  /* Inside the band: just the percent, nothing to say. */
  type_percent (fixture, "65");
  assert_rated (fixture, "process-4", 65);
  g_assert_cmpstr (status_text (fixture), ==, keys);

  /* Outside it: the band that holds it. */
  type_percent (fixture, "95");
  assert_rated (fixture, "process-5", 95);
  g_assert_cmpstr (status_text (fixture), ==, "95 % is in the 80–100 % band: the rating moved there.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "95");

  /* Between steps: the nearest step, said aloud, and its band. */
  type_percent (fixture, "43");
  assert_rated (fixture, "process-3", 45);
  g_assert_cmpstr (status_text (fixture), ==,
                   "43 % is not a step of 5 %; 45 % was used. 45 % is in the 40–60 % band: the rating moved there.");
  type_percent (fixture, "46 %");
  assert_rated (fixture, "process-3", 45);
  g_assert_cmpstr (status_text (fixture), ==, "46 % is not a step of 5 %; 45 % was used.");

  /* Out of range, or no number at all. */
  type_percent (fixture, "150");
  assert_rated (fixture, "process-5", 100);
  g_assert_cmpstr (status_text (fixture), ==,
                   "150 % is not between 0 and 100 %; 100 % was used. 100 % is in the 80–100 % band: the rating moved there.");
  type_percent (fixture, "lots");
  assert_rated (fixture, "process-5", 100);
  g_assert_cmpstr (status_text (fixture), ==, "“lots” is not a percent; the rating stays at 100 %.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "100");

  /* The note lasts until the next change, and undo goes a step back. */
  g_assert_true (sb_history_undo (history));
  assert_rated (fixture, "process-3", 45);
  g_assert_cmpstr (status_text (fixture), ==, keys);
  type_percent (fixture, "43");
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", 1);
  assert_rated (fixture, "process-3", 50);
  g_assert_cmpstr (status_text (fixture), ==, keys);

  /* In Chinese too. */
  sb_i18n_set_language ("zh-CN");
  sb_band_picker_set_language (fixture->picker, "zh-CN");
  type_percent (fixture, "90");
  assert_rated (fixture, "process-5", 90);
  g_assert_cmpstr (status_text (fixture), ==, "90 % 属于 80–100 % 区间，评分已移到该区间。");
  type_percent (fixture, "88");
  g_assert_cmpstr (status_text (fixture), ==, "88 % 不是 5 % 的整数倍，已改用 90 %。");
  sb_i18n_set_language ("en");
}

static void
test_clear (Fixture       *fixture,
            gconstpointer  data)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));

  sb_test_click (button (fixture, 2));
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

  sb_test_click (button (fixture, 2));
  sb_test_click (button (fixture, 5));
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
    g_autoptr(GPtrArray) none = buttons (fixture);
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
  all = buttons (fixture);
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

/* Every shortcut of every shortcut controller on @widget. */
static GPtrArray *
shortcuts_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        g_ptr_array_add (found, g_list_model_get_item (G_LIST_MODEL (controller), j));
    }
  return found;
}

/* A guide of three uneven bands without descriptors, as another standard
 * may have: one row, midpoints on steps of 5, and a typed percent at a
 * shared end goes to the nearer band. */
static void
test_uneven_bands (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = sb_test_fixture_path ("standards/minimal.xml");
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *details = NULL;
  const char *band = NULL;
  guint percent = 0;
  char *check;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new (contents, length);
  standard = sb_standard_load (bytes, path, &error);
  g_assert_no_error (error);
  assessment = sb_assessment_new (standard);
  sb_band_picker_set_language (fixture->picker, "en");
  sb_band_picker_set_target (fixture->picker, assessment, sb_standard_lookup_node (standard, "A.2"));

  all = buttons (fixture);
  g_assert_cmpuint (all->len, ==, 3);
  check = gtk_test_accessible_check_property (GTK_ACCESSIBLE (all->pdata[1]), GTK_ACCESSIBLE_PROPERTY_LABEL, "30–65 %");
  g_assert_null (check);

  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 2);
  g_assert_true (sb_assessment_get_rating (assessment, "A.2", &band, &percent));
  g_assert_cmpstr (band, ==, "deployment-2");
  g_assert_cmpuint (percent, ==, 50);
  details = details_text (fixture);
  g_assert_nonnull (strstr (details, "no descriptors"));

  type_percent (fixture, "70");
  sb_assessment_get_rating (assessment, "A.2", &band, &percent);
  g_assert_cmpstr (band, ==, "deployment-3");
  g_assert_cmpuint (percent, ==, 70);
  type_percent (fixture, "30");
  sb_assessment_get_rating (assessment, "A.2", &band, &percent);
  g_assert_cmpstr (band, ==, "deployment-2");
  g_assert_cmpuint (percent, ==, 30);
  g_assert_cmpstr (status_text (fixture), ==, "30 % is in the 30–65 % band: the rating moved there.");

  sb_band_picker_set_target (fixture->picker, NULL, NULL);
}

/* Bands a step apart, as the Baldrige Criteria print them (0–5, 10–25 …):
 * a typed percent goes to the band that holds it, across the step between
 * two bands, and Alt+Up crosses it too. */
static void
test_bands_a_step_apart (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = sb_test_fixture_path ("standards/baldrige.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_from_file (file, NULL, &error);
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GPtrArray) all = NULL;
  const char *band = NULL;
  guint percent = 0;
  char *check;

  g_assert_no_error (error);
  assessment = sb_assessment_new (standard);
  sb_band_picker_set_language (fixture->picker, "en");
  sb_band_picker_set_target (fixture->picker, assessment, sb_standard_lookup_node (standard, "i1.1"));

  all = buttons (fixture);
  g_assert_cmpuint (all->len, ==, 6);
  check = gtk_test_accessible_check_property (GTK_ACCESSIBLE (all->pdata[1]), GTK_ACCESSIBLE_PROPERTY_LABEL, "10–25 %");
  g_assert_null (check);

  /* The midpoint of 0–5 is 2.5: a rating takes steps of 5, so 5. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 1);
  g_assert_true (sb_assessment_get_rating (assessment, "i1.1", &band, &percent));
  g_assert_cmpstr (band, ==, "process-1");
  g_assert_cmpuint (percent, ==, 5);

  type_percent (fixture, "10");
  sb_assessment_get_rating (assessment, "i1.1", &band, &percent);
  g_assert_cmpstr (band, ==, "process-2");
  g_assert_cmpuint (percent, ==, 10);
  g_assert_cmpstr (status_text (fixture), ==, "10 % is in the 10–25 % band: the rating moved there.");

  type_percent (fixture, "28");
  sb_assessment_get_rating (assessment, "i1.1", &band, &percent);
  g_assert_cmpstr (band, ==, "process-3");
  g_assert_cmpuint (percent, ==, 25 + 5);

  type_percent (fixture, "7");
  sb_assessment_get_rating (assessment, "i1.1", &band, &percent);
  g_assert_cmpstr (band, ==, "process-1");
  g_assert_cmpuint (percent, ==, 5);

  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", 1);
  sb_assessment_get_rating (assessment, "i1.1", &band, &percent);
  g_assert_cmpstr (band, ==, "process-1");
  g_assert_cmpuint (percent, ==, 5);

  sb_band_picker_set_target (fixture->picker, NULL, NULL);
}

/* A guide with a step of its own: typed percents round to it. */
static void
test_guide_step (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = sb_test_fixture_path ("standards/minimal.xml");
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  const char *band = NULL;
  guint percent = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  text = g_string_new (contents);
  g_string_replace (text, "<guide id=\"approach\" kind=\"process\">", "<guide id=\"approach\" kind=\"process\" step=\"2\">", 1);
  bytes = g_bytes_new (text->str, text->len);
  standard = sb_standard_load (bytes, path, &error);
  g_assert_no_error (error);
  assessment = sb_assessment_new (standard);
  sb_band_picker_set_language (fixture->picker, "en");
  sb_band_picker_set_target (fixture->picker, assessment, sb_standard_lookup_node (standard, "A.1.1.b"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 1);
  type_percent (fixture, "37");
  sb_assessment_get_rating (assessment, "A.1.1.b", &band, &percent);
  g_assert_cmpuint (percent, ==, 38);
  g_assert_cmpstr (status_text (fixture), ==, "37 % is not a step of 2 %; 38 % was used.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.step", "i", 1);
  sb_assessment_get_rating (assessment, "A.1.1.b", &band, &percent);
  g_assert_cmpuint (percent, ==, 40);

  sb_band_picker_set_target (fixture->picker, NULL, NULL);
}

/* Alt+1 … Alt+5 and Alt+Up/Down are bound on the picker itself, so they
 * work wherever the focus is inside it. */
static void
test_bindings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) shortcuts = shortcuts_of (GTK_WIDGET (fixture->picker));
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcut *shortcut = shortcuts->pdata[i];
      g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
      GVariant *args = gtk_shortcut_get_arguments (shortcut);
      g_autofree char *args_text = args ? g_variant_print (args, FALSE) : g_strdup ("");

      g_string_append_printf (found, "%s %s %s\n", trigger, action, args_text);
    }
  g_assert_nonnull (strstr (found->str, "<Alt>1 action(band.pick) 1\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>5 action(band.pick) 5\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>Up action(band.step) 1\n"));
  g_assert_nonnull (strstr (found->str, "<Alt>Down action(band.step) -1\n"));
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *picker)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, picker, &bounds));
  return bounds;
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
  sb_test_wait_for_frame (picker);
}

/* All the bands on one row, however wide the page. */
static void
assert_one_row (Fixture *fixture)
{
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  g_autoptr(GPtrArray) all = buttons (fixture);
  graphene_rect_t first = bounds_in (all->pdata[0], picker);

  for (guint i = 1; i < all->len; i++)
    {
      graphene_rect_t next = bounds_in (all->pdata[i], picker);

      g_assert_cmpfloat (next.origin.y, ==, first.origin.y);
      g_assert_cmpfloat (next.size.height, ==, first.size.height);
      g_assert_cmpfloat (next.origin.x, >, first.origin.x);
    }
}

/* Moving the pointer or the focus over the bands, picking one, or a note
 * on a typed percent: none of it changes the picker's height, so a page
 * scrolled to its foot stays put. */
static void
assert_steady_height (Fixture *fixture,
                      int      height)
{
  sb_test_wait_for_frame (GTK_WIDGET (fixture->picker));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->picker)), ==, height);
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *wide = gtk_window_new ();
  GtkWidget *narrow = gtk_window_new ();
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  GtkWidget *spin = find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL);
  GtkWidget *details = find_one (fixture, GTK_TYPE_BOX, "band-details");
  graphene_rect_t row, percent;
  int height;

  sb_band_picker_set_language (fixture->picker, "en");
  show_in_window (wide, picker, 1300);
  assert_one_row (fixture);
  /* The percent beside the row; the descriptors under both, as wide as the page. */
  row = bounds_in (button (fixture, 5), picker);
  percent = bounds_in (spin, picker);
  g_assert_cmpfloat (percent.origin.x, >=, row.origin.x + row.size.width);
  g_assert_cmpfloat (percent.origin.y, <, row.origin.y + row.size.height);
  g_assert_cmpint (gtk_widget_get_width (details), ==, gtk_widget_get_width (picker));
  g_assert_cmpfloat (bounds_in (details, picker).origin.y, >=, row.origin.y + row.size.height);

  height = gtk_widget_get_height (picker);
  gtk_widget_activate_action (picker, "band.pick", "i", 1);
  assert_steady_height (fixture, height);
  gtk_widget_activate_action (picker, "band.pick", "i", 5);
  assert_steady_height (fixture, height);
  gtk_widget_grab_focus (button (fixture, 2));
  assert_steady_height (fixture, height);
  type_percent (fixture, "43");
  g_assert_cmpstr (status_text (fixture), !=, "");
  assert_steady_height (fixture, height);
  sb_test_click (clear_button (fixture));
  assert_steady_height (fixture, height);

  /* Narrow, the bands stay on one row and the percent goes under it. */
  gtk_window_set_child (GTK_WINDOW (wide), NULL);
  show_in_window (narrow, picker, 700);
  assert_one_row (fixture);
  row = bounds_in (button (fixture, 1), picker);
  percent = bounds_in (spin, picker);
  g_assert_cmpfloat (percent.origin.y, >=, row.origin.y + row.size.height);
  g_assert_cmpint (gtk_widget_get_width (details), ==, gtk_widget_get_width (picker));

  gtk_window_set_child (GTK_WINDOW (narrow), NULL);
  sb_test_destroy_window (wide);
  sb_test_destroy_window (narrow);
}

/* The shortcut on the row of bands that @key triggers, activated as a key
 * press would, with the focus where it is. */
static gboolean
press_in_row (Fixture *fixture,
              guint    key)
{
  GtkWidget *row = gtk_widget_get_parent (button (fixture, 1));
  g_autoptr(GPtrArray) shortcuts = shortcuts_of (row);

  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcuts->pdata[i]);

      if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key &&
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
        return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcuts->pdata[i]), 0, row,
                                             gtk_shortcut_get_arguments (shortcuts->pdata[i]));
    }
  g_assert_not_reached ();
}

static gboolean
has_focus (Fixture *fixture,
           guint    band)
{
  return gtk_widget_has_focus (button (fixture, band));
}

/* The arrow keys walk the row without picking; the details follow the
 * focus, Space picks, and the details then show the chosen band. */
static void
test_row_keys (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  g_autofree char *looked = NULL;
  g_autofree char *picked = NULL;

  sb_band_picker_set_language (fixture->picker, "en");
  show_in_window (window, picker, 1300);
  gtk_widget_activate_action (picker, "band.pick", "i", 4);

  gtk_widget_grab_focus (button (fixture, 2));
  g_assert_true (press_in_row (fixture, GDK_KEY_Right));
  g_assert_true (has_focus (fixture, 3));
  looked = details_text (fixture);
  g_assert_true (g_str_has_prefix (looked, "40–60 %, Good level\nNot chosen"));
  g_assert_cmpuint (sb_band_picker_get_band (fixture->picker), ==, 4);

  g_assert_true (press_in_row (fixture, GDK_KEY_Left));
  g_assert_true (press_in_row (fixture, GDK_KEY_Left));
  g_assert_true (press_in_row (fixture, GDK_KEY_Left));
  g_assert_true (has_focus (fixture, 1));
  g_assert_true (press_in_row (fixture, GDK_KEY_End));
  g_assert_true (has_focus (fixture, 5));
  g_assert_true (press_in_row (fixture, GDK_KEY_Right));
  g_assert_true (has_focus (fixture, 5));
  g_assert_true (press_in_row (fixture, GDK_KEY_Home));
  g_assert_true (has_focus (fixture, 1));

  /* Space (or Enter) activates the focused button, which clicks once its
   * pressed look has shown. */
  g_assert_true (gtk_widget_activate (button (fixture, 1)));
  while (sb_band_picker_get_band (fixture->picker) != 1)
    g_main_context_iteration (NULL, TRUE);
  assert_rated (fixture, "process-1", 10);
  picked = details_text (fixture);
  g_assert_true (g_str_has_prefix (picked, "0–20 %, Basic level\nChosen"));

  /* Outside the row the arrows are not the row's. */
  gtk_widget_grab_focus (find_one (fixture, GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_false (press_in_row (fixture, GDK_KEY_Right));

  gtk_window_set_child (GTK_WINDOW (window), NULL);
  sb_test_destroy_window (window);
}

/* The band under the pointer shows its descriptors while it is there. */
static void
test_hover (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GListModel) controllers = NULL;
  GtkEventController *motion = NULL;
  g_autofree char *hovered = NULL;
  g_autofree char *left = NULL;

  sb_band_picker_set_language (fixture->picker, "en");
  gtk_widget_activate_action (GTK_WIDGET (fixture->picker), "band.pick", "i", 4);
  controllers = gtk_widget_observe_controllers (button (fixture, 2));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        motion = controller;
    }
  g_assert_nonnull (motion);
  g_signal_emit_by_name (motion, "enter", 5.0, 5.0);
  hovered = details_text (fixture);
  g_assert_true (g_str_has_prefix (hovered, "20–40 %, Fair level\nNot chosen"));
  g_assert_nonnull (strstr (hovered, "promoted and applied in the organization's key areas"));
  g_signal_emit_by_name (motion, "leave");
  left = details_text (fixture);
  g_assert_true (g_str_has_prefix (left, "60–80 %, Excellent level\nChosen"));
}

/* Every line of every wrapping label shown in @widget starts where a line
 * may break: no word is split across lines. */
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

      /* What is on screen: the pages of other bands are laid out when shown. */
      if (!gtk_widget_get_mapped (labels->pdata[i]))
        continue;

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
/* With large text the bands stay on one row and the page stays legible:
 * no word is split, in English or in Chinese, and the descriptors keep
 * the page's width. */
static void
test_large_text (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *picker = GTK_WIDGET (fixture->picker);
  const char *languages[] = { "en", "zh-CN", "both" };
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 144 * 1024, NULL);

  gtk_widget_activate_action (picker, "band.pick", "i", 5);
  show_in_window (window, picker, 950);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      sb_band_picker_set_language (fixture->picker, languages[i]);
      sb_test_wait_for_frame (picker);
      g_assert_cmpint (gtk_widget_get_width (picker), <=, 950);
      assert_one_row (fixture);
      assert_no_broken_words (picker);
    }

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_set_child (GTK_WINDOW (window), NULL);
  sb_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* First, as in main(): the typed-percent test reads Chinese too. */
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR"));
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/band-picker/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("bands", test_bands);
  ADD ("bands-a-step-apart", test_bands_a_step_apart);
  ADD ("guide-step", test_guide_step);
  ADD ("display-language", test_display_language);
  ADD ("accessible", test_accessible);
  ADD ("activate-band", test_activate_band);
  ADD ("pick-action", test_pick_action);
  ADD ("step", test_step);
  ADD ("spin", test_spin);
  ADD ("typed-percent", test_typed_percent);
  ADD ("clear", test_clear);
  ADD ("undo", test_undo);
  ADD ("outside-changes", test_outside_changes);
  ADD ("results-guide", test_results_guide);
  ADD ("uneven-bands", test_uneven_bands);
  ADD ("bindings", test_bindings);
  ADD ("layout", test_layout);
  ADD ("row-keys", test_row_keys);
  ADD ("hover", test_hover);
  ADD ("large-text", test_large_text);
#undef ADD

  return g_test_run ();
}
