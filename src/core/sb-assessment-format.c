/* sb-assessment-format.c — the vocabulary of *.scorebook files and the XML text their reader and writer share
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "sb-assessment-format.h"
#include "sb-xml.h"

G_DEFINE_QUARK (sb-assessment-file-error-quark, sb_assessment_file_error)

/* The vocabulary of the format, version 2 */
static const SbElementRule rules[] = {
  { SB_ELEMENT_ASSESSMENT, { SB_ATTRIBUTE_FORMAT, SB_ATTRIBUTE_SUBJECT, SB_ATTRIBUTE_KIND },
    { SB_ELEMENT_STANDARD, SB_ELEMENT_APPLICANT, SB_ELEMENT_EXAMINER, SB_ELEMENT_CREATED,
      SB_ELEMENT_MODIFIED, SB_ELEMENT_PROFILE, SB_ELEMENT_SUBITEM, SB_ELEMENT_THEME }, FALSE },
  { SB_ELEMENT_STANDARD, { SB_ATTRIBUTE_ID, SB_ATTRIBUTE_EDITION, SB_ATTRIBUTE_SHA256 }, { NULL }, FALSE },
  { SB_ELEMENT_APPLICANT, { NULL }, { NULL }, TRUE },
  { SB_ELEMENT_EXAMINER, { NULL }, { NULL }, TRUE },
  { SB_ELEMENT_CREATED, { NULL }, { NULL }, TRUE },
  { SB_ELEMENT_MODIFIED, { NULL }, { NULL }, TRUE },
  { SB_ELEMENT_PROFILE, { NULL }, { NULL }, TRUE },
  { SB_ELEMENT_SUBITEM, { SB_ATTRIBUTE_ID, SB_ATTRIBUTE_BAND, SB_ATTRIBUTE_PERCENT, SB_ATTRIBUTE_BASELINE,
                          SB_ATTRIBUTE_LOWEST, SB_ATTRIBUTE_HIGHEST },
    { SB_ELEMENT_STRENGTH, SB_ELEMENT_OPPORTUNITY, SB_ELEMENT_PROPOSAL, SB_ELEMENT_CHANGE, SB_ELEMENT_POINT }, FALSE },
  { SB_ELEMENT_STRENGTH, { SB_ATTRIBUTE_ID, SB_ATTRIBUTE_AUTHORS, SB_ATTRIBUTE_SIGNIFICANT, SB_ATTRIBUTE_KEY_THEME },
    { NULL }, TRUE },
  { SB_ELEMENT_OPPORTUNITY, { SB_ATTRIBUTE_ID, SB_ATTRIBUTE_AUTHORS, SB_ATTRIBUTE_SIGNIFICANT, SB_ATTRIBUTE_KEY_THEME },
    { NULL }, TRUE },
  { SB_ELEMENT_PROPOSAL, { SB_ATTRIBUTE_KIND, SB_ATTRIBUTE_AUTHOR, SB_ATTRIBUTE_STATE }, { NULL }, TRUE },
  { SB_ELEMENT_CHANGE, { SB_ATTRIBUTE_FROM_BAND, SB_ATTRIBUTE_FROM_PERCENT, SB_ATTRIBUTE_TO_BAND,
                         SB_ATTRIBUTE_TO_PERCENT, SB_ATTRIBUTE_WHEN }, { NULL }, TRUE },
  { SB_ELEMENT_POINT, { SB_ATTRIBUTE_ID }, { SB_ELEMENT_NOTE, SB_ELEMENT_EVIDENCE }, FALSE },
  { SB_ELEMENT_NOTE, { SB_ATTRIBUTE_ID }, { NULL }, TRUE },
  { SB_ELEMENT_EVIDENCE, { SB_ATTRIBUTE_KIND, SB_ATTRIBUTE_ID }, { NULL }, TRUE },
  { SB_ELEMENT_THEME, { SB_ATTRIBUTE_KIND, SB_ATTRIBUTE_LINKS }, { NULL }, TRUE },
};

/* The names of the kinds of key themes and of proposal states in the file. */
const char *
sb_theme_kind_to_string (SbThemeKind kind)
{
  return sb_enum_nick (SB_TYPE_THEME_KIND, kind);
}

gboolean
sb_theme_kind_from_string (const char  *text,
                           SbThemeKind *kind)
{
  int value;

  if (!sb_enum_from_nick (SB_TYPE_THEME_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

const char *
sb_proposal_state_to_string (SbProposalState state)
{
  return sb_enum_nick (SB_TYPE_PROPOSAL_STATE, state);
}

gboolean
sb_proposal_state_from_string (const char      *text,
                               SbProposalState *state)
{
  int value;

  if (!sb_enum_from_nick (SB_TYPE_PROPOSAL_STATE, text, &value))
    return FALSE;
  *state = value;
  return TRUE;
}

/* An xsd:dateTime in UTC. The year is padded to four digits by hand:
 * g_date_time_format()'s %Y writes the year 999 as "999", which is not a
 * dateTime, and the saved file would not open again. */
char *
sb_assessment_format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

const SbElementRule *
sb_assessment_format_lookup_rule (xmlNode *element)
{
  if (element->type != XML_ELEMENT_NODE || element->ns == NULL ||
      g_strcmp0 ((const char *) element->ns->href, SB_ASSESSMENT_NAMESPACE) != 0)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].name, (const char *) element->name) == 0)
      return &rules[i];
  return NULL;
}

gboolean
sb_assessment_format_in_list (const char * const *list,
                              const char         *name)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* The element of each kind of note, in SbNoteKind's order. */
static const char * const note_elements[] = {
  SB_ELEMENT_STRENGTH, SB_ELEMENT_OPPORTUNITY, SB_ELEMENT_NOTE, SB_ELEMENT_EVIDENCE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (note_elements) == SB_N_NOTE_KINDS);

const char *
sb_assessment_format_note_element (SbNoteKind kind)
{
  g_assert (kind < SB_N_NOTE_KINDS);
  return note_elements[kind];
}

/* Whether @element holds a note, and of which kind. */
gboolean
sb_assessment_format_note_kind (xmlNode    *element,
                                SbNoteKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (note_elements); i++)
    if (sb_xml_is (element, note_elements[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* Escaping, the same way libxml2 writes what it keeps, so that kept parts
 * and ours read alike. */
void
sb_assessment_format_append_escaped (GString    *out,
                                     const char *text,
                                     gboolean    attribute)
{
  /* Plain runs are copied whole: a megabyte of notes is written on the
   * main thread at every save, byte by byte it took milliseconds. */
  const char *special = attribute ? "&<>\r\"\n\t" : "&<>\r";

  for (const char *p = text; p && *p; p++)
    {
      size_t run = strcspn (p, special);

      g_string_append_len (out, p, run);
      p += run;
      switch (*p)
        {
        case '\0': return;
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        default: g_assert_not_reached ();
        }
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
void
sb_assessment_format_append_namespace (GString *out,
                                       xmlNs   *ns)
{
  g_autoptr(GString) name = g_string_new ((const char *) ns->href);

  g_string_replace (name, "&#38;", "&", 0);
  g_string_append_printf (out, " xmlns%s%s=\"", ns->prefix ? ":" : "", ns->prefix ? (const char *) ns->prefix : "");
  sb_assessment_format_append_escaped (out, name->str, TRUE);
  g_string_append_c (out, '"');
}

/* An attribute as read, after a space. */
void
sb_assessment_format_append_attribute (GString *out,
                                       xmlDoc  *doc,
                                       xmlAttr *attr)
{
  xmlChar *value = xmlNodeListGetString (doc, attr->children, 1);

  g_string_append_c (out, ' ');
  append_qname (out, attr->ns, attr->name);
  g_string_append (out, "=\"");
  sb_assessment_format_append_escaped (out, (const char *) value, TRUE);
  g_string_append_c (out, '"');
  xmlFree (value);
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
        sb_assessment_format_append_namespace (out, ns);
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        sb_assessment_format_append_attribute (out, doc, attr);
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
      sb_assessment_format_append_escaped (out, (const char *) node->content, FALSE);
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

char *
sb_assessment_format_serialize_node (xmlDoc  *doc,
                                     xmlNode *node)
{
  GString *xml = g_string_new (NULL);

  append_node (xml, doc, node);
  return g_string_free (xml, FALSE);
}

/* An I/O error in words an examiner can act on. */
void
sb_assessment_file_set_io_error (GError    **error,
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
