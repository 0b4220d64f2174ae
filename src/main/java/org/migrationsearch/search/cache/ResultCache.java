package org.migrationsearch.search.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The least recently used answers, bounded both by how many and by an estimate of their size, so
 * a few searches with long snippets cannot crowd the heap. Safe for concurrent use: every access
 * is a few map operations under one lock, far shorter than the searches it saves.
 */
public final class ResultCache<K, V> {

  private record Entry<V>(V value, long bytes) {}

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  public ResultCache(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a result cache needs room for at least one answer");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** The answer kept for {@code key}, or null. */
  public synchronized V get(K key) {
    Entry<V> e = entries.get(key);
    return e == null ? null : e.value();
  }

  /** Keeps {@code value}, dropping the least recently used answers until both bounds hold. */
  public synchronized void put(K key, V value, long size) {
    if (size > maxBytes) {
      return;
    }
    Entry<V> old = entries.put(key, new Entry<>(value, size));
    bytes += size - (old == null ? 0 : old.bytes());
    Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
      bytes -= eldest.next().getValue().bytes();
      eldest.remove();
    }
  }

  public synchronized void clear() {
    entries.clear();
    bytes = 0;
  }

  public synchronized int size() {
    return entries.size();
  }

  public synchronized long bytes() {
    return bytes;
  }
}
