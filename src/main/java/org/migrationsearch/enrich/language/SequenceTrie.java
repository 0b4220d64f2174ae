package org.migrationsearch.enrich.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.function.IntConsumer;

/**
 * Counts the occurrences of many short letter sequences in one pass over a text. The trie of the
 * sequences is completed into an automaton (Aho-Corasick) whose state after each char is the
 * longest end of the text read so far that begins some sequence, so each char costs one look-up
 * in a flat table; searching the text once per sequence read a body's opening some fifty times,
 * and walking the trie from every position read each char again for every sequence it may start.
 * Overlapping occurrences all count, as a search stepping one character after each hit counts
 * them ("_" cues share their boundary).
 */
final class SequenceTrie {

  /** Position of each char in the alphabet of the sequences; -1 for a char none of them holds. */
  private final int[] alphabet = new int[Character.MAX_VALUE + 1];
  private final int letters;
  /** The next state from state s by letter a at {@code s * letters + a}; state 0 is the start. */
  private final int[] next;
  /** The sequences that end where each state is reached, by their position in the list. */
  private final int[][] endingAt;
  private final int size;

  SequenceTrie(List<String> sequences) {
    Arrays.fill(alphabet, -1);
    int count = 0;
    for (String s : sequences) {
      for (int i = 0; i < s.length(); i++) {
        if (alphabet[s.charAt(i)] < 0) {
          alphabet[s.charAt(i)] = count++;
        }
      }
    }
    letters = count;
    List<int[]> children = new ArrayList<>();
    List<Integer> sequenceAt = new ArrayList<>();
    children.add(newState(letters));
    sequenceAt.add(-1);
    for (int q = 0; q < sequences.size(); q++) {
      String s = sequences.get(q);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty sequence occurs everywhere");
      }
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        int a = alphabet[s.charAt(i)];
        if (children.get(state)[a] < 0) {
          children.get(state)[a] = children.size();
          children.add(newState(letters));
          sequenceAt.add(-1);
        }
        state = children.get(state)[a];
      }
      if (sequenceAt.get(state) >= 0) {
        throw new IllegalArgumentException("sequence listed twice: " + s);
      }
      sequenceAt.set(state, q);
    }
    int states = children.size();
    next = new int[states * letters];
    endingAt = new int[states][];
    int[] fallback = new int[states];
    // Breadth first, so a state's fallback (its longest proper end that is a state) is complete
    // before the state itself.
    Queue<Integer> queue = new ArrayDeque<>();
    endingAt[0] = new int[0];
    for (int a = 0; a < letters; a++) {
      int child = children.get(0)[a];
      next[a] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      int[] inherited = endingAt[fallback[state]];
      endingAt[state] = sequenceAt.get(state) < 0 ? inherited : append(inherited, sequenceAt.get(state));
      for (int a = 0; a < letters; a++) {
        int child = children.get(state)[a];
        if (child > 0) {
          fallback[child] = next[fallback[state] * letters + a];
          next[state * letters + a] = child;
          queue.add(child);
        } else {
          next[state * letters + a] = next[fallback[state] * letters + a];
        }
      }
    }
    size = sequences.size();
  }

  private static int[] newState(int letters) {
    int[] children = new int[letters];
    Arrays.fill(children, -1);
    return children;
  }

  private static int[] append(int[] values, int value) {
    int[] out = Arrays.copyOf(values, values.length + 1);
    out[values.length] = value;
    return out;
  }

  /** A count of the sequences in a text to be read char by char. */
  Count count() {
    return new Count();
  }

  /** Reads a text one char at a time and counts the sequences in it. */
  final class Count implements IntConsumer {
    private final int[] visits = new int[endingAt.length];
    private int state;

    @Override
    public void accept(int c) {
      int a = alphabet[c];
      // A char no sequence holds ends every partial match.
      state = a < 0 ? 0 : next[state * letters + a];
      visits[state]++;
    }

    /** Occurrences of each sequence in what was read, by the sequence's position in the list. */
    int[] occurrences() {
      int[] counts = new int[size];
      for (int s = 1; s < visits.length; s++) {
        if (visits[s] > 0) {
          for (int q : endingAt[s]) {
            counts[q] += visits[s];
          }
        }
      }
      return counts;
    }
  }
}
