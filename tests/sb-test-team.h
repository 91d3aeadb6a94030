/* sb-test-team.h — a team of examiners' assessments of one applicant, built for tests
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

extern const char *const sb_test_team_files[];

SbAssessment *sb_test_team_examiner  (SbStandard *standard,
                                      guint       index);
GBytes       *sb_test_team_serialize (SbStandard *standard,
                                      SbStandard *other,
                                      const char *name);
void          sb_test_assert_rating  (SbAssessment *assessment,
                                      const char   *id,
                                      const char   *band,
                                      guint         percent);

G_END_DECLS
