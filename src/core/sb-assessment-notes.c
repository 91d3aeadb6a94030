/* sb-assessment-notes.c — the notes of an assessment: strengths, opportunities, evidence, references
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <string.h>

#include "sb-assessment-state.h"

SbNodeState *
sb_assessment_lookup_owner (SbAssessment *self,
                            const char   *owner_id,
                            SbNoteKind    kind)
{
  SbNodeState *state = g_hash_table_lookup (self->states, owner_id);

  if (state == NULL)
    return NULL;
  if (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY)
    return sb_node_state_is_subitem (state) ? state : NULL;
  return sb_node_state_is_point (state) ? state : NULL;
}

static void
notes_changed (SbAssessment *self,
               SbNodeState  *state,
               SbNoteKind    kind,
               guint         position,
               guint         removed,
               guint         added)
{
  sb_assessment_changed (self);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_NOTES_CHANGED], 0, state->id, (guint) kind, position, removed, added);
}

/* Puts @note (taken; NULL removes) at @index, replacing what is there when
 * @replace. */
void
sb_assessment_apply_note (SbAssessment *self,
                          SbNodeState  *state,
                          SbNoteKind    kind,
                          guint         index,
                          SbNote       *note,
                          gboolean      replace)
{
  GPtrArray *notes = sb_node_state_ensure_notes (state, kind);

  if (replace || note == NULL)
    sb_assessment_file_note (self, state, g_ptr_array_index (notes, index), FALSE);
  if (note != NULL)
    sb_assessment_file_note (self, state, note, TRUE);

  if (replace && note != NULL)
    {
      sb_note_free (g_ptr_array_index (notes, index));
      g_ptr_array_index (notes, index) = note;
      notes_changed (self, state, kind, index, 1, 1);
    }
  else if (note != NULL)
    {
      g_ptr_array_insert (notes, index, note);
      notes_changed (self, state, kind, index, 0, 1);
    }
  else
    {
      g_ptr_array_remove_index (notes, index);
      notes_changed (self, state, kind, index, 1, 0);
    }
}

guint
sb_assessment_get_n_notes (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS, 0);

  state = sb_assessment_lookup_owner (self, owner_id, kind);
  return state && state->notes[kind] ? state->notes[kind]->len : 0;
}

/* A note with nothing but white space in it: one the examiner added and
 * never wrote. It is kept while the window shows it, but never saved,
 * printed or exported as an empty bullet. */
gboolean
sb_note_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* How many of @owner_id's notes of @kind have something written in them. */
guint
sb_assessment_count_written_notes (SbAssessment *self,
                                   const char   *owner_id,
                                   SbNoteKind    kind)
{
  guint n = sb_assessment_get_n_notes (self, owner_id, kind);
  guint written = 0;

  for (guint i = 0; i < n; i++)
    written += !sb_note_is_blank (sb_assessment_get_note (self, owner_id, kind, i));
  return written;
}

SbNote *
sb_assessment_lookup_note (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index)
{
  SbNodeState *state = sb_assessment_lookup_owner (self, owner_id, kind);

  if (state == NULL || state->notes[kind] == NULL || index >= state->notes[kind]->len)
    return NULL;
  return g_ptr_array_index (state->notes[kind], index);
}

/* The note a public getter was asked for, or NULL after a critical. */
SbNote *
sb_assessment_get_checked_note (SbAssessment *self,
                                const char   *owner_id,
                                SbNoteKind    kind,
                                guint         index)
{
  SbNote *note;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS, NULL);

  note = sb_assessment_lookup_note (self, owner_id, kind, index);
  g_return_val_if_fail (note != NULL, NULL);
  return note;
}

const char *
sb_assessment_get_note (SbAssessment *self,
                        const char   *owner_id,
                        SbNoteKind    kind,
                        guint         index)
{
  SbNote *note = sb_assessment_get_checked_note (self, owner_id, kind, index);

  return note ? note->text : NULL;
}

/* What kind of evidence a reference is. */
SbEvidenceKind
sb_assessment_get_note_evidence (SbAssessment *self,
                                 const char   *point_id,
                                 guint         index)
{
  SbNote *note;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (point_id != NULL, 0);

  note = sb_assessment_lookup_note (self, point_id, SB_NOTE_REFERENCE, index);
  g_return_val_if_fail (note != NULL, 0);
  return note->evidence;
}

/* Strengths and opportunities belong to sub-items (@owner_id a sub-item's
 * id), evidence notes and references to guidance points (a point's id). */
void
sb_assessment_insert_note (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index,
                           const char   *text)
{
  SbNodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  state = sb_assessment_lookup_owner (self, owner_id, kind);
  g_return_if_fail (state != NULL);
  g_return_if_fail (index <= sb_assessment_get_n_notes (self, owner_id, kind));

  {
    g_autofree char *clean = sb_assessment_clean_text (text);
    sb_assessment_change_note (self, state, kind, index, sb_note_new (SB_EVIDENCE_DOCUMENT, clean), FALSE);
  }
}

void
sb_assessment_insert_reference (SbAssessment   *self,
                                const char     *point_id,
                                guint           index,
                                SbEvidenceKind  evidence,
                                const char     *source)
{
  SbNodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (point_id != NULL);
  g_return_if_fail ((guint) evidence <= SB_EVIDENCE_OBSERVATION);
  g_return_if_fail (source == NULL || g_utf8_validate (source, -1, NULL));

  state = sb_assessment_lookup_owner (self, point_id, SB_NOTE_REFERENCE);
  g_return_if_fail (state != NULL);
  g_return_if_fail (index <= sb_assessment_get_n_notes (self, point_id, SB_NOTE_REFERENCE));

  {
    g_autofree char *clean = sb_assessment_clean_text (source);
    sb_assessment_change_note (self, state, SB_NOTE_REFERENCE, index, sb_note_new (evidence, clean), FALSE);
  }
}

/* Replaces the text of a note; consecutive calls on the same note are one
 * step of undo until the history is sealed. */
void
sb_assessment_set_note (SbAssessment *self,
                        const char   *owner_id,
                        SbNoteKind    kind,
                        guint         index,
                        const char   *text)
{
  SbNodeState *state;
  SbNote *note;
  SbNote *replacement;
  g_autofree char *clean = NULL;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  state = sb_assessment_lookup_owner (self, owner_id, kind);
  note = sb_assessment_lookup_note (self, owner_id, kind, index);
  g_return_if_fail (note != NULL);

  clean = sb_assessment_clean_text (text);
  if (strcmp (note->text, clean) == 0)
    return;
  replacement = sb_note_copy (note);
  g_free (replacement->text);
  replacement->text = g_steal_pointer (&clean);
  sb_assessment_change_note (self, state, kind, index, replacement, TRUE);
}

void
sb_assessment_set_note_evidence (SbAssessment   *self,
                                 const char     *point_id,
                                 guint           index,
                                 SbEvidenceKind  evidence)
{
  SbNodeState *state;
  SbNote *note;
  SbNote *replacement;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (point_id != NULL);
  g_return_if_fail ((guint) evidence <= SB_EVIDENCE_OBSERVATION);

  state = sb_assessment_lookup_owner (self, point_id, SB_NOTE_REFERENCE);
  note = sb_assessment_lookup_note (self, point_id, SB_NOTE_REFERENCE, index);
  g_return_if_fail (note != NULL);

  if (note->evidence == evidence)
    return;
  replacement = sb_note_copy (note);
  replacement->evidence = evidence;
  sb_assessment_change_note (self, state, SB_NOTE_REFERENCE, index, replacement, TRUE);
}

void
sb_assessment_remove_note (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index)
{
  SbNodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);

  state = sb_assessment_lookup_owner (self, owner_id, kind);
  g_return_if_fail (sb_assessment_lookup_note (self, owner_id, kind, index) != NULL);
  sb_assessment_change_note (self, state, kind, index, NULL, FALSE);
}
