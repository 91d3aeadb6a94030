/* sb-autosave.c — unsaved work written to a recovery file, and offered back after a crash
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-assessment-private.h"
#include "sb-atomic-file.h"
#include "sb-autosave.h"

/* Each recovery file KEY.scorebook has a KEY.ini beside it that says which
 * saved file it belongs to and which process writes it. */
#define INFO_GROUP "Recovery"

struct _SbAutosave
{
  GObject       parent_instance;
  SbAssessment *assessment;
  char         *key;          /* names the recovery file */
  guint         delay_ms;
  guint         timeout_id;
  gboolean      info_written;
  int           info_fd;      /* holds an flock on KEY.ini while this process keeps the work */
};

struct _SbRecovery
{
  GFile *file;
  GFile *info;
  GFile *saved_file;    /* NULL when the work was never saved */
  gboolean saved_is_newer;
};

G_DEFINE_FINAL_TYPE (SbAutosave, sb_autosave, G_TYPE_OBJECT)

enum { WRITTEN, FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The recovery folder, under the user's data folder; made readable by its
 * owner alone, since evidence notes are confidential. */
char *
sb_autosave_get_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "scorebook", "recovery", NULL);
}

static char *
ensure_folder (GError **error)
{
  g_autofree char *folder = sb_autosave_get_folder ();

  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot make the folder for recovery files: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }
  return g_steal_pointer (&folder);
}

/* A saved assessment always gets the same key, so its recovery file is
 * replaced rather than multiplied; an unsaved one gets a fresh key. */
static void
update_key (SbAutosave *self)
{
  GFile *file = sb_assessment_get_file (self->assessment);

  g_free (self->key);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
      self->key = g_strndup (hash, 32);
    }
  else
    {
      g_autofree char *uuid = g_uuid_string_random ();
      self->key = g_strconcat ("unsaved-", uuid, NULL);
    }
  self->info_written = FALSE;
}

static char *
path_for (SbAutosave *self,
          const char *suffix)
{
  g_autofree char *folder = sb_autosave_get_folder ();
  g_autofree char *name = g_strconcat (self->key, suffix, NULL);

  return g_build_filename (folder, name, NULL);
}

static void
release_info (SbAutosave *self)
{
  if (self->info_fd >= 0)
    close (self->info_fd);
  self->info_fd = -1;
}

static void
remove_files (SbAutosave *self)
{
  g_autofree char *data = path_for (self, SB_ASSESSMENT_SUFFIX);
  g_autofree char *info = path_for (self, ".ini");

  /* The data file goes first: without it, an info file is ignored. */
  g_unlink (data);
  g_unlink (info);
  release_info (self);
  /* The next copy needs its info again, or it would be offered back as
   * work never saved, cut off from its file. */
  self->info_written = FALSE;
}

static gboolean
write_info (SbAutosave *self,
            GError    **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = path_for (self, ".ini");
  g_autoptr(GFile) info = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  GFile *file = sb_assessment_get_file (self->assessment);
  char *contents;
  gsize len;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (keys, INFO_GROUP, "saved-file", uri);
    }
  g_key_file_set_int64 (keys, INFO_GROUP, "pid", getpid ());
  contents = g_key_file_to_data (keys, &len, NULL);
  bytes = g_bytes_new_take (contents, len);
  /* Whole or not at all, and private: it names the saved file. */
  if (!sb_atomic_file_replace (info, bytes, SB_ATOMIC_FILE_PRIVATE, error))
    return FALSE;
  /* Held for as long as this process keeps the work: the kernel lets go
   * when it ends, however it ends, so a live Scorebook is told from a dead
   * one without trusting a pid, which a later process may have again. */
  release_info (self);
  self->info_fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (self->info_fd >= 0 && flock (self->info_fd, LOCK_SH | LOCK_NB) != 0)
    release_info (self);
  return TRUE;
}

/* The recovery file and its bytes, the assessment as it is now; both NULL
 * when nothing is unsaved. */
static gboolean
prepare (SbAutosave *self,
         GFile     **file,
         GBytes    **bytes,
         GError    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  *file = NULL;
  *bytes = NULL;
  if (!sb_assessment_get_dirty (self->assessment))
    return TRUE;

  folder = ensure_folder (error);
  if (folder == NULL)
    return FALSE;
  if (!self->info_written)
    {
      if (!write_info (self, error))
        return FALSE;
      self->info_written = TRUE;
    }

  path = path_for (self, SB_ASSESSMENT_SUFFIX);
  *file = g_file_new_for_path (path);
  *bytes = sb_assessment_file_serialize (self->assessment);
  return TRUE;
}

/* Writes the recovery file now if there is unsaved work, and waits for it
 * (on quit, say). */
gboolean
sb_autosave_flush (SbAutosave *self,
                   GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (SB_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* An older copy still queued would otherwise land after this one. */
  sb_assessment_file_wait_for_writes ();
  if (!prepare (self, &file, &bytes, error))
    return FALSE;
  if (file == NULL)
    return TRUE;
  if (!sb_assessment_file_write (file, bytes, FALSE, NULL, error))
    return FALSE;
  g_signal_emit (self, signals[WRITTEN], 0, file);
  return TRUE;
}

static void
written_later (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbAutosave) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (!sb_assessment_file_write_finish (result, &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }
  if (self->assessment == NULL)
    return;
  /* Saved (or undone back to what is saved) while it was being written:
   * the copy must not outlive the need for it. */
  if (!sb_assessment_get_dirty (self->assessment))
    {
      remove_files (self);
      return;
    }
  file = sb_autosave_get_recovery_file (self);
  g_signal_emit (self, signals[WRITTEN], 0, file);
}

/* While the examiner works: the bytes are taken now and written by the
 * writer thread, so the window never waits for the disk. */
static gboolean
on_timeout (gpointer user_data)
{
  SbAutosave *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;

  self->timeout_id = 0;
  if (!prepare (self, &file, &bytes, &error))
    g_signal_emit (self, signals[FAILED], 0, error);
  else if (file != NULL)
    sb_assessment_file_write_async (file, bytes, FALSE, written_later, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
on_changed (SbAutosave   *self,
            SbAssessment *assessment)
{
  if (!sb_assessment_get_dirty (assessment))
    return;
  /* Not restarted by later changes: steady typing is still written. */
  if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add (self->delay_ms, on_timeout, self);
}

static void
on_dirty_changed (SbAutosave   *self,
                  GParamSpec   *pspec,
                  SbAssessment *assessment)
{
  /* An undoable change emits `changed` before its command enters the
   * history, so the first change after a save turns the assessment dirty
   * only here: it must schedule the write, or one click and a crash lose it. */
  if (sb_assessment_get_dirty (assessment))
    {
      on_changed (self, assessment);
      return;
    }
  /* Saved (or undone back to what is saved): nothing left to recover. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  remove_files (self);
}

static void
on_file_changed (SbAutosave   *self,
                 GParamSpec   *pspec,
                 SbAssessment *assessment)
{
  remove_files (self);
  update_key (self);
  on_changed (self, assessment);
}

static void
sb_autosave_dispose (GObject *object)
{
  SbAutosave *self = SB_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_clear_object (&self->assessment);
  release_info (self);
  G_OBJECT_CLASS (sb_autosave_parent_class)->dispose (object);
}

static void
sb_autosave_finalize (GObject *object)
{
  SbAutosave *self = SB_AUTOSAVE (object);

  g_free (self->key);
  G_OBJECT_CLASS (sb_autosave_parent_class)->finalize (object);
}

static void
sb_autosave_class_init (SbAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_autosave_dispose;
  object_class->finalize = sb_autosave_finalize;

  /* The recovery file (a GFile) was written. */
  signals[WRITTEN] =
    g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  /* Writing it failed (a GError): a window shows it, the work stays in memory. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sb_autosave_init (SbAutosave *self)
{
  self->delay_ms = SB_AUTOSAVE_DELAY_MS;
  self->info_fd = -1;
}

/* Watches @assessment from now on, in the thread-default main context. */
SbAutosave *
sb_autosave_new (SbAssessment *assessment)
{
  SbAutosave *self;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SB_TYPE_AUTOSAVE, NULL);
  self->assessment = g_object_ref (assessment);
  update_key (self);
  g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (assessment, "notify::dirty", G_CALLBACK (on_dirty_changed), self);
  g_signal_connect_swapped (assessment, "notify::file", G_CALLBACK (on_file_changed), self);
  on_changed (self, assessment);
  return self;
}

SbAssessment *
sb_autosave_get_assessment (SbAutosave *self)
{
  g_return_val_if_fail (SB_IS_AUTOSAVE (self), NULL);
  return self->assessment;
}

void
sb_autosave_set_delay (SbAutosave *self,
                       guint       delay_ms)
{
  g_return_if_fail (SB_IS_AUTOSAVE (self));
  g_return_if_fail (delay_ms <= 2000);
  self->delay_ms = delay_ms;
}

GFile *
sb_autosave_get_recovery_file (SbAutosave *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SB_IS_AUTOSAVE (self), NULL);
  path = path_for (self, SB_ASSESSMENT_SUFFIX);
  return g_file_new_for_path (path);
}

/* For an assessment closed without keeping its changes. */
void
sb_autosave_discard (SbAutosave *self)
{
  g_return_if_fail (SB_IS_AUTOSAVE (self));
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* A copy being written would come back after the files are gone. */
  sb_assessment_file_wait_for_writes ();
  remove_files (self);
  self->info_written = FALSE;
}

/* Recovery */

void
sb_recovery_free (SbRecovery *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->file);
  g_clear_object (&self->info);
  g_clear_object (&self->saved_file);
  g_free (self);
}

static guint64
modified_usec (GFile *file)
{
  g_autoptr(GFileInfo) info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                       G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return 0;
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

/* Whether another running Scorebook keeps the work of @info_path: it
 * holds a lock on that file for as long as it lives. This process's own
 * work is never counted as kept elsewhere. */
static gboolean
kept_by_another (const char *info_path,
                 gint64      pid)
{
  int fd;
  gboolean held;

  if (pid == getpid ())
    return FALSE;
  fd = g_open (info_path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  held = flock (fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return held;
}

static gboolean
same_contents (GFile *a,
               GFile *b)
{
  g_autoptr(GBytes) first = g_file_load_bytes (a, NULL, NULL, NULL);
  g_autoptr(GBytes) second = first ? g_file_load_bytes (b, NULL, NULL, NULL) : NULL;

  return second != NULL && g_bytes_equal (first, second);
}

/* The recovery files worth offering when Scorebook starts: every piece of
 * work that no other running Scorebook keeps and that differs from its
 * saved file. A saved file changed since (by a save, a colleague or a sync
 * client that only touched it) does not hide the work: it is offered, and
 * sb_recovery_get_saved_is_newer() says so. A new array of SbRecovery. */
GPtrArray *
sb_autosave_find_recoverable (void)
{
  g_autofree char *folder = sb_autosave_get_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_recovery_free);
  const char *name;

  if (dir == NULL)
    return found;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *key = NULL;
      g_autofree char *info_name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *info_path = NULL;
      g_autofree char *uri = NULL;
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      SbRecovery *recovery;

      if (!g_str_has_suffix (name, SB_ASSESSMENT_SUFFIX) || name[0] == '.')
        continue;
      key = g_strndup (name, strlen (name) - strlen (SB_ASSESSMENT_SUFFIX));
      info_name = g_strconcat (key, ".ini", NULL);
      path = g_build_filename (folder, name, NULL);
      info_path = g_build_filename (folder, info_name, NULL);

      if (g_key_file_load_from_file (keys, info_path, G_KEY_FILE_NONE, NULL))
        {
          if (kept_by_another (info_path, g_key_file_get_int64 (keys, INFO_GROUP, "pid", NULL)))
            continue;
          uri = g_key_file_get_string (keys, INFO_GROUP, "saved-file", NULL);
        }

      recovery = g_new0 (SbRecovery, 1);
      recovery->file = g_file_new_for_path (path);
      recovery->info = g_file_new_for_path (info_path);
      recovery->saved_file = uri ? g_file_new_for_uri (uri) : NULL;

      if (recovery->saved_file != NULL && g_file_query_exists (recovery->saved_file, NULL))
        {
          /* Nothing to recover: the saved file holds exactly this. */
          if (same_contents (recovery->file, recovery->saved_file))
            {
              sb_recovery_discard (recovery);
              sb_recovery_free (recovery);
              continue;
            }
          recovery->saved_is_newer = modified_usec (recovery->saved_file) >= modified_usec (recovery->file);
        }
      g_ptr_array_add (found, recovery);
    }
  return found;
}

/* Whether the saved file was written after this work was last kept. */
gboolean
sb_recovery_get_saved_is_newer (SbRecovery *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->saved_is_newer;
}

GFile *
sb_recovery_get_file (SbRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->file;
}

/* Where the work was last saved; NULL if it never was. */
GFile *
sb_recovery_get_saved_file (SbRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->saved_file;
}

/* Opens the recovered work. It belongs to its saved file again (if it
 * had one) and counts as unsaved until the user saves it. Discard the
 * recovery once an SbAutosave of the restored assessment has written its
 * own file: work that was never saved gets a new recovery file. */
SbAssessment *
sb_recovery_restore (SbRecovery  *self,
                     SbStandard  *standard,
                     GPtrArray  **warnings,
                     GError     **error)
{
  SbAssessment *assessment;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);

  assessment = sb_assessment_file_load (standard, self->file, warnings, NULL, error);
  if (assessment == NULL)
    return NULL;
  sb_assessment_set_file (assessment, self->saved_file);
  sb_assessment_mark_unsaved (assessment);
  return assessment;
}

/* Forgets the recovered work, when the user declines it. */
void
sb_recovery_discard (SbRecovery *self)
{
  g_return_if_fail (self != NULL);
  g_file_delete (self->file, NULL, NULL);
  g_file_delete (self->info, NULL, NULL);
}
