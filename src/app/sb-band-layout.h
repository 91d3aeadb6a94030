/* sb-band-layout.h — the band picker's layout: its children stacked, a row with its controls beside it when they fit
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SB_TYPE_BAND_LAYOUT (sb_band_layout_get_type ())
G_DECLARE_FINAL_TYPE (SbBandLayout, sb_band_layout, SB, BAND_LAYOUT, GtkLayoutManager)

GtkLayoutManager *sb_band_layout_new        (void);
void              sb_band_layout_set_row    (SbBandLayout *self,
                                             GtkWidget    *row,
                                             GtkWidget    *beside);
gboolean          sb_band_layout_is_beside  (SbBandLayout *self,
                                             int           width);

G_END_DECLS
