/* test-search.c — finding words in the standard, in either language
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-assessment-file.h"
#include "sb-search.h"
#include "sb-test-data.h"

static SbStandard *standard;

typedef struct
{
  const char *query;
  guint       min_hits;
  const char *first_target;   /* id of the first hit's target, or NULL */
  const char *lang;
} SearchCase;

static const SearchCase cases[] = {
  { "PDCA", 3, NULL, NULL },
  { "pdca", 3, NULL, NULL },
  { "量化管理", 2, "2.2.1", SB_LANG_ZH },
  { "Quantitative management", 2, "2.2.1", SB_LANG_EN },
  { "2.3.2", 1, "2.3.2", SB_LANG_ZH },
  { "首问责任制", 1, "2.3.2", SB_LANG_ZH },
  { "卓越水平", 1, "process", SB_LANG_ZH },
  { "GB/T 19580", 1, "ref-8", SB_LANG_ZH },
  { "no such words anywhere", 0, NULL, NULL },
  { "   ", 0, NULL, NULL },
};

static const char *
target_id (GObject *target)
{
  if (SB_IS_NODE (target))
    return sb_node_get_id (SB_NODE (target));
  if (SB_IS_SECTION (target))
    return sb_section_get_id (SB_SECTION (target));
  if (SB_IS_GUIDE (target))
    return sb_guide_get_id (SB_GUIDE (target));
  return NULL;
}

static void
test_search (gconstpointer data)
{
  const SearchCase *c = data;
  g_autoptr(GPtrArray) hits = sb_search_standard (standard, c->query, 100);

  g_assert_cmpuint (hits->len, >=, c->min_hits);
  if (c->min_hits == 0)
    g_assert_cmpuint (hits->len, ==, 0);
  if (c->first_target != NULL)
    {
      SbSearchHit *hit = hits->pdata[0];

      g_assert_cmpstr (target_id (hit->target), ==, c->first_target);
      g_assert_cmpstr (hit->lang, ==, c->lang);
    }
  for (guint i = 0; i < hits->len; i++)
    {
      SbSearchHit *hit = hits->pdata[i];
      g_autofree char *folded_snippet = g_utf8_casefold (hit->snippet, -1);
      g_autofree char *folded_query = g_utf8_casefold (c->query, -1);

      g_assert_nonnull (hit->target);
      g_assert_null (strchr (hit->snippet, '\n'));
      if (!g_str_equal (c->query, "2.3.2"))
        g_assert_nonnull (strstr (folded_snippet, folded_query));
    }
}

static void
test_max_hits (void)
{
  g_autoptr(GPtrArray) all = sb_search_standard (standard, "组织", 1000);
  g_autoptr(GPtrArray) few = sb_search_standard (standard, "组织", 5);

  g_assert_cmpuint (all->len, >, 5);
  g_assert_cmpuint (few->len, ==, 5);
}

static void
test_guidance_point_detail (void)
{
  g_autoptr(GPtrArray) hits = sb_search_standard (standard, "网格化", 10);
  SbSearchHit *hit;

  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_true (SB_IS_GUIDANCE_POINT (hit->detail));
  g_assert_cmpstr (sb_guidance_point_get_id (SB_GUIDANCE_POINT (hit->detail)), ==, "g2.3.2.2");
  g_assert_cmpstr (sb_node_get_id (SB_NODE (hit->target)), ==, "2.3.2");
}

static void
test_snippet (void)
{
  g_autofree char *a = sb_search_snippet ("The quick brown fox jumps over the lazy dog", "fox", 6, NULL, NULL);
  g_autofree char *b = sb_search_snippet ("fox", "fox", 6, NULL, NULL);
  g_autofree char *c = sb_search_snippet ("一二三四五六七八九十", "五", 2, NULL, NULL);
  g_autofree char *d = sb_search_snippet ("abc", "x", 2, NULL, NULL);

  g_assert_cmpstr (a, ==, "…brown fox jumps…");
  g_assert_cmpstr (b, ==, "fox");
  g_assert_cmpstr (c, ==, "…三四五六七…");
  g_assert_null (d);
}

typedef struct
{
  const char *text;
  const char *query;
  guint       context;
  const char *snippet;
  const char *match;
} SnippetCase;

/* English is cut between words: a word in reach is taken whole, a longer
 * one left out; Chinese may be cut between any two characters. */
static const SnippetCase snippet_cases[] = {
  { "Leaders review the organizational performance quarterly", "review", 8,
    "Leaders review the organizational…", "review" },
  { "the yearly organizational performance review by leaders", "review", 8,
    "…performance review by leaders", "review" },
  { "review pneumonoultramicroscopicsilicovolcanoconiosis cases", "review", 4, "review…", "review" },
  { "pneumonoultramicroscopicsilicovolcanoconiosis review", "REVIEW", 4, "…review", "review" },
  { "Use the PDCA cycle to improve", "pdca", 3, "…the PDCA cycle…", "PDCA" },
  { "组织运用PDCA循环管理，不断提升运营的整体有效性", "pdca", 2, "…运用PDCA循环…", "PDCA" },
  { "一二三四五六七八九十", "五", 2, "…三四五六七…", "五" },
};

static void
test_snippet_words (gconstpointer data)
{
  const SnippetCase *c = data;
  g_autofree char *folded = g_utf8_casefold (c->query, -1);
  guint start = 0, length = 0;
  g_autofree char *snippet = sb_search_snippet (c->text, folded, c->context, &start, &length);

  g_assert_cmpstr (snippet, ==, c->snippet);
  g_assert_cmpuint (length, ==, strlen (c->match));
  g_assert_cmpint (strncmp (snippet + start, c->match, length), ==, 0);
}

/* A place is listed once, however many of its texts hold the words: a
 * sub-item found in its title and its explanation, or by its number and
 * its title, is one hit. */
static void
test_one_hit_per_place (gconstpointer data)
{
  g_autoptr(GPtrArray) hits = sb_search_standard (standard, data, 200);

  g_assert_cmpuint (hits->len, >, 0);
  for (guint i = 0; i < hits->len; i++)
    for (guint j = i + 1; j < hits->len; j++)
      {
        SbSearchHit *a = hits->pdata[i], *b = hits->pdata[j];

        if (a->target == b->target && a->detail == b->detail)
          g_error ("“%s” lists one place twice: hits %u and %u", (const char *) data, i, j);
      }
}

/* The examiner's notes are searched too, and each hit leads to its sub-item
 * and, for evidence, to its guidance point. */
static void
test_search_notes (void)
{
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-full.scorebook");
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) none = NULL;
  SbSearchHit *first;

  hits = sb_search_assessment (assessment, "QUARTERLY strategy", 100);
  g_assert_cmpuint (hits->len, >=, 1);
  first = hits->pdata[0];
  g_assert_cmpstr (sb_node_get_id (SB_NODE (first->target)), ==, "1.1.1");
  g_assert_true (SB_IS_GUIDANCE_POINT (first->detail));
  g_assert_cmpstr (sb_guidance_point_get_id (SB_GUIDANCE_POINT (first->detail)), ==, "g1.1.1.1");
  g_assert_nonnull (strstr (first->snippet, "quarterly strategy"));

  /* A strength belongs to the sub-item, not to a point. */
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = sb_search_assessment (assessment, "领导班子定期研讨", 100);
  g_assert_cmpuint (hits->len, >=, 1);
  first = hits->pdata[0];
  g_assert_null (first->detail);

  none = sb_search_assessment (assessment, "no such words in any note", 100);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Notes written, changed or removed after a search are found, or not, by
 * the next: what a search keeps of the assessment follows it. */
static void
test_notes_after_change (void)
{
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(GPtrArray) before = sb_search_assessment (assessment, "gemba walk", 100);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) removed = NULL;

  g_assert_cmpuint (before->len, ==, 0);
  sb_assessment_insert_note (assessment, "g3.1.2.1", SB_NOTE_EVIDENCE, 0, "A gemba walk each week");
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Leaders do a gemba walk");
  added = sb_search_assessment (assessment, "gemba walk", 100);
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpstr (sb_node_get_id (SB_NODE (((SbSearchHit *) added->pdata[0])->target)), ==, "1.1.1");
  g_assert_cmpstr (sb_guidance_point_get_id (SB_GUIDANCE_POINT (((SbSearchHit *) added->pdata[1])->detail)), ==, "g3.1.2.1");

  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "Leaders walk the floor");
  changed = sb_search_assessment (assessment, "gemba walk", 100);
  g_assert_cmpuint (changed->len, ==, 1);
  sb_assessment_remove_note (assessment, "g3.1.2.1", SB_NOTE_EVIDENCE, 0);
  removed = sb_search_assessment (assessment, "gemba walk", 100);
  g_assert_cmpuint (removed->len, ==, 0);
}

/* A hit's detail, named so that two copies of a standard can be compared. */
static char *
place_name (GObject *detail)
{
  if (detail == NULL)
    return NULL;
  if (SB_IS_GUIDANCE_POINT (detail))
    return g_strdup (sb_guidance_point_get_id (SB_GUIDANCE_POINT (detail)));
  if (SB_IS_BAND (detail))
    return g_strdup_printf ("%u-%u", sb_band_get_min (SB_BAND (detail)), sb_band_get_max (SB_BAND (detail)));
  return g_strdup (target_id (detail));
}

static void
assert_same_hits (GPtrArray *hits,
                  GPtrArray *expected)
{
  g_assert_cmpuint (hits->len, ==, expected->len);
  for (guint i = 0; i < hits->len; i++)
    {
      SbSearchHit *hit = hits->pdata[i], *want = expected->pdata[i];

      g_autofree char *detail = place_name (hit->detail);
      g_autofree char *want_detail = place_name (want->detail);

      g_assert_cmpstr (target_id (hit->target), ==, target_id (want->target));
      g_assert_cmpstr (detail, ==, want_detail);
      g_assert_cmpstr (hit->lang, ==, want->lang);
      g_assert_cmpstr (hit->snippet, ==, want->snippet);
      g_assert_cmpuint (hit->match_start, ==, want->match_start);
      g_assert_cmpuint (hit->match_length, ==, want->match_length);
    }
}

/* A query typed a key at a time and taken back again finds, at every
 * step, what it finds on a standard never searched: the texts a search
 * keeps from the last one never hide a place (a node named by its number,
 * a shorter query, one that is not the last one longer). */
static void
test_typing (void)
{
  static const char *const typed[] = { "PDCA", "2.3.2", "组织管理", "results lead" };
  g_autoptr(SbStandard) typing = sb_test_bundled_standard ();

  for (guint w = 0; w < G_N_ELEMENTS (typed); w++)
    {
      glong n = g_utf8_strlen (typed[w], -1);

      for (glong step = 1; step < 2 * n; step++)
        {
          glong length = step <= n ? step : 2 * n - step;
          g_autofree char *query = g_utf8_substring (typed[w], 0, length);
          g_autoptr(SbStandard) fresh = sb_test_bundled_standard ();
          g_autoptr(GPtrArray) hits = sb_search_standard (typing, query, 200);
          g_autoptr(GPtrArray) expected = sb_search_standard (fresh, query, 200);

          assert_same_hits (hits, expected);
        }
    }
}

/* A search while the index is being made in a thread (as the window asks
 * when its search bar opens) waits for it and finds what it finds on a
 * standard never prepared. */
static void
test_prepared (void)
{
  g_autoptr(SbStandard) prepared = sb_test_bundled_standard ();
  g_autoptr(SbStandard) fresh = sb_test_bundled_standard ();
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) expected = NULL;

  sb_search_prepare (prepared);
  hits = sb_search_standard (prepared, "PDCA", 200);
  expected = sb_search_standard (fresh, "PDCA", 200);
  assert_same_hits (hits, expected);
  /* The thread's task gives the standard back in the main context. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  standard = sb_test_bundled_standard ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/search/query/%u", i);
      g_test_add_data_func (path, &cases[i], test_search);
    }
  g_test_add_func ("/search/max-hits", test_max_hits);
  g_test_add_func ("/search/guidance-point-detail", test_guidance_point_detail);
  g_test_add_func ("/search/snippet", test_snippet);
  for (guint i = 0; i < G_N_ELEMENTS (snippet_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/search/snippet-words/%u", i);
      g_test_add_data_func (path, &snippet_cases[i], test_snippet_words);
    }
  g_test_add_data_func ("/search/one-hit-per-place/pdca", "PDCA", test_one_hit_per_place);
  g_test_add_data_func ("/search/one-hit-per-place/benchmark", "标杆", test_one_hit_per_place);
  g_test_add_data_func ("/search/one-hit-per-place/number", "2.3.2", test_one_hit_per_place);
  g_test_add_data_func ("/search/one-hit-per-place/organization", "organization", test_one_hit_per_place);
  g_test_add_func ("/search/notes", test_search_notes);
  g_test_add_func ("/search/typing", test_typing);
  g_test_add_func ("/search/notes-after-change", test_notes_after_change);
  g_test_add_func ("/search/prepared", test_prepared);

  status = g_test_run ();
  g_object_unref (standard);
  return status;
}
