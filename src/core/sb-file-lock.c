/* sb-file-lock.c — one process at a time holds an assessment file open
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-file-lock"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sb-file-lock.h"

/* Two Scorebook processes on one file would each save over the other's
 * work. Each open file has a lock file in the user's runtime folder,
 * named by the file's real path, and held with flock(): the kernel lets it
 * go when the process ends, however it ends, so a kill -9 leaves nothing
 * stale behind. The lock file says which process holds it. */
struct _SbFileLock
{
  GObject  parent_instance;
  GFile   *file;
  char    *path;   /* the lock file */
  int      fd;
};

G_DEFINE_FINAL_TYPE (SbFileLock, sb_file_lock, G_TYPE_OBJECT)

G_DEFINE_QUARK (sb-file-lock-error-quark, sb_file_lock_error)

/* Names the lock by the file's real path, so a link and its target, or
 * two spellings of one path, are one lock. */
static char *
lock_path_for (GFile *file)
{
  g_autofree char *folder = g_build_filename (g_get_user_runtime_dir (), "scorebook", "locks", NULL);
  g_autofree char *name = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *parent_real = NULL;
  g_autofree char *identity = NULL;
  const char *path = g_file_peek_path (file);

  if (path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *base = g_path_get_basename (path);
      char *real = realpath (path, NULL);

      /* A file not yet written (Save As) has no real path: its folder has. */
      if (real != NULL)
        identity = g_strdup (real);
      else if ((parent_real = realpath (dir, NULL)) != NULL)
        identity = g_build_filename (parent_real, base, NULL);
      else
        identity = g_strdup (path);
      free (real);
    }
  else
    identity = g_file_get_uri (file);

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, identity, -1);
  name = g_strdup_printf ("%.32s.lock", hash);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return NULL;
  return g_build_filename (folder, name, NULL);
}

static gint64
holder_of (int fd)
{
  char buffer[32] = { 0 };
  ssize_t n = pread (fd, buffer, sizeof buffer - 1, 0);

  return n > 0 ? g_ascii_strtoll (buffer, NULL, 10) : 0;
}

/* Takes the lock on @file for this process; fails with
 * SB_FILE_LOCK_ERROR_HELD when another process holds it. */
SbFileLock *
sb_file_lock_acquire (GFile   *file,
                      GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  path = lock_path_for (file);
  if (path == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_FAILED,
                   _("%s: cannot make sure no other Scorebook has it open: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  /* A holder that lets go unlinks the lock file; whoever had it open
   * meanwhile locks a file that is gone, sees so, and tries again. */
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      struct stat held, named;
      int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
      SbFileLock *self;

      if (fd < 0)
        break;
      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          int saved_errno = errno;
          gint64 pid = holder_of (fd);

          close (fd);
          if (saved_errno == EWOULDBLOCK)
            {
              g_set_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_HELD,
                           _("%s is open in another Scorebook (process %d). "
                             "Switch to that window, or close the file there first: two windows "
                             "on one file would each save over the other’s work."),
                           name, (int) pid);
              return NULL;
            }
          errno = saved_errno;
          break;
        }
      if (fstat (fd, &held) != 0 || g_stat (path, &named) != 0 ||
          held.st_ino != named.st_ino || held.st_dev != named.st_dev)
        {
          close (fd);
          continue;
        }

      self = g_object_new (SB_TYPE_FILE_LOCK, NULL);
      self->file = g_object_ref (file);
      self->path = g_steal_pointer (&path);
      self->fd = fd;
      {
        g_autofree char *pid = g_strdup_printf ("%d\n", (int) getpid ());

        if (ftruncate (fd, 0) != 0 || pwrite (fd, pid, strlen (pid), 0) < 0)
          g_debug ("%s: the lock does not say who holds it", self->path);
      }
      return self;
    }

  {
    int saved_errno = errno;
    g_set_error (error, SB_FILE_LOCK_ERROR, SB_FILE_LOCK_ERROR_FAILED,
                 _("%s: cannot make sure no other Scorebook has it open: %s"), name, g_strerror (saved_errno));
  }
  return NULL;
}

GFile *
sb_file_lock_get_file (SbFileLock *self)
{
  g_return_val_if_fail (SB_IS_FILE_LOCK (self), NULL);
  return self->file;
}

static void
sb_file_lock_finalize (GObject *object)
{
  SbFileLock *self = SB_FILE_LOCK (object);

  /* Unlinked while still held, so nobody can take a lock that is about to vanish. */
  g_unlink (self->path);
  close (self->fd);
  g_free (self->path);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (sb_file_lock_parent_class)->finalize (object);
}

static void
sb_file_lock_class_init (SbFileLockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_file_lock_finalize;
}

static void
sb_file_lock_init (SbFileLock *self)
{
  self->fd = -1;
}
