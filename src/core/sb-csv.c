/* sb-csv.c — an assessment's scores and comments as a spreadsheet (CSV)
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-csv"

#include "config.h"

#include <string.h>

#include "sb-atomic-file.h"
#include "sb-csv.h"

/* A cell a spreadsheet would read as a formula (OWASP's list: = + - @,
 * and tab or carriage return, which some spreadsheets skip before one). */
static gboolean
starts_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/* RFC 4180: a field with a comma, a quote or a line break is quoted, and a
 * quote inside it doubled; so is one with a semicolon or a tab, which a
 * spreadsheet in another locale may take for the separator and so start a
 * cell inside it. Text that would start a formula (a note from a shared
 * assessment, or a title in a standard from elsewhere, opened in
 * LibreOffice or Excel) gets a leading single quote, as OWASP's guidance
 * on CSV injection says, and is quoted: the committee reads what the
 * examiner wrote, and nothing runs. */
static void
append_field (GString    *out,
              const char *text,
              gboolean    last)
{
  gboolean formula;

  if (text == NULL)
    text = "";
  formula = starts_formula (text);
  if (formula || strpbrk (text, ",;\"\t\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (formula)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

/* A number the writer formatted itself (maximum, percent, points) stays a
 * bare number, so that the column sums in a spreadsheet: it cannot hold a
 * formula. Anything else in its place is written as text. */
static void
append_number (GString    *out,
               const char *number)
{
  const char *digits = number != NULL && number[0] == '-' ? number + 1 : number;

  if (digits == NULL || !g_ascii_isdigit (digits[0]) || digits[strspn (digits, "0123456789.")] != '\0')
    append_field (out, number, FALSE);
  else
    g_string_append_printf (out, "%s,", number);
}

/* The notes of one kind, one per line inside the cell. */
static char *
join_notes (SbAssessment *assessment,
            const char   *id,
            SbNoteKind    kind)
{
  guint n = sb_assessment_get_n_notes (assessment, id, kind);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const char *note = sb_assessment_get_note (assessment, id, kind, i);

      if (sb_note_is_blank (note))
        continue;
      if (str->len > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, note);
    }
  return g_string_free (str, FALSE);
}

/* The band's level in @language (SB_LANG_ZH, SB_LANG_EN or "both"). */
static char *
level_name (SbBand     *band,
            const char *language)
{
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  if (g_strcmp0 (language, SB_LANG_EN) == 0 || g_strcmp0 (language, SB_LANG_ZH) == 0)
    return sb_band_dup_level_name (band, language);
  zh = sb_band_dup_level_name (band, SB_LANG_ZH);
  en = sb_band_dup_level_name (band, SB_LANG_EN);
  return g_strdup_printf ("%s / %s", zh, en);
}

static void
append_row (GString      *out,
            SbAssessment *assessment,
            SbNode       *node,
            const char   *language)
{
  const char *id = node ? sb_node_get_id (node) : NULL;
  const char *band_id = NULL;
  guint percent = 0;
  gboolean scored = node != NULL && sb_node_is_scored (node);
  g_autofree char *maximum = NULL;
  g_autofree char *points = NULL;
  g_autofree char *percent_text = NULL;
  g_autofree char *strengths = NULL;
  g_autofree char *opportunities = NULL;
  g_autofree char *range = NULL;
  g_autofree char *level = NULL;
  SbScore score;

  sb_assessment_get_score (assessment, id, &score);
  maximum = sb_points_format_exact (score.maximum);
  if (scored)
    {
      if (sb_assessment_get_rating (assessment, id, &band_id, &percent))
        {
          SbBand *band = sb_guide_lookup_band (sb_node_get_guide (node), band_id);

          percent_text = g_strdup_printf ("%u", percent);
          points = sb_points_format_exact (score.points);
          if (band != NULL)
            {
              range = sb_band_dup_range (band);
              level = level_name (band, language);
            }
        }
      strengths = join_notes (assessment, id, SB_NOTE_STRENGTH);
      opportunities = join_notes (assessment, id, SB_NOTE_OPPORTUNITY);
    }
  else if (score.n_rated > 0)
    {
      /* Unrated stays empty, so that it never reads as 0 in a sum. */
      percent_text = sb_percent_format (score.points, score.maximum);
      points = sb_points_format_exact (score.points);
    }

  append_field (out, id ? id : "total", FALSE);
  append_field (out, node ? sb_text_lookup (sb_node_get_title (node), SB_LANG_ZH) : "总分", FALSE);
  append_field (out, node ? sb_text_lookup (sb_node_get_title (node), SB_LANG_EN) : "Total", FALSE);
  append_field (out, node ? sb_node_get_kind (node) : "total", FALSE);
  append_number (out, maximum);
  append_field (out, range, FALSE);
  append_field (out, level, FALSE);
  append_number (out, percent_text);
  append_number (out, points);
  append_field (out, strengths, FALSE);
  append_field (out, opportunities, TRUE);
}

/* The whole file: a UTF-8 byte-order mark (spreadsheet programs in Chinese
 * locales otherwise read it in the local code page), a header row, one row
 * per node of the criteria tree in the standard's order, and a last row
 * with the total. A rated sub-item's band is its range ("60–80 %") and
 * its level's name in @language (SB_LANG_ZH, SB_LANG_EN or "both"), what
 * the committee reads in the standard, never the band's internal id.
 * Points are exact (up to four decimals); an unrated sub-item has empty
 * band, level, percent and points. Lines end in CRLF. */
char *
sb_csv_for_assessment (SbAssessment *assessment,
                       const char   *language)
{
  GString *out;
  GPtrArray *nodes;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  out = g_string_new ("\xEF\xBB\xBF" SB_CSV_HEADER "\r\n");
  nodes = sb_standard_get_nodes (sb_assessment_get_standard (assessment));
  for (guint i = 0; i < nodes->len; i++)
    append_row (out, assessment, g_ptr_array_index (nodes, i), language);
  append_row (out, assessment, NULL, language);
  return g_string_free (out, FALSE);
}

/* Writes atomically: the old file stays whole until the new one is. The
 * file is 0600 like the assessment, since it holds the evidence notes. */
gboolean
sb_csv_write (SbAssessment  *assessment,
              const char    *language,
              GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  text = sb_csv_for_assessment (assessment, language);
  length = strlen (text);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  /* Its messages already name the file. */
  return sb_atomic_file_replace (file, bytes, SB_ATOMIC_FILE_PRIVATE, error);
}
