package org.migrationsearch.enrich;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The tokens of one text as {@link TextTokenizer} reads them, with their vocabulary numbers kept
 * beside them in one array: the phrase matchers walk every text several times and need only
 * those numbers, which they now read in a row instead of through one object per word.
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {

  private final Token[] tokens;
  /** Each token's number as {@link Token} encodes it: negative when the vocabulary lacked it. */
  private final int[] words;
  private final int size;

  Tokens(Token[] tokens, int[] words, int size) {
    this.tokens = tokens;
    this.words = words;
    this.size = size;
  }

  @Override
  public Token get(int index) {
    return tokens[Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Over the array itself: detectors walk every token of a text in loops, and the list's own
   * iterator, made for lists that change, checked for changes at every step.
   */
  @Override
  public Iterator<Token> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Token next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return tokens[next++];
      }
    };
  }

  @Override
  public void forEach(Consumer<? super Token> action) {
    for (int i = 0; i < size; i++) {
      action.accept(tokens[i]);
    }
  }

  /**
   * The encoded vocabulary numbers of {@code tokens}, index for index: this list's own array, or
   * one read from the tokens of any other list (a phrase's, a sub-list). Only the first
   * {@code tokens.size()} entries are the list's: the tokenizer's array keeps spare room past
   * them, whose zeros would read as the word numbered 0, so callers bound loops by the list.
   */
  static int[] encodedWords(List<Token> tokens) {
    if (tokens instanceof Tokens t) {
      return t.words;
    }
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).encodedWord();
    }
    return out;
  }

  /**
   * The number in {@code vocabulary} (the current one or a later) of the token at {@code index},
   * from its encoded number, or -1 when the vocabulary does not hold the word: looked up again
   * only when the vocabulary has grown since the token was read.
   */
  static int wordIn(int encoded, List<Token> tokens, int index, Vocabulary vocabulary) {
    if (encoded >= 0) {
      return encoded;
    }
    return -1 - encoded == vocabulary.size() ? -1 : vocabulary.id(tokens.get(index).norm());
  }
}
