/* sb-guidance-point.c — one guidance point (要点指引) of a scored node
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-guidance-point"

#include "config.h"

#include "sb-standard-private.h"

G_DEFINE_FINAL_TYPE (SbGuidancePoint, sb_guidance_point, G_TYPE_OBJECT)

static void
sb_guidance_point_finalize (GObject *object)
{
  SbGuidancePoint *self = (SbGuidancePoint *) object;

  g_free (self->id);
  g_free (self->number);
  sb_text_free (self->title);
  sb_text_free (self->text);

  G_OBJECT_CLASS (sb_guidance_point_parent_class)->finalize (object);
}

static void
sb_guidance_point_class_init (SbGuidancePointClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_guidance_point_finalize;
}

static void
sb_guidance_point_init (SbGuidancePoint *self)
{
  self->title = sb_text_new ();
  self->text = sb_text_new ();
}

SbGuidancePoint *
sb_guidance_point_new (void)
{
  return g_object_new (SB_TYPE_GUIDANCE_POINT, NULL);
}

const char *
sb_guidance_point_get_id (SbGuidancePoint *self)
{
  g_return_val_if_fail (SB_IS_GUIDANCE_POINT (self), NULL);
  return self->id;
}

const char *
sb_guidance_point_get_number (SbGuidancePoint *self)
{
  g_return_val_if_fail (SB_IS_GUIDANCE_POINT (self), NULL);
  return self->number ? self->number : "";
}

/* A heading some points carry before their text; empty for most. */
const SbText *
sb_guidance_point_get_title (SbGuidancePoint *self)
{
  g_return_val_if_fail (SB_IS_GUIDANCE_POINT (self), NULL);
  return self->title;
}

const SbText *
sb_guidance_point_get_text (SbGuidancePoint *self)
{
  g_return_val_if_fail (SB_IS_GUIDANCE_POINT (self), NULL);
  return self->text;
}

SbNode *
sb_guidance_point_get_node (SbGuidancePoint *self)
{
  g_return_val_if_fail (SB_IS_GUIDANCE_POINT (self), NULL);
  return self->node;
}
