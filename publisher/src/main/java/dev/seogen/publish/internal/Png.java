package dev.seogen.publish.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNGs written by hand rather than by ImageIO: the file holds the header, the palette if any, the pixels and
 * the end, and nothing else (no time, no software name), so the same pixels always give the same bytes. A
 * card is 8-bit palette indices, whose rows of one colour are compressed once per run length and reused:
 * most of a card is background, and compressing it again for each of ten thousand cards is most of the cost.
 * So are short runs of rows with text that cards share (a category's name, the site's): compressed once each.
 * A card over a theme's background image is true colour.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The header's colour types. */
    private static final int TRUE_COLOUR = 2;

    private static final int PALETTE = 3;
    /** Compressed runs of rows of one colour, by width, number of rows and colour: the same whatever the card. */
    private static final Map<Long, Run> UNIFORM_RUNS = new ConcurrentHashMap<>();
    /** A run of rows with text this short is a line of small text, which other cards may show the same. */
    private static final int SHORT_RUN = 48;
    /** Compressed short runs of rows with text, by their bytes: at most this many kept. */
    private static final int SHORT_RUNS_KEPT = 128;

    private static final Map<Rows, Run> SHORT_RUNS = new ConcurrentHashMap<>();

    private Png() {}

    /**
     * The PNG of {@code pixels} ({@code width} × {@code height} palette indices, row by row), whose colours are
     * {@code palette} (0xRRGGBB each, at most 256). Index 0 is the background.
     */
    static byte[] palette(byte[] pixels, int width, int height, int[] palette) {
        if (palette.length == 0 || palette.length > 256 || pixels.length != width * height) {
            throw new IllegalArgumentException("a palette image of " + width + " × " + height + " needs "
                    + width * height + " pixels and 1 to 256 colours, got " + pixels.length + " and "
                    + palette.length);
        }
        ByteArrayOutputStream png = start(width, height, PALETTE, 32 * 1024);
        byte[] colours = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colours[i * 3] = (byte) (palette[i] >>> 16);
            colours[i * 3 + 1] = (byte) (palette[i] >>> 8);
            colours[i * 3 + 2] = (byte) palette[i];
        }
        chunk(png, "PLTE", colours);
        chunk(png, "IDAT", zlib(pixels, width, height));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * The rows of {@code rgb} ({@code width} × {@code height} pixels, 3 bytes each: red, green, blue, row by
     * row) as a true-colour PNG stores them before compression: each after its filter byte, the "up" filter (a
     * picture's rows compress better as their difference from the row above).
     */
    static byte[] filtered(byte[] rgb, int width, int height) {
        checkRgb(rgb, width, height);
        byte[] raw = new byte[height * (width * 3 + 1)];
        for (int y = 0; y < height; y++) {
            filterRow(rgb, width, y, raw);
        }
        return raw;
    }

    /**
     * The PNG of {@code rgb} (as {@link #filtered}), which differs from the picture whose filtered rows are
     * {@code base} only in the rows {@code changed} marks: only those and the rows below them are filtered anew.
     */
    static byte[] rgb(byte[] rgb, int width, int height, byte[] base, boolean[] changed) {
        checkRgb(rgb, width, height);
        byte[] raw = base.clone();
        for (int y = 0; y < height; y++) {
            if (changed[y] || (y > 0 && changed[y - 1])) {
                filterRow(rgb, width, y, raw);
            }
        }
        ByteArrayOutputStream png = start(width, height, TRUE_COLOUR, 256 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(256 * 1024);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A PNG's start: its signature and header, 8 bits a sample, of {@code colourType}. */
    private static ByteArrayOutputStream start(int width, int height, int colourType, int expectedSize) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(expectedSize);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) colourType;
        chunk(png, "IHDR", header);
        return png;
    }

    private static void checkRgb(byte[] rgb, int width, int height) {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a true-colour image of " + width + " × " + height + " needs "
                    + width * height * 3 + " bytes, got " + rgb.length);
        }
    }

    private static void filterRow(byte[] rgb, int width, int y, byte[] raw) {
        int row = width * 3;
        int at = y * (row + 1);
        int from = y * row;
        raw[at] = 2; // up
        if (y == 0) {
            System.arraycopy(rgb, from, raw, at + 1, row);
            return;
        }
        for (int x = 0; x < row; x++) {
            raw[at + 1 + x] = (byte) (rgb[from + x] - rgb[from - row + x]);
        }
    }

    /**
     * The rows, each after its filter byte (0, none), as a zlib stream: runs of rows of one colour and runs
     * of other rows are each compressed on their own and flushed to a byte boundary, so that their blocks can
     * be put end to end; a run of one colour is compressed once per run length and colour, and reused.
     */
    private static byte[] zlib(byte[] pixels, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        out.write(0x78);
        out.write(0x01);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        long s1 = 1;
        long s2 = 0; // Adler-32 of the rows, combined from each run's
        byte[] buffer = new byte[64 * 1024];
        try {
            int y = 0;
            while (y < height) {
                int from = y;
                int colour = uniform(pixels, width, y);
                do {
                    y++;
                } while (y < height && uniform(pixels, width, y) == colour);
                int rows = y - from;
                int bytes = rows * (width + 1);
                Run run;
                if (colour >= 0) {
                    run = UNIFORM_RUNS.computeIfAbsent(
                            (long) width << 40 | (long) rows << 8 | colour,
                            k -> Run.of(uniformRows(width, rows, colour), deflater, buffer));
                } else {
                    byte[] raw = new byte[bytes];
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(pixels, (from + r) * width, raw, r * (width + 1) + 1, width);
                    }
                    run = rows <= SHORT_RUN ? shortRun(raw, deflater, buffer) : Run.of(raw, deflater, buffer);
                }
                out.writeBytes(run.compressed());
                long a = run.adler();
                // combining two Adler-32s: s1 adds the run's sum, s2 its own s2 plus s1 once per byte
                long a1 = a & 0xFFFF;
                long a2 = a >>> 16;
                s2 = (s2 + a2 + s1 * bytes % 65521 - bytes % 65521 + 65521) % 65521;
                s1 = (s1 + (a1 - 1 + 65521) % 65521) % 65521;
            }
            out.write(0x03); // the last block: empty, fixed codes, final
            out.write(0x00);
        } finally {
            deflater.end();
        }
        long checksum = s2 << 16 | s1;
        out.write((int) (checksum >>> 24));
        out.write((int) (checksum >>> 16));
        out.write((int) (checksum >>> 8));
        out.write((int) checksum);
        return out.toByteArray();
    }

    /** The short run of rows {@code raw} compressed: as kept, else now (and kept while fewer are). */
    private static Run shortRun(byte[] raw, Deflater deflater, byte[] buffer) {
        CRC32 crc = new CRC32();
        crc.update(raw);
        Rows rows = new Rows(raw, crc.getValue());
        Run known = SHORT_RUNS.get(rows);
        if (known != null) {
            return known;
        }
        if (SHORT_RUNS.size() >= SHORT_RUNS_KEPT) {
            return Run.of(raw, deflater, buffer);
        }
        return SHORT_RUNS.computeIfAbsent(rows, r -> Run.of(raw, deflater, buffer));
    }

    /** Rows as a key: equal when their bytes are. */
    private record Rows(byte[] raw, long crc) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Rows rows && rows.crc == crc && Arrays.equals(rows.raw, raw);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(crc);
        }
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out, int flush) {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
    }

    /** The colour (0 to 255) of row {@code y} when all its pixels have it; -1 when they do not. */
    private static int uniform(byte[] pixels, int width, int y) {
        int from = y * width;
        return Arrays.mismatch(pixels, from + 1, from + width, pixels, from, from + width - 1) < 0
                ? pixels[from] & 0xFF
                : -1;
    }

    /** {@code rows} rows of {@code colour}, each after its filter byte. */
    private static byte[] uniformRows(int width, int rows, int colour) {
        byte[] raw = new byte[rows * (width + 1)];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(raw, r * (width + 1) + 1, (r + 1) * (width + 1), (byte) colour);
        }
        return raw;
    }

    /**
     * A run of rows compressed on its own (by {@code deflater}, raw deflate, flushed to a byte boundary), and
     * the Adler-32 of its raw bytes.
     */
    private record Run(byte[] compressed, long adler) {
        static Run of(byte[] raw, Deflater deflater, byte[] buffer) {
            Adler32 adler = new Adler32();
            adler.update(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
            deflater.reset();
            deflater.setInput(raw);
            drain(deflater, buffer, out, Deflater.SYNC_FLUSH);
            return new Run(out.toByteArray(), adler.getValue());
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
