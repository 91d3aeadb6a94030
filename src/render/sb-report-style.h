/* sb-report-style.h — every size, space and gray of the printable summary, in one place
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* All lengths are in points (1/72 inch), on the page. */

/* The page: 2 cm margins. */
#define MARGIN_DEFAULT     56.7

/* Type sizes */
#define SIZE_KICKER         9.0   /* "Score summary" above the title */
#define SIZE_TITLE         19.0   /* the standard's title */
#define SIZE_TITLE2        13.0   /* its English line when both languages are shown */
#define SIZE_SUB           10.5   /* subtitles, edition and id */
#define SIZE_INFO           9.5   /* the cover's rows, the total's caption, notices */
#define SIZE_TOTAL         40.0   /* the total's points */
#define SIZE_TOTAL2        15.0   /* its maximum and percent */
#define SIZE_SECTION       13.0   /* the table's title */
#define SIZE_TABLE          8.8   /* the table's rows */
#define SIZE_TABLE_HEADING (SIZE_TABLE - 0.5)
#define SIZE_COMMENT        8.3   /* comments, the notes below the table */
#define SIZE_RUNNING        7.5   /* running header and footer */
#define SIZE_CHART          8.0   /* the charts' labels */

/* Grays: 0 black … 1 white */
#define GRAY_TEXT           0.0
#define GRAY_LABEL          0.3   /* captions, the cover's labels, notes, "continued" */
#define GRAY_SUBTITLE       0.25  /* subtitles, running header and footer, comment headings */
#define GRAY_SECONDARY      0.2   /* a comment's mark, "/ maximum" */
#define GRAY_MAXIMUM        0.15  /* the table's maximum column */
#define FILL_HEADING        0.82  /* behind the table's column headings */
#define FILL_TOP_LEVEL      0.87  /* behind a dimension's row */
#define FILL_GROUP          0.94  /* behind a row that is not scored itself */
#define GRAY_RULE           0.2
#define GRAY_RULE_ROW       0.6   /* the thin rule between sub-item rows */
/* The English line below the Chinese, when both are shown (GRAY_LABEL as markup) */
#define MARKUP_SECOND_LANGUAGE "foreground=\"#4d4d4d\""

/* Rules: line widths */
#define RULE_SECTION        0.8   /* below the subtitle, the total, the headings; above the table's note */
#define RULE_RUNNING        0.5   /* below the header, above the footer */
#define RULE_ROW            0.4   /* above a sub-item's row */

/* The cover */
#define SPACE_TITLE         4.0   /* above the title */
#define SPACE_SUBTITLE      3.0
#define AFTER_SUBTITLE      8.0   /* between the subtitle and its rule */
#define SPACE_NOTICE        4.0   /* above the note on another standard */
#define AFTER_NOTICE        6.0   /* below a notice */
#define SPACE_INFO_ROW      2.0
#define INFO_LABEL_WIDTH    110.0 /* the labels' column of the cover's rows */
#define INFO_LABEL_WIDTH2   170.0 /* the same with both languages */
#define SPACE_TOTAL         14.0
#define TOTAL_CAPTION_GAP   2.0   /* between the caption and the figures */
#define TOTAL_POINTS_GAP    6.0   /* between the points and "/ maximum" */
#define TOTAL_MAXIMUM_GAP   14.0  /* between "/ maximum" and the percent */
#define TOTAL_PERCENT_GAP   18.0  /* between the percent and how many are rated */
#define TOTAL_RATED_GAP     2.0   /* above how many are rated, when it goes below */
#define AFTER_TOTAL         6.0
#define SPACE_CHART         12.0

/* The charts share what is left of page one, or a page of their own when
 * less than CHART_MIN_HEIGHT is left, and never take more than
 * CHART_MAX_HEIGHT; the radar takes CHART_RADAR_SHARE of it. */
#define CHART_MIN_HEIGHT    300.0
#define CHART_MAX_HEIGHT    620.0
#define CHART_RADAR_SHARE   0.57

/* The table */
#define ROW_PAD             3.5   /* above and below a table row's text */
#define CELL_GAP            5.0   /* between table columns */
#define CELL_INSET          3.0   /* left-aligned text from its column's edge */
#define INDENT_STEP         9.0   /* per level of the criteria tree */
#define INDENT_MAX_DEPTH    3     /* deeper levels indent no further */
#define COLUMN_NUMBER       36.0
#define COLUMN_MAXIMUM      40.0
#define COLUMN_BAND         78.0
#define COLUMN_BAND2        92.0  /* the same with both languages */
#define COLUMN_PERCENT      42.0
#define COLUMN_POINTS       50.0
#define AFTER_TABLE_TITLE   6.0
#define SPACE_TOP_LEVEL     6.0   /* above a dimension's row */
#define SPACE_GROUP         3.0   /* above a row that is not scored itself */
#define AFTER_CONTINUED     2.0   /* below "1.1.1 … (continued)" atop a page */
#define SPACE_TABLE_NOTE    6.0

/* Comments hang INDENT_STEP * COMMENT_INDENT_STEPS right of the titles,
 * their text COMMENT_MARK_WIDTH right of their mark. */
#define COMMENT_INDENT_STEPS 2
#define COMMENT_MARK_WIDTH  12.0
#define COMMENT_MARK_GAP     4.0   /* at least, between a wider mark and its text */
#define SPACE_COMMENT       1.5
#define SPACE_COMMENT_HEAD  3.0   /* above "Strengths", "Evidence notes" */
#define AFTER_COMMENTS      4.0   /* below a sub-item's last comment */

/* Pagination: a comment longer than a page starts on a page where at
 * least SPLIT_MIN_HEIGHT of it fits. */
#define SPLIT_MIN_HEIGHT    40.0
#define SPLIT_BLEED         20.0  /* a part's clip reaches this far left and right */

/* Running header and footer */
#define HEADER_RULE_GAP     3.0   /* between the header's text and its rule */
#define FOOTER_RULE_GAP     4.0   /* between the footer's rule and its text */
#define RUNNING_SPACE       10.0  /* between them and the body */
#define FOOTER_NAME_MIN     20.0  /* the file name's narrowest */
#define FOOTER_NAME_GAP     24.0  /* between the file name and the page number */
