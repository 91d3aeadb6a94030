/* sb-problems.c — the located problems of one file, said as FILE:LINE:COL: what is wrong
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-xml"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-xml.h"

/* More problems than this in one file help nobody: the first ones are
 * what the author fixes first. */
#define MAX_PROBLEMS 50

struct _SbProblems
{
  char      *source_name;
  GBytes    *bytes;
  GArray    *line_starts;  /* byte offset of each line, built on first use */
  GPtrArray *messages;
  guint      n_dropped;
};

SbProblems *
sb_problems_new (const char *source_name,
                 GBytes     *bytes)
{
  SbProblems *self = g_new0 (SbProblems, 1);

  self->source_name = g_strdup (source_name);
  self->bytes = bytes ? g_bytes_ref (bytes) : NULL;
  self->messages = g_ptr_array_new_with_free_func (g_free);
  return self;
}

void
sb_problems_free (SbProblems *self)
{
  if (self == NULL)
    return;
  g_free (self->source_name);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->line_starts, g_array_unref);
  g_ptr_array_unref (self->messages);
  g_free (self);
}

static void
add_message (SbProblems *self,
             guint       line,
             guint       column,
             const char *message)
{
  if (self->messages->len >= MAX_PROBLEMS)
    {
      self->n_dropped++;
      return;
    }
  if (line > 0)
    g_ptr_array_add (self->messages,
                     g_strdup_printf ("%s:%u:%u: %s", self->source_name, line, MAX (column, 1), message));
  else
    g_ptr_array_add (self->messages, g_strdup_printf ("%s: %s", self->source_name, message));
}

void
sb_problems_add (SbProblems *self,
                 guint       line,
                 guint       column,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_message (self, line, column, message);
}

static void
index_lines (SbProblems *self)
{
  const char *data;
  gsize len;
  guint zero = 0;

  if (self->line_starts != NULL)
    return;
  self->line_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->line_starts, zero);
  if (self->bytes == NULL)
    return;
  data = g_bytes_get_data (self->bytes, &len);
  for (gsize i = 0; i < len; i++)
    if (data[i] == '\n')
      {
        guint start = i + 1;
        g_array_append_val (self->line_starts, start);
      }
}

/* libxml2 keeps the line of each element but not its column, so the column
 * is found in the source: where "<name" (or, for an attribute, "name=")
 * stands on that line or, for a tag spread over lines, on one just before. */
static guint
find_column (SbProblems *self,
             guint       line,
             const char *needle)
{
  const char *data;
  gsize len;

  if (self->bytes == NULL || line == 0)
    return 1;
  index_lines (self);
  if (line > self->line_starts->len)
    return 1;

  data = g_bytes_get_data (self->bytes, &len);
  for (guint l = line; l > 0 && l + 8 > line; l--)
    {
      guint start = g_array_index (self->line_starts, guint, l - 1);
      guint end = l < self->line_starts->len ? g_array_index (self->line_starts, guint, l) : len;
      g_autofree char *text = g_strndup (data + start, end - start);
      const char *hit = strstr (text, needle);

      if (hit != NULL)
        return g_utf8_strlen (text, hit - text) + 1;
    }
  return 1;
}

static guint
node_line (xmlNode *node)
{
  long line = node ? xmlGetLineNo (node) : 0;
  return line > 0 ? (guint) line : 0;
}

/* A problem located at @node, or at its @attribute when that is not NULL. */
void
sb_problems_add_at (SbProblems *self,
                    xmlNode    *node,
                    const char *attribute,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *needle = NULL;
  guint line = node_line (node);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (node != NULL && node->type == XML_ELEMENT_NODE)
    needle = attribute ? g_strdup_printf (" %s=", attribute) : g_strdup_printf ("<%s", (const char *) node->name);
  add_message (self, line, needle ? find_column (self, line, needle) + (attribute ? 1 : 0) : 1, message);
}

guint
sb_problems_get_count (SbProblems *self)
{
  return self->messages->len + self->n_dropped;
}

/* Fails with one GError holding every problem, one per line, when there are
 * any; returns TRUE when there are none. */
gboolean
sb_problems_propagate (SbProblems *self,
                       GQuark      domain,
                       int         code,
                       GError    **error)
{
  g_autoptr(GString) text = NULL;

  if (self->messages->len == 0)
    return TRUE;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->messages->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, self->messages->pdata[i]);
    }
  if (self->n_dropped > 0)
    g_string_append_printf (text, "\n%s: ", self->source_name),
    g_string_append_printf (text, ngettext ("… and %u more problem", "… and %u more problems", self->n_dropped),
                            self->n_dropped);
  g_set_error_literal (error, domain, code, text->str);
  return FALSE;
}
