/* sb-csv.h — an assessment's scores and comments as a spreadsheet (CSV)
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

/* The columns, in order, as the header row names them. */
#define SB_CSV_HEADER "id,title_zh,title_en,kind,maximum,band,level,percent,points,strengths,opportunities"

char     *sb_csv_for_assessment (SbAssessment  *assessment,
                                 const char    *language);
gboolean  sb_csv_write          (SbAssessment  *assessment,
                                 const char    *language,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);

G_END_DECLS
