/* sb-render-file.c — the file a Cairo surface is written to: whole and private, or not at all
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-render-file"

#include "config.h"

#include "sb-atomic-file.h"
#include "sb-render-file.h"

struct _SbRenderFile
{
  char         *path;
  SbAtomicFile *file;
  GCancellable *cancellable;
  GError       *error;
};

/* Opens a temporary file beside @path that becomes @path when closed
 * whole. It is 0600 whatever was there before: summaries and charts carry
 * an applicant's scores, and summaries may carry evidence notes, which are
 * as confidential as the assessment itself. */
SbRenderFile *
sb_render_file_open (const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFile) target = NULL;
  SbAtomicFile *file;
  SbRenderFile *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  target = g_file_new_for_path (path);
  file = sb_atomic_file_open (target, SB_ATOMIC_FILE_PRIVATE, error);
  if (file == NULL)
    return NULL;
  self = g_new0 (SbRenderFile, 1);
  self->path = g_strdup (path);
  self->file = file;
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  return self;
}

/* A cairo_write_func_t: pass the SbRenderFile as its closure. After the
 * first failure it writes nothing more. */
cairo_status_t
sb_render_file_write (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  SbRenderFile *self = closure;

  if (self->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (g_cancellable_set_error_if_cancelled (self->cancellable, &self->error) ||
      !sb_atomic_file_write (self->file, data, length, &self->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* Whether writing failed or was cancelled: there is no point in drawing more. */
gboolean
sb_render_file_failed (SbRenderFile *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->error == NULL)
    g_cancellable_set_error_if_cancelled (self->cancellable, &self->error);
  return self->error != NULL;
}

/* Puts the file in place when everything was written and Cairo's @status
 * says the drawing is whole; otherwise drops the temporary file and leaves
 * whatever was at the path untouched. Frees @self either way. */
gboolean
sb_render_file_close (SbRenderFile   *self,
                      cairo_status_t  status,
                      GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->error == NULL && status != CAIRO_STATUS_SUCCESS)
    g_set_error (&self->error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", self->path, cairo_status_to_string (status));
  if (self->error == NULL)
    g_cancellable_set_error_if_cancelled (self->cancellable, &self->error);
  if (self->error != NULL)
    {
      sb_atomic_file_abort (self->file);
      g_propagate_error (error, g_steal_pointer (&self->error));
      ok = FALSE;
    }
  else
    ok = sb_atomic_file_commit (self->file, error);

  g_clear_object (&self->cancellable);
  g_free (self->path);
  g_free (self);
  return ok;
}
