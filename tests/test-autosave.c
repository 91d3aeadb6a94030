/* test-autosave.c — recovery files: written soon after a change, private, and offered back after a kill
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-autosave.h"
#include "sb-test-data.h"

static void
on_written (SbAutosave *autosave,
            GFile      *file,
            guint      *count)
{
  (*count)++;
}

static gboolean
give_up (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the autosave has written @n times in all; a
 * write that never comes fails the test instead of hanging it. */
static void
wait_for_writes (guint *count,
                 guint  n)
{
  gboolean gave_up = FALSE;
  guint bound = g_timeout_add_seconds (10, give_up, &gave_up);

  while (*count < n && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  if (!gave_up)
    g_source_remove (bound);
  g_assert_cmpuint (*count, >=, n);
}

static void
test_writes_after_change (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  g_autoptr(GFile) recovery = sb_autosave_get_recovery_file (autosave);
  g_autofree char *folder = sb_autosave_get_folder ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  guint n_written = 0;

  sb_autosave_set_delay (autosave, 10);
  g_signal_connect (autosave, "written", G_CALLBACK (on_written), &n_written);
  g_assert_false (g_file_query_exists (recovery, NULL));

  g_assert_true (sb_assessment_set_rating (assessment, "1.1.1", "process-4", 65, NULL));
  sb_assessment_insert_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头");
  wait_for_writes (&n_written, 1);
  g_assert_cmpuint (n_written, ==, 1);  /* two changes, one write */

  sb_test_assert_mode (folder, 0700);
  sb_test_assert_mode (g_file_peek_path (recovery), 0600);
  written = g_file_load_bytes (recovery, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = sb_assessment_file_serialize (assessment);
  g_assert_true (g_bytes_equal (written, expected));

  /* steady typing is written too: the timer is not restarted by it */
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头，");
  sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头，全员参与");
  wait_for_writes (&n_written, 2);

  /* the user saves: nothing left to recover */
  {
    g_autofree char *dir = g_dir_make_tmp ("scorebook-test-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "saved.scorebook", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_autoptr(GPtrArray) found = NULL;
    g_autoptr(GFile) again = NULL;

    g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_query_exists (recovery, NULL));

    /* Work after a save to the same file is kept again, and still
     * belongs to that file. */
    sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头，全员参与。");
    wait_for_writes (&n_written, 3);
    g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
    g_assert_false (g_file_query_exists (recovery, NULL));
    sb_assessment_set_note (assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "领导带头，全员参与！");
    wait_for_writes (&n_written, 4);
    again = sb_autosave_get_recovery_file (autosave);
    g_assert_true (g_file_query_exists (again, NULL));
    found = sb_autosave_find_recoverable ();
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_nonnull (sb_recovery_get_saved_file (found->pdata[0]));
    g_assert_true (g_file_equal (sb_recovery_get_saved_file (found->pdata[0]), file));
    sb_autosave_discard (autosave);
    g_unlink (path);
    g_unlink (backup);
    g_rmdir (dir);
  }
}

/* One click after opening or saving is work too: the very first change
 * schedules the write, for a new assessment and for a saved one alike. */
static void
test_first_change_is_written (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) fresh = sb_assessment_new (standard);
  g_autoptr(SbAssessment) saved = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  SbAssessment *assessments[] = { fresh, saved };

  for (guint i = 0; i < G_N_ELEMENTS (assessments); i++)
    {
      g_autoptr(SbAutosave) autosave = sb_autosave_new (assessments[i]);
      g_autoptr(GFile) recovery = sb_autosave_get_recovery_file (autosave);
      guint n_written = 0;

      sb_autosave_set_delay (autosave, 10);
      g_signal_connect (autosave, "written", G_CALLBACK (on_written), &n_written);
      g_assert_false (sb_assessment_get_dirty (assessments[i]));

      g_assert_true (sb_assessment_set_rating (assessments[i], "3.2.1", "results-5", 90, NULL));
      wait_for_writes (&n_written, 1);
      g_assert_true (g_file_query_exists (recovery, NULL));
      sb_autosave_discard (autosave);
    }
}

static void
test_clean_is_not_written (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  g_autoptr(GFile) recovery = sb_autosave_get_recovery_file (autosave);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_assert_true (sb_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (recovery, NULL));
  found = sb_autosave_find_recoverable ();
  g_assert_cmpuint (found->len, ==, 0);

  /* undoing back to the saved state removes what was written */
  sb_assessment_set_applicant (assessment, "A");
  g_assert_true (sb_autosave_flush (autosave, &error));
  g_assert_true (g_file_query_exists (recovery, NULL));
  g_assert_true (sb_history_undo (sb_assessment_get_history (assessment)));
  g_assert_false (g_file_query_exists (recovery, NULL));
}

static void
test_restore_unsaved (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(SbAssessment) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = NULL;

  sb_assessment_set_applicant (assessment, "从未保存");
  g_assert_true (sb_assessment_set_rating (assessment, "3.3.2", "results-4", 70, NULL));
  g_assert_true (sb_autosave_flush (autosave, &error));
  g_assert_no_error (error);

  found = sb_autosave_find_recoverable ();
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_null (sb_recovery_get_saved_file (found->pdata[0]));
  restored = sb_recovery_restore (found->pdata[0], standard, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_assessment_get_applicant (restored), ==, "从未保存");
  g_assert_true (sb_assessment_get_rating (restored, "3.3.2", NULL, NULL));
  g_assert_true (sb_assessment_get_dirty (restored));
  g_assert_null (sb_assessment_get_file (restored));

  sb_recovery_discard (found->pdata[0]);
  again = sb_autosave_find_recoverable ();
  g_assert_cmpuint (again->len, ==, 0);
}

static void
set_mtime (GFile  *file,
           guint64 seconds)
{
  g_autoptr(GError) error = NULL;

  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, seconds, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
}

static void
test_newer_than_saved (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  g_autofree char *dir = g_dir_make_tmp ("scorebook-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.scorebook", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) recovery = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) stale = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_assessment_file_save (assessment, file, NULL, &error));
  g_assert_no_error (error);
  sb_assessment_set_examiner (assessment, "after the save");
  g_assert_true (sb_autosave_flush (autosave, &error));
  recovery = sb_autosave_get_recovery_file (autosave);
  set_mtime (file, 1000000000);
  set_mtime (recovery, 1000000100);

  found = sb_autosave_find_recoverable ();
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_file_equal (sb_recovery_get_saved_file (found->pdata[0]), file));
  {
    g_autoptr(SbAssessment) restored = sb_recovery_restore (found->pdata[0], standard, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (sb_assessment_get_examiner (restored), ==, "after the save");
    g_assert_true (g_file_equal (sb_assessment_get_file (restored), file));
  }

  /* A saved file changed later (or only touched, by a sync client) does
   * not hide the work: it is offered, saying the file is newer. */
  set_mtime (file, 1000000200);
  stale = sb_autosave_find_recoverable ();
  g_assert_cmpuint (stale->len, ==, 1);
  g_assert_true (sb_recovery_get_saved_is_newer (stale->pdata[0]));

  /* Work the saved file holds exactly is nothing to recover. */
  {
    g_autoptr(GBytes) same = sb_assessment_file_serialize (assessment);
    g_autoptr(GPtrArray) none = NULL;

    g_assert_true (g_file_replace_contents (file, g_bytes_get_data (same, NULL), g_bytes_get_size (same),
                                            NULL, FALSE, 0, NULL, NULL, &error));
    g_assert_no_error (error);
    none = sb_autosave_find_recoverable ();
    g_assert_cmpuint (none->len, ==, 0);
    g_assert_false (g_file_query_exists (recovery, NULL));
  }

  sb_autosave_discard (autosave);
  g_unlink (path);
  g_rmdir (dir);
}

/* A child that keeps changing an assessment and autosaving it, as fast as
 * it can, until it is killed. */
static int
autosave_child (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();
  g_autoptr(SbAssessment) assessment = sb_assessment_new (standard);
  g_autoptr(SbAutosave) autosave = sb_autosave_new (assessment);
  guint n_written = 0;

  sb_autosave_set_delay (autosave, 0);
  g_signal_connect (autosave, "written", G_CALLBACK (on_written), &n_written);
  g_assert_true (sb_assessment_set_rating (assessment, "2.3.2", "process-3", 55, NULL));
  sb_assessment_insert_note (assessment, "2.3.2", SB_NOTE_OPPORTUNITY, 0, "first");
  wait_for_writes (&n_written, 1);
  g_print ("ready\n");
  fflush (stdout);

  for (guint i = 0; ; i++)
    {
      g_autofree char *text = g_strdup_printf ("note %u 笔记", i);

      sb_assessment_insert_note (assessment, "g2.3.2.1", SB_NOTE_EVIDENCE, 0, text);
      wait_for_writes (&n_written, n_written + 1);
    }
  return 0;
}

/* Starts autosave_child() in a process of its own, sharing this test's
 * data folder, and returns once it has written its recovery file. */
static GSubprocess *
start_autosave_child (void)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  GSubprocess *child;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, "/proc/self/exe", "--autosave-child", NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "ready");
  return child;
}

/* Work is withheld only while another live Scorebook keeps it (it holds a
 * lock for as long as it runs), never because some process has the pid
 * written down, which after a reboot may be anything. */
static void
test_kept_by_live_process (void)
{
  g_autoptr(GSubprocess) child = start_autosave_child ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) while_alive = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) reused = NULL;

  while_alive = sb_autosave_find_recoverable ();
  g_assert_cmpuint (while_alive->len, ==, 0);
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  after = sb_autosave_find_recoverable ();
  g_assert_cmpuint (after->len, ==, 1);

  /* The info names a pid that is alive (this test's parent), but nobody
   * keeps the work: it is offered. */
  {
    g_autofree char *data = g_file_get_path (sb_recovery_get_file (after->pdata[0]));
    g_autofree char *key = g_strndup (data, strlen (data) - strlen (SB_ASSESSMENT_SUFFIX));
    g_autofree char *ini = g_strconcat (key, ".ini", NULL);
    g_autofree char *text = g_strdup_printf ("[Recovery]\npid=%d\n", (int) getppid ());

    g_assert_true (g_file_set_contents (ini, text, -1, NULL));
  }
  reused = sb_autosave_find_recoverable ();
  g_assert_cmpuint (reused->len, ==, 1);
  sb_recovery_discard (reused->pdata[0]);
}

static void
test_recovery_after_kill (void)
{
  g_autoptr(SbStandard) standard = sb_test_bundled_standard ();

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(GSubprocess) child = start_autosave_child ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(SbAssessment) restored = NULL;

      g_usleep ((round * 3571) % 15000);
      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child));

      found = sb_autosave_find_recoverable ();
      g_assert_cmpuint (found->len, ==, 1);
      restored = sb_recovery_restore (found->pdata[0], standard, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (sb_assessment_get_rating (restored, "2.3.2", NULL, NULL));
      g_assert_cmpstr (sb_assessment_get_note (restored, "2.3.2", SB_NOTE_OPPORTUNITY, 0), ==, "first");
      sb_recovery_discard (found->pdata[0]);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && strcmp (argv[1], "--autosave-child") == 0)
    return autosave_child ();

  /* Each test gets its own data folder, so recovery files never mix. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/autosave/writes-after-change", test_writes_after_change);
  g_test_add_func ("/autosave/first-change-is-written", test_first_change_is_written);
  g_test_add_func ("/autosave/clean-is-not-written", test_clean_is_not_written);
  g_test_add_func ("/autosave/restore-unsaved", test_restore_unsaved);
  g_test_add_func ("/autosave/newer-than-saved", test_newer_than_saved);
  g_test_add_func ("/autosave/recovery-after-kill", test_recovery_after_kill);
  g_test_add_func ("/autosave/kept-by-live-process", test_kept_by_live_process);
  return g_test_run ();
}
