/* sb-test-report.c — finding what a summary laid out, for the tests of its pages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-test-report.h"

/* The block @key of @report, filled into @block, and its page; NULL when
 * the summary has none. */
const SbReportBlock *
sb_test_find_block (SbReport      *report,
                    const char    *key,
                    SbReportBlock *block,
                    guint         *page)
{
  for (guint p = 0; p < sb_report_get_n_pages (report); p++)
    for (guint i = 0; i < sb_report_get_n_blocks (report, p); i++)
      {
        g_assert_true (sb_report_get_block (report, p, i, block));
        if (g_strcmp0 (block->key, key) == 0)
          {
            if (page)
              *page = p;
            return block;
          }
      }
  return NULL;
}
