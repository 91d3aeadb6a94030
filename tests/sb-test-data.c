/* sb-test-data.c — the bundled standard and the fixtures, loaded for a test
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-test-data.h"

/* The standard Scorebook ships; a test cannot go on without it. */
SbStandard *
sb_test_bundled_standard (void)
{
  g_autoptr(GError) error = NULL;
  SbStandard *standard = sb_standard_new_bundled (&error);

  g_assert_no_error (error);
  return standard;
}

/* @name under tests/fixtures, such as "standards/minimal.xml". */
char *
sb_test_fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("SB_FIXTURES"), name, NULL);
}

/* The assessment fixture @name, which must load. */
SbAssessment *
sb_test_load_fixture (SbStandard *standard,
                      const char *name)
{
  g_autofree char *path = sb_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SbAssessment *assessment = sb_assessment_file_load (standard, file, NULL, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

/* A copy of the fixture @name, called @as, alone in a new temporary
 * folder, for a test that writes to it; its path. */
char *
sb_test_copy_fixture (const char *name,
                      const char *as)
{
  g_autofree char *source = sb_test_fixture_path (name);
  g_autofree char *dir = g_dir_make_tmp ("sb-test-XXXXXX", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, as, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

/* Removes what sb_test_copy_fixture() made, with the backup a save left. */
void
sb_test_remove_copy (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (backup);
  g_remove (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define PNG "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01"
#define CUT HEAD "<assessment xmlns=\"urn:scorebook:assessment:1\" format=\"1\">\n  <applicant>深圳"

const SbTestBadFile sb_test_bad_files[] = {
  { "picture.scorebook", PNG, sizeof PNG - 1, ": ",
    "this is not a Scorebook assessment", "这不是评审工作台的评审文件" },
  { "letter.scorebook", "Dear committee,\n", 16, ": ",
    "this is not a Scorebook assessment", "这不是评审工作台的评审文件" },
  { "other.scorebook", HEAD "<html><body/></html>\n", sizeof HEAD + 21 - 1, ":2:1: ",
    "this is not a Scorebook assessment", "这不是评审工作台的评审文件" },
  { "cut.scorebook", CUT, sizeof CUT - 1, ":3:",
    "the file ends early at line 3", "文件在第 3 行提前结束" },
  /* The same, cut in the middle of a character. */
  { "cut-char.scorebook", CUT, sizeof CUT - 2, ":3:",
    "the file ends early at line 3", "文件在第 3 行提前结束" },
};

const guint sb_test_n_bad_files = G_N_ELEMENTS (sb_test_bad_files);

/* The permission bits of @path (a link followed) are @mode. */
void
sb_test_assert_mode (const char *path,
                     guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

/* The text of an assessment file of the bundled standard, a consensus,
 * with @root_extra in its root element and @body after its metadata. */
char *
sb_test_assessment_text (SbStandard *standard,
                         const char *root_extra,
                         const char *format,
                         const char *edition,
                         const char *body)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<assessment xmlns=\"urn:scorebook:assessment:1\" format=\"%s\" subject=\"organization\" kind=\"consensus\"%s>\n"
                          "  <standard id=\"szmqa-2019-social\" edition=\"%s\" sha256=\"%s\"/>\n"
                          "  <applicant>A</applicant>\n"
                          "  <examiner>E</examiner>\n"
                          "  <created>2026-03-02T09:30:00Z</created>\n"
                          "  <modified>2026-03-02T09:30:00Z</modified>\n"
                          "  <profile/>\n"
                          "%s"
                          "</assessment>\n",
                          format, root_extra, edition, sb_standard_get_content_hash (standard), body);
}
