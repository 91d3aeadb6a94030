/* sb-rating-trail.h — where a part's rating came from: a baseline to confirm, its changes in consensus, their rationale
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_RATING_TRAIL (sb_rating_trail_get_type ())
G_DECLARE_FINAL_TYPE (SbRatingTrail, sb_rating_trail, SB, RATING_TRAIL, GtkWidget)

GtkWidget *sb_rating_trail_new            (SbAssessment  *assessment,
                                           const char    *part_id);
gboolean   sb_rating_trail_asks_rationale (SbRatingTrail *self);
void       sb_rating_trail_give_rationale (SbRatingTrail *self,
                                           const char    *rationale);
gboolean   sb_rating_trail_shows_baseline (SbRatingTrail *self);
void       sb_rating_trail_confirm        (SbRatingTrail *self);

G_END_DECLS
