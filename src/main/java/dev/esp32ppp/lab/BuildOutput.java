package dev.esp32ppp.lab;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * What an image build printed, its last lines kept: when a build fails, they are the reason
 * (a compiler's messages and the file they name), which the engine's own error does not carry.
 */
final class BuildOutput extends BuildImageResultCallback {
    static final int KEPT_LINES = 40;
    /** The engine colours a step's standard error with terminal escapes; a message shows without them. */
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Deque<String> lines = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public void onNext(BuildResponseItem item) {
        if (item.getStream() != null) {
            record(item.getStream());
        }
        if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
            record(item.getErrorDetail().getMessage() + "\n");
        }
        super.onNext(item);
    }

    /** Text as the build streams it: pieces of lines, several lines at once. */
    synchronized void record(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                lines.addLast(COLOUR.matcher(partial).replaceAll(""));
                partial.setLength(0);
                if (lines.size() > KEPT_LINES) {
                    lines.removeFirst();
                }
            } else if (c != '\r') {
                partial.append(c);
            }
        }
    }

    /** The last lines the build printed, one a line. */
    synchronized String tail() {
        StringBuilder tail = new StringBuilder();
        lines.forEach(line -> tail.append(line).append('\n'));
        return tail.append(COLOUR.matcher(partial).replaceAll("")).toString().stripTrailing();
    }
}
