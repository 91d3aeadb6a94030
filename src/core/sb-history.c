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
  char                 *merge_key;
  guint64               serial;
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
};

G_DEFINE_FINAL_TYPE (SbHistory, sb_history, G_TYPE_OBJECT)

enum { PROP_0, PROP_CAN_UNDO, PROP_CAN_REDO, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
step_free (Step *step)
{
  if (step->funcs->free != NULL)
    step->funcs->free (step->data);
  g_free (step->merge_key);
  g_free (step);
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
  step->merge_key = g_strdup (merge_key);
  step->serial = self->next_serial++;
  g_queue_push_tail (&self->steps, step);
  self->n_done = self->steps.length;
  self->sealed = FALSE;

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

  if (self->n_done == 0)
    return FALSE;
  could_redo = sb_history_can_redo (self);
  step = g_queue_peek_nth (&self->steps, --self->n_done);
  self->sealed = TRUE;
  self->applying = TRUE;
  step->funcs->apply (self->target, step->data, TRUE);
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

  if (self->n_done >= self->steps.length)
    return FALSE;
  could_undo = sb_history_can_undo (self);
  step = g_queue_peek_nth (&self->steps, self->n_done++);
  self->sealed = TRUE;
  self->applying = TRUE;
  step->funcs->apply (self->target, step->data, FALSE);
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
