package dev.esp32ppp.report;

/** Text made safe to put in HTML or SVG, as element content or as a quoted attribute. */
final class Html {
    private Html() {
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters (a console's escape codes) have no place in a page
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\u00b7');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
