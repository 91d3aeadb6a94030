/* sb-report-labels.h — the summary's own fixed words, in Chinese and English, in one table
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-display-language.h"

G_BEGIN_DECLS

/* The summary prints in the standard's languages, not the interface's, so
 * its own words are not gettext's but come in pairs, one per language. */
typedef enum
{
  SB_REPORT_LABEL_KICKER,
  SB_REPORT_LABEL_APPLICANT,
  SB_REPORT_LABEL_SUBJECT,
  SB_REPORT_LABEL_PROJECT,
  SB_REPORT_LABEL_ORGANIZATION,
  SB_REPORT_LABEL_KIND,
  SB_REPORT_LABEL_KIND_SELF,
  SB_REPORT_LABEL_KIND_INDEPENDENT,
  SB_REPORT_LABEL_KIND_CONSENSUS,
  SB_REPORT_LABEL_KIND_SITE_VISIT,
  SB_REPORT_LABEL_EXAMINER,
  SB_REPORT_LABEL_DATE,
  SB_REPORT_LABEL_TOTAL,
  SB_REPORT_LABEL_TABLE_TITLE,     /* English: "Scores by" and the standard's levels */
  SB_REPORT_LABEL_COLUMN_NUMBER,
  SB_REPORT_LABEL_COLUMN_TITLE,    /* English: the standard's levels */
  SB_REPORT_LABEL_COLUMN_MAXIMUM,
  SB_REPORT_LABEL_COLUMN_BAND,
  SB_REPORT_LABEL_COLUMN_PERCENT,
  SB_REPORT_LABEL_COLUMN_POINTS,
  SB_REPORT_LABEL_UNRATED,
  SB_REPORT_LABEL_CONTINUED,
  SB_REPORT_LABEL_STRENGTHS,
  SB_REPORT_LABEL_OPPORTUNITIES,
  SB_REPORT_LABEL_EVIDENCE,
  SB_REPORT_LABEL_DOCUMENT,
  SB_REPORT_LABEL_INTERVIEW,
  SB_REPORT_LABEL_OBSERVATION,
  SB_REPORT_LABEL_UNSAVED,
  SB_REPORT_LABEL_TRAIL,
  SB_REPORT_LABEL_RATIONALE,
  SB_REPORT_LABEL_NO_RATIONALE,
  SB_REPORT_LABEL_KEY_THEMES,
  SB_REPORT_LABEL_THEME_PROCESS_STRENGTHS,
  SB_REPORT_LABEL_THEME_PROCESS_OPPORTUNITIES,
  SB_REPORT_LABEL_THEME_RESULTS_STRENGTHS,
  SB_REPORT_LABEL_THEME_RESULTS_OPPORTUNITIES,
  SB_REPORT_LABEL_THEME_SEE,
  SB_REPORT_LABEL_NOT_USED,
  SB_REPORT_LABEL_THEME_UNSUPPORTED,
  SB_REPORT_LABEL_THEME_CONTRADICTED,
  SB_REPORT_N_LABELS
} SbReportLabel;

const char *sb_report_label_get         (SbReportLabel      label,
                                         const char        *lang);
char       *sb_report_label_format      (SbReportLabel      label,
                                         SbDisplayLanguage  language);
SbReportLabel sb_report_label_for_kind  (SbAssessmentKind   kind);
SbReportLabel sb_report_label_for_evidence (SbEvidenceKind  kind);

G_END_DECLS
