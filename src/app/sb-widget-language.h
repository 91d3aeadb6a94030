/* sb-widget-language.h — the language of every text a widget draws
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        sb_widget_language_init       (void);
void        sb_widget_language_update     (void);
const char *sb_widget_language_interface  (void);
void        sb_label_set_language         (GtkLabel   *label,
                                           const char *lang);
void        sb_entry_follow_language      (GtkEntry   *entry);
void        sb_text_view_follow_language  (GtkTextView *view);

G_END_DECLS
