/* sb-note-marks.h — a consensus comment's marks: its authors' initials, significant (++ / −−), key theme
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_NOTE_MARKS (sb_note_marks_get_type ())
G_DECLARE_FINAL_TYPE (SbNoteMarks, sb_note_marks, SB, NOTE_MARKS, GtkWidget)

gboolean   sb_note_marks_wanted (SbAssessment *assessment,
                                 SbNoteKind    kind);
GtkWidget *sb_note_marks_new    (void);
void       sb_note_marks_sync   (SbNoteMarks  *self,
                                 SbAssessment *assessment,
                                 const char   *owner_id,
                                 SbNoteKind    kind,
                                 guint         index);

G_END_DECLS
