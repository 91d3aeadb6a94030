/* sb-assessment-consensus.c — what a consensus adds to notes and parts: note ids, authors, ++, proposals, independent range
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <string.h>

#include "sb-assessment-state.h"

/* Note ids */

/* Whether a note has @id, or a key theme links to it (a link kept from a
 * file that lacks its comment must not come to mean another). */
static gboolean
id_is_taken (SbAssessment *self,
             const char   *id)
{
  if (g_hash_table_contains (self->note_owners, id))
    return TRUE;
  for (guint kind = 0; kind < SB_N_THEME_KINDS; kind++)
    for (guint i = 0; i < self->themes[kind]->len; i++)
      if (g_strv_contains ((const char * const *) ((SbTheme *) g_ptr_array_index (self->themes[kind], i))->links, id))
        return TRUE;
  return FALSE;
}

/* Gives @note the next id no note of the assessment has. Ids are only
 * names: "n" and a number, never reused while the assessment is open. */
void
sb_assessment_give_note_id (SbAssessment *self,
                            SbNote       *note)
{
  char *id = NULL;

  g_assert (note->id == NULL);
  do
    {
      g_free (id);
      id = g_strdup_printf ("n%u", self->next_note_id++);
    }
  while (id_is_taken (self, id));
  note->id = id;
}

/* After loading: a note the file gave no id (format 1) gets one, in the
 * standard's order, so that the same file always gives the same ids. */
void
sb_assessment_give_note_ids (SbAssessment *self)
{
  GPtrArray *nodes = sb_standard_get_nodes (self->standard);
  g_autoptr(GPtrArray) states = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = g_ptr_array_index (nodes, i);
      GListModel *guidance = sb_node_get_guidance (node);

      g_ptr_array_add (states, g_hash_table_lookup (self->states, sb_node_get_id (node)));
      for (guint j = 0; j < g_list_model_get_n_items (guidance); j++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, j);
          g_ptr_array_add (states, g_hash_table_lookup (self->states, sb_guidance_point_get_id (point)));
        }
    }
  g_ptr_array_extend (states, self->unknown, NULL, NULL);

  for (guint i = 0; i < states->len; i++)
    {
      SbNodeState *state = g_ptr_array_index (states, i);

      for (guint kind = 0; kind < SB_N_NOTE_KINDS; kind++)
        for (guint j = 0; state->notes[kind] != NULL && j < state->notes[kind]->len; j++)
          {
            SbNote *note = g_ptr_array_index (state->notes[kind], j);

            if (note->id != NULL)
              continue;
            sb_assessment_give_note_id (self, note);
            sb_assessment_file_note (self, state, note, TRUE);
          }
    }
}

/* Keeps the index from note ids to their owners up to date: @filed when
 * @note joins @state's notes, not when it leaves them. */
void
sb_assessment_file_note (SbAssessment *self,
                         SbNodeState  *state,
                         SbNote       *note,
                         gboolean      filed)
{
  if (note->id == NULL)
    return;
  if (filed)
    g_hash_table_insert (self->note_owners, g_strdup (note->id), state);
  else if (g_hash_table_lookup (self->note_owners, note->id) == state)
    g_hash_table_remove (self->note_owners, note->id);
}

const char *
sb_assessment_get_note_id (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index)
{
  SbNote *note = sb_assessment_get_checked_note (self, owner_id, kind, index);

  return note ? note->id : NULL;
}

/* Where the note @note_id is now; FALSE when no note has that id (any
 * more). The out arguments may be NULL. */
gboolean
sb_assessment_find_note (SbAssessment  *self,
                         const char    *note_id,
                         const char   **owner_id,
                         SbNoteKind    *kind,
                         guint         *index)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);

  state = note_id ? g_hash_table_lookup (self->note_owners, note_id) : NULL;
  if (state == NULL)
    return FALSE;
  for (guint k = 0; k < SB_N_NOTE_KINDS; k++)
    for (guint i = 0; state->notes[k] != NULL && i < state->notes[k]->len; i++)
      if (g_strcmp0 (((SbNote *) g_ptr_array_index (state->notes[k], i))->id, note_id) == 0)
        {
          if (owner_id != NULL)
            *owner_id = state->id;
          if (kind != NULL)
            *kind = k;
          if (index != NULL)
            *index = i;
          return TRUE;
        }
  g_return_val_if_reached (FALSE);
}

/* The fields of a consensus comment */

static SbNote *
lookup_comment (SbAssessment *self,
                const char   *owner_id,
                SbNoteKind    kind,
                guint         index)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (owner_id != NULL, NULL);
  g_return_val_if_fail (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY, NULL);
  return sb_assessment_lookup_note (self, owner_id, kind, index);
}

/* Replaces a comment by @replacement (taken), one step of undo. */
static void
replace_comment (SbAssessment *self,
                 const char   *owner_id,
                 SbNoteKind    kind,
                 guint         index,
                 SbNote       *replacement)
{
  SbNodeState *state = sb_assessment_lookup_owner (self, owner_id, kind);

  sb_history_seal (self->history);
  sb_assessment_change_note (self, state, kind, index, replacement, TRUE);
  sb_history_seal (self->history);
}

const char *
sb_assessment_get_note_authors (SbAssessment *self,
                                const char   *owner_id,
                                SbNoteKind    kind,
                                guint         index)
{
  SbNote *note = lookup_comment (self, owner_id, kind, index);

  return note != NULL ? note->authors : NULL;
}

/* @authors NULL or "" clears them. */
void
sb_assessment_set_note_authors (SbAssessment *self,
                                const char   *owner_id,
                                SbNoteKind    kind,
                                guint         index,
                                const char   *authors)
{
  SbNote *note = lookup_comment (self, owner_id, kind, index);
  SbNote *replacement;

  g_return_if_fail (note != NULL);
  g_return_if_fail (authors == NULL || g_utf8_validate (authors, -1, NULL));

  if (authors != NULL && *authors == '\0')
    authors = NULL;
  if (g_strcmp0 (note->authors, authors) == 0)
    return;
  replacement = sb_note_copy (note);
  g_free (replacement->authors);
  replacement->authors = authors ? sb_assessment_clean_text (authors) : NULL;
  replace_comment (self, owner_id, kind, index, replacement);
}

/* The comment's ++ (@field SIGNIFICANT) or key-theme mark (KEY_THEME). */
typedef enum { SIGNIFICANT, KEY_THEME } Flag;

static gboolean *
flag_of (SbNote *note,
         Flag    field)
{
  return field == SIGNIFICANT ? &note->significant : &note->key_theme;
}

static gboolean
get_flag (SbAssessment *self,
          const char   *owner_id,
          SbNoteKind    kind,
          guint         index,
          Flag          field)
{
  SbNote *note = lookup_comment (self, owner_id, kind, index);

  return note != NULL && *flag_of (note, field);
}

static void
set_flag (SbAssessment *self,
          const char   *owner_id,
          SbNoteKind    kind,
          guint         index,
          Flag          field,
          gboolean      value)
{
  SbNote *note = lookup_comment (self, owner_id, kind, index);
  SbNote *replacement;

  g_return_if_fail (note != NULL);

  if (!*flag_of (note, field) == !value)
    return;
  replacement = sb_note_copy (note);
  *flag_of (replacement, field) = !!value;
  replace_comment (self, owner_id, kind, index, replacement);
}

gboolean
sb_assessment_get_note_significant (SbAssessment *self,
                                    const char   *owner_id,
                                    SbNoteKind    kind,
                                    guint         index)
{
  return get_flag (self, owner_id, kind, index, SIGNIFICANT);
}

void
sb_assessment_set_note_significant (SbAssessment *self,
                                    const char   *owner_id,
                                    SbNoteKind    kind,
                                    guint         index,
                                    gboolean      significant)
{
  set_flag (self, owner_id, kind, index, SIGNIFICANT, significant);
}

/* A candidate for a key theme. */
gboolean
sb_assessment_get_note_key_theme (SbAssessment *self,
                                  const char   *owner_id,
                                  SbNoteKind    kind,
                                  guint         index)
{
  return get_flag (self, owner_id, kind, index, KEY_THEME);
}

void
sb_assessment_set_note_key_theme (SbAssessment *self,
                                  const char   *owner_id,
                                  SbNoteKind    kind,
                                  guint         index,
                                  gboolean      candidate)
{
  set_flag (self, owner_id, kind, index, KEY_THEME, candidate);
}

/* Initials of an examiner's name, as a consensus comment names its
 * authors: "Li Mei" → "LM"; a Chinese name is short and kept whole up to
 * its first space ("张伟 Zhang Wei" → "张伟"); no name → "?". */
char *
sb_examiner_initials (const char *examiner)
{
  g_autofree char *name = g_strstrip (g_strdup (examiner ? examiner : ""));
  g_auto(GStrv) words = NULL;
  GString *initials;

  if (*name == '\0')
    return g_strdup ("?");
  if (g_unichar_get_script (g_utf8_get_char (name)) == G_UNICODE_SCRIPT_HAN)
    {
      char *space = strchr (name, ' ');
      return space ? g_strndup (name, space - name) : g_strdup (name);
    }
  words = g_strsplit_set (name, " \t", -1);
  initials = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (words[i])));
  return g_string_free (initials, FALSE);
}

/* A part's consensus: proposals, trail, range, baseline mark */

static void
proposal_free (SbProposal *proposal)
{
  g_free (proposal->author);
  g_free (proposal->text);
  sb_kept_free (proposal->kept);
  g_free (proposal);
}

static SbProposal *
proposal_copy (const SbProposal *proposal)
{
  SbProposal *copy = g_new0 (SbProposal, 1);

  copy->kind = proposal->kind;
  copy->author = g_strdup (proposal->author);
  copy->text = g_strdup (proposal->text);
  copy->state = proposal->state;
  copy->kept = sb_kept_copy (proposal->kept);
  return copy;
}

static void
trail_item_free (SbTrailItem *item)
{
  g_free ((char *) item->entry.from_band);
  g_free ((char *) item->entry.to_band);
  g_free ((char *) item->entry.rationale);
  g_clear_pointer (&item->entry.when, g_date_time_unref);
  sb_kept_free (item->kept);
  g_free (item);
}

/* A trail item holding a copy of @entry. */
SbTrailItem *
sb_trail_item_new (const SbTrailEntry *entry)
{
  SbTrailItem *item = g_new0 (SbTrailItem, 1);

  item->entry = *entry;
  item->entry.from_band = g_strdup (entry->from_band);
  item->entry.to_band = g_strdup (entry->to_band);
  item->entry.rationale = g_strdup (entry->rationale);
  item->entry.when = entry->when ? g_date_time_ref (entry->when) : NULL;
  return item;
}

static SbTrailItem *
trail_item_copy (const SbTrailItem *item)
{
  SbTrailItem *copy = sb_trail_item_new (&item->entry);

  copy->kept = sb_kept_copy (item->kept);
  return copy;
}

/* A copy of @extra, or a new empty one when @extra is NULL. */
SbPartExtra *
sb_part_extra_copy (const SbPartExtra *extra)
{
  SbPartExtra *copy = g_new0 (SbPartExtra, 1);

  copy->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify) proposal_free);
  copy->trail = g_ptr_array_new_with_free_func ((GDestroyNotify) trail_item_free);
  if (extra == NULL)
    return copy;
  for (guint i = 0; i < extra->proposals->len; i++)
    g_ptr_array_add (copy->proposals, proposal_copy (g_ptr_array_index (extra->proposals, i)));
  for (guint i = 0; i < extra->trail->len; i++)
    g_ptr_array_add (copy->trail, trail_item_copy (g_ptr_array_index (extra->trail, i)));
  copy->ranged = extra->ranged;
  copy->lowest = extra->lowest;
  copy->highest = extra->highest;
  copy->baseline = extra->baseline;
  return copy;
}

void
sb_part_extra_free (SbPartExtra *extra)
{
  if (extra == NULL)
    return;
  g_ptr_array_unref (extra->proposals);
  g_ptr_array_unref (extra->trail);
  g_free (extra);
}

static gboolean
part_extra_is_empty (const SbPartExtra *extra)
{
  return extra->proposals->len == 0 && extra->trail->len == 0 && !extra->ranged && !extra->baseline;
}

/* Puts @extra (taken) in place of the part's consensus. */
void
sb_assessment_apply_extra (SbAssessment *self,
                           SbNodeState  *state,
                           SbPartExtra  *extra)
{
  sb_part_extra_free (state->extra);
  state->extra = extra;
  if (extra != NULL && part_extra_is_empty (extra))
    g_clear_pointer (&state->extra, sb_part_extra_free);
  sb_assessment_changed (self);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_NOTES_CHANGED], 0, state->id,
                 (guint) SB_NOTE_KIND_CONSENSUS, 0u, 0u, 0u);
}

/* The state of a scored part, or NULL after a critical. */
SbNodeState *
sb_assessment_lookup_part (SbAssessment *self,
                           const char   *part_id)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (part_id != NULL, NULL);

  state = g_hash_table_lookup (self->states, part_id);
  g_return_val_if_fail (state != NULL && sb_node_state_is_subitem (state), NULL);
  return state;
}

/* Proposals */

guint
sb_assessment_get_n_proposals (SbAssessment *self,
                               const char   *part_id)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  return state && state->extra ? state->extra->proposals->len : 0;
}

static SbProposal *
lookup_proposal (SbAssessment *self,
                 const char   *part_id,
                 guint         index)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  g_return_val_if_fail (state != NULL && state->extra != NULL && index < state->extra->proposals->len, NULL);
  return g_ptr_array_index (state->extra->proposals, index);
}

/* Adds an examiner's strength or opportunity (@author is the examiner's
 * name) at the end of the part's proposals, open. */
void
sb_assessment_add_proposal (SbAssessment *self,
                            const char   *part_id,
                            SbNoteKind    kind,
                            const char   *author,
                            const char   *text)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);
  SbPartExtra *extra;
  SbProposal *proposal;

  g_return_if_fail (state != NULL);
  g_return_if_fail (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY);
  g_return_if_fail (author == NULL || g_utf8_validate (author, -1, NULL));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  extra = sb_part_extra_copy (state->extra);
  proposal = g_new0 (SbProposal, 1);
  proposal->kind = kind;
  proposal->author = sb_assessment_clean_text (author);
  proposal->text = sb_assessment_clean_text (text);
  proposal->state = SB_PROPOSAL_OPEN;
  g_ptr_array_add (extra->proposals, proposal);
  sb_assessment_change_extra (self, state, extra, NULL);
}

SbNoteKind
sb_assessment_get_proposal_kind (SbAssessment *self,
                                 const char   *part_id,
                                 guint         index)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);

  return proposal ? proposal->kind : SB_NOTE_STRENGTH;
}

const char *
sb_assessment_get_proposal_author (SbAssessment *self,
                                   const char   *part_id,
                                   guint         index)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);

  return proposal ? proposal->author : NULL;
}

const char *
sb_assessment_get_proposal_text (SbAssessment *self,
                                 const char   *part_id,
                                 guint         index)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);

  return proposal ? proposal->text : NULL;
}

SbProposalState
sb_assessment_get_proposal_state (SbAssessment *self,
                                  const char   *part_id,
                                  guint         index)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);

  return proposal ? proposal->state : SB_PROPOSAL_OPEN;
}

void
sb_assessment_set_proposal_state (SbAssessment    *self,
                                  const char      *part_id,
                                  guint            index,
                                  SbProposalState  proposal_state)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);
  SbNodeState *state;
  SbPartExtra *extra;

  g_return_if_fail (proposal != NULL);
  g_return_if_fail ((guint) proposal_state <= SB_PROPOSAL_NOT_USED);

  if (proposal->state == proposal_state)
    return;
  state = g_hash_table_lookup (self->states, part_id);
  extra = sb_part_extra_copy (state->extra);
  ((SbProposal *) g_ptr_array_index (extra->proposals, index))->state = proposal_state;
  sb_assessment_change_extra (self, state, extra, NULL);
}

/* "LM, WF": the initials of the proposals' authors, each once, in order. */
static char *
merged_authors (SbPartExtra *extra,
                const guint *indices,
                guint        n)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) authors = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      SbProposal *proposal = g_ptr_array_index (extra->proposals, indices[i]);
      char *initials = sb_examiner_initials (proposal->author);

      if (g_ptr_array_find_with_equal_func (seen, initials, g_str_equal, NULL))
        {
          g_free (initials);
          continue;
        }
      g_string_append_printf (authors, "%s%s", seen->len ? ", " : "", initials);
      g_ptr_array_add (seen, initials);
    }
  return g_strdup (authors->str);
}

/* Merges proposals into one new consensus comment at the end of the part's
 * strengths or opportunities (by the proposals' kind, which they share):
 * their texts joined by a blank line, their authors' initials; the
 * proposals become used. One step of undo. Returns the comment's index. */
guint
sb_assessment_merge_proposals (SbAssessment *self,
                               const char   *part_id,
                               const guint  *indices,
                               guint         n)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);
  g_autoptr(GString) text = g_string_new (NULL);
  SbPartExtra *extra;
  SbNote *note;
  SbNoteKind kind;
  guint index;

  g_return_val_if_fail (state != NULL && state->extra != NULL, 0);
  g_return_val_if_fail (indices != NULL && n > 0, 0);
  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (indices[i] < state->extra->proposals->len, 0);
  kind = ((SbProposal *) g_ptr_array_index (state->extra->proposals, indices[0]))->kind;
  for (guint i = 0; i < n; i++)
    g_return_val_if_fail (((SbProposal *) g_ptr_array_index (state->extra->proposals, indices[i]))->kind == kind, 0);

  extra = sb_part_extra_copy (state->extra);
  for (guint i = 0; i < n; i++)
    {
      SbProposal *proposal = g_ptr_array_index (extra->proposals, indices[i]);

      g_string_append_printf (text, "%s%s", i ? "\n\n" : "", proposal->text);
      proposal->state = SB_PROPOSAL_USED;
    }
  note = sb_note_new (SB_EVIDENCE_DOCUMENT, text->str);
  note->authors = merged_authors (extra, indices, n);
  index = sb_assessment_get_n_notes (self, part_id, kind);

  sb_history_begin_group (self->history);
  sb_assessment_change_note (self, state, kind, index, note, FALSE);
  sb_assessment_change_extra (self, state, extra, NULL);
  sb_history_end_group (self->history);
  return index;
}

/* The independent range */

/* The lowest and highest percent the examiners gave the part in their
 * independent reviews, recorded when the consensus is seeded. */
void
sb_assessment_set_independent_range (SbAssessment *self,
                                     const char   *part_id,
                                     guint         lowest,
                                     guint         highest)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);
  SbPartExtra *extra;

  g_return_if_fail (state != NULL);
  g_return_if_fail (lowest <= highest && highest <= 100);

  if (state->extra != NULL && state->extra->ranged &&
      state->extra->lowest == lowest && state->extra->highest == highest)
    return;
  extra = sb_part_extra_copy (state->extra);
  extra->ranged = TRUE;
  extra->lowest = lowest;
  extra->highest = highest;
  sb_assessment_change_extra (self, state, extra, NULL);
}

gboolean
sb_assessment_get_independent_range (SbAssessment *self,
                                     const char   *part_id,
                                     guint        *lowest,
                                     guint        *highest)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  if (state == NULL || state->extra == NULL || !state->extra->ranged)
    return FALSE;
  if (lowest != NULL)
    *lowest = state->extra->lowest;
  if (highest != NULL)
    *highest = state->extra->highest;
  return TRUE;
}

/* Whether rating the part @percent takes it out of its independent range
 * (the team then gives a rationale); FALSE when no range was recorded. */
gboolean
sb_assessment_rating_leaves_range (SbAssessment *self,
                                   const char   *part_id,
                                   guint         percent)
{
  guint lowest, highest;

  if (!sb_assessment_get_independent_range (self, part_id, &lowest, &highest))
    return FALSE;
  return percent < lowest || percent > highest;
}

/* Private: for the file reader and writer */

gboolean
sb_assessment_set_note_id (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index,
                           const char   *id)
{
  SbNodeState *state = sb_assessment_lookup_owner (self, owner_id, kind);
  SbNote *note = sb_assessment_lookup_note (self, owner_id, kind, index);

  g_return_val_if_fail (note != NULL, FALSE);
  if (g_hash_table_contains (self->note_owners, id))
    return FALSE;
  sb_assessment_file_note (self, state, note, FALSE);
  g_free (note->id);
  note->id = g_strdup (id);
  sb_assessment_file_note (self, state, note, TRUE);
  return TRUE;
}

/* Where what the file held beyond a proposal is kept. */
SbKept **
sb_assessment_proposal_kept (SbAssessment *self,
                             const char   *part_id,
                             guint         index)
{
  SbProposal *proposal = lookup_proposal (self, part_id, index);

  return proposal ? &proposal->kept : NULL;
}

static gboolean
note_has_consensus (SbNote *note)
{
  return note->authors != NULL || note->significant || note->key_theme;
}

/* Whether the assessment holds anything that format version 2 added, and
 * so must be written in it. */
gboolean
sb_assessment_has_consensus (SbAssessment *self)
{
  GHashTableIter iter;
  SbNodeState *state;

  for (guint i = 0; i < SB_N_THEME_KINDS; i++)
    if (self->themes[i]->len > 0)
      return TRUE;
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &state))
    {
      if (state->extra != NULL)
        return TRUE;
      for (guint k = SB_NOTE_STRENGTH; k <= SB_NOTE_OPPORTUNITY; k++)
        for (guint i = 0; state->notes[k] != NULL && i < state->notes[k]->len; i++)
          if (note_has_consensus (g_ptr_array_index (state->notes[k], i)))
            return TRUE;
    }
  return FALSE;
}
