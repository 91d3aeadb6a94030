/* sb-assessment-kept.c — what a file holds that the standard or this Scorebook does not know: kept XML, unknown ids
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include "sb-assessment-state.h"

/* Kept content */

SbKept *
sb_kept_new (void)
{
  SbKept *kept = g_new0 (SbKept, 1);

  kept->children = g_ptr_array_new ();
  return kept;
}

static void
kept_child_free (SbKeptChild *child)
{
  g_free (child->xml);
  g_free (child);
}

void
sb_kept_free (SbKept *kept)
{
  if (kept == NULL)
    return;
  g_free (kept->attrs);
  for (guint i = 0; i < kept->children->len; i++)
    kept_child_free (g_ptr_array_index (kept->children, i));
  g_ptr_array_unref (kept->children);
  g_free (kept);
}

void
sb_kept_add_child (SbKept     *kept,
                   guint       after,
                   const char *xml)
{
  SbKeptChild *child = g_new0 (SbKeptChild, 1);

  child->after = after;
  child->xml = g_strdup (xml);
  g_ptr_array_add (kept->children, child);
}

SbKept *
sb_kept_copy (const SbKept *kept)
{
  SbKept *copy;

  if (kept == NULL)
    return NULL;
  copy = sb_kept_new ();
  copy->attrs = g_strdup (kept->attrs);
  for (guint i = 0; i < kept->children->len; i++)
    {
      SbKeptChild *child = g_ptr_array_index (kept->children, i);
      sb_kept_add_child (copy, child->after, child->xml);
    }
  return copy;
}

/* The ids of sub-items and points that a loaded file rated or annotated
 * but the standard lacks. They are kept and saved again, not scored. */
char **
sb_assessment_dup_unknown_ids (SbAssessment *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->unknown->len; i++)
    g_strv_builder_add (builder, ((SbNodeState *) g_ptr_array_index (self->unknown, i))->id);
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/* Private: for the file reader and writer */

SbKept *
sb_assessment_get_kept (SbAssessment *self,
                        const char   *key)
{
  SbNodeState *state;

  if (g_str_has_prefix (key, SB_KEPT_META))
    return g_hash_table_lookup (self->kept, key);
  state = g_hash_table_lookup (self->states, key);
  return state ? state->kept : NULL;
}

void
sb_assessment_take_kept (SbAssessment *self,
                         const char   *key,
                         SbKept       *kept)
{
  SbNodeState *state;

  if (g_str_has_prefix (key, SB_KEPT_META))
    {
      g_hash_table_insert (self->kept, g_strdup (key), kept);
      return;
    }
  state = g_hash_table_lookup (self->states, key);
  g_return_if_fail (state != NULL);
  sb_kept_free (state->kept);
  state->kept = kept;
}

SbKept *
sb_assessment_get_note_kept (SbAssessment *self,
                             const char   *owner_id,
                             SbNoteKind    kind,
                             guint         index)
{
  SbNote *note = sb_assessment_lookup_note (self, owner_id, kind, index);

  return note ? note->kept : NULL;
}

void
sb_assessment_take_note_kept (SbAssessment *self,
                              const char   *owner_id,
                              SbNoteKind    kind,
                              guint         index,
                              SbKept       *kept)
{
  SbNote *note = sb_assessment_lookup_note (self, owner_id, kind, index);

  g_return_if_fail (note != NULL);
  sb_kept_free (note->kept);
  note->kept = kept;
}

/* Adds an id the standard lacks: a sub-item when @subitem_id is NULL, else
 * a point filed under that sub-item. FALSE if the id is taken. */
gboolean
sb_assessment_add_unknown (SbAssessment *self,
                           const char   *id,
                           const char   *subitem_id)
{
  SbNodeState *state;

  if (g_hash_table_contains (self->states, id))
    return FALSE;
  state = g_new0 (SbNodeState, 1);
  state->id = g_strdup (id);
  state->unknown = TRUE;
  state->unknown_subitem = g_strdup (subitem_id);
  g_hash_table_insert (self->states, state->id, state);
  g_ptr_array_add (self->unknown, state);
  return TRUE;
}

void
sb_assessment_set_unknown_rating (SbAssessment *self,
                                  const char   *id,
                                  const char   *band_id,
                                  guint         percent)
{
  SbNodeState *state = g_hash_table_lookup (self->states, id);

  g_return_if_fail (state != NULL && state->unknown);
  sb_assessment_apply_rating (self, state, TRUE, band_id, percent);
}

/* The unknown ids, in the order they were read (unowned strings). */
GPtrArray *
sb_assessment_get_unknown (SbAssessment *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < self->unknown->len; i++)
    g_ptr_array_add (ids, ((SbNodeState *) g_ptr_array_index (self->unknown, i))->id);
  return ids;
}

/* For an unknown point, the sub-item it was filed under; NULL otherwise. */
const char *
sb_assessment_get_unknown_subitem (SbAssessment *self,
                                   const char   *id)
{
  SbNodeState *state = g_hash_table_lookup (self->states, id);

  return state && state->unknown ? state->unknown_subitem : NULL;
}

/* Whether a sub-item or point has anything to save. */
gboolean
sb_assessment_has_content (SbAssessment *self,
                           const char   *id)
{
  SbNodeState *state = g_hash_table_lookup (self->states, id);

  if (state == NULL)
    return FALSE;
  if (state->rated || state->kept != NULL || state->extra != NULL)
    return TRUE;
  /* A note never written is not saved, so it is no content either. */
  for (guint i = 0; i < SB_N_NOTE_KINDS; i++)
    for (guint j = 0; state->notes[i] != NULL && j < state->notes[i]->len; j++)
      {
        SbNote *note = state->notes[i]->pdata[j];

        if (note->kept != NULL || !sb_note_is_blank (note->text))
          return TRUE;
      }
  return FALSE;
}

gboolean
sb_assessment_has_id (SbAssessment *self,
                      const char   *id)
{
  return g_hash_table_contains (self->states, id);
}
