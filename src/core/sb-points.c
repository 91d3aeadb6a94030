/* sb-points.c — exact decimal points
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-points"

#include "config.h"

#include "sb-points.h"

/* Parses "30", "12.5" or "7.25": digits, then at most two decimals.
 * Anything else (signs, exponents, spaces, more decimals) is refused, so
 * that what a file says is exactly what is added up. */
gboolean
sb_points_parse (const char *text,
                 SbPoints   *out)
{
  SbPoints whole = 0;
  SbPoints fraction = 0;
  SbPoints fraction_scale = SB_POINTS_SCALE;
  const char *p = text;
  guint n_digits = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (++n_digits > 7)
        return FALSE;
      whole = whole * 10 + (*p - '0');
    }
  if (n_digits == 0)
    return FALSE;

  if (*p == '.')
    {
      guint n_decimals = 0;

      for (p++; g_ascii_isdigit (*p); p++)
        {
          if (++n_decimals > 2)
            return FALSE;
          fraction_scale /= 10;
          fraction += (*p - '0') * fraction_scale;
        }
      if (n_decimals == 0)
        return FALSE;
    }

  if (*p != '\0')
    return FALSE;

  *out = whole * SB_POINTS_SCALE + fraction;
  return TRUE;
}

/* Rounds half away from zero to @max_decimals (at most 4) and drops
 * trailing zeros: 19.5, 20, 0.75 (or 0.8 with one decimal). */
char *
sb_points_format (SbPoints points,
                  guint    max_decimals)
{
  SbPoints unit = SB_POINTS_SCALE;
  SbPoints magnitude;
  SbPoints whole, fraction;
  GString *str;
  gboolean negative = points < 0;

  max_decimals = MIN (max_decimals, 4);
  for (guint i = 0; i < max_decimals; i++)
    unit /= 10;

  magnitude = negative ? -points : points;
  magnitude = (magnitude + unit / 2) / unit * unit;
  whole = magnitude / SB_POINTS_SCALE;
  fraction = magnitude % SB_POINTS_SCALE;

  str = g_string_new (NULL);
  if (negative && magnitude != 0)
    g_string_append_c (str, '-');
  g_string_append_printf (str, "%" G_GINT64_FORMAT, whole);
  if (fraction != 0)
    {
      char digits[5];

      g_snprintf (digits, sizeof digits, "%04" G_GINT64_FORMAT, fraction);
      for (int i = 3; i >= 0 && digits[i] == '0'; i--)
        digits[i] = '\0';
      g_string_append_printf (str, ".%s", digits);
    }
  return g_string_free (str, FALSE);
}

/* Points exactly as they are held, with no trailing zeros ("5.25", "19.5",
 * "246.25"): the one way every score is shown, so that the parts printed
 * in any column add up to the total printed below them. */
char *
sb_points_format_exact (SbPoints points)
{
  return sb_points_format (points, 4);
}

SbPoints
sb_points_of_percent (SbPoints maximum,
                      guint    percent)
{
  return maximum * (SbPoints) percent / 100;
}

/* part / whole as a percent to one decimal at most ("22.5", "45"), the one
 * rule for every percent Scorebook shows, so that a chart's label and the
 * table beside it never round one number two ways; "0" for an empty whole
 * rather than a division by zero. */
char *
sb_percent_format (SbPoints part,
                   SbPoints whole)
{
  if (whole <= 0)
    return g_strdup ("0");
  /* percent in ten-thousandths = part * 100 * SCALE / whole, rounded */
  return sb_points_format ((part * 100 * SB_POINTS_SCALE * 2 + whole) / (2 * whole), 1);
}
