/* sb-node.c — a node of a standard's criteria tree: dimension, item or sub-item
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-node"

#include "config.h"

#include "sb-standard-private.h"

G_DEFINE_FINAL_TYPE (SbNode, sb_node, G_TYPE_OBJECT)

static void
sb_node_finalize (GObject *object)
{
  SbNode *self = (SbNode *) object;

  g_free (self->id);
  g_free (self->number);
  g_free (self->kind);
  sb_text_free (self->title);
  sb_text_free (self->explanation);
  sb_text_free (self->keypoint);
  sb_text_free (self->requirement);
  g_clear_object (&self->children);
  g_clear_object (&self->guidance);

  G_OBJECT_CLASS (sb_node_parent_class)->finalize (object);
}

static void
sb_node_class_init (SbNodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_node_finalize;
}

static void
sb_node_init (SbNode *self)
{
  self->title = sb_text_new ();
  self->explanation = sb_text_new ();
  self->keypoint = sb_text_new ();
  self->requirement = sb_text_new ();
  self->children = g_list_store_new (SB_TYPE_NODE);
  self->guidance = g_list_store_new (SB_TYPE_GUIDANCE_POINT);
}

SbNode *
sb_node_new (void)
{
  return g_object_new (SB_TYPE_NODE, NULL);
}

const char *
sb_node_get_id (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->id;
}

const char *
sb_node_get_number (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->number ? self->number : "";
}

/* "category", "item", "subitem" in the bundled standard; any word in others. */
const char *
sb_node_get_kind (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->kind;
}

const SbText *
sb_node_get_title (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->title;
}

const SbText *
sb_node_get_explanation (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->explanation;
}

const SbText *
sb_node_get_keypoint (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->keypoint;
}

const SbText *
sb_node_get_requirement (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->requirement;
}

gboolean
sb_node_has_points (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), FALSE);
  return self->has_points;
}

/* The node's maximum; for a node without its own points attribute, the sum
 * of its children's (the loader works that out once). */
SbPoints
sb_node_get_points (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), 0);
  return self->points;
}

/* 0 for a top-level node. */
guint
sb_node_get_depth (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), 0);
  return self->depth;
}

gboolean
sb_node_is_scored (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), FALSE);
  return self->guide != NULL;
}

SbGuide *
sb_node_get_guide (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->guide;
}

SbNode *
sb_node_get_parent (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->parent;
}

SbStandard *
sb_node_get_standard (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return self->standard;
}

GListModel *
sb_node_get_children (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return G_LIST_MODEL (self->children);
}

GListModel *
sb_node_get_guidance (SbNode *self)
{
  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  return G_LIST_MODEL (self->guidance);
}

/* What the standard calls a node of this kind in @lang (SB_LANG_EN, else
 * Chinese), or, where the file does not say, a word that fits any
 * standard: "scored part" for a scored node, "part" for the others. */
char *
sb_node_dup_kind_name (SbNode     *self,
                       const char *lang)
{
  char *name;

  g_return_val_if_fail (SB_IS_NODE (self), NULL);
  g_return_val_if_fail (lang != NULL, NULL);

  name = sb_standard_dup_kind_name (self->standard, self->kind, lang, FALSE);
  if (name != NULL)
    return name;
  if (self->guide != NULL)
    return sb_standard_dup_scored_name (self->standard, lang, FALSE);
  return g_strdup (g_str_equal (lang, SB_LANG_EN) ? "part" : "部分");
}
