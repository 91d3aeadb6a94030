/* sb-search.h — finding words in a standard's texts, in every language at once
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

/* One place a query was found. @target is what a view navigates to (an
 * SbNode, SbSection or SbGuide); @detail is the guidance point, band or
 * child section inside it, or NULL. The match is @match_length bytes of
 * @snippet from @match_start (none when the length is 0). */
typedef struct
{
  GObject    *target;
  GObject    *detail;
  const char *lang;
  char       *snippet;
  guint       match_start;
  guint       match_length;
} SbSearchHit;

void       sb_search_hit_free (SbSearchHit *hit);
void       sb_search_prepare  (SbStandard  *standard);
GPtrArray *sb_search_standard (SbStandard  *standard,
                               const char  *query,
                               guint        max_hits);
GPtrArray *sb_search_assessment (SbAssessment *assessment,
                                 const char   *query,
                                 guint         max_hits);
char      *sb_search_snippet  (const char  *text,
                               const char  *folded_query,
                               guint        context_chars,
                               guint       *match_start,
                               guint       *match_length);

G_END_DECLS
