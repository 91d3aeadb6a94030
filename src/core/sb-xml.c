/* sb-xml.c — reading untrusted XML safely, and error messages that say where
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-xml"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "sb-xml.h"

G_DEFINE_QUARK (sb-xml-error-quark, sb_xml_error)

static void
byte_position (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }
  /* The bytes before the bad one on its line are valid UTF-8. */
  *column = g_utf8_strlen (line_start, data + offset - line_start) + 1;
}

typedef struct
{
  gboolean     saw_doctype;
  xmlError    *first;
  gboolean     have_first;
  xmlError     copy;
} ParseState;

static void
refuse_doctype (void          *user_data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->saw_doctype = TRUE;
  xmlStopParser (ctxt);
}

static void
remember_first_error (void     *user_data,
                      xmlError *error)
{
  ParseState *state = user_data;

  if (state->have_first || error->level < XML_ERR_ERROR)
    return;
  state->have_first = TRUE;
  memset (&state->copy, 0, sizeof state->copy);
  xmlCopyError (error, &state->copy);
}

/* libxml2's words for its limits name its own options; say instead what
 * is wrong with the file. */
static char *
explain_limit (const xmlError *error)
{
  const char *message = error->message ? error->message : "";

  if (strstr (message, "Excessive depth") != NULL)
    return g_strdup_printf (_("elements are nested more than %d deep"), 256);
  if (strstr (message, "Name too long") != NULL || strstr (message, "name too long") != NULL)
    return g_strdup_printf (_("the name of an element or attribute is longer than %d characters"),
                            XML_MAX_NAME_LENGTH);
  if (strstr (message, "huge text node") != NULL || strstr (message, "Huge input lookup") != NULL ||
      strstr (message, "too long") != NULL)
    {
      g_autofree char *limit = g_format_size (XML_MAX_TEXT_LENGTH);
      return g_strdup_printf (_("a text here is longer than %s, the most Scorebook reads in one text"), limit);
    }
  return NULL;
}

static char *
explain_parse_error (const xmlError *error)
{
  g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : ""));
  char *limit = explain_limit (error);

  if (limit != NULL)
    return limit;
  if (error->code == XML_ERR_DOCUMENT_EMPTY)
    return g_strdup (_("the file holds no XML"));
  return g_strdup_printf (_("not well-formed XML: %s"), message);
}

/* Whether @data can be XML at all: after an optional byte-order mark and
 * blanks, markup starts with "<". A picture, an office document or a
 * plain text does not, and is better called what it is not than
 * reported as bad UTF-8 or a parser's complaint. */
static gboolean
looks_like_xml (const char *data,
                gsize       len)
{
  gsize i = 0;

  /* UTF-16 is XML too, only not in the encoding Scorebook reads: the
   * UTF-8 check says what to do about it. */
  if (len >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE))
    return TRUE;
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  return i < len && data[i] == '<';
}

/* Whether the parser stopped because the data ran out (a file cut short
 * by a full disk, a broken copy or an interrupted download) rather than at
 * a mistake inside it: libxml2 says so for an unfinished element, and for
 * anything else it reports on the last line that has content. */
static gboolean
ends_early (const char     *data,
            gsize           len,
            const xmlError *error)
{
  guint last = 1;
  guint line = 1;

  g_autofree char *limit = explain_limit (error);

  if (limit != NULL)
    return FALSE;
  if (error->code == XML_ERR_TAG_NOT_FINISHED)
    return TRUE;
  if (error->code == XML_ERR_TAG_NAME_MISMATCH || error->code == XML_ERR_DOCUMENT_END ||
      error->code == XML_ERR_DOCUMENT_EMPTY)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (!g_ascii_isspace (data[i]))
        last = line;
    }
  return error->line > 0 && (guint) error->line >= last;
}

#define ENDS_EARLY _("%s:%u:%u: the file ends early at line %u: it was cut off, perhaps while it " \
                    "was being copied, downloaded or saved")

static void
set_too_large (GError    **error,
               const char *source_name,
               goffset     size,
               gsize       max_bytes)
{
  g_autofree char *have = g_format_size (size);
  g_autofree char *limit = g_format_size (max_bytes);

  g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE,
               _("%s: the file is %s, more than the %s allowed"), source_name, have, limit);
}

static void
set_not_a_file (GError    **error,
                const char *name)
{
  g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_NOT_A_FILE,
               _("%s: this is not an ordinary file but a device, a pipe or a socket, which Scorebook "
                 "does not read"), name);
}

/* Reads @stream to its end, but never more than @max_bytes: a size that
 * was asked for beforehand is not trusted, since a file can grow, or (in
 * /proc, say) say 0 and go on without end. */
static GBytes *
read_bounded (GInputStream *stream,
              gsize         max_bytes,
              const char   *name,
              GCancellable *cancellable,
              GError      **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (data->len + (gsize) n > max_bytes)
        {
          set_too_large (error, name, (goffset) data->len + n, max_bytes);
          return NULL;
        }
      g_byte_array_append (data, chunk, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A local file, opened without blocking (a FIFO would wait for a writer
 * for ever) and checked to be an ordinary file on the descriptor that is
 * then read, so nothing can be swapped in between. */
static GInputStream *
open_local (const char *path,
            const char *name,
            gsize       max_bytes,
            GError    **error)
{
  struct stat st;
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      if (S_ISDIR (st.st_mode))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "is a folder");
      else
        set_not_a_file (error, name);
      close (fd);
      return NULL;
    }
  if (st.st_size > (off_t) max_bytes)
    {
      set_too_large (error, name, st.st_size, max_bytes);
      close (fd);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  return g_unix_input_stream_new (fd, TRUE);
}

/* Reads @file for sb_xml_parse(): only an ordinary file (a link is
 * followed to one), refused unread when it says it is too large, and read
 * with a bound all the same. Fails with a G_IO_ERROR (a folder is
 * G_IO_ERROR_IS_DIRECTORY), SB_XML_ERROR_NOT_A_FILE or
 * SB_XML_ERROR_TOO_LARGE; callers put those in words for their kind of file. */
GBytes *
sb_xml_read_file (GFile         *file,
                  gsize          max_bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *name = NULL;
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = g_file_peek_path (file);
  if (path != NULL)
    stream = open_local (path, name, max_bytes, error);
  else
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                                                     cancellable, error);

      if (info == NULL)
        return NULL;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "is a folder");
          return NULL;
        }
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          set_not_a_file (error, name);
          return NULL;
        }
      stream = G_INPUT_STREAM (g_file_read (file, cancellable, error));
    }
  if (stream == NULL)
    return NULL;
  return read_bounded (stream, max_bytes, name, cancellable, error);
}

/* The namespace of the root element of @bytes, and its local name in
 * @name (owned by a static table, or NULL when there is none): what kind
 * of file this is, whatever comments, text or declarations come first.
 * It reads only as far as the root's start tag, never resolves entities,
 * loads no DTD and touches no network. NULL when no root element is found. */
char *
sb_xml_root_namespace (GBytes      *bytes,
                       const char **name)
{
  static const char * const known[] = { "assessment", "standard" };
  xmlTextReaderPtr reader;
  char *ns = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (name != NULL)
    *name = NULL;
  if (data == NULL || len == 0 || len > G_MAXINT)
    return NULL;
  reader = xmlReaderForMemory (data, (int) len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader == NULL)
    return NULL;
  while (xmlTextReaderRead (reader) == 1)
    if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT)
      {
        const xmlChar *uri = xmlTextReaderConstNamespaceUri (reader);
        const xmlChar *local = xmlTextReaderConstLocalName (reader);

        ns = g_strdup (uri ? (const char *) uri : "");
        for (guint i = 0; name != NULL && local != NULL && i < G_N_ELEMENTS (known); i++)
          if (g_str_equal ((const char *) local, known[i]))
            *name = known[i];
        break;
      }
  xmlFreeTextReader (reader);
  return ns;
}

/* The first text or attribute value under @node longer than the limit
 * Scorebook states: libxml2 2.9 checks it only while appending to a text,
 * so one long run of text got through whole. */
static xmlNode *
find_long_text (xmlNode *node,
                gsize   *length)
{
  for (; node != NULL; node = node->next)
    {
      xmlNode *found;

      if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE ||
           node->type == XML_COMMENT_NODE) &&
          node->content != NULL && (*length = strlen ((const char *) node->content)) > XML_MAX_TEXT_LENGTH)
        return node->parent ? node->parent : node;
      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        if ((found = find_long_text (attr->children, length)) != NULL)
          return node;
      if ((found = find_long_text (node->children, length)) != NULL)
        return found;
    }
  return NULL;
}

/* Bytes that are not UTF-8: a NUL byte, a file cut in the middle of a
 * character, or another encoding. FALSE after saying which. */
static gboolean
check_encoding (const char  *data,
                gsize        len,
                const char  *source_name,
                GError     **error)
{
  const char *end;
  guint line, column;

  if (g_utf8_validate_len (data, len, &end))
    return TRUE;

  byte_position (data, end - data, &line, &column);
  /* A file cut in the middle of a character is cut short, not in
   * another encoding. */
  if (*end == '\0')
    g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_ENCODING,
                 _("%s:%u:%u: the file contains a NUL byte; it is not a text file"),
                 source_name, line, column);
  else if (g_utf8_get_char_validated (end, len - (end - data)) == (gunichar) -2)
    g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_TRUNCATED, ENDS_EARLY, source_name, line, column, line);
  else
    g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_ENCODING,
                 _("%s:%u:%u: the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8"),
                 source_name, line, column, (guchar) *end);
  return FALSE;
}

/* What is refused before parsing: too large, empty, not text, not UTF-8. */
static gboolean
check_bytes (const char  *data,
             gsize        len,
             gsize        max_bytes,
             const char  *source_name,
             GError     **error)
{
  if (len > max_bytes)
    {
      set_too_large (error, source_name, len, max_bytes);
      return FALSE;
    }
  if (len == 0 || data == NULL)
    {
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_EMPTY, _("%s: the file is empty"), source_name);
      return FALSE;
    }
  if (!looks_like_xml (data, len))
    {
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_NOT_XML,
                   _("%s: this is not a Scorebook assessment or standard: it is another kind of file, "
                     "such as a picture or a document"), source_name);
      return FALSE;
    }
  if (!check_encoding (data, len, source_name, error))
    return FALSE;
  if (len > G_MAXINT)
    {
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE, _("%s: the file is too large"), source_name);
      return FALSE;
    }
  return TRUE;
}

/* What the parser refused, said once: a DOCTYPE, or the first error of a
 * document that is not whole. FALSE when @doc must not be used. */
static gboolean
check_parsed (xmlDoc        *doc,
              xmlParserCtxt *ctxt,
              ParseState    *state,
              const char    *data,
              gsize          len,
              const char    *source_name,
              GError       **error)
{
  if (state->saw_doctype)
    {
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_FORBIDDEN,
                   _("%s:%d:%d: the file has a DOCTYPE declaration, which Scorebook does not accept "
                     "(it can define entities or load other files); remove it"),
                   source_name, ctxt->input ? ctxt->input->line : 1, 1);
      return FALSE;
    }
  /* libxml2 stops at a text over its limit without saying the document is
   * not well-formed, and hands back what it read so far: an error of the
   * parser itself means the document is not whole. (Namespace errors, such
   * as a name that is not a URI, leave it whole.) */
  if (doc != NULL && ctxt->wellFormed && !(state->have_first && state->copy.domain != XML_FROM_NAMESPACE))
    return TRUE;

  if (state->have_first && ends_early (data, len, &state->copy))
    g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_TRUNCATED, ENDS_EARLY, source_name,
                 (guint) MAX (state->copy.line, 1), (guint) MAX (state->copy.int2, 1), (guint) MAX (state->copy.line, 1));
  else if (state->have_first)
    {
      g_autofree char *message = explain_parse_error (&state->copy);
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_MALFORMED, "%s:%d:%d: %s",
                   source_name, MAX (state->copy.line, 1), MAX (state->copy.int2, 1), message);
    }
  else
    g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_MALFORMED,
                 _("%s: not well-formed XML"), source_name);
  return FALSE;
}

/* No text or attribute value over the limit Scorebook states. */
static gboolean
check_text_lengths (xmlDoc      *doc,
                    const char  *source_name,
                    GError     **error)
{
  gsize length = 0;
  xmlNode *long_text = find_long_text (doc->children, &length);
  g_autofree char *have = NULL;
  g_autofree char *limit = NULL;

  if (long_text == NULL)
    return TRUE;
  have = g_format_size (length);
  limit = g_format_size (XML_MAX_TEXT_LENGTH);
  g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE,
               _("%s:%ld:1: a text here is %s long, longer than %s, the most Scorebook reads in one text"),
               source_name, xmlGetLineNo (long_text), have, limit);
  return FALSE;
}

/* Parses bytes from an untrusted source. Refused before or while parsing:
 * more than @max_bytes, no content, bytes that are not UTF-8, NUL bytes,
 * a DOCTYPE (which is where entity expansion and external files come
 * from), nesting deeper than 256 and texts over 10 MB. Nothing is ever
 * fetched from the network or read from another file. */
xmlDoc *
sb_xml_parse (GBytes      *bytes,
              const char  *source_name,
              gsize        max_bytes,
              GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlParserCtxt *ctxt;
  ParseState state = { 0 };
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (!check_bytes (data, len, max_bytes, source_name, error))
    return NULL;

  xmlInitParser ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, SB_XML_ERROR, SB_XML_ERROR_MALFORMED, _("%s: out of memory"), source_name);
      return NULL;
    }
  ctxt->_private = &state;
  ctxt->sax->internalSubset = refuse_doctype;
  ctxt->sax->externalSubset = refuse_doctype;

  xmlSetStructuredErrorFunc (&state, remember_first_error);
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, source_name, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc (NULL, NULL);

  if (!check_parsed (doc, ctxt, &state, data, len, source_name, error) ||
      !check_text_lengths (doc, source_name, error))
    g_clear_pointer (&doc, xmlFreeDoc);

  if (state.have_first)
    xmlResetError (&state.copy);
  xmlFreeParserCtxt (ctxt);
  return g_steal_pointer (&doc);
}

static GHashTable *schemas;  /* resource path → xmlRelaxNG */
static GMutex schemas_lock;

static xmlRelaxNG *
lookup_schema (const char *resource)
{
  xmlRelaxNG *schema;

  g_mutex_lock (&schemas_lock);
  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  schema = g_hash_table_lookup (schemas, resource);
  if (schema == NULL)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      xmlRelaxNGParserCtxt *pctxt;

      /* The schema ships inside the program; failing to find it is a bug. */
      g_assert (bytes != NULL);
      pctxt = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      schema = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      g_assert (schema != NULL);
      g_hash_table_insert (schemas, g_strdup (resource), schema);
    }
  g_mutex_unlock (&schemas_lock);
  return schema;
}

static void
collect_schema_error (void     *user_data,
                      xmlError *error)
{
  SbProblems *problems = user_data;
  g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : ""));
  xmlNode *node = error->node;

  if (node != NULL && node->type == XML_ELEMENT_NODE)
    sb_problems_add_at (problems, node, NULL, _("does not fit the format: %s"), message);
  else
    sb_problems_add (problems, MAX (error->line, 0), 1, _("does not fit the format: %s"), message);
}

/* Checks @doc against the RELAX NG schema compiled in at @schema_resource,
 * adding each mismatch to @problems. */
gboolean
sb_xml_validate (xmlDoc     *doc,
                 const char *schema_resource,
                 SbProblems *problems)
{
  xmlRelaxNG *schema = lookup_schema (schema_resource);
  xmlRelaxNGValidCtxt *vctxt = xmlRelaxNGNewValidCtxt (schema);
  guint before = sb_problems_get_count (problems);
  int result;

  xmlRelaxNGSetValidStructuredErrors (vctxt, collect_schema_error, problems);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result != 0 && sb_problems_get_count (problems) == before)
    sb_problems_add (problems, 0, 0, _("does not fit the format"));
  return result == 0;
}

char *
sb_xml_get_prop (xmlNode    *node,
                 const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

gboolean
sb_xml_is (xmlNode    *node,
           const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* An element's text as paragraphs: each non-empty line, stripped of the
 * white space around it, joined with newlines. One pass, written in place
 * (the lines only move towards the start): a standard has tens of
 * thousands of these texts. */
char *
sb_xml_get_paragraphs (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup (content ? (const char *) content : "");
  const char *line = text;
  char *out = text;

  xmlFree (content);
  while (*line != '\0')
    {
      const char *newline = strchr (line, '\n');
      const char *stop = newline ? newline : line + strlen (line);
      const char *end = stop;

      while (line < end && g_ascii_isspace (*line))
        line++;
      while (end > line && g_ascii_isspace (end[-1]))
        end--;
      if (end > line)
        {
          if (out > text)
            *out++ = '\n';
          memmove (out, line, end - line);
          out += end - line;
        }
      line = newline ? newline + 1 : stop;
    }
  *out = '\0';
  return text;
}
