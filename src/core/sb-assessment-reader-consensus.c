/* sb-assessment-reader-consensus.c — reading what format 2 of *.scorebook files added: a consensus, note ids, key themes, baselines
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-assessment-reading.h"

/* Checks before the schema, which would say less */

/* A percent attribute, if there, is a whole number from 0 to 100. */
static gboolean
check_percent (SbProblems *problems,
               xmlNode    *element,
               const char *attribute,
               guint      *percent)
{
  g_autofree char *text = sb_xml_get_prop (element, attribute);
  guint64 value = 0;

  if (text == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (g_strstrip (text), 10, 0, 100, &value, NULL))
    {
      sb_problems_add_at (problems, element, attribute,
                          _("the %s “%s” is not a whole number from 0 to 100, such as 65"), attribute, text);
      return FALSE;
    }
  *percent = value;
  return TRUE;
}

static void
check_range (SbProblems *problems,
             xmlNode    *subitem)
{
  guint lowest = 0, highest = 100;
  gboolean has_lowest = check_percent (problems, subitem, SB_ATTRIBUTE_LOWEST, &lowest);
  gboolean has_highest = check_percent (problems, subitem, SB_ATTRIBUTE_HIGHEST, &highest);

  if (has_lowest && has_highest && lowest > highest)
    sb_problems_add_at (problems, subitem, SB_ATTRIBUTE_LOWEST,
                        _("the independent range runs from %u%% down to %u%%: its lowest percent must not be "
                          "above its highest"), lowest, highest);
}

static void
check_proposal (SbProblems *problems,
                xmlNode    *proposal)
{
  g_autofree char *state = sb_xml_get_prop (proposal, SB_ATTRIBUTE_STATE);
  g_autofree char *kind = sb_xml_get_prop (proposal, SB_ATTRIBUTE_KIND);
  SbProposalState value;

  if (state != NULL && !sb_proposal_state_from_string (state, &value))
    sb_problems_add_at (problems, proposal, SB_ATTRIBUTE_STATE,
                        _("“%s” is not a state of a proposal that Scorebook knows: it is open, used or not-used"),
                        state);
  if (kind != NULL && g_strcmp0 (kind, SB_ELEMENT_STRENGTH) != 0 && g_strcmp0 (kind, SB_ELEMENT_OPPORTUNITY) != 0)
    sb_problems_add_at (problems, proposal, SB_ATTRIBUTE_KIND,
                        _("“%s” is not a kind of proposal: a proposal is a strength or an opportunity"), kind);
}

static void
check_theme (SbProblems *problems,
             xmlNode    *theme)
{
  g_autofree char *kind = sb_xml_get_prop (theme, SB_ATTRIBUTE_KIND);
  SbThemeKind value;

  if (kind != NULL && !sb_theme_kind_from_string (kind, &value))
    sb_problems_add_at (problems, theme, SB_ATTRIBUTE_KIND,
                        _("“%s” is not a kind of key theme: it is process-strength, process-opportunity, "
                          "results-strength or results-opportunity"), kind);
}

/* The values of what format 2 added that the schema would blame the wrong
 * way, or in its own words. */
void
sb_reader_check_consensus (SbProblems *problems,
                           xmlNode    *root)
{
  guint percent;

  for (xmlNode *element = root->children; element != NULL; element = element->next)
    {
      if (sb_xml_is (element, SB_ELEMENT_THEME))
        check_theme (problems, element);
      if (!sb_xml_is (element, SB_ELEMENT_SUBITEM))
        continue;
      check_range (problems, element);
      for (xmlNode *child = element->children; child != NULL; child = child->next)
        if (sb_xml_is (child, SB_ELEMENT_PROPOSAL))
          check_proposal (problems, child);
        else if (sb_xml_is (child, SB_ELEMENT_CHANGE))
          {
            check_percent (problems, child, SB_ATTRIBUTE_FROM_PERCENT, &percent);
            check_percent (problems, child, SB_ATTRIBUTE_TO_PERCENT, &percent);
          }
    }
}

/* Reading */

static gboolean
read_boolean (xmlNode    *element,
              const char *attribute)
{
  g_autofree char *text = sb_xml_get_prop (element, attribute);

  return text != NULL && (strcmp (g_strstrip (text), "true") == 0 || strcmp (text, "1") == 0);
}

/* A note's id, and a consensus comment's authors and marks. */
void
sb_reader_read_note_fields (SbReader   *reader,
                            xmlNode    *element,
                            const char *owner_id,
                            SbNoteKind  kind,
                            guint       index)
{
  SbAssessment *assessment = reader->assessment;
  g_autofree char *id = sb_xml_get_prop (element, SB_ATTRIBUTE_ID);
  g_autofree char *authors = NULL;

  if (id != NULL && sb_reader_claim_id (reader, reader->note_lines, element, id))
    sb_assessment_set_note_id (assessment, owner_id, kind, index, id);
  if (kind != SB_NOTE_STRENGTH && kind != SB_NOTE_OPPORTUNITY)
    return;
  authors = sb_xml_get_prop (element, SB_ATTRIBUTE_AUTHORS);
  sb_assessment_set_note_authors (assessment, owner_id, kind, index, authors);
  sb_assessment_set_note_significant (assessment, owner_id, kind, index, read_boolean (element, SB_ATTRIBUTE_SIGNIFICANT));
  sb_assessment_set_note_key_theme (assessment, owner_id, kind, index, read_boolean (element, SB_ATTRIBUTE_KEY_THEME));
}

static void
read_proposal (SbReader   *reader,
               xmlNode    *element,
               const char *part_id)
{
  g_autofree char *kind = sb_xml_get_prop (element, SB_ATTRIBUTE_KIND);
  g_autofree char *author = sb_xml_get_prop (element, SB_ATTRIBUTE_AUTHOR);
  g_autofree char *state = sb_xml_get_prop (element, SB_ATTRIBUTE_STATE);
  g_autofree char *text = sb_reader_element_text (element);
  SbProposalState value = SB_PROPOSAL_OPEN;
  guint index = sb_assessment_get_n_proposals (reader->assessment, part_id);

  sb_proposal_state_from_string (state, &value);
  sb_assessment_add_proposal (reader->assessment, part_id,
                              g_strcmp0 (kind, SB_ELEMENT_OPPORTUNITY) == 0 ? SB_NOTE_OPPORTUNITY : SB_NOTE_STRENGTH,
                              author, text);
  sb_assessment_set_proposal_state (reader->assessment, part_id, index, value);
  *sb_assessment_proposal_kept (reader->assessment, part_id, index) = sb_reader_take_kept (reader, element);
}

/* One end of a trail entry: a rating the part's guide allows, or none. */
static gboolean
read_trail_end (SbReader    *reader,
                xmlNode     *element,
                const char  *part_id,
                const char  *band_attribute,
                const char  *percent_attribute,
                char       **band,
                guint       *percent)
{
  g_autofree char *percent_text = sb_xml_get_prop (element, percent_attribute);
  g_autoptr(GError) error = NULL;

  *band = sb_xml_get_prop (element, band_attribute);
  *percent = percent_text ? (guint) g_ascii_strtoull (percent_text, NULL, 10) : 0;
  if (*band == NULL)
    return TRUE;
  /* A part the standard lacks has no guide to check against: kept as it is. */
  if (sb_standard_lookup_node (reader->standard, part_id) == NULL ||
      sb_assessment_check_rating (reader->assessment, part_id, *band, *percent, &error))
    return TRUE;
  sb_problems_add_at (reader->problems, element,
                      g_error_matches (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT)
                      ? percent_attribute : band_attribute,
                      _("this change in the trail of %s does not hold: %s"), part_id, error->message);
  return FALSE;
}

static void
read_change (SbReader   *reader,
             xmlNode    *element,
             const char *part_id)
{
  g_autofree char *from_band = NULL;
  g_autofree char *to_band = NULL;
  g_autofree char *rationale = sb_reader_element_text (element);
  g_autoptr(GDateTime) when = sb_reader_read_date (reader, element, SB_ATTRIBUTE_WHEN);
  SbTrailEntry entry = { 0 };
  guint index;

  if (!read_trail_end (reader, element, part_id, SB_ATTRIBUTE_FROM_BAND, SB_ATTRIBUTE_FROM_PERCENT,
                       &from_band, &entry.from_percent) ||
      !read_trail_end (reader, element, part_id, SB_ATTRIBUTE_TO_BAND, SB_ATTRIBUTE_TO_PERCENT,
                       &to_band, &entry.to_percent) ||
      when == NULL)
    return;
  entry.from_rated = from_band != NULL;
  entry.from_band = from_band;
  entry.to_rated = to_band != NULL;
  entry.to_band = to_band;
  entry.when = when;
  entry.rationale = rationale;
  index = sb_assessment_get_n_trail (reader->assessment, part_id);
  sb_assessment_add_trail_entry (reader->assessment, part_id, &entry);
  *sb_assessment_trail_kept (reader->assessment, part_id, index) = sb_reader_take_kept (reader, element);
}

/* What a part holds beyond its rating and notes: the baseline mark, the
 * independent range, the proposals and the trail. */
void
sb_reader_read_part (SbReader   *reader,
                     xmlNode    *element,
                     const char *part_id)
{
  guint lowest, highest;

  if (read_boolean (element, SB_ATTRIBUTE_BASELINE) &&
      sb_assessment_get_rating (reader->assessment, part_id, NULL, NULL))
    sb_assessment_mark_baseline (reader->assessment, part_id);
  if (check_percent (reader->problems, element, SB_ATTRIBUTE_LOWEST, &lowest) &&
      check_percent (reader->problems, element, SB_ATTRIBUTE_HIGHEST, &highest) && lowest <= highest)
    sb_assessment_set_independent_range (reader->assessment, part_id, lowest, highest);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sb_xml_is (child, SB_ELEMENT_PROPOSAL))
      read_proposal (reader, child, part_id);
    else if (sb_xml_is (child, SB_ELEMENT_CHANGE))
      read_change (reader, child, part_id);
}

void
sb_reader_read_theme (SbReader *reader,
                      xmlNode  *element)
{
  g_autofree char *kind_text = sb_xml_get_prop (element, SB_ATTRIBUTE_KIND);
  g_autofree char *links_text = sb_xml_get_prop (element, SB_ATTRIBUTE_LINKS);
  g_autofree char *text = sb_reader_element_text (element);
  g_auto(GStrv) links = g_strsplit_set (links_text ? g_strstrip (links_text) : "", " \t\r\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  SbThemeKind kind = SB_THEME_PROCESS_STRENGTH;
  guint index;

  sb_theme_kind_from_string (kind_text, &kind);
  for (guint i = 0; links[i] != NULL; i++)
    if (*links[i] != '\0')
      g_strv_builder_add (builder, links[i]);
  ids = g_strv_builder_end (builder);

  index = sb_assessment_get_n_themes (reader->assessment, kind);
  sb_assessment_insert_theme (reader->assessment, kind, index, text);
  sb_assessment_set_theme_links (reader->assessment, kind, index, (const char * const *) ids);
  *sb_assessment_theme_kept (reader->assessment, kind, index) = sb_reader_take_kept (reader, element);
}

/* A key theme's link to a comment the file lacks is kept, and said. */
void
sb_reader_warn_links (SbReader *reader)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = 0;

  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    for (guint i = 0; i < sb_assessment_get_n_themes (reader->assessment, kind); i++)
      {
        const char * const *links = sb_assessment_get_theme_links (reader->assessment, kind, i);

        for (guint j = 0; links[j] != NULL; j++)
          if (!sb_assessment_find_note (reader->assessment, links[j], NULL, NULL, NULL) && n++ < 20)
            g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", links[j]);
      }
  if (n == 0)
    return;
  g_ptr_array_add (reader->warnings,
                   g_strdup_printf (ngettext ("%s: a key theme draws on the comment %s, which the file does not "
                                              "have; the link is kept",
                                              "%s: key themes draw on the comments %s, which the file does not "
                                              "have; the links are kept", n),
                                    reader->source_name, missing->str));
}
