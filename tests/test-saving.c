/* test-saving.c — saves written off the main thread: in order, never losing what was typed meanwhile
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-test-data.h"

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *res = user_data;

  res->ok = sb_assessment_file_save_finish (result, &res->error);
  res->done = TRUE;
}

static void
wait_for (Result *res)
{
  sb_assessment_file_wait_for_writes ();
  g_assert_true (res->done);
}

/* A fresh folder and the file saved in it, removed with its backup after. */
typedef struct
{
  SbStandard   *standard;
  SbAssessment *assessment;
  char         *dir;
  char         *path;
  GFile        *file;
} Place;

static void
place_set_up (Place         *place,
              gconstpointer  data)
{
  place->standard = sb_test_bundled_standard ();
  place->assessment = sb_assessment_new (place->standard);
  place->dir = g_dir_make_tmp ("sb-saving-XXXXXX", NULL);
  place->path = g_build_filename (place->dir, "a.scorebook", NULL);
  place->file = g_file_new_for_path (place->path);
  sb_assessment_insert_note (place->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "");
}

static void
place_tear_down (Place         *place,
                 gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (place->path, "~", NULL);

  g_unlink (backup);
  if (g_unlink (place->path) != 0)
    g_rmdir (place->path);
  g_rmdir (place->dir);
  g_object_unref (place->file);
  g_free (place->path);
  g_free (place->dir);
  g_object_unref (place->assessment);
  g_object_unref (place->standard);
}

static char *
note_in (SbStandard *standard,
         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) read = sb_assessment_file_load (standard, file, NULL, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (sb_assessment_get_note (read, "1.1.1", SB_NOTE_STRENGTH, 0));
}

/* The bytes are taken when the save is asked for. What is typed while
 * they are being written, even into the note just saved (whose steps
 * merge as one types), leaves the work unsaved, and the next save
 * writes it. */
static void
test_typing_during_save (Place         *place,
                         gconstpointer  data)
{
  SbAssessment *assessment = place->assessment;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  Result res = { 0 };

  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导");
  sb_assessment_file_save_async (assessment, place->file, save_done, &res);
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头");
  wait_for (&res);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_assert_true (g_file_equal (sb_assessment_get_file (assessment), place->file));
  g_assert_true (sb_assessment_get_dirty (assessment));
  first = note_in (place->standard, place->path);
  g_assert_cmpstr (first, ==, "领导");

  res = (Result) { 0 };
  sb_assessment_file_save_async (assessment, place->file, save_done, &res);
  wait_for (&res);
  g_assert_true (res.ok);
  g_assert_false (sb_assessment_get_dirty (assessment));
  second = note_in (place->standard, place->path);
  g_assert_cmpstr (second, ==, "领导带头");

  /* Undone back to what the first save wrote: unsaved again, since the
   * file now holds the second. */
  sb_history_undo (sb_assessment_get_history (assessment));
  g_assert_true (sb_assessment_get_dirty (assessment));
}

/* Saves asked for one after another reach the disk in that order: the
 * file ends as the last one asked for. */
static void
test_in_order (Place         *place,
               gconstpointer  data)
{
  SbAssessment *assessment = place->assessment;
  g_autofree char *last = NULL;
  Result res[8] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (res); i++)
    {
      g_autofree char *text = g_strdup_printf ("第 %u 次", i);

      sb_history_seal (sb_assessment_get_history (assessment));
      sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, text);
      sb_assessment_file_save_async (assessment, place->file, save_done, &res[i]);
    }
  g_assert_cmpuint (sb_assessment_file_get_n_writing (), ==, G_N_ELEMENTS (res));
  sb_assessment_file_wait_for_writes ();
  for (guint i = 0; i < G_N_ELEMENTS (res); i++)
    g_assert_true (res[i].done && res[i].ok);
  last = note_in (place->standard, place->path);
  g_assert_cmpstr (last, ==, "第 7 次");
  g_assert_false (sb_assessment_get_dirty (assessment));
}

/* A write that fails on the writer thread says what the same save on the
 * main thread says, and changes nothing in memory. */
static void
test_failure_message (Place         *place,
                      gconstpointer  data)
{
  SbAssessment *assessment = place->assessment;
  g_autoptr(GError) sync_error = NULL;
  Result res = { 0 };

  /* A folder where the file should be: no writer gets past that, not
   * even one running as root. */
  g_assert_cmpint (g_mkdir (place->path, 0700), ==, 0);
  g_assert_false (sb_assessment_file_save (assessment, place->file, NULL, &sync_error));
  g_assert_nonnull (sync_error);

  sb_assessment_file_save_async (assessment, place->file, save_done, &res);
  wait_for (&res);
  g_assert_false (res.ok);
  g_assert_error (res.error, sync_error->domain, sync_error->code);
  g_assert_cmpstr (res.error->message, ==, sync_error->message);
  g_assert_null (sb_assessment_get_file (assessment));
  g_assert_true (sb_assessment_get_dirty (assessment));
  g_clear_error (&res.error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/saving/typing-during-save", Place, NULL, place_set_up, test_typing_during_save, place_tear_down);
  g_test_add ("/saving/in-order", Place, NULL, place_set_up, test_in_order, place_tear_down);
  g_test_add ("/saving/failure-message", Place, NULL, place_set_up, test_failure_message, place_tear_down);
  return g_test_run ();
}
