/* sb-xml.h — reading untrusted XML safely, and error messages that say where
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define SB_XML_ERROR (sb_xml_error_quark ())

typedef enum
{
  SB_XML_ERROR_TOO_LARGE,
  SB_XML_ERROR_EMPTY,
  SB_XML_ERROR_ENCODING,
  SB_XML_ERROR_MALFORMED,
  SB_XML_ERROR_FORBIDDEN,
  SB_XML_ERROR_SCHEMA,
  SB_XML_ERROR_NOT_XML,
  SB_XML_ERROR_TRUNCATED,
  SB_XML_ERROR_NOT_A_FILE,   /* a device, a pipe or a socket */
} SbXmlError;

/* Collects located problems ("file:line:col: message") about one file. */
typedef struct _SbProblems SbProblems;

GQuark      sb_xml_error_quark       (void);

GBytes     *sb_xml_read_file         (GFile        *file,
                                      gsize         max_bytes,
                                      GCancellable *cancellable,
                                      GError      **error);
char       *sb_xml_root_namespace    (GBytes      *bytes,
                                      const char **name);
xmlDoc     *sb_xml_parse             (GBytes      *bytes,
                                      const char  *source_name,
                                      gsize        max_bytes,
                                      GError     **error);
gboolean    sb_xml_validate          (xmlDoc      *doc,
                                      const char  *schema_resource,
                                      SbProblems  *problems);

SbProblems *sb_problems_new          (const char  *source_name,
                                      GBytes      *bytes);
void        sb_problems_free         (SbProblems  *self);
void        sb_problems_add          (SbProblems  *self,
                                      guint        line,
                                      guint        column,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (4, 5);
void        sb_problems_add_at       (SbProblems  *self,
                                      xmlNode     *node,
                                      const char  *attribute,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (4, 5);
guint       sb_problems_get_count    (SbProblems  *self);
gboolean    sb_problems_propagate    (SbProblems  *self,
                                      GQuark       domain,
                                      int          code,
                                      GError     **error);

char       *sb_xml_get_prop          (xmlNode     *node,
                                      const char  *name);
gboolean    sb_xml_is                (xmlNode     *node,
                                      const char  *name);
char       *sb_xml_get_paragraphs    (xmlNode     *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbProblems, sb_problems_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
