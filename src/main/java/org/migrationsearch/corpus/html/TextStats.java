package org.migrationsearch.corpus.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measurements of every element in a tree, gathered in one bottom-up pass so scoring costs
 * linear time instead of re-reading each subtree's text.
 *
 * <p>A "passage" is the run of inline text a block element holds directly (its text nodes and
 * inline descendants, stopping at nested blocks). Passages long enough to be prose and not made
 * of links count as content; all other text counts as chrome.
 */
final class TextStats {

  /** Shorter passages are captions, labels and buttons rather than prose. */
  static final int MIN_PASSAGE = 40;

  /** Per-element totals over its whole subtree, in non-whitespace characters. */
  static final class Counts {
    int chars;
    int linkChars;
    int contentChars;
    int commas;
    int contentCommas;
    int passages;
    // Running totals of the inline run still open below this element.
    int inlineChars;
    int inlineLinkChars;
    int inlineCommas;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    int chromeChars() {
      return chars - contentChars;
    }
  }

  private final Map<Element, Counts> counts;

  private TextStats(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  static TextStats measure(Element root) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    NodeTraversor.traverse(new Collector(counts), root);
    return new TextStats(counts);
  }

  Counts of(Element e) {
    Counts c = counts.get(e);
    return c == null ? new Counts() : c;
  }

  private static final class Collector implements NodeVisitor {
    private final Map<Element, Counts> counts;

    Collector(Map<Element, Counts> counts) {
      this.counts = counts;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        counts.put(e, new Counts());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      Counts c = counts.get(e);
      boolean link = e.normalName().equals("a");
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          int n = visibleChars(t.getWholeText());
          int commas = commas(t.getWholeText());
          c.chars += n;
          c.inlineChars += n;
          c.inlineCommas += commas;
          c.commas += commas;
        } else if (child instanceof Element ce) {
          Counts cc = counts.get(ce);
          c.chars += cc.chars;
          c.linkChars += cc.linkChars;
          c.contentChars += cc.contentChars;
          c.commas += cc.commas;
          c.contentCommas += cc.contentCommas;
          c.passages += cc.passages;
          c.inlineChars += cc.inlineChars;
          c.inlineLinkChars += cc.inlineLinkChars;
          c.inlineCommas += cc.inlineCommas;
        }
      }
      if (link) {
        c.linkChars = c.chars;
        c.inlineLinkChars = c.inlineChars;
      }
      if (!HtmlTags.isInline(e.normalName())) {
        closePassage(c);
      }
    }

    /** A block ends the inline run below it; judge that run as one passage. */
    private static void closePassage(Counts c) {
      int prose = c.inlineChars - c.inlineLinkChars;
      if (prose >= MIN_PASSAGE && c.inlineLinkChars < c.inlineChars / 2) {
        c.contentChars += prose;
        c.contentCommas += c.inlineCommas;
        c.passages++;
      }
      c.inlineChars = 0;
      c.inlineLinkChars = 0;
      c.inlineCommas = 0;
    }

    private static int visibleChars(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (!Character.isWhitespace(ch) && ch != '\u00A0') {
          n++;
        }
      }
      return n;
    }

    private static int commas(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
          n++;
        }
      }
      return n;
    }
  }
}
