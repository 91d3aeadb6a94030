/* sb-timing.h — timing marks for the benchmarks, printed when SCOREBOOK_TIMING=1
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sb_timing_init (GtkApplication *app);

G_END_DECLS
