/* sb-timing.c — timing marks for the benchmarks, printed when SCOREBOOK_TIMING=1
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Off unless the environment asks for it, and then it only prints (to
 * standard output, one line each; tests/bench/sb-bench.py reads them):
 *
 *   sb-timing: first-frame       a window's first frame is painted
 *   sb-timing: busy MS           one turn of the main loop that painted no frame
 *                                took MS milliseconds of the main thread
 *   sb-timing: frame MS          a turn that painted a frame (layout, snapshot,
 *                                render) took MS
 *
 * A turn is the time between two polls of the main context, so "busy"
 * is what an event, an idle or a timeout cost: all our code runs in some
 * turn, and the longest turn is how long the window could not answer.
 * Turns under 0.05 ms are not printed.
 */
#define G_LOG_DOMAIN "scorebook"

#include "config.h"

#include <stdio.h>

#include "sb-timing.h"

#define QUIET_US 50

static GPollFunc default_poll;
static gint64 turn_start;
static gboolean painted;
static gboolean first_painted;

static int
timed_poll (GPollFD *fds,
            guint    nfds,
            int      timeout)
{
  gint64 busy = g_get_monotonic_time () - turn_start;
  int result;

  if (turn_start != 0 && busy >= QUIET_US)
    {
      printf ("sb-timing: %s %.3f\n", painted ? "frame" : "busy", busy / 1000.0);
      fflush (stdout);
    }
  painted = FALSE;
  result = default_poll (fds, nfds, timeout);
  turn_start = g_get_monotonic_time ();
  return result;
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  painted = TRUE;
  if (!first_painted)
    {
      first_painted = TRUE;
      printf ("sb-timing: first-frame\n");
      fflush (stdout);
    }
}

static void
window_mapped (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (clock, after_paint, NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);
}

static void
window_added (GtkApplication *app,
              GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (window_mapped), NULL);
}

void
sb_timing_init (GtkApplication *app)
{
  GMainContext *context = g_main_context_default ();

  if (g_strcmp0 (g_getenv ("SCOREBOOK_TIMING"), "1") != 0 || default_poll != NULL)
    return;
  default_poll = g_main_context_get_poll_func (context);
  g_main_context_set_poll_func (context, timed_poll);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), NULL);
}
