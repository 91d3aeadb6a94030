/* sb-guide.c — a scoring guide: the bands an examiner chooses from
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-guide"

#include "config.h"

#include "sb-standard-private.h"

G_DEFINE_FINAL_TYPE (SbGuide, sb_guide, G_TYPE_OBJECT)

static void
sb_guide_finalize (GObject *object)
{
  SbGuide *self = (SbGuide *) object;

  g_free (self->id);
  g_free (self->kind);
  sb_text_free (self->name);
  sb_text_free (self->description);
  g_clear_object (&self->bands);

  G_OBJECT_CLASS (sb_guide_parent_class)->finalize (object);
}

static void
sb_guide_class_init (SbGuideClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_guide_finalize;
}

static void
sb_guide_init (SbGuide *self)
{
  self->step = 5;
  self->name = sb_text_new ();
  self->description = sb_text_new ();
  self->bands = g_list_store_new (SB_TYPE_BAND);
}

SbGuide *
sb_guide_new (void)
{
  return g_object_new (SB_TYPE_GUIDE, NULL);
}

const char *
sb_guide_get_id (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);
  return self->id;
}

const char *
sb_guide_get_kind (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);
  return self->kind;
}

const SbText *
sb_guide_get_name (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);
  return self->name;
}

const SbText *
sb_guide_get_description (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);
  return self->description;
}

/* The percents a rating takes are the multiples of this (5 unless the
 * guide says otherwise), from 0 to 100. */
guint
sb_guide_get_step (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), 5);
  return self->step;
}

/* The bands in ascending order of range. */
GListModel *
sb_guide_get_bands (SbGuide *self)
{
  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);
  return G_LIST_MODEL (self->bands);
}

SbBand *
sb_guide_lookup_band (SbGuide    *self,
                      const char *id)
{
  guint n;

  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->bands));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbBand) band = g_list_model_get_item (G_LIST_MODEL (self->bands), i);
      if (g_strcmp0 (band->id, id) == 0)
        return band;
    }
  return NULL;
}

/* Bands share their ends (0–20, 20–40) or lie a step apart (0–5, 10–25):
 * a percent on a shared end belongs to the higher band. NULL for a percent
 * that is not one of the guide's steps. */
SbBand *
sb_guide_band_for_percent (SbGuide *self,
                           guint    percent)
{
  guint n;

  g_return_val_if_fail (SB_IS_GUIDE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->bands));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(SbBand) band = g_list_model_get_item (G_LIST_MODEL (self->bands), i - 1);
      if (sb_band_allows (band, percent))
        return band;
    }
  return NULL;
}
