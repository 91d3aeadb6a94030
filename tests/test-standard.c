/* test-standard.c — the standard loader: the bundled standard, other standards, and every bad input
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-standard.h"
#include "sb-xml.h"
#include "sb-test-data.h"

/* A standard among the fixtures. */
static char *
fixture_path (const char *name)
{
  g_autofree char *relative = g_build_filename ("standards", name, NULL);

  return sb_test_fixture_path (relative);
}

static char *
read_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static SbStandard *
load_text (const char  *text,
           gsize        len,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);
  return sb_standard_new_from_bytes (bytes, "test.xml", error);
}

static void
test_bundled_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_bundled (&error);
  GListModel *criteria;
  guint n_items = 0;

  g_assert_no_error (error);
  g_assert_nonnull (standard);

  g_assert_cmpstr (sb_standard_get_id (standard), ==, "szmqa-2019-social");
  g_assert_cmpstr (sb_standard_get_edition (standard), ==, "2019");
  g_assert_cmpint (sb_standard_get_total (standard), ==, SB_POINTS (500));
  g_assert_cmpuint (sb_standard_get_scored_nodes (standard)->len, ==, 16);
  g_assert_cmpuint (sb_standard_count_points (standard), ==, 50);
  g_assert_cmpuint (sb_standard_get_nodes (standard)->len, ==, 27);

  criteria = sb_standard_get_criteria (standard);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 3);
  {
    const SbPoints expected[] = { SB_POINTS (120), SB_POINTS (130), SB_POINTS (250) };
    const char *titles[] = { "高标准定位", "高质量运营", "高绩效结果" };

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(SbNode) dimension = g_list_model_get_item (criteria, i);
        g_assert_cmpint (sb_node_get_points (dimension), ==, expected[i]);
        g_assert_cmpstr (sb_text_get (sb_node_get_title (dimension), SB_LANG_ZH), ==, titles[i]);
        g_assert_cmpstr (sb_node_get_kind (dimension), ==, "category");
        n_items += g_list_model_get_n_items (sb_node_get_children (dimension));
      }
  }
  g_assert_cmpuint (n_items, ==, 8);

  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_guides (standard)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_glossary (standard)), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_references (standard)), ==, 10);
  g_assert_nonnull (sb_standard_get_profile (standard));
  g_assert_cmpuint (g_list_model_get_n_items (sb_section_get_children (sb_standard_get_profile (standard))), ==, 2);
  g_assert_nonnull (sb_standard_get_principles (standard));
  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_front (standard)), ==, 3);
  {
    g_autoptr(SbSection) values = g_list_model_get_item (sb_standard_get_front (standard), 2);
    g_assert_cmpstr (sb_section_get_id (values), ==, "core-values");
    g_assert_cmpuint (g_list_model_get_n_items (sb_section_get_children (values)), ==, 6);
  }
  g_assert_cmpuint (strlen (sb_standard_get_content_hash (standard)), ==, 64);
}

static gpointer
ask_content_hash (gpointer standard)
{
  return (gpointer) sb_standard_get_content_hash (standard);
}

/* The content hash is the SHA-256 of the bytes loaded, though it is worked
 * out only when first asked for, after the caller has let the bytes go; and
 * threads asking at once all get the one string kept. */
static void
test_content_hash (void)
{
  g_autofree char *text = read_fixture ("minimal.xml");
  g_autofree char *want = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) loaded = load_text (text, strlen (text), &error);
  GThread *threads[4];
  const char *first;

  g_assert_no_error (error);
  memset (text, 'x', strlen (text));  /* the caller's copy is gone */
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("hash", ask_content_hash, loaded);
  first = g_thread_join (threads[0]);
  g_assert_cmpstr (first, ==, want);
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (g_thread_join (threads[i]) == first);
  g_assert_true (sb_standard_get_content_hash (loaded) == first);
}

/* Which guide each sub-item uses follows the seed's 方法 column. */
static void
test_bundled_guides (void)
{
  g_autoptr(SbStandard) standard = sb_standard_new_bundled (NULL);
  GPtrArray *scored = sb_standard_get_scored_nodes (standard);

  for (guint i = 0; i < scored->len; i++)
    {
      SbNode *node = scored->pdata[i];
      const char *want = sb_node_get_id (node)[0] == '3' ? "results" : "process";

      g_assert_cmpstr (sb_node_get_kind (node), ==, "subitem");
      g_assert_cmpstr (sb_guide_get_id (sb_node_get_guide (node)), ==, want);
    }

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(SbGuide) guide = g_list_model_get_item (sb_standard_get_guides (standard), g);
      GListModel *bands = sb_guide_get_bands (guide);

      g_assert_cmpuint (g_list_model_get_n_items (bands), ==, 5);
      for (guint b = 0; b < 5; b++)
        {
          g_autoptr(SbBand) band = g_list_model_get_item (bands, b);
          g_assert_cmpuint (sb_band_get_min (band), ==, b * 20);
          g_assert_cmpuint (sb_band_get_max (band), ==, b * 20 + 20);
          g_assert_cmpuint (sb_band_get_descriptors (band)->len, ==, g == 0 ? 4 : 1);
          g_assert_cmpuint (sb_text_get_n_langs (sb_band_get_level (band)), ==, g == 0 ? 2 : 0);
        }
    }
  {
    SbGuide *process = sb_standard_lookup_guide (standard, "process");
    g_assert_cmpuint (sb_band_get_min (sb_guide_band_for_percent (process, 0)), ==, 0);
    g_assert_cmpuint (sb_band_get_min (sb_guide_band_for_percent (process, 20)), ==, 20);
    g_assert_cmpuint (sb_band_get_min (sb_guide_band_for_percent (process, 65)), ==, 60);
    g_assert_cmpuint (sb_band_get_min (sb_guide_band_for_percent (process, 100)), ==, 80);
  }
}

static void
check_text (const SbText *text,
            const char   *what)
{
  const char *zh = sb_text_lookup (text, SB_LANG_ZH);
  const char *en = sb_text_lookup (text, SB_LANG_EN);

  if (zh == NULL || en == NULL || *zh == '\0' || *en == '\0')
    g_error ("%s lacks a language", what);
  /* The English must be English: no CJK ideographs left untranslated. */
  for (const char *p = en; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      g_error ("%s: the English text holds Chinese: %s", what, en);
}

static void
check_sections (GListModel *sections)
{
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(SbSection) section = g_list_model_get_item (sections, i);
      /* References have a number and a text but no title. */
      if (sb_text_get_n_langs (sb_section_get_title (section)) > 0 || !g_str_has_prefix (sb_section_get_id (section), "ref-"))
        check_text (sb_section_get_title (section), sb_section_get_id (section));
      check_text (sb_section_get_body (section), sb_section_get_id (section));
      check_sections (sb_section_get_children (section));
    }
}

/* Every text of the bundled standard is there in Chinese and in English. */
static void
test_bundled_both_languages (void)
{
  g_autoptr(SbStandard) standard = sb_standard_new_bundled (NULL);
  GPtrArray *nodes = sb_standard_get_nodes (standard);

  check_text (sb_standard_get_title (standard), "title");
  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = nodes->pdata[i];
      GListModel *points = sb_node_get_guidance (node);

      check_text (sb_node_get_title (node), sb_node_get_id (node));
      if (g_str_equal (sb_node_get_kind (node), "category"))
        check_text (sb_node_get_explanation (node), sb_node_get_id (node));
      else
        check_text (sb_node_get_keypoint (node), sb_node_get_id (node));
      if (g_str_equal (sb_node_get_kind (node), "item"))
        check_text (sb_node_get_requirement (node), sb_node_get_id (node));
      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (points, p);
          check_text (sb_guidance_point_get_text (point), sb_guidance_point_get_id (point));
          g_assert_true (sb_guidance_point_get_node (point) == node);
        }
    }
  check_sections (sb_standard_get_front (standard));
  check_sections (sb_standard_get_rules (standard));
  check_sections (sb_standard_get_glossary (standard));
  check_sections (sb_standard_get_references (standard));
}

/* The numbering of the 50 guidance points is the seed's. */
static void
test_bundled_point_numbers (void)
{
  g_autoptr(SbStandard) standard = sb_standard_new_bundled (NULL);
  const char *single[] = { "3.2.1", "3.2.2", "3.3.2" };
  SbGuidancePoint *point;

  point = sb_standard_lookup_point (standard, "g1.1.1.1");
  g_assert_nonnull (point);
  g_assert_cmpstr (sb_guidance_point_get_number (point), ==, "1.1.1.1");
  g_assert_true (g_str_has_prefix (sb_text_get (sb_guidance_point_get_text (point), SB_LANG_ZH), "领导带领组织"));

  point = sb_standard_lookup_point (standard, "g3.1.1.1");
  g_assert_cmpstr (sb_text_get (sb_guidance_point_get_title (point), SB_LANG_ZH), ==, "守法合规治理与团队建设结果");

  /* 3.1.2.2 has two paragraphs. */
  point = sb_standard_lookup_point (standard, "g3.1.2.2");
  g_assert_nonnull (strchr (sb_text_get (sb_guidance_point_get_text (point), SB_LANG_ZH), '\n'));

  for (guint i = 0; i < G_N_ELEMENTS (single); i++)
    {
      SbNode *node = sb_standard_lookup_node (standard, single[i]);
      g_autoptr(SbGuidancePoint) only = g_list_model_get_item (sb_node_get_guidance (node), 0);

      g_assert_cmpuint (g_list_model_get_n_items (sb_node_get_guidance (node)), ==, 1);
      g_assert_cmpstr (sb_guidance_point_get_number (only), ==, single[i]);
    }
}

/* Another standard in the same format: other depth, other kinds, three
 * guides, uneven bands, decimal points, points left to be summed. */
static void
test_other_standard (void)
{
  g_autofree char *path = fixture_path ("minimal.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_from_file (file, NULL, &error);
  SbNode *chapter, *clause;

  g_assert_no_error (error);
  g_assert_cmpint (sb_standard_get_total (standard), ==, SB_POINTS (100));
  g_assert_cmpuint (sb_standard_get_scored_nodes (standard)->len, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (sb_standard_get_guides (standard)), ==, 3);

  chapter = sb_standard_lookup_node (standard, "A.1");
  g_assert_false (sb_node_is_scored (chapter));
  g_assert_cmpint (sb_node_get_points (chapter), ==, SB_POINTS (40));
  clause = sb_standard_lookup_node (standard, "A.1.1.a");
  g_assert_cmpuint (sb_node_get_depth (clause), ==, 3);
  g_assert_cmpint (sb_node_get_points (clause), ==, 195000);
  g_assert_true (sb_node_get_parent (sb_node_get_parent (clause)) == chapter);
  g_assert_cmpstr (sb_node_get_kind (clause), ==, "clause");
  {
    SbGuide *deployment = sb_standard_lookup_guide (standard, "deployment");
    g_assert_cmpstr (sb_band_get_id (sb_guide_band_for_percent (deployment, 30)), ==, "deployment-2");
    g_assert_cmpstr (sb_band_get_id (sb_guide_band_for_percent (deployment, 25)), ==, "deployment-1");
  }
}

typedef struct
{
  const char *name;
  const char *find;         /* replaced in minimal.xml; NULL: use document */
  const char *replace;
  const char *document;     /* a whole document, when find is NULL */
  GQuark    (*domain) (void);
  int         code;
  const char *message;      /* expected, as a substring */
} BadCase;

static const BadCase bad_cases[] = {
  { "points-overflow-child", "id=\"A.2\" number=\"A.2\" kind=\"chapter\" points=\"20\"",
    "id=\"A.2\" number=\"A.2\" kind=\"chapter\" points=\"25\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID,
    "test.xml:32:50: chapter A.2 has 25 points but its part A leaves room for 20" },
  { "points-short", "id=\"B.1\" number=\"B.1\" kind=\"chapter\" points=\"40\"",
    "id=\"B.1\" number=\"B.1\" kind=\"chapter\" points=\"30\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "part B has 40 points but its parts add up to only 30" },
  { "total-mismatch", "<criteria points=\"100\">", "<criteria points=\"90\">", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID,
    "test.xml:8:13: the criteria are worth 90 points in all, but their top-level nodes add up to 100" },
  { "duplicate-id", "id=\"B.1\"", "id=\"A.2\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "the id “A.2” is already used on line 32" },
  { "unknown-guide", "guide=\"results\"", "guide=\"outcomes\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "uses the scoring guide “outcomes”, which the standard does not define" },
  { "band-gap", "<band id=\"deployment-2\" min=\"30\"", "<band id=\"deployment-2\" min=\"40\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID,
    "guide deployment has a gap: no band holds 35%, between band deployment-1 (to 30%) and band deployment-2 (from 40%)" },
  { "band-gap-in-step", "<guide id=\"deployment\" kind=\"process\">", "<guide id=\"deployment\" kind=\"process\" step=\"10\">", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "band deployment-2 runs from 30% to 65%; its ends must be multiples of 10" },
  { "band-step-not-dividing", "<guide id=\"deployment\" kind=\"process\">", "<guide id=\"deployment\" kind=\"process\" step=\"3\">", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "guide deployment has a step of 3%; a step must divide 100" },
  { "band-reversed", "<band id=\"deployment-2\" min=\"30\" max=\"65\"/>", "<band id=\"deployment-2\" min=\"30\" max=\"25\"/>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "its lower end must not be above its upper end" },
  { "kind-twice", "<criteria points=\"100\">",
    "<criteria points=\"100\"><kind name=\"part\"><singular xml:lang=\"zh-CN\">部分</singular><singular xml:lang=\"en\">part</singular></kind>"
    "<kind name=\"part\"><singular xml:lang=\"zh-CN\">部分</singular><singular xml:lang=\"en\">part</singular></kind>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "the kind “part” is named twice" },
  { "kind-missing-language", "<criteria points=\"100\">",
    "<criteria points=\"100\"><kind name=\"part\"><singular xml:lang=\"en\">part</singular></kind>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "<kind> has no <singular> in the language “zh-CN”" },
  { "band-overlap", "<band id=\"deployment-2\" min=\"30\"", "<band id=\"deployment-2\" min=\"25\"", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "starts at 25%, inside the band before it, which ends at 30%" },
  { "band-short", "<band id=\"results-1\" min=\"0\" max=\"100\"/>", "<band id=\"results-1\" min=\"0\" max=\"90\"/>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "guide results ends at 90%; its bands must reach 100%" },
  { "band-step", "<band id=\"deployment-2\" min=\"30\" max=\"65\"/>", "<band id=\"deployment-2\" min=\"30\" max=\"64\"/>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "its ends must be multiples of 5" },
  { "missing-english", "<title xml:lang=\"en\">Results</title>", "", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "<node> has no <title> in the language “en”" },
  { "extra-language", "<title xml:lang=\"en\">Results</title>", "<title xml:lang=\"en\">Results</title><title xml:lang=\"fr\">Résultats</title>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "which is not among the standard’s languages" },
  { "twice-in-a-language", "<title xml:lang=\"en\">Results</title>", "<title xml:lang=\"en\">Results</title><title xml:lang=\"en\">Again</title>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "<title> is given twice in the language “en”" },
  { "empty-text", "<title xml:lang=\"en\">Results</title>", "<title xml:lang=\"en\">  </title>", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "<title> in the language “en” is empty" },
  { "leaf-without-guide", " guide=\"results\"", "", NULL,
    sb_standard_error_quark, SB_STANDARD_ERROR_INVALID, "chapter B.1 has no parts and no scoring guide" },
  { "schema-missing-title", "<title xml:lang=\"zh-CN\">乙部分</title>\n      <title xml:lang=\"en\">Part B</title>", "", NULL,
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "test.xml:39:7: does not fit the format: Did not expect element node there" },
  { "schema-bad-points", "points=\"19.5\"", "points=\"19.555\"", NULL,
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "does not fit the format" },
  { "wrong-root", NULL, NULL, "<assessment xmlns=\"urn:scorebook:standard:1\"/>",
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "does not fit the format" },
  { "wrong-namespace", "urn:scorebook:standard:1", "urn:example:other", NULL,
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "does not fit the format" },
  { "newer-format", "format=\"1\"", "format=\"2\"", NULL,
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "does not fit the format" },
  { "mismatched-tag", "</criteria>", "</criterion>", NULL,
    sb_xml_error_quark, SB_XML_ERROR_MALFORMED, "not well-formed XML" },
  { "empty", NULL, NULL, "",
    sb_xml_error_quark, SB_XML_ERROR_EMPTY, "test.xml: the file is empty" },
  { "whitespace-only", NULL, NULL, "   \n\n  ",
    sb_xml_error_quark, SB_XML_ERROR_NOT_XML, "test.xml: this is not a Scorebook assessment or standard" },
  { "not-xml", NULL, NULL, "id,kind,points\n1,category,120\n",
    sb_xml_error_quark, SB_XML_ERROR_NOT_XML, "test.xml: this is not a Scorebook assessment or standard" },
  { "no-end-tag", "</standard>", "", NULL,
    sb_xml_error_quark, SB_XML_ERROR_TRUNCATED, "the file ends early at line " },
  { "latin1", NULL, NULL, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<standard>caf\xe9</standard>",
    sb_xml_error_quark, SB_XML_ERROR_ENCODING, "test.xml:2:14: the file is not valid UTF-8 (byte 0xE9)" },
  { "utf16", NULL, NULL, "\xff\xfe<\0s\0/\0>\0",
    sb_xml_error_quark, SB_XML_ERROR_ENCODING, "test.xml:1:1: the file is not valid UTF-8" },
  { "xxe", NULL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE standard [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
    "<standard xmlns=\"urn:scorebook:standard:1\">&secret;</standard>",
    sb_xml_error_quark, SB_XML_ERROR_FORBIDDEN, "has a DOCTYPE declaration" },
  { "external-dtd", NULL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE standard SYSTEM \"http://example.invalid/standard.dtd\">\n<standard/>",
    sb_xml_error_quark, SB_XML_ERROR_FORBIDDEN, "has a DOCTYPE declaration" },
  { "billion-laughs", NULL, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n<standard>&lol9;</standard>",
    sb_xml_error_quark, SB_XML_ERROR_FORBIDDEN, "has a DOCTYPE declaration" },
  { "undeclared-entity", "<title xml:lang=\"en\">Test standard</title>", "<title xml:lang=\"en\">&secret;</title>", NULL,
    sb_xml_error_quark, SB_XML_ERROR_MALFORMED, "not well-formed XML" },
  { "xinclude-is-not-followed", "<title xml:lang=\"en\">Results</title>",
    "<title xml:lang=\"en\">Results</title><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>", NULL,
    sb_xml_error_quark, SB_XML_ERROR_SCHEMA, "does not fit the format" },
};

static void
check_bad (const BadCase *bad,
           const char    *text,
           gsize          len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = load_text (text, len, &error);

  g_assert_null (standard);
  g_assert_nonnull (error);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("%s: expected “%s” in:\n%s", bad->name, bad->message, error->message);
  g_assert_error (error, bad->domain (), bad->code);
}

static void
test_bad_input (gconstpointer data)
{
  const BadCase *bad = data;

  if (bad->find != NULL)
    {
      g_autofree char *minimal = read_fixture ("minimal.xml");
      g_autoptr(GString) text = g_string_new (minimal);

      g_assert_nonnull (strstr (minimal, bad->find));
      g_string_replace (text, bad->find, bad->replace, 1);
      check_bad (bad, text->str, text->len);
    }
  else
    check_bad (bad, bad->document, strlen (bad->document) + (g_str_equal (bad->name, "utf16") ? 7 : 0));
}

static void
test_nul_byte (void)
{
  const char text[] = "<?xml version=\"1.0\"?>\n<standard>\0</standard>";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = load_text (text, sizeof text - 1, &error);

  g_assert_null (standard);
  g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "test.xml:2:11: the file contains a NUL byte; it is not a text file");
}

static void
test_truncated (void)
{
  g_autofree char *minimal = read_fixture ("minimal.xml");
  gsize len = strlen (minimal);

  /* Cut at many places: each gives a located error that says the file
   * ends early, never a standard or the parser's own words. */
  for (gsize cut = 1; cut < len; cut += 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbStandard) standard = load_text (minimal, cut, &error);

      g_assert_null (standard);
      g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_TRUNCATED);
      g_assert_true (g_str_has_prefix (error->message, "test.xml:"));
      g_assert_nonnull (strstr (error->message, "the file ends early at line "));
    }
}

static void
test_deep_nesting (void)
{
  const guint depth = 200000;
  g_autoptr(GString) text = g_string_new ("<standard xmlns=\"urn:scorebook:standard:1\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append (text, "<node>");
  for (guint i = 0; i < depth; i++)
    g_string_append (text, "</node>");
  g_string_append (text, "</standard>");

  standard = load_text (text->str, text->len, &error);
  g_assert_null (standard);
  g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "elements are nested more than 256 deep"));
}

/* Points with white space around them are points, as the schema's
 * decimal says: not a node "with no points attribute". */
static void
test_points_with_spaces (void)
{
  g_autofree char *path = fixture_path ("minimal.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "points=\"20\"", "points=\" 20 \"", 0), >, 0);
  standard = load_text (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_standard_get_total (standard), ==, SB_POINTS (100));
}

static void
test_huge_text_node (void)
{
  /* 12 MB: under the file limit, over libxml2's limit for one text. */
  const gsize size = 12 * 1000 * 1000;
  g_autoptr(GString) text = g_string_new ("<standard xmlns=\"urn:scorebook:standard:1\"><title xml:lang=\"en\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;

  g_string_set_size (text, text->len + size);
  memset (text->str + text->len - size, 'a', size);
  g_string_append (text, "</title></standard>");

  standard = load_text (text->str, text->len, &error);
  g_assert_null (standard);
  g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "the most Scorebook reads in one text"));
}

static void
test_too_large (void)
{
  /* 40 MB of one text node is refused by size, without being parsed. */
  const gsize size = 40 * 1000 * 1000;
  char *text = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;

  memset (text, 'a', size);
  memcpy (text, "<standard>", 10);
  bytes = g_bytes_new_take (text, size);
  standard = sb_standard_new_from_bytes (bytes, "big.xml", &error);
  g_assert_null (standard);
  g_assert_error (error, SB_XML_ERROR, SB_XML_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "big.xml: the file is 40.0"));
  g_assert_nonnull (strstr (error->message, "MB, more than the 33.6"));
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/scorebook/standard.xml");
  g_autoptr(GFile) folder = g_file_new_for_path (g_getenv ("SB_FIXTURES"));
  SbStandard *standard;

  standard = sb_standard_new_from_file (missing, NULL, &error);
  g_assert_null (standard);
  g_assert_error (error, SB_STANDARD_ERROR, SB_STANDARD_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/scorebook/standard.xml: "));
  g_clear_error (&error);

  standard = sb_standard_new_from_file (folder, NULL, &error);
  g_assert_null (standard);
  g_assert_error (error, SB_STANDARD_ERROR, SB_STANDARD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "this is a folder"));
}

/* Several problems are all reported, one per line, each located. */
/* The ways scoring guides print their bands all load: bands a step apart
 * (0–25, 30–65 …), a band of one percent, and a step other than 5. */
static void
test_band_shapes (void)
{
  static const struct { const char *find, *replace, *guide; guint percent; const char *band; } shapes[] = {
    { "<band id=\"deployment-2\" min=\"30\"", "<band id=\"deployment-2\" min=\"35\"", "deployment", 30, "deployment-1" },
    { "<band id=\"deployment-2\" min=\"30\"", "<band id=\"deployment-2\" min=\"35\"", "deployment", 35, "deployment-2" },
    { "<band id=\"results-1\" min=\"0\" max=\"100\"/>",
      "<band id=\"results-0\" min=\"0\" max=\"0\"/><band id=\"results-1\" min=\"5\" max=\"100\"/>", "results", 0, "results-0" },
    { "<band id=\"results-1\" min=\"0\" max=\"100\"/>",
      "<band id=\"results-0\" min=\"0\" max=\"0\"/><band id=\"results-1\" min=\"5\" max=\"100\"/>", "results", 5, "results-1" },
    { "<guide id=\"approach\" kind=\"process\">", "<guide id=\"approach\" kind=\"process\" step=\"1\">", "approach", 49, "approach-1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autofree char *minimal = read_fixture ("minimal.xml");
      g_autoptr(GString) text = g_string_new (minimal);
      g_autoptr(GError) error = NULL;
      g_autoptr(SbStandard) standard = NULL;
      SbBand *band;

      g_string_replace (text, shapes[i].find, shapes[i].replace, 1);
      standard = load_text (text->str, text->len, &error);
      g_assert_no_error (error);
      band = sb_guide_band_for_percent (sb_standard_lookup_guide (standard, shapes[i].guide), shapes[i].percent);
      g_assert_nonnull (band);
      g_assert_cmpstr (sb_band_get_id (band), ==, shapes[i].band);
      g_assert_true (sb_band_allows (band, shapes[i].percent));
    }
}

static void
test_several_problems (void)
{
  g_autofree char *minimal = read_fixture ("minimal.xml");
  g_autoptr(GString) text = g_string_new (minimal);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_auto(GStrv) lines = NULL;

  g_string_replace (text, "guide=\"results\"", "guide=\"nope\"", 1);
  g_string_replace (text, "id=\"B.1\"", "id=\"A\"", 1);
  standard = load_text (text->str, text->len, &error);
  g_assert_null (standard);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  for (guint i = 0; lines[i]; i++)
    g_assert_true (g_regex_match_simple ("^test\\.xml:[0-9]+:[0-9]+: ", lines[i], 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/standard/bundled/counts", test_bundled_counts);
  g_test_add_func ("/standard/content-hash", test_content_hash);
  g_test_add_func ("/standard/bundled/guides", test_bundled_guides);
  g_test_add_func ("/standard/bundled/both-languages", test_bundled_both_languages);
  g_test_add_func ("/standard/bundled/point-numbers", test_bundled_point_numbers);
  g_test_add_func ("/standard/other", test_other_standard);
  g_test_add_func ("/standard/points-with-spaces", test_points_with_spaces);
  g_test_add_func ("/standard/band-shapes", test_band_shapes);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/standard/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }
  g_test_add_func ("/standard/bad/nul-byte", test_nul_byte);
  g_test_add_func ("/standard/bad/truncated", test_truncated);
  g_test_add_func ("/standard/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/standard/bad/huge-text-node", test_huge_text_node);
  g_test_add_func ("/standard/bad/too-large", test_too_large);
  g_test_add_func ("/standard/bad/file-errors", test_file_errors);
  g_test_add_func ("/standard/bad/several-problems", test_several_problems);

  return g_test_run ();
}
