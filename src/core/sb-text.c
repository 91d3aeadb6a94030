/* sb-text.c — a text held in several languages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-text"

#include "config.h"

#include <string.h>

#include "sb-text.h"

typedef struct
{
  const char *lang;  /* interned */
  char       *value;
} SbTextEntry;

/* Few languages per text, so a small array beats a hash table in both
 * memory and speed, which matters for standards with many thousands of texts. */
struct _SbText
{
  GArray *entries;
};

G_DEFINE_BOXED_TYPE (SbText, sb_text, sb_text_copy, sb_text_free)

static void
clear_entry (gpointer data)
{
  SbTextEntry *entry = data;

  g_free (entry->value);
}

SbText *
sb_text_new (void)
{
  SbText *self = g_new0 (SbText, 1);

  self->entries = g_array_sized_new (FALSE, FALSE, sizeof (SbTextEntry), 2);
  g_array_set_clear_func (self->entries, clear_entry);
  return self;
}

SbText *
sb_text_copy (const SbText *self)
{
  SbText *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = sb_text_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      const SbTextEntry *entry = &g_array_index (self->entries, SbTextEntry, i);
      sb_text_set (copy, entry->lang, entry->value);
    }
  return copy;
}

void
sb_text_free (SbText *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_free (self);
}

static SbTextEntry *
find_entry (const SbText *self,
            const char   *lang)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      SbTextEntry *entry = &g_array_index (self->entries, SbTextEntry, i);
      if (g_strcmp0 (entry->lang, lang) == 0)
        return entry;
    }
  return NULL;
}

void
sb_text_set (SbText     *self,
             const char *lang,
             const char *value)
{
  SbTextEntry *entry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  entry = find_entry (self, lang);
  if (entry != NULL)
    {
      g_free (entry->value);
      entry->value = g_strdup (value ? value : "");
    }
  else
    {
      SbTextEntry new_entry = { g_intern_string (lang), g_strdup (value ? value : "") };
      g_array_append_val (self->entries, new_entry);
    }
}

/* The text in @lang, or NULL when it has none. */
const char *
sb_text_lookup (const SbText *self,
                const char   *lang)
{
  SbTextEntry *entry;

  if (self == NULL || lang == NULL)
    return NULL;
  entry = find_entry (self, lang);
  return entry ? entry->value : NULL;
}

/* The text in @lang, falling back to the first language it has, and to ""
 * for a missing text: views never have to check for NULL. */
const char *
sb_text_get (const SbText *self,
             const char   *lang)
{
  const char *value = sb_text_lookup (self, lang);

  if (value != NULL)
    return value;
  if (self != NULL && self->entries->len > 0)
    return g_array_index (self->entries, SbTextEntry, 0).value;
  return "";
}

guint
sb_text_get_n_langs (const SbText *self)
{
  return self ? self->entries->len : 0;
}

const char *
sb_text_get_lang (const SbText *self,
                  guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_array_index (self->entries, SbTextEntry, index).lang;
}

/* The text on one line: tabs and newlines become spaces (for TSV and CSV
 * rows, where a line break would start a new record). */
char *
sb_text_dup_flat (const SbText *self,
                  const char   *lang)
{
  char *flat = g_strdup (sb_text_get (self, lang));

  for (char *p = flat; *p; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return flat;
}
