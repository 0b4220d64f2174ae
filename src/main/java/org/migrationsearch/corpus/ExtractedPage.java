package org.migrationsearch.corpus;

/** What an HTML page says about itself and its main text; null for what it does not say. */
public record ExtractedPage(String title, String date, String url, String language, String text) {}
