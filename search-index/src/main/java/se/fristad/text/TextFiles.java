package se.fristad.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import se.fristad.problem.Problem;
import se.fristad.problem.Problems;

/** Reads text files strictly as UTF-8, naming the line and column of the first byte that is not. */
public final class TextFiles {
    private TextFiles() {
    }

    /** Larger than this, a text file is not a page or a setting but a mistake: reading it could exhaust the memory. */
    static final long MAX_BYTES = 8L << 20;

    public static Optional<String> readUtf8(Path file, Problems problems) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.add(Problem.error(file, 1, 1, String.format(java.util.Locale.ROOT, "file is %.1f MB; a text file of the site may be at most %d MB",
                    size / 1048576.0, MAX_BYTES >> 20), "split the text into several pages, or put a large document in as a PDF"));
            return Optional.empty();
        }
        return decode(file, Files.readAllBytes(file), problems);
    }

    public static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] at = lineAndColumn(bytes, i);
                problems.add(Problem.error(file, at[0], at[1], "file is not text (it holds a NUL byte, as pictures and programs do)",
                        "give a picture or document its real file ending (.png, .pdf …); a page must be saved as plain text (UTF-8)"));
                return Optional.empty();
            }
        }
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes);
            int[] at = lineAndColumn(bytes, bad);
            problems.add(Problem.error(file, at[0], at[1],
                    String.format("file is not UTF-8 (byte 0x%02X)", bytes[bad] & 0xff),
                    "save it as UTF-8 in your editor (often \"Save with encoding\" → UTF-8)"));
            return Optional.empty();
        }
    }

    /** Line and column (in characters) of the byte at {@code index}, both from 1. */
    private static int[] lineAndColumn(byte[] bytes, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        CharBuffer before = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, lineStart, index - lineStart));
        return new int[] {line, before.length() + 1};
    }

    /** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length && n > 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }
}
