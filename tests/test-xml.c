/* test-xml.c — the limits of the one way XML gets in: size, depth, text length, ordinary files only
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <libxml/parserInternals.h>

#include "sb-xml.h"

#define RESOURCE_FOLDER "resource:///io/github/scorebook/Scorebook/schema"
#define RESOURCE_FILE RESOURCE_FOLDER "/assessment.rng"

static xmlDoc *
parse_text (const char  *text,
            gsize        len,
            gsize        max_bytes,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);

  return sb_xml_parse (bytes, "test.xml", max_bytes, error);
}

static void
assert_refused (const char *text,
                gsize       len,
                gsize       max_bytes,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = parse_text (text, len, max_bytes, &error);

  g_assert_null (doc);
  g_assert_error (error, SB_XML_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_true (g_str_has_prefix (error->message, "test.xml"));
}

static void
assert_parses (const char *text,
               gsize       len,
               gsize       max_bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = parse_text (text, len, max_bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("scorebook-xml-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* The caller's limit holds to the byte, both for bytes in memory and for a
 * file, whose size is asked before anything is read. */
static void
test_size_limit (void)
{
  const char text[] = "<a>0123456789</a>";
  const gsize len = sizeof text - 1;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;

  assert_parses (text, len, len);
  assert_refused (text, len, len - 1, SB_XML_ERROR_TOO_LARGE, "test.xml: the file is 17 bytes, more than the 16 bytes allowed");

  g_assert_true (g_file_set_contents (path, text, len, NULL));
  read = sb_xml_read_file (file, len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (read), ==, len);
  g_assert_null (sb_xml_read_file (file, len - 1, NULL, &error));
  g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "a.xml: the file is 17 bytes, more than the 16 bytes allowed"));
  g_clear_error (&error);

  /* A file that is not local is read in pieces, and stopped at the limit. */
  {
    g_autoptr(GFile) resource = g_file_new_for_uri (RESOURCE_FILE);
    g_autoptr(GBytes) whole = sb_xml_read_file (resource, G_MAXSIZE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (whole), >, 1);
    g_assert_null (sb_xml_read_file (resource, g_bytes_get_size (whole) - 1, NULL, &error));
    g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Elements nested 256 deep are read; deeper is refused in words. */
static void
test_depth_limit (void)
{
  for (guint depth = 256; depth <= 300; depth += 44)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < depth; i++)
        g_string_append (text, "<a>");
      for (guint i = 0; i < depth; i++)
        g_string_append (text, "</a>");
      if (depth == 256)
        assert_parses (text->str, text->len, G_MAXSIZE);
      else
        assert_refused (text->str, text->len, G_MAXSIZE, SB_XML_ERROR_MALFORMED,
                        "elements are nested more than 256 deep");
    }
}

/* @length bytes of text in the shape @shape: a text, a text in pieces
 * between character references (which libxml2 counts piece by piece), an
 * attribute value. */
static char *
long_text_document (guint shape,
                    gsize length)
{
  static const struct { const char *before, *after; } shapes[] = {
    { "<a>", "</a>" },
    { "<a>", "</a>" },
    { "<a b=\"", "\"/>" },
  };
  const gsize piece = 1000 * 1000;
  GString *text = g_string_new (shapes[shape].before);

  if (shape == 1)
    {
      g_autofree char *fill = g_strnfill (piece - 1, 'a');

      for (; length >= piece; length -= piece)
        g_string_append_printf (text, "%s&amp;", fill);
    }
  for (; length > 0; length--)
    g_string_append_c (text, 'a');
  g_string_append (text, shapes[shape].after);
  return g_string_free (text, FALSE);
}

/* Scorebook reads texts of up to XML_MAX_TEXT_LENGTH bytes (10 MB) and
 * says so when one is longer, in any of the shapes above. libxml2 2.9.14
 * refuses these itself; sb-xml.c checks again after parsing for the
 * versions that let one long run through, and this test still passes with
 * either check alone. */
static void
test_text_limit (void)
{
  for (guint shape = 0; shape < 3; shape++)
    {
      g_autofree char *within = long_text_document (shape, XML_MAX_TEXT_LENGTH - 1000 * 1000);
      g_autofree char *over = long_text_document (shape, XML_MAX_TEXT_LENGTH + 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) doc = NULL;

      assert_parses (within, strlen (within), G_MAXSIZE);
      doc = parse_text (over, strlen (over), G_MAXSIZE, &error);
      g_assert_null (doc);
      g_assert_nonnull (error);
      if (strstr (error->message, "the most Scorebook reads in one text") == NULL)
        g_error ("shape %u: “%s” does not name the limit", shape, error->message);
    }
}

/* Only ordinary files are read: a FIFO would wait for a writer for ever and
 * a device can be endless. Folders are refused as folders. */
static void
test_not_a_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.xml", NULL);
  const char *paths[] = { zero, "/dev/null", fifo };  /* the FIFO last: read, it would wait */
  const char *folders[] = { dir, RESOURCE_FOLDER };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_null (sb_xml_read_file (file, 1024, NULL, &error));
      g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_NOT_A_FILE);
      g_assert_nonnull (strstr (error->message, paths[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (folders[i]);
      g_autoptr(GError) error = NULL;

      g_assert_null (sb_xml_read_file (file, 1024, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
    }
  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (dir);
}

/* An element's text as paragraphs: lines stripped of the white space
 * around them (tabs and the CR of CRLF too, but not inside a line), blank
 * lines dropped, the rest joined with single newlines, every language. */
static void
test_paragraphs (void)
{
  static const struct { const char *xml, *want; } cases[] = {
    { "<t>  \n  First line  \n\n\t Second\tline\r\n   \n Third</t>", "First line\nSecond\tline\nThird" },
    { "<t>One</t>", "One" },
    { "<t>\n\n  \t\n</t>", "" },
    { "<t/>", "" },
    { "<t>\n      第一段，中文。\n      <b>Bold</b> and\n\n  末段  </t>", "第一段，中文。\nBold and\n末段" },
    { "<t>a\n\n\n\nb   </t>", "a\nb" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) doc = parse_text (cases[i].xml, strlen (cases[i].xml), 1024, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = sb_xml_get_paragraphs (xmlDocGetRootElement (doc));
      g_assert_cmpstr (text, ==, cases[i].want);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/xml/size-limit", test_size_limit);
  g_test_add_func ("/xml/depth-limit", test_depth_limit);
  g_test_add_func ("/xml/text-limit", test_text_limit);
  g_test_add_func ("/xml/not-a-file", test_not_a_file);
  g_test_add_func ("/xml/paragraphs", test_paragraphs);
  return g_test_run ();
}
