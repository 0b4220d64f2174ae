package org.migrationsearch.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a browser lays it out: inline elements flow together
 * with the spacing the source has (so "<b>a</b>b" stays one word), every block starts a new
 * paragraph separated by a blank line, and {@code <br>} breaks a line inside a paragraph.
 */
final class BlockTextRenderer {

  private BlockTextRenderer() {}

  static String render(Element root) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    collector.endBlock();
    return String.join("\n\n", collector.blocks);
  }

  private static final class Collector implements NodeVisitor {
    final List<String> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          endLine();
        } else if (HtmlTags.isBlock(tag)) {
          endBlock();
          if (tag.equals("pre")) {
            preDepth++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && HtmlTags.isBlock(e.normalName())) {
        if (e.normalName().equals("pre")) {
          preDepth--;
        }
        endBlock();
      }
    }

    private void appendText(String text) {
      if (preDepth > 0) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            endLine();
          }
          line.append(parts[i].replace('\u00A0', ' ').stripTrailing());
        }
        return;
      }
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u200B') {
          // Collapse runs of whitespace to one space, never at the start of a line.
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else {
          line.append(ch);
        }
      }
    }

    private void endLine() {
      String l = line.toString().strip();
      line.setLength(0);
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }

    void endBlock() {
      endLine();
      if (!lines.isEmpty()) {
        blocks.add(String.join("\n", lines));
        lines.clear();
      }
    }
  }
}
