/* sb-search.c — finding words in a standard's texts, in every language at once
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-search"

#include "config.h"

#include <string.h>

#include "sb-search.h"

typedef struct
{
  char      *folded_query;
  GPtrArray *hits;
  guint      max_hits;
} Search;

void
sb_search_hit_free (SbSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->snippet);
  g_free (hit);
}

/* How many characters a snippet may grow by to end on a whole word. */
#define WORD_SLACK 12

/* Letters and digits of scripts that put spaces between words. Chinese is
 * written without them, so a cut between two of its characters is fine. */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) && !g_unichar_iswide (c);
}

static gboolean
inside_word (const gunichar *chars,
             glong           at)
{
  return is_word_char (chars[at - 1]) && is_word_char (chars[at]);
}

/* Moves a cut at @at that would split a word to the word's edge: outwards
 * (@step) by a few characters at most, else inwards, but never into the
 * match, which runs from @keep_from to @keep_to. */
static glong
cut_between_words (const gunichar *chars,
                   glong           n_chars,
                   glong           at,
                   int             step,
                   glong           keep_from,
                   glong           keep_to)
{
  glong cut = at;

  if (at <= 0 || at >= n_chars || !inside_word (chars, at))
    return at;
  while (cut > 0 && cut < n_chars && ABS (cut - at) < WORD_SLACK && inside_word (chars, cut))
    cut += step;
  if (cut <= 0 || cut >= n_chars || !inside_word (chars, cut))
    return cut;
  if (step < 0)
    for (cut = at; cut < keep_from && inside_word (chars, cut); cut++)
      ;
  else
    for (cut = at; cut > keep_to && inside_word (chars, cut); cut--)
      ;
  return cut;
}

/* @context_chars characters either side of the first match, on one line,
 * with "…" where text was cut, and the cuts between words. NULL when @text
 * does not match. Matching folds case, so "PDCA" finds "pdca".
 * @match_start and @match_length, when not NULL, receive where the match
 * is in the snippet, in bytes. */
char *
sb_search_snippet (const char *text,
                   const char *folded_query,
                   guint       context_chars,
                   guint      *match_start,
                   guint      *match_length)
{
  g_autofree char *folded = NULL;
  g_autofree gunichar *chars = NULL;
  const char *hit;
  glong hit_chars, text_chars, query_chars, start, end;
  g_autoptr(GString) snippet = NULL;
  const char *from, *to, *match;

  if (text == NULL || *text == '\0' || folded_query == NULL || *folded_query == '\0')
    return NULL;

  folded = g_utf8_casefold (text, -1);
  hit = strstr (folded, folded_query);
  if (hit == NULL)
    return NULL;

  /* Case folding can change byte lengths, so positions are counted in
   * characters, which folding keeps for the scripts a standard uses. */
  hit_chars = g_utf8_pointer_to_offset (folded, hit);
  chars = g_utf8_to_ucs4_fast (text, -1, &text_chars);
  query_chars = g_utf8_strlen (folded_query, -1);
  start = MAX (0, hit_chars - (glong) context_chars);
  end = MIN (text_chars, hit_chars + query_chars + (glong) context_chars);
  start = cut_between_words (chars, text_chars, start, -1, hit_chars, hit_chars + query_chars);
  end = cut_between_words (chars, text_chars, end, +1, hit_chars, hit_chars + query_chars);
  while (start < hit_chars && g_unichar_isspace (chars[start]))
    start++;
  while (end > hit_chars + query_chars && g_unichar_isspace (chars[end - 1]))
    end--;

  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (text, end);
  match = g_utf8_offset_to_pointer (text, hit_chars);
  snippet = g_string_new (start > 0 ? "…" : "");
  if (match_start != NULL)
    *match_start = snippet->len + (match - from);
  if (match_length != NULL)
    *match_length = g_utf8_offset_to_pointer (match, query_chars) - match;
  g_string_append_len (snippet, from, to - from);
  if (end < text_chars)
    g_string_append (snippet, "…");
  g_strdelimit (snippet->str, "\n\t", ' ');
  return g_string_free (g_steal_pointer (&snippet), FALSE);
}

/* Prepares @search for @query; FALSE when the query is only white space,
 * which finds nothing rather than everything. */
static gboolean
search_begin (Search     *search,
              const char *query,
              guint       max_hits,
              char      **stripped)
{
  search->hits = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_search_hit_free);
  search->folded_query = NULL;
  search->max_hits = max_hits;
  *stripped = g_strstrip (g_strdup (query ? query : ""));
  if (**stripped == '\0')
    return FALSE;
  search->folded_query = g_utf8_casefold (*stripped, -1);
  return TRUE;
}

static gboolean
full (Search *search)
{
  return search->hits->len >= search->max_hits;
}

/* Whether the last hit already leads to @target and @detail. The texts of
 * one place are searched one after the other, so a place found in its
 * title and again in its explanation is listed once. */
static gboolean
already_found (Search  *search,
               GObject *target,
               GObject *detail)
{
  SbSearchHit *last;

  if (search->hits->len == 0)
    return FALSE;
  last = search->hits->pdata[search->hits->len - 1];
  return last->target == target && last->detail == detail;
}

/* Adds a hit for the first language of @text that matches. */
static gboolean
try_text (Search       *search,
          GObject      *target,
          GObject      *detail,
          const SbText *text)
{
  if (full (search) || already_found (search, target, detail))
    return FALSE;
  for (guint i = 0; i < sb_text_get_n_langs (text); i++)
    {
      const char *lang = sb_text_get_lang (text, i);
      guint match_start = 0, match_length = 0;
      char *snippet = sb_search_snippet (sb_text_get (text, lang), search->folded_query, 24,
                                         &match_start, &match_length);

      if (snippet != NULL)
        {
          SbSearchHit *hit = g_new0 (SbSearchHit, 1);

          hit->target = target;
          hit->detail = detail;
          hit->lang = lang;
          hit->snippet = snippet;
          hit->match_start = match_start;
          hit->match_length = match_length;
          g_ptr_array_add (search->hits, hit);
          return TRUE;
        }
    }
  return FALSE;
}

static void
search_sections (Search     *search,
                 GObject    *target,
                 GListModel *sections)
{
  for (guint i = 0; i < g_list_model_get_n_items (sections) && !full (search); i++)
    {
      g_autoptr(SbSection) section = g_list_model_get_item (sections, i);
      GObject *where = target ? target : G_OBJECT (section);
      GObject *detail = target ? G_OBJECT (section) : NULL;

      if (!try_text (search, where, detail, sb_section_get_title (section)))
        try_text (search, where, detail, sb_section_get_body (section));
      search_sections (search, where, sb_section_get_children (section));
    }
}

/* Every place @query occurs in @standard's texts, in document order, at
 * most @max_hits of them; one hit per text, whichever language matched
 * first. The query is matched as typed (after folding case), so Chinese,
 * which has no spaces, works like English. */
GPtrArray *
sb_search_standard (SbStandard *standard,
                    const char *query,
                    guint       max_hits)
{
  g_autofree char *stripped = NULL;
  Search search;
  GPtrArray *nodes;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);

  if (!search_begin (&search, query, max_hits, &stripped))
    return search.hits;

  if (sb_standard_get_profile (standard) != NULL)
    {
      g_autoptr(GListStore) profile = g_list_store_new (SB_TYPE_SECTION);
      g_list_store_append (profile, sb_standard_get_profile (standard));
      search_sections (&search, NULL, G_LIST_MODEL (profile));
    }

  nodes = sb_standard_get_nodes (standard);
  for (guint i = 0; i < nodes->len && !full (&search); i++)
    {
      SbNode *node = nodes->pdata[i];
      GListModel *points = sb_node_get_guidance (node);

      if (sb_node_get_number (node)[0] != '\0' && g_str_equal (sb_node_get_number (node), stripped))
        {
          SbSearchHit *hit = g_new0 (SbSearchHit, 1);
          hit->target = G_OBJECT (node);
          hit->lang = SB_LANG_ZH;
          hit->snippet = g_strdup (sb_text_get (sb_node_get_title (node), SB_LANG_ZH));
          g_ptr_array_add (search.hits, hit);
        }
      try_text (&search, G_OBJECT (node), NULL, sb_node_get_title (node));
      try_text (&search, G_OBJECT (node), NULL, sb_node_get_explanation (node));
      try_text (&search, G_OBJECT (node), NULL, sb_node_get_keypoint (node));
      try_text (&search, G_OBJECT (node), NULL, sb_node_get_requirement (node));
      for (guint p = 0; p < g_list_model_get_n_items (points) && !full (&search); p++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, p);

          if (!try_text (&search, G_OBJECT (node), G_OBJECT (point), sb_guidance_point_get_title (point)))
            try_text (&search, G_OBJECT (node), G_OBJECT (point), sb_guidance_point_get_text (point));
        }
    }

  search_sections (&search, NULL, sb_standard_get_front (standard));
  search_sections (&search, NULL, sb_standard_get_rules (standard));
  {
    GListModel *guides = sb_standard_get_guides (standard);

    for (guint g = 0; g < g_list_model_get_n_items (guides) && !full (&search); g++)
      {
        g_autoptr(SbGuide) guide = g_list_model_get_item (guides, g);
        GListModel *bands = sb_guide_get_bands (guide);

        for (guint b = 0; b < g_list_model_get_n_items (bands); b++)
          {
            g_autoptr(SbBand) band = g_list_model_get_item (bands, b);
            GPtrArray *descriptors = sb_band_get_descriptors (band);

            try_text (&search, G_OBJECT (guide), G_OBJECT (band), sb_band_get_level (band));
            for (guint d = 0; d < descriptors->len; d++)
              try_text (&search, G_OBJECT (guide), G_OBJECT (band), descriptors->pdata[d]);
          }
      }
  }
  search_sections (&search, NULL, sb_standard_get_glossary (standard));
  search_sections (&search, NULL, sb_standard_get_references (standard));

  g_free (search.folded_query);
  return search.hits;
}

static void
search_notes (Search       *search,
              SbAssessment *assessment,
              SbNode       *node,
              GObject      *detail,
              const char   *owner_id,
              SbNoteKind    kind)
{
  guint n = sb_assessment_get_n_notes (assessment, owner_id, kind);

  for (guint i = 0; i < n && !full (search); i++)
    {
      guint match_start = 0, match_length = 0;
      char *snippet = sb_search_snippet (sb_assessment_get_note (assessment, owner_id, kind, i),
                                         search->folded_query, 24, &match_start, &match_length);
      SbSearchHit *hit;

      if (snippet == NULL)
        continue;
      hit = g_new0 (SbSearchHit, 1);
      hit->target = G_OBJECT (node);
      hit->detail = detail;
      hit->snippet = snippet;
      hit->match_start = match_start;
      hit->match_length = match_length;
      g_ptr_array_add (search->hits, hit);
    }
}

/* Every note of @assessment (strengths, opportunities, evidence notes and
 * references) that holds @query, in the standard's order; each hit's
 * target is the sub-item, its detail the guidance point when the note
 * belongs to one, and its lang NULL, since notes are in whatever language
 * the examiner wrote. */
GPtrArray *
sb_search_assessment (SbAssessment *assessment,
                      const char   *query,
                      guint         max_hits)
{
  g_autofree char *stripped = NULL;
  Search search;
  GPtrArray *scored;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  if (!search_begin (&search, query, max_hits, &stripped))
    return search.hits;

  scored = sb_standard_get_scored_nodes (sb_assessment_get_standard (assessment));
  for (guint i = 0; i < scored->len && !full (&search); i++)
    {
      SbNode *node = scored->pdata[i];
      GListModel *points = sb_node_get_guidance (node);

      search_notes (&search, assessment, node, NULL, sb_node_get_id (node), SB_NOTE_STRENGTH);
      search_notes (&search, assessment, node, NULL, sb_node_get_id (node), SB_NOTE_OPPORTUNITY);
      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, p);
          const char *point_id = sb_guidance_point_get_id (point);

          search_notes (&search, assessment, node, G_OBJECT (point), point_id, SB_NOTE_EVIDENCE);
          search_notes (&search, assessment, node, G_OBJECT (point), point_id, SB_NOTE_REFERENCE);
        }
    }

  g_free (search.folded_query);
  return search.hits;
}
