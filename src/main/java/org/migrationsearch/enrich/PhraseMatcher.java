package org.migrationsearch.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one left-to-right pass over the tokens of a text: a trie keyed by folded
 * words. At each position the longest phrase wins and matching resumes after it, so "Papua New
 * Guinea" is never also read as "Guinea", and "Dominican Republic" never as "Dominica".
 *
 * @param <V> what a phrase stands for (a country code, a topic cue, ...)
 */
public final class PhraseMatcher<V> {

  /** A phrase found at tokens [start, end). */
  public record Match<V>(int start, int end, List<V> values) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values;
  }

  private final Node<V> root;
  private final int size;

  private PhraseMatcher(Node<V> root, int size) {
    this.root = root;
    this.size = size;
  }

  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Number of phrases added. */
  public int size() {
    return size;
  }

  /** Leftmost-longest, non-overlapping matches in text order. */
  public List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node<V> node = root;
      int longestEnd = -1;
      List<V> longestValues = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j).norm());
        if (node == null) {
          break;
        }
        if (node.values != null) {
          longestEnd = j + 1;
          longestValues = node.values;
        }
      }
      if (longestEnd > 0) {
        matches.add(new Match<>(i, longestEnd, longestValues));
        i = longestEnd;
      } else {
        i++;
      }
    }
    return matches;
  }

  public static final class Builder<V> {
    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase, tokenized and folded the way texts are; blank phrases are ignored. */
    public Builder<V> add(String phrase, V value) {
      List<Token> words = TextTokenizer.tokenize(phrase);
      if (words.isEmpty()) {
        return this;
      }
      Node<V> node = root;
      for (Token word : words) {
        node = node.next.computeIfAbsent(word.norm(), k -> new Node<>());
      }
      if (node.values == null) {
        node.values = new ArrayList<>(1);
        size++;
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(root, size);
    }
  }
}
