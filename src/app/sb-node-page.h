/* sb-node-page.h — the page of one node of the criteria: its texts, guidance points with their notes, findings, rating
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sb-assessment.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

#define SB_TYPE_NODE_PAGE (sb_node_page_get_type ())
G_DECLARE_FINAL_TYPE (SbNodePage, sb_node_page, SB, NODE_PAGE, GtkBox)

GtkWidget *sb_node_page_new          (SbNode            *node,
                                      SbAssessment      *assessment,
                                      SbDisplayLanguage  language);
GtkWidget *sb_node_page_lookup_place (SbNodePage        *self,
                                      const char        *key);
GtkWidget *sb_node_page_get_picker   (SbNodePage        *self);

G_END_DECLS
