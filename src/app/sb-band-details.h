/* sb-band-details.h — the descriptors of one band of a scoring guide, under a heading that says whose they are
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-display-language.h"
#include "sb-standard.h"

G_BEGIN_DECLS

#define SB_TYPE_BAND_DETAILS (sb_band_details_get_type ())
G_DECLARE_FINAL_TYPE (SbBandDetails, sb_band_details, SB, BAND_DETAILS, GtkBox)

GtkWidget *sb_band_details_new            (void);
void       sb_band_details_set_guide      (SbBandDetails     *self,
                                           SbGuide           *guide,
                                           SbDisplayLanguage  language);
void       sb_band_details_show           (SbBandDetails     *self,
                                           SbBand            *band,
                                           gboolean           chosen);
void       sb_band_details_update_strings (SbBandDetails     *self);

G_END_DECLS
