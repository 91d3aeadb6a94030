/* sb-notices.h — the bars across the top of a window: what was just exported, and what standard an assessment was made for
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

typedef enum
{
  SB_EXPORT_PDF,
  SB_EXPORT_CSV,
  SB_EXPORT_CHART,
} SbExportKind;

#define SB_TYPE_NOTICES (sb_notices_get_type ())
G_DECLARE_FINAL_TYPE (SbNotices, sb_notices, SB, NOTICES, GtkWidget)

SbNotices  *sb_notices_new            (void);
void        sb_notices_show_exported  (SbNotices    *self,
                                       SbExportKind  kind,
                                       GFile        *file);
GtkInfoBar *sb_notices_get_export_bar (SbNotices    *self);
void        sb_notices_set_export_seconds (SbNotices *self,
                                           guint      seconds);
void        sb_notices_set_assessment (SbNotices    *self,
                                       SbAssessment *assessment);
GtkInfoBar *sb_notices_get_standard_bar (SbNotices  *self);
void        sb_notices_set_autosave_error (SbNotices    *self,
                                           const GError *error);
GtkInfoBar *sb_notices_get_autosave_bar (SbNotices  *self);
void        sb_notices_retranslate    (SbNotices    *self);

G_END_DECLS
