/* sb-test-team.h — a team of examiners' assessments of one applicant, built for tests
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

extern const char *const sb_test_team_files[];

/* What the team of sb_test_team_consensus() wrote. */
#define SB_TEST_TEAM_RATIONALE "现场访谈证实资源配置已与战略目标挂钩。"
#define SB_TEST_TEAM_THEME_STRENGTH "Leaders set and review the direction with the staff."
#define SB_TEST_TEAM_THEME_RESULTS "结果缺少与同类机构的比较。"

SbAssessment *sb_test_team_examiner  (SbStandard *standard,
                                      guint       index);
SbAssessment *sb_test_team_consensus  (SbStandard *standard);
GBytes       *sb_test_team_serialize (SbStandard *standard,
                                      SbStandard *other,
                                      const char *name);
void          sb_test_assert_rating  (SbAssessment *assessment,
                                      const char   *id,
                                      const char   *band,
                                      guint         percent);

G_END_DECLS
