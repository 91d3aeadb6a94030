/* sb-file-lock.h — one process at a time holds an assessment file open
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_FILE_LOCK_ERROR (sb_file_lock_error_quark ())

typedef enum
{
  SB_FILE_LOCK_ERROR_HELD,     /* another process holds the file */
  SB_FILE_LOCK_ERROR_FAILED,   /* the lock itself could not be made */
} SbFileLockError;

#define SB_TYPE_FILE_LOCK (sb_file_lock_get_type ())
G_DECLARE_FINAL_TYPE (SbFileLock, sb_file_lock, SB, FILE_LOCK, GObject)

GQuark      sb_file_lock_error_quark (void);
SbFileLock *sb_file_lock_acquire     (GFile   *file,
                                      GError **error);
GFile      *sb_file_lock_get_file    (SbFileLock *self);

G_END_DECLS
