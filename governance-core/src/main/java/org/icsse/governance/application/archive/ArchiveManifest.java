package org.icsse.governance.application.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * The {@code manifest.json} of a package: what the package holds, the hash of each file, and the link to the package
 * before it.
 *
 * <pre>{@code
 * {"format":"icsse-archive/1","sequence":3,"meetingId":17,"meetingTitle":"…","sealedAt":"2026-11-30T18:00:00Z",
 *  "files":[{"name":"minutes.pdf","size":48213,"sha256":"…"}],
 *  "previous":{"package":"000002-meeting-14.zip","manifestSha256":"…"}}
 * }</pre>
 *
 * {@code previous} is {@code null} for the first package.
 *
 * @param sequence     the package's position in the chain, from 1
 * @param meetingId    the meeting the package seals
 * @param meetingTitle the meeting's title, for a reader of the package
 * @param sealedAt     when the package was sealed
 * @param files        the files in the order they are stored, each with its size and SHA-256
 * @param previous     the link to the package before; {@link ChainLink#FIRST} for none
 */
public record ArchiveManifest(long sequence, long meetingId, String meetingTitle, Instant sealedAt,
                              List<Entry> files, ChainLink previous) {

    /** The value of the {@code format} field: which layout this is, so that a later one can be told apart. */
    public static final String FORMAT = "icsse-archive/1";

    /**
     * One file as the manifest lists it.
     *
     * @param name   its path inside the package
     * @param size   its length in bytes
     * @param sha256 the SHA-256 of its bytes, lowercase hex
     */
    public record Entry(String name, long size, String sha256) {

        /** A valid file name, a size of zero or more and a hash of 64 lowercase hex digits. */
        public Entry {
            ArchiveFile.checkName(name);
            if (size < 0) {
                throw new IllegalArgumentException("The size of " + name + " is negative: " + size);
            }
            if (!ChainLink.isSha256Hex(sha256)) {
                throw new IllegalArgumentException("The SHA-256 of " + name + " is not 64 lowercase hex digits: '" + sha256 + "'");
            }
        }
    }

    /** A sequence from 1, a title, a time, file names listed once each, and a link. */
    public ArchiveManifest {
        if (sequence < 1) {
            throw new IllegalArgumentException("A package's sequence starts at 1, not " + sequence);
        }
        Objects.requireNonNull(meetingTitle, "meetingTitle");
        Objects.requireNonNull(sealedAt, "sealedAt");
        Objects.requireNonNull(previous, "previous (ChainLink.FIRST for the first package)");
        files = List.copyOf(files);
        Set<String> names = new HashSet<>();
        for (Entry file : files) {
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("The file " + file.name() + " is listed twice");
            }
        }
    }

    /**
     * What {@link Json#createGenerator(java.io.OutputStream)} writes with (no options: compact UTF-8), made once:
     * {@code Json} looks its provider up on the class path at every call.
     */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    /** The manifest as compact JSON in UTF-8, its fields always in the same order, so the same manifest gives the same bytes. */
    public byte[] toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = GENERATORS.createGenerator(bytes)) {
            json.writeStartObject()
                    .write("format", FORMAT)
                    .write("sequence", sequence)
                    .write("meetingId", meetingId)
                    .write("meetingTitle", meetingTitle)
                    .write("sealedAt", sealedAt.toString())
                    .writeStartArray("files");
            for (Entry file : files) {
                json.writeStartObject()
                        .write("name", file.name())
                        .write("size", file.size())
                        .write("sha256", file.sha256())
                        .writeEnd();
            }
            json.writeEnd();
            if (previous.isFirst()) {
                json.writeNull("previous");
            } else {
                json.writeStartObject("previous")
                        .write("package", previous.previousPackage())
                        .write("manifestSha256", previous.previousManifestSha256())
                        .writeEnd();
            }
            json.writeEnd();
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a manifest.
     *
     * @throws ArchiveFormatException when the bytes are not JSON, the format is not {@value #FORMAT}, or a field is
     *                                missing, of the wrong type or invalid; the message names the field
     */
    public static ArchiveManifest parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonObject manifest;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ArchiveFormatException("The manifest is not a JSON object");
            }
            manifest = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ArchiveFormatException("The manifest is not valid JSON: " + e.getMessage(), e);
        }
        String format = string(manifest, "format", "");
        if (!format.equals(FORMAT)) {
            throw new ArchiveFormatException("The manifest's format is '" + format + "', not '" + FORMAT + "'");
        }
        try {
            return new ArchiveManifest(
                    number(manifest, "sequence", ""),
                    number(manifest, "meetingId", ""),
                    string(manifest, "meetingTitle", ""),
                    instant(manifest, "sealedAt"),
                    entries(manifest),
                    link(manifest));
        } catch (IllegalArgumentException e) {
            throw new ArchiveFormatException("The manifest is invalid: " + e.getMessage(), e);
        }
    }

    private static List<Entry> entries(JsonObject manifest) {
        JsonValue value = field(manifest, "files", "", JsonValue.ValueType.ARRAY);
        JsonArray array = value.asJsonArray();
        List<Entry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String where = "files[" + i + "].";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ArchiveFormatException("The manifest's files[" + i + "] is not an object");
            }
            JsonObject file = array.get(i).asJsonObject();
            entries.add(new Entry(string(file, "name", where), number(file, "size", where), string(file, "sha256", where)));
        }
        return entries;
    }

    private static ChainLink link(JsonObject manifest) {
        if (!manifest.containsKey("previous")) {
            throw new ArchiveFormatException("The manifest has no field 'previous' (null for the first package)");
        }
        JsonValue value = manifest.get("previous");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return ChainLink.FIRST;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ArchiveFormatException("The manifest's 'previous' is neither null nor an object");
        }
        JsonObject previous = value.asJsonObject();
        return new ChainLink(string(previous, "package", "previous."), string(previous, "manifestSha256", "previous."));
    }

    private static Instant instant(JsonObject manifest, String name) {
        String text = string(manifest, name, "");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArchiveFormatException("The manifest's '" + name + "' is not an ISO-8601 instant: '" + text + "'", e);
        }
    }

    private static String string(JsonObject object, String name, String where) {
        return ((JsonString) field(object, name, where, JsonValue.ValueType.STRING)).getString();
    }

    private static long number(JsonObject object, String name, String where) {
        JsonNumber number = (JsonNumber) field(object, name, where, JsonValue.ValueType.NUMBER);
        if (!number.isIntegral()) {
            throw new ArchiveFormatException("The manifest's '" + where + name + "' is not a whole number: " + number);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new ArchiveFormatException("The manifest's '" + where + name + "' is out of range: " + number, e);
        }
    }

    private static JsonValue field(JsonObject object, String name, String where, JsonValue.ValueType type) {
        JsonValue value = object.get(name);
        if (value == null) {
            throw new ArchiveFormatException("The manifest has no field '" + where + name + "'");
        }
        if (value.getValueType() != type) {
            throw new ArchiveFormatException("The manifest's '" + where + name + "' should be " + type.name().toLowerCase()
                    + ", not " + value.getValueType().name().toLowerCase());
        }
        return value;
    }
}
