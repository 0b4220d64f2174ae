package org.migrationsearch.search;

/**
 * A request the search layer refuses, with the error code of the contract. The web layer maps
 * each code to its HTTP status in one place; the CLI prints the message.
 */
public class SearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Error codes of the contract. */
  public enum Code {
    BAD_QUERY("bad_query"),
    BAD_PARAMETER("bad_parameter"),
    NOT_FOUND("not_found"),
    TIMEOUT("timeout"),
    BUSY("busy");

    private final String value;

    Code(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  private final Code code;
  private final Integer position;

  public SearchException(Code code, String message) {
    this(code, message, null);
  }

  public SearchException(Code code, String message, Integer position) {
    super(message);
    this.code = code;
    this.position = position;
  }

  public static SearchException badParameter(String message) {
    return new SearchException(Code.BAD_PARAMETER, message);
  }

  public Code code() {
    return code;
  }

  /** Character position in the query where parsing stopped, when known. */
  public Integer position() {
    return position;
  }
}
