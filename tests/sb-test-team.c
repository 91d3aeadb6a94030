/* sb-test-team.c — a team of examiners' assessments of one applicant, built for tests
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-assessment-file.h"
#include "sb-test-team.h"

#define APPLICANT "深圳市某某社区健康服务中心"

/* Each scored part of the bundled standard as the three examiners rated
 * it (band number, percent). The spreads are chosen so that a comparison
 * meets every case: 0, 1, 2 and 3 bands apart, and 2.1.1 with percents
 * 40 apart within one band of each other. */
typedef struct
{
  const char *id;
  guint       band[3];
  guint       percent[3];
} TeamRating;

static const TeamRating team_ratings[] = {
  { "1.1.1", { 4, 4, 4 }, { 65, 60, 70 } },   /* 0 bands, 10 % */
  { "1.1.2", { 3, 3, 3 }, { 40, 45, 55 } },   /* 0 bands, 15 % */
  { "1.2.1", { 3, 4, 4 }, { 55, 65, 60 } },   /* 1 band, 10 % */
  { "1.2.2", { 2, 2, 3 }, { 20, 35, 45 } },   /* 1 band, 25 % */
  { "2.1.1", { 3, 4, 4 }, { 40, 80, 60 } },   /* 1 band, 40 %: divergent by percent */
  { "2.1.2", { 2, 3, 4 }, { 30, 50, 70 } },   /* 2 bands, 40 % */
  { "2.2.1", { 2, 3, 4 }, { 35, 45, 65 } },   /* 2 bands, 30 % */
  { "2.2.2", { 1, 3, 4 }, { 15, 50, 65 } },   /* 3 bands, 50 % */
  { "2.3.1", { 4, 4, 4 }, { 60, 65, 70 } },
  { "2.3.2", { 3, 3, 3 }, { 45, 50, 55 } },
  { "3.1.1", { 3, 3, 3 }, { 50, 55, 60 } },
  { "3.1.2", { 2, 3, 2 }, { 30, 40, 35 } },   /* 1 band, 10 % */
  { "3.2.1", { 4, 4, 4 }, { 70, 75, 70 } },
  { "3.2.2", { 2, 2, 2 }, { 20, 25, 30 } },
  { "3.3.1", { 3, 4, 3 }, { 40, 60, 55 } },   /* 1 band, 20 % */
  { "3.3.2", { 2, 2, 3 }, { 35, 30, 45 } },   /* 1 band, 15 % */
};

/* The examiners' own words, a few per examiner: which part, which kind. */
typedef struct
{
  guint       examiner;
  const char *part;
  SbNoteKind  kind;
  const char *text;
} TeamNote;

static const TeamNote team_notes[] = {
  { 0, "1.1.1", SB_NOTE_STRENGTH, "领导班子每季度评审发展方向并公开结果。" },
  { 0, "1.1.1", SB_NOTE_OPPORTUNITY, "未见经验教训反馈到规划中的证据。" },
  { 0, "2.1.2", SB_NOTE_STRENGTH, "战略目标分解到各科室。" },
  { 0, "2.2.2", SB_NOTE_OPPORTUNITY, "资源配置与战略目标的关联不清楚。" },
  { 1, "1.1.1", SB_NOTE_STRENGTH, "Leaders review the direction every quarter and publish the results." },
  { 1, "2.1.2", SB_NOTE_OPPORTUNITY, "Targets are set, but not how they are reviewed." },
  { 1, "2.2.2", SB_NOTE_STRENGTH, "Budgets follow the annual plan item by item." },
  { 1, "3.3.1", SB_NOTE_STRENGTH, "Patient satisfaction rose for three years running." },
  { 2, "1.1.1", SB_NOTE_OPPORTUNITY, "Lessons learned are not fed back into planning." },
  { 2, "2.1.1", SB_NOTE_STRENGTH, "The planning process is documented and followed." },
  { 2, "2.2.2", SB_NOTE_OPPORTUNITY, "No link between resources and the strategic objectives." },
  { 2, "3.3.1", SB_NOTE_OPPORTUNITY, "No comparison with other community health centres." },
};

/* Evidence notes on the first guidance point of some parts. */
static const TeamNote team_evidence[] = {
  { 0, "1.1.1", SB_NOTE_EVIDENCE, "访谈院长：每季度召开战略研讨会。" },
  { 1, "2.1.2", SB_NOTE_EVIDENCE, "Annual plan 2025, p. 3" },
  { 2, "2.2.2", SB_NOTE_EVIDENCE, "Budget 2025 and the plan side by side." },
};

static const char *const team_examiners[] = { "张伟 Zhang Wei", "Li Mei", "Wang Fang" };

static GDateTime *
team_date (int day)
{
  return g_date_time_new_utc (2026, 3, day, 9, 30, 0);
}

static SbAssessment *
team_new (SbStandard *standard,
          const char *examiner,
          int         day)
{
  SbAssessment *assessment = sb_assessment_new (standard);
  g_autoptr(GDateTime) created = team_date (day);

  sb_assessment_set_kind (assessment, SB_ASSESSMENT_KIND_INDEPENDENT);
  sb_assessment_set_applicant (assessment, APPLICANT);
  sb_assessment_set_examiner (assessment, examiner);
  sb_assessment_set_created (assessment, created);
  return assessment;
}

static void
team_rate (SbAssessment *assessment,
           const char   *part,
           guint         band,
           guint         percent)
{
  SbNode *node = sb_standard_lookup_node (sb_assessment_get_standard (assessment), part);
  g_autofree char *band_id = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (node);
  band_id = g_strdup_printf ("%s-%u", sb_guide_get_id (sb_node_get_guide (node)), band);
  sb_assessment_set_rating (assessment, part, band_id, percent, &error);
  g_assert_no_error (error);
}

static void
team_add_notes (SbAssessment   *assessment,
                guint           examiner,
                const TeamNote *notes,
                guint           n_notes)
{
  SbStandard *standard = sb_assessment_get_standard (assessment);

  for (guint i = 0; i < n_notes; i++)
    {
      const char *owner = notes[i].part;

      if (notes[i].examiner != examiner)
        continue;
      if (notes[i].kind == SB_NOTE_EVIDENCE)
        {
          g_autoptr(SbGuidancePoint) point =
            g_list_model_get_item (sb_node_get_guidance (sb_standard_lookup_node (standard, owner)), 0);
          owner = sb_guidance_point_get_id (point);
        }
      sb_assessment_insert_note (assessment, owner, notes[i].kind,
                                 sb_assessment_get_n_notes (assessment, owner, notes[i].kind),
                                 notes[i].text);
    }
}

/* Examiner @index (0, 1, 2) of the team, every scored part rated. */
SbAssessment *
sb_test_team_examiner (SbStandard *standard,
                       guint       index)
{
  SbAssessment *assessment;

  g_assert_cmpuint (index, <, G_N_ELEMENTS (team_examiners));
  assessment = team_new (standard, team_examiners[index], 2 + (int) index);
  for (guint i = 0; i < G_N_ELEMENTS (team_ratings); i++)
    team_rate (assessment, team_ratings[i].id, team_ratings[i].band[index], team_ratings[i].percent[index]);
  team_add_notes (assessment, index, team_notes, G_N_ELEMENTS (team_notes));
  team_add_notes (assessment, index, team_evidence, G_N_ELEMENTS (team_evidence));
  return assessment;
}

/* The first examiner again, as a second file with her ratings and none of
 * her notes: a team leader must see that one examiner was counted twice. */
static SbAssessment *
team_examiner_again (SbStandard *standard)
{
  SbAssessment *assessment = team_new (standard, team_examiners[0], 10);

  for (guint i = 0; i < G_N_ELEMENTS (team_ratings); i++)
    team_rate (assessment, team_ratings[i].id, team_ratings[i].band[0], team_ratings[i].percent[0]);
  return assessment;
}

/* An assessment of the small test standard (test-minimal), which a
 * comparison of the bundled standard's assessments must refuse. */
static SbAssessment *
team_other_standard (SbStandard *other)
{
  SbAssessment *assessment = team_new (other, "Zhao Lei", 4);
  g_autoptr(GError) error = NULL;

  sb_assessment_set_rating (assessment, "A.1.1.a", "approach-2", 60, &error);
  g_assert_no_error (error);
  return assessment;
}

/* The files of tests/fixtures/team/, by name, with what they hold. */
const char *const sb_test_team_files[] = {
  "examiner-a.scorebook",
  "examiner-b.scorebook",
  "examiner-c.scorebook",
  "examiner-a-again.scorebook",
  "other-standard.scorebook",
  NULL,
};

/* The bytes of the team fixture @name as the program's own writer makes
 * them; @other is the small test standard (tests/fixtures/standards/minimal.xml). */
GBytes *
sb_test_team_serialize (SbStandard *standard,
                        SbStandard *other,
                        const char *name)
{
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GDateTime) modified = NULL;

  for (guint i = 0; i < 3; i++)
    if (g_str_equal (name, sb_test_team_files[i]))
      assessment = sb_test_team_examiner (standard, i);
  if (g_str_equal (name, "examiner-a-again.scorebook"))
    assessment = team_examiner_again (standard);
  else if (g_str_equal (name, "other-standard.scorebook"))
    assessment = team_other_standard (other);
  g_assert_nonnull (assessment);
  /* Each change stamps the time it was made; the files say a fixed one. */
  modified = g_date_time_add_days (sb_assessment_get_created (assessment), 2);
  sb_assessment_set_modified (assessment, modified);
  return sb_assessment_file_serialize (assessment);
}

/* @assessment rates @id at @percent in @band. */
void
sb_test_assert_rating (SbAssessment *assessment,
                       const char   *id,
                       const char   *band,
                       guint         percent)
{
  const char *band_id = NULL;
  guint rated = 0;

  g_assert_true (sb_assessment_get_rating (assessment, id, &band_id, &rated));
  g_assert_cmpstr (band_id, ==, band);
  g_assert_cmpuint (rated, ==, percent);
}
