/* sb-assessment-saving.c — saving off the main thread: the bytes taken at once, written in order by one worker
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include "sb-assessment-file.h"
#include "sb-assessment-state.h"

/* Serialising is quick; waiting for the disk (fsync, the rename) is what
 * would stall the window. So the bytes are made on the main thread, which
 * is the snapshot (the model may change the moment after), and written by
 * one worker thread. One thread, so that writes happen in the order they
 * were asked for: a later save of a file is never overwritten by an
 * earlier one still queued. */

typedef struct
{
  GFile        *file;
  GBytes       *bytes;
  gboolean      make_backup;
  GError       *error;          /* set by the worker */
  SbAssessment *assessment;     /* for a save: what becomes clean at @state */
  guint64       state;
  guint         unrecorded_serial;
} Write;

typedef struct
{
  GAsyncReadyCallback callback;
  gpointer            user_data;
} Caller;

static GThreadPool *writer;
static guint n_writing;   /* asked for, their callers not yet told; main thread only */

static void
write_free (Write *write)
{
  g_clear_object (&write->file);
  g_clear_pointer (&write->bytes, g_bytes_unref);
  g_clear_error (&write->error);
  g_clear_object (&write->assessment);
  g_free (write);
}

/* Back in the thread that asked: the assessment is clean at the state its
 * bytes were taken in, and dirty still if anything changed since. */
static gboolean
write_finished (gpointer data)
{
  GTask *task = data;
  Write *write = g_task_get_task_data (task);

  if (write->error != NULL)
    g_task_return_error (task, g_steal_pointer (&write->error));
  else
    {
      SbAssessment *assessment = write->assessment;

      if (assessment != NULL)
        {
          sb_assessment_set_file (assessment, write->file);
          sb_history_seal (assessment->history);
          assessment->clean_state = write->state;
          if (assessment->unrecorded_serial == write->unrecorded_serial)
            assessment->unrecorded_change = FALSE;
          sb_assessment_update_dirty (assessment);
        }
      g_task_return_boolean (task, TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
write_in_thread (gpointer data,
                 gpointer pool_data)
{
  GTask *task = data;
  Write *write = g_task_get_task_data (task);

  sb_assessment_file_write (write->file, write->bytes, write->make_backup, NULL, &write->error);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, write_finished, task, g_object_unref);
}

/* The write counts as under way until its caller has been told. */
static void
tell_caller (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autofree Caller *caller = user_data;

  n_writing--;
  if (caller->callback != NULL)
    caller->callback (source, result, caller->user_data);
}

static void
queue_write (Write               *write,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  Caller *caller = g_new (Caller, 1);
  GTask *task;

  caller->callback = callback;
  caller->user_data = user_data;
  task = g_task_new (NULL, NULL, tell_caller, caller);

  g_task_set_source_tag (task, queue_write);
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  if (writer == NULL)
    writer = g_thread_pool_new (write_in_thread, NULL, 1, FALSE, NULL);
  n_writing++;
  g_thread_pool_push (writer, task, NULL);
}

/* sb_assessment_file_write() on the writer thread, after every write
 * asked for before; @callback runs in the thread-default main context. */
void
sb_assessment_file_write_async (GFile               *file,
                                GBytes              *bytes,
                                gboolean             make_backup,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Write *write = g_new0 (Write, 1);

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  write->file = g_object_ref (file);
  write->bytes = g_bytes_ref (bytes);
  write->make_backup = make_backup;
  queue_write (write, callback, user_data);
}

gboolean
sb_assessment_file_write_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Saves @assessment as it is now to @file without waiting for the disk.
 * When the write has worked, before @callback, the assessment belongs to
 * @file and is clean if nothing changed since this call (typing meanwhile
 * leaves it dirty, and the next save writes it). On failure nothing in
 * memory changes and sb_assessment_file_save_finish() gives the message
 * sb_assessment_file_save() would. */
void
sb_assessment_file_save_async (SbAssessment        *assessment,
                               GFile               *file,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Write *write;

  g_return_if_fail (SB_IS_ASSESSMENT (assessment));
  g_return_if_fail (G_IS_FILE (file));

  write = g_new0 (Write, 1);
  write->file = g_object_ref (file);
  write->bytes = sb_assessment_file_serialize (assessment);
  write->make_backup = TRUE;
  write->assessment = g_object_ref (assessment);
  /* Typing after this point must start a step of its own, or it would
   * merge into the step saved and go unnoticed. */
  sb_history_seal (assessment->history);
  write->state = sb_history_get_state (assessment->history);
  write->unrecorded_serial = assessment->unrecorded_serial;
  queue_write (write, callback, user_data);
}

gboolean
sb_assessment_file_save_finish (GAsyncResult  *result,
                                GError       **error)
{
  return sb_assessment_file_write_finish (result, error);
}

/* How many writes were asked for and have not finished (their callbacks
 * not yet run). */
guint
sb_assessment_file_get_n_writing (void)
{
  return n_writing;
}

/* Runs the thread-default main context until every write asked for has
 * finished and told its caller: before the program ends, or before what a
 * write would bring back is deleted. */
void
sb_assessment_file_wait_for_writes (void)
{
  while (n_writing > 0)
    g_main_context_iteration (NULL, TRUE);
}
