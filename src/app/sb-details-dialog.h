/* sb-details-dialog.h — who is assessed, as what, by whom: an assessment's details
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_DETAILS_DIALOG (sb_details_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SbDetailsDialog, sb_details_dialog, SB, DETAILS_DIALOG, GtkWindow)

GtkWidget    *sb_details_dialog_new            (GtkWindow        *parent,
                                                SbAssessment     *assessment);
SbAssessment *sb_details_dialog_get_assessment (SbDetailsDialog  *self);

const char   *sb_details_kind_name             (SbAssessmentKind  kind);
GtkWidget    *sb_details_add_field             (GtkGrid          *grid,
                                                int               row,
                                                const char       *text,
                                                GtkWidget        *field);

G_END_DECLS
