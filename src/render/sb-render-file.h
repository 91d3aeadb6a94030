/* sb-render-file.h — the file a Cairo surface is written to: whole and private, or not at all
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _SbRenderFile SbRenderFile;

SbRenderFile   *sb_render_file_open   (const char    *path,
                                       GCancellable  *cancellable,
                                       GError       **error);
cairo_status_t  sb_render_file_write  (void                *closure,
                                       const unsigned char *data,
                                       unsigned int         length);
gboolean        sb_render_file_failed (SbRenderFile  *self);
gboolean        sb_render_file_close  (SbRenderFile  *self,
                                       cairo_status_t status,
                                       GError       **error);

G_END_DECLS
