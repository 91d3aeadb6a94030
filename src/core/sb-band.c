/* sb-band.c — one band of a scoring guide: a range of percent and the words that define it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band"

#include "config.h"

#include "sb-standard-private.h"

G_DEFINE_FINAL_TYPE (SbBand, sb_band, G_TYPE_OBJECT)

static void
sb_band_finalize (GObject *object)
{
  SbBand *self = (SbBand *) object;

  g_free (self->id);
  sb_text_free (self->level);
  g_ptr_array_unref (self->descriptors);

  G_OBJECT_CLASS (sb_band_parent_class)->finalize (object);
}

static void
sb_band_class_init (SbBandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_band_finalize;
}

static void
sb_band_init (SbBand *self)
{
  self->level = sb_text_new ();
  self->descriptors = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_text_free);
}

SbBand *
sb_band_new (void)
{
  return g_object_new (SB_TYPE_BAND, NULL);
}

const char *
sb_band_get_id (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  return self->id;
}

guint
sb_band_get_min (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), 0);
  return self->min;
}

guint
sb_band_get_max (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), 0);
  return self->max;
}

/* Position in its guide, from 0 for the lowest band. */
guint
sb_band_get_index (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), 0);
  return self->index;
}

/* The level's name ("优良水平"); empty for guides whose bands have none. */
const SbText *
sb_band_get_level (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  return self->level;
}

/* The level's name in @lang (SB_LANG_ZH or SB_LANG_EN), or, for a guide
 * whose bands have none, the band's place ("第2档", "Band 2"), so that a
 * summary or a spreadsheet always names the band in words. */
char *
sb_band_dup_level_name (SbBand     *self,
                        const char *lang)
{
  const char *name;

  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  g_return_val_if_fail (lang != NULL, NULL);

  name = sb_text_lookup (self->level, lang);
  if (name != NULL)
    return g_strdup (name);
  if (g_str_equal (lang, SB_LANG_EN))
    return g_strdup_printf ("Band %u", self->index + 1);
  return g_strdup_printf ("第%u档", self->index + 1);
}

/* Its range of percents, as in "60–80 %" (or "0 %" for a band of one
 * percent): the same in every language. */
char *
sb_band_dup_range (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  if (self->min == self->max)
    return g_strdup_printf ("%u %%", self->min);
  return g_strdup_printf ("%u–%u %%", self->min, self->max);
}

GPtrArray *
sb_band_get_descriptors (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  return self->descriptors;
}

SbGuide *
sb_band_get_guide (SbBand *self)
{
  g_return_val_if_fail (SB_IS_BAND (self), NULL);
  return self->guide;
}

/* Whether @percent is a rating this band allows: inside its range, both
 * ends included, in its guide's steps. */
gboolean
sb_band_allows (SbBand *self,
                guint   percent)
{
  g_return_val_if_fail (SB_IS_BAND (self), FALSE);
  return self->min <= percent && percent <= self->max && percent % self->guide->step == 0;
}
