/* sb-comparison.h — several examiners' assessments of one applicant, part by part
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_COMPARISON (sb_comparison_get_type ())
G_DECLARE_FINAL_TYPE (SbComparison, sb_comparison, SB, COMPARISON, GObject)

#define SB_COMPARISON_ERROR (sb_comparison_error_quark ())

typedef enum
{
  SB_COMPARISON_ERROR_OTHER_STANDARD,  /* the message names both standards and the file */
  SB_COMPARISON_ERROR_TOO_FEW,         /* fewer than two assessments */
} SbComparisonError;

/* Parts whose examiners lie this many bands apart, or whose percents lie
 * this far apart, go on the consensus meeting's agenda. */
#define SB_COMPARISON_DIVERGENT_BANDS   2
#define SB_COMPARISON_DIVERGENT_PERCENT 40

/* The time the meeting gives a divergent part: a base, and more for
 * each band beyond the two that made it divergent. */
#define SB_COMPARISON_MINUTES_BASE      10
#define SB_COMPARISON_MINUTES_PER_BAND  5

/* One scored part across the assessments. Points are SbPoints (fixed
 * point, see sb-points.h); all of them count only the assessments that
 * rated the part. */
typedef struct
{
  SbNode   *node;
  guint     n_rated;          /* assessments that rated it */
  SbPoints  lowest, highest, median;   /* median of an even count = mean of the middle two */
  guint     band_spread;      /* highest band index − lowest band index among the rated */
  guint     lowest_percent, highest_percent;   /* of the rated */
  guint     percent_spread;   /* highest percent − lowest */
  gboolean  divergent;        /* band_spread >= 2 || percent_spread >= 40 */
  guint     minutes;          /* time the consensus meeting should give it (0 when not divergent) */
} SbPartSpread;

GQuark              sb_comparison_error_quark           (void);

SbComparison       *sb_comparison_new                   (SbStandard    *standard,
                                                         SbAssessment **assessments,
                                                         guint          n,
                                                         GError       **error);
SbStandard         *sb_comparison_get_standard          (SbComparison  *self);
guint               sb_comparison_get_n_assessments     (SbComparison  *self);
SbAssessment       *sb_comparison_get_assessment        (SbComparison  *self,
                                                         guint          index);
gboolean            sb_comparison_is_duplicate_examiner (SbComparison  *self,
                                                         guint          index);
guint               sb_comparison_get_n_parts           (SbComparison  *self);
const SbPartSpread *sb_comparison_get_part              (SbComparison  *self,
                                                         guint          index);
const SbPartSpread *sb_comparison_lookup                (SbComparison  *self,
                                                         const char    *node_id);
guint               sb_comparison_get_n_divergent       (SbComparison  *self);
guint               sb_comparison_get_minutes           (SbComparison  *self);
void                sb_comparison_get_range             (SbComparison  *self,
                                                         const char    *node_id,
                                                         SbPoints      *lowest,
                                                         SbPoints      *highest,
                                                         SbPoints      *median);
gboolean            sb_comparison_get_change            (SbComparison  *self,
                                                         guint          from,
                                                         guint          to,
                                                         const char    *node_id,
                                                         SbPoints      *delta_points,
                                                         int           *delta_bands);

G_END_DECLS
