/* sb-nav-entry.c — a sidebar entry that is not part of the standard's tree: overview, front matter
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-nav-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-nav-entry.h"

struct _SbNavEntry
{
  GObject     parent_instance;
  SbNavKind   kind;
  GListModel *children;
};

G_DEFINE_FINAL_TYPE (SbNavEntry, sb_nav_entry, G_TYPE_OBJECT)

static void
sb_nav_entry_finalize (GObject *object)
{
  SbNavEntry *self = (SbNavEntry *) object;

  g_clear_object (&self->children);

  G_OBJECT_CLASS (sb_nav_entry_parent_class)->finalize (object);
}

static void
sb_nav_entry_class_init (SbNavEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_nav_entry_finalize;
}

static void
sb_nav_entry_init (SbNavEntry *self)
{
}

/* @children: (transfer full) (nullable): what the entry expands to. */
SbNavEntry *
sb_nav_entry_new (SbNavKind   kind,
                  GListModel *children)
{
  SbNavEntry *self = g_object_new (SB_TYPE_NAV_ENTRY, NULL);

  self->kind = kind;
  self->children = children;
  return self;
}

SbNavKind
sb_nav_entry_get_kind (SbNavEntry *self)
{
  g_return_val_if_fail (SB_IS_NAV_ENTRY (self), SB_NAV_OVERVIEW);
  return self->kind;
}

GListModel *
sb_nav_entry_get_children (SbNavEntry *self)
{
  g_return_val_if_fail (SB_IS_NAV_ENTRY (self), NULL);
  return self->children;
}

/* The title in the interface's language: these entries are Scorebook's
 * own, not the standard's. */
const char *
sb_nav_entry_get_title (SbNavEntry *self)
{
  g_return_val_if_fail (SB_IS_NAV_ENTRY (self), NULL);

  switch (self->kind)
    {
    case SB_NAV_OVERVIEW:
      return _("Overview");
    case SB_NAV_STANDARD:
      return _("About the standard");
    case SB_NAV_GLOSSARY:
      return _("Glossary");
    case SB_NAV_REFERENCES:
      return _("References");
    case SB_NAV_THEMES:
      return _("Key themes");
    default:
      g_assert_not_reached ();
    }
}
