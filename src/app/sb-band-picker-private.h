/* sb-band-picker-private.h — the band picker's struct and inner functions, for its own files
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-band-picker.h"

G_BEGIN_DECLS

struct _SbBandPicker
{
  GtkWidget     parent_instance;

  /* Children */
  GtkWidget    *caption;
  GtkWidget    *bands;        /* the row of band cards */
  GPtrArray    *buttons;      /* SbBandCard, one per band */
  GtkWidget    *controls;
  GtkWidget    *percent_label;
  GtkWidget    *spin;
  GtkWidget    *points_label;
  GtkWidget    *clear_button;
  GtkWidget    *status;
  GtkWidget    *details;

  /* Owned */
  SbAssessment *assessment;
  SbNode       *node;
  SbDisplayLanguage language; /* of the guide's texts */
  gulong        rating_handler;
  char         *message;      /* what the last typed percent became, or NULL */
  char         *pending;      /* the note on a typed percent, until it is written */

  /* What the model holds, as shown */
  guint         band;         /* 1-based; 0 unrated */
  guint         percent;
  guint         hovered;      /* the band under the pointer, 0 for none */
  guint         focused;      /* the band whose card has the focus, 0 for none */
  gboolean      syncing;
  gboolean      writing;
  gboolean      spin_empty;   /* unrated: the spin shows no number */
};

/* sb-band-picker.c: the guide, its bands, and the one way to rate */
SbGuide   *sb_band_picker_guide                   (SbBandPicker *self);
guint      sb_band_picker_step                    (SbBandPicker *self);
guint      sb_band_picker_n_bands                 (SbBandPicker *self);
SbBand    *sb_band_picker_band_at                 (SbBandPicker *self,
                                                   guint         index);
void       sb_band_picker_write_rating            (SbBandPicker *self,
                                                   SbBand       *band,
                                                   guint         percent,
                                                   char         *message);
void       sb_band_picker_sync                    (SbBandPicker *self);
void       sb_band_picker_update_status           (SbBandPicker *self);

/* sb-band-picker-percent.c: the percent control and the points */
GtkWidget *sb_band_picker_controls_new            (SbBandPicker *self);
void       sb_band_picker_controls_update_strings (SbBandPicker *self);
void       sb_band_picker_show_percent            (SbBandPicker *self,
                                                   SbBand       *band,
                                                   guint         percent);
guint      sb_band_picker_default_percent         (SbBandPicker *self,
                                                   SbBand       *band);
void       sb_band_picker_step_action             (GtkWidget    *widget,
                                                   const char   *action_name,
                                                   GVariant     *parameter);

G_END_DECLS
