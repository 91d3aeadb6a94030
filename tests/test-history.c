/* test-history.c — the undo history on its own: the step limit, typing merged into one step, the clean state
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-history.h"

/* The target of the commands: one number, and how many commands' data the
 * history has freed. */
typedef struct
{
  int   value;
  guint n_freed;
} Counter;

/* A command that sets the counter; the history frees it through the
 * counter it points back to. */
typedef struct
{
  Counter *counter;
  int      before;
  int      after;
} SetStep;

static void
set_apply (gpointer target,
           gpointer data,
           gboolean undo)
{
  Counter *counter = target;
  SetStep *step = data;

  counter->value = undo ? step->before : step->after;
}

static void
set_merge (gpointer data,
           gpointer next)
{
  SetStep *step = data;
  SetStep *later = next;

  step->after = later->after;
}

static void
set_free (gpointer data)
{
  SetStep *step = data;

  step->counter->n_freed++;
  g_free (step);
}

static const SbCommandFuncs set_funcs = { set_apply, set_merge, set_free };

/* Sets the counter and records it, as a model's setter does. */
static void
set (SbHistory  *history,
     Counter    *counter,
     int         value,
     const char *merge_key)
{
  SetStep *step = g_new0 (SetStep, 1);

  step->counter = counter;
  step->before = counter->value;
  step->after = value;
  counter->value = value;
  sb_history_push (history, &set_funcs, step, merge_key);
}

static guint
undo_all (SbHistory *history)
{
  guint n = 0;

  while (sb_history_undo (history))
    n++;
  return n;
}

/* Past SB_HISTORY_MAX_STEPS the oldest steps are forgotten (and freed),
 * not the newest, and undoing everything stops where the oldest kept step
 * began: a state that is not the one the history started in. */
static void
test_step_limit (void)
{
  const guint extra = 5;
  Counter counter = { 0 };
  g_autoptr(SbHistory) history = sb_history_new (&counter);
  guint64 start = sb_history_get_state (history);

  for (guint i = 1; i <= SB_HISTORY_MAX_STEPS + extra; i++)
    set (history, &counter, (int) i, NULL);

  g_assert_cmpuint (counter.n_freed, ==, extra);
  g_assert_cmpint (counter.value, ==, SB_HISTORY_MAX_STEPS + extra);
  g_assert_cmpuint (undo_all (history), ==, SB_HISTORY_MAX_STEPS);
  g_assert_cmpint (counter.value, ==, extra);
  g_assert_false (sb_history_can_undo (history));
  g_assert_cmpuint (sb_history_get_state (history), !=, start);

  /* Everything kept can be redone, up to the newest step. */
  while (sb_history_redo (history))
    ;
  g_assert_cmpint (counter.value, ==, SB_HISTORY_MAX_STEPS + extra);
  g_assert_cmpuint (counter.n_freed, ==, extra);
}

/* Commands with the same merge key, one after another, are one step: a
 * burst of typing is undone at once. A seal, another key, a NULL key or an
 * undo in between starts a new step. */
static void
test_typing_merge (void)
{
  Counter counter = { 0 };
  g_autoptr(SbHistory) history = sb_history_new (&counter);

  set (history, &counter, 1, "note/a");
  set (history, &counter, 2, "note/a");
  set (history, &counter, 3, "note/a");
  /* The merged commands' data is freed as they merge. */
  g_assert_cmpuint (counter.n_freed, ==, 2);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpint (counter.value, ==, 0);
  g_assert_false (sb_history_can_undo (history));
  g_assert_true (sb_history_redo (history));
  g_assert_cmpint (counter.value, ==, 3);

  /* Redone, the step is closed: typing again is a step of its own. */
  set (history, &counter, 4, "note/a");
  g_assert_true (sb_history_undo (history));
  g_assert_cmpint (counter.value, ==, 3);
  g_assert_true (sb_history_redo (history));

  sb_history_seal (history);
  set (history, &counter, 5, "note/a");
  set (history, &counter, 6, "note/b");
  set (history, &counter, 7, NULL);
  set (history, &counter, 8, NULL);
  g_assert_cmpuint (undo_all (history), ==, 6);
  g_assert_cmpint (counter.value, ==, 0);
}

/* The state names where the target is: it changes with every step, comes
 * back when the same state does, and survives a clear, so that an owner
 * can tell whether it is where it was saved. */
static void
test_clean_state (void)
{
  Counter counter = { 0 };
  g_autoptr(SbHistory) history = sb_history_new (&counter);
  guint64 start = sb_history_get_state (history);
  guint64 one, two, other;

  set (history, &counter, 1, NULL);
  one = sb_history_get_state (history);
  g_assert_cmpuint (one, !=, start);
  set (history, &counter, 2, "text");
  two = sb_history_get_state (history);
  g_assert_cmpuint (two, !=, one);

  /* Typing merged into the last step stays in its state: the owner seals
   * the history when it takes the state it saved at. */
  set (history, &counter, 3, "text");
  g_assert_cmpuint (sb_history_get_state (history), ==, two);

  g_assert_true (sb_history_undo (history));
  g_assert_cmpuint (sb_history_get_state (history), ==, one);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpuint (sb_history_get_state (history), ==, start);
  g_assert_true (sb_history_redo (history));
  g_assert_cmpuint (sb_history_get_state (history), ==, one);

  /* A new step after an undo is a new state, never the one it replaced. */
  set (history, &counter, 4, NULL);
  other = sb_history_get_state (history);
  g_assert_cmpuint (other, !=, two);
  g_assert_cmpuint (other, !=, one);
  g_assert_cmpuint (other, !=, start);
  g_assert_false (sb_history_can_redo (history));

  /* Clearing forgets the steps but not where the target is. */
  sb_history_clear (history);
  g_assert_false (sb_history_can_undo (history));
  g_assert_cmpuint (sb_history_get_state (history), ==, other);
  set (history, &counter, 5, NULL);
  g_assert_cmpuint (sb_history_get_state (history), !=, other);
  g_assert_true (sb_history_undo (history));
  g_assert_cmpuint (sb_history_get_state (history), ==, other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/history/step-limit", test_step_limit);
  g_test_add_func ("/history/typing-merge", test_typing_merge);
  g_test_add_func ("/history/clean-state", test_clean_state);
  return g_test_run ();
}
