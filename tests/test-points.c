/* test-points.c — exact decimal points: parsing, formatting, percent
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-points.h"

typedef struct
{
  const char *text;
  gboolean    ok;
  SbPoints    value;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "0", TRUE, 0 },
  { "30", TRUE, 300000 },
  { "12.5", TRUE, 125000 },
  { "7.25", TRUE, 72500 },
  { "0.05", TRUE, 500 },
  { "9999999", TRUE, SB_POINTS (9999999) },
  { "", FALSE, 0 },
  { ".5", FALSE, 0 },
  { "5.", FALSE, 0 },
  { "1.234", FALSE, 0 },
  { "-1", FALSE, 0 },
  { "+1", FALSE, 0 },
  { "1e3", FALSE, 0 },
  { " 1", FALSE, 0 },
  { "1 ", FALSE, 0 },
  { "10000000", FALSE, 0 },
  { "１２", FALSE, 0 },
};

static void
test_parse (gconstpointer data)
{
  const ParseCase *c = data;
  SbPoints value = -1;

  g_assert_cmpint (sb_points_parse (c->text, &value), ==, c->ok);
  if (c->ok)
    g_assert_cmpint (value, ==, c->value);
}

typedef struct
{
  SbPoints    maximum;
  guint       percent;
  const char *exact;
  const char *one_decimal;
} PercentCase;

static const PercentCase percent_cases[] = {
  { SB_POINTS (30), 65, "19.5", "19.5" },
  { SB_POINTS (15), 5, "0.75", "0.8" },
  { SB_POINTS (15), 35, "5.25", "5.3" },
  { SB_POINTS (20), 100, "20", "20" },
  { SB_POINTS (40), 0, "0", "0" },
  { SB_POINTS (250), 55, "137.5", "137.5" },
  { 195000, 45, "8.775", "8.8" },
  { SB_POINTS (35), 15, "5.25", "5.3" },
};

static void
test_percent (gconstpointer data)
{
  const PercentCase *c = data;
  SbPoints points = sb_points_of_percent (c->maximum, c->percent);
  g_autofree char *exact = sb_points_format (points, 4);
  g_autofree char *one = sb_points_format (points, 1);

  g_assert_cmpstr (exact, ==, c->exact);
  g_assert_cmpstr (one, ==, c->one_decimal);
}

/* Adding 0.1-steps a thousand times stays exact, where a double drifts. */
static void
test_no_drift (void)
{
  SbPoints sum = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 1000; i++)
    sum += sb_points_of_percent (SB_POINTS (2), 5);
  text = sb_points_format (sum, 4);
  g_assert_cmpstr (text, ==, "100");
}

static void
test_percent_format (void)
{
  g_autofree char *a = sb_percent_format (SB_POINTS (84) + 5000, SB_POINTS (120));
  g_autofree char *b = sb_percent_format (0, 0);
  g_autofree char *c = sb_percent_format (SB_POINTS (1), SB_POINTS (3));
  g_autofree char *d = sb_percent_format (SB_POINTS (500), SB_POINTS (500));

  g_assert_cmpstr (a, ==, "70.4");
  g_assert_cmpstr (b, ==, "0");
  g_assert_cmpstr (c, ==, "33.3");
  g_assert_cmpstr (d, ==, "100");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/points/parse/%u", i);
      g_test_add_data_func (path, &parse_cases[i], test_parse);
    }
  for (guint i = 0; i < G_N_ELEMENTS (percent_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/points/percent/%u", i);
      g_test_add_data_func (path, &percent_cases[i], test_percent);
    }
  g_test_add_func ("/points/no-drift", test_no_drift);
  g_test_add_func ("/points/percent-format", test_percent_format);

  return g_test_run ();
}
