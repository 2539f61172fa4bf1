package dev.esp32ppp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places the labels of a timeline's lane so that none prints over another: from left to right,
 * each label takes the first row where it clears the label before it (and, on the first row,
 * the marks that stand there, such as a check's), and the lane grows by a row when none is free.
 * Neighbours with the same text that would touch print once, with a count ("plugged ×2").
 * Widths are estimated from the characters at the timeline's font size, on the wide side
 * (DejaVu Sans, the widest common sans-serif), since the browser measures nothing for us.
 */
final class LabelRows {
    /** The size of a timeline's text, as report.css sets it. */
    static final double FONT_SIZE = 10;
    /** Room kept between two labels on one row. */
    private static final double GAP = 4;
    private static final String NARROW = " !'()-./:;I[]fijlrt|";

    /** A label that would start at {@code x}. */
    record Label(double x, String text) {
    }

    /** Where a label prints: from {@code x}, on {@code row} (0 the first). */
    record Placed(double x, String text, int row) {
        double end() {
            return x + width(text);
        }
    }

    /** From {@code from} to {@code to}: a stretch of the first row that a mark takes. */
    record Taken(double from, double to) {
    }

    private LabelRows() {
    }

    /**
     * The place of each label, in the order given; null for a label that prints as part of an
     * earlier one with its text. No label reaches past {@code right}, and none on the first row
     * crosses a stretch of {@code firstRowTaken}.
     */
    static List<Placed> place(List<Label> labels, List<Taken> firstRowTaken, double right) {
        Integer[] order = new Integer[labels.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> labels.get(i).x()));
        Placed[] placed = new Placed[labels.size()];
        List<Double> rowEnds = new ArrayList<>();
        for (int k = 0; k < order.length; ) {
            Label first = labels.get(order[k]);
            int same = 1;
            while (k + same < order.length && labels.get(order[k + same]).text().equals(first.text())
                    && labels.get(order[k + same]).x() < first.x() + width(first.text()) + GAP) {
                same++;
            }
            String text = same == 1 ? first.text() : first.text() + " \u00d7" + same;
            double x = Math.max(0, Math.min(first.x(), right - width(text)));
            double end = x + width(text);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + GAP > x
                    || row == 0 && firstRowTaken.stream().anyMatch(t -> t.from() < end + GAP && x < t.to() + GAP)) {
                row++;
            }
            while (rowEnds.size() <= row) {
                rowEnds.add(Double.NEGATIVE_INFINITY);
            }
            rowEnds.set(row, end);
            placed[order[k]] = new Placed(x, text, row);
            k += same;
        }
        return Arrays.asList(placed);
    }

    /** How many rows the placed labels take; 0 without labels. */
    static int rows(List<Placed> placed) {
        return placed.stream().filter(p -> p != null).mapToInt(p -> p.row() + 1).max().orElse(0);
    }

    /** The width of a text at {@link #FONT_SIZE}, at least as wide as the browser draws it. */
    static double width(String text) {
        return text.chars().mapToDouble(LabelRows::ems).sum() * FONT_SIZE;
    }

    private static double ems(int c) {
        if (NARROW.indexOf(c) >= 0) {
            return 0.42;
        }
        if ("mwMW".indexOf(c) >= 0) {
            return 1.0;
        }
        if (Character.isLowerCase(c) || Character.isDigit(c)) {
            return 0.64;
        }
        return Character.isUpperCase(c) ? 0.8 : 1.0;
    }
}
