/* sb-window-private.h — what the window's other source files share with it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-file-lock.h"
#include "sb-notices.h"
#include "sb-window.h"

G_BEGIN_DECLS

void sb_window_class_add_file_actions (GtkWidgetClass *widget_class);
void sb_window_discard_recovery       (SbWindow       *self);
char *sb_window_dup_document_name     (SbWindow       *self);
void sb_window_hold_lock              (SbWindow       *self,
                                       SbFileLock     *lock);
SbFileLock *sb_window_get_lock        (SbWindow       *self);
void sb_window_note_disk_state        (SbWindow       *self);
gboolean sb_window_changed_on_disk    (SbWindow       *self);
SbNotices *sb_window_get_notices      (SbWindow       *self);

G_END_DECLS
