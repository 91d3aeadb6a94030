/* sb-history.h — undo and redo: a stack of reversible commands
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SB_TYPE_HISTORY (sb_history_get_type ())
G_DECLARE_FINAL_TYPE (SbHistory, sb_history, SB, HISTORY, GObject)

/* What a command does. apply() moves the target to the state after the
 * command (@undo FALSE) or back to the one before it (@undo TRUE). merge()
 * folds @next, a later command with the same merge key, into @data so that
 * a burst of typing is one step; it is optional. */
typedef struct
{
  void     (*apply) (gpointer target,
                     gpointer data,
                     gboolean undo);
  void     (*merge) (gpointer data,
                     gpointer next);
  void     (*free)  (gpointer data);
} SbCommandFuncs;

/* A history keeps at most this many steps: older ones are forgotten. */
#define SB_HISTORY_MAX_STEPS 1000

SbHistory *sb_history_new        (gpointer              target);
void       sb_history_push       (SbHistory            *self,
                                  const SbCommandFuncs *funcs,
                                  gpointer              data,
                                  const char           *merge_key);
gboolean   sb_history_undo       (SbHistory            *self);
gboolean   sb_history_redo       (SbHistory            *self);
gboolean   sb_history_can_undo   (SbHistory            *self);
gboolean   sb_history_can_redo   (SbHistory            *self);
void       sb_history_seal       (SbHistory            *self);
void       sb_history_begin_group (SbHistory           *self);
void       sb_history_end_group  (SbHistory            *self);
void       sb_history_clear      (SbHistory            *self);
guint64    sb_history_get_state  (SbHistory            *self);
gboolean   sb_history_is_applying (SbHistory           *self);

G_END_DECLS
