package org.migrationsearch.enrich.language;

import java.util.Arrays;
import java.util.List;

/**
 * Counts the occurrences of many short letter sequences in one pass over a text: at each
 * position the trie follows the text as far as some sequence does. Searching the text once per
 * sequence read a body's opening some fifty times. Overlapping occurrences all count, as a search
 * stepping one character after each hit counts them ("_" cues share their boundary).
 */
final class SequenceTrie {

  private static final class Node {
    final Node[] children;
    int sequence = -1;

    Node(int alphabet) {
      children = new Node[alphabet];
    }
  }

  /** Position of each char in the alphabet of the sequences; -1 for a char none of them holds. */
  private final int[] alphabet = new int[Character.MAX_VALUE + 1];
  private final Node root;
  private final int size;

  SequenceTrie(List<String> sequences) {
    Arrays.fill(alphabet, -1);
    int letters = 0;
    for (String s : sequences) {
      for (int i = 0; i < s.length(); i++) {
        if (alphabet[s.charAt(i)] < 0) {
          alphabet[s.charAt(i)] = letters++;
        }
      }
    }
    root = new Node(letters);
    for (int q = 0; q < sequences.size(); q++) {
      String s = sequences.get(q);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("an empty sequence occurs everywhere");
      }
      Node node = root;
      for (int i = 0; i < s.length(); i++) {
        int a = alphabet[s.charAt(i)];
        if (node.children[a] == null) {
          node.children[a] = new Node(letters);
        }
        node = node.children[a];
      }
      if (node.sequence >= 0) {
        throw new IllegalArgumentException("sequence listed twice: " + s);
      }
      node.sequence = q;
    }
    size = sequences.size();
  }

  /**
   * Occurrences of each sequence in the first {@code n} chars of {@code text}, by the sequence's
   * position in the list.
   */
  int[] occurrences(char[] text, int n) {
    int[] counts = new int[size];
    for (int start = 0; start < n; start++) {
      Node node = root;
      for (int i = start; i < n; i++) {
        int a = alphabet[text[i]];
        node = a < 0 ? null : node.children[a];
        if (node == null) {
          break;
        }
        if (node.sequence >= 0) {
          counts[node.sequence]++;
        }
      }
    }
    return counts;
  }
}
