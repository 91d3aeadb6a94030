/* sb-atomic-file.c — a file replaced whole or not at all: a temporary file beside it, fsync, rename
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-atomic-file.h"

/* The new content goes to ".NAME.XXXXXX.part" beside the file, is synced,
 * and is renamed over it: at every moment NAME is either the old file
 * whole or the new one whole, whatever a kill, a power cut or a full disk
 * does. A link is followed to the file it names, which is replaced there,
 * so the link stays a link and nothing is ever truncated in place (as
 * g_file_replace() does with links and hard-linked files). */
struct _SbAtomicFile
{
  char              *path;        /* the real file that will be replaced */
  char              *temp_path;
  int                fd;
  SbAtomicFileFlags  flags;
};

#define MAX_LINKS 40

static void
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path, g_strerror (saved_errno));
}

/* The path that @path names once every link is followed; the file need
 * not exist yet (Save As), but a link must end somewhere. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      GStatBuf st;
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, error);
      if (target == NULL)
        return NULL;
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target) : g_build_filename (dir, target, NULL);
    }
  set_errno_error (error, ELOOP, path);
  return NULL;
}

static char *
temp_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX.part", base);

  return g_build_filename (dir, name, NULL);
}

static void
sync_folder_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Opens a replacement of @target; nothing on disk changes until
 * sb_atomic_file_commit(), and sb_atomic_file_abort() leaves no trace. */
SbAtomicFile *
sb_atomic_file_open (GFile              *target,
                     SbAtomicFileFlags   flags,
                     GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  SbAtomicFile *self;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (G_IS_FILE (target), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_peek_path (target) == NULL)
    {
      g_autofree char *uri = g_file_get_uri (target);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s: only local files can be written", uri);
      return NULL;
    }
  path = resolve_links (g_file_peek_path (target), error);
  if (path == NULL)
    return NULL;
  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_errno_error (error, EISDIR, path);
      return NULL;
    }

  temp_path = temp_template (path);
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, (flags & SB_ATOMIC_FILE_PRIVATE) ? 0600 : 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      return NULL;
    }
  self = g_new0 (SbAtomicFile, 1);
  self->path = g_steal_pointer (&path);
  self->temp_path = g_steal_pointer (&temp_path);
  self->fd = fd;
  self->flags = flags;
  return self;
}

static gboolean
write_all (int          fd,
           const void  *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  const char *p = data;

  while (length > 0)
    {
      gssize n = write (fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, path);
          return FALSE;
        }
      p += n;
      length -= n;
    }
  return TRUE;
}

gboolean
sb_atomic_file_write (SbAtomicFile  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);
  return write_all (self->fd, data, length, self->path, error);
}

/* Keeps the file about to be replaced as NAME~, private, itself replaced
 * atomically: a copy, not a link, so that its mode is its own. */
static gboolean
keep_backup (SbAtomicFile  *self,
             GError       **error)
{
  g_autofree char *backup = g_strconcat (self->path, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *temp_path = temp_template (backup);
  g_autoptr(GError) read_error = NULL;
  gsize length;
  int fd;

  if (!g_file_get_contents (self->path, &contents, &length, &read_error))
    {
      /* Nothing to keep when there was no file yet. */
      if (g_error_matches (read_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_file_error (read_error->code), read_error->message);
      return FALSE;
    }

  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, errno, backup);
      return FALSE;
    }
  if (!write_all (fd, contents, length, backup, error) || fsync (fd) != 0 || g_rename (temp_path, backup) != 0)
    {
      if (error != NULL && *error == NULL)
        set_errno_error (error, errno, backup);
      close (fd);
      g_unlink (temp_path);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Puts the new content in place; on failure the old file is as it was and
 * no temporary file is left. Frees @self either way. */
gboolean
sb_atomic_file_commit (SbAtomicFile  *self,
                       GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  ok = fsync (self->fd) == 0;
  if (!ok)
    set_errno_error (error, errno, self->path);
  ok = close (self->fd) == 0 && ok;
  self->fd = -1;
  if (ok && (self->flags & SB_ATOMIC_FILE_BACKUP))
    ok = keep_backup (self, error);
  if (ok && g_rename (self->temp_path, self->path) != 0)
    {
      set_errno_error (error, errno, self->path);
      ok = FALSE;
    }
  if (error != NULL && !ok && *error == NULL)
    set_errno_error (error, EIO, self->path);
  if (ok)
    {
      g_autoptr(GFile) written = g_file_new_for_path (self->path);

      sync_folder_of (self->path);
      /* What an earlier, killed writer of this file left goes now that a
       * whole file is in place. */
      sb_atomic_file_clean_leftovers (written);
    }
  sb_atomic_file_abort (self);
  return ok;
}

/* Leaves the file as it was. */
void
sb_atomic_file_abort (SbAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  /* After a commit the temporary file has become the file: nothing to remove. */
  if (g_file_test (self->temp_path, G_FILE_TEST_EXISTS))
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

gboolean
sb_atomic_file_replace (GFile              *target,
                        GBytes             *bytes,
                        SbAtomicFileFlags   flags,
                        GError            **error)
{
  SbAtomicFile *file = sb_atomic_file_open (target, flags, error);
  gsize length;
  const void *data;

  if (file == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if (!sb_atomic_file_write (file, data, length, error))
    {
      sb_atomic_file_abort (file);
      return FALSE;
    }
  return sb_atomic_file_commit (file, error);
}

/* Removes what a killed writer of @target left beside it: the temporary
 * files of a replacement that never got renamed. Each commit does it;
 * a window does it too when it takes hold of its file. A writer at work
 * on the same file in another process meanwhile (which the file lock
 * prevents for assessments) would only fail to commit, and say so. */
void
sb_atomic_file_clean_leftovers (GFile *target)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *backup_prefix = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;

  if (g_file_peek_path (target) == NULL || (path = resolve_links (g_file_peek_path (target), NULL)) == NULL)
    return;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  prefix = g_strdup_printf (".%s.", base);
  backup_prefix = g_strdup_printf (".%s~.", base);
  folder = g_dir_open (dir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    if ((g_str_has_prefix (name, prefix) || g_str_has_prefix (name, backup_prefix)) &&
        g_str_has_suffix (name, ".part") && strlen (name) == strlen (prefix) + 6 + strlen (".part") +
                                             (g_str_has_prefix (name, backup_prefix) ? 1 : 0))
      {
        g_autofree char *leftover = g_build_filename (dir, name, NULL);
        g_unlink (leftover);
      }
}
