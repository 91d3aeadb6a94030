/* sb-atomic-file.h — a file replaced whole or not at all: a temporary file beside it, fsync, rename
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SB_ATOMIC_FILE_NONE    = 0,
  SB_ATOMIC_FILE_PRIVATE = 1 << 0,   /* 0600: it may hold confidential notes */
  SB_ATOMIC_FILE_BACKUP  = 1 << 1,   /* the file replaced is kept as NAME~, 0600 */
} SbAtomicFileFlags;

typedef struct _SbAtomicFile SbAtomicFile;

SbAtomicFile *sb_atomic_file_open           (GFile              *target,
                                             SbAtomicFileFlags   flags,
                                             GError            **error);
gboolean      sb_atomic_file_write          (SbAtomicFile       *self,
                                             const void         *data,
                                             gsize               length,
                                             GError            **error);
gboolean      sb_atomic_file_commit         (SbAtomicFile       *self,
                                             GError            **error);
void          sb_atomic_file_abort          (SbAtomicFile       *self);
gboolean      sb_atomic_file_replace        (GFile              *target,
                                             GBytes             *bytes,
                                             SbAtomicFileFlags   flags,
                                             GError            **error);
void          sb_atomic_file_clean_leftovers (GFile             *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbAtomicFile, sb_atomic_file_abort)

G_END_DECLS
