/* sb-test-data.h — the bundled standard and the fixtures, loaded for a test
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

SbStandard   *sb_test_bundled_standard (void);
char         *sb_test_fixture_path     (const char *name);
SbAssessment *sb_test_load_fixture     (SbStandard *standard,
                                        const char *name);
char         *sb_test_copy_fixture     (const char *name,
                                        const char *as);
void          sb_test_remove_copy      (const char *path);

G_END_DECLS
