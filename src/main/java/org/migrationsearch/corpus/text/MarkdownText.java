package org.migrationsearch.corpus.text;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown as the plain text a reader sees, so that snippets show words rather than asterisks and
 * link targets. It is read by the same commonmark parser (with GitHub tables) that renders the
 * document page, so what is indexed is what is shown: emphasis, links and images become their
 * text, blocks are separated by a blank line, list items keep a marker on a line of their own and
 * raw HTML becomes its text.
 */
public final class MarkdownText {

  /** The Markdown extensions of the whole project: the page and the index read the same syntax. */
  public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /** A Markdown body read once: its first level-one heading (or null) and its plain text. */
  public record Plain(String firstHeading, String text) {}

  private MarkdownText() {}

  public static Plain read(String markdown) {
    Writer writer = new Writer();
    PARSER.parse(markdown).accept(writer);
    return new Plain(writer.firstHeading, writer.out.toString());
  }

  public static String toPlainText(String markdown) {
    return read(markdown).text();
  }

  /** The text of the first level-one heading ({@code # Title} or a setext heading), or null. */
  public static String firstHeading(String markdown) {
    return read(markdown).firstHeading();
  }

  private static final class Writer extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();
    String firstHeading;
    /** Set by a list item until its first paragraph has started on the marker's line. */
    private boolean atItemStart;
    private int listDepth;
    private boolean firstRow;

    /** A new block starts after a blank line, except the first text of a list item. */
    private void startBlock(boolean tight) {
      if (atItemStart) {
        atItemStart = false;
        return;
      }
      if (out.length() == 0) {
        return;
      }
      trimTrailingSpaces();
      if (out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      if (!tight && (out.length() < 2 || out.charAt(out.length() - 2) != '\n')) {
        out.append('\n');
      }
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
    }

    private static boolean inTightList(Node block) {
      return block.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list && list.isTight();
    }

    @Override
    public void visit(Paragraph paragraph) {
      startBlock(inTightList(paragraph));
      visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      startBlock(false);
      int from = out.length();
      visitChildren(heading);
      if (firstHeading == null && heading.getLevel() == 1) {
        firstHeading = out.substring(from).strip();
      }
    }

    @Override
    public void visit(BlockQuote quote) {
      startBlock(false);
      visitChildren(quote);
    }

    @Override
    public void visit(BulletList list) {
      list(list);
    }

    @Override
    public void visit(OrderedList list) {
      list(list);
    }

    private void list(ListBlock list) {
      startBlock(inTightList(list));
      listDepth++;
      visitChildren(list);
      listDepth--;
    }

    @Override
    public void visit(ListItem item) {
      if (item.getPrevious() != null) {
        startBlock(item.getParent() instanceof ListBlock list && list.isTight());
      }
      out.append("  ".repeat(listDepth - 1));
      if (item.getParent() instanceof OrderedList ordered) {
        int number = ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber();
        for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
          number++;
        }
        out.append(number).append(". ");
      } else {
        out.append("- ");
      }
      atItemStart = true;
      visitChildren(item);
      atItemStart = false;
    }

    @Override
    public void visit(FencedCodeBlock code) {
      literalBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      literalBlock(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      literalBlock(Jsoup.parse(html.getLiteral()).text());
    }

    private void literalBlock(String literal) {
      String text = literal.strip();
      if (!text.isEmpty()) {
        startBlock(false);
        out.append(text);
      }
    }

    @Override
    public void visit(ThematicBreak rule) {
      // A rule only separates: the next block starts after a blank line anyway.
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      // Inline tags carry no words; the text between them is visited as text.
    }

    @Override
    public void visit(SoftLineBreak br) {
      out.append('\n');
    }

    @Override
    public void visit(HardLineBreak br) {
      out.append('\n');
    }

    @Override
    public void visit(CustomBlock block) {
      startBlock(false);
      firstRow = true;
      visitChildren(block);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableRow) {
        if (!firstRow) {
          out.append('\n');
        }
        firstRow = false;
      } else if (node instanceof TableCell && node.getPrevious() != null) {
        out.append(" | ");
      }
      visitChildren(node);
    }
  }
}
