/* sb-assessment-reader.c — reading *.scorebook files: checked, located, and keeping what this version does not know
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-assessment-reading.h"
#include "sb-xml.h"

/* At most this many unknown ids are named in a warning. */
#define MAX_NAMED_IDS 20

/* Reading */

static gboolean
is_blank (const xmlChar *text)
{
  for (const xmlChar *p = text; p && *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}


static SbKept *
kept_for (SbReader *reader,
          xmlNode  *element)
{
  SbKept *kept = g_hash_table_lookup (reader->kept, element);

  if (kept == NULL)
    {
      kept = sb_kept_new ();
      g_hash_table_insert (reader->kept, element, kept);
    }
  return kept;
}

/* Appends to @element's kept attributes. */
static void
keep_attributes (SbReader   *reader,
                 xmlNode    *element,
                 const char *xml)
{
  SbKept *kept = kept_for (reader, element);
  char *attrs = g_strconcat (kept->attrs ? kept->attrs : "", xml, NULL);

  g_free (kept->attrs);
  kept->attrs = attrs;
}

/* Namespace declarations are kept, but for the format's own on the root. */
static void
set_aside_namespaces (SbReader *reader,
                      xmlNode  *element)
{
  for (xmlNs *ns = element->nsDef; ns != NULL; ns = ns->next)
    {
      g_autoptr(GString) xml = NULL;

      if (ns->prefix == NULL && g_strcmp0 ((const char *) ns->href, SB_ASSESSMENT_NAMESPACE) == 0 &&
          element->parent && element->parent->type == XML_DOCUMENT_NODE)
        continue;
      xml = g_string_new (NULL);
      sb_assessment_format_append_namespace (xml, ns);
      keep_attributes (reader, element, xml->str);
    }
}

/* Attributes a newer format added, removed so that the schema passes. */
static void
set_aside_attributes (SbReader            *reader,
                      xmlNode             *element,
                      const SbElementRule *rule)
{
  xmlAttr *next;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = next)
    {
      g_autoptr(GString) xml = NULL;

      next = attr->next;
      if (attr->ns == NULL && sb_assessment_format_in_list (rule->attributes, (const char *) attr->name))
        continue;
      xml = g_string_new (NULL);
      sb_assessment_format_append_attribute (xml, reader->doc, attr);
      keep_attributes (reader, element, xml->str);
      xmlRemoveProp (attr);
    }
}

/* Whether a child that is not a known element is set aside: comments and
 * processing instructions always, anything else only from a newer format. */
static gboolean
is_kept (xmlNode             *child,
         const SbElementRule *rule,
         gboolean             newer)
{
  switch (child->type)
    {
    case XML_ELEMENT_NODE:
      return newer;
    case XML_COMMENT_NODE:
    case XML_PI_NODE:
      return TRUE;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      return newer && !rule->text && !is_blank (child->content);
    default:
      return FALSE;
    }
}

static void
set_aside_child (SbReader *reader,
                 xmlNode  *element,
                 xmlNode  *child,
                 guint     n_known)
{
  g_autofree char *xml = sb_assessment_format_serialize_node (reader->doc, child);

  /* Each kept piece is written on a line of its own, indented: the white
   * space around a kept text would add to that at every save. */
  if (child->type == XML_TEXT_NODE)
    g_strstrip (xml);
  sb_kept_add_child (kept_for (reader, element), n_known, xml);
  xmlUnlinkNode (child);
  xmlFreeNode (child);
}

/* Sets aside, in document order, what this version does not know: comments
 * always, and when the file is of a newer format, the elements and
 * attributes that format added. What stays is checked against the
 * schema; what was set aside is written back where it was. */
static void
set_aside_unknown (SbReader *reader,
                   xmlNode  *element,
                   gboolean  newer)
{
  const SbElementRule *rule = sb_assessment_format_lookup_rule (element);
  guint n_known = 0;
  xmlNode *next;

  if (rule == NULL)
    return;

  set_aside_namespaces (reader, element);
  if (newer)
    set_aside_attributes (reader, element, rule);

  for (xmlNode *child = element->children; child != NULL; child = next)
    {
      next = child->next;
      if (child->type == XML_ELEMENT_NODE && !rule->text &&
          sb_assessment_format_lookup_rule (child) != NULL &&
          sb_assessment_format_in_list (rule->children, (const char *) child->name))
        {
          n_known++;
          set_aside_unknown (reader, child, newer);
        }
      else if (is_kept (child, rule, newer))
        set_aside_child (reader, element, child, n_known);
    }
}

SbKept *
sb_reader_take_kept (SbReader *reader,
                     xmlNode  *element)
{
  gpointer kept = NULL;

  if (g_hash_table_steal_extended (reader->kept, element, NULL, &kept))
    return kept;
  return NULL;
}

char *
sb_reader_element_text (xmlNode *element)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
      g_string_append (text, (const char *) child->content);
  return g_string_free (text, FALSE);
}

static xmlNode *
find_child (xmlNode    *element,
            const char *name)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sb_xml_is (child, name))
      return child;
  return NULL;
}

/* A date and time of @element's text, or of its @attribute if not NULL. */
GDateTime *
sb_reader_read_date (SbReader   *reader,
                     xmlNode    *element,
                     const char *attribute)
{
  g_autofree char *text = attribute ? sb_xml_get_prop (element, attribute) : sb_reader_element_text (element);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *date = g_date_time_new_from_iso8601 (g_strstrip (text), utc);

  if (date == NULL)
    sb_problems_add_at (reader->problems, element, attribute,
                        _("“%s” is not a date and time Scorebook can read (write it like 2026-03-01T09:30:00Z)"),
                        text);
  return date;
}

static void
read_metadata (SbReader *reader,
               xmlNode  *root)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *subject = sb_xml_get_prop (root, SB_ATTRIBUTE_SUBJECT);
  g_autofree char *kind = sb_xml_get_prop (root, SB_ATTRIBUTE_KIND);
  SbSubject subject_value = SB_SUBJECT_ORGANIZATION;
  SbAssessmentKind kind_value = SB_ASSESSMENT_KIND_SELF;
  const char *texts[] = { SB_ELEMENT_APPLICANT, SB_ELEMENT_EXAMINER, SB_ELEMENT_PROFILE };

  sb_subject_from_string (subject, &subject_value);
  sb_assessment_kind_from_string (kind, &kind_value);
  sb_assessment_set_subject (assessment, subject_value);
  sb_assessment_set_kind (assessment, kind_value);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      xmlNode *element = find_child (root, texts[i]);
      g_autofree char *text = sb_reader_element_text (element);
      g_autofree char *key = g_strconcat (SB_KEPT_META, texts[i], NULL);
      SbKept *kept = sb_reader_take_kept (reader, element);

      g_object_set (assessment, texts[i], text, NULL);
      if (kept != NULL)
        sb_assessment_take_kept (assessment, key, kept);
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? SB_ELEMENT_CREATED : SB_ELEMENT_MODIFIED;
      xmlNode *element = find_child (root, name);
      g_autoptr(GDateTime) date = sb_reader_read_date (reader, element, NULL);
      g_autofree char *key = g_strconcat (SB_KEPT_META, name, NULL);
      SbKept *kept = sb_reader_take_kept (reader, element);

      if (date != NULL)
        g_object_set (assessment, name, date, NULL);
      if (kept != NULL)
        sb_assessment_take_kept (assessment, key, kept);
    }
}

static void
read_standard_reference (SbReader  *reader,
                         xmlNode   *root,
                         GPtrArray *warnings)
{
  xmlNode *element = find_child (root, SB_ELEMENT_STANDARD);
  g_autofree char *id = sb_xml_get_prop (element, SB_ATTRIBUTE_ID);
  g_autofree char *edition = sb_xml_get_prop (element, SB_ATTRIBUTE_EDITION);
  g_autofree char *hash = sb_xml_get_prop (element, SB_ATTRIBUTE_SHA256);
  SbStandard *standard = reader->standard;
  SbKept *kept = sb_reader_take_kept (reader, element);

  if (kept != NULL)
    sb_assessment_take_kept (reader->assessment, SB_KEPT_META SB_ELEMENT_STANDARD, kept);

  if (g_strcmp0 (id, sb_standard_get_id (standard)) != 0 ||
      g_strcmp0 (edition, sb_standard_get_edition (standard)) != 0)
    sb_assessment_set_other_standard (reader->assessment, id, edition);

  if (g_strcmp0 (id, sb_standard_get_id (standard)) != 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf (_("%s: this assessment was made for the standard “%s” (edition %s), "
                                        "not for “%s”; ratings of parts this standard lacks are kept "
                                        "but not counted"),
                                      reader->source_name, id, edition, sb_standard_get_id (standard)));
  else if (g_strcmp0 (edition, sb_standard_get_edition (standard)) != 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf (_("%s: this assessment was made for edition %s of the standard “%s”, "
                                        "but edition %s is open; check its ratings against this edition"),
                                      reader->source_name, edition, id, sb_standard_get_edition (standard)));
  else if (g_strcmp0 (hash, sb_standard_get_content_hash (standard)) != 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf (_("%s: the text of the standard “%s” has changed since this assessment "
                                        "was made; check that its ratings still fit"),
                                      reader->source_name, id));
}

/* Returns FALSE when @id was already used in @lines (the ids of parts and
 * points, or of notes), after saying so. */
gboolean
sb_reader_claim_id (SbReader   *reader,
                    GHashTable *lines,
                    xmlNode    *element,
                    const char *id)
{
  gpointer line = g_hash_table_lookup (lines, id);

  if (line != NULL)
    {
      sb_problems_add_at (reader->problems, element, SB_ATTRIBUTE_ID,
                          _("“%s” appears a second time; it was first on line %u"),
                          id, GPOINTER_TO_UINT (line));
      return FALSE;
    }
  g_hash_table_insert (lines, g_strdup (id), GUINT_TO_POINTER (MAX (xmlGetLineNo (element), 1)));
  return TRUE;
}

static void
read_note (SbReader   *reader,
           xmlNode    *element,
           const char *owner_id,
           SbNoteKind  kind)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *text = sb_reader_element_text (element);
  guint index = sb_assessment_get_n_notes (assessment, owner_id, kind);
  SbKept *kept = sb_reader_take_kept (reader, element);

  if (kind == SB_NOTE_REFERENCE)
    {
      g_autofree char *evidence = sb_xml_get_prop (element, SB_ATTRIBUTE_KIND);
      SbEvidenceKind value = SB_EVIDENCE_DOCUMENT;

      sb_evidence_kind_from_string (evidence, &value);
      sb_assessment_insert_reference (assessment, owner_id, index, value, text);
    }
  else
    sb_assessment_insert_note (assessment, owner_id, kind, index, text);
  sb_reader_read_note_fields (reader, element, owner_id, kind, index);

  if (kept != NULL)
    sb_assessment_take_note_kept (assessment, owner_id, kind, index, kept);
}

static void
read_point (SbReader   *reader,
            xmlNode    *element,
            const char *subitem_id)
{
  g_autofree char *id = sb_xml_get_prop (element, SB_ATTRIBUTE_ID);
  SbGuidancePoint *point = sb_standard_lookup_point (reader->standard, id);
  SbKept *kept;
  SbNoteKind kind;

  if (!sb_reader_claim_id (reader, reader->lines, element, id))
    return;

  if (point != NULL)
    {
      const char *owner = sb_node_get_id (sb_guidance_point_get_node (point));

      if (g_strcmp0 (owner, subitem_id) != 0)
        {
          sb_problems_add_at (reader->problems, element, SB_ATTRIBUTE_ID,
                              _("the guidance point “%s” belongs to %s, not to %s"),
                              id, owner, subitem_id);
          return;
        }
    }
  else if (sb_assessment_has_id (reader->assessment, id) || !sb_assessment_add_unknown (reader->assessment, id, subitem_id))
    {
      sb_problems_add_at (reader->problems, element, SB_ATTRIBUTE_ID,
                          _("“%s” is not a guidance point of the standard “%s”"),
                          id, sb_standard_get_id (reader->standard));
      return;
    }
  else
    g_ptr_array_add (reader->unknown, g_strdup (id));

  kept = sb_reader_take_kept (reader, element);
  if (kept != NULL)
    sb_assessment_take_kept (reader->assessment, id, kept);

  /* The schema lets a point hold evidence notes and references only. */
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sb_assessment_format_note_kind (child, &kind))
      read_note (reader, child, id, kind);
}

static void
read_subitem (SbReader *reader,
              xmlNode  *element)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *id = sb_xml_get_prop (element, SB_ATTRIBUTE_ID);
  g_autofree char *band = sb_xml_get_prop (element, SB_ATTRIBUTE_BAND);
  g_autofree char *percent_text = sb_xml_get_prop (element, SB_ATTRIBUTE_PERCENT);
  SbNode *node = sb_standard_lookup_node (reader->standard, id);
  guint percent = percent_text ? (guint) g_ascii_strtoull (percent_text, NULL, 10) : 0;
  SbKept *kept;
  SbNoteKind kind;

  if (!sb_reader_claim_id (reader, reader->lines, element, id))
    return;

  if (node != NULL && !sb_node_is_scored (node))
    {
      sb_problems_add_at (reader->problems, element, SB_ATTRIBUTE_ID,
                          _("“%s” is not a scored part of the standard (it is of the kind “%s”); only scored parts are rated"),
                          id, sb_node_get_kind (node));
      return;
    }

  if (node == NULL)
    {
      if (!sb_assessment_add_unknown (assessment, id, NULL))
        {
          sb_problems_add_at (reader->problems, element, SB_ATTRIBUTE_ID,
                              _("“%s” is not a scored part of the standard “%s”"),
                              id, sb_standard_get_id (reader->standard));
          return;
        }
      g_ptr_array_add (reader->unknown, g_strdup (id));
      if (band != NULL)
        sb_assessment_set_unknown_rating (assessment, id, band, percent);
    }
  else if (band != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!sb_assessment_set_rating (assessment, id, band, percent, &error))
        sb_problems_add_at (reader->problems, element,
                            g_error_matches (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT)
                            ? SB_ATTRIBUTE_PERCENT : SB_ATTRIBUTE_BAND,
                            "%s", error->message);
    }

  kept = sb_reader_take_kept (reader, element);
  if (kept != NULL)
    sb_assessment_take_kept (assessment, id, kept);
  sb_reader_read_part (reader, element, id);

  /* Proposals and the trail are read above; then strengths, opportunities
   * and points. */
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (sb_assessment_format_note_kind (child, &kind))
        read_note (reader, child, id, kind);
      else if (sb_xml_is (child, SB_ELEMENT_POINT))
        read_point (reader, child, id);
    }
}

static void
warn_unknown (SbReader  *reader,
              GPtrArray *warnings)
{
  g_autoptr(GString) ids = NULL;

  if (reader->unknown->len == 0)
    return;
  ids = g_string_new (NULL);
  for (guint i = 0; i < MIN (reader->unknown->len, MAX_NAMED_IDS); i++)
    g_string_append_printf (ids, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (reader->unknown, i));
  if (reader->unknown->len > MAX_NAMED_IDS)
    g_string_append (ids, ", …");
  g_ptr_array_add (warnings,
                   g_strdup_printf (ngettext ("%s: the standard “%s” has no part %s; what the file says about it "
                                              "is kept and saved again, but not counted",
                                              "%s: the standard “%s” has no parts %s; what the file says about them "
                                              "is kept and saved again, but not counted",
                                              reader->unknown->len),
                                    reader->source_name, sb_standard_get_id (reader->standard), ids->str));
}

/* The parser's words, except where an examiner needs others: a picture or
 * a letter opened by mistake is "not an assessment", and a file cut short
 * has its previous save beside it. */
static void
set_error_from_xml (GError     **error,
                    GError      *xml_error,
                    const char  *source_name)
{
  int code = SB_ASSESSMENT_FILE_ERROR_MALFORMED;

  if (g_error_matches (xml_error, SB_XML_ERROR, SB_XML_ERROR_NOT_XML))
    {
      g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT,
                   _("%s: this is not a Scorebook assessment: it is another kind of file, such as a "
                     "picture or a document"),
                   source_name);
      return;
    }
  if (g_error_matches (xml_error, SB_XML_ERROR, SB_XML_ERROR_TRUNCATED))
    {
      g_set_error (error, SB_ASSESSMENT_FILE_ERROR, code,
                   _("%s. The previous save, if Scorebook made one, is beside it under the same name "
                     "with “~” at the end"), xml_error->message);
      return;
    }
  if (g_error_matches (xml_error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE))
    code = SB_ASSESSMENT_FILE_ERROR_TOO_LARGE;
  g_set_error_literal (error, SB_ASSESSMENT_FILE_ERROR, code, xml_error->message);
}

/* Whether @bytes look like an assessment rather than a standard: its
 * namespace within the first few kilobytes. */
gboolean
sb_assessment_file_sniff (GBytes *bytes)
{
  const char *name = NULL;
  g_autofree char *ns = sb_xml_root_namespace (bytes, &name);

  /* The root element says, not a string that a comment may hold. */
  return ns != NULL && g_str_has_prefix (ns, "urn:scorebook:assessment:") && g_strcmp0 (name, SB_ELEMENT_ASSESSMENT) == 0;
}

#define MAX_ID_LENGTH 64

static void
check_id (SbProblems *problems,
          xmlNode    *element,
          const char *attribute)
{
  g_autofree char *id = sb_xml_get_prop (element, attribute);
  gboolean spaces = FALSE;

  if (id == NULL)
    return;
  for (const char *p = id; *p != '\0'; p = g_utf8_next_char (p))
    spaces |= g_unichar_isspace (g_utf8_get_char (p));
  if (g_utf8_strlen (id, -1) > MAX_ID_LENGTH || spaces || *id == '\0')
    sb_problems_add_at (problems, element, attribute,
                        _("the %s “%.40s%s” is not an id: an id has 1 to %d characters and no spaces, "
                          "as the standard's ids such as 1.1.1"),
                        attribute, id, g_utf8_strlen (id, -1) > 40 ? "…" : "", MAX_ID_LENGTH);
}

/* The values examiners' tools most often get wrong, each said with the
 * attribute it is in and what would be right: a percent that is not a
 * whole number from 0 to 100, an id too long or with spaces. */
static void
check_values (SbProblems *problems,
              xmlNode    *root)
{
  for (xmlNode *subitem = root->children; subitem != NULL; subitem = subitem->next)
    {
      g_autofree char *percent = NULL;
      guint64 value;

      if (!sb_xml_is (subitem, SB_ELEMENT_SUBITEM))
        continue;
      check_id (problems, subitem, SB_ATTRIBUTE_ID);
      check_id (problems, subitem, SB_ATTRIBUTE_BAND);
      percent = sb_xml_get_prop (subitem, SB_ATTRIBUTE_PERCENT);
      if (percent != NULL && !g_ascii_string_to_unsigned (g_strstrip (percent), 10, 0, 100, &value, NULL))
        {
          g_autofree char *id = sb_xml_get_prop (subitem, SB_ATTRIBUTE_ID);
          sb_problems_add_at (problems, subitem, SB_ATTRIBUTE_PERCENT,
                              _("the percent “%s” of %s is not a whole number from 0 to 100, such as 65"),
                              percent, id ? id : "?");
        }
      for (xmlNode *point = subitem->children; point != NULL; point = point->next)
        if (sb_xml_is (point, SB_ELEMENT_POINT))
          check_id (problems, point, SB_ATTRIBUTE_ID);
    }
}

/* Whether @root is an assessment this version reads; if not, says what
 * the file is instead. */
static gboolean
check_root (SbProblems *problems,
            xmlNode    *root,
            GError    **error)
{
  if (root != NULL && root->ns != NULL && strcmp ((const char *) root->name, SB_ELEMENT_ASSESSMENT) == 0 &&
      g_strcmp0 ((const char *) root->ns->href, SB_ASSESSMENT_NAMESPACE) == 0)
    return TRUE;

  if (root != NULL && root->ns != NULL && g_str_has_prefix ((const char *) root->ns->href, "urn:scorebook:assessment:"))
    sb_problems_add_at (problems, root, NULL,
                        _("this assessment was written by a version of Scorebook that this one cannot read "
                          "(its format is %s); open it with a newer Scorebook"),
                        (const char *) root->ns->href);
  else
    sb_problems_add_at (problems, root, NULL,
                        _("this is not a Scorebook assessment: it is a file of another kind (it starts "
                          "with <%s>, where an assessment starts with <assessment>)"),
                        root ? (const char *) root->name : "");
  sb_problems_propagate (problems, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT, error);
  return FALSE;
}

/* The format version the file says it has; 0 when it says none that counts. */
static guint64
read_format (xmlNode *root)
{
  g_autofree char *text = sb_xml_get_prop (root, SB_ATTRIBUTE_FORMAT);
  guint64 format = 0;

  if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &format, NULL))
    format = 0;
  return format;
}

/* What stays after setting aside what this version does not know must
 * have right values, then fit the schema. */
static gboolean
check_schema (SbProblems *problems,
              xmlDoc     *doc,
              GError    **error)
{
  /* The schema would blame the wrong attribute, or none, in its own words. */
  check_values (problems, xmlDocGetRootElement (doc));
  sb_reader_check_consensus (problems, xmlDocGetRootElement (doc));
  if (sb_problems_get_count (problems) == 0 &&
      sb_xml_validate (doc, SB_ASSESSMENT_SCHEMA_RESOURCE, problems))
    return TRUE;
  sb_problems_propagate (problems, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_SCHEMA, error);
  return FALSE;
}

/* Fills the assessment from a checked document, without recording undo. */
static void
read_assessment (SbReader  *reader,
                 xmlNode   *root,
                 guint64    format,
                 GPtrArray *found)
{
  SbAssessment *assessment = reader->assessment;
  SbKept *root_kept;

  sb_assessment_begin_load (assessment);
  sb_assessment_set_format (assessment, (guint) MAX (format, 1));
  root_kept = sb_reader_take_kept (reader, root);
  if (root_kept != NULL)
    sb_assessment_take_kept (assessment, SB_KEPT_META SB_ELEMENT_ASSESSMENT, root_kept);
  read_standard_reference (reader, root, found);
  read_metadata (reader, root);
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (sb_xml_is (child, SB_ELEMENT_SUBITEM))
      read_subitem (reader, child);
    else if (sb_xml_is (child, SB_ELEMENT_THEME))
      sb_reader_read_theme (reader, child);
  sb_reader_warn_links (reader);
  sb_assessment_end_load (assessment);
}

/* Reads an assessment of @standard. Problems that stop it (the file is not
 * XML, not an assessment, does not fit the schema, or rates with a band or
 * percent the guide does not allow) are one error with every problem on a
 * line of its own, each with file, line and column. Things the user should
 * know but that lose nothing (another edition, ids the standard lacks, a
 * newer format) go to @warnings, a new array of strings. */
SbAssessment *
sb_assessment_file_load_bytes (SbStandard  *standard,
                               GBytes      *bytes,
                               const char  *source_name,
                               GPtrArray  **warnings,
                               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SbProblems) problems = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(GHashTable) lines = NULL;
  g_autoptr(GPtrArray) unknown = NULL;
  g_autoptr(GHashTable) note_lines = NULL;
  SbReader reader;
  xmlNode *root;
  guint64 format;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = sb_xml_parse (bytes, source_name, SB_ASSESSMENT_MAX_BYTES, &local_error);
  if (doc == NULL)
    {
      set_error_from_xml (error, local_error, source_name);
      return NULL;
    }

  problems = sb_problems_new (source_name, bytes);
  root = xmlDocGetRootElement (doc);
  if (!check_root (problems, root, error))
    return NULL;

  format = read_format (root);
  assessment = sb_assessment_new (standard);
  kept = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sb_kept_free);
  lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  unknown = g_ptr_array_new_with_free_func (g_free);
  note_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader = (SbReader) { assessment, standard, problems, source_name, doc, kept, lines, unknown, note_lines, found };

  set_aside_unknown (&reader, root, format > SB_ASSESSMENT_FORMAT);
  if (!check_schema (problems, doc, error))
    return NULL;
  read_assessment (&reader, root, format, found);
  if (!sb_problems_propagate (problems, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_INVALID, error))
    return NULL;

  if (format > SB_ASSESSMENT_FORMAT)
    g_ptr_array_add (found,
                     g_strdup_printf (_("%s: written by a newer version of Scorebook (format %u); the parts "
                                        "this version does not know are kept and saved again unchanged"),
                                      source_name, (guint) format));
  warn_unknown (&reader, found);

  if (warnings != NULL)
    *warnings = g_steal_pointer (&found);
  return g_steal_pointer (&assessment);
}

SbAssessment *
sb_assessment_file_load (SbStandard    *standard,
                         GFile         *file,
                         GPtrArray    **warnings,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  SbAssessment *assessment;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  bytes = sb_xml_read_file (file, SB_ASSESSMENT_MAX_BYTES, cancellable, &local_error);
  if (bytes == NULL)
    {
      if (local_error->domain == SB_XML_ERROR)
        set_error_from_xml (error, local_error, name);
      else
        sb_assessment_file_set_io_error (error, name, local_error, FALSE);
      return NULL;
    }

  assessment = sb_assessment_file_load_bytes (standard, bytes, name, warnings, error);
  if (assessment != NULL)
    sb_assessment_set_file (assessment, file);
  return assessment;
}
