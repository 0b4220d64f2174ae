package org.migrationsearch.corpus.text;

import org.migrationsearch.corpus.CorpusFileException;
import org.migrationsearch.corpus.DeclaredFields;
import org.migrationsearch.corpus.Document;
import org.migrationsearch.corpus.FrontMatter;
import org.migrationsearch.corpus.SkippedFile;
import org.migrationsearch.corpus.TextTitles;

/**
 * Reads {@code .md} and {@code .txt} files: optional front matter, then the body. Without a
 * declared title, a Markdown file's first {@code # } heading is the title, otherwise the title
 * {@link TextTitles} finds; a title taken whole from the first line is not repeated in the text.
 */
public final class TextFileReader {

  private TextFileReader() {}

  public static Document read(String id, String path, String content, boolean markdown) throws CorpusFileException {
    FrontMatter fm = FrontMatter.parse(content);
    String body = fm.body();
    String declaredTitle = DeclaredFields.blankToNull(fm.values().get("title"));
    MarkdownText.Plain plain = markdown ? MarkdownText.read(body) : null;
    String heading = plain == null ? null : plain.firstHeading();
    String title = declaredTitle != null ? declaredTitle : heading != null ? heading : TextTitles.fromText(body);
    String text = plain == null ? body : plain.text();
    text = dropLeadingTitle(text, title).strip();
    if (text.isEmpty() && (title == null || title.isBlank())) {
      throw new CorpusFileException(SkippedFile.Kind.NO_TEXT, "no text after the front matter");
    }
    return DeclaredFields.fromStrings(id, path, fm.values(), title, text);
  }

  private static String dropLeadingTitle(String text, String title) {
    if (title == null) {
      return text;
    }
    String stripped = text.stripLeading();
    int eol = stripped.indexOf('\n');
    String firstLine = (eol < 0 ? stripped : stripped.substring(0, eol)).strip();
    if (firstLine.equals(title.strip())) {
      return eol < 0 ? "" : stripped.substring(eol + 1);
    }
    return text;
  }
}
