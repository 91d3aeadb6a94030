/* sb-autosave.h — unsaved work written to a recovery file, and offered back after a crash
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_AUTOSAVE (sb_autosave_get_type ())
G_DECLARE_FINAL_TYPE (SbAutosave, sb_autosave, SB, AUTOSAVE, GObject)

/* Unsaved work is written at most this long after the first change that
 * is not yet in a recovery file, however fast the examiner types. */
#define SB_AUTOSAVE_DELAY_MS 1000

typedef struct _SbRecovery SbRecovery;

SbAutosave   *sb_autosave_new                (SbAssessment  *assessment);
SbAssessment *sb_autosave_get_assessment     (SbAutosave    *self);
void          sb_autosave_set_delay          (SbAutosave    *self,
                                              guint          delay_ms);
GFile        *sb_autosave_get_recovery_file  (SbAutosave    *self);
gboolean      sb_autosave_flush              (SbAutosave    *self,
                                              GError       **error);
void          sb_autosave_discard            (SbAutosave    *self);

char         *sb_autosave_get_folder         (void);
GPtrArray    *sb_autosave_find_recoverable   (void);

GFile        *sb_recovery_get_file           (SbRecovery    *self);
GFile        *sb_recovery_get_saved_file     (SbRecovery    *self);
gboolean      sb_recovery_get_saved_is_newer (SbRecovery    *self);
SbAssessment *sb_recovery_restore            (SbRecovery    *self,
                                              SbStandard    *standard,
                                              GPtrArray    **warnings,
                                              GError       **error);
void          sb_recovery_discard            (SbRecovery    *self);
void          sb_recovery_free               (SbRecovery    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbRecovery, sb_recovery_free)

G_END_DECLS
