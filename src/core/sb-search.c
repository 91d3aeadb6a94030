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

/* One text of the standard a search looks in, in the order its results
 * are listed; the texts of one place follow each other. */
typedef struct
{
  GObject      *target;
  GObject      *detail;
  const SbText *text;
  guint         folded;    /* in SearchIndex.folded: the text in each of its languages in turn */
  SbNode       *numbered;  /* a node's title: the node, whose number alone also finds it */
} Entry;

/* What a standard's searches share, made at its first search: every text
 * with its case folded once (folding each text again for every key cost
 * more than the rest of a search), and the last search that looked at
 * every text, since a longer query that holds it can match only where it
 * did. A standard does not change once loaded. */
typedef struct
{
  GMutex      lock;
  GArray     *entries;       /* of Entry */
  GPtrArray  *folded;        /* of char* */
  GHashTable *numbers;       /* the nodes' numbers, for queries that name one */
  char       *last_query;    /* folded; NULL when there is none */
  GArray     *last_matched;  /* of guint: the entries @last_query is in */
} SearchIndex;

static void
search_index_free (gpointer data)
{
  SearchIndex *index = data;

  g_mutex_clear (&index->lock);
  g_array_unref (index->entries);
  g_ptr_array_unref (index->folded);
  g_hash_table_unref (index->numbers);
  g_free (index->last_query);
  g_clear_pointer (&index->last_matched, g_array_unref);
  g_free (index);
}

static void
index_text (SearchIndex  *index,
            GObject      *target,
            GObject      *detail,
            const SbText *text,
            SbNode       *numbered)
{
  Entry entry = { target, detail, text, index->folded->len, numbered };

  for (guint i = 0; i < sb_text_get_n_langs (text); i++)
    g_ptr_array_add (index->folded, g_utf8_casefold (sb_text_get (text, sb_text_get_lang (text, i)), -1));
  g_array_append_val (index->entries, entry);
}

/* A section's title, its body, then its children's, which lead to the
 * section (or to @target, when it is inside one). */
static void
index_sections (SearchIndex *index,
                GObject     *target,
                GListModel  *sections)
{
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SbSection) section = g_list_model_get_item (sections, i);
      GObject *where = target ? target : G_OBJECT (section);
      GObject *detail = target ? G_OBJECT (section) : NULL;

      index_text (index, where, detail, sb_section_get_title (section), NULL);
      index_text (index, where, detail, sb_section_get_body (section), NULL);
      index_sections (index, where, sb_section_get_children (section));
    }
}

static void
index_node (SearchIndex *index,
            SbNode      *node)
{
  GListModel *points = sb_node_get_guidance (node);

  if (sb_node_get_number (node)[0] != '\0')
    g_hash_table_add (index->numbers, (gpointer) sb_node_get_number (node));
  index_text (index, G_OBJECT (node), NULL, sb_node_get_title (node), node);
  index_text (index, G_OBJECT (node), NULL, sb_node_get_explanation (node), NULL);
  index_text (index, G_OBJECT (node), NULL, sb_node_get_keypoint (node), NULL);
  index_text (index, G_OBJECT (node), NULL, sb_node_get_requirement (node), NULL);
  for (guint p = 0; p < g_list_model_get_n_items (points); p++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, p);

      index_text (index, G_OBJECT (node), G_OBJECT (point), sb_guidance_point_get_title (point), NULL);
      index_text (index, G_OBJECT (node), G_OBJECT (point), sb_guidance_point_get_text (point), NULL);
    }
}

static void
index_guides (SearchIndex *index,
              GListModel  *guides)
{
  for (guint g = 0; g < g_list_model_get_n_items (guides); g++)
    {
      g_autoptr(SbGuide) guide = g_list_model_get_item (guides, g);
      GListModel *bands = sb_guide_get_bands (guide);

      for (guint b = 0; b < g_list_model_get_n_items (bands); b++)
        {
          g_autoptr(SbBand) band = g_list_model_get_item (bands, b);
          GPtrArray *descriptors = sb_band_get_descriptors (band);

          index_text (index, G_OBJECT (guide), G_OBJECT (band), sb_band_get_level (band), NULL);
          for (guint d = 0; d < descriptors->len; d++)
            index_text (index, G_OBJECT (guide), G_OBJECT (band), descriptors->pdata[d], NULL);
        }
    }
}

/* @standard's index, made at its first search: the profile, the criteria,
 * the front matter and rules, the scoring guides, the glossary and the
 * references, in that order. */
static SearchIndex *
search_index_get (SbStandard *standard)
{
  static GMutex making;
  static GQuark quark;
  SearchIndex *index;
  GPtrArray *nodes = sb_standard_get_nodes (standard);

  g_mutex_lock (&making);
  if (quark == 0)
    quark = g_quark_from_static_string ("sb-search-index");
  index = g_object_get_qdata (G_OBJECT (standard), quark);
  if (index != NULL)
    {
      g_mutex_unlock (&making);
      return index;
    }
  index = g_new0 (SearchIndex, 1);
  g_mutex_init (&index->lock);
  index->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  index->folded = g_ptr_array_new_with_free_func (g_free);
  index->numbers = g_hash_table_new (g_str_hash, g_str_equal);
  if (sb_standard_get_profile (standard) != NULL)
    {
      g_autoptr(GListStore) profile = g_list_store_new (SB_TYPE_SECTION);
      g_list_store_append (profile, sb_standard_get_profile (standard));
      index_sections (index, NULL, G_LIST_MODEL (profile));
    }
  for (guint i = 0; i < nodes->len; i++)
    index_node (index, nodes->pdata[i]);
  index_sections (index, NULL, sb_standard_get_front (standard));
  index_sections (index, NULL, sb_standard_get_rules (standard));
  index_guides (index, sb_standard_get_guides (standard));
  index_sections (index, NULL, sb_standard_get_glossary (standard));
  index_sections (index, NULL, sb_standard_get_references (standard));
  g_object_set_qdata_full (G_OBJECT (standard), quark, index, search_index_free);
  g_mutex_unlock (&making);
  return index;
}

static void
prepare_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  search_index_get (SB_STANDARD (source));
  g_task_return_boolean (task, TRUE);
}

/* Makes @standard's index in a thread, when a search is about to start,
 * so that the first key does not wait for it (about 75 ms for a standard
 * of 10,000 guidance points). A search in the meantime waits for it. */
void
sb_search_prepare (SbStandard *standard)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SB_IS_STANDARD (standard));

  task = g_task_new (standard, NULL, NULL, NULL);
  g_task_set_source_tag (task, sb_search_prepare);
  g_task_run_in_thread (task, prepare_in_thread);
}

static SbSearchHit *
add_hit (Search     *search,
         GObject    *target,
         GObject    *detail,
         const char *lang,
         char       *snippet)
{
  SbSearchHit *hit = g_new0 (SbSearchHit, 1);

  hit->target = target;
  hit->detail = detail;
  hit->lang = lang;
  hit->snippet = snippet;
  g_ptr_array_add (search->hits, hit);
  return hit;
}

/* Looks in the entry at @i: a node named by its number, else a hit for
 * the first language of its text that holds the query, unless its place
 * was found in the text before. The entry goes into @matched when the
 * query is in it at all. */
static void
search_entry (Search      *search,
              SearchIndex *index,
              guint        i,
              const char  *stripped,
              GArray      *matched)
{
  Entry *entry = &g_array_index (index->entries, Entry, i);
  guint n_langs = sb_text_get_n_langs (entry->text);
  SbSearchHit *hit;
  const char *lang;
  guint l;

  if (entry->numbered != NULL && g_str_equal (sb_node_get_number (entry->numbered), stripped))
    add_hit (search, entry->target, NULL, SB_LANG_ZH,
             g_strdup (sb_text_get (sb_node_get_title (entry->numbered), SB_LANG_ZH)));
  for (l = 0; l < n_langs && strstr (index->folded->pdata[entry->folded + l], search->folded_query) == NULL; l++)
    ;
  if (l == n_langs)
    return;
  g_array_append_val (matched, i);
  if (full (search) || already_found (search, entry->target, entry->detail))
    return;
  lang = sb_text_get_lang (entry->text, l);
  hit = add_hit (search, entry->target, entry->detail, lang, NULL);
  hit->snippet = sb_search_snippet (sb_text_get (entry->text, lang), search->folded_query, 24,
                                    &hit->match_start, &hit->match_length);
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
  g_autoptr(GArray) matched = g_array_new (FALSE, FALSE, sizeof (guint));
  Search search;
  SearchIndex *index;
  gboolean narrow;
  guint n;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);

  if (!search_begin (&search, query, max_hits, &stripped))
    return search.hits;

  index = search_index_get (standard);
  g_mutex_lock (&index->lock);
  /* A number names its node whatever the texts hold: no narrowing then. */
  narrow = index->last_query != NULL && strstr (search.folded_query, index->last_query) != NULL &&
           !g_hash_table_contains (index->numbers, stripped);
  n = narrow ? index->last_matched->len : index->entries->len;
  for (guint k = 0; k < n && !full (&search); k++)
    search_entry (&search, index, narrow ? g_array_index (index->last_matched, guint, k) : k, stripped, matched);
  /* Only a search that looked at every entry tells where a longer one can match. */
  if (!full (&search))
    {
      g_free (index->last_query);
      index->last_query = g_strdup (search.folded_query);
      g_clear_pointer (&index->last_matched, g_array_unref);
      index->last_matched = g_steal_pointer (&matched);
    }
  g_mutex_unlock (&index->lock);

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
      hit = add_hit (search, G_OBJECT (node), detail, NULL, snippet);
      hit->match_start = match_start;
      hit->match_length = match_length;
    }
}

/* A part or a guidance point that holds notes, and the two kinds of
 * notes it can hold. */
typedef struct
{
  SbNode     *node;
  GObject    *detail;
  const char *owner_id;
  SbNoteKind  kinds[2];
} NoteOwner;

/* The places of an assessment that hold notes, in the standard's order.
 * Asking every part and point of a large standard for its notes cost more
 * than the search itself (10 to 17 ms a key with 10,000 points, most of
 * them without notes), so the places are listed once and again only
 * after the assessment changed. */
typedef struct
{
  GArray   *owners;  /* of NoteOwner */
  gboolean  stale;
} NoteOwners;

static void
note_owners_free (gpointer data)
{
  NoteOwners *owners = data;

  g_array_unref (owners->owners);
  g_free (owners);
}

static void
note_owners_stale (NoteOwners *owners)
{
  owners->stale = TRUE;
}

static void
add_owner (GArray       *owners,
           SbAssessment *assessment,
           SbNode       *node,
           GObject      *detail,
           const char   *owner_id,
           SbNoteKind    first,
           SbNoteKind    second)
{
  NoteOwner owner = { node, detail, owner_id, { first, second } };

  if (sb_assessment_get_n_notes (assessment, owner_id, first) > 0 ||
      sb_assessment_get_n_notes (assessment, owner_id, second) > 0)
    g_array_append_val (owners, owner);
}

static GArray *
note_owners_get (SbAssessment *assessment)
{
  static GQuark quark;
  NoteOwners *owners;
  GPtrArray *scored;

  if (quark == 0)
    quark = g_quark_from_static_string ("sb-search-note-owners");
  owners = g_object_get_qdata (G_OBJECT (assessment), quark);
  if (owners == NULL)
    {
      owners = g_new0 (NoteOwners, 1);
      owners->owners = g_array_new (FALSE, FALSE, sizeof (NoteOwner));
      owners->stale = TRUE;
      g_object_set_qdata_full (G_OBJECT (assessment), quark, owners, note_owners_free);
      g_signal_connect_swapped (assessment, "changed", G_CALLBACK (note_owners_stale), owners);
      g_signal_connect_swapped (assessment, "notes-changed", G_CALLBACK (note_owners_stale), owners);
    }
  if (!owners->stale)
    return owners->owners;
  g_array_set_size (owners->owners, 0);
  scored = sb_standard_get_scored_nodes (sb_assessment_get_standard (assessment));
  for (guint i = 0; i < scored->len; i++)
    {
      SbNode *node = scored->pdata[i];
      GListModel *points = sb_node_get_guidance (node);

      add_owner (owners->owners, assessment, node, NULL, sb_node_get_id (node), SB_NOTE_STRENGTH, SB_NOTE_OPPORTUNITY);
      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, p);

          add_owner (owners->owners, assessment, node, G_OBJECT (point), sb_guidance_point_get_id (point),
                     SB_NOTE_EVIDENCE, SB_NOTE_REFERENCE);
        }
    }
  owners->stale = FALSE;
  return owners->owners;
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
  GArray *owners;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  if (!search_begin (&search, query, max_hits, &stripped))
    return search.hits;

  owners = note_owners_get (assessment);
  for (guint i = 0; i < owners->len && !full (&search); i++)
    {
      NoteOwner *owner = &g_array_index (owners, NoteOwner, i);

      search_notes (&search, assessment, owner->node, owner->detail, owner->owner_id, owner->kinds[0]);
      search_notes (&search, assessment, owner->node, owner->detail, owner->owner_id, owner->kinds[1]);
    }

  g_free (search.folded_query);
  return search.hits;
}
