/* sb-assessment-file.c — reading and writing *.scorebook files, atomically
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "sb-assessment-file.h"
#include "sb-atomic-file.h"
#include "sb-assessment-private.h"
#include "sb-xml.h"

G_DEFINE_QUARK (sb-assessment-file-error-quark, sb_assessment_file_error)

/* At most this many unknown ids are named in a warning. */
#define MAX_NAMED_IDS 20

/* The vocabulary of format version 1: for each element, the attributes and
 * child elements it may have. Text elements have no children. */
typedef struct
{
  const char *name;
  const char *attributes[4];
  const char *children[8];
  gboolean    text;
} ElementRule;

static const ElementRule rules[] = {
  { "assessment", { "format", "subject", "kind" },
    { "standard", "applicant", "examiner", "created", "modified", "profile", "subitem" }, FALSE },
  { "standard", { "id", "edition", "sha256" }, { NULL }, FALSE },
  { "applicant", { NULL }, { NULL }, TRUE },
  { "examiner", { NULL }, { NULL }, TRUE },
  { "created", { NULL }, { NULL }, TRUE },
  { "modified", { NULL }, { NULL }, TRUE },
  { "profile", { NULL }, { NULL }, TRUE },
  { "subitem", { "id", "band", "percent" }, { "strength", "opportunity", "point" }, FALSE },
  { "strength", { NULL }, { NULL }, TRUE },
  { "opportunity", { NULL }, { NULL }, TRUE },
  { "point", { "id" }, { "note", "evidence" }, FALSE },
  { "note", { NULL }, { NULL }, TRUE },
  { "evidence", { "kind" }, { NULL }, TRUE },
};

static const ElementRule *
lookup_rule (xmlNode *element)
{
  if (element->type != XML_ELEMENT_NODE || element->ns == NULL ||
      g_strcmp0 ((const char *) element->ns->href, SB_ASSESSMENT_NAMESPACE) != 0)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].name, (const char *) element->name) == 0)
      return &rules[i];
  return NULL;
}

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank (const xmlChar *text)
{
  for (const xmlChar *p = text; p && *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Escaping, the same way libxml2 writes what it keeps, so that kept parts
 * and ours read alike. */
static void
append_escaped (GString    *out,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; p && *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '\r': g_string_append (out, "&#13;"); break;
      case '"':
        g_string_append (out, attribute ? "&quot;" : "\"");
        break;
      case '\n':
        g_string_append (out, attribute ? "&#10;" : "\n");
        break;
      case '\t':
        g_string_append (out, attribute ? "&#9;" : "\t");
        break;
      default:
        g_string_append_c (out, *p);
      }
}

static void
append_qname (GString       *out,
              xmlNs         *ns,
              const xmlChar *name)
{
  if (ns != NULL && ns->prefix != NULL)
    g_string_append_printf (out, "%s:", (const char *) ns->prefix);
  g_string_append (out, (const char *) name);
}

/* A namespace declaration, escaped like any attribute. libxml2 keeps an
 * "&" of a namespace name as the text "&#38;" (it decodes it for other
 * attributes only), so that is undone first, or each save would escape
 * the name once more. */
static void
append_namespace (GString *out,
                  xmlNs   *ns)
{
  g_autoptr(GString) name = g_string_new ((const char *) ns->href);

  g_string_replace (name, "&#38;", "&", 0);
  g_string_append_printf (out, " xmlns%s%s=\"", ns->prefix ? ":" : "", ns->prefix ? (const char *) ns->prefix : "");
  append_escaped (out, name->str, TRUE);
  g_string_append_c (out, '"');
}

/* Writes @node as XML. Not xmlNodeDump(): libxml2 2.9 writes namespace
 * names unescaped, so a kept "urn:a<b" came out as a file that no XML
 * reader accepts. Every name and value here goes through one escaper. */
static void
append_node (GString *out,
             xmlDoc  *doc,
             xmlNode *node)
{
  switch (node->type)
    {
    case XML_ELEMENT_NODE:
      g_string_append_c (out, '<');
      append_qname (out, node->ns, node->name);
      for (xmlNs *ns = node->nsDef; ns != NULL; ns = ns->next)
        append_namespace (out, ns);
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          xmlChar *value = xmlNodeListGetString (doc, attr->children, 1);

          g_string_append_c (out, ' ');
          append_qname (out, attr->ns, attr->name);
          g_string_append (out, "=\"");
          append_escaped (out, (const char *) value, TRUE);
          g_string_append_c (out, '"');
          xmlFree (value);
        }
      if (node->children == NULL)
        {
          g_string_append (out, "/>");
          break;
        }
      g_string_append_c (out, '>');
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        append_node (out, doc, child);
      g_string_append (out, "</");
      append_qname (out, node->ns, node->name);
      g_string_append_c (out, '>');
      break;
    case XML_TEXT_NODE:
      append_escaped (out, (const char *) node->content, FALSE);
      break;
    case XML_CDATA_SECTION_NODE:
      g_string_append_printf (out, "<![CDATA[%s]]>", (const char *) node->content);
      break;
    case XML_COMMENT_NODE:
      g_string_append_printf (out, "<!--%s-->", (const char *) node->content);
      break;
    case XML_PI_NODE:
      g_string_append_printf (out, "<?%s%s%s?>", (const char *) node->name, node->content ? " " : "",
                              node->content ? (const char *) node->content : "");
      break;
    default:
      /* No DOCTYPE is accepted, so there are no entity references to keep. */
      break;
    }
}

static char *
serialize_node (xmlDoc  *doc,
                xmlNode *node)
{
  GString *xml = g_string_new (NULL);

  append_node (xml, doc, node);
  return g_string_free (xml, FALSE);
}

/* Reading */

typedef struct
{
  SbAssessment *assessment;
  SbStandard   *standard;
  SbProblems   *problems;
  const char   *source_name;
  xmlDoc       *doc;
  GHashTable   *kept;       /* xmlNode → SbKept, set aside before validation */
  GHashTable   *lines;      /* id → line of the element that used it first */
  GPtrArray    *unknown;    /* ids the standard lacks */
} Reader;

static SbKept *
kept_for (Reader  *reader,
          xmlNode *element)
{
  SbKept *kept = g_hash_table_lookup (reader->kept, element);

  if (kept == NULL)
    {
      kept = sb_kept_new ();
      g_hash_table_insert (reader->kept, element, kept);
    }
  return kept;
}

/* Sets aside, in document order, what this version does not know: comments
 * always, and when the file is of a newer format, the elements and
 * attributes that format added. What stays is checked against the
 * schema; what was set aside is written back where it was. */
static void
set_aside_unknown (Reader  *reader,
                   xmlNode *element,
                   gboolean newer)
{
  const ElementRule *rule = lookup_rule (element);
  guint n_known = 0;
  xmlNode *next;

  if (rule == NULL)
    return;

  for (xmlNs *ns = element->nsDef; ns != NULL; ns = ns->next)
    {
      SbKept *kept;
      g_autoptr(GString) attr = NULL;

      if (ns->prefix == NULL && g_strcmp0 ((const char *) ns->href, SB_ASSESSMENT_NAMESPACE) == 0 &&
          element->parent && element->parent->type == XML_DOCUMENT_NODE)
        continue;
      kept = kept_for (reader, element);
      attr = g_string_new (kept->attrs);
      append_namespace (attr, ns);
      g_free (kept->attrs);
      kept->attrs = g_string_free (g_steal_pointer (&attr), FALSE);
    }

  if (newer)
    for (xmlAttr *attr = element->properties; attr != NULL; attr = (xmlAttr *) next)
      {
        next = (xmlNode *) attr->next;
        if (attr->ns == NULL && in_list (rule->attributes, (const char *) attr->name))
          continue;
        {
          SbKept *kept = kept_for (reader, element);
          xmlChar *value = xmlNodeListGetString (reader->doc, attr->children, 1);
          g_autoptr(GString) text = g_string_new (kept->attrs);

          g_string_append_printf (text, " %s%s%s=\"",
                                  attr->ns && attr->ns->prefix ? (const char *) attr->ns->prefix : "",
                                  attr->ns && attr->ns->prefix ? ":" : "", (const char *) attr->name);
          append_escaped (text, (const char *) value, TRUE);
          g_string_append_c (text, '"');
          g_free (kept->attrs);
          kept->attrs = g_string_free (g_steal_pointer (&text), FALSE);
          xmlFree (value);
          xmlRemoveProp (attr);
        }
      }

  for (xmlNode *child = element->children; child != NULL; child = next)
    {
      gboolean keep;

      next = child->next;
      if (child->type == XML_ELEMENT_NODE)
        {
          gboolean known = !rule->text && lookup_rule (child) != NULL &&
                           in_list (rule->children, (const char *) child->name);
          if (known)
            {
              n_known++;
              set_aside_unknown (reader, child, newer);
              continue;
            }
          keep = newer;
        }
      else if (child->type == XML_COMMENT_NODE || child->type == XML_PI_NODE)
        keep = TRUE;
      else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        keep = newer && !rule->text && !is_blank (child->content);
      else
        keep = FALSE;

      if (keep)
        {
          g_autofree char *xml = serialize_node (reader->doc, child);

          /* Each kept piece is written on a line of its own, indented:
           * the white space around a kept text would add to that at
           * every save. */
          if (child->type == XML_TEXT_NODE)
            g_strstrip (xml);
          sb_kept_add_child (kept_for (reader, element), n_known, xml);
          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
    }
}

static SbKept *
take_kept (Reader  *reader,
           xmlNode *element)
{
  gpointer kept = NULL;

  if (g_hash_table_steal_extended (reader->kept, element, NULL, &kept))
    return kept;
  return NULL;
}

static char *
element_text (xmlNode *element)
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

static GDateTime *
read_date (Reader     *reader,
           xmlNode    *element)
{
  g_autofree char *text = element_text (element);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *date = g_date_time_new_from_iso8601 (g_strstrip (text), utc);

  if (date == NULL)
    sb_problems_add_at (reader->problems, element, NULL,
                        _("“%s” is not a date and time Scorebook can read (write it like 2026-03-01T09:30:00Z)"),
                        text);
  return date;
}

static void
read_metadata (Reader  *reader,
               xmlNode *root)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *subject = sb_xml_get_prop (root, "subject");
  g_autofree char *kind = sb_xml_get_prop (root, "kind");
  SbSubject subject_value = SB_SUBJECT_ORGANIZATION;
  SbAssessmentKind kind_value = SB_ASSESSMENT_KIND_SELF;
  const char *texts[] = { "applicant", "examiner", "profile" };

  sb_subject_from_string (subject, &subject_value);
  sb_assessment_kind_from_string (kind, &kind_value);
  sb_assessment_set_subject (assessment, subject_value);
  sb_assessment_set_kind (assessment, kind_value);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      xmlNode *element = find_child (root, texts[i]);
      g_autofree char *text = element_text (element);
      g_autofree char *key = g_strconcat (SB_KEPT_META, texts[i], NULL);
      SbKept *kept = take_kept (reader, element);

      g_object_set (assessment, texts[i], text, NULL);
      if (kept != NULL)
        sb_assessment_take_kept (assessment, key, kept);
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "created" : "modified";
      xmlNode *element = find_child (root, name);
      g_autoptr(GDateTime) date = read_date (reader, element);
      g_autofree char *key = g_strconcat (SB_KEPT_META, name, NULL);
      SbKept *kept = take_kept (reader, element);

      if (date != NULL)
        g_object_set (assessment, name, date, NULL);
      if (kept != NULL)
        sb_assessment_take_kept (assessment, key, kept);
    }
}

static void
read_standard_reference (Reader     *reader,
                         xmlNode    *root,
                         GPtrArray  *warnings)
{
  xmlNode *element = find_child (root, "standard");
  g_autofree char *id = sb_xml_get_prop (element, "id");
  g_autofree char *edition = sb_xml_get_prop (element, "edition");
  g_autofree char *hash = sb_xml_get_prop (element, "sha256");
  SbStandard *standard = reader->standard;
  SbKept *kept = take_kept (reader, element);

  if (kept != NULL)
    sb_assessment_take_kept (reader->assessment, SB_KEPT_META "standard", kept);

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

/* Returns FALSE when @id was already used, after saying so. */
static gboolean
claim_id (Reader     *reader,
          xmlNode    *element,
          const char *id)
{
  gpointer line = g_hash_table_lookup (reader->lines, id);

  if (line != NULL)
    {
      sb_problems_add_at (reader->problems, element, "id",
                          _("“%s” appears a second time; it was first on line %u"),
                          id, GPOINTER_TO_UINT (line));
      return FALSE;
    }
  g_hash_table_insert (reader->lines, g_strdup (id), GUINT_TO_POINTER (MAX (xmlGetLineNo (element), 1)));
  return TRUE;
}

static void
read_note (Reader     *reader,
           xmlNode    *element,
           const char *owner_id,
           SbNoteKind  kind)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *text = element_text (element);
  guint index = sb_assessment_get_n_notes (assessment, owner_id, kind);
  SbKept *kept = take_kept (reader, element);

  if (kind == SB_NOTE_REFERENCE)
    {
      g_autofree char *evidence = sb_xml_get_prop (element, "kind");
      SbEvidenceKind value = SB_EVIDENCE_DOCUMENT;

      sb_evidence_kind_from_string (evidence, &value);
      sb_assessment_insert_reference (assessment, owner_id, index, value, text);
    }
  else
    sb_assessment_insert_note (assessment, owner_id, kind, index, text);

  if (kept != NULL)
    sb_assessment_take_note_kept (assessment, owner_id, kind, index, kept);
}

static void
read_point (Reader     *reader,
            xmlNode    *element,
            const char *subitem_id)
{
  g_autofree char *id = sb_xml_get_prop (element, "id");
  SbGuidancePoint *point = sb_standard_lookup_point (reader->standard, id);
  SbKept *kept;

  if (!claim_id (reader, element, id))
    return;

  if (point != NULL)
    {
      const char *owner = sb_node_get_id (sb_guidance_point_get_node (point));

      if (g_strcmp0 (owner, subitem_id) != 0)
        {
          sb_problems_add_at (reader->problems, element, "id",
                              _("the guidance point “%s” belongs to %s, not to %s"),
                              id, owner, subitem_id);
          return;
        }
    }
  else if (sb_assessment_has_id (reader->assessment, id) || !sb_assessment_add_unknown (reader->assessment, id, subitem_id))
    {
      sb_problems_add_at (reader->problems, element, "id",
                          _("“%s” is not a guidance point of the standard “%s”"),
                          id, sb_standard_get_id (reader->standard));
      return;
    }
  else
    g_ptr_array_add (reader->unknown, g_strdup (id));

  kept = take_kept (reader, element);
  if (kept != NULL)
    sb_assessment_take_kept (reader->assessment, id, kept);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (sb_xml_is (child, "note"))
        read_note (reader, child, id, SB_NOTE_EVIDENCE);
      else if (sb_xml_is (child, "evidence"))
        read_note (reader, child, id, SB_NOTE_REFERENCE);
    }
}

static void
read_subitem (Reader  *reader,
              xmlNode *element)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *id = sb_xml_get_prop (element, "id");
  g_autofree char *band = sb_xml_get_prop (element, "band");
  g_autofree char *percent_text = sb_xml_get_prop (element, "percent");
  SbNode *node = sb_standard_lookup_node (reader->standard, id);
  guint percent = percent_text ? (guint) g_ascii_strtoull (percent_text, NULL, 10) : 0;
  SbKept *kept;

  if (!claim_id (reader, element, id))
    return;

  if (node != NULL && !sb_node_is_scored (node))
    {
      sb_problems_add_at (reader->problems, element, "id",
                          _("“%s” is not a scored part of the standard (it is of the kind “%s”); only scored parts are rated"),
                          id, sb_node_get_kind (node));
      return;
    }

  if (node == NULL)
    {
      if (!sb_assessment_add_unknown (assessment, id, NULL))
        {
          sb_problems_add_at (reader->problems, element, "id",
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
                            g_error_matches (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT) ? "percent" : "band",
                            "%s", error->message);
    }

  kept = take_kept (reader, element);
  if (kept != NULL)
    sb_assessment_take_kept (assessment, id, kept);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (sb_xml_is (child, "strength"))
        read_note (reader, child, id, SB_NOTE_STRENGTH);
      else if (sb_xml_is (child, "opportunity"))
        read_note (reader, child, id, SB_NOTE_OPPORTUNITY);
      else if (sb_xml_is (child, "point"))
        read_point (reader, child, id);
    }
}

static void
warn_unknown (Reader    *reader,
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
  return ns != NULL && g_str_has_prefix (ns, "urn:scorebook:assessment:") && g_strcmp0 (name, "assessment") == 0;
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

      if (!sb_xml_is (subitem, "subitem"))
        continue;
      check_id (problems, subitem, "id");
      check_id (problems, subitem, "band");
      percent = sb_xml_get_prop (subitem, "percent");
      if (percent != NULL && !g_ascii_string_to_unsigned (g_strstrip (percent), 10, 0, 100, &value, NULL))
        {
          g_autofree char *id = sb_xml_get_prop (subitem, "id");
          sb_problems_add_at (problems, subitem, "percent",
                              _("the percent “%s” of %s is not a whole number from 0 to 100, such as 65"),
                              percent, id ? id : "?");
        }
      for (xmlNode *point = subitem->children; point != NULL; point = point->next)
        if (sb_xml_is (point, "point"))
          check_id (problems, point, "id");
    }
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
  g_autofree char *format_text = NULL;
  Reader reader;
  xmlNode *root;
  guint64 format = 0;
  SbKept *root_kept;

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
  if (root == NULL || root->ns == NULL || strcmp ((const char *) root->name, "assessment") != 0 ||
      g_strcmp0 ((const char *) root->ns->href, SB_ASSESSMENT_NAMESPACE) != 0)
    {
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
      return NULL;
    }

  format_text = sb_xml_get_prop (root, "format");
  if (format_text != NULL && !g_ascii_string_to_unsigned (format_text, 10, 1, G_MAXUINT, &format, NULL))
    format = 0;

  assessment = sb_assessment_new (standard);
  kept = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sb_kept_free);
  lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  unknown = g_ptr_array_new_with_free_func (g_free);
  reader = (Reader) { assessment, standard, problems, source_name, doc, kept, lines, unknown };

  set_aside_unknown (&reader, root, format > SB_ASSESSMENT_FORMAT);

  /* The schema would blame the wrong attribute, or none, in its own words. */
  check_values (problems, root);
  if (sb_problems_get_count (problems) > 0)
    {
      sb_problems_propagate (problems, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_SCHEMA, error);
      return NULL;
    }
  if (!sb_xml_validate (doc, SB_ASSESSMENT_SCHEMA_RESOURCE, problems))
    {
      sb_problems_propagate (problems, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_SCHEMA, error);
      return NULL;
    }

  sb_assessment_begin_load (assessment);
  sb_assessment_set_format (assessment, (guint) MAX (format, SB_ASSESSMENT_FORMAT));
  root_kept = take_kept (&reader, root);
  if (root_kept != NULL)
    sb_assessment_take_kept (assessment, SB_KEPT_META "assessment", root_kept);
  read_standard_reference (&reader, root, found);
  read_metadata (&reader, root);
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (sb_xml_is (child, "subitem"))
      read_subitem (&reader, child);
  sb_assessment_end_load (assessment);

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

static void
set_io_error (GError    **error,
              const char *name,
              GError     *io_error,
              gboolean    writing)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_NO_SPACE,
                 _("%s: the disk is full, so the assessment was not saved; the file on disk is as it was. "
                   "Free some space or save it somewhere else"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_PERMISSION,
                 writing
                 ? _("%s: Scorebook may not write here (the folder or the file is read-only), so the "
                     "assessment was not saved; save it somewhere else")
                 : _("%s: Scorebook may not read this file; ask its owner for access"),
                 name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_IO,
                 writing ? _("%s: the folder does not exist, so the assessment was not saved")
                         : _("%s: there is no such file"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_IO,
                 _("%s: this is a folder, not an assessment file"), name);
  else
    g_set_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_IO,
                 writing ? _("%s: the assessment was not saved: %s") : _("%s: the file could not be read: %s"),
                 name, io_error->message);
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
        set_io_error (error, name, local_error, FALSE);
      return NULL;
    }

  assessment = sb_assessment_file_load_bytes (standard, bytes, name, warnings, error);
  if (assessment != NULL)
    sb_assessment_set_file (assessment, file);
  return assessment;
}

/* Writing: stable order, one element per line, two spaces a level. */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* Writes the kept children whose place is after @n_known known ones; with
 * @rest, those after it too. */
static void
append_kept_children (GString      *out,
                      const SbKept *kept,
                      guint         n_known,
                      gboolean      rest,
                      guint         depth)
{
  if (kept == NULL)
    return;
  for (guint i = 0; i < kept->children->len; i++)
    {
      SbKeptChild *child = g_ptr_array_index (kept->children, i);

      if (child->after == n_known || (rest && child->after > n_known))
        {
          indent (out, depth);
          g_string_append (out, child->xml);
          g_string_append_c (out, '\n');
        }
    }
}

static void
append_text_element (GString      *out,
                     guint         depth,
                     const char   *name,
                     const char   *attrs,
                     const char   *text,
                     const SbKept *kept)
{
  gboolean has_children = kept != NULL && kept->children->len > 0;

  indent (out, depth);
  g_string_append_printf (out, "<%s%s%s", name, attrs ? attrs : "", kept && kept->attrs ? kept->attrs : "");
  if ((text == NULL || *text == '\0') && !has_children)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_c (out, '>');
  append_escaped (out, text, FALSE);
  for (guint i = 0; has_children && i < kept->children->len; i++)
    g_string_append (out, ((SbKeptChild *) g_ptr_array_index (kept->children, i))->xml);
  g_string_append_printf (out, "</%s>\n", name);
}

/* An element whose body is @body (its children, already indented). */
static void
append_container (GString      *out,
                  guint         depth,
                  const char   *name,
                  const char   *attrs,
                  const SbKept *kept,
                  GString      *body)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s%s%s", name, attrs, kept && kept->attrs ? kept->attrs : "");
  if (body->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  g_string_append_len (out, body->str, body->len);
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
append_notes (GString      *body,
              SbAssessment *assessment,
              const char   *owner_id,
              SbNoteKind    kind,
              const SbKept *kept,
              guint        *n_known,
              guint         depth)
{
  static const char * const names[] = { "strength", "opportunity", "note", "evidence" };
  guint n = sb_assessment_get_n_notes (assessment, owner_id, kind);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) attrs = g_string_new (NULL);

      append_kept_children (body, kept, (*n_known)++, FALSE, depth);
      if (sb_note_is_blank (sb_assessment_get_note (assessment, owner_id, kind, i)) &&
          sb_assessment_get_note_kept (assessment, owner_id, kind, i) == NULL)
        continue;
      if (kind == SB_NOTE_REFERENCE)
        append_attribute (attrs, "kind",
                          sb_evidence_kind_to_string (sb_assessment_get_note_evidence (assessment, owner_id, i)));
      append_text_element (body, depth, names[kind], attrs->str,
                           sb_assessment_get_note (assessment, owner_id, kind, i),
                           sb_assessment_get_note_kept (assessment, owner_id, kind, i));
    }
}

static void
append_point (GString      *out,
              SbAssessment *assessment,
              const char   *point_id,
              guint         depth)
{
  const SbKept *kept = sb_assessment_get_kept (assessment, point_id);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  guint n_known = 0;

  append_notes (body, assessment, point_id, SB_NOTE_EVIDENCE, kept, &n_known, depth + 1);
  append_notes (body, assessment, point_id, SB_NOTE_REFERENCE, kept, &n_known, depth + 1);
  append_kept_children (body, kept, n_known, TRUE, depth + 1);

  append_attribute (attrs, "id", point_id);
  append_container (out, depth, "point", attrs->str, kept, body);
}

static void
append_subitem (GString      *out,
                SbAssessment *assessment,
                const char   *id,
                GPtrArray    *point_ids,
                guint         depth)
{
  const SbKept *kept = sb_assessment_get_kept (assessment, id);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  const char *band_id;
  guint percent;
  guint n_known = 0;
  gboolean any_point = FALSE;

  for (guint i = 0; i < point_ids->len; i++)
    any_point |= sb_assessment_has_content (assessment, g_ptr_array_index (point_ids, i));
  if (!any_point && !sb_assessment_has_content (assessment, id))
    return;

  append_attribute (attrs, "id", id);
  if (sb_assessment_get_rating (assessment, id, &band_id, &percent))
    {
      g_autofree char *percent_text = g_strdup_printf ("%u", percent);
      append_attribute (attrs, "band", band_id);
      append_attribute (attrs, "percent", percent_text);
    }

  append_notes (body, assessment, id, SB_NOTE_STRENGTH, kept, &n_known, depth + 1);
  append_notes (body, assessment, id, SB_NOTE_OPPORTUNITY, kept, &n_known, depth + 1);
  for (guint i = 0; i < point_ids->len; i++)
    {
      const char *point_id = g_ptr_array_index (point_ids, i);

      if (!sb_assessment_has_content (assessment, point_id))
        continue;
      append_kept_children (body, kept, n_known++, FALSE, depth + 1);
      append_point (body, assessment, point_id, depth + 1);
    }
  append_kept_children (body, kept, n_known, TRUE, depth + 1);

  append_container (out, depth, "subitem", attrs->str, kept, body);
}

/* The unknown points filed under @subitem_id, in the order read. */
static void
add_unknown_points (GPtrArray    *point_ids,
                    SbAssessment *assessment,
                    GPtrArray    *unknown,
                    const char   *subitem_id)
{
  for (guint i = 0; i < unknown->len; i++)
    {
      const char *id = g_ptr_array_index (unknown, i);
      if (g_strcmp0 (sb_assessment_get_unknown_subitem (assessment, id), subitem_id) == 0)
        g_ptr_array_add (point_ids, (gpointer) id);
    }
}

/* A sub-item of the assessment, with what was kept before it. */
static void
append_subitem_at (GString      *body,
                   const SbKept *root_kept,
                   guint        *n_known,
                   SbAssessment *assessment,
                   const char   *id,
                   GPtrArray    *point_ids)
{
  g_autoptr(GString) element = g_string_new (NULL);

  append_subitem (element, assessment, id, point_ids, 1);
  if (element->len == 0)
    return;
  append_kept_children (body, root_kept, (*n_known)++, FALSE, 1);
  g_string_append_len (body, element->str, element->len);
}

/* An xsd:dateTime in UTC. The year is padded to four digits by hand:
 * g_date_time_format()'s %Y writes the year 999 as "999", which is not a
 * dateTime, and the saved file would not open again. */
static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

/* The file's bytes. The same assessment always gives the same bytes:
 * elements in the standard's order, then what the standard lacks in the
 * order it was read, and what was kept from the file where it stood. */
GBytes *
sb_assessment_file_serialize (SbAssessment *assessment)
{
  SbStandard *standard;
  GPtrArray *scored;
  g_autoptr(GPtrArray) unknown = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  g_autofree char *format = NULL;
  GString *out;
  const SbKept *root_kept;
  guint n_known = 0;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  standard = sb_assessment_get_standard (assessment);
  scored = sb_standard_get_scored_nodes (standard);
  unknown = sb_assessment_get_unknown (assessment);
  root_kept = sb_assessment_get_kept (assessment, SB_KEPT_META "assessment");

  /* <standard> */
  {
    g_autoptr(GString) std_attrs = g_string_new (NULL);
    g_autoptr(GString) std_body = g_string_new (NULL);
    const SbKept *kept = sb_assessment_get_kept (assessment, SB_KEPT_META "standard");

    append_attribute (std_attrs, "id", sb_standard_get_id (standard));
    append_attribute (std_attrs, "edition", sb_standard_get_edition (standard));
    append_attribute (std_attrs, "sha256", sb_standard_get_content_hash (standard));
    append_kept_children (std_body, kept, 0, TRUE, 2);
    append_kept_children (body, root_kept, n_known++, FALSE, 1);
    append_container (body, 1, "standard", std_attrs->str, kept, std_body);
  }

  {
    const char *names[] = { "applicant", "examiner", "created", "modified", "profile" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *key = g_strconcat (SB_KEPT_META, names[i], NULL);
        g_autofree char *date = NULL;
        const char *text;

        if (i == 2 || i == 3)
          text = date = format_date (i == 2 ? sb_assessment_get_created (assessment)
                                            : sb_assessment_get_modified (assessment));
        else if (i == 0)
          text = sb_assessment_get_applicant (assessment);
        else if (i == 1)
          text = sb_assessment_get_examiner (assessment);
        else
          text = sb_assessment_get_profile (assessment);

        append_kept_children (body, root_kept, n_known++, FALSE, 1);
        append_text_element (body, 1, names[i], NULL, text, sb_assessment_get_kept (assessment, key));
      }
  }

  for (guint i = 0; i < scored->len; i++)
    {
      SbNode *node = g_ptr_array_index (scored, i);
      GListModel *guidance = sb_node_get_guidance (node);
      g_autoptr(GPtrArray) point_ids = g_ptr_array_new ();

      for (guint j = 0; j < g_list_model_get_n_items (guidance); j++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, j);
          g_ptr_array_add (point_ids, (gpointer) sb_guidance_point_get_id (point));
        }
      add_unknown_points (point_ids, assessment, unknown, sb_node_get_id (node));
      append_subitem_at (body, root_kept, &n_known, assessment, sb_node_get_id (node), point_ids);
    }

  for (guint i = 0; i < unknown->len; i++)
    {
      const char *id = g_ptr_array_index (unknown, i);
      g_autoptr(GPtrArray) point_ids = NULL;

      if (sb_assessment_get_unknown_subitem (assessment, id) != NULL)
        continue;
      point_ids = g_ptr_array_new ();
      add_unknown_points (point_ids, assessment, unknown, id);
      append_subitem_at (body, root_kept, &n_known, assessment, id, point_ids);
    }
  append_kept_children (body, root_kept, n_known, TRUE, 1);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  format = g_strdup_printf ("%u", sb_assessment_get_format (assessment));
  append_attribute (attrs, "xmlns", SB_ASSESSMENT_NAMESPACE);
  append_attribute (attrs, "format", format);
  append_attribute (attrs, "subject", sb_subject_to_string (sb_assessment_get_subject (assessment)));
  append_attribute (attrs, "kind", sb_assessment_kind_to_string (sb_assessment_get_kind (assessment)));
  append_container (out, 0, "assessment", attrs->str, root_kept, body);
  return g_string_free_to_bytes (out);
}

/* The data must reach the disk before the rename makes it the file, or a
 * power cut could leave an empty file under the old name. GLib does this
 * itself when it replaces a file; a new one is synced here by path. */
/* Replaces @file with @bytes so that at every moment the file on disk is
 * either the old one or the new one, complete (see sb-atomic-file.c; a
 * link is followed, never written through). The file, new or not, becomes
 * readable by its owner alone, since it holds the examiner's notes. With
 * @make_backup, the previous version stays as FILE~, private too. */
gboolean
sb_assessment_file_write (GFile         *file,
                          GBytes        *bytes,
                          gboolean       make_backup,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  if (!sb_atomic_file_replace (file, bytes,
                               SB_ATOMIC_FILE_PRIVATE | (make_backup ? SB_ATOMIC_FILE_BACKUP : 0), &local_error))
    {
      set_io_error (error, name, local_error, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* Saves @assessment to @file, which it then belongs to. On failure nothing
 * in memory changes, so the user can save somewhere else. */
gboolean
sb_assessment_file_save (SbAssessment  *assessment,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = sb_assessment_file_serialize (assessment);
  if (!sb_assessment_file_write (file, bytes, TRUE, cancellable, error))
    return FALSE;
  sb_assessment_set_file (assessment, file);
  sb_assessment_mark_clean (assessment);
  return TRUE;
}
