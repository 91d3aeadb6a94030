/* sb-proposal-list.h — the examiners' proposed comments of one kind on a part, to merge into the consensus or leave out
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

#define SB_TYPE_PROPOSAL_LIST (sb_proposal_list_get_type ())
G_DECLARE_FINAL_TYPE (SbProposalList, sb_proposal_list, SB, PROPOSAL_LIST, GtkWidget)

GtkWidget *sb_proposal_list_new          (SbAssessment   *assessment,
                                          const char     *part_id,
                                          SbNoteKind      kind);
const char *sb_proposal_list_get_part_id (SbProposalList *self);
SbNoteKind sb_proposal_list_get_kind     (SbProposalList *self);
guint      sb_proposal_list_get_n_shown  (SbProposalList *self,
                                          SbProposalState state);
void       sb_proposal_list_select       (SbProposalList *self,
                                          guint           proposal,
                                          gboolean        selected);
void       sb_proposal_list_merge        (SbProposalList *self);
void       sb_proposal_list_drop         (SbProposalList *self);
void       sb_proposal_list_restore      (SbProposalList *self,
                                          guint           proposal);

G_END_DECLS
