/* sb-nav-entry.h — a sidebar entry that is not part of the standard's tree: overview, front matter
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SB_NAV_OVERVIEW,
  SB_NAV_STANDARD,     /* a heading whose children are the standard's front matter */
  SB_NAV_GLOSSARY,
  SB_NAV_REFERENCES,
  SB_NAV_THEMES,       /* the key themes of the application as a whole */
} SbNavKind;

#define SB_TYPE_NAV_ENTRY (sb_nav_entry_get_type ())
G_DECLARE_FINAL_TYPE (SbNavEntry, sb_nav_entry, SB, NAV_ENTRY, GObject)

SbNavEntry *sb_nav_entry_new          (SbNavKind   kind,
                                       GListModel *children);
SbNavKind   sb_nav_entry_get_kind     (SbNavEntry *self);
GListModel *sb_nav_entry_get_children (SbNavEntry *self);
const char *sb_nav_entry_get_title    (SbNavEntry *self);

G_END_DECLS
