package org.icsse.governance.application.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads a zip's entries and writes them back changed, the way someone tampering with a package would. */
final class Zips {

    private Zips() {
    }

    /** The entries in the zip's order, by name. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    /** Writes the entries in their map order, replacing the zip. */
    static void write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(LocalDateTime.of(2026, 11, 30, 18, 0));
                stream.putNextEntry(zipEntry);
                stream.write(entry.getValue());
                stream.closeEntry();
            }
        }
    }

    /** Rewrites the zip with its entries changed by {@code change}. */
    static void rewrite(Path zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        write(zip, change.apply(entries(zip)));
    }

    /** Rewrites the zip with one byte of one entry's content flipped. */
    static void flipByte(Path zip, String entry, int index) throws IOException {
        rewrite(zip, entries -> {
            byte[] content = entries.get(entry).clone();
            content[index] ^= 0x01;
            entries.put(entry, content);
            return entries;
        });
    }

    /** Rewrites the zip with its manifest changed by {@code change}, no hash updated anywhere. */
    static void editManifest(Path zip, UnaryOperator<String> change) throws IOException {
        rewrite(zip, entries -> {
            String manifest = new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
            entries.put("manifest.json", change.apply(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return entries;
        });
    }
}
