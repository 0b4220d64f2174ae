package org.migrationsearch.enrich.topic;

import java.util.ArrayDeque;

/**
 * Cue weight gathered for one topic while reading one text, in text order: total weight, the
 * heaviest window of consecutive words, and how many sentences carry enough weight to count as
 * separate places. Lives for a single detection call, so it needs no synchronisation.
 */
final class TopicEvidence {

  /**
   * Words after which a sentence that goes on counts as a further place. Memoranda and
   * declarations pack a determination, its purpose and its beneficiaries into one sentence of a
   * hundred words or more, which a reader takes in as several sentences' worth of content.
   */
  static final int PLACE_SPAN = 40;

  private record Hit(int token, double weight) {}

  private final int windowTokens;
  private final double placeWeight;
  private final ArrayDeque<Hit> window = new ArrayDeque<>();
  private double windowSum;
  private double bestWindow;
  private double total;
  private int places;
  private int currentSentence = -1;
  private int currentPlaceStart;
  private double currentSentenceWeight;

  TopicEvidence(int windowTokens, double placeWeight) {
    this.windowTokens = windowTokens;
    this.placeWeight = placeWeight;
  }

  /** Records a cue at word {@code token} of sentence {@code sentence}; calls come in text order. */
  void add(int token, int sentence, double weight) {
    total += weight;
    window.addLast(new Hit(token, weight));
    windowSum += weight;
    while (window.peekFirst().token() <= token - windowTokens) {
      windowSum -= window.removeFirst().weight();
    }
    bestWindow = Math.max(bestWindow, windowSum);
    if (sentence != currentSentence || token - currentPlaceStart >= PLACE_SPAN) {
      closeSentence();
      currentSentence = sentence;
      currentPlaceStart = token;
    }
    currentSentenceWeight += weight;
  }

  private void closeSentence() {
    if (currentSentenceWeight >= placeWeight) {
      places++;
    }
    currentSentenceWeight = 0;
  }

  double total() {
    return total;
  }

  double bestWindow() {
    return bestWindow;
  }

  int places() {
    return places + (currentSentenceWeight >= placeWeight ? 1 : 0);
  }
}
