/* sb-application.h — the GTK application: actions, settings, windows
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-standard.h"

G_BEGIN_DECLS

#define SB_TYPE_APPLICATION (sb_application_get_type ())
G_DECLARE_FINAL_TYPE (SbApplication, sb_application, SB, APPLICATION, GtkApplication)

SbApplication *sb_application_new          (void);
SbStandard    *sb_application_get_standard (SbApplication *self);
GSettings     *sb_application_get_settings (SbApplication *self);
gboolean       sb_application_open_file    (SbApplication *self,
                                            GFile         *file);
struct _SbWindow *sb_application_window_for_opening (SbApplication *self);
struct _SbWindow *sb_application_find_window        (SbApplication *self,
                                                     GFile         *file);
void           sb_application_tell         (GtkWindow     *parent,
                                            const char    *primary,
                                            const char    *secondary);
GtkWidget     *sb_application_message_new  (GtkWindow     *parent,
                                            GtkMessageType type,
                                            const char    *primary,
                                            const char    *secondary);

G_END_DECLS
