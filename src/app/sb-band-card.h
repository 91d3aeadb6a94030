/* sb-band-card.h — one band of a scoring guide as a button to pick: its range and level name
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-display-language.h"
#include "sb-standard.h"

G_BEGIN_DECLS

#define SB_TYPE_BAND_CARD (sb_band_card_get_type ())
G_DECLARE_FINAL_TYPE (SbBandCard, sb_band_card, SB, BAND_CARD, GtkToggleButton)

GtkWidget *sb_band_card_new       (SbBand            *band,
                                   SbDisplayLanguage  language);
SbBand    *sb_band_card_get_band  (SbBandCard        *self);
guint      sb_band_card_get_index (SbBandCard        *self);

G_END_DECLS
