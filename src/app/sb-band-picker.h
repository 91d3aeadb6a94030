/* sb-band-picker.h — the bands of a sub-item's scoring guide, one to pick, and a percent inside it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

#define SB_TYPE_BAND_PICKER (sb_band_picker_get_type ())
G_DECLARE_FINAL_TYPE (SbBandPicker, sb_band_picker, SB, BAND_PICKER, GtkWidget)

GtkWidget    *sb_band_picker_new          (void);
void          sb_band_picker_set_target   (SbBandPicker *self,
                                           SbAssessment *assessment,
                                           SbNode       *scored_node);
SbAssessment *sb_band_picker_get_assessment (SbBandPicker *self);
SbNode       *sb_band_picker_get_node     (SbBandPicker *self);
void          sb_band_picker_set_language (SbBandPicker *self,
                                           const char   *lang);
const char   *sb_band_picker_get_language (SbBandPicker *self);
void          sb_band_picker_set_display_language (SbBandPicker      *self,
                                                   SbDisplayLanguage  language);
SbDisplayLanguage sb_band_picker_get_display_language (SbBandPicker *self);
void          sb_band_picker_set_band     (SbBandPicker *self,
                                           guint         band);
guint         sb_band_picker_get_band     (SbBandPicker *self);
guint         sb_band_picker_get_percent  (SbBandPicker *self);

G_END_DECLS
