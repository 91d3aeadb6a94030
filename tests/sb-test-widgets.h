/* sb-test-widgets.h — driving widgets in tests as a user would
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       sb_test_use_own_data_home (void);
void       sb_test_wait_for_idle (void);
void       sb_test_wait_for_frame (GtkWidget *widget);
void       sb_test_wait_until    (GSourceFunc done,
                                  gpointer    data);
void       sb_test_assert_finalized (gpointer object);
void       sb_test_destroy_window (gpointer window);
void       sb_test_click         (GtkWidget  *button);
void       sb_test_find_all      (GtkWidget  *widget,
                                  GType       type,
                                  const char *css_class,
                                  GPtrArray  *found);
GtkWidget *sb_test_find_nth      (GtkWidget  *widget,
                                  GType       type,
                                  const char *css_class,
                                  guint       index);
guint      sb_test_count         (GtkWidget  *widget,
                                  GType       type,
                                  const char *css_class);
GtkWidget *sb_test_find_button   (gpointer    widget,
                                  const char *label);
GtkWidget *sb_test_find_first    (GtkWidget  *widget,
                                  GType       type);
GtkWindow *sb_test_find_toplevel (GType       type,
                                  const char *title);
char      *sb_test_dup_labels    (GtkWidget  *widget);
gboolean   sb_test_press_shortcut (GtkWidget      *widget,
                                   guint           keyval,
                                   GdkModifierType modifiers);

G_END_DECLS
