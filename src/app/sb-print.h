/* sb-print.h — printing and exporting an assessment's score summary from the window
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

void sb_print_assessment  (GtkWindow    *parent,
                           SbAssessment *assessment,
                           const char   *language,
                           gboolean      include_notes);
/* Called on the main thread once @file is written whole. */
typedef void (*SbExportedFunc) (GFile    *file,
                                gboolean  csv,
                                gpointer  user_data);

void sb_export_assessment (GtkWindow      *parent,
                           SbAssessment   *assessment,
                           const char     *language,
                           gboolean        include_notes,
                           gboolean        csv,
                           GFile          *folder,
                           SbExportedFunc  exported,
                           gpointer        user_data);

G_END_DECLS
