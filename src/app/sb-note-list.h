/* sb-note-list.h — an editable list of separate comments: strengths, opportunities, evidence, references
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_NOTE_LIST (sb_note_list_get_type ())
G_DECLARE_FINAL_TYPE (SbNoteList, sb_note_list, SB, NOTE_LIST, GtkWidget)

GtkWidget    *sb_note_list_new          (const char   *title);
void          sb_note_list_set_target   (SbNoteList   *self,
                                         SbAssessment *assessment,
                                         const char   *owner_id,
                                         SbNoteKind    kind);
SbAssessment *sb_note_list_get_assessment (SbNoteList *self);
const char   *sb_note_list_get_owner_id (SbNoteList   *self);
SbNoteKind    sb_note_list_get_kind     (SbNoteList   *self);
void          sb_note_list_set_title    (SbNoteList   *self,
                                         const char   *title);
const char   *sb_note_list_get_title    (SbNoteList   *self);
guint         sb_note_list_get_n_rows   (SbNoteList   *self);
GtkTextView  *sb_note_list_get_row_view (SbNoteList   *self,
                                         guint         index);
void          sb_note_list_add          (SbNoteList   *self);

G_END_DECLS
