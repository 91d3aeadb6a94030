/* sb-test-app.h — the application that window tests run in
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-application.h"

G_BEGIN_DECLS

SbApplication *sb_test_application_new (int    *argc,
                                        char ***argv);
void           sb_test_leave_recovery  (SbAssessment *assessment);

G_END_DECLS
