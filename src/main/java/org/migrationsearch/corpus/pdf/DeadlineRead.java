package org.migrationsearch.corpus.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/** The file as PDFBox's parser sees it, with the deadline checked on every read and seek. */
final class DeadlineRead implements RandomAccessRead {

  private final RandomAccessRead in;
  private final Deadline deadline;

  DeadlineRead(RandomAccessRead in, Deadline deadline) {
    this.in = in;
    this.deadline = deadline;
  }

  @Override
  public int read() throws IOException {
    deadline.check();
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    deadline.check();
    return in.read(b, off, len);
  }

  @Override
  public long getPosition() throws IOException {
    return in.getPosition();
  }

  @Override
  public void seek(long position) throws IOException {
    deadline.check();
    in.seek(position);
  }

  @Override
  public long length() throws IOException {
    return in.length();
  }

  @Override
  public boolean isClosed() {
    return in.isClosed();
  }

  @Override
  public boolean isEOF() throws IOException {
    return in.isEOF();
  }

  @Override
  public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
    return new RandomAccessReadView(this, startPosition, streamLength);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
