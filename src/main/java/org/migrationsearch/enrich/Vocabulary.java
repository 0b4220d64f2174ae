package org.migrationsearch.enrich;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The folded words that some detector looks for, each numbered once for the whole process. A
 * text's words are looked up here a single time, when it is tokenized, instead of once in every
 * detector's tables; and a word no detector knows, most of a text, is passed over by every
 * matcher without a look-up at all.
 *
 * <p>A vocabulary is immutable. Building a matcher publishes a larger one ({@link #including}),
 * in which every word keeps its number, so a token read against an earlier vocabulary is only
 * unsure about words it did not find ({@link Tokens#wordIn}).
 */
final class Vocabulary {

  private static volatile Vocabulary current = new Vocabulary(new String[0], 0);

  private final String[] words;
  /** The words' chars, compared with a token's in one vectorised step instead of char by char. */
  private final char[][] wordChars;
  private final int size;
  /**
   * Open addressing on the words' hash codes, at most half full: each slot holds a word's hash
   * code in its high half and 1 + its number in the low half, 0 when free, so that a probe
   * compares a word's chars only when their hash codes are equal.
   */
  private final long[] slots;
  private final int mask;

  private Vocabulary(String[] words, int size) {
    this.words = words;
    this.size = size;
    this.wordChars = new char[size][];
    for (int id = 0; id < size; id++) {
      wordChars[id] = words[id].toCharArray();
    }
    this.slots = new long[Integer.highestOneBit(Math.max(4, size)) * 4];
    this.mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int hash = words[id].hashCode();
      int slot = hash & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) hash << 32 | (id + 1);
    }
  }

  /** The words known so far. */
  static Vocabulary current() {
    return current;
  }

  /** The current vocabulary with {@code added} numbered after its words, and made current. */
  static synchronized Vocabulary including(Collection<String> added) {
    Vocabulary known = current;
    Set<String> unknown = new LinkedHashSet<>();
    for (String word : added) {
      if (known.id(word) < 0) {
        unknown.add(word);
      }
    }
    if (!unknown.isEmpty()) {
      String[] words = Arrays.copyOf(known.words, known.size + unknown.size());
      int size = known.size;
      for (String word : unknown) {
        words[size++] = word;
      }
      current = new Vocabulary(words, size);
    }
    return current;
  }

  int size() {
    return size;
  }

  /** The word numbered {@code id}, one shared instance for every text that holds it. */
  String word(int id) {
    return words[id];
  }

  /** The number of {@code word}, or -1. */
  int id(String word) {
    int hash = word.hashCode();
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if ((int) (entry >>> 32) == hash && words[(int) entry - 1].equals(word)) {
        return (int) entry - 1;
      }
    }
    return -1;
  }

  /** The number of the word written in {@code chars[0, length)}, or -1: no string is made to ask. */
  int id(char[] chars, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[i]; // String.hashCode, so both look-ups probe the same slots
    }
    for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if ((int) (entry >>> 32) == hash && sameChars(wordChars[(int) entry - 1], chars, length)) {
        return (int) entry - 1;
      }
    }
    return -1;
  }

  private static boolean sameChars(char[] word, char[] chars, int length) {
    return Arrays.equals(word, 0, word.length, chars, 0, length);
  }
}
