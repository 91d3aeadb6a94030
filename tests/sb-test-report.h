/* sb-test-report.h — finding what a summary laid out, for the tests of its pages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-report.h"

G_BEGIN_DECLS

const SbReportBlock *sb_test_find_block (SbReport      *report,
                                         const char    *key,
                                         SbReportBlock *block,
                                         guint         *page);

G_END_DECLS
