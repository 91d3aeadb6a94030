/* sb-assessment-commands.c — the undo commands of an assessment: its properties, ratings, notes, consensus and key themes
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
  char        *id;
  gboolean     rated[2];    /* [0] before, [1] after */
  char        *band_id[2];
  guint        percent[2];
  gboolean     has_extra;   /* the change wrote the trail or cleared the baseline mark */
  SbPartExtra *extra[2];
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
  if (step->has_extra)
    sb_assessment_apply_extra (self, state, sb_part_extra_copy (step->extra[i]));
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
  if (!later->has_extra)
    return;
  /* What the later step found before it is what this one left. */
  if (!step->has_extra)
    step->extra[0] = g_steal_pointer (&later->extra[0]);
  step->has_extra = TRUE;
  sb_part_extra_free (step->extra[1]);
  step->extra[1] = g_steal_pointer (&later->extra[1]);
}

static void
rating_step_free (gpointer data)
{
  RatingStep *step = data;

  g_free (step->id);
  g_free (step->band_id[0]);
  g_free (step->band_id[1]);
  sb_part_extra_free (step->extra[0]);
  sb_part_extra_free (step->extra[1]);
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
  SbPartExtra *extra = NULL;

  if (sb_rating_equal (state->rated, state->band_id, state->percent, rated, band_id, percent))
    {
      /* Setting a baseline rating again is re-assessing it. */
      if (rated && state->extra != NULL && state->extra->baseline && !self->loading)
        sb_assessment_confirm_rating (self, state->id);
      return;
    }

  if (sb_assessment_is_recording (self))
    {
      extra = sb_assessment_extra_after_rating (self, state, rated, band_id, percent);
      step = g_new0 (RatingStep, 1);
      step->id = g_strdup (state->id);
      step->rated[0] = state->rated;
      step->band_id[0] = g_strdup (state->band_id);
      step->percent[0] = state->percent;
      step->rated[1] = rated;
      step->band_id[1] = rated ? g_strdup (band_id) : NULL;
      step->percent[1] = rated ? percent : 0;
      if (extra != NULL)
        {
          step->has_extra = TRUE;
          step->extra[0] = sb_part_extra_copy (state->extra);
          step->extra[1] = sb_part_extra_copy (extra);
        }
    }

  sb_assessment_apply_rating (self, state, rated, band_id, percent);
  if (extra != NULL)
    sb_assessment_apply_extra (self, state, extra);

  if (step != NULL)
    {
      g_autofree char *key = g_strconcat ("rating/", state->id, NULL);
      sb_history_push (self->history, &rating_funcs, step, key);
      sb_assessment_update_dirty (self);
    }
}

/* List commands: inserting, replacing or removing one note of a list, or
 * one key theme */

/* What a list command needs of its items. */
typedef struct
{
  gpointer (*copy)  (gconstpointer item);
  void     (*free)  (gpointer item);
  /* Puts @item (taken; NULL removes) at @index of the list. */
  void     (*apply) (SbAssessment *self,
                     const char   *owner_id,
                     guint         kind,
                     guint         index,
                     gpointer      item,
                     gboolean      replace);
} ItemFuncs;

typedef struct
{
  const ItemFuncs *funcs;
  char            *owner_id;  /* notes: their owner; themes: NULL */
  guint            kind;
  guint            index;
  gpointer         before;    /* NULL: the step inserts */
  gpointer         after;     /* NULL: the step removes */
} ListStep;

static void
list_step_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  ListStep *step = data;
  gpointer want = undo ? step->before : step->after;
  gpointer have = undo ? step->after : step->before;

  step->funcs->apply (target, step->owner_id, step->kind, step->index,
                      want ? step->funcs->copy (want) : NULL, want != NULL && have != NULL);
}

static void
list_step_merge (gpointer data,
                 gpointer next)
{
  ListStep *step = data;
  ListStep *later = next;
  gpointer swap = step->after;

  step->after = later->after;
  later->after = swap;
}

static void
list_step_free (gpointer data)
{
  ListStep *step = data;

  g_free (step->owner_id);
  if (step->before != NULL)
    step->funcs->free (step->before);
  if (step->after != NULL)
    step->funcs->free (step->after);
  g_free (step);
}

static const SbCommandFuncs list_funcs = { list_step_apply, list_step_merge, list_step_free };

/* Puts @item (taken; NULL removes) at @index of @list, replacing what is
 * there when @replace, and records it: typing into one item is one step;
 * adding or removing one is not. */
static void
change_list (SbAssessment    *self,
             const ItemFuncs *funcs,
             GPtrArray       *list,
             const char      *owner_id,
             guint            kind,
             guint            index,
             gpointer         item,
             gboolean         replace)
{
  ListStep *step = NULL;
  g_autofree char *key = NULL;

  if (sb_assessment_is_recording (self))
    {
      step = g_new0 (ListStep, 1);
      step->funcs = funcs;
      step->owner_id = g_strdup (owner_id);
      step->kind = kind;
      step->index = index;
      step->before = (replace || item == NULL) ? funcs->copy (g_ptr_array_index (list, index)) : NULL;
      step->after = item ? funcs->copy (item) : NULL;
      if (step->before != NULL && step->after != NULL)
        key = g_strdup_printf ("%s/%s/%u/%u", owner_id ? "note" : "theme", owner_id ? owner_id : "", kind, index);
    }

  funcs->apply (self, owner_id, kind, index, item, replace);

  if (step != NULL)
    {
      sb_history_push (self->history, &list_funcs, step, key);
      sb_assessment_update_dirty (self);
    }
}

static void
apply_note (SbAssessment *self,
            const char   *owner_id,
            guint         kind,
            guint         index,
            gpointer      item,
            gboolean      replace)
{
  sb_assessment_apply_note (self, g_hash_table_lookup (self->states, owner_id), kind, index, item, replace);
}

static const ItemFuncs note_funcs = { (gpointer) sb_note_copy, (gpointer) sb_note_free, apply_note };

void
sb_assessment_change_note (SbAssessment *self,
                           SbNodeState  *state,
                           SbNoteKind    kind,
                           guint         index,
                           SbNote       *note,
                           gboolean      replace)
{
  if (note != NULL && note->id == NULL && !self->loading)
    sb_assessment_give_note_id (self, note);
  change_list (self, &note_funcs, sb_node_state_ensure_notes (state, kind), state->id, kind, index, note, replace);
}

/* Consensus commands: a part's proposals, trail, independent range and
 * baseline mark, before and after, as one value */

typedef struct
{
  char        *id;
  SbPartExtra *extra[2];  /* [0] before, [1] after; NULL: none */
} ExtraStep;

static void
extra_step_apply (gpointer target,
                  gpointer data,
                  gboolean undo)
{
  SbAssessment *self = target;
  ExtraStep *step = data;
  SbNodeState *state = g_hash_table_lookup (self->states, step->id);

  sb_assessment_apply_extra (self, state, sb_part_extra_copy (step->extra[undo ? 0 : 1]));
}

static void
extra_step_merge (gpointer data,
                  gpointer next)
{
  ExtraStep *step = data;
  ExtraStep *later = next;
  SbPartExtra *swap = step->extra[1];

  step->extra[1] = later->extra[1];
  later->extra[1] = swap;
}

static void
extra_step_free (gpointer data)
{
  ExtraStep *step = data;

  g_free (step->id);
  sb_part_extra_free (step->extra[0]);
  sb_part_extra_free (step->extra[1]);
  g_free (step);
}

static const SbCommandFuncs extra_funcs = { extra_step_apply, extra_step_merge, extra_step_free };

/* Replaces the part's consensus with @extra (taken). @merge_key, when not
 * NULL, makes consecutive changes of one thing (typing a rationale) one step. */
void
sb_assessment_change_extra (SbAssessment *self,
                            SbNodeState  *state,
                            SbPartExtra  *extra,
                            const char   *merge_key)
{
  ExtraStep *step = NULL;

  if (sb_assessment_is_recording (self))
    {
      step = g_new0 (ExtraStep, 1);
      step->id = g_strdup (state->id);
      step->extra[0] = sb_part_extra_copy (state->extra);
      step->extra[1] = sb_part_extra_copy (extra);
    }

  sb_assessment_apply_extra (self, state, extra);

  if (step != NULL)
    {
      sb_history_push (self->history, &extra_funcs, step, merge_key);
      sb_assessment_update_dirty (self);
    }
}

static void
apply_theme (SbAssessment *self,
             const char   *owner_id,
             guint         kind,
             guint         index,
             gpointer      item,
             gboolean      replace)
{
  sb_assessment_apply_theme (self, kind, index, item, replace);
}

static const ItemFuncs theme_funcs = { (gpointer) sb_theme_copy, (gpointer) sb_theme_free, apply_theme };

/* Puts @theme (taken; NULL removes) at @index, replacing what is there
 * when @replace, and records it. */
void
sb_assessment_change_theme (SbAssessment *self,
                            SbThemeKind   kind,
                            guint         index,
                            SbTheme      *theme,
                            gboolean      replace)
{
  change_list (self, &theme_funcs, self->themes[kind], NULL, kind, index, theme, replace);
}
