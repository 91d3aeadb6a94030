/* sb-window.h — the main window
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-application.h"
#include "sb-assessment.h"
#include "sb-file-lock.h"

G_BEGIN_DECLS

#define SB_TYPE_WINDOW (sb_window_get_type ())
G_DECLARE_FINAL_TYPE (SbWindow, sb_window, SB, WINDOW, GtkApplicationWindow)

SbWindow   *sb_window_new          (SbApplication *application);
SbWindow   *sb_window_new_for_standard (SbApplication *application,
                                        SbStandard    *standard);
const char *sb_window_get_language (SbWindow      *self);
void        sb_window_set_language (SbWindow      *self,
                                    const char    *language);
gboolean    sb_window_select_id    (SbWindow      *self,
                                    const char    *id);
SbNode     *sb_window_get_selected_node (SbWindow *self);
SbAssessment *sb_window_get_assessment (SbWindow      *self);
void        sb_window_set_assessment (SbWindow      *self,
                                      SbAssessment  *assessment);
gboolean    sb_window_flush_recovery (SbWindow      *self,
                                      GError       **error);
gboolean    sb_window_save_to        (SbWindow      *self,
                                      GFile         *file);
/* The file's side: what the application and the tests ask of it too. */
void        sb_window_hold_lock      (SbWindow      *self,
                                      SbFileLock    *lock);
gboolean    sb_window_changed_on_disk (SbWindow     *self);
void        sb_window_discard_recovery (SbWindow    *self);

G_END_DECLS
