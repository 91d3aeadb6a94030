/* sb-section.c — a piece of prose in a standard: preface, core value, glossary term, reference
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-section"

#include "config.h"

#include "sb-standard-private.h"

G_DEFINE_FINAL_TYPE (SbSection, sb_section, G_TYPE_OBJECT)

static void
sb_section_finalize (GObject *object)
{
  SbSection *self = (SbSection *) object;

  g_free (self->id);
  g_free (self->number);
  g_free (self->applies_to);
  sb_text_free (self->title);
  sb_text_free (self->body);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (sb_section_parent_class)->finalize (object);
}

static void
sb_section_class_init (SbSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_section_finalize;
}

static void
sb_section_init (SbSection *self)
{
  self->title = sb_text_new ();
  self->body = sb_text_new ();
  self->children = g_list_store_new (SB_TYPE_SECTION);
}

SbSection *
sb_section_new (void)
{
  return g_object_new (SB_TYPE_SECTION, NULL);
}

const char *
sb_section_get_id (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return self->id;
}

/* The number as printed ("一", "3"), or "" when it has none. */
const char *
sb_section_get_number (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return self->number ? self->number : "";
}

const char *
sb_section_get_applies_to (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return self->applies_to;
}

const SbText *
sb_section_get_title (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return self->title;
}

const SbText *
sb_section_get_body (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return self->body;
}

GListModel *
sb_section_get_children (SbSection *self)
{
  g_return_val_if_fail (SB_IS_SECTION (self), NULL);
  return G_LIST_MODEL (self->children);
}
