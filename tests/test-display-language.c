/* test-display-language.c — the one language type: parsing, the primary language, joining texts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-display-language.h"

static void
test_parse (void)
{
  static const struct { const char *text; gboolean ok; SbDisplayLanguage language; } cases[] = {
    { "zh-CN", TRUE, SB_DISPLAY_LANGUAGE_ZH },
    { "zh", TRUE, SB_DISPLAY_LANGUAGE_ZH },
    { "zh_CN", TRUE, SB_DISPLAY_LANGUAGE_ZH },
    { "en", TRUE, SB_DISPLAY_LANGUAGE_EN },
    { "both", TRUE, SB_DISPLAY_LANGUAGE_BOTH },
    { "", FALSE, 0 },
    { "de", FALSE, 0 },
    { "EN", FALSE, 0 },
    { NULL, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SbDisplayLanguage language = 99;

      g_assert_cmpint (sb_display_language_parse (cases[i].text, &language), ==, cases[i].ok);
      g_assert_cmpint (language, ==, cases[i].ok ? cases[i].language : 99);
      /* What parses is written back the way the settings keep it. */
      if (cases[i].ok)
        {
          SbDisplayLanguage again = 99;

          g_assert_true (sb_display_language_parse (sb_display_language_to_tag (language), &again));
          g_assert_cmpint (again, ==, language);
        }
    }
  g_assert_cmpstr (sb_display_language_to_tag (SB_DISPLAY_LANGUAGE_ZH), ==, SB_LANG_ZH);
  g_assert_cmpstr (sb_display_language_to_tag (SB_DISPLAY_LANGUAGE_BOTH), ==, SB_LANG_BOTH);
}

static void
test_primary_and_shows (void)
{
  g_assert_cmpstr (sb_display_language_primary (SB_DISPLAY_LANGUAGE_ZH), ==, SB_LANG_ZH);
  g_assert_cmpstr (sb_display_language_primary (SB_DISPLAY_LANGUAGE_EN), ==, SB_LANG_EN);
  g_assert_cmpstr (sb_display_language_primary (SB_DISPLAY_LANGUAGE_BOTH), ==, SB_LANG_ZH);

  g_assert_true (sb_display_language_shows (SB_DISPLAY_LANGUAGE_ZH, SB_LANG_ZH));
  g_assert_false (sb_display_language_shows (SB_DISPLAY_LANGUAGE_ZH, SB_LANG_EN));
  g_assert_true (sb_display_language_shows (SB_DISPLAY_LANGUAGE_EN, SB_LANG_EN));
  g_assert_false (sb_display_language_shows (SB_DISPLAY_LANGUAGE_EN, SB_LANG_ZH));
  g_assert_true (sb_display_language_shows (SB_DISPLAY_LANGUAGE_BOTH, SB_LANG_ZH));
  g_assert_true (sb_display_language_shows (SB_DISPLAY_LANGUAGE_BOTH, SB_LANG_EN));
}

static void
test_join (void)
{
  static const struct { SbDisplayLanguage language; const char *zh, *en, *expected; } cases[] = {
    { SB_DISPLAY_LANGUAGE_ZH, "领导", "Leadership", "领导" },
    { SB_DISPLAY_LANGUAGE_EN, "领导", "Leadership", "Leadership" },
    { SB_DISPLAY_LANGUAGE_BOTH, "领导", "Leadership", "领导 / Leadership" },
    /* Said once: the same in both, or missing in one. */
    { SB_DISPLAY_LANGUAGE_BOTH, "ISO 9001", "ISO 9001", "ISO 9001" },
    { SB_DISPLAY_LANGUAGE_BOTH, "领导", "", "领导" },
    { SB_DISPLAY_LANGUAGE_BOTH, NULL, "Leadership", "Leadership" },
    /* One language falls back to the other rather than to nothing. */
    { SB_DISPLAY_LANGUAGE_EN, "领导", "", "领导" },
    { SB_DISPLAY_LANGUAGE_ZH, NULL, "Leadership", "Leadership" },
    { SB_DISPLAY_LANGUAGE_ZH, NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = sb_display_language_join (cases[i].language, cases[i].zh, cases[i].en, " / ");

      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_text_format (void)
{
  g_autoptr(SbText) both = sb_text_new ();
  g_autoptr(SbText) german = sb_text_new ();
  g_autoptr(SbText) empty = sb_text_new ();
  g_autofree char *zh = NULL, *en = NULL, *joined = NULL, *de = NULL, *de_both = NULL, *nothing = NULL;

  sb_text_set (both, SB_LANG_EN, "Results");
  sb_text_set (both, SB_LANG_ZH, "结果");
  sb_text_set (german, "de", "Ergebnisse");

  zh = sb_text_format (both, SB_DISPLAY_LANGUAGE_ZH, "\n");
  en = sb_text_format (both, SB_DISPLAY_LANGUAGE_EN, "\n");
  joined = sb_text_format (both, SB_DISPLAY_LANGUAGE_BOTH, "\n");
  g_assert_cmpstr (zh, ==, "结果");
  g_assert_cmpstr (en, ==, "Results");
  /* Chinese first, whatever order the file gave. */
  g_assert_cmpstr (joined, ==, "结果\nResults");

  /* A standard in another language still shows its own words. */
  de = sb_text_format (german, SB_DISPLAY_LANGUAGE_EN, " ");
  de_both = sb_text_format (german, SB_DISPLAY_LANGUAGE_BOTH, " ");
  g_assert_cmpstr (de, ==, "Ergebnisse");
  g_assert_cmpstr (de_both, ==, "Ergebnisse");

  nothing = sb_text_format (empty, SB_DISPLAY_LANGUAGE_BOTH, " ");
  g_assert_cmpstr (nothing, ==, "");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/display-language/parse", test_parse);
  g_test_add_func ("/display-language/primary-and-shows", test_primary_and_shows);
  g_test_add_func ("/display-language/join", test_join);
  g_test_add_func ("/display-language/text-format", test_text_format);
  return g_test_run ();
}
