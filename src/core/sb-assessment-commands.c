/* sb-assessment-commands.c — the undo commands of an assessment: its properties, ratings and notes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include "sb-assessment-state.h"

/* Property commands: the text and choices of the metadata */

typedef struct
{
  GParamSpec *pspec;
  GValue      before;
  GValue      after;
} PropStep;

static void
prop_step_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  PropStep *step = data;

  g_object_set_property (target, step->pspec->name, undo ? &step->before : &step->after);
}

static void
prop_step_merge (gpointer data,
                 gpointer next)
{
  PropStep *step = data;
  PropStep *later = next;

  g_value_unset (&step->after);
  g_value_init (&step->after, G_VALUE_TYPE (&later->after));
  g_value_copy (&later->after, &step->after);
}

static void
prop_step_free (gpointer data)
{
  PropStep *step = data;

  g_value_unset (&step->before);
  g_value_unset (&step->after);
  g_free (step);
}

static const SbCommandFuncs prop_funcs = { prop_step_apply, prop_step_merge, prop_step_free };

/* Call after the change with the value from before it. */
void
sb_assessment_record_property (SbAssessment *self,
                               GParamSpec   *pspec,
                               const GValue *before)
{
  PropStep *step;
  g_autofree char *key = NULL;

  if (!sb_assessment_is_recording (self))
    return;
  step = g_new0 (PropStep, 1);
  step->pspec = pspec;
  g_value_init (&step->before, G_VALUE_TYPE (before));
  g_value_copy (before, &step->before);
  g_value_init (&step->after, pspec->value_type);
  g_object_get_property (G_OBJECT (self), pspec->name, &step->after);
  key = g_strconcat ("property/", pspec->name, NULL);
  sb_history_push (self->history, &prop_funcs, step, key);
}

/* Rating commands: a sub-item's band and percent, or none */

typedef struct
{
  char     *id;
  gboolean  rated[2];    /* [0] before, [1] after */
  char     *band_id[2];
  guint     percent[2];
} RatingStep;

static void
rating_step_apply (gpointer target,
                   gpointer data,
                   gboolean undo)
{
  SbAssessment *self = target;
  RatingStep *step = data;
  guint i = undo ? 0 : 1;
  SbNodeState *state = g_hash_table_lookup (self->states, step->id);

  sb_assessment_apply_rating (self, state, step->rated[i], step->band_id[i], step->percent[i]);
}

static void
rating_step_merge (gpointer data,
                   gpointer next)
{
  RatingStep *step = data;
  RatingStep *later = next;

  step->rated[1] = later->rated[1];
  step->percent[1] = later->percent[1];
  g_free (step->band_id[1]);
  step->band_id[1] = g_strdup (later->band_id[1]);
}

static void
rating_step_free (gpointer data)
{
  RatingStep *step = data;

  g_free (step->id);
  g_free (step->band_id[0]);
  g_free (step->band_id[1]);
  g_free (step);
}

static const SbCommandFuncs rating_funcs = { rating_step_apply, rating_step_merge, rating_step_free };

void
sb_assessment_change_rating (SbAssessment *self,
                             SbNodeState  *state,
                             gboolean      rated,
                             const char   *band_id,
                             guint         percent)
{
  RatingStep *step = NULL;

  if (state->rated == rated && (!rated || (state->percent == percent && g_strcmp0 (state->band_id, band_id) == 0)))
    return;

  if (sb_assessment_is_recording (self))
    {
      step = g_new0 (RatingStep, 1);
      step->id = g_strdup (state->id);
      step->rated[0] = state->rated;
      step->band_id[0] = g_strdup (state->band_id);
      step->percent[0] = state->percent;
      step->rated[1] = rated;
      step->band_id[1] = rated ? g_strdup (band_id) : NULL;
      step->percent[1] = rated ? percent : 0;
    }

  sb_assessment_apply_rating (self, state, rated, band_id, percent);

  if (step != NULL)
    {
      g_autofree char *key = g_strconcat ("rating/", state->id, NULL);
      sb_history_push (self->history, &rating_funcs, step, key);
      sb_assessment_update_dirty (self);
    }
}

/* Note commands: inserting, replacing or removing one note of a list */

typedef struct
{
  char       *owner_id;
  SbNoteKind  kind;
  guint       index;
  SbNote   *before;  /* NULL: the step inserts */
  SbNote   *after;   /* NULL: the step removes */
} NoteStep;

static void
note_step_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  SbAssessment *self = target;
  NoteStep *step = data;
  SbNodeState *state = g_hash_table_lookup (self->states, step->owner_id);
  SbNote *want = undo ? step->before : step->after;
  SbNote *have = undo ? step->after : step->before;

  sb_assessment_apply_note (self, state, step->kind, step->index, want ? sb_note_copy (want) : NULL, want != NULL && have != NULL);
}

static void
note_step_merge (gpointer data,
                 gpointer next)
{
  NoteStep *step = data;
  NoteStep *later = next;
  SbNote *swap = step->after;

  step->after = later->after;
  later->after = swap;
}

static void
note_step_free (gpointer data)
{
  NoteStep *step = data;

  g_free (step->owner_id);
  sb_note_free (step->before);
  sb_note_free (step->after);
  g_free (step);
}

static const SbCommandFuncs note_funcs = { note_step_apply, note_step_merge, note_step_free };

void
sb_assessment_change_note (SbAssessment *self,
                           SbNodeState  *state,
                           SbNoteKind    kind,
                           guint         index,
                           SbNote       *note,
                           gboolean      replace)
{
  GPtrArray *notes = sb_node_state_ensure_notes (state, kind);
  NoteStep *step = NULL;
  g_autofree char *key = NULL;

  if (sb_assessment_is_recording (self))
    {
      step = g_new0 (NoteStep, 1);
      step->owner_id = g_strdup (state->id);
      step->kind = kind;
      step->index = index;
      step->before = (replace || note == NULL) ? sb_note_copy (g_ptr_array_index (notes, index)) : NULL;
      step->after = note ? sb_note_copy (note) : NULL;
      /* Typing into one note is one step; adding or removing one is not. */
      if (step->before != NULL && step->after != NULL)
        key = g_strdup_printf ("note/%s/%d/%u", state->id, kind, index);
    }

  sb_assessment_apply_note (self, state, kind, index, note, replace);

  if (step != NULL)
    {
      sb_history_push (self->history, &note_funcs, step, key);
      sb_assessment_update_dirty (self);
    }
}
