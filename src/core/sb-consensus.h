/* sb-consensus.h — a team's consensus assessment, seeded from the independent reviews
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-comparison.h"

G_BEGIN_DECLS

typedef enum
{
  SB_CONSENSUS_SEED_MEDIAN,
  SB_CONSENSUS_SEED_MEAN,
} SbConsensusSeed;

SbAssessment *sb_consensus_new      (SbComparison    *comparison,
                                     SbConsensusSeed  seed);
guint         sb_consensus_seed_percent (SbComparison    *comparison,
                                         SbNode          *node,
                                         SbConsensusSeed  seed,
                                         const char     **band_id);

G_END_DECLS
