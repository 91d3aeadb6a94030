/* test-band-card.c — one band's card: what it shows and says in each language, its action and check mark
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-band-card.h"
#include "sb-i18n.h"
#include "sb-test-data.h"
#include "sb-test-widgets.h"

typedef struct
{
  SbStandard *standard;
  SbBand     *band;      /* the process guide's fourth: 60–80 %, 优秀水平 */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  SbNode *node;

  fixture->standard = sb_test_bundled_standard ();
  node = sb_standard_lookup_node (fixture->standard, "1.1.1");
  fixture->band = sb_guide_lookup_band (sb_node_get_guide (node), "process-4");
  g_assert_nonnull (fixture->band);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->standard);
}

static GtkWidget *
card_new (Fixture           *fixture,
          SbDisplayLanguage  language)
{
  return g_object_ref_sink (sb_band_card_new (fixture->band, language));
}

static void
assert_label (GtkWidget  *card,
              const char *expected)
{
  char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  g_assert_null (error);
}

static GtkWidget *
check_mark (GtkWidget *card)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (card, GTK_TYPE_IMAGE, "band-check", found);
  g_assert_cmpuint (found->len, ==, 1);
  return found->pdata[0];
}

/* The range and the level in the shown language; the descriptors only
 * for a screen reader, one a line. */
static void
test_texts (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *zh = card_new (fixture, SB_DISPLAY_LANGUAGE_ZH);
  GtkWidget *en = card_new (fixture, SB_DISPLAY_LANGUAGE_EN);
  GtkWidget *both = card_new (fixture, SB_DISPLAY_LANGUAGE_BOTH);
  g_autofree char *zh_text = sb_test_dup_labels (zh);
  g_autofree char *en_text = sb_test_dup_labels (en);
  g_autofree char *both_text = sb_test_dup_labels (both);
  g_autoptr(GPtrArray) second = g_ptr_array_new ();
  GPtrArray *descriptors = sb_band_get_descriptors (fixture->band);
  g_autoptr(GString) description = g_string_new (NULL);
  char *error;

  g_assert_cmpstr (zh_text, ==, "60–80 %\n优秀水平\n");
  g_assert_cmpstr (en_text, ==, "60–80 %\nExcellent level\n");
  g_assert_cmpstr (both_text, ==, "60–80 %\n优秀水平\nExcellent level\n");
  sb_test_find_all (both, GTK_TYPE_LABEL, "second-language", second);
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (second->pdata[0]), ==, "Excellent level");

  assert_label (zh, "60–80 %, 优秀水平");
  assert_label (en, "60–80 %, Excellent level");
  assert_label (both, "60–80 %, 优秀水平, Excellent level");
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (zh), GTK_ACCESSIBLE_ROLE_BUTTON));

  /* In English, the band's English descriptors, one a line. */
  for (guint d = 0; d < descriptors->len; d++)
    g_string_append_printf (description, "%s%s", d ? "\n" : "", sb_text_get (descriptors->pdata[d], "en"));
  g_assert_cmpuint (descriptors->len, >, 1);
  g_assert_nonnull (strstr (description->str, "sector's advanced level"));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (en), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                              description->str);
  g_assert_null (error);

  g_assert_finalize_object (zh);
  g_assert_finalize_object (en);
  g_assert_finalize_object (both);
}

/* Clicking a card picks its band through band.pick with its number, and
 * Alt with the number is the key for it. */
static void
test_action (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *card = card_new (fixture, SB_DISPLAY_LANGUAGE_ZH);
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (card));

  g_assert_true (sb_band_card_get_band (SB_BAND_CARD (card)) == fixture->band);
  g_assert_cmpuint (sb_band_card_get_index (SB_BAND_CARD (card)), ==, 4);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (card)), ==, "band.pick");
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_INT32));
  g_assert_cmpint (g_variant_get_int32 (target), ==, 4);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (card), ==, "Alt+4");
  g_assert_true (gtk_widget_has_css_class (card, "band-button"));
  g_assert_finalize_object (card);
}

/* The chosen card carries a check mark, not colour alone; hidden by
 * opacity, so that choosing does not change the card's size. */
static void
test_check_mark (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *card = card_new (fixture, SB_DISPLAY_LANGUAGE_EN);
  GtkWidget *check = check_mark (card);

  g_assert_cmpfloat (gtk_widget_get_opacity (check), ==, 0);
  g_assert_true (gtk_widget_get_visible (check));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (card), TRUE);
  g_assert_cmpfloat (gtk_widget_get_opacity (check), ==, 1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (card), FALSE);
  g_assert_cmpfloat (gtk_widget_get_opacity (check), ==, 0);
  g_assert_finalize_object (card);
}

int
main (int   argc,
      char *argv[])
{
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR"));
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/band-card/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("texts", test_texts);
  ADD ("action", test_action);
  ADD ("check-mark", test_check_mark);
#undef ADD

  return g_test_run ();
}
