/* bench-minimal-window.c — the start-up benchmark's baseline: a GTK 4 window showing one label
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints "sb-timing: first-frame" on its first painted frame, as Scorebook
 * does with SCOREBOOK_TIMING=1 (src/app/sb-timing.c), so that the two
 * start-ups are measured the same way: from spawning the process to that
 * line. It then waits to be ended, as the program does.
 */
#include <gtk/gtk.h>
#include <stdio.h>

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  printf ("sb-timing: first-frame\n");
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint, user_data);
}

static void
mapped (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint), NULL);
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Minimal");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("评审工作台 Scorebook"));
  g_signal_connect (window, "map", G_CALLBACK (mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.scorebook.BenchMinimal",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
