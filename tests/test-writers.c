/* test-writers.c — every file Scorebook writes, killed mid-write and written on a failing disk
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-autosave.h"
#include "sb-chart-export.h"
#include "sb-csv.h"
#include "sb-report.h"
#include "sb-test-data.h"

/* Each writer writes one of two versions of the same file; the tests ask
 * that whatever happens, the file is one of them whole (or the older one
 * untouched when the write fails), private, and alone in its folder. */
typedef enum
{
  WRITER_SAVE,
  WRITER_AUTOSAVE,
  WRITER_CSV,
  WRITER_REPORT_PDF,
  WRITER_CHART_PNG,
  WRITER_CHART_SVG,
  WRITER_CHART_PDF,
  N_WRITERS
} Writer;

static const struct
{
  const char *name;
  const char *file_name;   /* the autosave chooses its own */
} writers[N_WRITERS] = {
  { "save", "target.scorebook" },
  { "autosave", NULL },
  { "csv", "target.csv" },
  { "report-pdf", "target.pdf" },
  { "chart-png", "target.png" },
  { "chart-svg", "target.svg" },
  { "chart-pdf", "target.pdf" },
};

/* The saved file an autosaved assessment stands for: its recovery file's
 * name comes from it, so that every process of this test agrees on it. */
#define AUTOSAVE_FOR "/nonexistent/scorebook-writers/kept.scorebook"

static SbStandard   *standard;
static SbAssessment *versions[2];
static SbAssessment *saved[2];     /* saving names them after their file */
static SbAssessment *autosaved;
static SbAutosave   *autosave;

static void
ensure_models (void)
{
  g_autoptr(GFile) kept = NULL;

  if (standard != NULL)
    return;
  standard = sb_test_bundled_standard ();
  versions[0] = sb_test_load_fixture (standard, "assessment-full.scorebook");
  versions[1] = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  saved[0] = sb_test_load_fixture (standard, "assessment-full.scorebook");
  saved[1] = sb_test_load_fixture (standard, "assessment-partial.scorebook");
  autosaved = sb_test_load_fixture (standard, "assessment-full.scorebook");
  kept = g_file_new_for_path (AUTOSAVE_FOR);
  sb_assessment_set_file (autosaved, kept);
  autosave = sb_autosave_new (autosaved);
}

static char *
recovery_path (void)
{
  g_autoptr(GFile) file = NULL;

  ensure_models ();
  file = sb_autosave_get_recovery_file (autosave);
  return g_file_get_path (file);
}

/* Where @writer writes in @folder; the autosave always writes in its own. */
static char *
target_in (Writer      writer,
           const char *folder)
{
  if (writer == WRITER_AUTOSAVE)
    return recovery_path ();
  return g_build_filename (folder, writers[writer].file_name, NULL);
}

static char *
folder_of (Writer      writer,
           const char *folder)
{
  g_autofree char *target = target_in (writer, folder);

  return g_path_get_dirname (target);
}

/* Writes version 0 or 1 to @path (for the autosave: its recovery file,
 * which @path must name) the way the program does. */
static gboolean
write_version (Writer      writer,
               const char *path,
               guint       version,
               GError    **error)
{
  SbAssessment *assessment;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ensure_models ();
  assessment = versions[version];
  switch (writer)
    {
    case WRITER_SAVE:
      return sb_assessment_file_save (saved[version], file, NULL, error);
    case WRITER_AUTOSAVE:
      {
        g_autofree char *recovery = recovery_path ();

        g_assert_cmpstr (path, ==, recovery);
        sb_assessment_set_applicant (autosaved, version ? "Version one" : "Version zero");
        g_assert_true (sb_assessment_get_dirty (autosaved));
        /* A change is stamped with the second it was made in: a fixed
         * stamp makes each version the same bytes in every process. */
        {
          g_autoptr(GDateTime) stamp = g_date_time_new_utc (2026, 3, 2, 9, 30, 0);
          sb_assessment_set_modified (autosaved, stamp);
        }
        return sb_autosave_flush (autosave, error);
      }
    case WRITER_CSV:
      return sb_csv_write (assessment, "en", file, NULL, error);
    case WRITER_REPORT_PDF:
      {
        SbReportOptions options;

        sb_report_options_init (&options);
        return sb_report_write_pdf (assessment, path, &options, NULL, NULL, NULL, error);
      }
    case WRITER_CHART_PNG:
    case WRITER_CHART_SVG:
    case WRITER_CHART_PDF:
      {
        g_autoptr(SbChartData) data = sb_chart_data_new_for_assessments (SB_CHART_LEVEL_DIMENSIONS, &assessment, 1);
        SbChartOptions options;

        sb_chart_options_init (&options);
        return sb_chart_write (data, writer == WRITER_CHART_SVG, &options, path, 640, 480, error);
      }
    case N_WRITERS:
    default:
      g_assert_not_reached ();
    }
}

/* The two versions of a file as a writer writes them. */
typedef struct
{
  GBytes *v[2];
} References;

static void
references_clear (References *self)
{
  g_clear_pointer (&self->v[0], g_bytes_unref);
  g_clear_pointer (&self->v[1], g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (References, references_clear)

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* A PDF names the moment it was made: that, and only that, may differ
 * between two writes of the same version. */
static GBytes *
comparable (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GString) text = g_string_new_len (data, length);
  static const char *dates[] = { "/CreationDate (", "/ModDate (" };

  if (length >= 5 && memcmp (data, "<?xml", 5) == 0)
    {
      /* Cairo numbers the glyphs, clips and surfaces of an SVG from a
       * counter of the process: the numbers may differ, nothing else. */
      g_autoptr(GRegex) ids = g_regex_new ("\\b(glyph|surface|clip|image|pattern|mask|source|linear|radial|filter)[0-9]+(-[0-9]+)?",
                                           0, 0, NULL);
      char *plain = g_regex_replace (ids, text->str, text->len, 0, "\\1N", 0, NULL);

      g_assert_nonnull (plain);
      return g_bytes_new_take (plain, strlen (plain));
    }
  if (length < 5 || memcmp (data, "%PDF-", 5) != 0)
    return g_bytes_ref (bytes);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      char *at = memmem (text->str, text->len, dates[i], strlen (dates[i]));

      for (at = at ? at + strlen (dates[i]) : NULL; at != NULL && at < text->str + text->len && *at != ')'; at++)
        *at = '0';
    }
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static gboolean
same_version (GBytes *a,
              GBytes *b)
{
  g_autoptr(GBytes) ca = comparable (a);
  g_autoptr(GBytes) cb = comparable (b);

  return g_bytes_equal (ca, cb);
}

/* The two versions as @writer writes them, each written twice to check
 * that writing is deterministic (up to a PDF's date). */
static void
make_references (Writer   writer,
                 GBytes  *references[2],
                 gint64  *write_usec)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scorebook-ref-XXXXXX", &error);
  g_autofree char *path = target_in (writer, dir);
  gint64 start;

  g_assert_no_error (error);
  for (guint v = 0; v < 2; v++)
    {
      g_autoptr(GBytes) again = NULL;

      start = g_get_monotonic_time ();
      g_assert_true (write_version (writer, path, v, &error));
      g_assert_no_error (error);
      *write_usec = MAX (*write_usec, g_get_monotonic_time () - start);
      references[v] = read_bytes (path);
      g_assert_true (write_version (writer, path, 1 - v, &error));
      g_assert_true (write_version (writer, path, v, &error));
      g_assert_no_error (error);
      again = read_bytes (path);
      g_assert_true (same_version (again, references[v]));
    }
  g_assert_false (same_version (references[0], references[1]));
  if (writer != WRITER_AUTOSAVE)
    {
      g_autofree char *backup = g_strconcat (path, "~", NULL);
      g_unlink (backup);
      g_unlink (path);
      g_assert_cmpint (g_rmdir (dir), ==, 0);
    }
  else
    g_rmdir (dir);
}

/* Every name in @folder is one of @allowed (NULL-terminated): no
 * temporary file, whole or partial, is left of any write. */
static void
assert_only (const char  *folder,
             const char **allowed)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_strv_contains (allowed, name))
      g_error ("%s: left in %s", name, folder);
}

static void
assert_no_part (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part") || g_str_has_prefix (name, ".goutputstream"))
      g_error ("%s: left in %s", name, folder);
}

static guint64
inode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_ino;
}

/* Removes what a test left in @folder, and @folder unless it is the
 * recovery folder. */
static void
clear_folder (const char *folder,
              gboolean    remove)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
  if (remove)
    g_rmdir (folder);
}

static char *
make_folder (Writer writer)
{
  g_autoptr(GError) error = NULL;
  char *dir;

  if (writer == WRITER_AUTOSAVE)
    {
      dir = folder_of (writer, NULL);
      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      clear_folder (dir, FALSE);
      return dir;
    }
  dir = g_dir_make_tmp ("scorebook-writer-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

/* Killing a writer */

/* Writes the two versions to @path in turns, forever. */
static int
write_loop_child (Writer      writer,
                  const char *path)
{
  for (guint64 i = 0; ; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!write_version (writer, path, i % 2, &error))
        g_error ("%s", error->message);
      if (i == 0)
        {
          g_print ("ready\n");
          fflush (stdout);
        }
    }
  return 0;
}

static guint
n_kills (void)
{
  const char *s = g_getenv ("SB_WRITER_KILLS");

  return s != NULL ? (guint) g_ascii_strtoull (s, NULL, 10) : 24;
}

static void
test_kill (gconstpointer data)
{
  Writer writer = GPOINTER_TO_UINT (data);
  g_autofree char *folder = make_folder (writer);
  g_autofree char *path = target_in (writer, folder);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *backup_name = g_strconcat (name, "~", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *info_name = NULL;
  g_auto(References) references = { { NULL, NULL } };
  const char *allowed[4] = { name, NULL, NULL, NULL };
  gint64 write_usec = 0;
  guint seen[2] = { 0, 0 };
  guint kills = n_kills ();

  make_references (writer, references.v, &write_usec);
  if (writer == WRITER_SAVE)
    allowed[1] = backup_name;
  if (writer == WRITER_AUTOSAVE)
    {
      info_name = g_strconcat (name, NULL);
      strcpy (strrchr (info_name, '.'), ".ini");
      allowed[1] = info_name;
    }

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDataInputStream) lines = NULL;
      g_autofree char *line = NULL;
      g_autoptr(GBytes) bytes = NULL;
      guint version;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "/proc/self/exe",
                                "--write-loop", writers[writer].name, path, NULL);
      g_assert_no_error (error);
      lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
      line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "ready");

      /* Anywhere within about three writes, so that kills land in every
       * part of one. */
      g_usleep (g_test_rand_int_range (0, (int) MIN (write_usec * 3, G_USEC_PER_SEC / 2) + 1));
      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child));
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

      /* The first write was whole before "ready": the file is there. */
      bytes = read_bytes (path);
      if (same_version (bytes, references.v[0]))
        version = 0;
      else if (same_version (bytes, references.v[1]))
        version = 1;
      else
        g_error ("%s after kill %u: %" G_GSIZE_FORMAT " bytes, neither version", path, round, g_bytes_get_size (bytes));
      seen[version]++;
      sb_test_assert_mode (path, 0600);
      if (writer == WRITER_SAVE || writer == WRITER_AUTOSAVE)
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(SbAssessment) loaded = sb_assessment_file_load (standard, file, NULL, NULL, &error);

          g_assert_no_error (error);
        }
      if (writer == WRITER_SAVE && g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GFile) file = g_file_new_for_path (backup);
          g_autoptr(SbAssessment) loaded = sb_assessment_file_load (standard, file, NULL, NULL, &error);
          g_autoptr(GBytes) kept = read_bytes (backup);

          g_assert_no_error (error);
          g_assert_true (same_version (kept, references.v[0]) || same_version (kept, references.v[1]));
          sb_test_assert_mode (backup, 0600);
        }

      /* One whole write more leaves nothing of the killed one. */
      g_assert_true (write_version (writer, path, round % 2, &error));
      g_assert_no_error (error);
      assert_only (folder, allowed);
    }
  g_test_message ("%s: %u kills, then version 0 found %u times, version 1 %u times",
                  writers[writer].name, kills, seen[0], seen[1]);
  clear_folder (folder, writer != WRITER_AUTOSAVE);
}

/* Disk faults in a mount namespace of a child process */

/* Whether @message says which file (or, for the autosave, which folder)
 * could not be written. */
static void
assert_names (Writer      writer,
              const char *message,
              const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);

  if (strstr (message, name) == NULL && (writer != WRITER_AUTOSAVE || strstr (message, folder) == NULL))
    g_error ("“%s” does not name %s", message, path);
}

/* Writing the newer version to @path fails, with a message that names
 * it, and leaves the older one (@before) as it was and nothing beside it. */
static void
assert_write_fails (Writer      writer,
                    const char *path,
                    const char *folder,
                    GBytes     *before)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_false (write_version (writer, path, 1, &error));
  g_assert_nonnull (error);
  assert_names (writer, error->message, path);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  assert_no_part (folder);
  g_print ("%s\n", error->message);
}

/* In @folder, made a small or read-only tmpfs: the older version is
 * there, the newer one cannot be written. */
static int
fault_child (Writer      writer,
             const char *kind,
             const char *folder)
{
  g_autofree char *path = target_in (writer, folder);
  g_autofree char *filler = g_build_filename (folder, "filler", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  gboolean full = g_str_equal (kind, "full");
  gboolean not_ours = g_str_equal (kind, "not-ours");

  if (not_ours)
    {
      /* A folder of someone else's where the file itself may be written:
       * a writer working in place would get through, but no temporary
       * file can be made beside it. Only root can set that up. */
      g_autofree char *parent = g_path_get_dirname (folder);
      g_autofree char *grandparent = g_path_get_dirname (parent);

      ensure_models ();
      g_assert_true (write_version (writer, path, 0, &error));
      g_assert_no_error (error);
      if (getuid () != 0 || chown (path, 65534, 65534) != 0 || setgid (65534) != 0 ||
          g_chmod (folder, 0755) != 0 ||
          (writer == WRITER_AUTOSAVE && (g_chmod (parent, 0755) != 0 || g_chmod (grandparent, 0755) != 0)) ||
          setuid (65534) != 0)
        {
          g_print ("skip: cannot write as another user here: %s\n", g_strerror (errno));
          return 0;
        }
      before = read_bytes (path);
    }
  else
    {
      if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
          mount ("tmpfs", folder, "tmpfs", 0, "size=2m,mode=0700") != 0)
        {
          g_print ("skip: no mount namespace: %s\n", g_strerror (errno));
          return 0;
        }
      g_assert_true (write_version (writer, path, 0, &error));
      g_assert_no_error (error);
      before = read_bytes (path);
    }

  if (not_ours)
    ;
  else if (full)
    {
      FILE *f = fopen (filler, "w");
      char block[1024] = { 0 };

      g_assert_nonnull (f);
      while (fwrite (block, 1, sizeof block, f) == sizeof block && fflush (f) == 0)
        ;
      fclose (f);
    }
  else if (mount ("tmpfs", folder, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL) != 0)
    {
      g_print ("skip: cannot make the folder read-only: %s\n", g_strerror (errno));
      return 0;
    }

  assert_write_fails (writer, path, folder, before);
  return 0;
}

/* In @folder, the older version whole; then this process may write no
 * file past half the newer one, so the writer gets part of it out before
 * a write fails (with EFBIG, the signal being ignored). The older version
 * must stay as it was, and nothing be left beside it. */
static int
halfway_child (Writer      writer,
               const char *folder)
{
  g_autofree char *path = target_in (writer, folder);
  g_autoptr(GBytes) newer = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit;

  g_assert_true (write_version (writer, path, 1, &error));
  g_assert_no_error (error);
  newer = read_bytes (path);
  g_assert_true (write_version (writer, path, 0, &error));
  g_assert_no_error (error);
  before = read_bytes (path);

  limit.rlim_cur = limit.rlim_max = g_bytes_get_size (newer) / 2;
  g_assert_cmpuint (limit.rlim_cur, >, 0);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  assert_write_fails (writer, path, folder, before);
  return 0;
}

static void
run_fault_child (Writer      writer,
                 const char *kind)
{
  g_autofree char *folder = make_folder (writer);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "/proc/self/exe",
                            "--fault", writers[writer].name, kind, folder, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  /* The tmpfs went with the child: the folder is as it was. */
  clear_folder (folder, writer != WRITER_AUTOSAVE);
  g_strchomp (out);
  if (g_str_has_prefix (out, "skip"))
    {
      g_test_skip (out);
      return;
    }
  g_test_message ("%s, %s: %s", writers[writer].name, kind, out);
}

static void
test_disk_full (gconstpointer data)
{
  run_fault_child (GPOINTER_TO_UINT (data), "full");
}

static void
test_read_only (gconstpointer data)
{
  run_fault_child (GPOINTER_TO_UINT (data), "read-only");
}

static void
test_not_ours (gconstpointer data)
{
  run_fault_child (GPOINTER_TO_UINT (data), "not-ours");
}

static void
test_halfway (gconstpointer data)
{
  run_fault_child (GPOINTER_TO_UINT (data), "halfway");
}

/* Disk faults in this process */

/* The folder removed between two writes: a clear error, or for the
 * autosave, which keeps its folder itself, a folder made again. */
static void
test_folder_deleted (gconstpointer data)
{
  Writer writer = GPOINTER_TO_UINT (data);
  g_autofree char *parent = make_folder (writer);
  g_autofree char *folder = writer == WRITER_AUTOSAVE ? g_strdup (parent) : g_build_filename (parent, "gone", NULL);
  g_autofree char *path = target_in (writer, folder);
  g_auto(References) references = { { NULL, NULL } };
  g_autoptr(GError) error = NULL;
  gint64 write_usec = 0;

  make_references (writer, references.v, &write_usec);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (write_version (writer, path, 0, &error));
  g_assert_no_error (error);
  clear_folder (folder, TRUE);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  if (writer == WRITER_AUTOSAVE)
    {
      g_autoptr(GBytes) bytes = NULL;

      g_assert_true (write_version (writer, path, 1, &error));
      g_assert_no_error (error);
      bytes = read_bytes (path);
      g_assert_true (same_version (bytes, references.v[1]));
      sb_test_assert_mode (folder, 0700);
      sb_test_assert_mode (path, 0600);
      clear_folder (folder, FALSE);
      return;
    }
  g_assert_false (write_version (writer, path, 1, &error));
  g_assert_nonnull (error);
  assert_names (writer, error->message, path);
  g_test_message ("%s: %s", writers[writer].name, error->message);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_rmdir (parent);
}

/* Written through a symbolic link: the file it names is replaced, the
 * link stays a link; a link to nothing yet makes the file. */
static void
test_symlink (gconstpointer data)
{
  Writer writer = GPOINTER_TO_UINT (data);
  g_autofree char *folder = make_folder (writer);
  g_autofree char *path = target_in (writer, folder);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *real_name = g_strconcat ("real-", name, NULL);
  g_autofree char *real = g_build_filename (folder, real_name, NULL);
  g_auto(References) references = { { NULL, NULL } };
  g_autoptr(GError) error = NULL;
  gint64 write_usec = 0;
  GStatBuf st;

  make_references (writer, references.v, &write_usec);
  clear_folder (folder, FALSE);
  g_assert_cmpint (symlink (real_name, path), ==, 0);
  for (guint v = 0; v < 2; v++)
    {
      g_autoptr(GBytes) bytes = NULL;
      guint64 inode = v ? inode_of (real) : 0;

      g_assert_true (write_version (writer, path, v, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_lstat (path, &st), ==, 0);
      g_assert_true (S_ISLNK (st.st_mode));
      bytes = read_bytes (real);
      g_assert_true (same_version (bytes, references.v[v]));
      /* replaced by a new file, never rewritten where it is */
      if (v)
        g_assert_cmpuint (inode_of (real), !=, inode);
      sb_test_assert_mode (real, 0600);
      assert_no_part (folder);
    }
  if (writer == WRITER_SAVE)
    {
      /* the backup is the real file's, a private copy */
      g_autofree char *backup = g_strconcat (real, "~", NULL);
      g_autoptr(GBytes) kept = read_bytes (backup);

      g_assert_true (same_version (kept, references.v[0]));
      g_assert_cmpint (g_lstat (backup, &st), ==, 0);
      g_assert_true (S_ISREG (st.st_mode));
      sb_test_assert_mode (backup, 0600);
    }
  clear_folder (folder, writer != WRITER_AUTOSAVE);
}

/* A file with a second name: the other name keeps the older content. */
static void
test_hard_link (gconstpointer data)
{
  Writer writer = GPOINTER_TO_UINT (data);
  g_autofree char *folder = make_folder (writer);
  g_autofree char *path = target_in (writer, folder);
  g_autofree char *other = g_build_filename (folder, "other-name", NULL);
  g_auto(References) references = { { NULL, NULL } };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  gint64 write_usec = 0;
  GStatBuf st;

  make_references (writer, references.v, &write_usec);
  clear_folder (folder, FALSE);
  g_assert_true (write_version (writer, path, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_true (write_version (writer, path, 1, &error));
  g_assert_no_error (error);
  bytes = read_bytes (path);
  g_assert_true (same_version (bytes, references.v[1]));
  kept = read_bytes (other);
  g_assert_true (same_version (kept, references.v[0]));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_nlink, ==, 1);
  sb_test_assert_mode (path, 0600);
  assert_no_part (folder);
  clear_folder (folder, writer != WRITER_AUTOSAVE);
}

/* Another program puts other content at the path right before the write,
 * in place and longer than either version, or as a new file: the write
 * replaces it whole, with nothing of the other content left at its end. */
static void
test_replaced_behind (gconstpointer data)
{
  Writer writer = GPOINTER_TO_UINT (data);
  g_autofree char *folder = make_folder (writer);
  g_autofree char *path = target_in (writer, folder);
  g_auto(References) references = { { NULL, NULL } };
  g_autoptr(GError) error = NULL;
  gint64 write_usec = 0;
  gsize length;

  make_references (writer, references.v, &write_usec);
  length = MAX (g_bytes_get_size (references.v[0]), g_bytes_get_size (references.v[1])) * 2 + 4096;
  clear_folder (folder, FALSE);
  for (guint how = 0; how < 2; how++)
    {
      g_autofree char *theirs = g_strnfill (length, how ? 'y' : 'x');
      g_autoptr(GBytes) bytes = NULL;
      guint64 inode;

      g_assert_true (write_version (writer, path, 0, &error));
      g_assert_no_error (error);
      if (how == 0)
        {
          /* rewritten in place, as an editor without safe saving does */
          FILE *f = fopen (path, "r+");

          g_assert_nonnull (f);
          g_assert_cmpuint (fwrite (theirs, 1, length, f), ==, length);
          g_assert_cmpint (fclose (f), ==, 0);
        }
      else
        {
          g_file_set_contents (path, theirs, length, &error);
          g_assert_no_error (error);
        }
      inode = inode_of (path);
      g_assert_true (write_version (writer, path, 1, &error));
      g_assert_no_error (error);
      bytes = read_bytes (path);
      g_assert_true (same_version (bytes, references.v[1]));
      g_assert_cmpuint (inode_of (path), !=, inode);
      sb_test_assert_mode (path, 0600);
      assert_no_part (folder);
      if (writer == WRITER_SAVE)
        {
          /* their version is kept as the backup */
          g_autofree char *backup = g_strconcat (path, "~", NULL);
          g_autoptr(GBytes) kept = read_bytes (backup);

          g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), theirs, length);
        }
    }
  clear_folder (folder, writer != WRITER_AUTOSAVE);
}

static Writer
writer_named (const char *name)
{
  for (guint i = 0; i < N_WRITERS; i++)
    if (g_str_equal (writers[i].name, name))
      return i;
  g_error ("%s: no such writer", name);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  static const struct
  {
    const char *name;
    GTestDataFunc func;
  } tests[] = {
    { "kill", test_kill },
    { "disk-full", test_disk_full },
    { "read-only-folder", test_read_only },
    { "writable-file-in-read-only-folder", test_not_ours },
    { "failing-halfway", test_halfway },
    { "folder-deleted", test_folder_deleted },
    { "symlink", test_symlink },
    { "hard-link", test_hard_link },
    { "replaced-behind", test_replaced_behind },
  };

  /* The helpers that the tests run as child processes; they inherit the
   * data folder, so their recovery files are the parent's. */
  if (argc == 4 && strcmp (argv[1], "--write-loop") == 0)
    return write_loop_child (writer_named (argv[2]), argv[3]);
  if (argc == 5 && strcmp (argv[1], "--fault") == 0 && strcmp (argv[3], "halfway") == 0)
    return halfway_child (writer_named (argv[2]), argv[4]);
  if (argc == 5 && strcmp (argv[1], "--fault") == 0)
    return fault_child (writer_named (argv[2]), argv[3], argv[4]);

  {
    g_autoptr(GError) error = NULL;

    /* Recovery files of this run only, never the user's: set before
     * anything asks GLib for the data folder, which it remembers. */
    data_home = g_dir_make_tmp ("scorebook-data-XXXXXX", &error);
    g_assert_no_error (error);
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  g_test_init (&argc, &argv, NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
    for (guint w = 0; w < N_WRITERS; w++)
      {
        g_autofree char *path = g_strdup_printf ("/writers/%s/%s", tests[t].name, writers[w].name);
        g_test_add_data_func (path, GUINT_TO_POINTER (w), tests[t].func);
      }
  {
    int status = g_test_run ();
    g_autofree char *folder = g_build_filename (data_home, "scorebook", "recovery", NULL);
    g_autofree char *parent = g_build_filename (data_home, "scorebook", NULL);

    clear_folder (folder, TRUE);
    g_rmdir (parent);
    g_rmdir (data_home);
    return status;
  }
}
