/* sb-report-labels.c — the summary's own fixed words, in Chinese and English, in one table
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include "sb-report-labels.h"

static const struct
{
  const char *zh, *en;
} labels[SB_REPORT_N_LABELS] = {
  [SB_REPORT_LABEL_KICKER] = { "评审评分汇总", "Score summary" },
  [SB_REPORT_LABEL_APPLICANT] = { "申报单位", "Applicant" },
  [SB_REPORT_LABEL_SUBJECT] = { "申报类别", "Organization or project" },
  [SB_REPORT_LABEL_PROJECT] = { "项目", "Project" },
  [SB_REPORT_LABEL_ORGANIZATION] = { "组织", "Organization" },
  [SB_REPORT_LABEL_KIND] = { "评审类型", "Assessment kind" },
  [SB_REPORT_LABEL_KIND_SELF] = { "自我评价", "Self-assessment" },
  [SB_REPORT_LABEL_KIND_INDEPENDENT] = { "独立评审", "Independent review" },
  [SB_REPORT_LABEL_KIND_CONSENSUS] = { "共识评审", "Consensus review" },
  [SB_REPORT_LABEL_KIND_SITE_VISIT] = { "现场评审", "Site visit" },
  [SB_REPORT_LABEL_EXAMINER] = { "评审员", "Examiner" },
  [SB_REPORT_LABEL_DATE] = { "日期", "Date" },
  [SB_REPORT_LABEL_TOTAL] = { "总分", "Total score" },
  /* In English both are followed or replaced by the standard's own names
   * of its levels ("Scores by dimension, item and sub-item"). */
  [SB_REPORT_LABEL_TABLE_TITLE] = { "评分明细", "Scores by" },
  [SB_REPORT_LABEL_COLUMN_TITLE] = { "评分项目", "Criteria" },
  [SB_REPORT_LABEL_COLUMN_NUMBER] = { "编号", "No." },
  [SB_REPORT_LABEL_COLUMN_MAXIMUM] = { "满分", "Max." },
  [SB_REPORT_LABEL_COLUMN_BAND] = { "评分档", "Band" },
  [SB_REPORT_LABEL_COLUMN_PERCENT] = { "百分比", "%" },
  [SB_REPORT_LABEL_COLUMN_POINTS] = { "得分", "Points" },
  [SB_REPORT_LABEL_UNRATED] = { "未评分", "Unrated" },
  [SB_REPORT_LABEL_CONTINUED] = { "（续）", "(continued)" },
  [SB_REPORT_LABEL_STRENGTHS] = { "优势", "Strengths" },
  [SB_REPORT_LABEL_OPPORTUNITIES] = { "改进机会", "Opportunities for improvement" },
  [SB_REPORT_LABEL_EVIDENCE] = { "证据记录", "Evidence notes" },
  [SB_REPORT_LABEL_DOCUMENT] = { "文件", "Document" },
  [SB_REPORT_LABEL_INTERVIEW] = { "访谈", "Interview" },
  [SB_REPORT_LABEL_OBSERVATION] = { "观察", "Observation" },
  [SB_REPORT_LABEL_UNSAVED] = { "未保存", "Unsaved" },
  [SB_REPORT_LABEL_TRAIL] = { "评分变更记录", "Rating changes" },
  [SB_REPORT_LABEL_RATIONALE] = { "理由", "Rationale" },
  [SB_REPORT_LABEL_NO_RATIONALE] = { "未说明理由", "no rationale given" },
  [SB_REPORT_LABEL_KEY_THEMES] = { "关键主题", "Key themes" },
  [SB_REPORT_LABEL_THEME_PROCESS_STRENGTHS] = { "过程方面的优势", "Process strengths" },
  [SB_REPORT_LABEL_THEME_PROCESS_OPPORTUNITIES] = { "过程方面的改进机会", "Process opportunities for improvement" },
  [SB_REPORT_LABEL_THEME_RESULTS_STRENGTHS] = { "结果方面的优势", "Results strengths" },
  [SB_REPORT_LABEL_THEME_RESULTS_OPPORTUNITIES] = { "结果方面的改进机会", "Results opportunities for improvement" },
  [SB_REPORT_LABEL_THEME_SEE] = { "依据", "Drawn from" },
  [SB_REPORT_LABEL_NOT_USED] = { "未采用的评审意见", "Examiners' comments not used" },
  [SB_REPORT_LABEL_THEME_UNSUPPORTED] = { "尚无部分评语支持此主题", "No comment of a part supports this theme" },
  [SB_REPORT_LABEL_THEME_CONTRADICTED] = { "与该部分的评语相矛盾", "Contradicted by a comment of" },
};

/* @lang: SB_LANG_ZH or SB_LANG_EN. */
const char *
sb_report_label_get (SbReportLabel  label,
                     const char    *lang)
{
  g_return_val_if_fail (label < SB_REPORT_N_LABELS, "");
  g_return_val_if_fail (lang != NULL, "");

  return g_str_equal (lang, SB_LANG_EN) ? labels[label].en : labels[label].zh;
}

/* The label in @language: "优势 Strengths" when both are shown. */
char *
sb_report_label_format (SbReportLabel      label,
                        SbDisplayLanguage  language)
{
  g_return_val_if_fail (label < SB_REPORT_N_LABELS, g_strdup (""));

  return sb_display_language_join (language, labels[label].zh, labels[label].en, " ");
}

SbReportLabel
sb_report_label_for_kind (SbAssessmentKind kind)
{
  switch (kind)
    {
    case SB_ASSESSMENT_KIND_INDEPENDENT:
      return SB_REPORT_LABEL_KIND_INDEPENDENT;
    case SB_ASSESSMENT_KIND_CONSENSUS:
      return SB_REPORT_LABEL_KIND_CONSENSUS;
    case SB_ASSESSMENT_KIND_SITE_VISIT:
      return SB_REPORT_LABEL_KIND_SITE_VISIT;
    case SB_ASSESSMENT_KIND_SELF:
    default:
      return SB_REPORT_LABEL_KIND_SELF;
    }
}

SbReportLabel
sb_report_label_for_evidence (SbEvidenceKind kind)
{
  switch (kind)
    {
    case SB_EVIDENCE_INTERVIEW:
      return SB_REPORT_LABEL_INTERVIEW;
    case SB_EVIDENCE_OBSERVATION:
      return SB_REPORT_LABEL_OBSERVATION;
    case SB_EVIDENCE_DOCUMENT:
    default:
      return SB_REPORT_LABEL_DOCUMENT;
    }
}
