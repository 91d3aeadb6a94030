/* sb-standard-loader.c — from the bytes of a standard file to a checked SbStandard
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-standard-loader"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-standard-loader.h"
#include "sb-standard-private.h"
#include "sb-xml.h"

typedef struct
{
  SbStandard *standard;
  SbProblems *problems;
  GHashTable *id_nodes;      /* id → xmlNode that first used it */
} Loader;

static void
set_id (Loader     *loader,
        xmlNode    *element,
        char      **field,
        gpointer    object)
{
  g_autofree char *id = sb_xml_get_prop (element, "id");
  xmlNode *first;

  if (id == NULL)
    return;
  first = g_hash_table_lookup (loader->id_nodes, id);
  if (first != NULL)
    sb_problems_add_at (loader->problems, element, "id",
                        _("the id “%s” is already used on line %ld; ids must be unique"),
                        id, xmlGetLineNo (first));
  else
    {
      g_hash_table_insert (loader->id_nodes, g_strdup (id), element);
      g_hash_table_insert (loader->standard->by_id, (gpointer) g_intern_string (id), object);
    }
  *field = g_steal_pointer (&id);
}

/* Fills @text from one localized element. */
static void
read_localized (Loader  *loader,
                xmlNode *element,
                SbText  *text)
{
  const xmlChar *lang = xmlNodeGetLang (element);
  g_autofree char *value = sb_xml_get_paragraphs (element);

  if (lang == NULL)
    return;  /* the schema has already said so */
  if (sb_text_lookup (text, (const char *) lang) != NULL)
    sb_problems_add_at (loader->problems, element, NULL,
                        _("<%s> is given twice in the language “%s”"), element->name, lang);
  else if (*value == '\0')
    sb_problems_add_at (loader->problems, element, NULL,
                        _("<%s> in the language “%s” is empty"), element->name, lang);
  sb_text_set (text, (const char *) lang, value);
  xmlFree ((xmlChar *) lang);
}

/* Every text must be there in every language the standard declares: an
 * examiner who reads English must never meet a gap. */
static void
check_languages (Loader     *loader,
                 xmlNode    *owner,
                 const char *field,
                 SbText     *text)
{
  if (sb_text_get_n_langs (text) == 0)
    return;
  for (guint i = 0; loader->standard->languages[i] != NULL; i++)
    {
      const char *lang = loader->standard->languages[i];
      if (sb_text_lookup (text, lang) == NULL)
        sb_problems_add_at (loader->problems, owner, NULL,
                            _("<%s> has no <%s> in the language “%s”"), owner->name, field, lang);
    }
  for (guint i = 0; i < sb_text_get_n_langs (text); i++)
    {
      const char *lang = sb_text_get_lang (text, i);
      if (!g_strv_contains ((const char * const *) loader->standard->languages, lang))
        sb_problems_add_at (loader->problems, owner, NULL,
                            _("<%s> has a <%s> in “%s”, which is not among the standard’s languages"),
                            owner->name, field, lang);
    }
}

/* Reads each child element named @field of @owner into @text. */
static void
read_field (Loader     *loader,
            xmlNode    *owner,
            const char *field,
            SbText     *text)
{
  for (xmlNode *child = owner->children; child; child = child->next)
    if (sb_xml_is (child, field))
      read_localized (loader, child, text);
  check_languages (loader, owner, field, text);
}

static SbText *
read_wrapped (Loader     *loader,
              xmlNode    *wrapper,
              const char *field)
{
  SbText *text = sb_text_new ();

  read_field (loader, wrapper, field, text);
  return text;
}

static SbSection *read_section (Loader *loader, xmlNode *element);

static SbSection *
read_section (Loader  *loader,
              xmlNode *element)
{
  SbSection *section = sb_section_new ();

  set_id (loader, element, &section->id, section);
  section->number = sb_xml_get_prop (element, "number");
  section->applies_to = sb_xml_get_prop (element, "applies-to");

  /* Titles are called <name> in core values and glossary terms. */
  read_field (loader, element, sb_xml_is (element, "value") || sb_xml_is (element, "term") ? "name" : "title",
              section->title);
  /* The body goes by the name the format gives it in each place. */
  if (sb_xml_is (element, "term"))
    read_field (loader, element, "definition", section->body);
  else if (sb_xml_is (element, "reference"))
    read_field (loader, element, "text", section->body);
  else if (sb_xml_is (element, "profile"))
    read_field (loader, element, "explanation", section->body);
  else
    read_field (loader, element, "body", section->body);

  for (xmlNode *child = element->children; child; child = child->next)
    if (sb_xml_is (child, "value") || sb_xml_is (child, "variant"))
      {
        g_autoptr(SbSection) sub = read_section (loader, child);
        g_list_store_append (section->children, sub);
      }
  return section;
}

static void
read_sections (Loader     *loader,
               xmlNode    *container,
               const char *name,
               GListStore *store)
{
  for (xmlNode *child = container->children; child; child = child->next)
    if (sb_xml_is (child, name))
      {
        g_autoptr(SbSection) section = read_section (loader, child);
        g_list_store_append (store, section);
      }
}

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "subitem") == 0)
    return _("sub-item");
  if (g_strcmp0 (kind, "item") == 0)
    return _("item");
  if (g_strcmp0 (kind, "category") == 0)
    return _("dimension");
  return kind;
}

/* What the standard calls the nodes of one kind ("item", "items"), so
 * that the interface says what the standard says rather than one word
 * for every standard. */
static void
read_kind (Loader  *loader,
           xmlNode *element)
{
  g_autofree char *kind = sb_xml_get_prop (element, "name");
  SbKindName *name;

  if (kind == NULL)
    return;  /* the schema has already said so */
  if (g_hash_table_contains (loader->standard->kind_names, kind))
    {
      sb_problems_add_at (loader->problems, element, "name",
                          _("the kind “%s” is named twice"), kind);
      return;
    }
  name = g_new0 (SbKindName, 1);
  name->one = read_wrapped (loader, element, "singular");
  /* A plural is needed only where the language has one: not in Chinese. */
  name->many = sb_text_new ();
  for (xmlNode *child = element->children; child; child = child->next)
    if (sb_xml_is (child, "plural"))
      read_localized (loader, child, name->many);
  g_hash_table_insert (loader->standard->kind_names, g_steal_pointer (&kind), name);
}

static SbNode *
read_node (Loader  *loader,
           xmlNode *element,
           SbNode  *parent,
           guint    depth)
{
  SbNode *node = sb_node_new ();
  g_autofree char *points = NULL;

  set_id (loader, element, &node->id, node);
  node->number = sb_xml_get_prop (element, "number");
  node->kind = sb_xml_get_prop (element, "kind");
  node->parent = parent;
  node->standard = loader->standard;
  node->depth = depth;
  node->line = xmlGetLineNo (element);
  g_ptr_array_add (loader->standard->nodes, node);

  /* White space around a number is allowed by the schema (xsd:decimal
   * collapses it), so it is allowed here too; what is still not a number
   * is said as such, not as a missing attribute. */
  points = sb_xml_get_prop (element, "points");
  if (points != NULL)
    {
      node->has_points = sb_points_parse (g_strstrip (points), &node->points);
      if (!node->has_points)
        sb_problems_add_at (loader->problems, element, "points",
                            _("the points “%s” of %s %s are not a number of points such as 20 or 12.5"),
                            points, kind_label (node->kind), node->id);
    }

  read_field (loader, element, "title", node->title);
  read_field (loader, element, "explanation", node->explanation);
  read_field (loader, element, "keypoint", node->keypoint);
  read_field (loader, element, "requirement", node->requirement);

  for (xmlNode *child = element->children; child; child = child->next)
    {
      if (sb_xml_is (child, "point"))
        {
          g_autoptr(SbGuidancePoint) point = sb_guidance_point_new ();

          set_id (loader, child, &point->id, point);
          point->number = sb_xml_get_prop (child, "number");
          point->node = node;
          read_field (loader, child, "title", point->title);
          read_field (loader, child, "text", point->text);
          g_list_store_append (node->guidance, point);
        }
      else if (sb_xml_is (child, "node"))
        {
          g_autoptr(SbNode) sub = read_node (loader, child, node, depth + 1);
          g_list_store_append (node->children, sub);
        }
    }
  return node;
}

static SbGuide *
read_guide (Loader  *loader,
            xmlNode *element)
{
  SbGuide *guide = sb_guide_new ();
  guint index = 0;

  set_id (loader, element, &guide->id, guide);
  guide->kind = sb_xml_get_prop (element, "kind");
  read_field (loader, element, "name", guide->name);
  read_field (loader, element, "description", guide->description);

  {
    g_autofree char *step = sb_xml_get_prop (element, "step");

    if (step != NULL)
      guide->step = (guint) g_ascii_strtoull (step, NULL, 10);
    /* Every rating is a multiple of the step from 0, and 100 must be one. */
    if (guide->step == 0 || 100 % guide->step != 0)
      {
        sb_problems_add_at (loader->problems, element, "step",
                            _("guide %s has a step of %u%%; a step must divide 100 (1, 2, 4, 5, 10, 20, 25, 50 or 100)"),
                            guide->id, guide->step);
        guide->step = 5;
      }
  }

  for (xmlNode *child = element->children; child; child = child->next)
    if (sb_xml_is (child, "band"))
      {
        g_autoptr(SbBand) band = sb_band_new ();
        g_autofree char *min = sb_xml_get_prop (child, "min");
        g_autofree char *max = sb_xml_get_prop (child, "max");

        set_id (loader, child, &band->id, band);
        band->min = min ? (guint) g_ascii_strtoull (min, NULL, 10) : 0;
        band->max = max ? (guint) g_ascii_strtoull (max, NULL, 10) : 0;
        band->guide = guide;
        band->index = index++;
        read_field (loader, child, "level", band->level);
        for (xmlNode *d = child->children; d; d = d->next)
          if (sb_xml_is (d, "descriptor"))
            g_ptr_array_add (band->descriptors, read_wrapped (loader, d, "text"));

        /* A band may hold one percent (a "0 %" band), never none. */
        if (band->min > band->max)
          sb_problems_add_at (loader->problems, child, "min",
                              _("band %s runs from %u%% to %u%%; its lower end must not be above its upper end"),
                              band->id, band->min, band->max);
        if (band->min % guide->step != 0 || band->max % guide->step != 0)
          sb_problems_add_at (loader->problems, child, "min",
                              _("band %s runs from %u%% to %u%%; its ends must be multiples of %u, "
                                "because ratings move in steps of %u"),
                              band->id, band->min, band->max, guide->step, guide->step);
        g_list_store_append (guide->bands, band);
      }
  return guide;
}

static int
compare_bands (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SbBand *band_a = a, *band_b = b;
  if (band_a->min != band_b->min)
    return (int) band_a->min - (int) band_b->min;
  return (int) band_a->max - (int) band_b->max;
}

/* Every percent a rating can take (0, step, 2 × step … 100) must belong to
 * a band. Scoring guides print their bands two ways, and both are meant:
 * sharing their ends (0–20, 20–40 … 80–100, a shared end belonging to the
 * higher band) or a step apart (0–5, 10–25 … 90–100, as the Baldrige
 * Criteria and GB/T 19580 have them). So the next band starts where the
 * last one ended or one step after it; anything else is a gap or an
 * overlap. */
static void
check_bands (Loader  *loader,
             xmlNode *element,
             SbGuide *guide)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (guide->bands));
  guint reached = 0;
  g_autoptr(SbBand) last = NULL;

  g_list_store_sort (guide->bands, compare_bands, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbBand) band = g_list_model_get_item (G_LIST_MODEL (guide->bands), i);

      band->index = i;
      if (i == 0 && band->min != 0)
        sb_problems_add_at (loader->problems, element, NULL,
                            _("guide %s starts at %u%%; its bands must cover 0–100%% from 0"),
                            guide->id, band->min);
      else if (i > 0 && band->min > reached + guide->step)
        sb_problems_add_at (loader->problems, element, NULL,
                            _("guide %s has a gap: no band holds %u%%, between band %s (to %u%%) "
                              "and band %s (from %u%%)"),
                            guide->id, reached + guide->step, last->id, reached, band->id, band->min);
      else if (i > 0 && band->min < reached)
        sb_problems_add_at (loader->problems, element, NULL,
                            _("guide %s: band %s starts at %u%%, inside the band before it, which ends at %u%%"),
                            guide->id, band->id, band->min, reached);
      reached = MAX (reached, band->max);
      g_set_object (&last, band);
    }
  if (n > 0 && reached != 100)
    sb_problems_add_at (loader->problems, element, NULL,
                        _("guide %s ends at %u%%; its bands must reach 100%%"), guide->id, reached);
}

static xmlNode *
element_for_node (xmlNode *criteria,
                  SbNode  *node);

/* Works out and checks points bottom-up: a node without points of its own
 * has the sum of its children's; a node with points must equal that sum. */
static void
check_points (Loader  *loader,
              xmlNode *element,
              SbNode  *node)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (node->children));
  SbPoints sum = 0;
  gboolean all_have_points = n > 0;
  xmlNode *child_element = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbNode) child = g_list_model_get_item (G_LIST_MODEL (node->children), i);

      for (child_element = child_element ? child_element->next : element->children;
           child_element && !sb_xml_is (child_element, "node");
           child_element = child_element->next)
        ;
      check_points (loader, child_element, child);
      if (!child->has_points)
        all_have_points = FALSE;
      sum += child->points;
    }

  if (node->guide != NULL && !node->has_points)
    sb_problems_add_at (loader->problems, element, NULL,
                        _("%s %s is scored but has no points attribute"), kind_label (node->kind), node->id);

  if (n == 0 || !all_have_points)
    {
      if (!node->has_points)
        {
          node->points = sum;
          node->has_points = n > 0 && all_have_points;
        }
      return;
    }

  if (!node->has_points)
    {
      node->points = sum;
      node->has_points = TRUE;
    }
  else if (sum != node->points)
    {
      /* Name the child that does not fit: the first one whose running sum
       * passes the parent's points, or the parent when there is room left. */
      SbPoints running = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SbNode) child = g_list_model_get_item (G_LIST_MODEL (node->children), i);

          running += child->points;
          if (running > node->points)
            {
              g_autofree char *has = sb_points_format (child->points, 2);
              g_autofree char *room = sb_points_format (node->points - (running - child->points), 2);
              xmlNode *where = element_for_node (element, child);

              sb_problems_add_at (loader->problems, where, "points",
                                  _("%s %s has %s points but its %s %s leaves room for %s"),
                                  kind_label (child->kind), child->id, has,
                                  kind_label (node->kind), node->id, room);
              return;
            }
        }
      {
        g_autofree char *has = sb_points_format (node->points, 2);
        g_autofree char *total = sb_points_format (sum, 2);
        sb_problems_add_at (loader->problems, element, "points",
                            _("%s %s has %s points but its parts add up to only %s"),
                            kind_label (node->kind), node->id, has, total);
      }
    }
}

static xmlNode *
element_for_node (xmlNode *parent_element,
                  SbNode  *node)
{
  for (xmlNode *child = parent_element->children; child; child = child->next)
    if (sb_xml_is (child, "node") && xmlGetLineNo (child) == (long) node->line)
      return child;
  return parent_element;
}

static void
check_node_structure (Loader  *loader,
                      xmlNode *element,
                      SbNode  *node)
{
  g_autofree char *guide_id = sb_xml_get_prop (element, "guide");
  guint n_children = g_list_model_get_n_items (G_LIST_MODEL (node->children));
  guint n_points = g_list_model_get_n_items (G_LIST_MODEL (node->guidance));

  if (guide_id != NULL)
    {
      node->guide = sb_standard_lookup_guide (loader->standard, guide_id);
      if (node->guide == NULL)
        sb_problems_add_at (loader->problems, element, "guide",
                            _("%s %s uses the scoring guide “%s”, which the standard does not define"),
                            kind_label (node->kind), node->id, guide_id);
      if (n_children > 0)
        sb_problems_add_at (loader->problems, element, "guide",
                            _("%s %s is scored with a guide but also has parts; only the parts can be scored"),
                            kind_label (node->kind), node->id);
      else if (node->guide != NULL)
        g_ptr_array_add (loader->standard->scored, node);
    }
  else if (n_children == 0)
    sb_problems_add_at (loader->problems, element, NULL,
                        _("%s %s has no parts and no scoring guide; give it a guide attribute"),
                        kind_label (node->kind), node->id);

  if (n_points > 0 && guide_id == NULL)
    sb_problems_add_at (loader->problems, element, NULL,
                        _("%s %s has guidance points but is not scored; guidance points belong to scored nodes"),
                        kind_label (node->kind), node->id);
}

static void
walk_structure (Loader  *loader,
                xmlNode *element,
                SbNode  *node)
{
  guint i = 0;

  check_node_structure (loader, element, node);
  for (xmlNode *child = element->children; child; child = child->next)
    if (sb_xml_is (child, "node"))
      {
        g_autoptr(SbNode) sub = g_list_model_get_item (G_LIST_MODEL (node->children), i++);
        walk_structure (loader, child, sub);
      }
}

static void
read_subtitles (Loader  *loader,
                xmlNode *root)
{
  GPtrArray *subtitles = loader->standard->subtitles;

  for (xmlNode *child = root->children; child; child = child->next)
    if (sb_xml_is (child, "subtitle"))
      {
        SbText *subtitle = sb_text_new ();
        read_localized (loader, child, subtitle);
        /* Subtitles come in pairs of languages: start a new one when the
         * language repeats. */
        if (subtitles->len > 0)
          {
            SbText *last = g_ptr_array_index (subtitles, subtitles->len - 1);
            const char *lang = sb_text_get_lang (subtitle, 0);
            if (sb_text_lookup (last, lang) == NULL)
              {
                sb_text_set (last, lang, sb_text_get (subtitle, lang));
                sb_text_free (subtitle);
                continue;
              }
          }
        g_ptr_array_add (subtitles, subtitle);
      }
}

/* The scoring guides, and the principles that sit beside them. */
static void
read_guides (Loader  *loader,
             xmlNode *root)
{
  SbStandard *standard = loader->standard;

  for (xmlNode *child = root->children; child; child = child->next)
    if (sb_xml_is (child, "guides"))
      for (xmlNode *g = child->children; g; g = g->next)
        {
          if (sb_xml_is (g, "guide"))
            {
              g_autoptr(SbGuide) guide = read_guide (loader, g);
              check_bands (loader, g, guide);
              g_list_store_append (standard->guides, guide);
            }
          else if (sb_xml_is (g, "principles"))
            {
              standard->principles = sb_section_new ();
              read_field (loader, g, "title", standard->principles->title);
              read_field (loader, g, "body", standard->principles->body);
            }
        }
}

static void
read_criteria (Loader  *loader,
               xmlNode *criteria)
{
  for (xmlNode *n = criteria->children; n; n = n->next)
    if (sb_xml_is (n, "kind"))
      read_kind (loader, n);
    else if (sb_xml_is (n, "node"))
      {
        g_autoptr(SbNode) node = read_node (loader, n, NULL, 0);
        g_list_store_append (loader->standard->criteria, node);
      }
}

/* Once every node is read: the structure of each top-level node, its
 * points, and that they add up to the criteria's total. */
static void
check_criteria (Loader  *loader,
                xmlNode *criteria)
{
  SbStandard *standard = loader->standard;
  g_autofree char *total = sb_xml_get_prop (criteria, "points");
  SbPoints sum = 0;
  guint i = 0;

  if (total != NULL)
    sb_points_parse (g_strstrip (total), &standard->total);
  for (xmlNode *n = criteria->children; n; n = n->next)
    if (sb_xml_is (n, "node"))
      {
        g_autoptr(SbNode) node = g_list_model_get_item (G_LIST_MODEL (standard->criteria), i++);
        walk_structure (loader, n, node);
        check_points (loader, n, node);
        sum += node->points;
      }
  if (sum != standard->total)
    {
      g_autofree char *want = sb_points_format (standard->total, 2);
      g_autofree char *have = sb_points_format (sum, 2);
      sb_problems_add_at (loader->problems, criteria, "points",
                          _("the criteria are worth %s points in all, but their top-level nodes add up to %s"),
                          want, have);
    }
}

static void
read_standard (Loader  *loader,
               xmlNode *root)
{
  SbStandard *standard = loader->standard;
  g_autofree char *languages = sb_xml_get_prop (root, "languages");
  g_autofree char *revision = sb_xml_get_prop (root, "revision");
  xmlNode *criteria = NULL;

  standard->id = sb_xml_get_prop (root, "id");
  standard->edition = sb_xml_get_prop (root, "edition");
  standard->revision = revision ? (guint) g_ascii_strtoull (revision, NULL, 10) : 0;
  standard->languages = g_strsplit_set (languages ? g_strstrip (languages) : "", " \t\n", -1);
  g_hash_table_insert (loader->id_nodes, g_strdup (standard->id), root);

  read_field (loader, root, "title", standard->title);
  read_field (loader, root, "issuer", standard->issuer);
  read_field (loader, root, "compiler", standard->compiler);
  read_subtitles (loader, root);

  /* Guides first: nodes refer to them. */
  read_guides (loader, root);

  for (xmlNode *child = root->children; child; child = child->next)
    {
      if (sb_xml_is (child, "front"))
        read_sections (loader, child, "section", standard->front);
      else if (sb_xml_is (child, "rules"))
        read_sections (loader, child, "section", standard->rules);
      else if (sb_xml_is (child, "glossary"))
        read_sections (loader, child, "term", standard->glossary);
      else if (sb_xml_is (child, "references"))
        read_sections (loader, child, "reference", standard->references);
      else if (sb_xml_is (child, "profile"))
        standard->profile = read_section (loader, child);
      else if (sb_xml_is (child, "criteria"))
        {
          criteria = child;
          read_criteria (loader, child);
        }
    }

  if (criteria != NULL)
    check_criteria (loader, criteria);
}

SbStandard *
sb_standard_load (GBytes      *bytes,
                  const char  *source_name,
                  GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SbProblems) problems = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GHashTable) id_nodes = NULL;
  Loader loader;

  doc = sb_xml_parse (bytes, source_name, SB_STANDARD_MAX_BYTES, error);
  if (doc == NULL)
    return NULL;

  problems = sb_problems_new (source_name, bytes);
  if (!sb_xml_validate (doc, SB_STANDARD_SCHEMA_RESOURCE, problems))
    {
      sb_problems_propagate (problems, SB_XML_ERROR, SB_XML_ERROR_SCHEMA, error);
      return NULL;
    }

  standard = sb_standard_new ();
  standard->source_name = g_strdup (source_name);
  standard->source_bytes = g_bytes_ref (bytes);
  id_nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader = (Loader) { standard, problems, id_nodes };

  read_standard (&loader, xmlDocGetRootElement (doc));

  if (!sb_problems_propagate (problems, SB_STANDARD_ERROR, SB_STANDARD_ERROR_INVALID, error))
    return NULL;
  return g_steal_pointer (&standard);
}
