/* sb-points.h — exact decimal points
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Points as a whole number of ten-thousandths. A maximum has at most two
 * decimals and a percent is a whole number, so maximum × percent / 100 is
 * always exact here: 30 × 65 % is 19.5, never 19.499999. */
typedef gint64 SbPoints;

#define SB_POINTS_SCALE    ((SbPoints) 10000)
#define SB_POINTS(whole)   ((SbPoints) (whole) * SB_POINTS_SCALE)
#define SB_POINTS_MAX      SB_POINTS (9999999)

gboolean  sb_points_parse        (const char *text,
                                  SbPoints   *out);
char     *sb_points_format       (SbPoints    points,
                                  guint       max_decimals);
char     *sb_points_format_exact (SbPoints    points);
SbPoints  sb_points_of_percent   (SbPoints    maximum,
                                  guint       percent);
char     *sb_percent_format      (SbPoints    part,
                                  SbPoints    whole);

G_END_DECLS
