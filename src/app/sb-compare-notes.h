/* sb-compare-notes.h — one part's strengths, opportunities and evidence notes, each examiner's side by side
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-comparison.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

/* How long the selection rests on a part before its comments are shown. */
#define SB_COMPARE_NOTES_DELAY_MS 150

#define SB_TYPE_COMPARE_NOTES (sb_compare_notes_get_type ())
G_DECLARE_FINAL_TYPE (SbCompareNotes, sb_compare_notes, SB, COMPARE_NOTES, GtkBox)

GtkWidget *sb_compare_notes_new  (SbComparison      *comparison,
                                  SbDisplayLanguage  language);
void       sb_compare_notes_show (SbCompareNotes    *self,
                                  SbNode            *part);
SbNode    *sb_compare_notes_get_part (SbCompareNotes *self);

G_END_DECLS
