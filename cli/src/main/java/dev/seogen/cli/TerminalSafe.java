package dev.seogen.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Output that shows what drafts say without letting them drive the terminal: control characters (escape
 * sequences begin with ESC or a C1 control) are dropped, tab and line ends kept.
 */
final class TerminalSafe extends FilterWriter {
    private TerminalSafe(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafe(out), true);
    }

    private static boolean shown(int c) {
        return c >= 0x20 ? c < 0x7F || c > 0x9F : c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public void write(int c) throws IOException {
        if (shown(c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!shown(text[i])) {
                out.write(text, start, i - start);
                start = i + 1;
            }
        }
        out.write(text, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
