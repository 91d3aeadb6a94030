/* sb-standard.c — an award standard: its criteria tree, scoring guides and texts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-standard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-standard-loader.h"
#include "sb-standard-private.h"
#include "sb-xml.h"

G_DEFINE_FINAL_TYPE (SbStandard, sb_standard, G_TYPE_OBJECT)

G_DEFINE_QUARK (sb-standard-error-quark, sb_standard_error)

static void
sb_standard_finalize (GObject *object)
{
  SbStandard *self = (SbStandard *) object;

  g_free (self->id);
  g_free (self->edition);
  g_strfreev (self->languages);
  g_free (self->source_name);
  g_clear_pointer (&self->source_bytes, g_bytes_unref);
  g_free (self->content_hash);
  sb_text_free (self->title);
  g_ptr_array_unref (self->subtitles);
  sb_text_free (self->issuer);
  sb_text_free (self->compiler);
  g_clear_object (&self->profile);
  g_clear_object (&self->principles);
  g_clear_object (&self->front);
  g_clear_object (&self->rules);
  g_clear_object (&self->criteria);
  g_clear_object (&self->guides);
  g_clear_object (&self->glossary);
  g_clear_object (&self->references);
  g_ptr_array_unref (self->nodes);
  g_ptr_array_unref (self->scored);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->kind_names);

  G_OBJECT_CLASS (sb_standard_parent_class)->finalize (object);
}

static void
sb_standard_class_init (SbStandardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_standard_finalize;
}

static void
sb_standard_init (SbStandard *self)
{
  self->title = sb_text_new ();
  self->subtitles = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_text_free);
  self->issuer = sb_text_new ();
  self->compiler = sb_text_new ();
  self->front = g_list_store_new (SB_TYPE_SECTION);
  self->rules = g_list_store_new (SB_TYPE_SECTION);
  self->criteria = g_list_store_new (SB_TYPE_NODE);
  self->guides = g_list_store_new (SB_TYPE_GUIDE);
  self->glossary = g_list_store_new (SB_TYPE_SECTION);
  self->references = g_list_store_new (SB_TYPE_SECTION);
  self->nodes = g_ptr_array_new ();
  self->scored = g_ptr_array_new ();
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->kind_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sb_kind_name_free);
}

SbStandard *
sb_standard_new (void)
{
  return g_object_new (SB_TYPE_STANDARD, NULL);
}

/* Loads and checks a standard from @bytes; @source_name (a file name) is
 * what error messages start with. */
SbStandard *
sb_standard_new_from_bytes (GBytes      *bytes,
                            const char  *source_name,
                            GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return sb_standard_load (bytes, source_name ? source_name : "standard", error);
}

SbStandard *
sb_standard_new_from_file (GFile        *file,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  bytes = sb_xml_read_file (file, SB_STANDARD_MAX_BYTES, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (local_error->domain == SB_XML_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, SB_STANDARD_ERROR, SB_STANDARD_ERROR_IO,
                     _("%s: this is a folder, not a standard file"), name);
      else
        g_set_error (error, SB_STANDARD_ERROR, SB_STANDARD_ERROR_IO, "%s: %s", name, local_error->message);
      return NULL;
    }

  return sb_standard_load (bytes, name, error);
}

/* The standard compiled into the program, so Scorebook runs with no files
 * beside it. */
SbStandard *
sb_standard_new_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (SB_BUNDLED_STANDARD_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return sb_standard_load (bytes, "szmqa-2019-social.xml", error);
}

const char *
sb_standard_get_id (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->id;
}

const char *
sb_standard_get_edition (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->edition;
}

guint
sb_standard_get_revision (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), 0);
  return self->revision;
}

/* The languages every text of the standard is written in, in the order
 * the file names them. */
const char * const *
sb_standard_get_languages (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return (const char * const *) self->languages;
}

const char *
sb_standard_get_source_name (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->source_name;
}

/* SHA-256 of the file's bytes, which assessments record so that a change
 * to the standard under them is noticed. Computed the first time it is
 * asked for, not while loading: checking a standard, or starting without
 * an assessment, never needs it, and hashing 7 MB cost a tenth of the
 * load. Threads that ask at once compute it alike; one result is kept. */
const char *
sb_standard_get_content_hash (SbStandard *self)
{
  char *hash;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);

  hash = g_atomic_pointer_get (&self->content_hash);
  if (hash != NULL || self->source_bytes == NULL)
    return hash;
  hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, self->source_bytes);
  if (!g_atomic_pointer_compare_and_exchange (&self->content_hash, NULL, hash))
    g_free (hash);
  return g_atomic_pointer_get (&self->content_hash);
}

const SbText *
sb_standard_get_title (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->title;
}

GPtrArray *
sb_standard_get_subtitles (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->subtitles;
}

const SbText *
sb_standard_get_issuer (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->issuer;
}

const SbText *
sb_standard_get_compiler (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->compiler;
}

SbPoints
sb_standard_get_total (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), 0);
  return self->total;
}

SbSection *
sb_standard_get_profile (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->profile;
}

SbSection *
sb_standard_get_principles (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->principles;
}

GListModel *
sb_standard_get_front (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->front);
}

GListModel *
sb_standard_get_rules (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->rules);
}

/* The top-level nodes of the criteria tree. */
GListModel *
sb_standard_get_criteria (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->criteria);
}

GListModel *
sb_standard_get_guides (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->guides);
}

GListModel *
sb_standard_get_glossary (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->glossary);
}

GListModel *
sb_standard_get_references (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return G_LIST_MODEL (self->references);
}

/* Every node, in document order (parents before their children). */
GPtrArray *
sb_standard_get_nodes (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->nodes;
}

/* The nodes an examiner rates, in document order. */
GPtrArray *
sb_standard_get_scored_nodes (SbStandard *self)
{
  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  return self->scored;
}

SbNode *
sb_standard_lookup_node (SbStandard *self,
                         const char *id)
{
  gpointer found;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);

  found = id ? g_hash_table_lookup (self->by_id, id) : NULL;
  return SB_IS_NODE (found) ? found : NULL;
}

SbGuidancePoint *
sb_standard_lookup_point (SbStandard *self,
                          const char *id)
{
  gpointer found;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);

  found = id ? g_hash_table_lookup (self->by_id, id) : NULL;
  return SB_IS_GUIDANCE_POINT (found) ? found : NULL;
}

SbGuide *
sb_standard_lookup_guide (SbStandard *self,
                          const char *id)
{
  gpointer found;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);

  found = id ? g_hash_table_lookup (self->by_id, id) : NULL;
  return SB_IS_GUIDE (found) ? found : NULL;
}

/* How many guidance points the whole standard has. */
guint
sb_standard_count_points (SbStandard *self)
{
  guint count = 0;

  g_return_val_if_fail (SB_IS_STANDARD (self), 0);

  for (guint i = 0; i < self->scored->len; i++)
    count += g_list_model_get_n_items (sb_node_get_guidance (self->scored->pdata[i]));
  return count;
}

void
sb_kind_name_free (SbKindName *name)
{
  sb_text_free (name->one);
  sb_text_free (name->many);
  g_free (name);
}

/* What the standard calls a node of @kind (@many: several of them) in
 * @lang, or NULL when the file does not say. With no @kind: the scored
 * nodes' name, when they are all of one kind. A plural the file leaves
 * out is the singular, as in Chinese. */
char *
sb_standard_dup_kind_name (SbStandard *self,
                           const char *kind,
                           const char *lang,
                           gboolean    many)
{
  SbKindName *name;
  const char *text = NULL;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  g_return_val_if_fail (lang != NULL, NULL);

  if (kind == NULL)
    {
      for (guint i = 0; i < self->scored->len; i++)
        {
          const char *k = sb_node_get_kind (self->scored->pdata[i]);
          if (kind != NULL && g_strcmp0 (kind, k) != 0)
            return NULL;
          kind = k;
        }
      if (kind == NULL)
        return NULL;
    }
  name = g_hash_table_lookup (self->kind_names, kind);
  if (name == NULL)
    return NULL;
  if (many)
    text = sb_text_lookup (name->many, lang);
  if (text == NULL)
    text = sb_text_lookup (name->one, lang);
  return g_strdup (text);
}

/* What the interface calls the scored nodes in @lang (SB_LANG_EN, else
 * Chinese): the standard's own word when they are all of one kind that
 * the file names ("items", "子条目"), else a word that fits any standard. */
char *
sb_standard_dup_scored_name (SbStandard *self,
                             const char *lang,
                             gboolean    many)
{
  char *name;

  g_return_val_if_fail (SB_IS_STANDARD (self), NULL);
  g_return_val_if_fail (lang != NULL, NULL);

  name = sb_standard_dup_kind_name (self, NULL, lang, many);
  if (name != NULL)
    return name;
  if (g_str_equal (lang, SB_LANG_EN))
    return g_strdup (many ? "scored parts" : "scored part");
  return g_strdup ("评分项");
}
