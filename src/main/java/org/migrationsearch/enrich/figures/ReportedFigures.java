package org.migrationsearch.enrich.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migrationsearch.enrich.ResourceLines;
import org.migrationsearch.enrich.TextTokenizer;
import org.migrationsearch.enrich.Token;

/**
 * Finds the figures a text reports about people: a number followed by a per-cent sign or a unit
 * word ("8,725 migrants", "a 93% decrease", "2.2 million self-deportations"). Not counted: sums of
 * money ("$50 million"), since LABELS.md's data-statistics is about numbers of migrants and
 * funding belongs to other topics; and ceilings ("up to 125,000 refugees", "not to exceed"), which
 * set a number rather than report one. Immutable and thread-safe.
 */
public final class ReportedFigures {

  /** Words a unit may stand behind its number ("62,000 illegal crossers"). */
  static final int UNIT_REACH = 2;

  private static final String CURRENCY = "$€£";

  /** The last one or two words before a number that make it a limit set, not a count reported. */
  private static final Set<String> CEILINGS = Set.of("up to", "to exceed", "ceiling of", "cap of", "cap", "hasta",
      "maximum of", "limit of");

  private final Set<List<String>> units = new HashSet<>();
  private final int longestUnit;

  private ReportedFigures() {
    int longest = 1;
    for (String line : ResourceLines.read(ReportedFigures.class, "figure-units.txt")) {
      List<String> words = new ArrayList<>();
      TextTokenizer.tokenize(line).forEach(t -> words.add(t.norm()));
      units.add(words);
      longest = Math.max(longest, words.size());
    }
    this.longestUnit = longest;
  }

  private static final class Standard {
    static final ReportedFigures INSTANCE = new ReportedFigures();
  }

  public static ReportedFigures standard() {
    return Standard.INSTANCE;
  }

  /** Token span of one figure in a token list: {@code [start, end)}. */
  public record Figure(int start, int end) {}

  /** The figures of {@code tokens}, tokenized from {@code source}, in text order. */
  public List<Figure> find(List<Token> tokens, String source) {
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNumber(tokens.get(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = i + 1;
      while (end < tokens.size() && isThousandsGroup(tokens.get(end - 1), tokens.get(end), source)) {
        end++;
      }
      if (end < tokens.size() && isDecimal(tokens.get(end - 1), tokens.get(end), source)) {
        end++;
      }
      boolean reported = !isMoney(tokens.get(start), source) && !isCeiling(tokens, start);
      if (reported && (percentSignAfter(tokens.get(end - 1), source) || unitFollows(tokens, end))) {
        out.add(new Figure(start, end));
      }
      i = end;
    }
    return out;
  }

  private static boolean isNumber(Token t) {
    return t.isDigits();
  }

  /** "117,905": a comma and exactly three digits, nothing else between. */
  private static boolean isThousandsGroup(Token before, Token group, String source) {
    return isNumber(group) && group.norm().length() == 3 && group.start() == before.end() + 1
        && source.charAt(before.end()) == ',';
  }

  /** "2.2" or "99.9": a point between two numbers. */
  private static boolean isDecimal(Token before, Token after, String source) {
    return isNumber(after) && after.start() == before.end() + 1 && source.charAt(before.end()) == '.';
  }

  private static boolean isMoney(Token first, String source) {
    int k = first.start() - 1;
    while (k >= 0 && source.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && CURRENCY.indexOf(source.charAt(k)) >= 0;
  }

  /** "up to 125,000", "not to exceed 62,500", "a ceiling of 15,000", "a cap of 50,000". */
  private static boolean isCeiling(List<Token> tokens, int start) {
    String one = start >= 1 ? tokens.get(start - 1).norm() : "";
    String two = start >= 2 ? tokens.get(start - 2).norm() + " " + one : "";
    return CEILINGS.contains(two) || CEILINGS.contains(one);
  }

  private static boolean percentSignAfter(Token last, String source) {
    int k = last.end();
    while (k < source.length() && source.charAt(k) == ' ') {
      k++;
    }
    return k < source.length() && source.charAt(k) == '%';
  }

  private boolean unitFollows(List<Token> tokens, int from) {
    for (int at = from; at < Math.min(tokens.size(), from + UNIT_REACH); at++) {
      for (int len = 1; len <= longestUnit && at + len <= tokens.size(); len++) {
        List<String> words = new ArrayList<>(len);
        for (int k = at; k < at + len; k++) {
          words.add(tokens.get(k).norm());
        }
        if (units.contains(words)) {
          return true;
        }
      }
    }
    return false;
  }
}
