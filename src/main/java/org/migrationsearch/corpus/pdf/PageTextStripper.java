package org.migrationsearch.corpus.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extraction, one string per page, with two-column pages read column by column,
 * the deadline checked at every content-stream operator, and the largest type at the top of the
 * first page remembered as a title candidate.
 */
final class PageTextStripper extends PDFTextStripper {

  /** A title must stand out from the body text by this factor. */
  private static final float TITLE_SIZE_FACTOR = 1.25f;
  private static final int TITLE_MAX_CHARS = 300;

  private final Deadline deadline;
  private final StringWriter page = new StringWriter();
  private final List<String> pages = new ArrayList<>();
  private String firstPageTitle;

  PageTextStripper(Deadline deadline) {
    this.deadline = deadline;
    setSortByPosition(true);
    setLineSeparator("\n");
    // A blank line between paragraphs lets the cleaner join each paragraph's lines afterwards.
    setParagraphStart("\n");
    setPageStart("");
    setPageEnd("");
    setAddMoreFormatting(false);
  }

  /** The text of every page of the document, empty strings for pages without text. */
  List<String> pages(PDDocument document) throws IOException {
    // Not sized from the page count: a broken page tree may claim billions of pages.
    pages.clear();
    writeText(document, page);
    pad(Math.min(getCurrentPageNo(), document.getNumberOfPages()));
    return List.copyOf(pages);
  }

  String firstPageTitle() {
    return firstPageTitle;
  }

  @Override
  protected void startPage(PDPage p) throws IOException {
    deadline.checkNow();
    page.getBuffer().setLength(0);
    super.startPage(p);
  }

  @Override
  protected void endPage(PDPage p) throws IOException {
    super.endPage(p);
    pad(getCurrentPageNo() - 1);
    pages.add(page.toString());
    page.getBuffer().setLength(0);
  }

  /** Pages without a content stream are never started; they stay as empty pages. */
  private void pad(int count) {
    while (pages.size() < count) {
      pages.add("");
    }
  }

  @Override
  protected void writePage() throws IOException {
    List<List<TextPosition>> reordered = new ArrayList<>();
    for (List<TextPosition> article : charactersByArticle) {
      reordered.addAll(ColumnOrder.order(ColumnOrder.withoutMarginNumbers(article)));
    }
    if (getCurrentPageNo() == 1) {
      firstPageTitle = titleCandidate(charactersByArticle);
    }
    charactersByArticle.clear();
    charactersByArticle.addAll(reordered);
    super.writePage();
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    deadline.check();
    super.processOperator(operator, operands);
  }

  /**
   * The consecutive lines in the largest type among the top lines of the page, when that type is
   * clearly larger than the page's body text; reports put their title there, not in the metadata.
   */
  private static String titleCandidate(List<List<TextPosition>> articles) {
    List<TextPosition> all = new ArrayList<>();
    articles.forEach(all::addAll);
    List<ColumnOrder.Line> lines = ColumnOrder.lines(all);
    lines.removeIf(l -> l.text().isBlank());
    if (lines.size() < 2) {
      return null;
    }
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = lines.get(i).fontSize();
    }
    float[] sorted = sizes.clone();
    Arrays.sort(sorted);
    float median = sorted[sorted.length / 2];
    int top = Math.min(lines.size(), 15);
    int best = -1;
    for (int i = 0; i < top; i++) {
      if (best < 0 || sizes[i] > sizes[best] + 0.5f) {
        best = i;
      }
    }
    if (best < 0 || sizes[best] < median * TITLE_SIZE_FACTOR) {
      return null;
    }
    StringBuilder title = new StringBuilder(lines.get(best).text());
    for (int i = best + 1; i < lines.size() && Math.abs(sizes[i] - sizes[best]) <= 0.5f; i++) {
      title.append(' ').append(lines.get(i).text());
    }
    String t = title.toString().replaceAll("\\s+", " ").strip();
    return t.isEmpty() || t.length() > TITLE_MAX_CHARS ? null : t;
  }
}
