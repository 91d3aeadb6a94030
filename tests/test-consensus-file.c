/* test-consensus-file.c — format version 2 of *.scorebook files: a consensus saved, reopened and the same; bad input said
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-assessment-file.h"
#include "sb-assessment-private.h"
#include "sb-test-data.h"

#define FIXTURE "assessment-consensus.scorebook"

static GDateTime *
date (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *when = g_date_time_new_from_iso8601 (text, utc);

  g_assert_nonnull (when);
  return when;
}

static void
add_change (SbAssessment *assessment,
            const char   *part_id,
            const char   *from_band,
            guint         from_percent,
            const char   *to_band,
            guint         to_percent,
            const char   *when_text,
            const char   *rationale)
{
  g_autoptr(GDateTime) when = date (when_text);
  SbTrailEntry entry = { from_band != NULL, from_band, from_percent, to_band != NULL, to_band, to_percent,
                         when, rationale };

  sb_assessment_add_trail_entry (assessment, part_id, &entry);
}

/* A consensus with one of everything format 2 keeps. Its trail's dates
 * are set, so that the same assessment gives the same bytes. */
static SbAssessment *
build_consensus (SbStandard *standard)
{
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(GDateTime) created = date ("2026-04-01T09:00:00Z");
  const char *links[3] = { NULL };

  sb_assessment_set_applicant (assessment, "“智慧养老”服务项目");
  sb_assessment_set_examiner (assessment, "Team 3");
  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  g_assert_true (sb_assessment_set_rating (assessment, "3.1.2", "results-3", 50, NULL));
  g_assert_true (sb_assessment_set_rating (assessment, "2.1.2", "process-3", 45, NULL));
  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_assessment_set_independent_range (assessment, "1.1.1", 40, 70);
  sb_assessment_set_independent_range (assessment, "3.1.2", 30, 45);

  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_STRENGTH, "Li Mei", "Mission known by staff.");
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_STRENGTH, "张伟 Zhang Wei", "使命清晰 & 公开。");
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, "Wang Fang", "No review of values.");
  sb_assessment_add_proposal (assessment, "1.1.1", SB_NOTE_OPPORTUNITY, "Li Mei", "\"Values\" <not> reviewed.");
  sb_assessment_merge_proposals (assessment, "1.1.1", (const guint[]) { 0, 1 }, 2);
  sb_assessment_set_proposal_state (assessment, "1.1.1", 2, SB_PROPOSAL_NOT_USED);
  sb_assessment_set_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  sb_assessment_set_note_key_theme (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  sb_assessment_insert_note (assessment, "3.1.2", SB_NOTE_OPPORTUNITY, 0, "Trends shorter than three years.");
  sb_assessment_set_note_authors (assessment, "3.1.2", SB_NOTE_OPPORTUNITY, 0, "WF");
  sb_assessment_insert_note (assessment, "g1.1.1.1", SB_NOTE_EVIDENCE, 0, "Seen in the handbook.");

  add_change (assessment, "1.1.1", "process-3", 55, "process-4", 65, "2026-04-02T10:15:00Z",
              "Deployment to all sites seen on the visit.");
  add_change (assessment, "3.1.2", NULL, 0, "results-3", 50, "2026-04-02T11:00:00Z", "");

  sb_assessment_insert_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0, "Leadership by example");
  links[0] = sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  sb_assessment_set_theme_links (assessment, SB_THEME_PROCESS_STRENGTH, 0, links);
  sb_assessment_insert_theme (assessment, SB_THEME_RESULTS_OPPORTUNITY, 0, "Short trends");
  links[0] = sb_assessment_get_note_id (assessment, "3.1.2", SB_NOTE_OPPORTUNITY, 0);
  sb_assessment_set_theme_links (assessment, SB_THEME_RESULTS_OPPORTUNITY, 0, links);
  sb_assessment_insert_theme (assessment, SB_THEME_PROCESS_OPPORTUNITY, 0, "Not yet drawn on anything");

  /* A baseline mark, as New from… leaves one. */
  sb_assessment_mark_baseline (assessment, "2.1.2");

  sb_assessment_set_created (assessment, created);
  sb_assessment_set_modified (assessment, created);
  return g_steal_pointer (&assessment);
}

static GBytes *
read_fixture (void)
{
  g_autofree char *path = sb_test_fixture_path (FIXTURE);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static void
assert_same_text (GBytes *a,
                  GBytes *b)
{
  g_autofree char *sa = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
  g_autofree char *sb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

  g_assert_cmpstr (sa, ==, sb);
}

/* The fixture is what the writer makes of build_consensus() (with
 * SB_WRITE_FIXTURES set, this test writes it). */
static void
test_fixture_is_written (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = build_consensus (standard);
  g_autoptr(GBytes) bytes = sb_assessment_file_serialize (assessment);
  g_autoptr(GBytes) fixture = NULL;

  if (g_getenv ("SB_WRITE_FIXTURES") != NULL)
    {
      g_autofree char *path = sb_test_fixture_path (FIXTURE);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
    }
  fixture = read_fixture ();
  assert_same_text (bytes, fixture);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), " format=\"2\" "));
}

static void
assert_same_notes (SbAssessment *a,
                   SbAssessment *b,
                   const char   *owner_id)
{
  for (SbNoteKind kind = 0; kind < SB_N_NOTE_KINDS; kind++)
    {
      guint n = sb_assessment_get_n_notes (a, owner_id, kind);

      g_assert_cmpuint (sb_assessment_get_n_notes (b, owner_id, kind), ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpstr (sb_assessment_get_note (a, owner_id, kind, i), ==, sb_assessment_get_note (b, owner_id, kind, i));
          g_assert_cmpstr (sb_assessment_get_note_id (a, owner_id, kind, i), ==, sb_assessment_get_note_id (b, owner_id, kind, i));
          if (kind > SB_NOTE_OPPORTUNITY)
            continue;
          g_assert_cmpstr (sb_assessment_get_note_authors (a, owner_id, kind, i), ==, sb_assessment_get_note_authors (b, owner_id, kind, i));
          g_assert_cmpint (sb_assessment_get_note_significant (a, owner_id, kind, i), ==, sb_assessment_get_note_significant (b, owner_id, kind, i));
          g_assert_cmpint (sb_assessment_get_note_key_theme (a, owner_id, kind, i), ==, sb_assessment_get_note_key_theme (b, owner_id, kind, i));
        }
    }
}

static void
assert_same_part (SbAssessment *a,
                  SbAssessment *b,
                  const char   *id)
{
  guint la = 0, ha = 0, lb = 0, hb = 0;

  g_assert_cmpint (sb_assessment_is_baseline (a, id), ==, sb_assessment_is_baseline (b, id));
  g_assert_cmpint (sb_assessment_get_independent_range (a, id, &la, &ha), ==, sb_assessment_get_independent_range (b, id, &lb, &hb));
  g_assert_cmpuint (la, ==, lb);
  g_assert_cmpuint (ha, ==, hb);
  g_assert_cmpuint (sb_assessment_get_n_proposals (a, id), ==, sb_assessment_get_n_proposals (b, id));
  for (guint i = 0; i < sb_assessment_get_n_proposals (a, id); i++)
    {
      g_assert_cmpint (sb_assessment_get_proposal_kind (a, id, i), ==, sb_assessment_get_proposal_kind (b, id, i));
      g_assert_cmpint (sb_assessment_get_proposal_state (a, id, i), ==, sb_assessment_get_proposal_state (b, id, i));
      g_assert_cmpstr (sb_assessment_get_proposal_author (a, id, i), ==, sb_assessment_get_proposal_author (b, id, i));
      g_assert_cmpstr (sb_assessment_get_proposal_text (a, id, i), ==, sb_assessment_get_proposal_text (b, id, i));
    }
  g_assert_cmpuint (sb_assessment_get_n_trail (a, id), ==, sb_assessment_get_n_trail (b, id));
  for (guint i = 0; i < sb_assessment_get_n_trail (a, id); i++)
    {
      const SbTrailEntry *ea = sb_assessment_get_trail (a, id, i);
      const SbTrailEntry *eb = sb_assessment_get_trail (b, id, i);

      g_assert_cmpint (ea->from_rated, ==, eb->from_rated);
      g_assert_cmpstr (ea->from_band, ==, eb->from_band);
      g_assert_cmpuint (ea->from_percent, ==, eb->from_percent);
      g_assert_cmpint (ea->to_rated, ==, eb->to_rated);
      g_assert_cmpstr (ea->to_band, ==, eb->to_band);
      g_assert_cmpuint (ea->to_percent, ==, eb->to_percent);
      g_assert_true (g_date_time_equal (ea->when, eb->when));
      g_assert_cmpstr (ea->rationale ? ea->rationale : "", ==, eb->rationale ? eb->rationale : "");
    }
  assert_same_notes (a, b, id);
}

/* Saved, reopened: the same consensus, and the same bytes again. */
static void
test_round_trip (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) built = build_consensus (standard);
  g_autoptr(GBytes) bytes = sb_assessment_file_serialize (built);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) read = sb_assessment_file_load_bytes (standard, bytes, "c.scorebook", &warnings, &error);
  g_autoptr(GBytes) again = NULL;
  const char *ids[] = { "1.1.1", "3.1.2", "2.1.2", "1.1.2" };

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_false (sb_assessment_get_dirty (read));
  g_assert_false (sb_history_can_undo (sb_assessment_get_history (read)));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    assert_same_part (built, read, ids[i]);
  assert_same_notes (built, read, "g1.1.1.1");
  g_assert_cmpuint (sb_assessment_get_n_proposals (read, "1.1.1"), ==, 4);
  g_assert_cmpint (sb_assessment_get_proposal_state (read, "1.1.1", 0), ==, SB_PROPOSAL_USED);
  g_assert_cmpint (sb_assessment_get_proposal_state (read, "1.1.1", 2), ==, SB_PROPOSAL_NOT_USED);
  g_assert_cmpint (sb_assessment_get_proposal_state (read, "1.1.1", 3), ==, SB_PROPOSAL_OPEN);

  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    {
      g_assert_cmpuint (sb_assessment_get_n_themes (read, kind), ==, sb_assessment_get_n_themes (built, kind));
      for (guint i = 0; i < sb_assessment_get_n_themes (read, kind); i++)
        {
          g_assert_cmpstr (sb_assessment_get_theme (read, kind, i), ==, sb_assessment_get_theme (built, kind, i));
          g_assert_true (g_strv_equal (sb_assessment_get_theme_links (read, kind, i),
                                       sb_assessment_get_theme_links (built, kind, i)));
          g_assert_cmpint (sb_assessment_check_theme (read, kind, i, NULL), ==, sb_assessment_check_theme (built, kind, i, NULL));
        }
    }
  g_assert_cmpint (sb_assessment_check_theme (read, SB_THEME_PROCESS_STRENGTH, 0, NULL), ==, SB_THEME_OK);
  g_assert_cmpint (sb_assessment_check_theme (read, SB_THEME_PROCESS_OPPORTUNITY, 0, NULL), ==, SB_THEME_UNSUPPORTED);

  again = sb_assessment_file_serialize (read);
  assert_same_text (again, bytes);
}

/* An old file stays old until it holds something of version 2, and is
 * old again when that is undone. */
static void
test_format_follows_content (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  g_autoptr(GBytes) before = sb_assessment_file_serialize (assessment);
  g_autoptr(GDateTime) modified = g_date_time_ref (sb_assessment_get_modified (assessment));
  g_autoptr(GBytes) during = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_nonnull (strstr (g_bytes_get_data (before, NULL), " format=\"1\" "));
  g_assert_null (strstr (g_bytes_get_data (before, NULL), " id=\"n"));
  sb_assessment_set_note_significant (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, TRUE);
  during = sb_assessment_file_serialize (assessment);
  g_assert_nonnull (strstr (g_bytes_get_data (during, NULL), " format=\"2\" "));
  g_assert_nonnull (strstr (g_bytes_get_data (during, NULL), "<strength id=\"n1\" significant=\"true\">"));
  g_assert_nonnull (strstr (g_bytes_get_data (during, NULL), "<note id=\"n3\">"));
  g_assert_true (sb_history_undo (sb_assessment_get_history (assessment)));
  sb_assessment_set_modified (assessment, modified);  /* every change sets it */
  after = sb_assessment_file_serialize (assessment);
  g_assert_true (g_bytes_equal (before, after));
}

static char *
document (SbStandard *standard,
          const char *format,
          const char *body)
{
  return sb_test_assessment_text (standard, "", format, "2019", body);
}

/* Bad values in what version 2 added: refused with the file, the line and
 * what is wrong, never a crash. */
static void
test_bad_input (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  const struct { const char *body; const char *where; const char *says; } cases[] = {
    { "  <subitem id=\"1.1.1\">\n    <proposal kind=\"strength\" author=\"Li\" state=\"maybe\">x</proposal>\n  </subitem>\n",
      "bad.scorebook:10:", "“maybe” is not a state of a proposal" },
    { "  <subitem id=\"1.1.1\">\n    <proposal kind=\"praise\" author=\"Li\" state=\"open\">x</proposal>\n  </subitem>\n",
      "bad.scorebook:10:", "“praise” is not a kind of proposal" },
    { "  <subitem id=\"1.1.1\">\n    <change from-band=\"process-9\" from-percent=\"50\" to-band=\"process-4\" to-percent=\"65\" when=\"2026-04-02T10:15:00Z\"/>\n  </subitem>\n",
      "bad.scorebook:10:", "this change in the trail of 1.1.1 does not hold: 1.1.1 is scored with the guide “process”, which has no band “process-9”" },
    { "  <subitem id=\"1.1.1\">\n    <change to-band=\"process-4\" to-percent=\"62\" when=\"2026-04-02T10:15:00Z\"/>\n  </subitem>\n",
      "bad.scorebook:10:", "this change in the trail of 1.1.1 does not hold: 62% is not a rating" },
    { "  <subitem id=\"1.1.1\">\n    <change to-band=\"process-4\" to-percent=\"65\" when=\"yesterday\"/>\n  </subitem>\n",
      "bad.scorebook:10:", "dateTime doesn't allow value 'yesterday'" },
    { "  <subitem id=\"1.1.1\">\n    <change to-band=\"process-4\" to-percent=\"650\" when=\"2026-04-02T10:15:00Z\"/>\n  </subitem>\n",
      "bad.scorebook:10:", "the to-percent “650” is not a whole number from 0 to 100" },
    { "  <subitem id=\"1.1.1\" independent-lowest=\"70\" independent-highest=\"40\"/>\n",
      "bad.scorebook:9:", "the independent range runs from 70% down to 40%" },
    { "  <theme kind=\"process-weakness\">x</theme>\n",
      "bad.scorebook:9:", "“process-weakness” is not a kind of key theme" },
    { "  <subitem id=\"1.1.1\">\n    <strength id=\"n1\">a</strength>\n    <opportunity id=\"n1\">b</opportunity>\n  </subitem>\n",
      "bad.scorebook:11:", "“n1” appears a second time; it was first on line 10" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = document (standard, "2", cases[i].body);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "bad.scorebook", NULL, &error);

      g_assert_null (assessment);
      g_assert_nonnull (error);
      if (!g_str_has_prefix (error->message, cases[i].where) || strstr (error->message, cases[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s” at %s", i, error->message, cases[i].says, cases[i].where);
    }
}

/* A key theme's link to a comment the file lacks is kept and said; no new
 * note takes its id. */
static void
test_dangling_link (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autofree char *text = document (standard, "2",
                                    "  <subitem id=\"1.1.1\">\n    <strength>no id</strength>\n  </subitem>\n"
                                    "  <theme kind=\"process-strength\" links=\"n1 n9\">Leadership</theme>\n");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "d.scorebook", &warnings, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (warnings->pdata[0], ==, "d.scorebook: key themes draw on the comments n1, n9, which the file does "
                                           "not have; the links are kept");
  g_assert_cmpstr (sb_assessment_get_note_id (assessment, "1.1.1", SB_NOTE_STRENGTH, 0), !=, "n1");
  g_assert_cmpint (sb_assessment_check_theme (assessment, SB_THEME_PROCESS_STRENGTH, 0, NULL), ==, SB_THEME_UNSUPPORTED);
  again = sb_assessment_file_serialize (assessment);
  g_assert_nonnull (strstr (g_bytes_get_data (again, NULL), "<theme kind=\"process-strength\" links=\"n1 n9\">Leadership</theme>"));
}

/* What a newer version adds to the elements of version 2 is kept. */
static void
test_newer_content_kept (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  const char *body =
    "  <subitem id=\"1.1.1\" band=\"process-4\" percent=\"65\">\n"
    "    <strength id=\"n1\" authors=\"LM\" weight=\"2\">a</strength>\n"
    "    <proposal kind=\"strength\" author=\"Li Mei\" state=\"used\" round=\"2\">a</proposal>\n"
    "    <change to-band=\"process-4\" to-percent=\"65\" when=\"2026-04-02T10:15:00Z\" vote=\"3:0\">Agreed<seconded/></change>\n"
    "  </subitem>\n"
    "  <theme kind=\"process-strength\" links=\"n1\" rank=\"1\">Leadership</theme>\n"
    "  <summary>kept</summary>\n";
  g_autofree char *text = document (standard, "3", body);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load_bytes (standard, bytes, "n.scorebook", NULL, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sb_assessment_get_trail (assessment, "1.1.1", 0)->rationale, ==, "Agreed");
  again = sb_assessment_file_serialize (assessment);
  assert_same_text (again, bytes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/consensus-file/fixture-is-written", test_fixture_is_written);
  g_test_add_func ("/consensus-file/round-trip", test_round_trip);
  g_test_add_func ("/consensus-file/format-follows-content", test_format_follows_content);
  g_test_add_func ("/consensus-file/bad-input", test_bad_input);
  g_test_add_func ("/consensus-file/dangling-link", test_dangling_link);
  g_test_add_func ("/consensus-file/newer-content-kept", test_newer_content_kept);
  return g_test_run ();
}
