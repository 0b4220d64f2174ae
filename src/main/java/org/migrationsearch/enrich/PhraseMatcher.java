package org.migrationsearch.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds many phrases in one left-to-right pass over the tokens of a text: a trie keyed by the
 * {@link Vocabulary} numbers of folded words, so a word no phrase holds costs no look-up. At each
 * position the longest phrase wins and matching resumes after it, so "Papua New Guinea" is never
 * also read as "Guinea", and "Dominican Republic" never as "Dominica".
 *
 * @param <V> what a phrase stands for (a country code, a topic cue, ...)
 */
public final class PhraseMatcher<V> {

  /** A phrase found at tokens [start, end). */
  public record Match<V>(int start, int end, List<V> values) {}

  /** The trie's edges: (node, word number) to child node, by open addressing; node 0 is the root. */
  private final long[] edgeKeys;
  /** The child of each edge, 0 for a free slot (the root is no node's child). */
  private final int[] edgeChildren;
  private final int edgeMask;
  /**
   * The words that begin a phrase, one bit per vocabulary number: a few kilobytes that stay in
   * the cache, where probing the edges for every known word ("the", "de") missed it.
   */
  private final long[] firstWords;
  /** The values of the phrase ending at each node, null where none ends. */
  private final List<V>[] values;
  private final int size;

  private PhraseMatcher(long[] edgeKeys, int[] edgeChildren, long[] firstWords, List<V>[] values, int size) {
    this.firstWords = firstWords;
    this.edgeKeys = edgeKeys;
    this.edgeChildren = edgeChildren;
    this.edgeMask = edgeKeys.length - 1;
    this.values = values;
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
    Vocabulary vocabulary = Vocabulary.current();
    int[] words = Tokens.encodedWords(tokens);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      int node = 0;
      int longestEnd = -1;
      List<V> longestValues = null;
      for (int j = i; j < n; j++) {
        node = child(node, Tokens.wordIn(words[j], tokens, j, vocabulary));
        if (node == 0) {
          break;
        }
        if (values[node] != null) {
          longestEnd = j + 1;
          longestValues = values[node];
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

  /** For each of {@code tokens[from, to)} that is a one-word phrase, in text order, its values. */
  public void forEachWord(List<Token> tokens, int from, int to, Consumer<List<V>> action) {
    Vocabulary vocabulary = Vocabulary.current();
    int[] words = Tokens.encodedWords(tokens);
    for (int i = from; i < to; i++) {
      int node = child(0, Tokens.wordIn(words[i], tokens, i, vocabulary));
      if (node != 0 && values[node] != null) {
        action.accept(values[node]);
      }
    }
  }

  /** The child of {@code node} by word {@code word} (a vocabulary number, -1 for none), or 0. */
  private int child(int node, int word) {
    if (word < 0 || node == 0 && (word >>> 6 >= firstWords.length || (firstWords[word >>> 6] & 1L << word) == 0)) {
      return 0;
    }
    long key = edgeKey(node, word);
    for (int slot = slot(key, edgeMask); edgeChildren[slot] != 0; slot = (slot + 1) & edgeMask) {
      if (edgeKeys[slot] == key) {
        return edgeChildren[slot];
      }
    }
    return 0;
  }

  private static long edgeKey(int node, int word) {
    return (long) node << 32 | word;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  public static final class Builder<V> {

    private static final class Node<V> {
      final Map<String, Node<V>> next = new LinkedHashMap<>(4);
      List<V> values;
    }

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

    /** The matcher, its words numbered in the shared vocabulary. */
    public PhraseMatcher<V> build() {
      List<Node<V>> nodes = new ArrayList<>();
      Set<String> words = new LinkedHashSet<>();
      nodes.add(root);
      for (int n = 0; n < nodes.size(); n++) {
        words.addAll(nodes.get(n).next.keySet());
        nodes.addAll(nodes.get(n).next.values());
      }
      Vocabulary vocabulary = Vocabulary.including(words);
      int edges = nodes.size() - 1;
      long[] keys = new long[Integer.highestOneBit(Math.max(4, edges)) * 4];
      int[] children = new int[keys.length];
      long[] firstWords = new long[(vocabulary.size() + 63) >>> 6];
      for (String word : root.next.keySet()) {
        int id = vocabulary.id(word);
        firstWords[id >>> 6] |= 1L << id;
      }
      @SuppressWarnings("unchecked")
      List<V>[] values = new List[nodes.size()];
      // Nodes were listed breadth first, so each node's children follow it in the order its
      // edges were listed: the child numbered next is the next edge's.
      int child = 1;
      for (int n = 0; n < nodes.size(); n++) {
        Node<V> node = nodes.get(n);
        values[n] = node.values == null ? null : List.copyOf(node.values);
        for (String word : node.next.keySet()) {
          long key = edgeKey(n, vocabulary.id(word));
          int slot = slot(key, keys.length - 1);
          while (children[slot] != 0) {
            slot = (slot + 1) & (keys.length - 1);
          }
          keys[slot] = key;
          children[slot] = child++;
        }
      }
      return new PhraseMatcher<>(keys, children, firstWords, values, size);
    }
  }
}
