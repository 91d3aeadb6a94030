/* test-assessment-file.c — the .scorebook file: round trips, kept content, failures, atomic saves
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-test-run.h"
#include "sb-test-data.h"

static const char *fixtures[] = {
  "assessment-full.scorebook",
  "assessment-partial.scorebook",
  "assessment-empty.scorebook",
  "assessment-consensus.scorebook",
};

/* A fixture with the hash of the bundled standard as it is now, so that an
 * edit to the standard's text does not break the byte comparisons. */
static GBytes *
fixture_bytes (SbStandard *standard,
               const char *name)
{
  g_autofree char *path = sb_test_fixture_path (name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;
  char *hash;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  text = g_string_new_len (contents, len);
  hash = strstr (text->str, "sha256=\"");
  g_assert_nonnull (hash);
  hash += strlen ("sha256=\"");
  memcpy (hash, sb_standard_get_content_hash (standard), 64);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("scorebook-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));
      g_assert_cmpstr (sa, ==, sb);
    }
}

/* Round trips */

static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) bytes = fixture_bytes (standard, name);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) saved = NULL;

  assessment = sb_assessment_file_load_bytes (standard, bytes, name, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_false (sb_assessment_get_dirty (assessment));

  again = sb_assessment_file_serialize (assessment);
  assert_bytes_equal (again, bytes);

  /* and through the disk */
  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);
  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (saved, bytes);

  g_unlink (path);
  g_rmdir (dir);
}

/* The window, export and command-line tests open the fixtures as they are
 * on disk, where a stale hash turns into a warning ("the text of the
 * standard has changed") that those tests do not expect: so every edit to
 * the bundled standard's text must carry the fixtures' hashes along. */
static void
test_fixture_hash (gconstpointer data)
{
  const char *name = data;
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *path = sb_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *hash = NULL;
  const char *start;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  start = strstr (contents, "sha256=\"");
  g_assert_nonnull (start);
  hash = g_strndup (start + strlen ("sha256=\""), 64);
  g_test_message ("%s names the standard by its sha256: after an edit to the bundled "
                  "standard, write its new sha256 into the fixtures (see HACKING.md)", name);
  g_assert_cmpstr (hash, ==, sb_standard_get_content_hash (standard));

  assessment = sb_assessment_file_load (standard, file, &warnings, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
}

static void
test_fixture_contents (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) bytes = fixture_bytes (standard, "assessment-full.scorebook");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment =
    sb_assessment_file_load_bytes (standard, bytes, "full", NULL, &error);
  SbScore score;

  g_assert_no_error (error);
  sb_assessment_get_score (assessment, NULL, &score);
  g_assert_cmpuint (score.n_rated, ==, 16);
  g_assert_cmpstr (sb_assessment_get_applicant (assessment), ==, "深圳市某某社区健康服务中心");
  g_assert_cmpint (sb_assessment_get_kind (assessment), ==, SB_ASSESSMENT_KIND_INDEPENDENT);
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==,
                   "Leaders review the direction every quarter & publish the results.");
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.2", SB_NOTE_STRENGTH, 1), ==,
                   "The plan is broken down into <team> targets.");
  g_assert_cmpstr (sb_assessment_get_note (assessment, "g1.1.2.1", SB_NOTE_EVIDENCE, 0), ==,
                   "访谈院长：每季度召开战略研讨会。\n会议纪要可查。");
  g_assert_cmpuint (sb_assessment_get_note_evidence (assessment, "g1.1.2.1", 2), ==, SB_EVIDENCE_OBSERVATION);
}

/* Text that needs escaping, odd white space and control characters. */
static void
test_awkward_text (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAssessment) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *texts[] = { "  leading and trailing  ", "a & b < c > d \"q\" 'a'", "line\r\nwindows\rmac",
                          "tab\there", "]]> <!-- not a comment -->", "😀 emoji and 汉字" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_STRENGTH, i, texts[i]);
  sb_assessment_insert_reference (assessment, "g2.2.1.1", 0, SB_EVIDENCE_DOCUMENT, " \"quoted\"\tsource\n");
  sb_assessment_set_profile (assessment, "\n\nprofile\n\n");

  bytes = sb_assessment_file_serialize (assessment);
  loaded = sb_assessment_file_load_bytes (standard, bytes, "awkward", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpstr (sb_assessment_get_note (loaded, "2.2.1", SB_NOTE_STRENGTH, i), ==, texts[i]);
  g_assert_cmpstr (sb_assessment_get_note (loaded, "g2.2.1.1", SB_NOTE_REFERENCE, 0), ==, " \"quoted\"\tsource\n");
  g_assert_cmpstr (sb_assessment_get_profile (loaded), ==, "\n\nprofile\n\n");
  again = sb_assessment_file_serialize (loaded);
  assert_bytes_equal (again, bytes);
}

/* A note that was added and never written is not saved as an empty
 * element: only what has something in it is read back. */
static void
test_blank_notes (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAssessment) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;

  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_STRENGTH, 0, "");
  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_STRENGTH, 1, " \n\t　");
  sb_assessment_insert_note (assessment, "2.2.1", SB_NOTE_STRENGTH, 2, "written");
  sb_assessment_insert_note (assessment, "g2.2.1.1", SB_NOTE_EVIDENCE, 0, "");
  g_assert_true (sb_note_is_blank (" \n\t　"));
  g_assert_false (sb_note_is_blank (" x "));
  g_assert_cmpuint (sb_assessment_count_written_notes (assessment, "2.2.1", SB_NOTE_STRENGTH), ==, 1);

  bytes = sb_assessment_file_serialize (assessment);
  xml = g_bytes_get_data (bytes, NULL);
  g_assert_null (strstr (xml, "<strength/>"));
  g_assert_null (strstr (xml, "<note/>"));
  g_assert_nonnull (strstr (xml, "<strength>written</strength>"));
  g_assert_null (strstr (xml, "g2.2.1.1"));

  loaded = sb_assessment_file_load_bytes (standard, bytes, "blank", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sb_assessment_get_n_notes (loaded, "2.2.1", SB_NOTE_STRENGTH), ==, 1);
  g_assert_cmpuint (sb_assessment_get_n_notes (loaded, "g2.2.1.1", SB_NOTE_EVIDENCE), ==, 0);
  again = sb_assessment_file_serialize (loaded);
  assert_bytes_equal (again, bytes);
}

/* Kept content */

/* Saves @assessment, reads the saved bytes back and saves again: the two
 * saves must be the same bytes. Returns the first. */
static GBytes *
save_twice (SbStandard   *standard,
            SbAssessment *assessment)
{
  GBytes *saved = sb_assessment_file_serialize (assessment);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) reloaded = sb_assessment_file_load_bytes (standard, saved, "saved.scorebook", NULL, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  again = sb_assessment_file_serialize (reloaded);
  assert_bytes_equal (again, saved);
  return saved;
}

/* A year before 1000 (a typo such as 0026, or 0999) is read, and written
 * back as the four-digit year a dateTime needs, so the file opens again
 * and a second save gives the same bytes. */
static void
test_early_years (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  const char *years[] = { "0999", "0026", "0001" };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *text = sb_test_assessment_text (standard, "", "1", "2019", "");
      g_autoptr(GString) edited = g_string_new (text);
      g_autofree char *created = g_strdup_printf ("<created>%s-03-02T09:30:00Z</created>", years[i]);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SbAssessment) loaded = NULL;

      g_string_replace (edited, "<created>2026-03-02T09:30:00Z</created>", created, 1);
      bytes = g_bytes_new (edited->str, edited->len);
      loaded = sb_assessment_file_load_bytes (standard, bytes, "early.scorebook", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_date_time_get_year (sb_assessment_get_created (loaded)), ==, atoi (years[i]));

      saved = save_twice (standard, loaded);
      g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), created));
    }
}

/* What Scorebook writes, it reads back to the same model, and a second
 * save writes the same bytes: for namespaces with awkward characters in
 * kept content, kept text, and unknown ids named like internal keys. */
static void
test_second_save_same (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  const struct
  {
    const char *format;
    const char *root_extra;
    const char *body;
    const char *expected;   /* in the saved bytes */
  } cases[] = {
    /* a kept element declaring a namespace with < in it */
    { "3", "", "  <f:x xmlns:f=\"urn:a&lt;b\" f:y=\"1\">t</f:x>\n", "xmlns:f=\"urn:a&lt;b\"" },
    /* & in a namespace of the root, in a format-1 file */
    { "1", " xmlns:e=\"urn:a&amp;b\"", "", "xmlns:e=\"urn:a&amp;b\"" },
    /* & in a kept element's namespace */
    { "3", "", "  <g:x xmlns:g=\"urn:c&amp;d\"/>\n", "xmlns:g=\"urn:c&amp;d\"" },
    /* kept text between elements of a newer format */
    { "3", "", "  <panel>\n    text of a newer version\n  </panel>\n  loose text\n", "loose text" },
    /* unknown ids that look like internal keys, with comments */
    { "1", "", "  <!-- at the root -->\n"
               "  <subitem id=\"meta/assessment\" band=\"process-1\" percent=\"10\">\n"
               "    <!-- in the sub-item -->\n"
               "    <strength>s</strength>\n"
               "  </subitem>\n", "<!-- at the root -->" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = sb_test_assessment_text (standard, cases[i].root_extra, cases[i].format, "2019", cases[i].body);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(SbAssessment) first = sb_assessment_file_load_bytes (standard, bytes, "a.scorebook", NULL, &error);
      g_autoptr(GBytes) saved = NULL;
      g_autofree char *saved_text = NULL;

      g_test_message ("case %u", i);
      g_assert_no_error (error);
      saved = save_twice (standard, first);
      saved_text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
      g_assert_nonnull (strstr (saved_text, cases[i].expected));
      if (strstr (cases[i].body, "in the sub-item"))
        {
          /* each comment once, where it was */
          const char *root = strstr (saved_text, "<!-- at the root -->");
          const char *inner = strstr (saved_text, "<!-- in the sub-item -->");

          g_assert_nonnull (inner);
          g_assert_null (strstr (root + 1, "<!-- at the root -->"));
          g_assert_null (strstr (inner + 1, "<!-- in the sub-item -->"));
          g_assert_true (root < strstr (saved_text, "<subitem"));
          g_assert_true (inner > strstr (saved_text, "<subitem"));
        }
    }
}

/* The limits Scorebook states hold, and their messages say which: a text
 * over 10 MB (libxml2 lets one long run through), and a name too long. */
static void
test_stated_limits (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *long_text = g_strnfill (11 * 1000 * 1000, 'a');
  g_autofree char *long_name = g_strnfill (100000, 'n');
  g_autofree char *body_text = g_strdup_printf ("  <subitem id=\"1.1.1\">\n    <strength>%s</strength>\n  </subitem>\n",
                                                long_text);
  g_autofree char *body_name = g_strdup_printf ("  <%s/>\n", long_name);
  g_autoptr(GString) split = g_string_new ("  <subitem id=\"1.1.1\">\n    <strength>");
  g_autofree char *body_attribute = g_strdup_printf ("  <x:y xmlns:x=\"urn:x\" note=\"%s\"/>\n", long_text);
  const char *bodies[3 + 1];
  const char *expected[] = { "the most Scorebook reads in one text",
                             "the name of an element or attribute is longer than 50000 characters",
                             "the most Scorebook reads in one text",
                             "the most Scorebook reads in one text" };

  /* the same length, in pieces between character references */
  for (guint i = 0; i < 11; i++)
    {
      g_string_append_len (split, long_text, 1000 * 1000);
      g_string_append (split, "&amp;");
    }
  g_string_append (split, "</strength>\n  </subitem>\n");
  bodies[0] = body_text;
  bodies[1] = body_name;
  bodies[2] = split->str;
  bodies[3] = body_attribute;

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autofree char *text = sb_test_assessment_text (standard, "", "3", "2019", bodies[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "big.scorebook", NULL, &error);

      if (assessment != NULL)
        g_error ("case %u loaded", i);
      g_assert_nonnull (error);
      if (strstr (error->message, expected[i]) == NULL)
        g_error ("“%s” does not say “%s”", error->message, expected[i]);
    }
}

/* A wrong value is blamed on its own attribute, at its line and column,
 * with what would be right; never on another attribute in the schema's
 * words, nor without a place. */
static void
test_values_blamed_right (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *long_id = g_strnfill (65, 'x');
  const char *percents[] = { "-5", "abc", "1e400", "101", "65.0" };

  for (guint i = 0; i < G_N_ELEMENTS (percents) + 1; i++)
    {
      g_autofree char *body = i < G_N_ELEMENTS (percents)
        ? g_strdup_printf ("  <subitem id=\"1.1.1\" band=\"process-4\" percent=\"%s\"/>\n", percents[i])
        : g_strdup_printf ("  <subitem id=\"%s\" band=\"process-4\" percent=\"65\"/>\n", long_id);
      g_autofree char *text = sb_test_assessment_text (standard, "", "1", "2019", body);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "v.scorebook", NULL, &error);
      g_autofree char *expected = i < G_N_ELEMENTS (percents)
        ? g_strdup_printf ("v.scorebook:9:40: the percent “%s” of 1.1.1 is not a whole number from 0 to 100", percents[i])
        : g_strdup ("v.scorebook:9:12: the id “xxxxxxxx");

      g_assert_null (assessment);
      if (strstr (error->message, expected) == NULL)
        g_error ("“%s” does not say “%s”", error->message, expected);
      g_assert_null (strstr (error->message, "Invalid attribute"));
    }
}

static void
test_newer_format (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text =
    sb_test_assessment_text (standard, " xmlns:x=\"urn:example:extension\" x:team=\"blue\" review-round=\"3\"", "3", "2019",
                             "  <panel chair=\"Zhang\">\n"
                             "    <member>Li</member>\n"
                             "  </panel>\n"
                             "  <subitem id=\"1.1.1\" band=\"process-4\" percent=\"65\" confidence=\"high\">\n"
                             "    <strength id=\"n1\" author=\"Li\">Good &amp; clear.</strength>\n"
                             "    <!-- checked twice -->\n"
                             "    <point id=\"g1.1.1.1\">\n"
                             "      <note id=\"n2\">Seen.</note>\n"
                             "      <x:photo href=\"img/1.jpg\"/>\n"
                             "    </point>\n"
                             "    <weight>2</weight>\n"
                             "  </subitem>\n"
                             "  <subitem id=\"9.9.9\" band=\"process-1\" percent=\"10\">\n"
                             "    <strength id=\"n3\">Kept.</strength>\n"
                             "    <point id=\"g9.9.9.1\">\n"
                             "      <note id=\"n4\">Also kept.</note>\n"
                             "    </point>\n"
                             "  </subitem>\n");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "newer.scorebook", &warnings, &error);
  g_autoptr(GBytes) again = NULL;
  g_auto(GStrv) unknown = NULL;
  SbScore score;

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (warnings->pdata[0], "newer version of Scorebook (format 3)"));
  g_assert_nonnull (strstr (warnings->pdata[1], "9.9.9, g9.9.9.1"));
  g_assert_cmpstr (sb_assessment_get_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), ==, "Good & clear.");
  sb_assessment_get_score (assessment, NULL, &score);
  g_assert_cmpint (score.points, ==, SB_POINTS (19) + SB_POINTS_SCALE / 2);  /* 9.9.9 is not counted */
  unknown = sb_assessment_dup_unknown_ids (assessment);
  g_assert_cmpuint (g_strv_length (unknown), ==, 2);

  again = sb_assessment_file_serialize (assessment);
  assert_bytes_equal (again, bytes);

  /* and kept through an edit elsewhere */
  sb_assessment_set_rating (assessment, "1.1.2", "process-2", 30, NULL);
  g_clear_pointer (&again, g_bytes_unref);
  again = sb_assessment_file_serialize (assessment);
  g_assert_nonnull (strstr (g_bytes_get_data (again, NULL), "<x:photo href=\"img/1.jpg\"/>"));
  g_assert_nonnull (strstr (g_bytes_get_data (again, NULL), "<strength id=\"n1\" author=\"Li\">"));
  g_assert_nonnull (strstr (g_bytes_get_data (again, NULL), "<subitem id=\"9.9.9\" band=\"process-1\" percent=\"10\">"));
}

static void
test_comments_kept (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text = sb_test_assessment_text (standard, "", "1", "2019",
                                                   "  <!-- reviewed by the panel -->\n"
                                                   "  <subitem id=\"2.3.1\" band=\"process-2\" percent=\"25\"/>\n");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "c", NULL, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  again = sb_assessment_file_serialize (assessment);
  assert_bytes_equal (again, bytes);
}

static void
test_other_edition (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text = sb_test_assessment_text (standard, "", "1", "2016",
                                                   "  <subitem id=\"1.1.1\" band=\"process-2\" percent=\"25\"/>\n");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment =
    sb_assessment_file_load_bytes (standard, bytes, "old.scorebook", &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (warnings->pdata[0], "old.scorebook: this assessment was made for edition 2016"));
  g_assert_true (sb_assessment_get_rating (assessment, "1.1.1", NULL, NULL));
}

/* Failures */

typedef struct
{
  const char *name;
  const char *body;       /* inside the standard document; NULL: @raw */
  const char *raw;
  int         code;
  const char *message;    /* expected in the error */
} FailureCase;

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

static const FailureCase failure_cases[] = {
  { "empty", NULL, "", SB_ASSESSMENT_FILE_ERROR_MALFORMED, "bad.scorebook: the file is empty" },
  { "not-xml", NULL, "hello", SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT,
    "bad.scorebook: this is not a Scorebook assessment: it is another kind of file" },
  { "png", NULL, "\x89PNG\r\n\x1a\n", SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT,
    "bad.scorebook: this is not a Scorebook assessment: it is another kind of file" },
  { "not-utf8", NULL, HEAD "<assessment>\xff</assessment>", SB_ASSESSMENT_FILE_ERROR_MALFORMED,
    "bad.scorebook:2:13: the file is not valid UTF-8" },
  { "truncated", NULL, HEAD "<assessment xmlns=\"urn:scorebook:assessment:1\" format=\"1\">\n  <standard",
    SB_ASSESSMENT_FILE_ERROR_MALFORMED, "bad.scorebook:3:12: the file ends early at line 3" },
  { "truncated-in-text", NULL, HEAD "<assessment xmlns=\"urn:scorebook:assessment:1\" format=\"1\">\n"
    "  <applicant>深圳\n", SB_ASSESSMENT_FILE_ERROR_MALFORMED, "the file ends early at line " },
  { "mismatched-at-end", NULL, HEAD "<assessment xmlns=\"urn:scorebook:assessment:1\" format=\"1\">\n</assesment>\n",
    SB_ASSESSMENT_FILE_ERROR_MALFORMED, "bad.scorebook:3:13: not well-formed XML" },
  { "doctype", NULL, HEAD "<!DOCTYPE x [<!ENTITY a \"b\">]>\n<assessment/>", SB_ASSESSMENT_FILE_ERROR_MALFORMED,
    "DOCTYPE" },
  { "standard-file", NULL, HEAD "<standard xmlns=\"urn:scorebook:standard:1\"/>",
    SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT,
    "bad.scorebook:2:1: this is not a Scorebook assessment: it is a file of another kind" },
  { "incompatible", NULL, HEAD "<assessment xmlns=\"urn:scorebook:assessment:2\"/>",
    SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT, "open it with a newer Scorebook" },
  { "unknown-in-format-1", "  <panel/>\n", NULL, SB_ASSESSMENT_FILE_ERROR_SCHEMA,
    "bad.scorebook:9:3: does not fit the format" },
  { "percent-over-100", "  <subitem id=\"1.1.1\" band=\"process-5\" percent=\"105\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_SCHEMA, "bad.scorebook:9:" },
  { "percent-outside-band", "  <subitem id=\"1.1.1\" band=\"process-1\" percent=\"25\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID,
    "bad.scorebook:9:40: 25% is not a rating the band “process-1” allows: it allows 0% to 20% in steps of 5" },
  { "percent-off-step", "  <subitem id=\"1.1.1\" band=\"process-2\" percent=\"33\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID, "33% is not a rating the band “process-2” allows" },
  { "band-not-in-guide", "  <subitem id=\"1.1.1\" band=\"results-3\" percent=\"50\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID,
    "bad.scorebook:9:23: 1.1.1 is scored with the guide “process”, which has no band “results-3”" },
  { "item-rated", "  <subitem id=\"1.1\" band=\"process-3\" percent=\"50\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID, "“1.1” is not a scored part of the standard (it is of the kind “item”)" },
  { "twice", "  <subitem id=\"1.1.1\"/>\n  <subitem id=\"1.1.1\"/>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID, "bad.scorebook:10:12: “1.1.1” appears a second time; it was first on line 9" },
  { "point-elsewhere", "  <subitem id=\"1.1.1\">\n    <point id=\"g1.1.2.1\"/>\n  </subitem>\n", NULL,
    SB_ASSESSMENT_FILE_ERROR_INVALID, "the guidance point “g1.1.2.1” belongs to 1.1.2, not to 1.1.1" },
  { "evidence-kind", "  <subitem id=\"1.1.1\">\n    <point id=\"g1.1.1.1\">\n      <evidence kind=\"rumour\">x</evidence>\n"
    "    </point>\n  </subitem>\n", NULL, SB_ASSESSMENT_FILE_ERROR_SCHEMA, "bad.scorebook:11:" },
};

static void
test_failure (gconstpointer data)
{
  const FailureCase *c = data;
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text = c->body ? sb_test_assessment_text (standard, "", "1", "2019", c->body) : g_strdup (c->raw);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbAssessment) assessment =
    sb_assessment_file_load_bytes (standard, bytes, "bad.scorebook", &warnings, &error);

  g_assert_null (assessment);
  g_assert_null (warnings);
  g_assert_error (error, SB_ASSESSMENT_FILE_ERROR, c->code);
  if (strstr (error->message, c->message) == NULL)
    {
      g_test_message ("“%s” is not in the message “%s”", c->message, error->message);
      g_test_fail ();
    }
}

static void
test_read_failures (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;

  g_assert_null (sb_assessment_file_load (standard, file, NULL, NULL, &error));
  g_assert_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.scorebook: there is no such file"));
  g_clear_error (&error);

  g_assert_null (sb_assessment_file_load (standard, folder, NULL, NULL, &error));
  g_assert_error (error, SB_ASSESSMENT_FILE_ERROR, SB_ASSESSMENT_FILE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "this is a folder"));
  g_rmdir (dir);
}

/* What is not an ordinary file is refused unread, under any name: a link
 * to /dev/zero would fill memory, a FIFO would wait for ever, and the
 * standard loader reads files the same way. */
static void
test_not_a_file (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *zero = g_build_filename (dir, "zero.scorebook", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.scorebook", NULL);
  const char *paths[] = { zero, fifo };

  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SbStandard) other = NULL;

      g_assert_null (sb_assessment_file_load (standard, file, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "not an ordinary file but a device, a pipe or a socket"));
      g_assert_nonnull (strstr (error->message, paths[i]));
      g_clear_error (&error);

      other = sb_standard_new_from_file (file, NULL, &error);
      g_assert_null (other);
      g_assert_nonnull (strstr (error->message, "not an ordinary file"));
      g_unlink (paths[i]);
    }
  g_rmdir (dir);
}

/* Saving */

static void
test_save_permissions (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) full = fixture_bytes (standard, "assessment-full.scorebook");
  g_autoptr(GBytes) empty = fixture_bytes (standard, "assessment-empty.scorebook");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, full, "full", NULL, &error);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.scorebook", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) backed_up = NULL;
  GStatBuf st;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  sb_assessment_set_applicant (assessment, "changed");
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (sb_assessment_get_dirty (assessment));
  g_assert_true (sb_assessment_get_file (assessment) == file || g_file_equal (sb_assessment_get_file (assessment), file));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* the second save keeps the first as a backup, still private */
  g_assert_true (sb_assessment_file_write (file, empty, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  on_disk = g_file_load_bytes (file, NULL, NULL, &error);
  assert_bytes_equal (on_disk, empty);
  {
    g_autoptr(GFile) b = g_file_new_for_path (backup);
    backed_up = g_file_load_bytes (b, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (g_bytes_get_data (backed_up, NULL), "<applicant>changed</applicant>"));
  }

  /* nothing else is left beside it */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Saving into a folder the user may not write to. Root may write
 * anywhere, so as root the save runs in a child that gives that up. */
static void
save_read_only (const char *dir,
                GString    *message)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autofree char *path = g_build_filename (dir, "a.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  sb_assessment_set_applicant (assessment, "unsaved work");
  if (sb_assessment_file_save (assessment, file, NULL, &error))
    g_string_append (message, "saved");
  else
    g_string_append_printf (message, "%d %s", error->code, error->message);
  /* what is in memory is untouched, so it can be saved elsewhere */
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_null (sb_assessment_get_file (assessment));
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autoptr(GString) message = g_string_new (NULL);

  g_chmod (dir, 0755);
  g_mkdir (locked, 0555);
  g_chmod (locked, 0555);
  if (geteuid () == 0)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                "/proc/self/exe", "--save-as-nobody", locked, NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_string_append (message, out);
    }
  else
    save_read_only (locked, message);

  if (strstr (message->str, "may not write here") == NULL)
    g_error ("unexpected: %s", message->str);
  g_assert_true (g_str_has_prefix (message->str, "7 "));  /* SB_ASSESSMENT_FILE_ERROR_PERMISSION */
  g_rmdir (locked);
  g_rmdir (dir);
}

/* A full disk, made as a small tmpfs in a mount namespace of a child
 * process; skipped where the system does not allow that. */
static int
disk_full_child (const char *dir)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) full = fixture_bytes (standard, "assessment-full.scorebook");
  g_autoptr(GBytes) empty = fixture_bytes (standard, "assessment-empty.scorebook");
  g_autofree char *path = g_build_filename (dir, "a.scorebook", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GBytes) after = NULL;
  FILE *f;
  char block[1024] = { 0 };

  if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700") != 0)
    {
      g_print ("skip %s\n", g_strerror (errno));
      return 0;
    }
  g_assert_true (sb_assessment_file_write (file, empty, FALSE, NULL, &error));
  g_assert_no_error (error);
  f = fopen (filler, "w");
  while (fwrite (block, 1, sizeof block, f) == sizeof block && fflush (f) == 0)
    ;
  fclose (f);

  assessment = sb_assessment_file_load_bytes (standard, full, "full", NULL, &error);
  g_assert_no_error (error);
  sb_assessment_set_examiner (assessment, "unsaved work");
  g_assert_false (sb_assessment_file_save (assessment, file, NULL, &error));
  g_print ("%d %s\n", error->code, error->message);
  g_clear_error (&error);
  after = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (after, empty);
  /* the work is still in memory, unsaved, to be saved elsewhere */
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_assert_cmpstr (sb_assessment_get_examiner (assessment), ==, "unsaved work");
  return 0;
}

static void
test_disk_full (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "/proc/self/exe", "--disk-full", dir, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  g_rmdir (dir);
  if (g_str_has_prefix (out, "skip"))
    {
      g_test_skip (out);
      return;
    }
  g_assert_true (g_str_has_prefix (out, "6 "));  /* SB_ASSESSMENT_FILE_ERROR_NO_SPACE */
  g_assert_nonnull (strstr (out, "a.scorebook: the disk is full"));
}

/* Killing a writer */

/* Saves two different assessments over @path in turns, forever; with
 * @create, removes the file before each save so the new-file path runs. */
static int
save_loop_child (const char *path,
                 gboolean    create)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) full = fixture_bytes (standard, "assessment-full.scorebook");
  g_autoptr(GBytes) partial = fixture_bytes (standard, "assessment-partial.scorebook");
  g_autoptr(SbAssessment) a = sb_assessment_file_load_bytes (standard, full, "full", NULL, NULL);
  g_autoptr(SbAssessment) b = sb_assessment_file_load_bytes (standard, partial, "partial", NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint64 i = 0; ; i++)
    {
      g_autoptr(GError) error = NULL;

      if (create)
        g_unlink (path);
      if (!sb_assessment_file_save (i % 2 ? b : a, file, NULL, &error))
        g_error ("%s", error->message);
      if (i == 0)
        {
          g_print ("ready\n");
          fflush (stdout);
        }
    }
  return 0;
}

static void
test_kill_while_saving (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(GBytes) full = fixture_bytes (standard, "assessment-full.scorebook");
  g_autoptr(GBytes) partial = fixture_bytes (standard, "assessment-partial.scorebook");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "target.scorebook", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_complete = 0;

  for (guint round = 0; round < 40; round++)
    {
      gboolean create = round % 4 == 3;
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autofree char *line = NULL;
      g_autoptr(GBytes) bytes = NULL;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "/proc/self/exe",
                                create ? "--create-loop" : "--save-loop", path, NULL);
      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "ready");

      /* Vary the moment, so that kills land in every part of a save. */
      g_usleep ((round * 7919) % 20000);
      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child));
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

      if (create && !g_file_test (path, G_FILE_TEST_EXISTS))
        continue;  /* killed before the first rename: no file, never half a one */
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (bytes, full) || g_bytes_equal (bytes, partial));
      {
        g_autoptr(SbAssessment) loaded = sb_assessment_file_load (standard, file, NULL, NULL, &error);
        g_assert_no_error (error);
        g_assert_nonnull (loaded);
      }
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GFile) b = g_file_new_for_path (backup);
          g_autoptr(GBytes) kept = g_file_load_bytes (b, NULL, NULL, &error);

          g_assert_no_error (error);
          g_assert_true (g_bytes_equal (kept, full) || g_bytes_equal (kept, partial));
        }
      n_complete++;
    }
  g_assert_cmpuint (n_complete, >, 0);

  /* clean up, stray temporary files included */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (dir);
}

/* The command line */

static void
test_cli_scores (void)
{
  g_autofree char *partial = sb_test_fixture_path ("assessment-partial.scorebook");
  g_autofree char *empty = sb_test_fixture_path ("assessment-empty.scorebook");
  g_auto(SbTestRun) run = { 0 };
  g_auto(GStrv) rows = NULL;

  sb_test_run_scorebook (&run, "--scores", partial, NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 28 + 1);
  g_assert_cmpstr (rows[0], ==, "1\tcategory\t120\t\t21.3\t25.5");
  g_assert_cmpstr (rows[2], ==, "1.1.1\tsubitem\t30\tprocess-4\t65\t19.5");
  g_assert_cmpstr (rows[5], ==, "1.2.1\tsubitem\t40\t\t\t");             /* unrated: no points, never 0 */
  g_assert_cmpstr (rows[10], ==, "2.1.2\tsubitem\t15\tprocess-3\t45\t6.75"); /* exact, never 6.8 */
  g_assert_cmpstr (rows[22], ==, "3.2.1\tsubitem\t50\tresults-1\t0\t0");   /* rated 0 % */
  g_assert_cmpstr (rows[27], ==, "total\ttotal\t500\t\t6.5\t32.25");
  sb_test_run_clear (&run);

  sb_test_run_scorebook (&run, "--scores", empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, "total\ttotal\t500\t\t\t\n"));
}

static void
test_cli_validate (void)
{
  g_autofree char *full = sb_test_fixture_path ("assessment-full.scorebook");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *bad = g_build_filename (dir, "bad.scorebook", NULL);
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text = sb_test_assessment_text (standard, "", "1", "2019",
                                                   "  <subitem id=\"1.1.1\" band=\"process-1\" percent=\"25\"/>\n");
  g_auto(SbTestRun) run = { 0 };

  sb_test_run_scorebook (&run, "--validate", full, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "a valid assessment on “szmqa-2019-social”, 16 of 16 sub-items rated"));
  sb_test_run_clear (&run);

  g_file_set_contents (bad, text, -1, NULL);
  sb_test_run_scorebook (&run, "--validate", full, bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "bad.scorebook:9:40: 25% is not a rating"));
  g_unlink (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The helpers that the tests run as child processes. */
  if (argc == 3 && strcmp (argv[1], "--save-loop") == 0)
    return save_loop_child (argv[2], FALSE);
  if (argc == 3 && strcmp (argv[1], "--create-loop") == 0)
    return save_loop_child (argv[2], TRUE);
  if (argc == 3 && strcmp (argv[1], "--disk-full") == 0)
    return disk_full_child (argv[2]);
  if (argc == 3 && strcmp (argv[1], "--save-as-nobody") == 0)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      if (setgid (65534) != 0 || setuid (65534) != 0)
        g_error ("cannot drop privileges: %s", g_strerror (errno));
      save_read_only (argv[2], message);
      g_print ("%s", message->str);
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment-file/round-trip/%s", fixtures[i]);
      g_test_add_data_func (path, fixtures[i], test_round_trip);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment-file/fixture-hash/%s", fixtures[i]);
      g_test_add_data_func (path, fixtures[i], test_fixture_hash);
    }
  g_test_add_func ("/assessment-file/fixture-contents", test_fixture_contents);
  g_test_add_func ("/assessment-file/awkward-text", test_awkward_text);
  g_test_add_func ("/assessment-file/blank-notes", test_blank_notes);
  g_test_add_func ("/assessment-file/early-years", test_early_years);
  g_test_add_func ("/assessment-file/newer-format", test_newer_format);
  g_test_add_func ("/assessment-file/stated-limits", test_stated_limits);
  g_test_add_func ("/assessment-file/values-blamed-right", test_values_blamed_right);
  g_test_add_func ("/assessment-file/second-save-same", test_second_save_same);
  g_test_add_func ("/assessment-file/comments-kept", test_comments_kept);
  g_test_add_func ("/assessment-file/other-edition", test_other_edition);
  for (guint i = 0; i < G_N_ELEMENTS (failure_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/assessment-file/failure/%s", failure_cases[i].name);
      g_test_add_data_func (path, &failure_cases[i], test_failure);
    }
  g_test_add_func ("/assessment-file/read-failures", test_read_failures);
  g_test_add_func ("/assessment-file/not-a-file", test_not_a_file);
  g_test_add_func ("/assessment-file/save-permissions", test_save_permissions);
  g_test_add_func ("/assessment-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/assessment-file/disk-full", test_disk_full);
  g_test_add_func ("/assessment-file/kill-while-saving", test_kill_while_saving);
  g_test_add_func ("/assessment-file/cli-scores", test_cli_scores);
  g_test_add_func ("/assessment-file/cli-validate", test_cli_validate);
  return g_test_run ();
}
