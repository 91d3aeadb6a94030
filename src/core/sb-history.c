/* sb-history.c — undo and redo: a stack of reversible commands
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-history"

#include "config.h"

#include "sb-history.h"

typedef struct
{
  const SbCommandFuncs *funcs;
  gpointer              data;
} Command;

typedef struct
{
  const SbCommandFuncs *funcs;
  gpointer              data;
  char                 *merge_key;
  guint64               serial;
  GArray               *more;      /* Command: the rest of a group, in order; NULL for one command */
} Step;

struct _SbHistory
{
  GObject    parent_instance;
  gpointer   target;       /* unowned: the target owns its history */
  GQueue     steps;        /* Step, oldest first */
  guint      n_done;       /* steps before the cursor */
  guint64    next_serial;
  guint64    base_serial;  /* the state before the oldest step kept */
  gboolean   sealed;       /* the next push starts a new step */
  gboolean   applying;
  guint      group_depth;  /* begin_group() calls not yet ended */
  Step      *group;        /* the step the open group adds to; NULL until its first command */
};

G_DEFINE_FINAL_TYPE (SbHistory, sb_history, G_TYPE_OBJECT)

enum { PROP_0, PROP_CAN_UNDO, PROP_CAN_REDO, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
step_free (Step *step)
{
  if (step->funcs->free != NULL)
    step->funcs->free (step->data);
  for (guint i = 0; step->more != NULL && i < step->more->len; i++)
    {
      Command *command = &g_array_index (step->more, Command, i);

      if (command->funcs->free != NULL)
        command->funcs->free (command->data);
    }
  g_clear_pointer (&step->more, g_array_unref);
  g_free (step->merge_key);
  g_free (step);
}

/* Redo runs a group's commands in the order they were done, undo backwards. */
static void
step_apply (SbHistory *self,
            Step      *step,
            gboolean   undo)
{
  guint n_more = step->more != NULL ? step->more->len : 0;

  if (!undo)
    step->funcs->apply (self->target, step->data, FALSE);
  for (guint i = 0; i < n_more; i++)
    {
      Command *command = &g_array_index (step->more, Command, undo ? n_more - 1 - i : i);

      command->funcs->apply (self->target, command->data, undo);
    }
  if (undo)
    step->funcs->apply (self->target, step->data, TRUE);
}

static void
sb_history_finalize (GObject *object)
{
  SbHistory *self = SB_HISTORY (object);

  g_queue_clear_full (&self->steps, (GDestroyNotify) step_free);
  G_OBJECT_CLASS (sb_history_parent_class)->finalize (object);
}

static void
sb_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbHistory *self = SB_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sb_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sb_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_class_init (SbHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_history_finalize;
  object_class->get_property = sb_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_history_init (SbHistory *self)
{
  g_queue_init (&self->steps);
  self->next_serial = 1;
  self->sealed = TRUE;
}

/* @target is what the commands' apply() receives; it is not referenced. */
SbHistory *
sb_history_new (gpointer target)
{
  SbHistory *self = g_object_new (SB_TYPE_HISTORY, NULL);

  self->target = target;
  return self;
}

static void
notify_changes (SbHistory *self,
                gboolean   could_undo,
                gboolean   could_redo)
{
  if (could_undo != sb_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != sb_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Records a command that has already been carried out; the history takes
 * @data. A command with the same non-NULL @merge_key as the last one is
 * merged into it, unless the history was sealed or undone since. */
void
sb_history_push (SbHistory            *self,
                 const SbCommandFuncs *funcs,
                 gpointer              data,
                 const char           *merge_key)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_if_fail (SB_IS_HISTORY (self));
  g_return_if_fail (funcs != NULL && funcs->apply != NULL);
  g_return_if_fail (!self->applying);

  could_undo = sb_history_can_undo (self);
  could_redo = sb_history_can_redo (self);

  /* A new command forgets what could have been redone. */
  while (self->steps.length > self->n_done)
    step_free (g_queue_pop_tail (&self->steps));

  /* In a group, every command after the first joins the first one's step. */
  if (self->group != NULL)
    {
      Command command = { funcs, data };

      if (self->group->more == NULL)
        self->group->more = g_array_new (FALSE, FALSE, sizeof (Command));
      g_array_append_val (self->group->more, command);
      return;
    }

  step = g_queue_peek_tail (&self->steps);
  if (!self->sealed && step != NULL && merge_key != NULL && funcs->merge != NULL &&
      step->funcs == funcs && g_strcmp0 (step->merge_key, merge_key) == 0)
    {
      funcs->merge (step->data, data);
      if (funcs->free != NULL)
        funcs->free (data);
      return;
    }

  step = g_new0 (Step, 1);
  step->funcs = funcs;
  step->data = data;
  /* A group's step is whole: nothing merges into it. */
  step->merge_key = self->group_depth > 0 ? NULL : g_strdup (merge_key);
  step->serial = self->next_serial++;
  g_queue_push_tail (&self->steps, step);
  self->n_done = self->steps.length;
  self->sealed = FALSE;
  if (self->group_depth > 0)
    self->group = step;

  while (self->steps.length > SB_HISTORY_MAX_STEPS)
    {
      Step *oldest = g_queue_pop_head (&self->steps);

      self->base_serial = oldest->serial;
      step_free (oldest);
      self->n_done--;
    }
  notify_changes (self, could_undo, could_redo);
}

gboolean
sb_history_undo (SbHistory *self)
{
  gboolean could_redo;
  Step *step;

  g_return_val_if_fail (SB_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (!self->applying, FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->n_done == 0)
    return FALSE;
  could_redo = sb_history_can_redo (self);
  step = g_queue_peek_nth (&self->steps, --self->n_done);
  self->sealed = TRUE;
  self->applying = TRUE;
  step_apply (self, step, TRUE);
  self->applying = FALSE;
  notify_changes (self, TRUE, could_redo);
  return TRUE;
}

gboolean
sb_history_redo (SbHistory *self)
{
  gboolean could_undo;
  Step *step;

  g_return_val_if_fail (SB_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (!self->applying, FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->n_done >= self->steps.length)
    return FALSE;
  could_undo = sb_history_can_undo (self);
  step = g_queue_peek_nth (&self->steps, self->n_done++);
  self->sealed = TRUE;
  self->applying = TRUE;
  step_apply (self, step, FALSE);
  self->applying = FALSE;
  notify_changes (self, could_undo, TRUE);
  return TRUE;
}

gboolean
sb_history_can_undo (SbHistory *self)
{
  g_return_val_if_fail (SB_IS_HISTORY (self), FALSE);
  return self->n_done > 0;
}

gboolean
sb_history_can_redo (SbHistory *self)
{
  g_return_val_if_fail (SB_IS_HISTORY (self), FALSE);
  return self->n_done < self->steps.length;
}

/* Ends the current step: the next command is a step of its own even when
 * it could merge. A view calls it when the user leaves a text field. */
void
sb_history_seal (SbHistory *self)
{
  g_return_if_fail (SB_IS_HISTORY (self));
  self->sealed = TRUE;
}

/* Everything pushed until the matching sb_history_end_group() is one step,
 * undone and redone as a whole: several fields of one dialog confirmed at
 * once, say. The first command makes the step, so the state and can-undo
 * change with it as with any other; groups may nest. */
void
sb_history_begin_group (SbHistory *self)
{
  g_return_if_fail (SB_IS_HISTORY (self));
  g_return_if_fail (!self->applying);

  if (self->group_depth++ == 0)
    {
      self->sealed = TRUE;
      self->group = NULL;
    }
}

void
sb_history_end_group (SbHistory *self)
{
  g_return_if_fail (SB_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth == 0)
    {
      self->group = NULL;
      self->sealed = TRUE;
    }
}

void
sb_history_clear (SbHistory *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (SB_IS_HISTORY (self));

  could_undo = sb_history_can_undo (self);
  could_redo = sb_history_can_redo (self);
  if (self->n_done > 0)
    self->base_serial = sb_history_get_state (self);
  g_queue_clear_full (&self->steps, (GDestroyNotify) step_free);
  self->n_done = 0;
  self->sealed = TRUE;
  self->group = NULL;
  notify_changes (self, could_undo, could_redo);
}

/* A number that names the state the target is in: it changes with every
 * step done or undone and comes back when the same state does, so that an
 * owner can tell whether it is where it was last saved. Seal the history
 * when taking it, or typing merged into the last step goes unnoticed. */
guint64
sb_history_get_state (SbHistory *self)
{
  Step *step;

  g_return_val_if_fail (SB_IS_HISTORY (self), 0);

  if (self->n_done == 0)
    return self->base_serial;
  step = g_queue_peek_nth (&self->steps, self->n_done - 1);
  return step->serial;
}

/* Whether an undo or redo is being carried out right now. */
gboolean
sb_history_is_applying (SbHistory *self)
{
  g_return_val_if_fail (SB_IS_HISTORY (self), FALSE);
  return self->applying;
}
